/**
 * npm run bench [-- --corpora DIR] [--skip-browser] [--fa2-all]
 * Builds the seed, acl_2020_main.jsonl and acl_2016_2021_all.jsonl (read from ../shared/corpora or --corpora),
 * each in its own process, and prints time per stage, peak RSS, bundle size and layout quality (with plain
 * ForceAtlas2's quality beside it); then the browser benchmark. Saved to bench-output/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

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

const DATASETS = [
  { id: 'seed', file: resolve('public', 'samples', 'wang-jialiang.txt'), target: 'under 1.5 s incl. Node start-up' },
  { id: 'acl_2020_main', file: join(corpora, 'acl_2020_main.jsonl'), target: '' },
  { id: 'acl_2016_2021_all', file: join(corpora, 'acl_2016_2021_all.jsonl'), target: '<= 20 s, peak RSS <= 1.5 GB' },
].filter((d) => !values.only || values.only.split(',').includes(d.id));

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
  const t0 = performance.now();
  const r = spawnSync(TSX, [resolve('scripts', 'lib', 'bench-build-child.ts'), out, d.file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Math.round(performance.now() - t0);
  if (r.status !== 0) {
    process.stderr.write(`bench: build of ${d.id} failed:\n${r.stderr}\n`);
    process.exitCode = 1;
    continue;
  }
  const stats = JSON.parse(r.stdout.trim().split('\n').pop()!);
  let fa2: { fa2Ms?: number; fa2Quality?: number } = {};
  if (d.id !== 'acl_2016_2021_all' || values['fa2-all']) {
    const f = spawnSync(TSX, [resolve('scripts', 'lib', 'fa2-baseline.ts'), join(out, 'bundle.json')], { encoding: 'utf8' });
    if (f.status === 0) fa2 = JSON.parse(f.stdout.trim());
  }
  rows.push({ id: d.id, wallMs, target: d.target, ...stats, ...fa2 });
  process.stderr.write(`bench: built ${d.id} in ${(wallMs / 1000).toFixed(1)} s\n`);
}

const stages = ['read', 'ingest', 'names', 'graph', 'communities', 'labels', 'layout', 'bundle', 'write'];
const table = rows.map((r) => {
  const t = r.timingsMs as Record<string, number>;
  return {
    dataset: r.id,
    'end-to-end s': (r.wallMs / 1000).toFixed(2),
    ...Object.fromEntries(stages.map((s) => [`${s} ms`, Math.round(t[s] ?? 0)])),
    'peak RSS MB': r.maxRssMB,
    'bundle KiB': Math.round((r.bundleBytes as number) / 1024),
    'abstracts KiB': Math.round((r.abstractsBytes as number) / 1024),
    modularity: (r.modularity as number).toFixed(4),
    'layout quality': r.layoutQuality,
    'FA2 quality': r.fa2Quality ?? '(--fa2-all)',
    'FA2 100 it. s': r.fa2Ms != null ? ((r.fa2Ms as number) / 1000).toFixed(1) : '',
  };
});
console.log('\nBuild (CLI, this machine; layout quality = mean edge length / mean random-pair distance, lower is better)');
console.table(table);

let browser: unknown = null;
let browserImport: unknown = null;
if (!values['skip-browser']) {
  try {
    const { runBrowserBench } = await import('./bench-browser');
    browser = await runBrowserBench(rows.map((r) => ({ id: r.id, dir: join(OUT, 'data', r.id) })));
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
const file = join(OUT, 'bench.json');
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), build: rows, browser, browserImport }, null, 2)}\n`);
console.log(`saved ${file}`);
