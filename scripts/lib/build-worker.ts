/**
 * The CLI build's second thread (started by build-threads.ts): community labels, Leiden starts and community layouts. It gets the
 * papers' texts right after ingest and tokenises them while the main thread matches names, then takes Leiden
 * starts the main thread has not taken, then labels the communities once it is told each paper's community and
 * takes community layouts the main thread has not taken, while the main thread lays out the others; last, when
 * asked, it writes the abstract chunk files (the main thread then moves them into the dataset folder). The same
 * core functions as the one-thread build (`tokenizePapers`, `labelTokenized`), so the labels are the same.
 */
import { parentPort } from 'node:worker_threads';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { abstractChunkFiles, planAbstractChunks } from '../../src/core/bundle/abstract-chunks';
import { labelTokenized, tokenizePapers, type TokenizedPapers } from '../../src/core/analyse/terms';
import { communityStart } from '../../src/core/analyse/communities';
import type { LeidenStart } from '../../src/core/analyse/leiden';
import { communityMembers, layoutCommunity, type CommunityPiece, type LayoutInput } from '../../src/core/layout/index';
import type { WorkerReply, WorkerRequest } from './build-threads';

const port = parentPort!;
let tokens: TokenizedPapers | null = null;

/**
 * The next Leiden start not yet taken, or -1 when fewer than two are left: the last start is left to the main
 * thread, which would otherwise sit idle waiting for a start this thread took just before the main thread
 * finished its own (starts take the same time; this thread arrives late, after the tokenising).
 */
function takeNotLast(next: Int32Array, count: number): number {
  for (;;) {
    const r = Atomics.load(next, 0);
    if (count - r < 2) return -1;
    if (Atomics.compareExchange(next, 0, r, r + 1) === r) return r;
  }
}
/** The papers' abstracts (null or empty: none), kept for the abstract chunk files. */
let abstracts: readonly (string | null)[] = [];
let tokenizeMs = 0;

port.on('message', (msg: WorkerRequest) => {
  try {
    if (msg.type === 'texts') {
      const t0 = performance.now();
      const papers = msg.titles.map((title, p) => ({ title, abstract: msg.abstracts[p] ?? null }));
      tokens = tokenizePapers(papers);
      abstracts = msg.abstracts;
      tokenizeMs = performance.now() - t0;
    } else if (msg.type === 'starts') {
      // take starts not yet taken by the main thread, one at a time, until none is left
      const t0 = performance.now();
      const links = { source: msg.source, target: msg.target, weight: msg.weight };
      const found: (LeidenStart & { start: number })[] = [];
      for (let r = takeNotLast(msg.next, msg.count); r >= 0; r = takeNotLast(msg.next, msg.count)) {
        Atomics.store(msg.owner, r, 2);
        found.push({ start: r, ...communityStart(msg.authorCount, links, msg.resolution, msg.seed, r) });
      }
      const reply: WorkerReply = { type: 'starts', found, ms: Math.round(performance.now() - t0) };
      port.postMessage(reply, found.map((f) => f.community.buffer as ArrayBuffer));
    } else if (msg.type === 'layout') {
      // lay out communities not yet taken by the main thread, one at a time, until none is left
      const t0 = performance.now();
      const paperAuthors: number[][] = [];
      for (let p = 0; p + 1 < msg.paperOffsets.length; p++) paperAuthors.push(Array.from(msg.paperAuthors.subarray(msg.paperOffsets[p]!, msg.paperOffsets[p + 1]!)));
      const input: LayoutInput = {
        authorCount: msg.authorCount,
        paperAuthors,
        authorCommunity: Array.from(msg.authorCommunity),
        paperCommunity: Array.from(msg.paperCommunity),
        communityCount: msg.communityCount,
        links: { source: [], target: [], weight: [] },
        paperCount: Array.from(msg.paperCount),
        seed: msg.seed,
      };
      const members = communityMembers(input);
      const found: (CommunityPiece & { community: number })[] = [];
      for (let c = Atomics.add(msg.next, 0, 1); c < msg.communityCount; c = Atomics.add(msg.next, 0, 1)) {
        Atomics.store(msg.owner, c, 2);
        found.push({ community: c, ...layoutCommunity(input, members, c) });
      }
      const reply: WorkerReply = { type: 'layout', found, ms: Math.round(performance.now() - t0) };
      port.postMessage(reply, found.flatMap((f) => [f.xs.buffer as ArrayBuffer, f.ys.buffer as ArrayBuffer]));
    } else if (msg.type === 'abstracts') {
      // the chunk files as writeDataset would write them (same plan from the bundle's columns, same JSON)
      const t0 = performance.now();
      const texts = abstracts.map((a) => a || null);
      const plan = planAbstractChunks(msg.community, texts.map((a) => (a ? 1 : 0)), msg.size);
      mkdirSync(msg.dir, { recursive: true });
      let bytes = 0;
      abstractChunkFiles(texts, plan).forEach((chunk, i) => {
        const data = Buffer.from(JSON.stringify(chunk));
        bytes += data.length;
        writeFileSync(join(msg.dir, `${i}.json`), data);
      });
      abstracts = [];
      const reply: WorkerReply = { type: 'abstracts', dir: msg.dir, count: plan.papers.length, size: msg.size, bytes, ms: Math.round(performance.now() - t0) };
      port.postMessage(reply);
    } else if (msg.type === 'labels') {
      if (!tokens) throw new Error('labels asked for before the texts were sent');
      const t0 = performance.now();
      const terms = labelTokenized(tokens, msg.community, msg.communityCount);
      tokens = null;
      const reply: WorkerReply = { type: 'labels', terms, timingsMs: { labelsTokenizeWorker: Math.round(tokenizeMs), labelsCountWorker: Math.round(performance.now() - t0) } };
      port.postMessage(reply);
    }
  } catch (err) {
    const reply: WorkerReply = { type: 'error', message: (err as Error).stack ?? String(err) };
    port.postMessage(reply);
  }
});
