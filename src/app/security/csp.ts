/**
 * The explorer's Content-Security-Policy, written into the built `index.html` as a `<meta>` (vite.config.ts,
 * production build only: Vite's dev server injects inline scripts for hot reload). Scripts, styles and
 * workers come from the app's own origin only, no inline script; images also from `data:` (the favicon) and
 * `blob:` (exports); connections to the app's own origin, OpenAlex, and a mirror or test server on this
 * machine (`http://localhost:*`, `http://127.0.0.1:*`). A `<meta>` policy cannot change once the page is
 * loaded, so another OpenAlex mirror must be named when the app is built (`ATLAS_CONNECT_SRC`).
 */

/** Origins the page may always connect to besides its own. */
export const OPENALEX_CONNECT = ['https://api.openalex.org', 'http://localhost:*', 'http://127.0.0.1:*'];

/**
 * The policy text. `extraConnect`: more origins for `connect-src` (e.g. `https://openalex.mirror.example`),
 * each a scheme + host (+ `:port` or `:*`); anything else throws an Error naming it, so a typo in
 * `ATLAS_CONNECT_SRC` stops the build instead of shipping a policy that lets everything through.
 */
export function contentSecurityPolicy(extraConnect: readonly string[] = []): string {
  for (const o of extraConnect) {
    if (!/^https?:\/\/[a-z0-9.-]+(:(\d+|\*))?$/i.test(o)) throw new Error(`ATLAS_CONNECT_SRC: "${o}" is not an origin like https://openalex.mirror.example`);
  }
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['connect-src', ["'self'", ...OPENALEX_CONNECT, ...extraConnect]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');
}

/** One CSP source expression against a URL, for the `connect-src` forms used here ('self', scheme://host[:port|:*]). */
function sourceMatches(source: string, url: URL, self: URL): boolean {
  if (source === "'self'") return url.origin === self.origin;
  const m = /^(https?):\/\/([^:/]+)(?::(\d+|\*))?$/i.exec(source);
  if (!m) return false;
  const [, scheme, host, port] = m;
  if (url.protocol !== `${scheme!.toLowerCase()}:` || url.hostname.toLowerCase() !== host!.toLowerCase()) return false;
  if (port === '*') return true;
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  return (url.port || defaultPort) === (port ?? defaultPort);
}

/**
 * Whether the page's policy (the `<meta http-equiv="Content-Security-Policy">` in `doc`, if any) lets it
 * connect to `address`. True when there is no policy (the dev server) or no connect-src/default-src.
 */
export function policyAllowsConnect(address: string, doc: Document = document): boolean {
  const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  const policy = meta?.getAttribute('content');
  if (!policy) return true;
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!.toLowerCase(), d.slice(1)] as const));
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  let url: URL;
  try {
    url = new URL(address, doc.baseURI);
  } catch {
    return false;
  }
  const self = new URL(doc.baseURI);
  return sources.some((s) => sourceMatches(s, url, self));
}
