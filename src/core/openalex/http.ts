import { redactUrl } from './urls';

/** The subset of `fetch` the client uses; Node's and the browser's global fetch both fit. */
export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** How requests are made: the fetch to use, Cancel, retries. */
export interface HttpOptions {
  fetch: FetchLike;
  signal?: AbortSignal;
  /** Retries after a 429, a 5xx or a network failure (default 4: five tries in all). */
  retries?: number;
  /**
   * Retries after a network failure (no HTTP answer at all: offline, refused, a name that does not resolve); default
   * `retries`. 0 when nothing has answered yet in a fetch (fetch-works.ts): a computer that is offline is said at once,
   * not after the backoff's ~15 s; 429 and 5xx keep `retries`.
   */
  networkRetries?: number;
  /** First wait before a retry, doubled each time (default 1000 ms); a Retry-After header wins when longer. */
  backoffMs?: number;
  /** Longest single wait (default 30 s). */
  maxBackoffMs?: number;
  /** Called before each wait, so the host can say "OpenAlex is busy, retrying in 2 s". */
  onRetry?: (info: { url: string; status: number | null; attempt: number; waitMs: number }) => void;
  /** Wait function (tests may speed it up); must reject with an AbortError when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * A request OpenAlex (or the network) refused; `status` is the HTTP status, null for a network failure (no HTTP
 * answer: see `isNetworkFailure`).
 */
export class OpenAlexError extends Error {
  override name = 'OpenAlexError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly url: string,
  ) {
    super(message);
  }
}

/** Whether `err` is a request that got no HTTP answer at all (offline, refused, blocked): an OpenAlexError with status null. */
export function isNetworkFailure(err: unknown): boolean {
  return err instanceof OpenAlexError && err.status === null;
}

/** The error a Cancel produces (name "AbortError", as fetch's own). */
export function abortError(): Error {
  const e = new Error('cancelled');
  e.name = 'AbortError';
  return e;
}

/** Whether `err` is a cancellation (an Error named "AbortError": ours from `abortError`, or fetch's own). */
export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** setTimeout as a promise that rejects with an AbortError when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Seconds or an HTTP date in Retry-After, as milliseconds; null when absent or unreadable. */
function retryAfterMs(value: string | null): number | null {
  if (!value) return null;
  const s = Number(value);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const d = Date.parse(value);
  return Number.isFinite(d) ? Math.max(0, d - Date.now()) : null;
}

function messageFrom(body: string): string | null {
  try {
    const j = JSON.parse(body) as { message?: unknown; error?: unknown };
    const m = typeof j.message === 'string' ? j.message : typeof j.error === 'string' ? j.error : null;
    return m ? m.slice(0, 300) : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function failure(status: number, body: string, url: string): OpenAlexError {
  const said = messageFrom(body);
  const host = hostOf(url);
  const why =
    status === 400
      ? 'rejected the query'
      : status === 401 || status === 403
        ? 'refused access (an API key may be needed, or the daily allowance is used up)'
        : status === 404
          ? 'has no such entry'
          : status === 429
            ? 'says too many requests (the daily allowance may be used up; an e-mail for the polite pool or an API key helps)'
            : status >= 500
              ? 'had a server error'
              : `answered HTTP ${status}`;
  return new OpenAlexError(`OpenAlex (${host}) ${why}${said ? `: ${said}` : ''} [HTTP ${status}]`, status, redactUrl(url));
}

/**
 * GET a JSON document. 429, 5xx and network failures are retried with exponential backoff (Retry-After
 * honoured; network failures `networkRetries` times); other statuses throw OpenAlexError at once with OpenAlex's
 * own message. A Cancel (the signal) rejects with an AbortError, also while waiting to retry.
 */
export async function getJson(url: string, http: HttpOptions): Promise<unknown> {
  const retries = http.retries ?? 4;
  const networkRetries = http.networkRetries ?? retries;
  const base = http.backoffMs ?? 1000;
  const cap = http.maxBackoffMs ?? 30_000;
  const wait = http.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    if (http.signal?.aborted) throw abortError();
    let status: number | null = null;
    let lastError: OpenAlexError;
    let retryAfter: number | null = null;
    try {
      const res = await http.fetch(url, { signal: http.signal, headers: { accept: 'application/json' } });
      const body = await res.text();
      if (res.ok) {
        try {
          return JSON.parse(body);
        } catch {
          throw new OpenAlexError(`the answer from ${hostOf(url)} is not JSON (is the OpenAlex address right?)`, res.status, redactUrl(url));
        }
      }
      status = res.status;
      lastError = failure(res.status, body, url);
      if (status !== 429 && status < 500) throw lastError;
      retryAfter = retryAfterMs(res.headers.get('retry-after'));
    } catch (err) {
      if (isAbort(err) || http.signal?.aborted) throw abortError();
      if (err instanceof OpenAlexError) {
        if (err.status === null || (err.status !== 429 && err.status < 500)) throw err;
        lastError = err;
      } else {
        // the browsers' words for "no connection" ("Failed to fetch", "NetworkError when attempting to fetch
        // resource.", "Load failed"; Node's "fetch failed") say nothing to a user: said plainly (a tester)
        const message = (err as Error).message;
        const why = /failed to fetch|fetch failed|networkerror|load failed/i.test(message) ? 'no connection to it (is this computer offline, or the address blocked?)' : message;
        lastError = new OpenAlexError(`cannot reach ${hostOf(url)}: ${why}`, null, redactUrl(url));
      }
    }
    if (attempt >= (lastError.status === null ? networkRetries : retries)) throw lastError;
    const waitMs = Math.min(cap, Math.max(retryAfter ?? 0, base * 2 ** attempt));
    http.onRetry?.({ url: redactUrl(url), status, attempt: attempt + 1, waitMs });
    await wait(waitMs, http.signal);
  }
}

/**
 * Run `task` over `items` with at most `limit` running at once; results in item order. The first
 * failure stops new tasks from starting and is thrown once the running ones have settled.
 */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < items.length) {
      const i = next++;
      try {
        results[i] = await task(items[i]!, i);
      } catch (err) {
        failures.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  // A real failure says more than the cancellations it caused in the other tasks.
  if (failures.length) throw failures.find((e) => !isAbort(e)) ?? failures[0];
  return results;
}
