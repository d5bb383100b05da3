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

