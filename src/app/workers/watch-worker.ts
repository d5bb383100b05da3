/** How the page's side of a comlink worker learns that the worker failed (its code cannot load, it crashed). */
import { markIfWorkerScriptGone, useSiteUpdated } from '../site-updated';

/**
 * Watch `worker` for failure: the returned promise rejects with the error's message (or `stopped`) when the
 * worker fires `error`; the worker is then terminated and `onFail` called (the client forgets it, so the next job
 * starts another or falls back). A failure with no message (the worker's script could not be fetched, or its code
 * threw while starting) makes the page ask the site whether `script` (the URL given to `new Worker`) is still there,
 * and say the page is out of date when it is not (site-updated.ts `markIfWorkerScriptGone`: a page open across a
 * redeploy asks for a worker file the site no longer has; the rejection then says so, after the site's answer). The promise never rejects unhandled. Throws nothing.
 */
export function watchWorker(worker: Worker, script: string, stopped: string, onFail: () => void): Promise<never> {
  let fail!: (err: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  worker.addEventListener('error', (event: Event) => {
    event.preventDefault();
    const message = (event as Partial<ErrorEvent>).message;
    worker.terminate();
    onFail();
    if (message) return fail(new Error(message));
    // no message: the script may be gone from the site; the failure waits for the site's answer to say why
    void markIfWorkerScriptGone(script).then((gone) => {
      const offline = useSiteUpdated.getState().offline;
      fail(new Error(!gone ? stopped : `its code could not be loaded (${offline ? 'the browser was offline' : 'the site was updated since this page opened'}): reload the page`));
    });
  });
  return failed;
}
