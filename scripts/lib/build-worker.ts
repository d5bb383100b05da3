/**
 * The CLI build's second thread (started by build-threads.ts, called through comlink): community labels, Leiden
 * starts and community layouts. It gets the papers' texts right after ingest and tokenises them, a slice at a
 * time, while the main thread matches names; a Leiden start or community layouts the main thread offers to share
 * are taken between two slices (the main thread waits for them), the tokenising goes on after. Once each paper's
 * community is known it labels the communities (after its share of the layout: the main thread needs the labels
 * only after its own layout); last, when asked, it writes the abstract chunk files (the main thread then moves
 * them into the dataset folder). The same core functions as the one-thread build (`tokenizePapersSteps` gives
 * what `tokenizePapers` gives, `labelTokenized`), so the labels are the same.
 */
import { parentPort } from 'node:worker_threads';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expose, transfer } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { abstractChunkFiles, planAbstractChunks } from '../../src/core/bundle/abstract-chunks';
import { labelTokenized, tokenizePapersSteps, type CommunityTerms, type TokenizedPapers } from '../../src/core/analyse/terms';
import { StreamedTexts } from '../../src/core/analyse/terms/streamed-texts';
import { NamePartCollector, type NamePartColumns, type StreamedAuthors } from '../../src/core/names/name-part-columns';
import { communityStart } from '../../src/core/analyse/communities';
import type { LeidenStart } from '../../src/core/analyse/leiden';
import { communityMembers, layoutCommunity, type CommunityPiece } from '../../src/core/layout/index';
import { fromLayoutColumns, type LayoutColumns } from '../../src/core/layout/layout-columns';
import type { PrewrittenAbstracts } from './write-dataset';

/** A Leiden start request: the co-author graph, and the shared counters both threads take starts from. */
export interface StartsRequest {
  authorCount: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  resolution: number;
  seed: number;
  count: number;
  /** Shared: the next start to take (both threads add 1 atomically). */
  next: Int32Array;
  /** Shared, per start: 2 once the worker has taken it. */
  owner: Int32Array;
}

/** A community layout request: the layout input in typed arrays (core/layout/layout-columns.ts), and the shared counters. */
export interface LayoutRequest extends LayoutColumns {
  /** Shared: the next community to take. */
  next: Int32Array;
  /** Shared, per community: 2 once the worker has taken it. */
  owner: Int32Array;
}

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
/** An error of the tokenising: every later request that needs its result rejects with it. */
let tokenizeError: Error | null = null;
/** Papers per tokenising slice; slices run back to back for at most SLICE_MS before requests are looked at again. */
const SLICE_PAPERS = 200;
const SLICE_MS = 15;

type Kind = 'starts' | 'labels' | 'layout' | 'abstracts';
/**
 * Requests not yet answered, run most urgent first: a Leiden start, which the main thread would otherwise run
 * after its own, goes before the tokenising (it arrives while that runs); then the labels (once every paper is
 * tokenised), which the main thread waits for after its layout, before the share of the community layouts
 * (fine-grained: the main thread takes whatever this thread does not); the abstract files last. Taking the
 * layouts first left the main thread waiting 1.7 s for the labels at 30k (load 3).
 */
const URGENCY: Record<Kind, number> = { starts: 1, labels: 2, layout: 3, abstracts: 4 };
interface Waiting {
  kind: Kind;
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}
const waiting: Waiting[] = [];
let scheduled = false;

/** Queues `run` (of urgency `kind`); the promise settles with what it returns once `pump` ran it. */
function queue<T>(kind: Kind, run: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting.push({ kind, run, resolve: resolve as (value: unknown) => void, reject });
    schedule();
  });
}

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
    if (w.kind === 'labels' && tokenizing) continue;
    if (pick < 0 || URGENCY[w.kind] < URGENCY[waiting[pick]!.kind]) pick = i;
  }
  const urgent = pick >= 0 && (!tokenizing || URGENCY[waiting[pick]!.kind] <= URGENCY.starts);
  if (urgent) {
    const [w] = waiting.splice(pick, 1);
    try {
      w!.resolve(w!.run());
    } catch (err) {
      w!.reject(err);
    }
  } else if (!tokenizing && streamed.pending()) {
    // nothing asked yet: the records read so far are scanned meanwhile
    streamed.scan(performance.now() + SLICE_MS);
  } else if (tokenizing) {
    const t0 = performance.now();
    try {
      let r = tokenizing.next();
      while (!r.done && performance.now() - t0 < SLICE_MS) r = tokenizing.next();
      if (r.done) {
        tokens = r.value;
        tokenizing = null;
      }
    } catch (err) {
      tokenizeError = err as Error;
      tokenizing = null;
    }
    tokenizeMs += performance.now() - t0;
  }
  if (tokenizing || waiting.length > 0 || streamed.pending()) schedule();
}

/**
 * The records' texts as the main thread reads them (`textBatch`, before ingest: all records of all files, in order),
 * scanned into spellings while it reads and ingests (`StreamedTexts`), so after ingest only the word ids are left
 * to work out; and their author spellings' `NameParts`, worked out here meanwhile and sent back in columns
 * (`nameParts`) for its names stage and duplicate check.
 */
let streamed = new StreamedTexts();
const names = new NamePartCollector();
/** Time spent scanning streamed texts before the papers were picked (ms), and picking them (-1: the texts were sent whole). */
let scanMs = 0;
let pickMs = -1;

