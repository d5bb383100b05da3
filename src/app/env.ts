/** Facts about where the viewer runs, read once. */
const params = new URLSearchParams(window.location.search);

declare global {
  interface Window {
    /** Set by the e2e tests and the benchmark before the app loads. */
    __ATLAS_TEST__?: boolean;
  }
}

/**
 * Under test: no camera animation, so frames are deterministic and fast. Only when asked (`?test`, or the e2e
 * harness's `window.__ATLAS_TEST__`): an automated browser is not enough, since Playwright's Chromium sets
 * `navigator.webdriver` too, and the benchmark and the e2e tests that open the app as users get it
 * (`openPage(…, { userMode: true })`) must see the camera move as users do.
 */
export const TEST_MODE: boolean = params.has('test') || window.__ATLAS_TEST__ === true;

/** A camera or layout move's length when moves are shown (ms). */
export const MOVE_MS = 450;

/** Whether the user's system asks for reduced motion (`prefers-reduced-motion: reduce`), read now. Throws nothing. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A camera or layout move's length now (ms): `MOVE_MS`, or 0 (the move is a jump) under test or when the system
 * asks for reduced motion (WCAG 2.3.3). Read at each move, so a change of the setting applies to the next one.
 */
export function animationMs(): number {
  return TEST_MODE || prefersReducedMotion() ? 0 : MOVE_MS;
}

/** Resolve a path inside the app's own folder (works from any sub-path: Vite base is './'). */
export function appUrl(path: string): string {
  return new URL(path, new URL(import.meta.env.BASE_URL, window.location.href)).href;
}
