import { getJson, mapLimit, OpenAlexError, type HttpOptions } from './http';
import { bareOpenAlexId, describeQuery, queryFilters, querySpec, yearFilters, type OpenAlexQuery } from './query';
import { DEFAULT_OPENALEX_BASE, normaliseBase, OR_BATCH, PER_PAGE, WORK_FIELDS, worksUrl, type Identity } from './urls';
import { bareOrcid } from '../ingest/identifiers';

/** One OpenAlex work as the API returns it (only WORK_FIELDS). */
export type Work = Record<string, unknown>;

export interface FetchOptions extends Identity {
  /** API base URL (default https://api.openalex.org). */
  base?: string;
  http: HttpOptions;
  /** Works per page (default 200; falls back to 100 once if the server refuses 200). */
  perPage?: number;
  /** Requests in flight at once for the co-authors' works (default 3). */
  concurrency?: number;
  /** At most this many works in all (default 10,000). */
  maxWorks?: number;
  /** Two steps: at most this many co-authors, the most frequent first (default 50). */
  maxCoauthors?: number;
  onProgress?: (p: FetchProgress) => void;
}

export interface FetchProgress {
  /** counting: asking how many works match; works: the query's works; coauthors: the co-authors' works. */
  phase: 'counting' | 'works' | 'coauthors';
  /** Works received so far (all phases). */
  fetched: number;
  /** Works expected in all, from OpenAlex's meta.count (capped at maxWorks); null until known. */
  total: number | null;
  requests: number;
}

export interface Coauthor {
  id: string;
  name: string;
  /** Works shared with the researcher among the first step's works. */
  shared: number;
}

/** What a fetch will bring, known before the (second step's) works are fetched. */
export interface FetchPlan {
  query: OpenAlexQuery;
  base: string;
  /** Works OpenAlex announces for the query itself (meta.count). */
  count: number;
  /** Two steps: the researcher's works, already fetched to find the co-authors. */
  firstWorks: Work[] | null;
  /** Two steps: every co-author found, most frequent first. */
  coauthors: Coauthor[];
  /** Two steps: how many of them the second step fetches (maxCoauthors). */
  coauthorsTaken: number;
  /**
   * Two steps: OR-batches of co-author ids with the works each matches (meta.count) and how many of those are
   * among the researcher's works already fetched (`shared`, counted without a request: they are in `firstWorks`).
   */
  batches: { ids: string[]; count: number; shared: number }[];
  /**
   * Two steps: works the second step can add at most (each batch's count less its works shared with the researcher;
   * a work two batches both match is counted in each, so "at most"). 0 for one step.
   */
  newAtMost: number;
  /** Works the map holds at most: one step, the count (capped); two steps, the researcher's works plus newAtMost (capped). */
  estimate: number;
  /** True when maxWorks cuts the fetch short. */
  capped: boolean;
  maxWorks: number;
  requests: number;
  retries: number;
}

/** Where the works came from, kept with the dataset and shown in its build report. */
export interface FetchInfo {
  source: 'openalex';
  /** The query as a spec ("author:A5023888391") and its parts. */
  spec: string;
  query: OpenAlexQuery;
  description: string;
  base: string;
  /** ISO 8601 time the fetch finished. */
  fetchedAt: string;
  /** Distinct works fetched. */
  works: number;
  /** Works OpenAlex announced for the query itself. */
  announced: number;
  /** Two steps: co-authors whose works were fetched / found. */
  coauthorsTaken: number;
  coauthorsFound: number;
  capped: boolean;
  maxWorks: number;
  /** Works whose author list has exactly 100 entries: OpenAlex cuts lists there, so some co-authors may be missing. */
  authorListsAt100: number;
  requests: number;
  retries: number;
  /** The researcher the map is about (author and ORCID queries), as found on their works. */
  focal: { id: string | null; name: string; orcid: string | null; institution?: string | null } | null;
}