/** What the main thread calls (build-threads.ts), through comlink. */
const api = {
  /**
   * The next records' texts, in reading order (sent while the main thread reads the input; this thread is idle
   * then), and their authors: `authorCount[k]` spellings of `authors` for record k, in a format with name order
   * `nameOrder[k]`.
   */
  textBatch(titles: string[], paperAbstracts: (string | null)[], authors?: StreamedAuthors): void {
    streamed.push(titles, paperAbstracts);
    // scanned between messages (`pump`), not here: `nameParts` must not wait for it
    schedule();
    if (authors) names.add(authors);
  },

  /** The `NameParts` of every author spelling streamed so far (in columns, see `NamePartColumns`), then forgotten here. */
  nameParts(): NamePartColumns & { ms: number } {
    return names.take();
  },

  /** Forgets the streamed texts (the input was not streamed whole: `texts` follows). */
  dropBatches(): void {
    streamed = new StreamedTexts();
    names.clear();
  },

  /**
   * The papers' texts from the streamed ones: paper j's are streamed record `pick[j]`'s, or, where pick[j] is -1,
   * the next of `titles`/`paperAbstracts` (texts the ingest changed, e.g. an abstract filled from a duplicate). Then as `texts`.
   */
  textsFromBatches(pick: Int32Array, titles: string[], paperAbstracts: (string | null)[]): void {
    const t0 = performance.now();
    const picked = streamed.tokenize({ pick, titles, abstracts: paperAbstracts }, SLICE_PAPERS, SLICE_MS);
    scanMs = streamed.scanMs;
    streamed = new StreamedTexts();
    tokenizeError = null;
    abstracts = picked.abstracts;
    tokenizeMs = 0;
    tokenizing = picked.steps;
    pickMs = performance.now() - t0;
    schedule();
  },

  /** The papers' texts, in paper order: tokenised from now on, in slices between more urgent requests. */
  texts(titles: string[], paperAbstracts: (string | null)[]): void {
    const papers = titles.map((title, p) => ({ title, abstract: paperAbstracts[p] ?? null }));
    tokenizing = tokenizePapersSteps(papers, SLICE_PAPERS);
    streamed = new StreamedTexts();
    scanMs = 0;
    tokenizeError = null;
    abstracts = paperAbstracts;
    tokenizeMs = 0;
    pickMs = -1;
    schedule();
  },

  /** Takes Leiden starts not yet taken by the main thread, one at a time, until none is left (the last is left to it). */
  starts(msg: StartsRequest) {
    return queue('starts', () => {
      const t0 = performance.now();
      const links = { source: msg.source, target: msg.target, weight: msg.weight };
      const found: (LeidenStart & { start: number })[] = [];
      for (let r = takeNotLast(msg.next, msg.count); r >= 0; r = takeNotLast(msg.next, msg.count)) {
        Atomics.store(msg.owner, r, 2);
        found.push({ start: r, ...communityStart(msg.authorCount, links, msg.resolution, msg.seed, r) });
      }
      const reply = { found, ms: Math.round(performance.now() - t0) };
      return transfer(reply, found.map((f) => f.community.buffer as ArrayBuffer));
    });
  },

  /** Lays out communities not yet taken by the main thread, one at a time, until none is left. */
  layout(msg: LayoutRequest) {
    return queue('layout', () => {
      const t0 = performance.now();
      const input = fromLayoutColumns(msg);
      const members = communityMembers(input);
      const found: (CommunityPiece & { community: number })[] = [];
      for (let c = Atomics.add(msg.next, 0, 1); c < msg.communityCount; c = Atomics.add(msg.next, 0, 1)) {
        Atomics.store(msg.owner, c, 2);
        found.push({ community: c, ...layoutCommunity(input, members, c) });
      }
      const reply = { found, ms: Math.round(performance.now() - t0) };
      return transfer(reply, found.flatMap((f) => [f.xs.buffer as ArrayBuffer, f.ys.buffer as ArrayBuffer]));
    });
  },

  /** The communities' terms (`labelTokenized`), once every paper is tokenised; with this thread's times in ms. */
  labels(community: Int32Array, communityCount: number) {
    return queue('labels', (): { terms: CommunityTerms[]; timingsMs: Record<string, number> } => {
      if (tokenizeError) throw tokenizeError;
      if (!tokens) throw new Error('labels asked for before the texts were sent');
      const t0 = performance.now();
      const terms = labelTokenized(tokens, community, communityCount);
      tokens = null;
      const timingsMs: Record<string, number> = { labelsTokenizeWorker: Math.round(tokenizeMs), labelsCountWorker: Math.round(performance.now() - t0) };
      if (scanMs > 0) timingsMs.labelsScanWorker = Math.round(scanMs);
      scanMs = 0;
      if (pickMs >= 0) timingsMs.labelsTextsPickedWorker = Math.round(pickMs * 10) / 10;
      return { terms, timingsMs };
    });
  },

  /** Writes the abstract chunk files into `dir` as writeDataset would (same plan from the bundle's columns, same JSON). */
  abstracts(community: Int32Array, size: number, dir: string) {
    return queue('abstracts', (): PrewrittenAbstracts & { ms: number } => {
      const t0 = performance.now();
      const texts = abstracts.map((a) => a || null);
      const plan = planAbstractChunks(community, texts.map((a) => (a ? 1 : 0)), size);
      mkdirSync(dir, { recursive: true });
      let bytes = 0;
      abstractChunkFiles(texts, plan).forEach((chunk, i) => {
        const data = Buffer.from(JSON.stringify(chunk));
        bytes += data.length;
        writeFileSync(join(dir, `${i}.json`), data);
      });
      abstracts = [];
      return { dir, count: plan.papers.length, size, bytes, ms: Math.round(performance.now() - t0) };
    });
  },
};

export type BuildWorkerApi = typeof api;
export type { NamePartColumns } from '../../src/core/names/name-part-columns';

expose(api, nodeEndpoint(parentPort!));
