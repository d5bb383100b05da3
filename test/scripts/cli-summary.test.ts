import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-in-process';
import { openItLine } from '../../scripts/lib/summary';

/** A small paper list (invented people): Lena Ortiz is three people, Bo Lindqvst a typo of Bo Lindqvist, one record has no authors. */
function corpus(): { dir: string; papers: string; aliases: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-summary-'));
  const papers = join(dir, 'papers.jsonl');
  const rows = [
    { title: 'Kelp forests in cold water', authors: ['Lena Ortiz', 'Bo Lindqvist'], year: 2019 },
    { title: 'Peat moisture by satellite', authors: ['Lena Ortiz', 'Mira Chao'], year: 2020 },
    { title: 'Glacier melt and fjord salinity', authors: ['Lena Ortiz', 'Tomas Varga'], year: 2021 },
    { title: 'Kelp forests in warm water', authors: ['Lena Ortiz', 'Bo Lindqvst'], year: 2022 },
    { title: 'A record with nobody on it', authors: [], year: 2022 },
  ];
  writeFileSync(papers, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const aliases = join(dir, 'aliases.tsv');
  writeFileSync(
    aliases,
    ['# decisions', 'Lena Ortiz\tLena Ortiz (2)\tPeat moisture by satellite', 'Lena Ortiz\tLena Ortiz (3)\tGlacier melt and fjord salinity', 'Bo Lindqvst\tBo Lindqvist'].join('\n') + '\n',
  );
  return { dir, papers, aliases };
}

describe('the CLI summary of merges, splits and skips', () => {
  it('says a split as a split, not as merges, and marks it in report.json', () => {
    const { dir, papers, aliases } = corpus();
    const out = join(dir, 'out');
    const r = runCli([papers, '--aliases', aliases, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('merged 1 pair of names, split 1 name into 3 people, skipped 1');
    expect(r.stdout).not.toMatch(/merged [23],/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const split = report.merged.filter((m: { split?: unknown }) => m.split);
    expect(split.map((m: { kept: string }) => m.kept).sort()).toEqual(['Lena Ortiz (2)', 'Lena Ortiz (3)']);
    expect(split.every((m: { kind: string; split: { name: string } }) => m.kind === 'person' && m.split.name === 'Lena Ortiz')).toBe(true);
    const merge = report.merged.find((m: { kept: string }) => m.kept === 'Bo Lindqvist');
    expect(merge).toBeDefined();
    expect(merge.split).toBeUndefined();
  });

  it('counts a split written family name first in the alias file as the map does (it said "into 1 people", a tester)', () => {
    const { dir, papers } = corpus();
    const aliases = join(dir, 'aliases-last-first.tsv');
    writeFileSync(aliases, 'Ortiz, Lena\tOrtiz, Lena (peat)\tPeat moisture by satellite\n');
    const r = runCli([papers, '--aliases', aliases, '--out', join(dir, 'out2')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('split 1 name into 2 people');
  });

  it('names the first skipped records with file:line and reason, and where all of them are', () => {
    const { dir, papers } = corpus();
    const out = join(dir, 'out');
    const r = runCli([papers, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('merged 0, skipped 1');
    expect(r.stdout).toContain(`  skipped ${basename(papers)}:5: no authors (A record with nobody on it)`);
    expect(r.stdout).toContain(`  every merge and skip in ${join(out, 'report.json')}`);
  });
});

describe('the summary\'s last line: how to open the map, with no made-up address', () => {
  it('a map built into a "data" folder that npm start does not serve: npm run view only (it said http://localhost:5173/?ds=lab)', () => {
    const { papers } = corpus();
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-open-')), 'data', 'lab');
    const r = runCli([papers, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`open it: npm run view -- ${out}`);
    expect(r.stdout).not.toMatch(/localhost|:5173/);
  });

  it('a map in public/data (what npm start serves): pick it by name in the explorer, or ?ds= on the address npm start prints', () => {
    const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
    expect(openItLine('public/data/lab', 'lab', 'My lab', project)).toBe(
      'open it: npm run view -- public/data/lab   (or npm start, then pick "My lab" in the map list at the top left, or add ?ds=lab to the address it prints)',
    );
    expect(openItLine(join(project, 'public', 'data', 'lab'), 'lab', 'My lab', project)).toContain('?ds=lab to the address it prints');
    // another folder, or not listed: npm run view only
    expect(openItLine('out/lab', null, 'My lab', project)).toBe('open it: npm run view -- out/lab');
  });
});
