/**
 * The start-up's data requests, made before the app's module is even downloaded: `public/early-fetch.js`, a
 * small classic script in index.html's <head>, fetches `?bundle=path`, or the dataset list `data/index.json` and
 * then the bundle it would open (the `?ds=` entry, else the first; none for a dataset imported in this browser,
 * `?ds=local-…`), and keeps the requests in `window.__atlasEarly`. (Until 1 Dec 2026 this module made them as the
 * app's script began to run: 0.4–1.7 s later, after the module's download and part of its evaluation.)
 * Only same-site paths are fetched, and only what load-bundle.ts is about to ask for anyway:
 * `takeEarly(url)` hands a request made there to the loader once (then it is gone); the loader checks and
 * reports everything as before.
 */
declare global {
  interface Window {
    /** Requests made by public/early-fetch.js, by absolute URL. */
    __atlasEarly?: Map<string, Promise<Response>>;
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
