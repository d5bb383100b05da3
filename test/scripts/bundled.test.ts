/**
 * `npm run build:graph` runs the CLI from a JavaScript bundle (scripts/bundled.mjs), worker thread included:
 * it must build exactly what the TypeScript sources build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture } from '../core/helpers';
import { buildDataset } from '../../src/core/pipeline';
import { readInputPath } from '../../scripts/lib/read-input';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { THREADS_FROM_BYTES } from '../../scripts/build-graph';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('the bundled CLI (npm run build:graph)', () => {
  it('is what build:graph runs', () => {
    expect(pkg.scripts['build:graph']).toBe('node --single-threaded-gc --no-concurrent-recompilation scripts/bundled.mjs build-graph');
  });

  it('builds on two threads the same bytes as the TypeScript one-thread build (acl_2020_main given twice: over the threads threshold)', () => {
    const file = fixture('acl_2020_main.jsonl');
    // two copies of the file: enough input for the CLI to start its second thread (bundled as its own file)
    expect(2 * statSync(file).size).toBeGreaterThanOrEqual(THREADS_FROM_BYTES);
    const tmp = mkdtempSync(join(tmpdir(), 'atlas-bundled-'));
    // as build:graph runs it, node flags included
    const r = spawnSync(process.execPath, ['--single-threaded-gc', '--no-concurrent-recompilation', join(ROOT, 'scripts', 'bundled.mjs'), 'build-graph', file, file, '--out', join(tmp, 'cli')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3022 papers \(6044 records\)/);
    const report = JSON.parse(readFileSync(join(tmp, 'cli', 'report.json'), 'utf8')) as { timingsMs: Record<string, number> };
    // the labels were made on the second thread
    expect(report.timingsMs).toHaveProperty('labelsTokenizeWorker');

    writeDataset(join(tmp, 'ts'), buildDataset([readInputPath(file), readInputPath(file)]));
    expect(readFileSync(join(tmp, 'cli', 'bundle.json')).equals(readFileSync(join(tmp, 'ts', 'bundle.json')))).toBe(true);
    const chunks = readdirSync(join(tmp, 'ts', 'abstracts')).sort();
    expect(readdirSync(join(tmp, 'cli', 'abstracts')).sort()).toEqual(chunks);
    for (const f of chunks) expect(readFileSync(join(tmp, 'cli', 'abstracts', f)).equals(readFileSync(join(tmp, 'ts', 'abstracts', f)))).toBe(true);
  }, 120_000);
});
