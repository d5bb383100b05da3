/**
 * Build the embedded default dataset (the seed list) when its bundle is missing or older than the input, or was
 * written before builds wrote the preview file beside it (`preview.json`, src/core/bundle/preview.ts).
 * Used by `npm start` and `npm run build`.
 */
import { validIndexEntries } from '../src/core/bundle/dataset-index';
import { PREVIEW_FILE } from '../src/core/bundle/file-names';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDataset } from '../src/core/pipeline';
import { decodeInputFile } from '../src/core/ingest/decode-input';
import { NODE_DECODE_OPTIONS } from './lib/big5-hkscs';
import { defaultLabeler } from './lib/labeler';
import { registerDataset, servedSources, writeDataset } from './lib/write-dataset';

const SAMPLES = [{ id: 'wang-jialiang', input: 'public/samples/wang-jialiang.txt', name: 'Wang, Jialiang — papers and co-authors' }];

/** public/data/index.json lists `id` as a sample (older indexes did not mark samples). */
function listedAsSample(id: string): boolean {
  try {
    const entries = validIndexEntries(JSON.parse(readFileSync('public/data/index.json', 'utf8')));
    return entries.some((e) => e.id === id && e.sample === true);
  } catch {
    return false;
  }
}

/** The builder's code: a seed bundle older than any of its files is built again. */
const BUILDER_CODE = ['src/core', 'scripts/lib', 'scripts/ensure-default.ts'];

/**
 * The latest modification time (ms since the epoch) of the files under `paths` (files or folders, walked whole);
 * 0 for none. Throws on a file system error other than a missing path.
 */
export function newestSource(paths: readonly string[]): number {
  let newest = 0;
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) walk(p);
  return newest;
}

export function ensureDefaultData(force = false): void {
  for (const s of SAMPLES) {
    const out = `public/data/${s.id}`;
    const bundle = `${out}/bundle.json`;
    // older than its list or than the builder's code (a pull that changed how labels are written served the old ones)
    const fresh = existsSync(bundle) && existsSync(`${out}/${PREVIEW_FILE}`) && listedAsSample(s.id) && statSync(bundle).mtimeMs >= Math.max(statSync(s.input).mtimeMs, newestSource(BUILDER_CODE));
    if (fresh && !force) continue;
    const result = buildDataset([decodeInputFile(readFileSync(s.input), basename(s.input), NODE_DECODE_OPTIONS)], { name: s.name, labeler: defaultLabeler() });
    writeDataset(out, result);
    registerDataset(out, result, servedSources(out, [s.input]), true);
    process.stderr.write(`built ${s.input} -> ${bundle} (${result.report.papers} papers, ${result.report.authors} authors)\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDefaultData(process.argv.includes('--force'));