export interface FetchResult {
  works: Work[];
  info: FetchInfo;
}

interface Ctx {
  base: string;
  opts: FetchOptions;
  perPage: number;
  requests: number;
  retries: number;
  fetched: number;
  total: number | null;
  phase: FetchProgress['phase'];
  /** Two steps' second step: ids of the works already counted, so `fetched` counts each work once. */
  seen: Set<string> | null;
  /**
   * Whether the server has answered a request of this fetch: until it has, a network failure is not retried (the
   * computer is offline or the address unreachable: said at once, not after ~15 s of backoff); after, a dropped
   * connection is retried like a 5xx.
   */
  answered: boolean;
}

function context(opts: FetchOptions): Ctx {
  const ctx: Ctx = { base: normaliseBase(opts.base ?? DEFAULT_OPENALEX_BASE), opts, perPage: opts.perPage ?? PER_PAGE, requests: 0, retries: 0, fetched: 0, total: null, phase: 'counting', seen: null, answered: false };
  return ctx;
}

function report(ctx: Ctx): void {
  ctx.opts.onProgress?.({ phase: ctx.phase, fetched: ctx.fetched, total: ctx.total, requests: ctx.requests });
}

async function get(ctx: Ctx, url: string): Promise<{ meta: { count: number; next_cursor: string | null }; results: Work[] }> {
  ctx.requests++;
  const http: HttpOptions = {
    ...ctx.opts.http,
    ...(ctx.answered ? {} : { networkRetries: 0 }),
    onRetry: (info) => {
      // a 429 or 5xx is an answer: the server is there, so a dropped connection after it is worth a retry
      if (info.status !== null) ctx.answered = true;
      ctx.retries++;
      ctx.opts.http.onRetry?.(info);
    },
  };
  const body = await getJson(url, http);
  ctx.answered = true;
  const b = body as { meta?: { count?: unknown; next_cursor?: unknown }; results?: unknown };
  if (!b || typeof b !== 'object' || !Array.isArray(b.results) || !b.meta || typeof b.meta.count !== 'number')
    throw new OpenAlexError(`the answer from ${ctx.base} is not an OpenAlex list (no meta.count / results)`, 200, url);
  const next = typeof b.meta.next_cursor === 'string' && b.meta.next_cursor ? b.meta.next_cursor : null;
  return { meta: { count: b.meta.count, next_cursor: next }, results: (b.results as unknown[]).filter((w): w is Work => !!w && typeof w === 'object') };
}

/** meta.count for a filter/search, with a one-work page of ids. */
async function count(ctx: Ctx, filter: string[], search: string | null): Promise<number> {
  const page = await get(ctx, worksUrl(ctx.base, { filter, search, select: ['id'], perPage: 1, mailto: ctx.opts.mailto, apiKey: ctx.opts.apiKey }));
  return page.meta.count;
}

/** Every work for a filter/search by cursor paging, at most `limit`. */
async function pageThrough(ctx: Ctx, filter: string[], search: string | null, limit: number, out: Work[]): Promise<number> {
  let cursor: string | null = '*';
  let announced = 0;
  let got = 0;
  const seenCursors = new Set<string>();
  while (cursor && got < limit) {
    let page;
    try {
      page = await get(ctx, worksUrl(ctx.base, { filter, search, select: WORK_FIELDS, perPage: ctx.perPage, cursor, mailto: ctx.opts.mailto, apiKey: ctx.opts.apiKey }));
    } catch (err) {
      // Some OpenAlex deployments allow at most 100 per page: step down once and go on.
      if (err instanceof OpenAlexError && err.status === 400 && ctx.perPage > 100 && /per.?page/i.test(err.message)) {
        ctx.perPage = 100;
        continue;
      }
      throw err;
    }
    announced = page.meta.count;
    const take = page.results.slice(0, limit - got);
    out.push(...take);
    got += take.length;
    if (ctx.seen) {
      for (const w of take) {
        const id = typeof w.id === 'string' ? w.id : null;
        if (id && ctx.seen.has(id)) continue;
        if (id) ctx.seen.add(id);
        ctx.fetched++;
      }
    } else ctx.fetched += take.length;
    report(ctx);
    // Done when the page is empty or every announced work is in (no request for the empty page after the last).
    if (page.results.length === 0 || got >= announced) break;
    const next = page.meta.next_cursor;
    if (next && seenCursors.has(next)) throw new OpenAlexError(`${ctx.base} sent the same page cursor twice; stopped to avoid a loop`, 200, '');
    if (next) seenCursors.add(next);
    cursor = next;
  }
  return announced;
}

