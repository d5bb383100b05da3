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

  it('reads Big5-HKSCS (Hong Kong characters 衞, 峯, 鰂, 嘅) as the explorer does: the names and titles right, with the same note (it stopped, asking for UTF-8)', () => {
    // the explorer's import of the same two files: test/e2e/import-problems.test.ts
    const files = [fixture('encodings/big5-hkscs.csv'), fixture('encodings/big5-hkscs.bib')];
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-hkscs-')), 'cli');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundled.mjs'), 'build-graph', ...files, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')) as { authors: { name: string[] }; papers: { title: string[] }; coauthorLinks: { source: number[] } };
    // the two files hold the same two papers: 4 people, the first paper's 3 pairs and the second's 1
    expect([...bundle.authors.name].sort()).toEqual(['張麪華', '李衞東', '陳志明', '黃嘉峯']);
    expect([...bundle.papers.title].sort()).toEqual(['粵語口語詞「嘢」「啲」「咗」嘅語料分析', '鰂魚涌屋邨嘅社區網絡研究']);
    expect(bundle.coauthorLinks.source).toHaveLength(4);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { notes: { file: string; line: number; note: string }[] };
    for (const file of ['big5-hkscs.csv', 'big5-hkscs.bib']) {
      expect(report.notes).toContainEqual({ file, line: 2, note: 'not UTF-8: read as Big5 (Traditional Chinese) (a guess from its bytes, first at line 2); check the names, or save the file as UTF-8' });
    }
  }, 120_000);
});
