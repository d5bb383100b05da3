/**
 * The start-up's data requests, made before the app's module is even downloaded: `early-fetch.js`, a
 * small classic script in index.html's <head> built from data/early-script.ts, fetches `?bundle=path`, or the dataset list `data/index.json` and
 * then the bundle it would open (the `?ds=` entry, else the first; none for a dataset imported in this browser,
 * `?ds=local-…`), and keeps the requests in `window.__atlasEarly`. (Until 1 Dec 2026 this module made them as the
 * app's script began to run: 0.4–1.7 s later, after the module's download and part of its evaluation.)
 * Only same-site paths are fetched, and only what load-bundle.ts is about to ask for anyway:
 * `takeEarly(url)` hands a request made there to the loader once (then it is gone); the loader checks and
 * reports everything as before. A bundle is fetched and decoded on a worker (public/bundle-reader.js;
 * `takeEarlyText`), beside the module's evaluation: receiving and decoding the 10 MB reply of the 30k map took
 * the main thread 0.5–1.3 s at load 12; the page gets the text in one copy and parses it (a clone of the
 * parsed bundle cost the page more than the parse: 1.0–1.2 s against 0.2–0.6 s).
 */
declare global {
  interface Window {
    /** Requests made by the early script (early-script.ts), by absolute URL. */
    __atlasEarly?: Map<string, Promise<Response>>;
    /** Bundles fetched and decoded on a worker (public/bundle-reader.js), by absolute URL: `{ text }`, or null when the worker could not (the loader then fetches it itself). */
    __atlasEarlyText?: Map<string, Promise<{ text: string } | null>>;
    /**
     * The bundle worker's steps, ms after navigation start (the benchmark reads them: `bundleWorker`): `created`
     * (the Worker made), `started` (its script running), `requested`, `headers`, `lastByte`, `text` (decoded and
     * joined), `received` (its message handled on the page); absent when no bundle was read on a worker.
     */
    __atlasBundleTimes?: Record<string, number>;
  }
}

/** The request started at start-up for `href` (an absolute URL), once; null when there is none. */
export function takeEarly(href: string): Promise<Response> | null {
  const early = window.__atlasEarly;
  if (!(early instanceof Map)) return null;
  const p = early.get(href) ?? null;
  early.delete(href);
  return p;
}

/**
 * The text of the bundle at `href` (an absolute URL) as fetched and decoded on a worker at start-up, once;
 * null when there is none or the worker could not read it (HTTP error, a web page, no network: the loader
 * fetches it itself and reports the problem).
 */
export async function takeEarlyText(href: string): Promise<string | null> {
  const early = window.__atlasEarlyText;
  if (!(early instanceof Map)) return null;
  const p = early.get(href);
  early.delete(href);
  const got = p ? await p.catch(() => null) : null;
  return got && typeof got.text === 'string' ? got.text : null;
}
