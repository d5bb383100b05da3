/** Sentences of the New map dialog, apart from its store so tests read them without a page. */

/**
 * What a failed fetch leaves, said after its error: nothing is kept (works fetched before the failure are discarded,
 * as the map is built only from a whole fetch), e.g. "The 200 works fetched before it were discarded: nothing was kept;
 * Fetch map starts again."
 */
export function keptAfterFailure(fetched: number): string {
  return fetched > 0
    ? `The ${fetched.toLocaleString('en')} ${fetched === 1 ? 'work' : 'works'} fetched before it ${fetched === 1 ? 'was' : 'were'} discarded: nothing was kept; Fetch map starts again.`
    : 'Nothing was fetched or kept.';
}


/**
 * The way on after a fetch that got no answer at all (no network, the address unreachable: `isNetworkFailure`), said
 * under its error beside the Try again and Import buttons. Throws nothing.
 */
export const OFFLINE_WAY_ON =
  'No answer came from OpenAlex (no network, or its address cannot be reached). When this computer is online again, Try again; or build a map from a paper list you have (Import: BibTeX, RIS, a CSV export, or the works.jsonl.gz of an earlier fetch).';
