/** The CLI names its inputs by file name, so report.json and the bundle never tell the builder's folders. */
import { describe, expect, it } from 'vitest';
import { inputNames } from '../../scripts/lib/read-input';
import { runCli } from './cli-in-process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('inputNames', () => {
  it('gives each file its name without folders; two of one name keep the folders that tell them apart', () => {
    expect(inputNames(['/home/ann/refs/cdl.bib', '../x/more.jsonl'])).toEqual(['cdl.bib', 'more.jsonl']);
    expect(inputNames(['/home/ann/a/refs.bib', '/home/ann/b/refs.bib', '/tmp/c.ris'])).toEqual(['a/refs.bib', 'b/refs.bib', 'c.ris']);
  });

  it('the CLI names a file by its name: report.json and the bundle never hold the folder it was read from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-names-'));
    const file = join(dir, 'list.jsonl');
    writeFileSync(file, '{"id":"1","title":"Quiet rivers","authors":["Ilse Ferrow","Smith, Ann"],"year":2020}\n{"id":"2","title":"Loud rivers","authors":[],"year":2021}\n');
    const out = join(dir, 'out');
    expect(runCli([file, '--out', out]).status).toBe(0);
    const report = readFileSync(join(out, 'report.json'), 'utf8');
    expect(JSON.parse(report).inputs[0].file).toBe('list.jsonl');
    expect(report).not.toContain(dir);
    expect(readFileSync(join(out, 'bundle.json'), 'utf8')).not.toContain(dir);
  });
});
