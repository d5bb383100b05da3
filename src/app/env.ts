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

export const ANIMATION_MS = TEST_MODE ? 0 : 450;

/** Resolve a path inside the app's own folder (works from any sub-path: Vite base is './'). */
export function appUrl(path: string): string {
  return new URL(path, new URL(import.meta.env.BASE_URL, window.location.href)).href;
}