function authorshipsOf(w: Work): Record<string, unknown>[] {
  return Array.isArray(w.authorships) ? (w.authorships.filter((a) => a && typeof a === 'object') as Record<string, unknown>[]) : [];
}

function authorOf(a: Record<string, unknown>): { id: string | null; name: string; orcid: string | null } {
  const au = a.author && typeof a.author === 'object' ? (a.author as Record<string, unknown>) : {};
  const id = typeof au.id === 'string' ? bareOpenAlexId(au.id, 'A') : null;
  const name = typeof au.display_name === 'string' ? au.display_name : typeof a.raw_author_name === 'string' ? a.raw_author_name : '';
  return { id, name, orcid: bareOrcid(au.orcid) };
}

function isFocal(q: OpenAlexQuery, a: { id: string | null; orcid: string | null }): boolean {
  return q.kind === 'author' ? a.id === q.value : q.kind === 'orcid' ? a.orcid === q.value : false;
}

/**
 * The researcher as found on their works (most frequent name), for the focal ring, with the institution most
 * often on their authorships (null when none is), which tells namesakes' maps apart.
 */
export function findFocal(q: OpenAlexQuery, works: Work[]): FetchInfo['focal'] {
  if (q.kind !== 'author' && q.kind !== 'orcid') return null;
  const names = new Map<string, number>();
  const places = new Map<string, number>();
  let id: string | null = null;
  let orcid: string | null = null;
  for (const w of works)
    for (const a of authorshipsOf(w)) {
      const au = authorOf(a);
      if (!isFocal(q, au)) continue;
      id ??= au.id;
      orcid ??= au.orcid;
      if (au.name) names.set(au.name, (names.get(au.name) ?? 0) + 1);
      const insts = Array.isArray(a.institutions) ? (a.institutions as unknown[]) : [];
      for (const i of insts) {
        const n = i && typeof i === 'object' && typeof (i as Record<string, unknown>).display_name === 'string' ? ((i as Record<string, unknown>).display_name as string).trim() : '';
        if (n) places.set(n, (places.get(n) ?? 0) + 1);
      }
    }
  const most = (m: Map<string, number>): string => {
    let top = '';
    let best = 0;
    for (const [n, c] of m) if (c > best) ((top = n), (best = c));
    return top;
  };
  const name = most(names);
  if (!name) return null;
  return { id, name, orcid: orcid ?? (q.kind === 'orcid' ? q.value : null), institution: most(places) || null };
}

