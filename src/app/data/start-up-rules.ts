/**
 * The rules the start-up's early requests (data/early-script.ts, run before the app's module) and the app's
 * loader (load-bundle.ts) must agree on, in one place: which file lists the datasets, which paths may be
 * followed, when a page opens on the plain overview (so a preview picture is wanted) and where the preview file
 * of a bundle is. Imports nothing that runs code when loaded: the early script is built from this file alone
 * (vite.config.ts `earlyScript`), a few kilobytes.
 */
import { BUNDLE_FILE, PREVIEW_FILE } from '../../core/bundle/file-names';

/** The list of the datasets served with the app, beside index.html. */
export const DATASET_INDEX = 'data/index.json';

/**
 * Only same-origin relative paths are followed, so a crafted link cannot make the viewer fetch from another
 * host. `path`: a path from the page's address or a dataset list; `base`: the URL it is relative to.
 */
export function isSafeBundlePath(path: string, base: string = window.location.href): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('\\')) return false;
  return new URL(path, base).origin === window.location.origin;
}

/** The URL parameters with which a page opens on the plain overview (no selection, filter or view setting). */
const PLAIN = new Set(['bundle', 'ds']);

/**
 * Whether the page's address (`search`: its query string) asks for the plain overview of a dataset (only
 * `bundle=` or `ds=`): the one picture a preview file holds.
 */
export function opensPlainOverview(search: string = window.location.search): boolean {
  for (const key of new URLSearchParams(search).keys()) if (!PLAIN.has(key)) return false;
  return true;
}

/**
 * The preview file's absolute URL for the bundle at `bundleUrl` (absolute), or null when there is none to ask
 * for: the bundle is on another site, or not a file named as the build names bundles (`?bundle=index.html` is
 * no bundle: no request, and no 404 in the console).
 */
export function previewUrlOf(bundleUrl: string): string | null {
  const url = new URL(bundleUrl);
  if (url.origin !== window.location.origin) return null;
  if (!url.pathname.endsWith(`/${BUNDLE_FILE}`)) return null;
  return new URL(PREVIEW_FILE, url).href;
}
