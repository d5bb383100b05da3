/** How the page's side of a comlink worker learns that the worker failed (its code cannot load, it crashed). */

/**
 * Watch `worker` for failure: the returned promise rejects with the error's message (or `stopped`) when the
 * worker fires `error`; the worker is then terminated and `onFail` called (the client forgets it, so the next job
 * starts another or falls back). The promise never rejects unhandled. Throws nothing.
 */
export function watchWorker(worker: Worker, stopped: string, onFail: () => void): Promise<never> {
  let fail!: (err: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(event.message || stopped));
    worker.terminate();
    onFail();
  });
  return failed;
}
