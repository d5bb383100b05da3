import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-in-process';

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
