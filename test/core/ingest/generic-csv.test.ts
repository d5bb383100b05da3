/**
 * A CSV of no known export (a hand-made or spreadsheet list) with a title and an author column is read, with a
 * note saying so; a header without one of them names the one missing (a tester's `Title,Author,Publication Year,DOI`
 * was refused with a sentence listing those columns as missing). Stray quotes in a CSV row are a note.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, readInput } from '../../../src/core/ingest/index';
import { IngestErrors } from '../../../src/core/ingest/errors';
import { ingestPapers } from '../../../src/core/pipeline';
import { buildFiles, fixture, ingestErrorOf, readText } from '../helpers';
import { readFileSync } from 'node:fs';

const errorOf = ingestErrorOf;

describe('a generic CSV (Title, Author, … columns of no known export)', () => {
  it("the tester's goodheader.csv is read: two papers, authors split at ';', year and DOI, and a note on how it was read", () => {
    const file = readText(fixture('formats/generic-goodheader.csv'));
    expect(detectFormat(file)).toBe('csv');
    const r = readInput(file);
    expect(r.papers.map((p) => [p.title, p.authors, p.year, p.doi, p.source.line])).toEqual([
      ['A good paper', ['Lind, Anna', 'Berg, Carl'], 2020, '10.1/a', 2],
      ['Third one', ['Berg, Carl', 'Dahl, Eva'], 2022, '10.1/c', 3],
    ]);
    expect(r.skipped).toEqual([]);
    expect(r.notes).toEqual([
      {
        file: 'generic-goodheader.csv',
        line: 1,
        note: 'read as a generic CSV (no Scopus, Dimensions or Zotero header): title from "Title", authors from "Author" (split at ";"), year from "Publication Year", DOI from "DOI"; names with a comma read as "Family, Given", others as "Given Family"',
      },
    ]);
    const built = buildFiles([fixture('formats/generic-goodheader.csv')]);
    expect(built.bundle.stats.papers).toBe(2);
    expect(built.bundle.stats.authors).toBe(3);
  });

  it('column names in any case and their common spellings; venue and abstract read', () => {
    const text = 'AUTHORS;title;Journal;date;abstract\n"Anna Lind; Carl Berg";Moss;J. Bryol.;2019-04-01;On moss.\n';
    const r = readInput({ name: 'semi.csv', text });
    expect(r.format).toBe('csv');
    expect(r.papers[0]).toMatchObject({ title: 'Moss', authors: ['Anna Lind', 'Carl Berg'], venue: 'J. Bryol.', year: 2019, abstract: 'On moss.' });
    expect(r.notes[0]!.note).toContain('title from "title", authors from "AUTHORS" (split at ";"), year from "date", venue from "Journal", abstract from "abstract"');
    // the ';' between columns is a note too
    expect(r.notes.map((n) => n.note)).toContain("read with ';' between columns (as Excel writes CSV in some locales)");
  });

  it("authors split at ' and ' when that is the file's separator, and the note says so", () => {
    const text = 'Title,Author(s)\nMoss,"Lind, Anna and Berg, Carl"\nFerns,Eva Dahl and Nils Holm\n';
    const r = readInput({ name: 'and.csv', text });
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['Lind, Anna', 'Berg, Carl'],
      ['Eva Dahl', 'Nils Holm'],
    ]);
    expect(r.notes[0]!.note).toContain('authors from "Author(s)" (split at " and " (no cell has ";"))');
  });

  it("authors split at ',' only when every piece is a whole name; 'Family, Given' cells are one name each", () => {
    const commas = readInput({ name: 'commas.csv', text: 'Title,Creator\nMoss,"Anna Lind, Carl Berg"\nFerns,Eva Dahl\n' });
    expect(commas.papers.map((p) => p.authors)).toEqual([['Anna Lind', 'Carl Berg'], ['Eva Dahl']]);
    expect(commas.notes[0]!.note).toContain('split at ","');
    const one = readInput({ name: 'one.csv', text: 'Title,Author\nMoss,"Lind, Anna"\nFerns,"Dahl, Eva"\n' });
    expect(one.papers.map((p) => p.authors)).toEqual([['Lind, Anna'], ['Dahl, Eva']]);
    expect(one.notes[0]!.note).toContain('each cell read as one name (no ";" or " and " in any cell; a comma is read as "Family, Given")');
  });

  it('a row with no author or no title is skipped with its line and the column named', () => {
    const r = readInput({ name: 'gaps.csv', text: 'Title,Author\nMoss,Anna Lind\n,Carl Berg\nFerns,\n' });
    expect(r.papers).toHaveLength(1);
    expect(r.skipped).toEqual([
      { file: 'gaps.csv', line: 3, record: undefined, reason: 'no title (Title column empty)' },
      { file: 'gaps.csv', line: 4, record: 'Ferns', reason: 'no authors (Author column empty)' },
    ]);
  });

  it('a header with a title but no author column says exactly that, and the names accepted', () => {
    const e = errorOf(() => readInput({ name: 'noauthor.csv', text: 'Title,Writer,Year\nMoss,Anna Lind,2020\n' }));
    expect(e.line).toBe(1);
    expect(e.problem).toBe('a CSV table, but not a paper list this app reads: its columns are Title, Writer, Year. A paper list needs a title and an author column, as Scopus, Dimensions and Zotero exports have; this one has no author column (accepted names, any case: Author, Authors, Author(s), Creator)');
    const t = errorOf(() => readInput({ name: 'notitle.csv', text: 'Name,Authors\nMoss,Anna Lind\n' }));
    expect(t.problem).toBe('a CSV table, but not a paper list this app reads: its columns are Name, Authors. A paper list needs a title and an author column, as Scopus, Dimensions and Zotero exports have; this one has no title column (accepted names, any case: Title)');
  });
});

describe('a quote not doubled inside a quoted CSV cell', () => {
  it("Zotero CSV: the tester's row 3 title is read without its outer quotes, with a note naming file, line and column", () => {
    const r = readInput(readText(fixture('formats/zotero-badquote.csv')));
    expect(r.papers.map((p) => p.title)).toEqual(['A good paper', 'A bad "quoted" paper', 'Third one']);
    expect(r.notes).toEqual([
      {
        file: 'zotero-badquote.csv',
        line: 3,
        field: 'Title',
        note: 'a quote inside a quoted cell is not doubled (as CSV writes it: ""); read with the quote marks kept as text: Title = A bad "quoted" paper',
      },
    ]);
  });

  it('a cell whose quote is never closed on its line: kept as read, and noted', () => {
    const r = readInput(readText(fixture('formats/generic-badquote.csv')));
    expect(r.papers).toHaveLength(3);
    expect(r.notes.filter((n) => n.line === 3)).toEqual([
      expect.objectContaining({ file: 'generic-badquote.csv', field: 'Title', note: expect.stringContaining('Title = "A bad "quoted" paper') }),
    ]);
  });

  it('well-formed doubled quotes are no note', () => {
    const r = readInput({ name: 'ok.csv', text: 'Title,Author\n"A ""quoted"" word","Lind, Anna"\n' });
    expect(r.papers[0]!.title).toBe('A "quoted" word');
    expect(r.notes).toHaveLength(1);
  });
});

describe('several bad files in one build', () => {
  it('every bad file is named with its line and problem, in the order given; good files do not stop it', () => {
    const good = readText(fixture('formats/generic-goodheader.csv'));
    const binary = { name: 'binary.bib', text: new TextDecoder('latin1').decode(readFileSync(fixture('import/binary.bib'))) };
    const badCsv = { name: 'bad.csv', text: 'Name,Colour\na,b\n' };
    const e = errorOf(() => ingestPapers([good, binary, badCsv]));
    expect(e).toBeInstanceOf(IngestErrors);
    const all = (e as IngestErrors).all.map((x) => [x.file, x.line]);
    expect(all).toEqual([
      // a binary file is said of the whole file (line 0: no line named)
      ['binary.bib', 0],
      ['bad.csv', 1],
    ]);
    expect(e.message.split('\n')).toHaveLength(2);
    // one bad file: the error as it was
    const one = errorOf(() => ingestPapers([good, badCsv]));
    expect(one).not.toBeInstanceOf(IngestErrors);
    expect(one.file).toBe('bad.csv');
  });
});
