import { bareOrcid } from '../ingest/identifiers';

/**
 * What to fetch from OpenAlex: the works of one researcher (by OpenAlex author id or ORCID), of an
 * institution, or of a title/abstract search, optionally within a year range. For a researcher, "two
 * steps" also fetches the works of their co-authors (most frequent first, capped).
 */
export type QueryKind = 'author' | 'orcid' | 'institution' | 'search';

export interface OpenAlexQuery {
  kind: QueryKind;
  /** Normalised value: "A5023888391", "0000-0002-1825-0097", "I136199984", or the search words. */
  value: string;
  /** First publication year included (whole year), or null. */
  fromYear: number | null;
  /** Last publication year included, or null. */
  toYear: number | null;
  /** 1: the works found by the query; 2: also their co-authors' works (researchers only). */
  depth: 1 | 2;
  /** A human name for what the value points at (e.g. the researcher picked among namesakes); shown, never sent. */
  label?: string | null;
}

/** A query that cannot be sent: a malformed id, a bad ORCID check digit, an empty year range; the message says which. */
export class QueryError extends Error {
  override name = 'QueryError';
}

export const QUERY_KINDS: QueryKind[] = ['author', 'orcid', 'institution', 'search'];
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
const MAX_SEARCH = 300;

/** True when the ORCID's last character is its ISO 7064 11,2 check digit. */
export function orcidChecksumOk(orcid: string): boolean {
  const digits = orcid.replace(/-/g, '');
  if (!/^\d{15}[\dX]$/.test(digits)) return false;
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15] === (check === 10 ? 'X' : String(check));
}

/** "A5023888391" from "A5023888391", "a5023888391" or "https://openalex.org/A5023888391"; null otherwise. */
export function bareOpenAlexId(value: string, prefix: 'A' | 'I' | 'W'): string | null {
  const m = new RegExp(`^(?:https?://(?:api\\.)?openalex\\.org/(?:[a-z]+/)?)?(${prefix}\\d{1,14})$`, 'i').exec(value.trim());
  return m ? m[1]!.toUpperCase() : null;
}

function year(value: unknown, what: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR) throw new QueryError(`${what} must be a year such as 2018, not "${String(value)}"`);
  return n;
}

/**
 * A checked query from loose parts (form fields, CLI flags, URL parameters). Accepts ids as URLs
 * ("https://openalex.org/A…", "https://orcid.org/…"), folds case, checks the ORCID check digit.
 * Throws QueryError with a sentence a user can act on.
 */
export function makeQuery(parts: {
  kind: QueryKind;
  value: string;
  fromYear?: number | string | null;
  toYear?: number | string | null;
  depth?: number | string | null;
  label?: string | null;
}): OpenAlexQuery {
  const raw = (parts.value ?? '').trim();
  let value: string;
  switch (parts.kind) {
    case 'author': {
      const id = bareOpenAlexId(raw, 'A');
      if (!id) throw new QueryError(`"${raw}" is not an OpenAlex author id (A followed by digits, e.g. A5023888391)`);
      value = id;
      break;
    }
    case 'orcid': {
      const o = bareOrcid(raw);
      if (!o) throw new QueryError(`"${raw}" is not an ORCID iD (0000-0000-0000-0000)`);
      if (!orcidChecksumOk(o)) throw new QueryError(`ORCID iD ${o} has a wrong check digit (typo?)`);
      value = o;
      break;
    }
    case 'institution': {
      const id = bareOpenAlexId(raw, 'I');
      if (!id) throw new QueryError(`"${raw}" is not an OpenAlex institution id (I followed by digits, e.g. I136199984)`);
      value = id;
      break;
    }
    case 'search': {
      value = raw.replace(/\s+/g, ' ');
      if (!value) throw new QueryError('the search needs some words');
      if (value.length > MAX_SEARCH) throw new QueryError(`the search is too long (${value.length} characters, at most ${MAX_SEARCH})`);
      break;
    }
    default:
      throw new QueryError(`unknown query kind "${String(parts.kind)}" (one of ${QUERY_KINDS.join(', ')})`);
  }
  const fromYear = year(parts.fromYear, 'the first year');
  const toYear = year(parts.toYear, 'the last year');
  if (fromYear !== null && toYear !== null && fromYear > toYear) throw new QueryError(`the year range ${fromYear}–${toYear} is empty (first year after last year)`);
  const d = parts.depth === undefined || parts.depth === null || parts.depth === '' ? 1 : Number(parts.depth);
  if (d !== 1 && d !== 2) throw new QueryError(`depth must be 1 (the works found) or 2 (also the co-authors' works), not "${String(parts.depth)}"`);
  if (d === 2 && parts.kind !== 'author' && parts.kind !== 'orcid') throw new QueryError('two steps (co-authors\' works) need a researcher: an OpenAlex author id or an ORCID iD');
  const label = parts.label?.trim() ? parts.label.trim().slice(0, 200) : null;
  return { kind: parts.kind, value, fromYear, toYear, depth: d as 1 | 2, label };
}

