/**
 * The in-browser build's second thread, started by the build worker for large inputs (build-threads.ts there),
 * as the CLI's second thread (scripts/lib/build-worker.ts): it tokenises the papers' titles and abstracts for the
 * community labels while the build worker matches names, links authors and finds communities, then counts the
 * labels once told each paper's community. The same core functions as a one-thread build (`tokenizePapers`,
 * `labelTokenized`), so the map is the same.
 * Replies come one per request but 'texts', in order.
 */
/// <reference lib="webworker" />
import { labelTokenized, tokenizePapers, type TokenizedPapers } from '../../../core/analyse/terms';
import type { HelperReply, HelperRequest } from './build-threads';

let tokens: TokenizedPapers | null = null;
let tokenizeMs = 0;

/** The channel to the build worker, handed over by the page (build-client.ts) in the first message. */
let port: MessagePort | null = null;

self.onmessage = (event: MessageEvent<{ type: 'port' }>) => {
  if (event.data?.type !== 'port' || port) return;
  port = event.ports[0]!;
  port.onmessage = handle;
  // the build worker waits for this before it says it is ready
  port.postMessage({ type: 'ready' } satisfies HelperReply);
};

function handle(event: MessageEvent<HelperRequest>): void {
  const msg = event.data;
  const reply = (r: HelperReply, transfer: Transferable[] = []) => port!.postMessage(r, transfer);
  try {
    if (msg.type === 'texts') {
      const t0 = performance.now();
      tokens = tokenizePapers(msg.titles.map((title, p) => ({ title, abstract: msg.abstracts[p] ?? null })));
      tokenizeMs = performance.now() - t0;
    } else if (msg.type === 'labels') {
      if (!tokens) throw new Error('labels asked for before the texts were sent');
      const t0 = performance.now();
      const terms = labelTokenized(tokens, msg.community, msg.communityCount);
      tokens = null;
      reply({ type: 'labels', terms, timingsMs: { labelsTokenizeWorker: Math.round(tokenizeMs), labelsCountWorker: Math.round(performance.now() - t0) } });
    }
  } catch (err) {
    reply({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
}
