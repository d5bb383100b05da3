import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, buildFiles, aclMain } from '../helpers';
import { authorsCsv, coauthorPairsCsv, csvText, papersCsv } from '../../../src/core/export/csv';
import { vosviewerMap } from '../../../src/core/export/vosviewer';

/** What we write, read back by a maintained strict RFC 4180 parser (csv-parse): CRLF rows, every row the same width. */
function readCsv(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  // outside quoted fields: no bare CR, LF or quote (RFC 4180), whatever the parser would tolerate
  expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n"]/);
  return parse(text, { record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, bom: false }) as string[][];
}

describe('CSV exports', () => {
  const { bundle, abstracts } = buildFiles([SEED_PATH]);

  it('authors: one row per person with metrics and community', () => {
    const rows = readCsv(authorsCsv(bundle));
    expect(rows).toHaveLength(1 + 109);
    expect(rows[0]).toEqual(['id', 'name', 'other_spellings', 'orcid', 'community', 'community_label', 'papers', 'coauthors', 'total_link_strength', 'mean_year', 'x', 'y', 'vosviewer_id']);
    const wang = rows.find((r) => r[1] === 'Jialiang Wang')!;
    // the id VOSviewer's map file gives the same author (its ids count from 1)
    const map = vosviewerMap(bundle).trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(map.find((l) => l[1] === 'Jialiang Wang')![0]).toBe(wang[12]);
    expect(wang[12]).toBe(String(Number(wang[0]) + 1));
    expect(wang[6]).toBe('9');
    expect(wang[7]).toBe(String(bundle.authors.coauthorCount[bundle.focalAuthor!]));
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it('papers: one row per paper, authors joined, abstracts with commas, quotes and newlines survive', () => {
    const rows = readCsv(papersCsv(bundle, abstracts));
    expect(rows).toHaveLength(1 + 9);
    const movie = rows.find((r) => r[1] === 'Movie Gen: A Cast of Media Foundation Models')!;
    expect(movie[7]).toBe('88');
    expect(movie[6]!.split('; ')).toHaveLength(88);
    expect(movie[9]).toBe(abstracts[bundle.papers.title.indexOf('Movie Gen: A Cast of Media Foundation Models')]);
  });

  it('co-author pairs: one row per link with its link strength and shared papers', () => {
    const rows = readCsv(coauthorPairsCsv(bundle));
    expect(rows[0]).toEqual(['source_id', 'source', 'target_id', 'target', 'link_strength', 'shared_papers']);
    expect(rows).toHaveLength(1 + 3926);
    const deng = rows.find((r) => [r[1], r[3]].sort().join() === 'Cynthia Dwork,Zhun Deng')!;
    expect(deng[5]).toBe('2');
    expect(Number(deng[4])).toBeCloseTo(2 / 3, 3);
  });

  it('total link strength reads without rounding noise and agrees with the sum of the author\'s pair rows', () => {
    const acl = aclMain();
    const authors = readCsv(authorsCsv(acl.bundle)).slice(1);
    const pairs = readCsv(coauthorPairsCsv(acl.bundle)).slice(1);
    const sums = new Map<string, number>();
    for (const r of pairs) for (const id of [r[0]!, r[2]!]) sums.set(id, (sums.get(id) ?? 0) + Number(r[4]));
    for (const r of authors) {
      // a tester saw 14.00000002 and 22.99999997: no total is written with more than 6 decimals
      expect(r[8]!).not.toMatch(/\.\d{7,}/);
      // what a spreadsheet's SUM of the author's pair rows gives, rounded as the total is, is the total
      expect(Math.round((sums.get(r[0]!) ?? 0) * 1e6) / 1e6).toBe(Number(r[8]));
    }
    // under fractional counting each paper with co-authors adds exactly 1: most totals are whole numbers
    if (acl.bundle.options.counting === 'fractional') expect(authors.filter((r) => /^\d+$/.test(r[8]!)).length).toBeGreaterThan(authors.length / 2);
  });

  it('on acl_2020_main the row counts match the bundle', () => {
    const acl = aclMain();
    expect(readCsv(papersCsv(acl.bundle, acl.abstracts))).toHaveLength(1 + acl.bundle.stats.papers);
    expect(readCsv(authorsCsv(acl.bundle))).toHaveLength(1 + acl.bundle.stats.authors);
    expect(readCsv(coauthorPairsCsv(acl.bundle))).toHaveLength(1 + acl.bundle.stats.coauthorPairs);
  });

  it('cells a spreadsheet would run as formulas are neutralised', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
      const cell = readCsv(csvText(bad) + '\r\n')[0]![0]!;
      expect(cell).toBe(`'${bad}`);
    }
    expect(csvText('plain title')).toBe('plain title');
    expect(csvText('a, "b"')).toBe('"a, ""b"""');
    const tricky = structuredClone(bundle);
    tricky.papers.title[0] = '=cmd|" /C calc"!A0';
    const row = readCsv(papersCsv(tricky))[1]!;
    expect(row[1]).toBe(`'=cmd|" /C calc"!A0`);
  });
});
