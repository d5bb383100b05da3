/** Inputs a tester found read wrongly or with a misleading message: Zotero CSV, CSL-JSON without "type", seed files. */
import { describe, expect, it } from 'vitest';
import { detectFormat, readInput } from '../../../src/core/ingest/index';
import { IngestError } from '../../../src/core/ingest/errors';
import { buildFiles, buildText, fixture, readText } from '../helpers';

const errorOf = (f: () => unknown): IngestError => {
  try {
    f();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('files a tester was told "cannot tell the format" or "not CSL-JSON" about', () => {
  it('a Zotero CSV export is read: its two papers, authors "Last, First; …", year, venue and DOI', () => {
    const file = readText(fixture('formats/zotero.csv'));
    expect(detectFormat(file)).toBe('zotero-csv');
    const { papers } = readInput(file);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.venue, p.doi])).toEqual([
      ['Birds of the wetlands', ['Smith, John', 'Jones, Kate'], 2020, 'Journal of Testing', '10.1000/xyz1'],
      ['Fish of the lakes', ['Jones, Kate', 'Müller, Hans'], 2021, 'Proc. Test', null],
    ]);
    expect(buildFiles([fixture('formats/zotero.csv')]).bundle.authors.name).toHaveLength(3);
  });

  it('a CSV file of no known export says it is CSV and lists its columns', () => {
    const e = errorOf(() => detectFormat({ name: 'x.csv', text: 'Name,Colour,Size\na,b,c\n' }));
    expect(e.message).toBe('x.csv:1: a CSV file, but no title and author columns of a known export (Scopus, Dimensions, Zotero) were found (columns: Name, Colour, Size)');
  });

  it('CSL-JSON items without "type" are read, with one note naming the field', () => {
    const file = readText(fixture('formats/csl-notype.json'));
    expect(detectFormat(file)).toBe('csl-json');
    const r = readInput(file);
    expect(r.papers[0]).toMatchObject({ title: 'CSL without type', authors: ['Beethoven, Ludwig'], year: 2020 });
    expect(r.notes).toEqual([{ file: 'csl-notype.json', line: 1, field: 'type', note: 'an item has no "type" (CSL-JSON requires one): read as papers all the same' }]);
  });

  it('a seed file whose only abstract line is empty is detected as seed text, and the error names line 4', () => {
    const file = readText(fixture('formats/seed-empty-abstract.txt'));
    expect(detectFormat(file)).toBe('seed');
    const e = errorOf(() => readInput(file));
    expect([e.file, e.line]).toEqual(['seed-empty-abstract.txt', 4]);
    expect(e.problem).toBe('record cut short: the paper "Paper one" has no abstract line (line 4 is empty; an abstract, even one word, must follow the authors line)');
  });
});

describe('a seed file whose focal author is on none of its papers (a tester: dropped without a word)', () => {
  it('the build notes the focal author line, and marks no one', () => {
    const { report } = buildFiles([fixture('formats/seed-no-focal.txt')]);
    expect(report.notes).toContainEqual({
      file: 'seed-no-focal.txt',
      line: 1,
      note: 'the focal author on line 1, "Nobody, Here", is an author of none of the papers: no one is marked as the focal author (check the spelling against the authors lines)',
    });
  });

  it('a focal author who is on the papers gets no such note', () => {
    const text = 'Doe, Jane\nPaper one\nDoe, Jane, Roe, Richard\nAn abstract\n';
    const { report } = buildText('s.txt', text);
    expect(report.focalAuthor).toBe('Doe, Jane');
    expect(report.notes.filter((n) => /focal author/.test(n.note))).toEqual([]);
  });
});
