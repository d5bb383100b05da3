/**
 * A second thread for the CLI build (`buildDatasetAsync`'s `threads`) on a worker (build-worker.ts): the community
 * labels' tokenising while the main thread matches names, Leiden starts and community layouts beside the main
 * thread's (each thread takes the next one not yet taken), the labels' counting while the main thread lays out. The result is the same as the one-thread build's, byte for byte; on a 2-core machine it is
 * ready sooner.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { BuildThreads } from '../../src/core/pipeline';
import type { CommunityTerms } from '../../src/core/analyse/terms';
import type { LeidenStart } from '../../src/core/analyse/leiden';
import type { CommunityPiece } from '../../src/core/layout/index';
import { ABSTRACT_CHUNK_SIZE } from '../../src/core/bundle/abstract-chunks';
import type { PrewrittenAbstracts } from './write-dataset';

/** Messages to the worker. */
export type WorkerRequest =
  | { type: 'texts'; titles: string[]; abstracts: (string | null)[] }
  | {
      type: 'starts';
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
  | { type: 'labels'; community: Int32Array; communityCount: number }
  | { type: 'abstracts'; community: Int32Array; size: number; dir: string }
  | {
      type: 'layout';
      authorCount: number;
      /** Paper p's authors: paperAuthors[paperOffsets[p] .. paperOffsets[p + 1]). */
      paperOffsets: Int32Array;
      paperAuthors: Int32Array;
      authorCommunity: Int32Array;
      paperCommunity: Int32Array;
      paperCount: Float64Array;
      communityCount: number;
      seed: number;
      /** Shared: the next community to take. */
      next: Int32Array;
      /** Shared, per community: 2 once the worker has taken it. */
      owner: Int32Array;
    };

/** Messages from the worker: each answers the request of the same `id` (the worker runs urgent requests first). */
export type WorkerReply =
  | { type: 'labels'; id: number; terms: CommunityTerms[]; timingsMs: Record<string, number> }
  | { type: 'starts'; id: number; found: (LeidenStart & { start: number })[]; ms: number }
  | { type: 'layout'; id: number; found: (CommunityPiece & { community: number })[]; ms: number }
  | ({ type: 'abstracts'; id: number; ms: number } & PrewrittenAbstracts)
  | { type: 'error'; id: number; message: string };

/**
 * A worker thread running `url`: a TypeScript file is loaded through tsx's loader (registered inside the worker,
 * as the worker does not inherit the parent's `--import tsx`), a JavaScript file directly.
 */
export function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  // tsx's ES module API (its CommonJS twin cannot register the loader from inside a worker)
  const api = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true });
}

/** A started build thread: what to pass to `buildDatasetAsync`, and `close` to end the thread after the build. */
export interface BuildThreadPool {
  threads: BuildThreads;
  /**
   * The abstract chunk files the thread wrote (when started with `abstractsDir`), for `writeDataset`; null when
   * it wrote none (no labels asked, or no `abstractsDir`). Rejects when the writing failed.
   */
  abstracts(): Promise<PrewrittenAbstracts | null>;
  /** Ends the worker thread (the process can then exit). */
  close(): Promise<void>;
}

/**
 * Starts the labels worker now (its start-up then overlaps the reading of the input) and returns the
 * `BuildThreads` that use it. A worker error rejects the labels' promise with the worker's message.
 */
