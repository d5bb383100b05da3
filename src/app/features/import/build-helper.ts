/**
 * The in-browser build's second thread, started by the page beside the build worker (build-client.ts) and
 * called by the build worker through comlink (build-threads.ts), as the CLI's second thread
 * (scripts/lib/build-worker.ts): it tokenises the papers' titles and abstracts for the community labels while
 * the build worker matches names, links authors and finds communities, then counts the labels once told each
 * paper's community. The same core functions as a one-thread build (`tokenizePapers`, `labelTokenized`), so the
 * map is the same.
 */
/// <reference lib="webworker" />
import { expose } from 'comlink';
import { labelTokenized, tokenizePapers, type CommunityTerms, type TokenizedPapers } from '../../../core/analyse/terms';

let tokens: TokenizedPapers | null = null;
let tokenizeMs = 0;

/** What the build worker calls (through comlink, on the channel the page handed over). */
const api = {
  /** Answers once this code has loaded and run. */
  ready: (): true => true,
  /** Tokenise the papers' texts (titles[i], abstracts[i] of paper i) for the next `label`. */
  tokenize(titles: string[], abstracts: (string | null)[]): void {
    const t0 = performance.now();
    tokens = tokenizePapers(titles.map((title, p) => ({ title, abstract: abstracts[p] ?? null })));
    tokenizeMs = performance.now() - t0;
  },
  /**
   * Each community's distinctive terms, `community[p]` being paper p's community (0..communityCount-1), with
   * the time spent here (ms). Throws when no texts were tokenised first.
   */
  label(community: Int32Array, communityCount: number): { terms: CommunityTerms[]; timingsMs: Record<string, number> } {
    if (!tokens) throw new Error('labels asked for before the texts were sent');
    const t0 = performance.now();
    const terms = labelTokenized(tokens, community, communityCount);
    tokens = null;
    return { terms, timingsMs: { labelsTokenizeWorker: Math.round(tokenizeMs), labelsCountWorker: Math.round(performance.now() - t0) } };
  },
};

export type BuildHelperApi = typeof api;

/** The channel to the build worker, handed over by the page (build-client.ts) in the first message. */
let port: MessagePort | null = null;

self.onmessage = (event: MessageEvent<{ type: 'port' }>) => {
  if (event.data?.type !== 'port' || port) return;
  port = event.ports[0]!;
  expose(api, port);
};
