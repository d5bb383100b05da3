/**
 * `build:graph --openalex QUERY`: fetch the works from the OpenAlex API (src/core/openalex, the same code
 * the explorer runs), with progress on stderr, and keep them beside the bundle as works.jsonl.gz so the
 * build can be repeated offline (`npm run build:graph -- DIR/works.jsonl.gz --out DIR`).
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import {
  buildRequestFor,
  checkMailto,
  DEFAULT_OPENALEX_BASE,
  normaliseBase,
  parseQuerySpec,
  planFetch,
  runPlan,
  worksInput,
  worksToJsonl,
  type FetchInfo,
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

/** Progress lines for stderr: a rewritten line on a terminal, a line per page otherwise. */
function progressPrinter(write: (s: string) => void, tty: boolean): (p: FetchProgress) => void {
  return (p) => {
    if (p.phase === 'counting') return;
    const what = p.phase === 'coauthors' ? "co-authors' works" : 'works';
    const msg = `OpenAlex: ${p.fetched}${p.total !== null ? ` of ${p.total}` : ''} ${what} fetched (${p.requests} requests)`;
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
  const plan = await planFetch(req.query, opts);
  if (req.query.depth === 2)
    write(
      `${tty ? '\r\x1b[K' : ''}OpenAlex: ${plan.count} works by the researcher; ${plan.coauthors.length} co-authors, the ${plan.coauthorsTaken} most frequent taken; about ${plan.estimate} works in all${plan.capped ? ` (capped at --max-works ${plan.maxWorks})` : ''}\n`,
    );
  else write(`OpenAlex: ${plan.count} works match${plan.capped ? `; fetching the first ${plan.maxWorks} (--max-works)` : ''}\n`);
  const { works, info } = await runPlan(plan, opts);
  write(`${tty ? '\r\x1b[K' : ''}OpenAlex: ${info.works} works fetched in ${info.requests} requests${info.retries ? ` (${info.retries} retried)` : ''}\n`);
  if (info.authorListsAt100) write(`OpenAlex: ${info.authorListsAt100} works list exactly 100 authors (OpenAlex cuts author lists at 100 in lists)\n`);
  return { input: worksInput(works), works, info, request: { ...buildRequestFor(info), fetched: info } };
}

/** works.jsonl.gz in outDir (written atomically); returns its path. */
export function saveWorks(outDir: string, works: Work[]): string {
  const path = join(outDir, 'works.jsonl.gz');
  writeAtomic(path, gzipSync(Buffer.from(worksToJsonl(works), 'utf8')));
  return path;
}
