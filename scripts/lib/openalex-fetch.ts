/**
 * `build:graph --openalex QUERY`: fetch the works from the OpenAlex API (src/core/openalex, the same code
 * the explorer runs), with progress on stderr, and keep them beside the bundle as works.jsonl.gz so the
 * build can be repeated offline (`npm run build:graph -- DIR/works.jsonl.gz --out DIR`).
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import pluralize from 'pluralize';
import {
  buildRequestFor,
  checkMailto,
  isNetworkFailure,
  OpenAlexError,
  DEFAULT_OPENALEX_BASE,
  noWorksMessage,
  normaliseBase,
  parseQuerySpec,
  planFetch,
  runPlan,
  worksInput,
  worksToJsonl,
  type FetchInfo,
  type FetchPlan,
  type FetchProgress,
  type OpenAlexQuery,
  type Work,
} from '../../src/core/openalex/index';
import type { InputFile } from '../../src/core/ingest/types';
import { writeAtomic } from './write-dataset';

/** parseArgs options this module reads. */
export const OPENALEX_OPTIONS = {
  openalex: { type: 'string' },
  'from-year': { type: 'string' },
  'to-year': { type: 'string' },
  coauthors: { type: 'boolean' },
  'max-works': { type: 'string' },
  'max-coauthors': { type: 'string' },
  mailto: { type: 'string' },
  'api-key': { type: 'string' },
  'openalex-url': { type: 'string' },
} as const;

export const OPENALEX_HELP = `OpenAlex (instead of, or besides, files):
  --openalex QUERY          fetch works from OpenAlex: author:A5023888391, orcid:0000-0002-1825-0097,
                            institution:I136199984 or search:"coral reef"; saved as DIR/works.jsonl.gz
  --from-year Y, --to-year Y   publication years to keep (whole years)
  --coauthors               two steps: also the works of the researcher's co-authors (most frequent first)
  --max-coauthors N         two steps: at most N co-authors (default 50)
  --max-works N             stop at N works in all (default 10000)
  --mailto EMAIL            your e-mail, sent with each request (OpenAlex's polite pool)
  --api-key KEY             your OpenAlex API key (or OPENALEX_API_KEY in the environment)
  --openalex-url BASE       API base URL (default ${DEFAULT_OPENALEX_BASE}; a mirror or test server)
`;

export interface OpenAlexCliRequest {
  query: OpenAlexQuery;
  base: string;
  mailto: string | null;
  apiKey: string | null;
  maxWorks: number;
  maxCoauthors: number;
}

type Values = Partial<Record<keyof typeof OPENALEX_OPTIONS, string | boolean | undefined>>;

function whole(flag: string, v: unknown, min: number, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${flag} expects a whole number of at least ${min}, got "${String(v)}"`);
  return n;
}

/**
 * The OpenAlex part of the command line, checked; null without --openalex. Throws Error with a one-line
 * message naming the flag (also when an OpenAlex-only flag comes without --openalex).
 */
export function openAlexRequestFrom(values: Values, env: Record<string, string | undefined> = process.env): OpenAlexCliRequest | null {
  if (typeof values.openalex !== 'string') {
    const stray = (Object.keys(OPENALEX_OPTIONS) as (keyof typeof OPENALEX_OPTIONS)[]).filter((k) => k !== 'openalex' && values[k] !== undefined);
    if (stray.length) throw new Error(`--${stray[0]} only applies with --openalex QUERY`);
    return null;
  }
  const query = parseQuerySpec(values.openalex, { fromYear: values['from-year'] as string | undefined, toYear: values['to-year'] as string | undefined, depth: values.coauthors ? 2 : 1 });
  return {
    query,
    base: normaliseBase((values['openalex-url'] as string | undefined) ?? DEFAULT_OPENALEX_BASE),
    mailto: checkMailto(values.mailto as string | undefined),
    apiKey: ((values['api-key'] as string | undefined) ?? env.OPENALEX_API_KEY ?? '').trim() || null,
    maxWorks: whole('max-works', values['max-works'], 1, 10_000),
    maxCoauthors: whole('max-coauthors', values['max-coauthors'], 1, 50),
  };
}

/**
 * Progress lines for stderr: a rewritten line on a terminal, a line per page otherwise. The co-authors' step counts
 * distinct works in the map so far (the researcher's included) against the most it can hold.
 */
function progressPrinter(write: (s: string) => void, tty: boolean): (p: FetchProgress) => void {
  return (p) => {
    if (p.phase === 'counting') return;
    const msg =
      p.phase === 'coauthors'
        ? `OpenAlex: ${p.fetched}${p.total !== null ? ` of at most ${p.total}` : ''} works (with the co-authors') fetched (${pluralize('request', p.requests, true)})`
        : `OpenAlex: ${p.fetched}${p.total !== null ? ` of ${p.total}` : ''} works fetched (${pluralize('request', p.requests, true)})`;
    write(tty ? `\r\x1b[K${msg}` : `${msg}\n`);
  };
}

