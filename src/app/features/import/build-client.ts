/**
 * The page's side of the build worker. One worker is started ahead of time and kept warm, so an import
 * makes no network request at all (not even for the worker's own code); Cancel terminates the worker
 * and a fresh one is warmed up in its place.
 */
import { expose, transfer, wrap, type Remote } from 'comlink';
import type { BuildBuilt, BuildDone, BuildEvents, BuildJob, BuildProblem, ImportStage, SaveOutcome } from './build-protocol';
import type { BuildApi } from './build-worker';
import { ColumnAssembler } from '../../data/column-slices';

export interface BuildCallbacks {
  onProgress(stage: ImportStage, fraction: number): void;
  /**
   * The result, as soon as it is built (its `saved` settles once the worker has saved it). May return a promise:
   * the worker starts saving once it settles (the import: once the map is drawn, so that saving does not compete
   * with opening it for the CPU).
   */
  onDone(result: BuildDone): void | Promise<void>;
  /** The build stopped before its result was built. */
  onFailed(problem: BuildProblem): void;
}

export interface BuildHandle {
  cancel(): void;
}

interface Warm {
  worker: Worker;
  /** The build's second thread (build-helper.ts), talking to the worker through a channel; ended with it. */
  helper: Worker;
  api: Remote<BuildApi>;
  /** Its code has loaded and run. */
  ready: boolean;
  /** Its code could not be loaded (e.g. the app was redeployed under it): never hand it a build. */
  broken: boolean;
}

let spare: Warm | null = null;
/** The channels running builds talk to the page on (kept referenced until each build ends). */
const listening = new Set<MessageChannel>();
const readyListeners = new Set<() => void>();

function spawn(): Warm {
  const worker = new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module', name: 'atlas-build' });
  // the helper is started here with the worker (not by it), so both are fetched now, never during an import
  const helper = new Worker(new URL('./build-helper.ts', import.meta.url), { type: 'module', name: 'atlas-build-helper' });
  const channel = new MessageChannel();
  helper.postMessage({ type: 'port' }, [channel.port1]);
  const warm: Warm = { worker, helper, api: wrap<BuildApi>(worker), ready: false, broken: false };
  const onLoadError = (event: Event) => {
    event.preventDefault();
    warm.broken = true;
  };
  worker.addEventListener('error', onLoadError);
  // the second thread dying while warm (its code failed to run, the browser ended it): never hand this pair a
  // build. During a build, startBuild's own listener fails the build (the build worker would wait on it forever)
  helper.addEventListener('error', (event) => {
    event.preventDefault();
    warm.broken = true;
  });
  // answered once the worker's code has loaded and run
  void warm.api.ready(transfer(channel.port2, [channel.port2])).then(() => {
    warm.ready = true;
    worker.removeEventListener('error', onLoadError);
    for (const listener of readyListeners) listener();
  });
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

function end(warm: Warm): void {
  warm.worker.terminate();
  warm.helper.terminate();
}

function release(warm: Warm): void {
  if (spare === null) spare = warm;
  else end(warm);
}

/**
 * Run `job` in a warm worker (through comlink): progress and the result's column slices come back as
 * calls on `callbacks`' side, then the result (`onDone`, before it is saved), then how saving ended (the
 * result's `saved`). Cancel terminates the worker and warms up another; after `onDone` it leaves the save be.
 */
export function startBuild(job: BuildJob, callbacks: BuildCallbacks): BuildHandle {
  if (spare?.broken) {
    end(spare);
    spare = null;
  }
  const warm = spare ?? spawn();
  spare = null;
  const { worker } = warm;
  let finished = false;
  /** Set once the result was handed on: from then on the worker only saves, and a failure means "not saved". */
  let settleSave: ((outcome: SaveOutcome) => void) | null = null;
  const finish = (reuse: boolean) => {
    finished = true;
    listening.delete(channel);
    channel.port1.close();
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onMessageError);
    warm.helper.removeEventListener('error', onHelperError);
    if (reuse && !warm.broken) release(warm);
    else end(warm);
  };
  // a failure before the result was built fails the build; after it, only the saving
  const stopped = (problem: string) => {
    finish(false);
    warmUpBuildWorker();
    if (settleSave) settleSave({ saveProblem: problem, sourcesProblem: null, abstracts: null });
    else callbacks.onFailed({ file: null, line: null, problem });
  };
  // columns arrive in slices before the result; each is appended as it comes, so no single task does it all
  const columns = new ColumnAssembler();
  const events: BuildEvents = {
    progress: (stage, fraction) => {
      if (!finished) callbacks.onProgress(stage, fraction);
    },
    column: (slice) => columns.add(slice),
    built: async (built: BuildBuilt) => {
      if (finished) return;
      const saved = new Promise<SaveOutcome>((resolve) => (settleSave = resolve));
      // answered once the page is done opening it (the worker then saves)
      await callbacks.onDone({ type: 'done', meta: built.meta, bundle: columns.bundle(built.bundle), report: built.report, aliases: built.aliases, aliasFoundAt: built.aliasFoundAt, abstracts: built.withAbstracts ? columns.abstracts() : null, saved });
    },
  };
  // the events' channel, held here until the build has ended: a port only its own listener refers to can be
  // garbage-collected, and the build's messages then go nowhere (seen with comlink's proxy() after a GC)
  const channel = new MessageChannel();
  expose(events, channel.port1);
  listening.add(channel);
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    if (finished) return;
    stopped(
      !warm.ready
        ? 'the build worker could not be loaded (was the app updated or stopped? reload the page and try again)'
        : event.message
          ? `the build stopped: ${event.message}`
          : 'the build stopped unexpectedly (the browser may have run out of memory for this file)',
    );
  };
  const onMessageError = () => {
    if (finished) return;
    stopped('the result could not be passed from the build worker to the page');
  };
  // the second thread ended mid-build (an uncaught error, out of memory): the build worker waits on its replies
  // and would never answer, so the build fails here with what is known
  const onHelperError = (event: ErrorEvent) => {
    event.preventDefault();
    if (finished || settleSave) return;
    stopped(
      event.message
        ? `the build's second thread stopped: ${event.message}`
        : "the build's second thread stopped unexpectedly (the browser may have run out of memory for this file)",
    );
  };
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);
  warm.helper.addEventListener('error', onHelperError);
  warm.api.build(job, transfer(channel.port2, [channel.port2])).then(
    (reply) => {
      if (finished) return;
      finish(true);
      if (reply.type === 'failed') callbacks.onFailed(reply.problem);
      // saving failed: the abstracts came as slices before this reply
      else
        settleSave?.({
          saveProblem: reply.saveProblem,
          sourcesProblem: reply.sourcesProblem,
          abstracts: reply.saveProblem !== null ? columns.abstracts() : null,
          ...(reply.keptProblem !== undefined ? { keptProblem: reply.keptProblem } : {}),
        });
    },
    (err: unknown) => {
      if (finished) return;
      stopped(`the build stopped: ${err instanceof Error ? err.message : String(err)}`);
    },
  );
  return {
    cancel() {
      if (finished || settleSave) return;
      finish(false);
      warmUpBuildWorker();
    },
  };
}
