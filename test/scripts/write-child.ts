/**
 * Test helper (spawned by out-dir.test.ts): writes two different builds into --out in turn, forever, saying
 * "ready" once loaded and "wrote" after each whole write, until the test kills it with SIGKILL.
 */
import { readFileSync } from 'node:fs';
import type { BuildResult } from '../../src/core/pipeline';
import { writeDataset } from '../../scripts/lib/write-dataset';

const [out, a, b] = process.argv.slice(2) as [string, string, string];
const results = [JSON.parse(readFileSync(a, 'utf8')) as BuildResult, JSON.parse(readFileSync(b, 'utf8')) as BuildResult];
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  writeDataset(out, results[i % 2]!);
  process.stdout.write('wrote\n');
}
