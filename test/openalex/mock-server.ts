/**
 * A local stand-in for the OpenAlex API (127.0.0.1 only), answering from test/fixtures/openalex-api/world.json
 * the way the documented API does: `/works` with `filter` (authorships.author.id, authorships.author.orcid,
 * authorships.institutions.id and their short aliases, from_/to_publication_date, publication_year; `|` for OR,
 * `,` for AND), `search`, `select` (root fields only), `per-page` (1–200), `cursor` paging with `meta.count`
 * and `meta.next_cursor`, and `/autocomplete/authors|institutions?q=`. Errors use OpenAlex's
 * `{"error", "message"}` shape. Tests add faults (429/500 a number of times, with Retry-After) and slow
 * answers, and read the log of every request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;
interface World {
  institutions: { id: string; display_name: string; hint: string; ror: string; works_count: number; cited_by_count: number }[];
  authors: { id: string; display_name: string; orcid: string | null; last_known_institution: string; works_count: number; cited_by_count: number }[];
  works: Json[];
}

export const WORLD: World = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/openalex-api/world.json'), 'utf8'));

export interface LoggedRequest {
  path: string;
  params: Record<string, string>;
  /** Host header, so tests can check which base URL was used. */
  host: string;
  status: number;
}

export interface Fault {
  /** Which requests: path prefix plus parameters that must match (e.g. { cursor: '*' }); a function for anything else. */
  path?: string;
  when?: Record<string, string | RegExp> | ((path: string, params: Record<string, string>) => boolean);
  /** Answer this status this many times (then the request goes through). */
  status?: number;
  times?: number;
  retryAfter?: number;
  /** Or: hold the answer this long (ms), every time it matches, until removed. */
  delayMs?: number;
}

export interface MockOpenAlex {
  url: string;
  requests: LoggedRequest[];
  faults: Fault[];
  close(): Promise<void>;
}

const FILTER_ALIASES: Record<string, string> = {
  'author.id': 'authorships.author.id',
  'author.orcid': 'authorships.author.orcid',
  'institutions.id': 'authorships.institutions.id',
};

const bare = (v: string) => v.replace(/^https?:\/\/(openalex\.org|orcid\.org)\//i, '').toUpperCase();

class BadRequest extends Error {}

function workFilter(filter: string | undefined): (w: Json) => boolean {
  if (!filter) return () => true;
  const tests: ((w: Json) => boolean)[] = [];
  for (const part of filter.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) throw new BadRequest(`Invalid filter: ${part}`);
    const key0 = part.slice(0, colon);
    const key = FILTER_ALIASES[key0] ?? key0;
    const values = part.slice(colon + 1).split('|').map(bare);
    if (values.length > 100) throw new BadRequest('Maximum number of values exceeded for filter. Max is 100.');
    const auths = (w: Json) => w.authorships as { author: { id: string; orcid: string | null }; institutions: { id: string }[] }[];
    switch (key) {
      case 'authorships.author.id':
        tests.push((w) => auths(w).some((a) => values.includes(bare(a.author.id))));
        break;
      case 'authorships.author.orcid':
        tests.push((w) => auths(w).some((a) => a.author.orcid !== null && values.includes(bare(a.author.orcid))));
        break;
      case 'authorships.institutions.id':
        tests.push((w) => auths(w).some((a) => a.institutions.some((i) => values.includes(bare(i.id)))));
        break;
      case 'from_publication_date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(values[0]!)) throw new BadRequest(`Invalid date: ${values[0]}`);
        tests.push((w) => String(w.publication_date) >= values[0]!);
        break;
      case 'to_publication_date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(values[0]!)) throw new BadRequest(`Invalid date: ${values[0]}`);
        tests.push((w) => String(w.publication_date) <= values[0]!);
        break;
      case 'publication_year':
        tests.push((w) => values.includes(String(w.publication_year)));
        break;
      default:
        throw new BadRequest(`${key0} is not a valid filter for works.`);
    }
  }
  return (w) => tests.every((t) => t(w));
}

function abstractText(w: Json): string {
  const inv = w.abstract_inverted_index as Record<string, number[]> | null;
  return inv ? Object.keys(inv).join(' ') : '';
}

function matchesFault(f: Fault, path: string, params: Record<string, string>): boolean {
  if (f.path && !path.startsWith(f.path)) return false;
  if (typeof f.when === 'function') return f.when(path, params);
  for (const [k, v] of Object.entries(f.when ?? {})) {
    const got = params[k];
    if (got === undefined) return false;
    if (typeof v === 'string' ? got !== v : !v.test(got)) return false;
  }
  return true;
}

