/**
 * The CLI build's second thread (started by build-threads.ts): community labels, Leiden starts and community
 * layouts. It gets the papers' texts right after ingest and tokenises them, a slice at a time, while the main
 * thread matches names; a Leiden start or community layouts the main thread offers to share are taken between
 * two slices (the main thread waits for them), the tokenising goes on after. Once each paper's community is
 * known it labels the communities (after its share of the layout: the main thread needs the labels only after
 * its own layout); last, when asked, it writes the abstract chunk files (the main thread then moves them into the
 * dataset folder). The same core functions as the one-thread build (`tokenizePapersSteps` gives what
 * `tokenizePapers` gives, `labelTokenized`), so the labels are the same.
 */
import { parentPort } from 'node:worker_threads';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { abstractChunkFiles, planAbstractChunks } from '../../src/core/bundle/abstract-chunks';
import { labelTokenized, tokenizePapersSteps, type TokenizedPapers } from '../../src/core/analyse/terms';
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

/** The tokenising still to do (resumed a slice at a time between more urgent requests), and its time so far. */
let tokenizing: Generator<void, TokenizedPapers, void> | null = null;
/** Papers per tokenising slice; slices run back to back for at most SLICE_MS before requests are looked at again. */
const SLICE_PAPERS = 200;
const SLICE_MS = 15;
/**
 * Requests not yet answered, run most urgent first: a Leiden start, which the main thread would otherwise run
 * after its own, goes before the tokenising (it arrives while that runs); then the labels (once every paper is
 * tokenised), which the main thread waits for after its layout, before the share of the community layouts
 * (fine-grained: the main thread takes whatever this thread does not); the abstract files last. Taking the
 * layouts first left the main thread waiting 1.7 s for the labels at 30k (load 3).
 */
const waiting: (WorkerRequest & { id: number })[] = [];
const URGENCY: Record<WorkerRequest['type'], number> = { texts: 0, starts: 1, labels: 2, layout: 3, abstracts: 4 };
let scheduled = false;

port.on('message', (msg: WorkerRequest & { id: number }) => {
  waiting.push(msg);
  schedule();
});

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // after the event loop's poll phase: messages that arrived meanwhile are in `waiting` by then
  setImmediate(pump);
}

/** One step: the most urgent request that can run now, else a few slices of tokenising; then the next step. */
function pump(): void {
  scheduled = false;
  let pick = -1;
  for (let i = 0; i < waiting.length; i++) {
    const w = waiting[i]!;
    // the labels need every paper tokenised
    if (w.type === 'labels' && tokenizing) continue;
    if (pick < 0 || URGENCY[w.type] < URGENCY[waiting[pick]!.type]) pick = i;
  }
  const urgent = pick >= 0 && (!tokenizing || URGENCY[waiting[pick]!.type] <= URGENCY.starts);
  try {
    if (urgent) {
      const [msg] = waiting.splice(pick, 1);
      handle(msg!);
    } else if (tokenizing) {
      const t0 = performance.now();
      let r = tokenizing.next();
      while (!r.done && performance.now() - t0 < SLICE_MS) r = tokenizing.next();
      if (r.done) {
        tokens = r.value;
        tokenizing = null;
      }
      tokenizeMs += performance.now() - t0;
    }
  } catch (err) {
    const reply: WorkerReply = { type: 'error', id: -1, message: (err as Error).stack ?? String(err) };
    port.postMessage(reply);
    waiting.length = 0;
    tokenizing = null;
    return;
  }
  if (tokenizing || waiting.length > 0) schedule();
}

function handle(msg: WorkerRequest & { id: number }): void {
  const id = msg.id;
  if (msg.type === 'texts') {
    // tokenised in slices by `pump`, between more urgent requests
    const papers = msg.titles.map((title, p) => ({ title, abstract: msg.abstracts[p] ?? null }));
    tokenizing = tokenizePapersSteps(papers, SLICE_PAPERS);
    abstracts = msg.abstracts;
    tokenizeMs = 0;
  } else if (msg.type === 'starts') {
    // take starts not yet taken by the main thread, one at a time, until none is left
    const t0 = performance.now();
    const links = { source: msg.source, target: msg.target, weight: msg.weight };
    const found: (LeidenStart & { start: number })[] = [];
    for (let r = takeNotLast(msg.next, msg.count); r >= 0; r = takeNotLast(msg.next, msg.count)) {
      Atomics.store(msg.owner, r, 2);
      found.push({ start: r, ...communityStart(msg.authorCount, links, msg.resolution, msg.seed, r) });
    }
    const reply: WorkerReply = { type: 'starts', id, found, ms: Math.round(performance.now() - t0) };
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
    const reply: WorkerReply = { type: 'layout', id, found, ms: Math.round(performance.now() - t0) };
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
    const reply: WorkerReply = { type: 'abstracts', id, dir: msg.dir, count: plan.papers.length, size: msg.size, bytes, ms: Math.round(performance.now() - t0) };
    port.postMessage(reply);
  } else if (msg.type === 'labels') {
    if (!tokens) throw new Error('labels asked for before the texts were sent');
    const t0 = performance.now();
    const terms = labelTokenized(tokens, msg.community, msg.communityCount);
    tokens = null;
    const reply: WorkerReply = { type: 'labels', id, terms, timingsMs: { labelsTokenizeWorker: Math.round(tokenizeMs), labelsCountWorker: Math.round(performance.now() - t0) } };
    port.postMessage(reply);
  }
}