export function startBuildThreads(opts: { abstractsDir?: string | null } = {}): BuildThreadPool {
  let abstracts: Promise<WorkerReply> | null = null;
  // beside this module: build-worker.ts under tsx, build-worker.mjs in the bundle (scripts/bundled.mjs bundles both)
  const worker = startWorker(new URL(import.meta.url.endsWith('.ts') ? './build-worker.ts' : './lib+build-worker.mjs', import.meta.url));
  // every request but 'texts' gets one reply, by id (not in order: the worker runs urgent requests first)
  const pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failed: Error | null = null;
  const fail = (err: Error) => {
    failed = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (msg: WorkerReply) => {
    if (msg.type === 'error') return fail(new Error(`build thread: ${msg.message}`));
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    p?.resolve(msg);
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => {
    if (pending.size) fail(new Error(`build thread stopped (exit code ${code})`));
  });
  const post = (msg: WorkerRequest, transfer: ArrayBuffer[] = []) => worker.postMessage({ ...msg, id: nextId++ }, transfer);
  const ask = (msg: WorkerRequest, transfer: ArrayBuffer[] = []) =>
    new Promise<WorkerReply>((resolve, reject) => {
      if (failed) return reject(failed);
      pending.set(nextId, { resolve, reject });
      post(msg, transfer);
    });
  const threads: BuildThreads = {
    communityStarts(authorCount, links, resolution, seed, count) {
      const next = new Int32Array(new SharedArrayBuffer(4));
      const owner = new Int32Array(new SharedArrayBuffer(4 * count));
      const source = Int32Array.from(links.source);
      const target = Int32Array.from(links.target);
      const weight = Float64Array.from(links.weight);
      const reply = ask({ type: 'starts', authorCount, source, target, weight, resolution, seed, count, next, owner }, [source.buffer, target.buffer, weight.buffer]);
      // a reply that nobody waits for (the worker took no start) must not count as unhandled
      reply.catch(() => {});
      return {
        take: () => Atomics.add(next, 0, 1),
        async elsewhere() {
          // every start is taken now; the worker's share is the ones it marked (a start is marked before it runs)
          let any = false;
          for (let r = 0; r < count; r++) if (Atomics.load(owner, r) === 2) any = true;
          if (!any) return { found: new Map() };
          const got = await reply;
          if (got.type !== 'starts') throw new Error(`build thread: answered ${got.type} to starts`);
          return { found: new Map(got.found.map((f) => [f.start, { community: f.community, modularity: f.modularity, iterations: f.iterations }])), timingsMs: { communitiesStartWorker: got.ms } };
        },
      };
    },
    layoutCommunities(input) {
      const count = input.communityCount;
      const next = new Int32Array(new SharedArrayBuffer(4));
      const owner = new Int32Array(new SharedArrayBuffer(4 * count));
      const paperOffsets = new Int32Array(input.paperAuthors.length + 1);
      input.paperAuthors.forEach((authors, p) => (paperOffsets[p + 1] = paperOffsets[p]! + authors.length));
      const paperAuthors = new Int32Array(paperOffsets[input.paperAuthors.length]!);
      input.paperAuthors.forEach((authors, p) => paperAuthors.set(authors, paperOffsets[p]!));
      const msg: WorkerRequest = {
        type: 'layout',
        authorCount: input.authorCount,
        paperOffsets,
        paperAuthors,
        authorCommunity: Int32Array.from(input.authorCommunity),
        paperCommunity: Int32Array.from(input.paperCommunity),
        paperCount: Float64Array.from(input.paperCount),
        communityCount: count,
        seed: input.seed,
        next,
        owner,
      };
      const reply = ask(msg, [msg.paperOffsets, msg.paperAuthors, msg.authorCommunity, msg.paperCommunity, msg.paperCount].map((a) => a.buffer as ArrayBuffer));
      reply.catch(() => {});
      return {
        take: () => Atomics.add(next, 0, 1),
        async elsewhere() {
          let any = false;
          for (let c = 0; c < count && !any; c++) if (Atomics.load(owner, c) === 2) any = true;
          if (!any) return { found: new Map() };
          const got = await reply;
          if (got.type !== 'layout') throw new Error(`build thread: answered ${got.type} to layout`);
          return { found: new Map(got.found.map((f) => [f.community, { xs: f.xs, ys: f.ys, radius: f.radius }])), timingsMs: { layoutWorker: got.ms } };
        },
      };
    },
    labels(papers) {
      post({ type: 'texts', titles: papers.map((p) => p.title), abstracts: papers.map((p) => p.abstract) });
      return async (paperCommunity, communityCount) => {
        const community = Int32Array.from(paperCommunity);
        const replyP = ask({ type: 'labels', community, communityCount });
        // the abstract chunks: planned on the same columns as the bundle's (papers.community, hasAbstract)
        if (opts.abstractsDir) {
          abstracts = ask({ type: 'abstracts', community, size: ABSTRACT_CHUNK_SIZE, dir: opts.abstractsDir });
          abstracts.catch(() => {});
        }
        const reply = await replyP;
        if (reply.type !== 'labels') throw new Error(`build thread: answered ${reply.type} to labels`);
        return reply;
      };
    },
  };
  return {
    threads,
    async abstracts() {
      if (!abstracts) return null;
      const got = await abstracts;
      if (got.type !== 'abstracts') throw new Error(`build thread: answered ${got.type} to abstracts`);
      return { dir: got.dir, count: got.count, size: got.size, bytes: got.bytes };
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