function answerWorks(params: Record<string, string>): Json {
  const perPage = params['per-page'] ?? params.per_page ?? '25';
  const n = Number(perPage);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new BadRequest('per-page parameter must be between 1 and 200');
  let list = WORLD.works.filter(workFilter(params.filter));
  if (params.search) {
    const words = params.search.toLowerCase().split(/\s+/).filter(Boolean);
    list = list.filter((w) => {
      const text = `${String(w.title)} ${abstractText(w)}`.toLowerCase();
      return words.every((x) => text.includes(x));
    });
  }
  let start = 0;
  let nextCursor: string | null = null;
  if (params.cursor !== undefined) {
    if (params.cursor !== '*') {
      const decoded = Buffer.from(params.cursor, 'base64url').toString('utf8');
      const m = /^offset:(\d+)$/.exec(decoded);
      if (!m) throw new BadRequest('Invalid cursor');
      start = Number(m[1]);
    }
    nextCursor = start + n < list.length ? Buffer.from(`offset:${start + n}`).toString('base64url') : null;
    // OpenAlex hands out a cursor on the last page too, whose next page is empty; mimic that once.
    if (!nextCursor && start < list.length) nextCursor = Buffer.from(`offset:${list.length}`).toString('base64url');
  } else {
    const page = Number(params.page ?? '1');
    start = (page - 1) * n;
  }
  let results = list.slice(start, start + n);
  if (params.select) {
    const fields = params.select.split(',');
    for (const f of fields) if (!(f in (WORLD.works[0] ?? {}))) throw new BadRequest(`${f} is not a valid select field. Valid fields for select are listed in the documentation.`);
    results = results.map((w) => Object.fromEntries(fields.map((f) => [f, w[f]])));
  }
  return {
    meta: { count: list.length, db_response_time_ms: 3, page: params.cursor !== undefined ? null : Number(params.page ?? '1'), per_page: n, next_cursor: params.cursor !== undefined ? nextCursor : undefined, groups_count: null },
    results,
    group_by: [],
  };
}

function answerAutocomplete(entity: string, q: string): Json {
  const needle = q.trim().toLowerCase();
  const words = (s: string) => s.toLowerCase().split(/[\s-]+/);
  const hit = (name: string) => needle !== '' && (name.toLowerCase().startsWith(needle) || words(name).some((w) => w.startsWith(needle)));
  let results: Json[];
  if (entity === 'authors') {
    results = WORLD.authors
      .filter((a) => hit(a.display_name))
      .sort((a, b) => b.cited_by_count - a.cited_by_count)
      .map((a) => ({
        id: a.id,
        short_id: `authors/${bare(a.id)}`,
        display_name: a.display_name,
        hint: WORLD.institutions.find((i) => i.id === a.last_known_institution)?.display_name ?? null,
        cited_by_count: a.cited_by_count,
        works_count: a.works_count,
        entity_type: 'author',
        external_id: a.orcid,
        filter_key: 'authorships.author.id',
      }));
  } else if (entity === 'institutions') {
    results = WORLD.institutions
      .filter((i) => hit(i.display_name))
      .map((i) => ({ id: i.id, display_name: i.display_name, hint: i.hint, cited_by_count: i.cited_by_count, works_count: i.works_count, entity_type: 'institution', external_id: i.ror }));
  } else throw new BadRequest(`${entity} is not a valid entity type for autocomplete`);
  return { meta: { count: results.length, db_response_time_ms: 2, page: 1, per_page: 10 }, results: results.slice(0, 10) };
}

/** Start the mock on 127.0.0.1 at a free port. */
export async function startMockOpenAlex(): Promise<MockOpenAlex> {
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  const server = http.createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const params = Object.fromEntries(u.searchParams);
    const entry: LoggedRequest = { path: u.pathname, params, host: req.headers.host ?? '', status: 0 };
    requests.push(entry);
    const send = (status: number, body: Json, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') {
      entry.status = 204;
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET' }).end();
      return;
    }
    for (const f of [...faults]) {
      if (!matchesFault(f, u.pathname, params)) continue;
      if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
      if (f.status) {
        if (f.times !== undefined) {
          f.times--;
          if (f.times <= 0) faults.splice(faults.indexOf(f), 1);
        }
        send(f.status, { error: f.status === 429 ? 'Rate limit exceeded' : 'Internal server error', message: f.status === 429 ? 'Too many requests, slow down.' : 'Something went wrong.' }, f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {});
        return;
      }
    }
    try {
      if (req.method !== 'GET') return send(405, { error: 'Method not allowed', message: 'GET only' });
      if (u.pathname === '/works') return send(200, answerWorks(params));
      const ac = /^\/autocomplete\/([a-z]+)$/.exec(u.pathname);
      if (ac) return send(200, answerAutocomplete(ac[1]!, params.q ?? ''));
      return send(404, { error: 'Not found', message: `${u.pathname} is not an endpoint` });
    } catch (err) {
      if (err instanceof BadRequest) return send(400, { error: 'Invalid query parameters error.', message: err.message });
      return send(500, { error: 'Internal server error', message: (err as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reference figures from the world itself (not from the code under test): works of an author id, their people and pairs. */
export function worldWorksOf(authorId: string): Json[] {
  return WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => bare(a.author.id) === bare(authorId)));
}
