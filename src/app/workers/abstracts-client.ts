/**
 * The page's side of the abstracts worker (abstracts-worker.ts): one worker, made in the page's idle time once a
 * dataset with abstract chunks is open (`warmAbstractsWorker`), so the first click finds it running. Where a
 * worker cannot be made or has failed, the chunk is fetched in the page, as before.
 */
import { wrap, type Remote } from 'comlink';
import { BundleError } from '../../core/bundle/validate';
import { readAbstractChunk } from '../data/fetch-text';
import type { AbstractsApi } from './abstracts-worker';
import { watchWorker } from './watch-worker';
// the worker's script as its own file (Vite's `?worker&url`): its address is kept to ask the site about it when it fails
import abstractsWorkerUrl from './abstracts-worker.ts?worker&url';

interface Running {
  api: Remote<AbstractsApi>;
  /** Rejects when the worker fails (its code cannot load, it crashes). */
  failed: Promise<never>;
}

let running: Running | null = null;
let broken = false;

function abstractsWorker(): Running | null {
  if (running || broken || typeof Worker === 'undefined') return running;
  try {
    const worker = new Worker(abstractsWorkerUrl, { type: 'module', name: 'atlas-abstracts' });
    const failed = watchWorker(worker, abstractsWorkerUrl, 'the abstracts worker stopped', () => {
      broken = true;
      running = null;
    });
    running = { api: wrap<AbstractsApi>(worker), failed };
  } catch {
    broken = true;
  }
  return running;
}

/** Start the worker now (the page is idle), so the first chunk asked for does not wait for its start. */
export function warmAbstractsWorker(): void {
  abstractsWorker();
}

/**
 * The abstracts of the chunk file at `url` (absolute, this site), checked to hold `expected` strings; `file` names
 * it in messages. Fetched and parsed on the worker (in the page where there is none). Throws a BundleError when
 * the chunk is missing, unreadable or malformed.
 */
export async function fetchAbstractChunk(url: string, file: string, expected: number): Promise<string[]> {
  const w = abstractsWorker();
  if (w) {
    try {
      const reply = await Promise.race([w.api.chunk(url, file, expected), w.failed]);
      if (reply.ok) return reply.texts;
      throw new BundleError(file, reply.kind, reply.problem);
    } catch (err) {
      if (err instanceof BundleError) throw err;
      // the worker failed: this chunk (and those after it) in the page
    }
  }
  return readAbstractChunk(url, file, expected);
}
