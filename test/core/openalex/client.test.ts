import { describe, expect, it } from 'vitest';
import {
  autocomplete,
  buildRequestFor,
  describeQuery,
  fetchWorks,
  getJson,
  isNetworkFailure,
  makeQuery,
  mapLimit,
  normaliseBase,
  OpenAlexError,
  parseQuerySpec,
  planFetch,
  queryFromParams,
  queryToParams,
  runPlan,
  WORK_FIELDS,
  worksInput,
  worksUrl,
  type FetchOptions,
  type FetchProgress,
} from '../../../src/core/openalex/index';
import { readOpenAlex } from '../../../src/core/ingest/openalex';
import { buildDataset } from '../../../src/core/pipeline';
import { WORLD, worldWorksOf } from '../../openalex/mock-server';
import { MARIA, NAMESAKE, reference, useMockOpenAlex } from '../../openalex/setup';

const mock = useMockOpenAlex();

const opts = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  base: mock.url,
  mailto: 'atlas-tests@example.org',
  ...extra,
  http: { fetch: (url, init) => fetch(url, init), backoffMs: 5, ...(extra.http ?? {}) },
});

describe('OpenAlex query model', () => {
  it('reads specs, ids as URLs and bare ids, and checks them', () => {
    expect(parseQuerySpec('author:A5023888391')).toMatchObject({ kind: 'author', value: 'A5023888391', depth: 1, fromYear: null });
    expect(parseQuerySpec('https://openalex.org/a5023888391').value).toBe('A5023888391');
    expect(parseQuerySpec('orcid:https://orcid.org/0000-0002-1825-0097')).toMatchObject({ kind: 'orcid', value: '0000-0002-1825-0097' });
    expect(parseQuerySpec('I136199984').kind).toBe('institution');
    expect(parseQuerySpec('search:"coral reef"', { fromYear: '2018', toYear: 2020 })).toMatchObject({ kind: 'search', value: 'coral reef', fromYear: 2018, toYear: 2020 });
    expect(() => parseQuerySpec('orcid:0000-0002-1825-0098')).toThrow(/check digit/);
    expect(() => parseQuerySpec('author:Jane')).toThrow(/not an OpenAlex author id/);
    expect(() => parseQuerySpec('Jane Doe')).toThrow(/author:A…/);
    expect(() => parseQuerySpec('search:x', { depth: 2 })).toThrow(/two steps .* need a researcher/);
    expect(() => parseQuerySpec('author:A1', { fromYear: 2020, toYear: 2019 })).toThrow(/empty/);
    expect(() => makeQuery({ kind: 'search', value: '   ' })).toThrow(/needs some words/);
  });

  it('round-trips through share-link parameters and describes itself', () => {
    const q = makeQuery({ kind: 'author', value: MARIA, fromYear: 2010, toYear: 2020, depth: 2, label: 'Maria Okafor' });
    const p = queryToParams(q, new URLSearchParams('ds=local-1'));
    expect(p.get('ds')).toBe('local-1');
    expect(queryFromParams(new URLSearchParams(p.toString()))).toEqual(q);
    expect(queryFromParams(new URLSearchParams('ds=x'))).toBeNull();
    expect(describeQuery(q)).toBe("Maria Okafor (author A5100000001), 2010–2020, with co-authors' works");
  });

  it('builds works URLs with select, per-page, cursor and mailto; refuses odd base URLs', () => {
    const u = new URL(worksUrl('https://api.openalex.org/', { filter: ['authorships.author.id:A1', 'from_publication_date:2018-01-01'], select: WORK_FIELDS, perPage: 200, cursor: '*', mailto: 'a@b.org' }));
    expect(u.origin + u.pathname).toBe('https://api.openalex.org/works');
    expect(u.searchParams.get('filter')).toBe('authorships.author.id:A1,from_publication_date:2018-01-01');
    expect(u.searchParams.get('select')).toBe(WORK_FIELDS.join(','));
    expect(u.searchParams.get('per-page')).toBe('200');
    expect(u.searchParams.get('cursor')).toBe('*');
    expect(u.searchParams.get('mailto')).toBe('a@b.org');
    expect(() => normaliseBase('javascript:alert(1)')).toThrow(/https:\/\//);
    expect(() => normaliseBase('https://api.openalex.org/?x=1')).toThrow(/plain base URL/);
    expect(normaliseBase('http://127.0.0.1:9/mirror/')).toBe('http://127.0.0.1:9/mirror');
  });

  it('select= keeps every field the reader uses: the same papers from full works and from the selected fields', () => {
    const full = WORLD.works.slice(0, 60);
    const selected = full.map((w) => Object.fromEntries(WORK_FIELDS.map((f) => [f, w[f]])));
    const a = readOpenAlex(worksInput(full));
    const b = readOpenAlex(worksInput(selected));
    expect(b.papers).toEqual(a.papers);
    expect(b.notes).toEqual(a.notes);
  });
});

describe('OpenAlex client against the local mock API', () => {
  it('one step: counts first, then pages by cursor (200 a page), select= only the build fields, mailto on every request', async () => {
    const progress: FetchProgress[] = [];
    const q = makeQuery({ kind: 'author', value: MARIA });
    const plan = await planFetch(q, opts({ onProgress: (p) => progress.push(p) }));
    expect(plan).toMatchObject({ count: 230, estimate: 230, capped: false });
    expect(mock.requests).toHaveLength(1);
    const { works, info } = await runPlan(plan, opts({ onProgress: (p) => progress.push(p) }));
    expect(works).toHaveLength(230);
    expect(info).toMatchObject({ works: 230, announced: 230, requests: 3, retries: 0, spec: `author:${MARIA}` });
    expect(info.focal).toEqual({ id: MARIA, name: 'Maria Okafor', orcid: expect.stringMatching(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/), institution: 'Lakeside University' });
    const pages = mock.requests.slice(1);
    expect(pages.map((r) => r.params['per-page'])).toEqual(['200', '200']);
    expect(pages[0]!.params.cursor).toBe('*');
    expect(pages[1]!.params.cursor).not.toBe('*');
    for (const r of mock.requests) {
      expect(r.path).toBe('/works');
      expect(r.host).toBe(new URL(mock.url).host);
      expect(r.params.mailto).toBe('atlas-tests@example.org');
      expect(r.params.filter).toBe(`authorships.author.id:${MARIA}`);
    }
    for (const r of pages) expect(r.params.select).toBe(WORK_FIELDS.join(','));
    expect(Object.keys(works[0]!).sort()).toEqual([...WORK_FIELDS].sort());
    expect(progress.filter((p) => p.phase === 'works').map((p) => [p.fetched, p.total])).toEqual([[0, 230], [200, 230], [230, 230]]);
  });

  it('the fetched works build the right map: her people and pairs, the focal ring on her, not her namesake', async () => {
    const { works, info } = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), opts());
    const ref = reference(worldWorksOf(MARIA));
    const result = buildDataset([worksInput(works)], { ...buildRequestFor(info), labeler: null });
    expect(result.report.papers).toBe(230);
    expect(result.report.authors).toBe(ref.people);
    expect(result.report.coauthorPairs).toBe(ref.pairs);
    expect(result.report.skipped).toEqual([]);
    const b = result.bundle;
    // named with her institution: her namesake's map reads differently
    expect(b.name).toBe('Maria Okafor, Lakeside University (OpenAlex)');
    const other = await fetchWorks(makeQuery({ kind: 'author', value: NAMESAKE }), opts());
    expect(buildRequestFor(other.info).name).toBe('Maria Okafor, Northfield Institute of Technology (OpenAlex)');
    expect(b.focalAuthor).not.toBeNull();
    expect(b.authors.name[b.focalAuthor!]).toBe('Maria Okafor');
    expect(b.authors.name.filter((n) => n === 'Maria Okafor')).toHaveLength(1);
    const namesakeCoauthors = new Set(worldWorksOf(NAMESAKE).flatMap((w) => (w.authorships as { author: { display_name: string } }[]).map((a) => a.author.display_name)));
    namesakeCoauthors.delete('Maria Okafor');
    for (const n of namesakeCoauthors) expect(b.authors.name).not.toContain(n);
  });

  it('ORCID, institution and search queries with a year range send the documented filters', async () => {
    const maria = WORLD.authors.find((a) => a.id.endsWith(MARIA))!;
    const orcid = maria.orcid!.replace('https://orcid.org/', '');
    const r1 = await fetchWorks(makeQuery({ kind: 'orcid', value: orcid, fromYear: 2015, toYear: 2018 }), opts());
    const expected = worldWorksOf(MARIA).filter((w) => (w.publication_year as number) >= 2015 && (w.publication_year as number) <= 2018);
    expect(r1.works.map((w) => w.id).sort()).toEqual(expected.map((w) => w.id).sort());
    expect(mock.requests.at(-1)!.params.filter).toBe(`authorships.author.orcid:${orcid},from_publication_date:2015-01-01,to_publication_date:2018-12-31`);
    expect(r1.info.focal?.name).toBe('Maria Okafor');

    const r2 = await fetchWorks(makeQuery({ kind: 'institution', value: 'https://openalex.org/I4100000002' }), opts());
    expect(r2.works.length).toBe(WORLD.institutions[1]!.works_count);
    expect(mock.requests.at(-1)!.params.filter).toBe('authorships.institutions.id:I4100000002');

    const r3 = await fetchWorks(makeQuery({ kind: 'search', value: 'kelp forest' }), opts());
    const text = (w: Record<string, unknown>) => `${String(w.title)} ${Object.keys((w.abstract_inverted_index as object) ?? {}).join(' ')}`.toLowerCase();
    const kelp = WORLD.works.filter((w) => text(w).includes('kelp') && text(w).includes('forest'));
    expect(kelp.length).toBeGreaterThan(0);
    expect(r3.works.map((w) => w.id).sort()).toEqual(kelp.map((w) => w.id).sort());
    expect(mock.requests.at(-1)!.params.search).toBe('kelp forest');
    expect(mock.requests.at(-1)!.params.filter).toBeUndefined();
  });

  it('two steps: an estimate before the co-authors\' works are fetched, then those works, each once', async () => {
    const q = makeQuery({ kind: 'author', value: MARIA, depth: 2 });
    const plan = await planFetch(q, opts());
    expect(plan.firstWorks).toHaveLength(230);
    expect(plan.coauthors).toHaveLength(24);
    expect(plan.coauthors[0]!.shared).toBeGreaterThanOrEqual(plan.coauthors.at(-1)!.shared);
    expect(plan.batches).toHaveLength(1);
    const coauthorIds = plan.coauthors.map((c) => c.id);
    const union = WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => [MARIA, ...coauthorIds].some((id) => a.author.id.endsWith(id))));
    expect(plan.batches[0]!.count).toBe(WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => coauthorIds.some((id) => a.author.id.endsWith(id)))).length);
    // the co-authors' works include hers: the estimate counts those once, so it is what the map will hold
    expect(plan.batches[0]!.shared).toBe(worldWorksOf(MARIA).filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => coauthorIds.some((id) => a.author.id.endsWith(id)))).length);
    expect(plan.newAtMost).toBe(union.length - 230);
    expect(plan.estimate).toBe(union.length);
    const before = mock.requests.length;
    const progress: FetchProgress[] = [];
    const { works, info } = await runPlan(plan, opts({ onProgress: (p) => progress.push(p) }));
    // progress counts each work once, against the same "at most", and ends at what the map holds
    const step2 = progress.filter((p) => p.phase === 'coauthors');
    expect(step2[0]).toMatchObject({ fetched: 230, total: union.length });
    expect(step2.at(-1)).toMatchObject({ fetched: union.length, total: union.length });
    expect(step2.every((p) => p.fetched <= p.total!)).toBe(true);
    expect(mock.requests.length).toBeGreaterThan(before);
    expect(mock.requests.slice(before).every((r) => r.params.filter!.startsWith('authorships.author.id:A51000001'))).toBe(true);
    expect(works.map((w) => w.id).sort()).toEqual(union.map((w) => w.id).sort());
    expect(info).toMatchObject({ coauthorsFound: 24, coauthorsTaken: 24, works: union.length, capped: false });
  });

  it('caps: at most maxWorks works, and says so', async () => {
    const { works, info } = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), opts({ maxWorks: 50 }));
    expect(works).toHaveLength(50);
    expect(info.capped).toBe(true);
    const two = await planFetch(makeQuery({ kind: 'author', value: MARIA, depth: 2 }), opts({ maxWorks: 260, maxCoauthors: 5 }));
    expect(two.coauthorsTaken).toBe(5);
    expect(two.estimate).toBeLessThanOrEqual(260);
    expect(two.estimate).toBe(Math.min(260, 230 + two.newAtMost));
    expect(two.capped).toBe(true);
    const r = await runPlan(two, opts({ maxWorks: 260 }));
    expect(r.works.length).toBeLessThanOrEqual(260);
  });

  it('a 429 with Retry-After and a 500 are retried with backoff, and the fetch succeeds', async () => {
    mock.faults.push({ path: '/works', when: { cursor: /^(?!\*$)/ }, status: 429, times: 1, retryAfter: 0 });
    mock.faults.push({ path: '/works', when: { cursor: '*' }, status: 500, times: 2 });
    const retries: (number | null)[] = [];
    const { works, info } = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), opts({ http: { fetch: (u, i) => fetch(u, i), backoffMs: 5, onRetry: (r) => retries.push(r.status) } }));
    expect(works).toHaveLength(230);
    expect(retries).toEqual([500, 500, 429]);
    expect(info.retries).toBe(3);
    expect(mock.requests.map((r) => r.status)).toEqual([200, 500, 500, 200, 429, 200]);
  });

  it('gives up after the retries with OpenAlex\'s own message; a 400 is not retried', async () => {
    mock.faults.push({ path: '/works', status: 500, times: 10 });
    const err = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), opts({ http: { fetch: (u, i) => fetch(u, i), backoffMs: 1, retries: 2 } })).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAlexError);
    expect(err.message).toMatch(/server error: Something went wrong\. \[HTTP 500\]/);
    expect(mock.requests).toHaveLength(3);
    mock.faults.length = 0;
    mock.requests.length = 0;
    const bad = await getJson(`${mock.url}/works?filter=author_name:Okafor`, { fetch: (u, i) => fetch(u, i), backoffMs: 1 }).catch((e: OpenAlexError) => e);
    expect(bad).toBeInstanceOf(OpenAlexError);
    expect((bad as OpenAlexError).status).toBe(400);
    expect((bad as OpenAlexError).message).toContain('rejected the query: author_name is not a valid filter for works.');
    expect(mock.requests).toHaveLength(1);
    const gone = await getJson('http://127.0.0.1:9/works', { fetch: (u, i) => fetch(u, i), backoffMs: 1, retries: 1 }).catch((e: OpenAlexError) => e);
    expect((gone as OpenAlexError).message).toMatch(/cannot reach 127\.0\.0\.1:9/);
    // a browser's "Failed to fetch" (no connection, a name that does not resolve) in plain words (a tester)
    const offline = await getJson('https://api.openalex.org/works', { fetch: () => Promise.reject(new TypeError('Failed to fetch')), backoffMs: 1, retries: 0 }).catch((e: OpenAlexError) => e);
    expect((offline as OpenAlexError).message).toBe('cannot reach api.openalex.org: no connection to it (is this computer offline, or the address blocked?)');
  });

  it('offline: the first request failing with no HTTP answer is said at once (one request, no retry); 5xx and a connection dropped mid-fetch are still retried', async () => {
    // a computer that is offline: every request rejects as the browser's fetch does, at once
    let calls = 0;
    const waits: number[] = [];
    const offline: FetchOptions['http'] = {
      fetch: () => {
        calls++;
        return Promise.reject(new TypeError('Failed to fetch'));
      },
      // the backoff's waits recorded, not waited (the old code waited 1+2+4+8 s before saying anything)
      sleep: async (ms) => void waits.push(ms),
    };
    const err = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), { base: 'https://api.openalex.org', http: offline }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAlexError);
    expect(isNetworkFailure(err)).toBe(true);
    expect((err as OpenAlexError).message).toBe('cannot reach api.openalex.org: no connection to it (is this computer offline, or the address blocked?)');
    expect(calls).toBe(1);
    expect(waits).toEqual([]);

    // a 500 on the first request is an answer: retried with backoff as before
    mock.faults.push({ path: '/works', status: 500, times: 2 });
    const retried: (number | null)[] = [];
    const { works } = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), opts({ http: { fetch: (u, i) => fetch(u, i), backoffMs: 1, onRetry: (r) => retried.push(r.status) } }));
    expect(works).toHaveLength(230);
    expect(retried).toEqual([500, 500]);

    // the server answered the count, then the connection dropped once on a page: retried (a blip, not offline)
    let dropped = 0;
    const blip: FetchOptions['http'] = {
      fetch: (u, i) => (/cursor=(?!\*)/.test(decodeURIComponent(u)) && dropped++ === 0 ? Promise.reject(new TypeError('fetch failed')) : fetch(u, i)),
      backoffMs: 1,
      onRetry: (r) => retried.push(r.status),
    };
    const again = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), opts({ http: blip }));
    expect(again.works).toHaveLength(230);
    expect(retried.at(-1)).toBeNull();
    expect(again.info.retries).toBe(1);
  });

  it('steps down to 100 a page when the server refuses 200', async () => {
    const { works } = await fetchWorks(makeQuery({ kind: 'author', value: MARIA }), opts({ perPage: 500 }));
    expect(works).toHaveLength(230);
    expect(mock.requests.filter((r) => r.status === 200 && r.params.cursor).map((r) => r.params['per-page'])).toEqual(['100', '100', '100']);
  });

  it('Cancel stops a slow fetch at once, even mid-request', async () => {
    mock.faults.push({ path: '/works', when: { cursor: /^(?!\*$)/ }, delayMs: 3000 });
    const ctl = new AbortController();
    const t0 = Date.now();
    const p = fetchWorks(makeQuery({ kind: 'author', value: MARIA }), {
      ...opts(),
      http: { fetch: (u, i) => fetch(u, i), signal: ctl.signal, backoffMs: 5 },
      onProgress: (pr) => {
        if (pr.fetched === 200) setTimeout(() => ctl.abort(), 50);
      },
    });
    const err = await p.catch((e) => e);
    expect(err.name).toBe('AbortError');
    expect(Date.now() - t0).toBeLessThan(2500);
  });

  it('autocomplete shows namesakes apart: institution, works count, ORCID', async () => {
    const s = await autocomplete('authors', 'okafor', { base: mock.url, http: { fetch: (u, i) => fetch(u, i) } });
    const marias = s.filter((x) => x.name === 'Maria Okafor');
    expect(marias.map((m) => [m.id, m.hint, m.worksCount, !!m.orcid])).toEqual([
      [MARIA, 'Lakeside University', 230, true],
      [NAMESAKE, 'Northfield Institute of Technology', 14, false],
    ]);
    expect(mock.requests[0]!.path).toBe('/autocomplete/authors');
    expect(await autocomplete('authors', '  ', { base: mock.url, http: { fetch: (u, i) => fetch(u, i) } })).toEqual([]);
    expect(mock.requests).toHaveLength(1);
  });

  it('mapLimit keeps at most `limit` tasks running', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async (x) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return x * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(peak).toBe(3);
  });
});
