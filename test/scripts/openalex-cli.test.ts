import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../core/helpers';
import { runCliAsync as run } from './cli-in-process';
import { fetchForBuild, openAlexRequestFrom, saveWorks } from '../../scripts/lib/openalex-fetch';
import { WORLD, worldWorksOf } from '../openalex/mock-server';
import { MARIA, NAMESAKE, useMockOpenAlex } from '../openalex/setup';

/**
 * The CLI in a child process (async, so the mock server in this process can answer it): once, as users start it
 * (`npm run build:graph` runs `node scripts/bundled.mjs build-graph`; through tsx it cost ~1 CPU-s more to start).
 */
const spawned = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'bundled.mjs'), 'build-graph', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

const mock = useMockOpenAlex();

describe('build:graph --openalex', () => {
  it('fetches a researcher\'s works, builds the map, keeps works.jsonl.gz, and builds again from it offline', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-oa-'));
    const r = await spawned(['--openalex', `author:${MARIA}`, '--openalex-url', mock.url, '--mailto', 'me@example.org', '--out', out]);
    expect(r.stderr).toContain(`OpenAlex: author:${MARIA} at ${mock.url}`);
    expect(r.stderr).toContain('OpenAlex: 230 works match');
    expect(r.stderr).toContain('OpenAlex: 200 of 230 works fetched');
    expect(r.stderr).toContain('OpenAlex: 230 works fetched in 3 requests');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^230 papers \(230 records\)/);
    expect(readdirSync(out).sort()).toEqual(['abstracts', 'bundle.json', 'fetched.json', 'preview.json', 'report.json', 'works.jsonl.gz']);
    expect(mock.requests.every((q) => q.params.mailto === 'me@example.org' && q.path === '/works')).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.fetched).toMatchObject({ source: 'openalex', spec: `author:${MARIA}`, works: 230, base: mock.url });
    expect(Date.parse(report.fetched.fetchedAt)).toBeGreaterThan(Date.now() - 120_000);
    const bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8'));
    expect(bundle.name).toBe('Maria Okafor, Lakeside University (OpenAlex)');
    expect(bundle.authors.name[bundle.focalAuthor]).toBe('Maria Okafor');
    const lines = gunzipSync(readFileSync(join(out, 'works.jsonl.gz'))).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(230);
    expect(JSON.parse(lines[0]!).id).toBe(worldWorksOf(MARIA)[0]!.id);

    // offline: the kept works as input, no request
    mock.requests.length = 0;
    const again = join(out, 'again');
    const r2 = await run([join(out, 'works.jsonl.gz'), '--out', again]);
    expect(r2.status).toBe(0);
    expect(mock.requests).toHaveLength(0);
    const report2 = JSON.parse(readFileSync(join(again, 'report.json'), 'utf8'));
    for (const k of ['papers', 'authors', 'authorships', 'coauthorPairs', 'communities']) expect(report2[k]).toBe(report[k]);
    // the same build: the name, the researcher and what was fetched come from fetched.json beside the works
    expect(r2.stderr).toContain(`${join(out, 'works.jsonl.gz')} was fetched from OpenAlex (author:${MARIA}`);
    expect(r2.stderr).toContain('fetched.json beside it names the map "Maria Okafor, Lakeside University (OpenAlex)" and its researcher Maria Okafor');
    const bundle2 = JSON.parse(readFileSync(join(again, 'bundle.json'), 'utf8'));
    expect(bundle2.name).toBe(bundle.name);
    expect(bundle2.focalAuthor).toBe(bundle.focalAuthor);
    expect(report2.fetched).toEqual(report.fetched);
    expect(readFileSync(join(again, 'bundle.json'), 'utf8')).toBe(readFileSync(join(out, 'bundle.json'), 'utf8'));
  });

  it('one request is "1 request"', async () => {
    const said: string[] = [];
    const req = openAlexRequestFrom({ openalex: `author:${NAMESAKE}`, 'openalex-url': mock.url }, {})!;
    await fetchForBuild(req, { write: (s) => said.push(s), tty: false });
    expect(said.join('')).toContain('OpenAlex: 0 of 14 works fetched (1 request)');
    expect(said.join('')).not.toContain('(1 requests)');
  });

  it('no works: the explorer\'s words, exit code 1, one request and nothing written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-oa-none-'));
    const r = await run(['--openalex', 'author:A5023888391', '--openalex-url', mock.url, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('build-graph: OpenAlex has no works for author A5023888391.');
    expect(r.stderr).not.toContain('the file is empty');
    expect(mock.requests).toHaveLength(1);
    mock.requests.length = 0;
    const r2 = await run(['--openalex', 'search:"coral reef"', '--from-year', '2030', '--to-year', '2031', '--openalex-url', mock.url, '--out', out]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('build-graph: OpenAlex has no works for search "coral reef" in 2030–2031.');
    expect(mock.requests).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a bad query is a one-line error with exit code 1 and no request', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-oa-bad-'));
    const r = await run(['--openalex', 'author:Jane', '--openalex-url', mock.url, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('build-graph: "Jane" is not an OpenAlex author id (A followed by digits, e.g. A5023888391)');
    expect(mock.requests).toHaveLength(0);
    expect(existsSync(join(out, 'bundle.json'))).toBe(false);
  });

  it('an HTTP refusal stops the build with OpenAlex\'s message and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-oa-403-'));
    mock.faults.push({ path: '/works', status: 403, times: 1 });
    const r = await run(['--openalex', `author:${MARIA}`, '--openalex-url', mock.url, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/build-graph: OpenAlex \(127\.0\.0\.1:\d+\) refused access .*\[HTTP 403\]/);
    expect(readdirSync(out)).toEqual([]);
  });
  it('offline (no answer at all): a clear one-line error with the ways on at once, no retries, nothing written', async () => {
    // a port nothing listens on: the connection is refused, as when the computer is offline or the address is blocked
    const closed = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const port = (srv.address() as AddressInfo).port;
        srv.close(() => resolve(port));
      });
    });
    const out = mkdtempSync(join(tmpdir(), 'atlas-oa-offline-'));
    const r = await run(['--openalex', `author:${MARIA}`, '--openalex-url', `http://127.0.0.1:${closed}`, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`build-graph: cannot reach 127.0.0.1:${closed}: no connection to it (is this computer offline, or the address blocked?); nothing was fetched or written.`);
    expect(r.stderr).toContain('Run the same command when this computer is online again, or build from a paper list you have: npm run build:graph -- FILE --out DIR');
    // the old build waited through four retries (1 + 2 + 4 + 8 s) before saying so
    expect(r.stderr).not.toMatch(/retry \d/);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('OpenAlex CLI parts, in process', () => {
  it('reads the flags: years, two steps, caps, mailto, API key from the environment', () => {
    const req = openAlexRequestFrom({ openalex: `orcid:https://orcid.org/0000-0002-1825-0097`, 'from-year': '2010', 'to-year': '2012', coauthors: true, 'max-coauthors': '7', mailto: ' me@example.org ' }, { OPENALEX_API_KEY: 'k123' });
    expect(req).toMatchObject({ query: { kind: 'orcid', value: '0000-0002-1825-0097', fromYear: 2010, toYear: 2012, depth: 2 }, base: 'https://api.openalex.org', mailto: 'me@example.org', apiKey: 'k123', maxCoauthors: 7, maxWorks: 10000 });
    expect(openAlexRequestFrom({}, {})).toBeNull();
  });

  it('bad queries and flags: a sentence naming the problem', () => {
    const cases: [Record<string, string | boolean>, RegExp][] = [
      [{ openalex: 'orcid:0000-0002-1825-0098' }, /wrong check digit/],
      [{ openalex: 'search:reefs', coauthors: true }, /two steps .* need a researcher/],
      [{ openalex: `author:${MARIA}`, 'openalex-url': 'ftp://mirror' }, /must start with https:\/\/ or http:\/\//],
      [{ openalex: `author:${MARIA}`, mailto: 'not-an-address' }, /does not look like an e-mail address/],
      [{ openalex: `author:${MARIA}`, 'max-works': '0' }, /--max-works expects a whole number/],
      [{ openalex: `author:${MARIA}`, 'from-year': '20x' }, /first year must be a year/],
      [{ 'from-year': '2020' }, /--from-year only applies with --openalex QUERY/],
    ];
    for (const [values, msg] of cases) expect(() => openAlexRequestFrom(values, {}), JSON.stringify(values)).toThrow(msg);
  });

  it('two steps with a 429 on the way: prints the estimate, says it retries, and returns the works with the query in the report fields', async () => {
    mock.faults.push({ path: '/works', when: { filter: /\|/ , cursor: '*' }, status: 429, times: 1, retryAfter: 0 });
    const said: string[] = [];
    const req = openAlexRequestFrom({ openalex: `author:${MARIA}`, coauthors: true, 'openalex-url': mock.url, 'api-key': 'secret-key' }, {})!;
    const got = await fetchForBuild(req, { write: (s) => said.push(s), tty: false, backoffMs: 5 });
    const text = said.join('');
    const coauthorIds = new Set(worldWorksOf(MARIA).flatMap((w) => (w.authorships as { author: { id: string } }[]).map((a) => a.author.id)).filter((id) => !id.endsWith(MARIA)));
    const union = WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => a.author.id.endsWith(MARIA) || coauthorIds.has(a.author.id))).length;
    const theirs = WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => coauthorIds.has(a.author.id))).length;
    // what the map will hold at most, the researcher's works among the co-authors' said as such (no "556 in all")
    expect(text).toContain(`OpenAlex: 230 works by the researcher; 24 co-authors, all taken; their works: ${theirs}, 230 of them shared with the researcher; the map will hold at most ${union} works (up to ${union - 230} more)`);
    expect(text).toContain(`OpenAlex: 230 of at most ${union} works (with the co-authors') fetched`);
    expect(text).toContain(`OpenAlex: ${union} of at most ${union} works (with the co-authors') fetched`);
    expect(got.works).toHaveLength(union);
    expect(text).not.toMatch(/\(1 requests\)/);
    expect(text).toMatch(/\(\d+ requests\)/);
    expect(text).toMatch(/OpenAlex: HTTP 429, retry 1 in 0\.0 s/);
    expect(got.info).toMatchObject({ coauthorsTaken: 24, retries: 1 });
    expect(got.request).toMatchObject({ name: 'Maria Okafor, Lakeside University (OpenAlex, with co-authors)', format: 'openalex', focalAuthor: { name: 'Maria Okafor' } });
    expect(mock.requests.every((r) => r.params.api_key === 'secret-key')).toBe(true);
    expect(JSON.stringify(got.info)).not.toContain('secret-key');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-oa-save-'));
    const path = saveWorks(dir, got.works);
    expect(gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n')).toHaveLength(got.works.length);
  });
});
