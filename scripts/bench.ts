/**
 * npm run bench [-- --corpora DIR] [--skip-browser] [--fa2-all] [--only id,id]
 * Builds the seed, acl_2020_main.jsonl, acl_2016_2021_all.jsonl, acl_all.jsonl.gz (70k) and a 160k-paper
 * corpus made from it (scripts/make-corpus-160k.ts, into bench-output/corpora/ when missing), each in its own
 * process, and prints time per stage, CPU time, peak RSS, bundle size and layout quality (with plain
 * ForceAtlas2's quality beside it); the modularity under full counting against igraph's Leiden; the venue list's
 * series at their first call (scripts/lib/bench-venue-series-child.ts); then the
 * browser benchmark and the in-browser import; last, issue 12's table: each figure with its target.
 * Saved to bench-output/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { STAGES } from '../src/core/stages';
import { cpus, loadavg, totalmem } from 'node:os';

/** The machine the figures come from, and how busy it was at the start. */
function machine() {
  return { cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), load1m: loadavg()[0], node: process.version };
}

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: resolve('..', 'shared', 'corpora') },
    'skip-browser': { type: 'boolean', default: false },
    'fa2-all': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const corpora = values.corpora!;
const OUT = resolve('bench-output');
mkdirSync(OUT, { recursive: true });
const TSX = resolve('node_modules', '.bin', 'tsx');
// Builds run as `npm run build:graph` runs them: from the JavaScript bundle (scripts/bundled.mjs), made here once
// before any timing, so no build's time includes the bundling.
const BUNDLED = resolve('scripts', 'bundled.mjs');
const { NODE_FLAGS } = (await import(pathToFileURL(BUNDLED).href)) as { NODE_FLAGS: string[] };
const BUILD_CHILD = 'lib/bench-build-child';
{
  const b = spawnSync(process.execPath, [BUNDLED, '--bundle-only', BUILD_CHILD], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`bench: bundling ${BUILD_CHILD} failed:\n${b.stderr}`);
}

/**
 * Linux's pressure stall figure for `what` ('cpu' or 'io'): microseconds so far in which some task waited for a
 * core (or the disk); null where /proc/pressure is not there. Over a build, the share of its wall time with some
 * task waiting tells a busy machine from a slow build better than the load average, which lags a minute behind.
 */
