/**
 * The start-up's data requests, made as the app's script begins to run rather than after React and the rest of
 * the app are set up (the main script's evaluation and first render: about 0.3–0.5 s of the first frame):
 * `?bundle=path` fetches that bundle; otherwise (no imported dataset named by `?ds=`) the dataset list
 * `data/index.json`, then the bundle it would open (the `?ds=` entry, else the first; none for a dataset imported
 * in this browser, `?ds=local-…`). Only same-site paths
 * are fetched, and only what load-bundle.ts is about to ask for anyway: `takeEarly(url)` hands a request made
 * here to the loader once (then it is gone); the loader checks and reports everything as before.
 * Imported first by main.tsx.
 */
const early = new Map<string, Promise<Response>>();

const sameSite = (href: string): boolean => new URL(href).origin === window.location.origin;

/** The request started at start-up for `href` (an absolute URL), once; null when there is none. */
export function takeEarly(href: string): Promise<Response> | null {
  const p = early.get(href) ?? null;
  early.delete(href);
  return p;
}

function start(href: string): Promise<Response> | null {
  if (!sameSite(href)) return null;
  const p = fetch(href);
  // a failure is the loader's to report (it fetches again when this one failed)
  p.catch(() => early.delete(href));
  early.set(href, p);
  return p;
}

function startEarly(): void {
  const params = new URLSearchParams(window.location.search);
  const base = new URL(import.meta.env.BASE_URL, window.location.href);
  const bundle = params.get('bundle');
  if (bundle !== null) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(bundle) && !bundle.startsWith('//') && !bundle.startsWith('\\')) start(new URL(bundle, base).href);
    return;
  }
  const ds = params.get('ds');
  const index = start(new URL('data/index.json', base).href);
  // datasets imported in this browser live in IndexedDB, not on the site (the list is still read, for the switcher)
  if (!index || (ds !== null && ds.startsWith('local-'))) return;
  void index
    .then((res) => (res.ok && (res.headers.get('content-type') ?? '').includes('json') ? res.clone().json() : null))
    .then((list: unknown) => {
      if (!Array.isArray(list) || list.length === 0) return;
      const entry = (ds === null ? list[0] : list.find((e) => e && e.id === ds)) as { bundle?: unknown } | undefined;
      if (typeof entry?.bundle === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(entry.bundle) && !entry.bundle.startsWith('//')) {
        start(new URL(entry.bundle, base).href);
      }
    })
    .catch(() => undefined);
}

startEarly();
