/**
 * The start-up's data requests, made before the app's module (0.7 MB) is downloaded and evaluated: built into
 * the classic script `early-fetch.js` in index.html's <head> (vite.config.ts `earlyScript`: esbuild, one IIFE,
 * a few kilobytes; it imports only data/start-up-rules.ts and file names, so it asks under the loader's own
 * rules). `?bundle=path` reads that bundle; otherwise (no dataset imported in this browser named by
 * `?ds=local-…`) the dataset list `data/index.json`, then the bundle it would open (the `?ds=` entry, else the
 * first). A bundle is fetched and decoded on a worker (public/bundle-reader.js), and its preview file fetched on
 * the page when the page opens on the plain overview. Only same-site relative paths are read, and only what the
 * app's loader (load-bundle.ts) is about to ask for anyway; it takes each once through data/early-fetch.ts
 * (`window.__atlasEarly`, `window.__atlasEarlyText`) and checks and reports everything as before.
 * Also warms the page's WebGL up (`warmWebGl`). The app's base is this script's folder.
 */
import type {} from './early-fetch';
import { IMPORT_ID_PREFIX } from './dataset-ids';
import { DATASET_INDEX, isSafeBundlePath, opensPlainOverview, previewUrlOf } from './start-up-rules';

/**
 * Starts the requests (see the file's comment). Never throws: a request not made here is made by the app.
 * `scriptSrc`: this script's URL (the app's base is its folder).
 */
export function startEarlyRequests(scriptSrc: string | null): void {
  const early = new Map<string, Promise<Response>>();
  window.__atlasEarly = early;
  // a bundle is fetched and decoded on a worker (public/bundle-reader.js): receiving and decoding its 10–20 MB
  // took the page's thread 0.5–2 s at load 12; `window.__atlasEarlyText` holds a promise of { text } or null
  const parsed = new Map<string, Promise<{ text: string } | null>>();
  window.__atlasEarlyText = parsed;
  const base = new URL('.', scriptSrc ?? window.location.href).href;

  const start = (href: string): Promise<Response> | null => {
    if (new URL(href).origin !== window.location.origin) return null;
    const p = fetch(href);
    // a failure is the loader's to report (it fetches again when this one failed)
    p.catch(() => early.delete(href));
    early.set(href, p);
    return p;
  };

  const startBundle = (href: string): void => {
    if (new URL(href).origin !== window.location.origin) return;
    // the preview file (a few hundred KB, parsed by the app) on a page opening on the plain overview
    const preview = opensPlainOverview() ? previewUrlOf(href) : null;
    if (preview !== null) start(preview);
    if (typeof Worker !== 'function') return void start(href);
    // the bundle worker's steps on the page's clock (ms after navigation start), for the benchmark: created,
    // started, requested, headers, lastByte, text (on the worker), received (its message handled here)
    const times: Record<string, number> = { created: performance.now() };
    window.__atlasBundleTimes = times;
    let worker: Worker;
    try {
      worker = new Worker(new URL('bundle-reader.js', base).href);
    } catch {
      return void start(href);
    }
    parsed.set(
      href,
      new Promise((resolve) => {
        worker.onmessage = (event: MessageEvent<{ text?: unknown; times?: Record<string, unknown> } | null>) => {
          times.received = performance.now();
          const steps = event.data?.times;
          if (steps && typeof steps === 'object') {
            for (const k of ['started', 'requested', 'headers', 'lastByte', 'text']) {
              const at = steps[k];
              if (typeof at === 'number') times[k] = at - performance.timeOrigin;
            }
          }
          worker.terminate();
          const text = event.data?.text;
          resolve(typeof text === 'string' ? { text } : null);
        };
        worker.onerror = () => {
          worker.terminate();
          resolve(null);
        };
        worker.postMessage({ href });
      }),
    );
  };

  try {
    const params = new URLSearchParams(window.location.search);
    const bundle = params.get('bundle');
    if (bundle !== null) {
      if (isSafeBundlePath(bundle, base)) startBundle(new URL(bundle, base).href);
      return;
    }
    const ds = params.get('ds');
    const index = start(new URL(DATASET_INDEX, base).href);
    // datasets imported in this browser live in IndexedDB, not on the site (the list is still read, for the switcher)
    if (!index || (ds !== null && ds.startsWith(IMPORT_ID_PREFIX))) return;
    index
      .then((res) => (res.ok && (res.headers.get('content-type') ?? '').includes('json') ? (res.clone().json() as Promise<unknown>) : null))
      .then((list) => {
        if (!Array.isArray(list) || list.length === 0) return;
        const entry = (ds === null ? list[0] : list.find((e) => e && e.id === ds)) as { bundle?: unknown } | undefined;
        if (entry && typeof entry.bundle === 'string' && isSafeBundlePath(entry.bundle, base)) startBundle(new URL(entry.bundle, base).href);
      })
      .catch(() => undefined);
  } catch {
    // nothing fetched early: the app fetches as usual
  }
}

/**
 * The page's first WebGL context, made and dropped while the app's module downloads (the main thread is idle
 * then): the page's first context also sets up its channel to the GPU process, which blocked the canvas's own
 * set-up (Sigma's two WebGL layers, graph/sigma-layers.ts) on the first frame's path. Two sized WebGL contexts in
 * headless Chromium (SwiftShader, load 9-14), after a 300 ms pause as for the module: 146-1650 ms (median 218;
 * 1.3-1.7 s twice in six) without this, 87-167 ms (median 138) after it. Never throws.
 */
export function warmWebGl(): void {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const gl = canvas.getContext('webgl2', { antialias: false, depth: false }) ?? canvas.getContext('webgl', { antialias: false, depth: false });
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // no WebGL here: the canvas reports it when it is set up
  }
}
