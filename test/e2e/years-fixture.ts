/**
 * A small map over six years (Vincent Claveau's papers 2016–2021, test/fixtures/claveau-2016-2021.jsonl), for checks
 * that need the Time panel's histogram and year slider (the seed's papers are of one year: no slider).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset } from '../../src/core/pipeline';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { SITE_DIR } from './global-setup';

/**
 * Builds the map with the real pipeline and writes it into the e2e site (once per run); returns the query that opens
 * it (`?bundle=…`). Throws when the list cannot be read or built.
 */
export function sixYearsQuery(): string {
  const dir = path.join(SITE_DIR, 'fixtures/six-years');
  if (!existsSync(path.join(dir, 'bundle.json'))) {
    const list = path.resolve(import.meta.dirname, '../fixtures/claveau-2016-2021.jsonl');
    writeDataset(dir, buildDataset([{ name: 'claveau-2016-2021.jsonl', text: readFileSync(list, 'utf8') }], { name: 'Vincent Claveau 2016–2021' }));
  }
  return '?bundle=fixtures/six-years/bundle.json';
}
