/**
 * The fuzzer in small: a few hundred inputs per reader through `npm run fuzz` (workers, time limit, accounting);
 * the full run (20,000 per reader) is `npm run fuzz -- --iterations 20000`, figures in the README.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUZZ_READERS, fuzzCase } from '../../scripts/lib/fuzz-cases';
import { ROOT } from '../core/helpers';

describe('npm run fuzz', () => {
  it('the same seed gives the same input', () => {
    expect(fuzzCase(ROOT, 'bibtex', 42).text).toBe(fuzzCase(ROOT, 'bibtex', 42).text);
    expect(fuzzCase(ROOT, 'jsonl', 7).text).not.toBe(fuzzCase(ROOT, 'jsonl', 8).text);
  });

  it('every reader is fuzzed, the five database exports too', () => {
    expect([...FUZZ_READERS]).toEqual(['bibtex', 'jsonl', 'ris', 'csl-json', 'openalex', 'seed', 'wos', 'scopus', 'pubmed', 'dimensions', 'dblp']);
  });

  it('100 inputs per reader: no uncaught error, no hang, every record accounted for', () => {
    // node with tsx as its loader: one process (the tsx command starts a second node for the script)
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'fuzz.ts'), '--iterations', '100', '--seed', '9001'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toContain('0 findings');
    expect(r.status).toBe(0);
    const out = JSON.parse(readFileSync(join(ROOT, 'fuzz-output', 'fuzz.json'), 'utf8')) as { summary: { reader: string; inputs: number }[] };
    expect(out.summary.map((s) => [s.reader, s.inputs])).toEqual(FUZZ_READERS.map((x) => [x, 100]));
  }, 300_000); // eleven readers in a child process: ~35 s at load 20, more when the machine is busier
});