function stalledUs(what: 'cpu' | 'io'): number | null {
  try {
    const m = /^some .*total=(\d+)/m.exec(readFileSync(`/proc/pressure/${what}`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const only = (id: string) => !values.only || values.only.split(',').includes(id);
const CORPUS_160K = join(OUT, 'corpora', 'acl_160k.jsonl.gz');
if (only('acl_160k') && !existsSync(CORPUS_160K) && existsSync(join(corpora, 'acl_all.jsonl.gz'))) {
  process.stderr.write(`bench: writing the 160k-paper corpus to ${CORPUS_160K}\n`);
  const { makeCorpus } = await import('./make-corpus-160k');
  await makeCorpus(join(corpora, 'acl_all.jsonl.gz'), CORPUS_160K, 160_000);
}

const DATASETS = [
  { id: 'seed', file: resolve('public', 'samples', 'wang-jialiang.txt'), target: 'under 1.5 s incl. Node start-up', browser: true },
  { id: 'acl_2020_main', file: join(corpora, 'acl_2020_main.jsonl'), target: '', browser: true },
  { id: 'acl_2016_2021_all', file: join(corpora, 'acl_2016_2021_all.jsonl'), target: '<= 6 s, peak RSS <= 600 MB', browser: true },
  { id: 'acl_all', file: join(corpora, 'acl_all.jsonl.gz'), target: '<= 15 s, peak RSS <= 1.2 GB', browser: true },
  { id: 'acl_160k', file: CORPUS_160K, target: '<= 40 s, peak RSS <= 2.5 GB, linear', browser: false },
].filter((d) => only(d.id));

interface Row {
  id: string;
  wallMs: number;
  [k: string]: unknown;
}
const rows: Row[] = [];
for (const d of DATASETS) {
  if (!existsSync(d.file)) {
    process.stderr.write(`bench: ${d.file} is not there — skipping ${d.id} (give the corpora folder with --corpora DIR)\n`);
    continue;
  }
  const out = join(OUT, 'data', d.id);
  // the machine is shared: wall time means little without how busy it was (1-minute load average before and after)
  const loadBefore = loadavg()[0]!;
  const cpu0 = stalledUs('cpu');
  const io0 = stalledUs('io');
  const t0 = performance.now();
  // with the node flags `npm run build:graph` uses (scripts/bundled.mjs NODE_FLAGS)
  const r = spawnSync(process.execPath, [...NODE_FLAGS, BUNDLED, BUILD_CHILD, out, d.file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Math.round(performance.now() - t0);
  const cpu1 = stalledUs('cpu');
  const io1 = stalledUs('io');
  // the share of the build's wall time in which some task waited for a core / the disk, % (the build's own threads
  // count too: on 2 cores its garbage collection helpers wait now and then even on a quiet machine)
  const pressure = cpu0 === null || cpu1 === null ? null : { cpuPct: Math.round((cpu1 - cpu0) / (wallMs * 10)), ioPct: io0 === null || io1 === null ? null : Math.round((io1 - io0) / (wallMs * 10)) };
  const load = `${loadBefore.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}`;
  if (r.status !== 0) {
    process.stderr.write(`bench: build of ${d.id} failed:\n${r.stderr}\n`);
    process.exitCode = 1;
    continue;
  }
  const stats = JSON.parse(r.stdout.trim().split('\n').pop()!);
  let fa2: { fa2Ms?: number; fa2Quality?: number } = {};
  if (d.id === 'seed' || d.id === 'acl_2020_main' || values['fa2-all']) {
    const f = spawnSync(TSX, [resolve('scripts', 'lib', 'fa2-baseline.ts'), join(out, 'bundle.json')], { encoding: 'utf8' });
    if (f.status === 0) fa2 = JSON.parse(f.stdout.trim());
  }
  rows.push({ id: d.id, wallMs, load, pressure, target: d.target, browser: d.browser, ...stats, ...fa2 });
  process.stderr.write(`bench: built ${d.id} in ${(wallMs / 1000).toFixed(1)} s (load ${load}${pressure ? `, some task waiting for a core ${pressure.cpuPct}% of it` : ''})\n`);
}

const stages = ['read', ...STAGES, 'write'];
const table = rows.map((r) => {
  const t = r.timingsMs as Record<string, number>;
  return {
    dataset: r.id,
    'end-to-end s': (r.wallMs / 1000).toFixed(2),
    'CPU s': ((r.cpuMs as number) / 1000).toFixed(1),
    // the main thread's share: the build's critical path when a second core is free
    'main thread CPU s': r.mainThreadCpuMs == null ? '—' : ((r.mainThreadCpuMs as number) / 1000).toFixed(1),
    'load 1m': r.load,
    'CPU pressure %': (r.pressure as { cpuPct: number } | null)?.cpuPct ?? '—',
    // the main thread's wall time spent runnable but without a core (other processes had them), s
    'main run-queue s': r.threads ? ((r.threads as { main: { runQueueMs: number } }).main.runQueueMs / 1000).toFixed(1) : '—',
    ...Object.fromEntries(stages.map((s) => [`${s} ms`, Math.round(t[s] ?? 0)])),
    'peak RSS MB': r.maxRssMB,
    'bundle KiB': Math.round((r.bundleBytes as number) / 1024),
    'abstracts KiB': Math.round((r.abstractsBytes as number) / 1024),
    modularity: r.modularity == null ? '—' : (r.modularity as number).toFixed(4),
    'layout quality': r.layoutQuality,
    'FA2 quality': r.fa2Quality ?? '(--fa2-all)',
    'FA2 100 it. s': r.fa2Ms != null ? ((r.fa2Ms as number) / 1000).toFixed(1) : '',
  };
});
console.log('\nBuild (CLI, this machine; layout quality = mean edge length / mean random-pair distance, lower is better)');
console.table(table);

// Modularity under full counting on the product's own graph, against igraph's Leiden (issue 12's reference figures).
const IGRAPH_LEIDEN: Record<string, number> = { acl_2016_2021_all: 0.8245, acl_2020_main: 0.9213 };
const modularityRows: { dataset: string; ours: number; igraphLeiden: number; met: boolean }[] = [];
for (const d of DATASETS) {
  if (!(d.id in IGRAPH_LEIDEN) || !existsSync(d.file)) continue;
  const r = spawnSync(TSX, [resolve('scripts', 'lib', 'bench-modularity-child.ts'), d.file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    process.stderr.write(`bench: modularity of ${d.id} failed:\n${r.stderr}\n`);
    process.exitCode = 1;
    continue;
  }
  const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { modularity: number };
  modularityRows.push({ dataset: d.id, ours: m.modularity, igraphLeiden: IGRAPH_LEIDEN[d.id]!, met: Number(m.modularity.toFixed(4)) >= IGRAPH_LEIDEN[d.id]! });
}
if (modularityRows.length) {
  console.log('\nModularity, full counting, resolution 1 (Leiden, seed 1) vs igraph Leiden on the same graph');
  console.table(modularityRows.map((m) => ({ ...m, ours: m.ours.toFixed(5) })));
}

// The venue list's series (its first render on the page; on a worker there for lists over 100 titles) at the first
// call, in a fresh process per built bundle (the regular expressions' first use is most of it)
const venueSeriesRows: { dataset: string; venues: number; groups: number; series: number; ms: number; cpuMs: number }[] = [];
for (const r of rows) {
  const s = spawnSync(TSX, [resolve('scripts', 'lib', 'bench-venue-series-child.ts'), join(OUT, 'data', r.id, 'bundle.json')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (s.status !== 0) {
    process.stderr.write(`bench: venue series of ${r.id} failed:\n${s.stderr}\n`);
    process.exitCode = 1;
    continue;
  }
  venueSeriesRows.push({ dataset: r.id, ...(JSON.parse(s.stdout.trim().split('\n').pop()!) as Omit<(typeof venueSeriesRows)[number], 'dataset'>) });
}
if (venueSeriesRows.length) {
  console.log('\nVenue series at the first call (venue list: series and single volumes = groups; ms wall, CPU ms of every thread)');
  console.table(venueSeriesRows);
}

let browser: unknown = null;
let browserImport: unknown = null;
if (!values['skip-browser']) {
  try {
    const { runBrowserBench } = await import('./bench-browser');
    browser = await runBrowserBench(rows.filter((r) => r.browser).map((r) => ({ id: r.id, dir: join(OUT, 'data', r.id) })));
  } catch (err) {
    process.stderr.write(`bench: browser part failed: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
  try {
    const { runImportBench } = await import('./bench-import');
    browserImport = await runImportBench({ corpora, only: values.only?.split(',') });
  } catch (err) {
    process.stderr.write(`bench: in-browser import part failed: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
const { issueTable } = await import('./lib/bench-issue-table');
const targets = issueTable(rows, modularityRows, browser as never, browserImport as never);
console.log('\nIssue 12: a whole field on one laptop (this machine; "today" = the issue\'s figures on a quiet machine)');
console.table(targets);
const file = join(OUT, 'bench.json');
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), build: rows, modularity: modularityRows, venueSeries: venueSeriesRows, browser, browserImport, issue12: targets }, null, 2)}\n`,
);
console.log(`saved ${file}`);
