/**
 * A second thread for the CLI build (`buildDatasetAsync`'s `threads`): the community labels run on a worker
 * thread (build-worker.ts), their tokenising while the main thread finds communities and their counting while it
 * lays out the map. The result is the same as the one-thread build's, byte for byte; on a 2-core machine it is
 * ready sooner.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { BuildThreads } from '../../src/core/pipeline';
import type { CommunityTerms } from '../../src/core/analyse/terms';

/** Messages to the worker. */
export type WorkerRequest =
  | { type: 'texts'; titles: string[]; abstracts: (string | null)[] }
  | { type: 'labels'; community: Int32Array; communityCount: number };

/** Messages from the worker. */
export type WorkerReply = { type: 'labels'; terms: CommunityTerms[]; timingsMs: Record<string, number> } | { type: 'error'; message: string };

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
  /** Ends the worker thread (the process can then exit). */
  close(): Promise<void>;
}

/**
 * Starts the labels worker now (its start-up then overlaps the reading of the input) and returns the
 * `BuildThreads` that use it. A worker error rejects the labels' promise with the worker's message.
 */
export function startBuildThreads(): BuildThreadPool {
  const worker = startWorker(new URL('./build-worker.ts', import.meta.url));
  let pending: { resolve: (r: { terms: CommunityTerms[]; timingsMs: Record<string, number> }) => void; reject: (e: Error) => void } | null = null;
  let failed: Error | null = null;
  const fail = (err: Error) => {
    failed = err;
    pending?.reject(err);
    pending = null;
  };
  worker.on('message', (msg: WorkerReply) => {
    if (msg.type === 'error') return fail(new Error(`build thread: ${msg.message}`));
    pending?.resolve(msg);
    pending = null;
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => {
    if (pending) fail(new Error(`build thread stopped (exit code ${code})`));
  });
  const post = (msg: WorkerRequest) => worker.postMessage(msg);
  const threads: BuildThreads = {
    labels(papers) {
      post({ type: 'texts', titles: papers.map((p) => p.title), abstracts: papers.map((p) => p.abstract) });
      return (paperCommunity, communityCount) =>
        new Promise((resolve, reject) => {
          if (failed) return reject(failed);
          pending = { resolve, reject };
          post({ type: 'labels', community: Int32Array.from(paperCommunity), communityCount });
        });
    },
  };
  return { threads, close: () => worker.terminate().then(() => undefined) };
}