/**
 * Fetch the works of a request, printing the estimate and progress to `write` (stderr). Returns the
 * input file for buildDataset, the request fields (name, focal author, fetched info) and the works.
 * Throws OpenAlexError (HTTP problem) or QueryError.
 */
export async function fetchForBuild(
  req: OpenAlexCliRequest,
  io: { fetch?: typeof fetch; write?: (s: string) => void; tty?: boolean; signal?: AbortSignal; backoffMs?: number } = {},
): Promise<{ input: InputFile; works: Work[]; info: FetchInfo; request: ReturnType<typeof buildRequestFor> & { fetched: FetchInfo } }> {
  const write = io.write ?? ((s: string) => void process.stderr.write(s));
  const tty = io.tty ?? !!process.stderr.isTTY;
  const f = io.fetch ?? fetch;
  const opts = {
    base: req.base,
    mailto: req.mailto,
    apiKey: req.apiKey,
    maxWorks: req.maxWorks,
    maxCoauthors: req.maxCoauthors,
    http: {
      fetch: (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => f(url, init),
      signal: io.signal,
      backoffMs: io.backoffMs,
      onRetry: (r: { status: number | null; attempt: number; waitMs: number }) =>
        write(`${tty ? '\r\x1b[K' : ''}OpenAlex: ${r.status ? `HTTP ${r.status}` : 'no answer'}, retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s\n`),
    },
    onProgress: progressPrinter(write, tty),
  };
  write(`OpenAlex: ${req.query.kind}:${req.query.value} at ${req.base}\n`);
  let plan: FetchPlan;
  try {
    plan = await planFetch(req.query, opts);
  } catch (err) {
    // no answer at all (offline, the address unreachable): said at once with the ways on, not after retries
    if (isNetworkFailure(err)) throw new OpenAlexError(offlineMessage((err as OpenAlexError).message), null, (err as OpenAlexError).url);
    throw err;
  }
  // nothing to fetch: said in the explorer's words, and no second request
  if (plan.count === 0) throw new Error(noWorksMessage(req.query));
  if (req.query.depth === 2) write(`${tty ? '\r\x1b[K' : ''}${twoStepLine(plan)}\n`);
  else write(`OpenAlex: ${plan.count} works match${plan.capped ? `; fetching the first ${plan.maxWorks} (--max-works)` : ''}\n`);
  const { works, info } = await runPlan(plan, opts);
  if (works.length === 0) throw new Error(noWorksMessage(req.query));
  write(`${tty ? '\r\x1b[K' : ''}OpenAlex: ${info.works} works fetched in ${pluralize('request', info.requests, true)}${info.retries ? ` (${info.retries} retried)` : ''}\n`);
  if (info.authorListsAt100) write(`OpenAlex: ${info.authorListsAt100} works list exactly 100 authors (OpenAlex cuts author lists at 100 in lists)\n`);
  return { input: worksInput(works), works, info, request: { ...buildRequestFor(info), fetched: info } };
}

/**
 * What the CLI says when OpenAlex gave no answer at all (`isNetworkFailure`): the fetch's own words (`said`, "cannot
 * reach api.openalex.org: no connection to it (…)") and the ways on. Throws nothing.
 */
export function offlineMessage(said: string): string {
  return `${said}; nothing was fetched or written. Run the same command when this computer is online again, or build from a paper list you have: npm run build:graph -- FILE --out DIR (an earlier fetch's works.jsonl.gz builds offline)`;
}

/**
 * The two-step estimate as printed before the co-authors' works are fetched: what the map holds at most, the
 * co-authors' works counted with those shared with the researcher said as such, e.g. "OpenAlex: 230 works by the
 * researcher; 24 co-authors, all taken; their works: 326, 230 of them shared with the researcher; the map will hold
 * at most 326 works (up to 96 more)".
 */
export function twoStepLine(plan: FetchPlan): string {
  const first = plan.firstWorks?.length ?? plan.count;
  const theirs = plan.batches.reduce((s, b) => s + b.count, 0);
  const shared = plan.batches.reduce((s, b) => s + b.shared, 0);
  const taken = plan.coauthorsTaken === plan.coauthors.length ? `${plan.coauthorsTaken === 1 ? '' : 'all '}taken` : `the ${plan.coauthorsTaken} most frequent taken (--max-coauthors)`;
  return (
    `OpenAlex: ${pluralize('work', first, true)} by the researcher; ${pluralize('co-author', plan.coauthors.length, true)}, ${taken}; ` +
    `their works: ${theirs}, ${shared} of them shared with the researcher; the map will hold at most ${pluralize('work', plan.estimate, true)} ` +
    `(up to ${Math.max(0, plan.estimate - first)} more)${plan.capped ? ` (capped at --max-works ${plan.maxWorks})` : ''}`
  );
}

/** The file beside works.jsonl.gz that says what the works are (query, dataset name, researcher). */
export const FETCHED_SIDECAR = 'fetched.json';

/** What fetched.json holds: the build request fields of the fetch, so a rebuild from the works is the same build. */
export interface FetchedSidecar {
  name: string;
  focalAuthor: { name: string; orcid: string | null } | null;
  fetched: FetchInfo;
}

/**
 * works.jsonl.gz in outDir (written atomically) and fetched.json beside it (the query, the dataset name and the
 * researcher, read back by `fetchedBeside` when the works are built again offline); returns the works' path.
 */
export function saveWorks(outDir: string, works: Work[], request?: { name: string; focalAuthor: FetchedSidecar['focalAuthor']; fetched: FetchInfo }): string {
  const path = join(outDir, 'works.jsonl.gz');
  writeAtomic(path, gzipSync(Buffer.from(worksToJsonl(works), 'utf8')));
  if (request) {
    const side: FetchedSidecar = { name: request.name, focalAuthor: request.focalAuthor, fetched: request.fetched };
    writeAtomic(join(outDir, FETCHED_SIDECAR), Buffer.from(`${JSON.stringify(side, null, 2)}\n`, 'utf8'));
  }
  return path;
}

/**
 * For an input file named works.jsonl(.gz) with fetched.json beside it (as `saveWorks` leaves them): what that
 * says, so the offline rebuild keeps the name, the researcher and the report's "fetched". Null when the file has
 * another name or nothing is beside it. Throws Error naming fetched.json when it is there but unreadable.
 */
export function fetchedBeside(inputPath: string): FetchedSidecar | null {
  if (!/^works\.jsonl(\.gz)?$/i.test(basename(inputPath))) return null;
  const side = join(dirname(inputPath), FETCHED_SIDECAR);
  if (!existsSync(side)) return null;
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(side, 'utf8'));
  } catch (err) {
    throw new Error(`${side}: not JSON (${(err as Error).message}); move it away to build ${inputPath} without it`);
  }
  const o = v as Partial<FetchedSidecar> | null;
  if (!o || typeof o !== 'object' || typeof o.name !== 'string' || !o.fetched || typeof o.fetched !== 'object' || o.fetched.source !== 'openalex')
    throw new Error(`${side}: not what build:graph --openalex writes (name, focalAuthor, fetched); move it away to build ${inputPath} without it`);
  return { name: o.name, focalAuthor: o.focalAuthor && typeof o.focalAuthor.name === 'string' ? { name: o.focalAuthor.name, orcid: o.focalAuthor.orcid ?? null } : null, fetched: o.fetched };
}