/** The researcher's co-authors on `works`, most shared works first (then first seen). */
export function coauthorsOf(q: OpenAlexQuery, works: Work[]): Coauthor[] {
  const byId = new Map<string, Coauthor>();
  for (const w of works) {
    const onThis = new Set<string>();
    for (const a of authorshipsOf(w)) {
      const au = authorOf(a);
      if (!au.id || isFocal(q, au) || onThis.has(au.id)) continue;
      onThis.add(au.id);
      const c = byId.get(au.id);
      if (c) c.shared++;
      else byId.set(au.id, { id: au.id, name: au.name, shared: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => b.shared - a.shared);
}

/**
 * What a fetch will bring, before the bulk of it is fetched. One step: one counting request. Two steps:
 * the researcher's works are fetched (they are needed to know the co-authors), then one counting request per
 * batch of 50 co-authors. Throws OpenAlexError / AbortError.
 */
export async function planFetch(query: OpenAlexQuery, opts: FetchOptions): Promise<FetchPlan> {
  const ctx = context(opts);
  const maxWorks = opts.maxWorks ?? 10_000;
  const search = query.kind === 'search' ? query.value : null;
  ctx.phase = 'counting';
  report(ctx);
  const n = await count(ctx, queryFilters(query), search);
  if (query.depth === 1) {
    return { query, base: ctx.base, count: n, firstWorks: null, coauthors: [], coauthorsTaken: 0, batches: [], newAtMost: 0, estimate: Math.min(n, maxWorks), capped: n > maxWorks, maxWorks, requests: ctx.requests, retries: ctx.retries };
  }
  ctx.phase = 'works';
  ctx.total = Math.min(n, maxWorks);
  const first: Work[] = [];
  await pageThrough(ctx, queryFilters(query), null, maxWorks, first);
  const coauthors = coauthorsOf(query, first);
  const taken = coauthors.slice(0, opts.maxCoauthors ?? 50);
  const groups: string[][] = [];
  for (let i = 0; i < taken.length; i += OR_BATCH) groups.push(taken.slice(i, i + OR_BATCH).map((c) => c.id));
  ctx.phase = 'counting';
  report(ctx);
  const counts = await mapLimit(groups, opts.concurrency ?? 3, (ids) => count(ctx, [`authorships.author.id:${ids.join('|')}`, ...yearFilters(query)], null));
  // the researcher's works each batch also matches are known from the first step: they add nothing new
  const batches = groups.map((ids, i) => {
    const inBatch = new Set(ids);
    const shared = first.filter((w) => authorshipsOf(w).some((a) => {
      const id = authorOf(a).id;
      return id !== null && inBatch.has(id);
    })).length;
    return { ids, count: counts[i]!, shared: Math.min(shared, counts[i]!) };
  });
  const newAtMost = batches.reduce((s, b) => s + b.count - b.shared, 0);
  const wanted = first.length + newAtMost;
  return {
    query,
    base: ctx.base,
    count: n,
    firstWorks: first,
    coauthors,
    coauthorsTaken: taken.length,
    batches,
    newAtMost,
    estimate: Math.min(wanted, maxWorks),
    capped: wanted > maxWorks || n > maxWorks,
    maxWorks,
    requests: ctx.requests,
    retries: ctx.retries,
  };
}

/**
 * Fetch the works a plan describes: the query's works by cursor paging (one step), or the co-authors'
 * works in OR-batches, a few batches at once, the most frequent co-authors first, until maxWorks.
 * Works are kept once (by id), in a stable order. Throws OpenAlexError / AbortError.
 */
export async function runPlan(plan: FetchPlan, opts: FetchOptions): Promise<FetchResult> {
  const ctx = context({ ...opts, base: plan.base });
  ctx.requests = plan.requests;
  ctx.retries = plan.retries;
  // the plan's requests were answered (it counted the works): a dropped connection now is retried
  ctx.answered = plan.requests > 0;
  const q = plan.query;
  let works: Work[];
  if (q.depth === 1) {
    ctx.phase = 'works';
    ctx.total = plan.estimate;
    report(ctx);
    works = [];
    await pageThrough(ctx, queryFilters(q), q.kind === 'search' ? q.value : null, plan.maxWorks, works);
  } else {
    const first = plan.firstWorks ?? [];
    ctx.phase = 'coauthors';
    ctx.fetched = first.length;
    // progress counts distinct works: a co-author's work shared with the researcher is not counted again
    ctx.seen = new Set(first.map((w) => (typeof w.id === 'string' ? w.id : '')).filter(Boolean));
    ctx.total = plan.estimate;
    report(ctx);
    // Each batch gets what is left of the budget after the batches before it, so the cut is the same every time.
    let left = plan.maxWorks - first.length;
    const allotted = plan.batches.map((b) => {
      const a = Math.max(0, Math.min(b.count, left));
      left -= a;
      return a;
    });
    // One failed batch stops the others (their requests are aborted) instead of letting them run on.
    const stop = new AbortController();
    const outer = opts.http.signal;
    const onOuterAbort = () => stop.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    if (outer?.aborted) stop.abort();
    const batchCtx: Ctx = ctx;
    batchCtx.opts = { ...opts, http: { ...opts.http, signal: stop.signal } };
    let parts: Work[][];
    try {
      parts = await mapLimit(plan.batches, opts.concurrency ?? 3, async (b, i) => {
        const out: Work[] = [];
        try {
          if (allotted[i]! > 0) await pageThrough(batchCtx, [`authorships.author.id:${b.ids.join('|')}`, ...yearFilters(q)], null, allotted[i]!, out);
        } catch (err) {
          stop.abort();
          throw err;
        }
        return out;
      });
    } finally {
      outer?.removeEventListener('abort', onOuterAbort);
    }
    works = [...first, ...parts.flat()];
  }
  const seen = new Set<string>();
  const unique: Work[] = [];
  for (const w of works) {
    const id = typeof w.id === 'string' ? w.id : null;
    if (id && seen.has(id)) continue;
    if (id) seen.add(id);
    unique.push(w);
  }
  const kept = unique.slice(0, plan.maxWorks);
  const info: FetchInfo = {
    source: 'openalex',
    spec: querySpec(q),
    query: q,
    description: describeQuery(q),
    base: plan.base,
    fetchedAt: new Date().toISOString(),
    works: kept.length,
    announced: plan.count,
    coauthorsTaken: plan.coauthorsTaken,
    coauthorsFound: plan.coauthors.length,
    capped: plan.capped || unique.length > plan.maxWorks,
    maxWorks: plan.maxWorks,
    authorListsAt100: kept.filter((w) => authorshipsOf(w).length === 100).length,
    requests: ctx.requests,
    retries: ctx.retries,
    focal: findFocal(q, kept),
  };
  return { works: kept, info };
}

/**
 * What to say when OpenAlex has no works for a query (meta.count 0), the same words in the explorer and the CLI:
 * "OpenAlex has no works for Maria Okafor (author A5100000001) in 2030–2031." (the years only when some are set).
 */
export function noWorksMessage(q: OpenAlexQuery): string {
  const who = q.kind === 'search' ? `search "${q.value}"` : q.label ? `${q.label} (${q.kind === 'orcid' ? 'ORCID' : q.kind} ${q.value})` : `${q.kind === 'orcid' ? 'ORCID' : q.kind} ${q.value}`;
  const years =
    q.fromYear !== null && q.toYear !== null
      ? q.fromYear === q.toYear
        ? ` in ${q.fromYear}`
        : ` in ${q.fromYear}–${q.toYear}`
      : q.fromYear !== null
        ? ` from ${q.fromYear} on`
        : q.toYear !== null
          ? ` until ${q.toYear}`
          : '';
  return `OpenAlex has no works for ${who}${years}.`;
}

/** planFetch then runPlan, for hosts that need no confirmation in between (the CLI). */
export async function fetchWorks(query: OpenAlexQuery, opts: FetchOptions & { onPlan?: (plan: FetchPlan) => void }): Promise<FetchResult> {
  const plan = await planFetch(query, opts);
  opts.onPlan?.(plan);
  return runPlan(plan, opts);
}

/** Works as JSON Lines (one work per line), the form the OpenAlex reader and `works.jsonl.gz` use. */
export function worksToJsonl(works: Work[]): string {
  return works.map((w) => JSON.stringify(w)).join('\n') + (works.length ? '\n' : '');
}
