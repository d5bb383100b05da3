/**
 * Build the embedded default dataset (the seed list) when its bundle is missing or older than the input, or was
 * written before builds wrote the preview file beside it (`preview.json`, src/core/bundle/preview.ts).
 * Used by `npm start` and `npm run build`.
 */
import { validIndexEntries } from '../src/core/bundle/dataset-index';
import { PREVIEW_FILE } from '../src/core/bundle/file-names';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
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

export function ensureDefaultData(force = false): void {
  for (const s of SAMPLES) {
    const out = `public/data/${s.id}`;
    const bundle = `${out}/bundle.json`;
    const fresh = existsSync(bundle) && existsSync(`${out}/${PREVIEW_FILE}`) && listedAsSample(s.id) && statSync(bundle).mtimeMs >= statSync(s.input).mtimeMs;
    if (fresh && !force) continue;
    const result = buildDataset([decodeInputFile(readFileSync(s.input), basename(s.input), NODE_DECODE_OPTIONS)], { name: s.name, labeler: defaultLabeler() });
    writeDataset(out, result);
    registerDataset(out, result, servedSources(out, [s.input]), true);
    process.stderr.write(`built ${s.input} -> ${bundle} (${result.report.papers} papers, ${result.report.authors} authors)\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDefaultData(process.argv.includes('--force'));
