/** The public OpenAlex API. A mirror or a test server can stand in for it (`--openalex-url`, `?openalex=`). */
export const DEFAULT_OPENALEX_BASE = 'https://api.openalex.org';

/**
 * The work fields the build reads (src/core/ingest/openalex.ts), and no others: `select=` keeps answers
 * small. test/core/openalex checks that the reader gives the same papers from a full work and from these fields.
 */
export const WORK_FIELDS = [
  'id',
  'doi',
  'title',
  'display_name',
  'publication_year',
  'publication_date',
  'primary_location',
  'authorships',
  'abstract_inverted_index',
] as const;

/** Works per page: OpenAlex's documented maximum for cursor paging. */
export const PER_PAGE = 200;

/** Values OR-ed in one filter (`authorships.author.id:A1|A2|…`), kept under OpenAlex's limit. */
export const OR_BATCH = 50;

/** Who is asking: `mailto` joins OpenAlex's polite pool; `apiKey` is the user's own key. Both go on every request. */
export interface Identity {
  mailto?: string | null;
  apiKey?: string | null;
}

/**
 * The base URL without a trailing slash; throws on anything but an absolute http(s) URL
 * (no query string or fragment), so no request can go to an unexpected place.
 */
export function normaliseBase(base: string): string {
  const b = base.trim();
  let u: URL;
  try {
    u = new URL(b);
  } catch {
    throw new Error(`the OpenAlex address "${b}" is not a URL (e.g. ${DEFAULT_OPENALEX_BASE})`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`the OpenAlex address must start with https:// or http://, not "${u.protocol}"`);
  if (u.search || u.hash || u.username || u.password) throw new Error('the OpenAlex address must be a plain base URL (no ?query, #fragment or user name)');
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** A light check of an e-mail address for `mailto` (something@something.tld); throws otherwise. */
export function checkMailto(mailto: string | null | undefined): string | null {
  const m = (mailto ?? '').trim();
  if (!m) return null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(m) || m.length > 254) throw new Error(`"${m}" does not look like an e-mail address (for OpenAlex's polite pool)`);
  return m;
}

function withIdentity(params: URLSearchParams, who: Identity): URLSearchParams {
  if (who.mailto) params.set('mailto', who.mailto);
  if (who.apiKey) params.set('api_key', who.apiKey);
  return params;
}

/**
 * `/works` URL: `filter` parts joined by commas, optional `search`, `select`, `per-page` and `cursor`.
 * URLSearchParams encodes ':' '|' ',' as %3A %7C %2C, which OpenAlex reads like the literal characters.
 */
export function worksUrl(
  base: string,
  opts: { filter: string[]; search?: string | null; select?: readonly string[]; perPage?: number; cursor?: string | null } & Identity,
): string {
  const p = new URLSearchParams();
  if (opts.filter.length) p.set('filter', opts.filter.join(','));
  if (opts.search) p.set('search', opts.search);
  if (opts.select?.length) p.set('select', opts.select.join(','));
  if (opts.perPage) p.set('per-page', String(opts.perPage));
  if (opts.cursor) p.set('cursor', opts.cursor);
  withIdentity(p, opts);
  return `${normaliseBase(base)}/works?${p}`;
}

/** `/autocomplete/authors?q=…` (or institutions): up to ten suggestions with a hint, works count and external id. */
export function autocompleteUrl(base: string, entity: 'authors' | 'institutions', q: string, who: Identity = {}): string {
  const p = withIdentity(new URLSearchParams({ q }), who);
  return `${normaliseBase(base)}/autocomplete/${entity}?${p}`;
}

/** An URL with `api_key` blanked, for messages and reports (the key is the user's secret). */
export function redactUrl(url: string): string {
  return url.replace(/([?&]api_key=)[^&]*/g, '$1…');
}
