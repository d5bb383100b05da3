/**
 * A click is answered by its details panel first; the map's own frames (emphasis, camera move, level-of-detail
 * refill) follow once the panel is on screen. On software WebGL a frame that redraws the WebGL layers blocks
 * the main thread until the GPU process has drawn them (the compositor reads each changed WebGL canvas back:
 * 100–300 ms a frame at 30k on this project's 2-core machine), whereas a frame with only page changes costs
 * 10–30 ms; and while the camera moves, frame follows frame, so the network replies the panel waits for (its
 * abstracts' chunk) are handled only after the move. So the map waits for the panel's paint and, for at most
 * `PANEL_WAIT_MS`, for what the panel is still loading (`holdCanvasFor`), painted too.
 */

/** How long the map's frames wait for what the panel is still loading, after its first paint. */
export const PANEL_WAIT_MS = 150;

/**
 * Calls `run` once the next frame has been painted (a task queued from requestAnimationFrame runs after that
 * frame's paint). Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    if (!cancelled) timer = setTimeout(() => !cancelled && run(), 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Resolves once the next frame has been painted (`afterNextPaint` as a promise). */
export const nextPaint = (): Promise<void> => new Promise((resolve) => void afterNextPaint(resolve));

/** What the details panel is loading now (an abstract's chunk): the map's next frames wait for it (briefly). */
const loading = new Set<Promise<unknown>>();

/** The panel is loading `work` (e.g. an abstract): `afterPanelPainted` waits for it, at most PANEL_WAIT_MS. */
export function holdCanvasFor(work: Promise<unknown>): void {
  loading.add(work);
  const done = () => loading.delete(work);
  work.then(done, done);
}

/**
 * Calls `run` after the details panel has been painted: the next frame, and if the panel is still loading
 * something (`holdCanvasFor`), once that arrived (or PANEL_WAIT_MS passed) and the frame after it (the panel
 * showing it) was painted. Returns a function that cancels it if it has not run yet.
 */
export function afterPanelPainted(run: () => void): () => void {
  let cancel = afterNextPaint(() => {
    if (loading.size === 0) return run();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = true;
    const next = () => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      // the panel's own render of what arrived is queued before this: the frame after it shows it
      cancel = afterNextPaint(run);
    };
    timer = setTimeout(next, PANEL_WAIT_MS);
    void Promise.allSettled([...loading]).then(next);
    cancel = () => {
      waiting = false;
      clearTimeout(timer);
    };
  });
  return () => cancel();
}
