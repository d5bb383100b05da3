/**
 * A page older than the site it runs on: after a redeploy, a page opened before it (or an index.html from a
 * cache) asks for feature chunks (a JS file or its CSS under assets/) that the new site no longer has. Such a
 * failure is marked here, once, so the page says so in one place (panels/SiteUpdatedNotice.tsx) and offers a
 * reload, instead of a blank page or a "Try again" that can only fail again. Nothing reloads by itself: a reload
 * that gets the same stale index.html (a cache) would reload again and again.
 */
import { create } from 'zustand';

/**
 * The messages a browser gives when a dynamic `import()` cannot fetch its module (Chromium, Firefox, Safari),
 * and Vite's own when a chunk's stylesheet does not load (its preload helper: "Unable to preload CSS for …").
 */
const CHUNK_FAILED = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/**
 * Whether `err` (anything a rejected `import()` gave) says a chunk of the site could not be fetched (not a bug in
 * the chunk's code, which throws its own error). Never throws.
 */
export function isChunkLoadError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return CHUNK_FAILED.test(message);
}

/** A feature's chunk could not be fetched: the page is older than the site (`isChunkLoadError`). */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(`its code could not be loaded (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'ChunkLoadError';
  }
}

interface SiteUpdatedState {
  /** The first chunk failure's message (for the console and the tests), or null while every chunk loaded. */
  failed: string | null;
  /**
   * The browser said it was offline when the first chunk failed (`navigator.onLine`): the file is not gone, the
   * network is, and the notice says that in place of "out of date" (a reader on a train was told the site changed).
   */
  offline: boolean;
  /** The reader closed the notice (×): the explorer's parts that did load keep working. */
  dismissed: boolean;
  dismiss: () => void;
}

export const useSiteUpdated = create<SiteUpdatedState>((set) => ({
  failed: null,
  offline: false,
  dismissed: false,
  dismiss: () => set({ dismissed: true }),
}));

/**
 * Marks the page out of date when `err` is a chunk that could not be fetched (`isChunkLoadError`); the first
 * failure is kept. Returns whether it was one. Never throws.
 */
export function markIfChunkFailed(err: unknown): boolean {
  if (!isChunkLoadError(err)) return false;
  if (useSiteUpdated.getState().failed === null) {
    const message = err instanceof Error ? err.message : String(err);
    console.warn(`Coauthor Atlas: this page is older than the site (${message}); a reload gets the new one.`);
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    useSiteUpdated.setState({ failed: message, offline });
  }
  return true;
}

/**
 * After a worker failed with no error message (a module worker whose script could not be fetched fails like one
 * whose code threw while starting: a bare `error` event), asks the site whether the worker's `script` (its URL, as
 * given to `new Worker`) is still there: a HEAD request, not cached. Gone when the site answers with an error
 * status, or with something that is not JavaScript (a host that answers every path with index.html, as `vite
 * preview` does); the page is then marked out of date as for a feature chunk (`markIfChunkFailed`). When the request
 * itself fails and the browser says it is offline, the page is marked offline. Resolves whether the page was
 * marked; never rejects. (A worker whose code is there and crashed is not the site's age: nothing is marked.)
 */
export async function markIfWorkerScriptGone(script: string): Promise<boolean> {
  let gone: string;
  try {
    const answer = await fetch(script, { method: 'HEAD', cache: 'no-store' });
    const type = answer.headers.get('content-type') ?? '';
    if (!answer.ok) gone = `the site answered ${answer.status}`;
    else if (!/javascript|ecmascript/i.test(type)) gone = `the site answered with ${type || 'no content type'}`;
    else return false;
  } catch (err) {
    if (typeof navigator === 'undefined' || navigator.onLine !== false) return false;
    gone = err instanceof Error ? err.message : String(err);
  }
  // worded as the browser words a chunk that could not be fetched, so it is marked as one
  return markIfChunkFailed(new Error(`Failed to fetch dynamically imported module: ${script} (a worker's script: ${gone})`));
}

/**
 * Listens for Vite's `vite:preloadError` (fired on window when a dynamic import or a chunk's CSS fails to
 * load: https://vite.dev/guide/build#load-error-handling) and marks the page out of date. The event is not
 * cancelled, so the import still rejects and its feature shows the failure in its place (lazy-feature.tsx).
 * Call once at start-up.
 */
export function watchChunkFailures(): void {
  window.addEventListener('vite:preloadError', (event) => {
    markIfChunkFailed((event as Event & { payload?: unknown }).payload);
  });
}

/** Load the page again from the site (the Reload button's action; the reader's click, never automatic). */
export function reloadPage(): void {
  window.location.reload();
}
