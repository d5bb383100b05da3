/**
 * The import's merge counts say what they count, with names from the file imported: "4 spellings merged into 2
 * authors: “Castellanos AB” and “Castellanos, A. B.” as A. B. Castellanos, and 1 more" (it said "2 merged", a count
 * of merge entries, and the report's Author names gave "Del Gratta", a name in no imported file).
 * Right answers: test/fixtures/cases/README.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { decodeInputFile } from '../../../src/core/ingest/decode-input';
import { authorNamesWords, duplicatePapers, mergedWords, spellingMerges } from '../../../src/core/bundle/report-words';
import type { MergeEntry } from '../../../src/core/bundle/report-types';

const CASES = path.resolve(import.meta.dirname, '../../fixtures/cases');
const reportOf = (name: string) => buildDataset([decodeInputFile(readFileSync(path.join(CASES, name)), name)], {}).report;
const noticeWords = (merged: MergeEntry[]) => mergedWords(duplicatePapers(merged), spellingMerges(merged));

describe('what the import says it merged', () => {
  it('Vancouver initials: 4 spellings as written into 2 authors, the example as the file writes it', () => {
    const report = reportOf('18-ris-vancouver-initials.ris');
    expect(report.authors).toBe(3);
    expect(spellingMerges(report.merged)).toMatchObject({ spellings: 4, people: 2 });
    expect(noticeWords(report.merged)).toBe('4 spellings merged into 2 authors: “Castellanos AB” and “Castellanos, A. B.” as A. B. Castellanos, and 1 more');
    const text = readFileSync(path.join(CASES, '18-ris-vancouver-initials.ris'), 'latin1');
    for (const example of spellingMerges(report.merged).examples) for (const spelling of example.spellings) expect(text).toContain(spelling);
  });

  it("the Author names figure's example is two spellings of the file that display alike, never a name from elsewhere", () => {
    const report = reportOf('02-openalex-family-comma.json');
    expect(authorNamesWords(report)).toBe('distinct spellings as displayed (2 pairs written alike but for the order of family and given names count once each, e.g. “Marlow, Petra” and “Petra Marlow”)');
    expect(noticeWords(report.merged)).toBe('4 spellings merged into 2 authors: “Marlow, Petra” and “Petra Marlow” as Petra Marlow, and 1 more');
    // nothing merged: the rule without a name
    const plain = reportOf('04-bib-latin1.bib');
    expect(noticeWords(plain.merged)).toBe('nothing merged');
    // no such pair: the rule is not said (a tester saw it for every list)
    expect(authorNamesWords(plain)).toBe('distinct spellings as displayed');
    expect(authorNamesWords(plain)).not.toMatch(/Gratta/);
  });

  it('one author, duplicate papers: each count in its own words and number', () => {
    const merged: MergeEntry[] = [
      { kind: 'paper', reason: 'same DOI', kept: 'A paper', merged: ['b.bib:3', 'b.bib:9'] },
      { kind: 'person', reason: 'case/diacritics/punctuation variant', kept: 'Riya Sen', merged: ['Sen, Riya', 'SEN, RIYA'] },
      { kind: 'person', reason: 'alias file', kept: 'Riya Sen', merged: ['R. Sen'], split: { name: 'R. Sen', people: 2 } },
    ];
    expect(noticeWords(merged)).toBe('2 duplicate papers merged · 2 spellings merged into 1 author: “Sen, Riya” and “SEN, RIYA” as Riya Sen');
  });

  it('the Author names figure counts the pairs written alike but for name order: one pair in the singular, none not mentioned', () => {
    const one = [{ kind: 'person' as const, reason: 'case/diacritics/punctuation variant', kept: 'Petra Marlow', merged: ['Marlow, Petra', 'Petra Marlow', 'P. Marlow'] }];
    expect(authorNamesWords({ merged: one })).toBe('distinct spellings as displayed (1 pair written alike but for the order of family and given names counts once: “Marlow, Petra” and “Petra Marlow”)');
    const none = [{ kind: 'person' as const, reason: 'case/diacritics/punctuation variant', kept: 'Petra Marlow', merged: ['Petra Marlow', 'P. Marlow'] }];
    expect(authorNamesWords({ merged: none })).toBe('distinct spellings as displayed');
  });
});