/**
 * A query from the CLI's spec "author:A5023888391", "orcid:0000-…", "institution:I…", "search:words".
 * A bare author id, institution id, ORCID iD or openalex.org/orcid.org URL is recognised without the kind.
 */
export function parseQuerySpec(spec: string, extra: { fromYear?: number | string | null; toYear?: number | string | null; depth?: number | string | null; label?: string | null } = {}): OpenAlexQuery {
  const s = spec.trim();
  const m = /^(author|orcid|institution|search):\s*([\s\S]*)$/i.exec(s);
  if (m) return makeQuery({ kind: m[1]!.toLowerCase() as QueryKind, value: unquote(m[2]!), ...extra });
  if (bareOpenAlexId(s, 'A')) return makeQuery({ kind: 'author', value: s, ...extra });
  if (bareOpenAlexId(s, 'I')) return makeQuery({ kind: 'institution', value: s, ...extra });
  if (bareOrcid(s)) return makeQuery({ kind: 'orcid', value: s, ...extra });
  throw new QueryError(`cannot read the OpenAlex query "${s}": write author:A…, orcid:0000-…, institution:I… or search:"words"`);
}

function unquote(v: string): string {
  const t = v.trim();
  return t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) ? t.slice(1, -1) : t;
}

/** The spec string parseQuerySpec reads back ("author:A5023888391"). */
export function querySpec(q: OpenAlexQuery): string {
  return `${q.kind}:${q.value}`;
}

/** A one-line description for reports and titles: 'Jane Doe (author A5…), 2018–2022, with co-authors'. */
export function describeQuery(q: OpenAlexQuery): string {
  const what =
    q.kind === 'search'
      ? `search "${q.value}"`
      : q.kind === 'author'
        ? `author ${q.value}`
        : q.kind === 'orcid'
          ? `ORCID ${q.value}`
          : `institution ${q.value}`;
  const years =
    q.fromYear !== null && q.toYear !== null
      ? q.fromYear === q.toYear
        ? `, ${q.fromYear}`
        : `, ${q.fromYear}–${q.toYear}`
      : q.fromYear !== null
        ? `, from ${q.fromYear}`
        : q.toYear !== null
          ? `, until ${q.toYear}`
          : '';
  return `${q.label ? `${q.label} (${what})` : what}${years}${q.depth === 2 ? ', with co-authors\' works' : ''}`;
}

/** Works filter parts for the query itself (step 1): attribute:value strings, joined by commas in the URL. */
export function queryFilters(q: OpenAlexQuery): string[] {
  const f: string[] = [];
  if (q.kind === 'author') f.push(`authorships.author.id:${q.value}`);
  else if (q.kind === 'orcid') f.push(`authorships.author.orcid:${q.value}`);
  else if (q.kind === 'institution') f.push(`authorships.institutions.id:${q.value}`);
  f.push(...yearFilters(q));
  return f;
}

/** from_publication_date / to_publication_date filters for the query's year range. */
export function yearFilters(q: Pick<OpenAlexQuery, 'fromYear' | 'toYear'>): string[] {
  const f: string[] = [];
  if (q.fromYear !== null) f.push(`from_publication_date:${q.fromYear}-01-01`);
  if (q.toYear !== null) f.push(`to_publication_date:${q.toYear}-12-31`);
  return f;
}

/** URL parameters a share link carries so the same query can be offered again (`oa`, `oa-from`, `oa-to`, `oa-depth`, `oa-name`). */
export function queryToParams(q: OpenAlexQuery, params = new URLSearchParams()): URLSearchParams {
  params.set('oa', querySpec(q));
  if (q.fromYear !== null) params.set('oa-from', String(q.fromYear));
  else params.delete('oa-from');
  if (q.toYear !== null) params.set('oa-to', String(q.toYear));
  else params.delete('oa-to');
  if (q.depth === 2) params.set('oa-depth', '2');
  else params.delete('oa-depth');
  if (q.label) params.set('oa-name', q.label);
  else params.delete('oa-name');
  return params;
}

/** The query a share link carries, null when it carries none; throws QueryError when it carries a bad one. */
export function queryFromParams(params: URLSearchParams): OpenAlexQuery | null {
  const spec = params.get('oa');
  if (!spec) return null;
  return parseQuerySpec(spec, { fromYear: params.get('oa-from'), toYear: params.get('oa-to'), depth: params.get('oa-depth'), label: params.get('oa-name') });
}

/** The URL parameter names queryToParams writes (so a page can clear them). */
export const QUERY_PARAM_NAMES = ['oa', 'oa-from', 'oa-to', 'oa-depth', 'oa-name'];
