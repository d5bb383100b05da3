/**
 * The hand-over between a preview file's first picture and the bundle's parse at start-up: the parse (with the
 * check, 0.3–0.6 s of the main thread on the 30k map) waits until a preview already in hand is on screen, so the
 * first frame is the preview's, not the bundle's after its parse (data/open-dataset.ts); GraphDataController says
 * when the picture is drawn.
 */
let drawn: (() => void) | null = null;
let pending: Promise<void> | null = null;

/** A preview file is on its way and may be drawn: `whenPictureDrawn` waits until `pictureDrawn` is called. */
export function expectPicture(): void {
  pending ??= new Promise<void>((resolve) => (drawn = resolve));
}

/** The preview's picture is on screen (or will not be drawn after all). */
export function pictureDrawn(): void {
  drawn?.();
  drawn = null;
}

/**
 * Resolves once an expected preview picture is drawn, or at once when none is expected; never later than
 * `maxMs` (the bundle is never held up by more than that).
 */
export function whenPictureDrawn(maxMs = 2000): Promise<void> {
  if (!pending) return Promise.resolve();
  return Promise.race([pending, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}
