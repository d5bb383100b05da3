/**
 * The page's side of the build worker. One worker is started ahead of time and kept warm, so an import
 * makes no network request at all (not even for the worker's own code); Cancel terminates the worker
 * and a fresh one is warmed up in its place.
 */
import type { BuildDone, BuildJob, BuildProblem, ImportStage, WorkerMessage } from './build-protocol';
import { ColumnAssembler } from './column-slices';

export interface BuildCallbacks {
  onProgress(stage: ImportStage, fraction: number): void;
  onDone(result: BuildDone): void;
  onFailed(problem: BuildProblem): void;
}

export interface BuildHandle {
  cancel(): void;
}

interface Warm {
  worker: Worker;
  /** Its code has loaded and run. */
  ready: boolean;
  /** Its code could not be loaded (e.g. the app was redeployed under it): never hand it a build. */
  broken: boolean;
}

let spare: Warm | null = null;
const readyListeners = new Set<() => void>();

function spawn(): Warm {
  const worker = new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module', name: 'atlas-build' });
  const warm: Warm = { worker, ready: false, broken: false };
  const onReady = (event: MessageEvent<WorkerMessage>) => {
    if (event.data.type !== 'ready') return;
    warm.ready = true;
    worker.removeEventListener('message', onReady);
    worker.removeEventListener('error', onLoadError);
    for (const listener of readyListeners) listener();
  };
  const onLoadError = (event: Event) => {
    event.preventDefault();
    warm.broken = true;
  };
  worker.addEventListener('message', onReady);
  worker.addEventListener('error', onLoadError);
  return warm;
}

/** Start a worker now so that the next build is ready to go (its code is fetched here, not during an import). */
export function warmUpBuildWorker(): void {
  spare ??= spawn();
}

/** True once a warm worker has loaded its code. */
export function buildWorkerReady(): boolean {
  return spare?.ready ?? false;
}

export function onBuildWorkerReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

function release(warm: Warm): void {
  if (spare === null) spare = warm;
  else warm.worker.terminate();
}

export function startBuild(job: BuildJob, callbacks: BuildCallbacks): BuildHandle {
  if (spare?.broken) {
    spare.worker.terminate();
    spare = null;
  }
  const warm = spare ?? spawn();
  spare = null;
  const { worker } = warm;
  let finished = false;
  const finish = (reuse: boolean) => {
    finished = true;
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    if (reuse) release(warm);
    else worker.terminate();
  };
  // columns arrive in slices before 'done'; each is appended as it comes, so no single task does it all
  const columns = new ColumnAssembler();
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') callbacks.onProgress(message.stage, message.fraction);
    else if (message.type === 'column') columns.add(message);
    else if (message.type === 'done') {
      finish(true);
      callbacks.onDone({ ...message, bundle: columns.bundle(message.bundle), abstracts: message.abstracts && columns.abstracts() });
    } else if (message.type === 'failed') {
      finish(true);
      callbacks.onFailed(message.problem);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    finish(false);
    warmUpBuildWorker();
    callbacks.onFailed({
      file: null,
      line: null,
      problem: !warm.ready
        ? 'the build worker could not be loaded (was the app updated or stopped? reload the page and try again)'
        : event.message
          ? `the build stopped: ${event.message}`
          : 'the build stopped unexpectedly (the browser may have run out of memory for this file)',
    });
  };
  worker.onmessageerror = () => {
    finish(false);
    warmUpBuildWorker();
    callbacks.onFailed({ file: null, line: null, problem: 'the result could not be passed from the build worker to the page' });
  };
  worker.postMessage(job);
  return {
    cancel() {
      if (finished) return;
      finish(false);
      warmUpBuildWorker();
    },
  };
}
