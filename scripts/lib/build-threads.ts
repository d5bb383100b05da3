/**
 * A second thread for the CLI build (`buildDatasetAsync`'s `threads`) on a worker (build-worker.ts): the community
 * labels' tokenising while the main thread matches names, Leiden starts and community layouts beside the main
 * thread's (each thread takes the next one not yet taken), the labels' counting while the main thread lays out. The result is the same as the one-thread build's, byte for byte; on a 2-core machine it is
 * ready sooner. Calls go through comlink (`wrap(nodeEndpoint(worker))`; the worker `expose`s `BuildWorkerApi`), one
 * message each way per call; the Leiden starts and community layouts are taken in turns through shared memory
 * (`Atomics` on a SharedArrayBuffer passed with the call), not through messages.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { transfer, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { BuildThreads } from '../../src/core/pipeline';
import { ABSTRACT_CHUNK_SIZE } from '../../src/core/bundle/abstract-chunks';
import type { PrewrittenAbstracts } from './write-dataset';
import type { RawPaper } from '../../src/core/ingest/types';
import { layoutColumnBuffers, toLayoutColumns } from '../../src/core/layout/layout-columns';
import type { BuildWorkerApi, LayoutRequest, StartsRequest } from './build-worker';
import { knownNameParts, streamedAuthors } from '../../src/core/names/name-part-columns';
import { pickStreamed } from '../../src/core/analyse/terms/streamed-texts';

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
  /**
   * Hands the texts of records being read to the thread now (`readInputPath`'s `onPapers`: it is idle while the
   * input is read), in reading order; the labels then send only which record each paper is (and texts the
   * ingest changed), not 30 MB of texts when the thread is busiest. Every input must be streamed, in the order
   * given to the build; else call `dropStreamedTexts`.
   */
  streamTexts(papers: readonly RawPaper[]): void;
  /** Some input was not streamed (read whole, or fetched): the labels send every text. */
  dropStreamedTexts(): void;
}

/**
 * Starts the labels worker now (its start-up then overlaps the reading of the input) and returns the
 * `BuildThreads` that use it. A worker error rejects the labels' promise with the worker's message.
 */
export function startBuildThreads(opts: { abstractsDir?: string | null } = {}): BuildThreadPool {
  let abstracts: Promise<PrewrittenAbstracts> | null = null;
  // beside this module: build-worker.ts under tsx, build-worker.mjs in the bundle (scripts/bundled.mjs bundles both)
  const worker = startWorker(new URL(import.meta.url.endsWith('.ts') ? './build-worker.ts' : './lib+build-worker.mjs', import.meta.url));
  const remote: Remote<BuildWorkerApi> = wrap<BuildWorkerApi>(nodeEndpoint(worker));
  // comlink answers calls, not a thread's death: a worker that fails or stops rejects every call still open
  let stopped: (err: Error) => void = () => {};
  const stop = new Promise<never>((_, reject) => (stopped = reject));
  stop.catch(() => {});
  worker.on('error', (err) => stopped(err));
  worker.on('exit', (code) => stopped(new Error(`build thread stopped (exit code ${code})`)));
  const call = <T>(promise: Promise<T>): Promise<T> => {
    const answer = Promise.race([promise, stop]).catch((err: unknown) => {
      throw new Error(`build thread: ${err instanceof Error ? err.message : String(err)}`);
    });
    // an answer nobody waits for (the worker took no start) must not count as unhandled
    answer.catch(() => {});
    return answer;
  };
  // the records' texts handed to the worker while the input is read (`streamTexts`), kept here to match papers to
  let streaming = true;
  let streamed: { title: string; abstract?: string | null }[] = [];
  /** Sends the papers' texts as picks from the streamed records (`pickStreamed`): the worker gets exactly these texts. */
  const sendPicked = (papers: readonly { title: string; abstract: string | null }[]) => {
    const { pick, titles, abstracts: texts } = pickStreamed(streamed, papers);
    return call(remote.textsFromBatches(transfer(pick, [pick.buffer]), titles, texts));
  };
  const threads: BuildThreads = {
    nameParts() {
      // worked out there from the records streamed while reading (all of them: else nothing was kept)
      if (!streaming) return null;
      return call(remote.nameParts()).then(knownNameParts);
    },
    communityStarts(authorCount, links, resolution, seed, count) {
      const source = Int32Array.from(links.source);
      const target = Int32Array.from(links.target);
      const weight = Float64Array.from(links.weight);
      const msg: StartsRequest = { authorCount, source, target, weight, resolution, seed, count, next: new Int32Array(new SharedArrayBuffer(4)), owner: new Int32Array(new SharedArrayBuffer(4 * count)) };
      const { next, owner } = msg;
      const reply = call(remote.starts(transfer(msg, [source.buffer, target.buffer, weight.buffer])));
      return {
        take: () => Atomics.add(next, 0, 1),
        async elsewhere() {
          // every start is taken now; the worker's share is the ones it marked (a start is marked before it runs)
          let any = false;
          for (let r = 0; r < count; r++) if (Atomics.load(owner, r) === 2) any = true;
          if (!any) return { found: new Map() };
          const got = await reply;
          return { found: new Map(got.found.map((f) => [f.start, { community: f.community, modularity: f.modularity, iterations: f.iterations }])), timingsMs: { communitiesStartWorker: got.ms } };
        },
      };
    },
    layoutCommunities(input) {
      const count = input.communityCount;
      const msg: LayoutRequest = {
        ...toLayoutColumns(input),
        next: new Int32Array(new SharedArrayBuffer(4)),
        owner: new Int32Array(new SharedArrayBuffer(4 * count)),
      };
      const { next, owner } = msg;
      const reply = call(remote.layout(transfer(msg, layoutColumnBuffers(msg))));
      return {
        take: () => Atomics.add(next, 0, 1),
        async elsewhere() {
          let any = false;
          for (let c = 0; c < count && !any; c++) if (Atomics.load(owner, c) === 2) any = true;
          if (!any) return { found: new Map() };
          const got = await reply;
          return { found: new Map(got.found.map((f) => [f.community, { xs: f.xs, ys: f.ys, radius: f.radius }])), timingsMs: { layoutWorker: got.ms } };
        },
      };
    },
    labels(papers) {
      // sent now (or picked from the texts streamed while reading), tokenised there while this thread goes on
      const sent = streaming && streamed.length > 0 ? sendPicked(papers) : call(remote.texts(papers.map((p) => p.title), papers.map((p) => p.abstract)));
      streamed = [];
      return async (paperCommunity, communityCount) => {
        await sent;
        const community = Int32Array.from(paperCommunity);
        const replyP = call(remote.labels(community, communityCount));
        // the abstract chunks: planned on the same columns as the bundle's (papers.community, hasAbstract)
        if (opts.abstractsDir) abstracts = call(remote.abstracts(community, ABSTRACT_CHUNK_SIZE, opts.abstractsDir));
        return replyP;
      };
    },
  };
  return {
    threads,
    streamTexts(papers) {
      if (!streaming) return;
      for (const p of papers) streamed.push(p);
      // with their authors, whose spellings the thread parses meanwhile (`nameParts`)
      const authors = streamedAuthors(papers);
      void call(remote.textBatch(papers.map((p) => p.title), papers.map((p) => p.abstract ?? null), transfer(authors, [authors.count.buffer])));
    },
    dropStreamedTexts() {
      if (!streaming) return;
      streaming = false;
      streamed = [];
      void call(remote.dropBatches());
    },
    async abstracts() {
      if (!abstracts) return null;
      const { dir, count, size, bytes } = await abstracts;
      return { dir, count, size, bytes };
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
