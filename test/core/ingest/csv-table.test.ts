/**
 * CSV exports as a tester met them (Scopus, Dimensions; small invented rows): a quote left open never merges the
 * next rows into one, a row of the wrong width is skipped with its line and reason, quoted line breaks in a row
 * of the right width are read, and Excel's `;` (or a tab) between columns is told from the header line.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, readInput } from '../../../src/core/ingest/index';
import { IngestError } from '../../../src/core/ingest/errors';
import { csvDelimiter, readCsvTable } from '../../../src/core/ingest/csv-table';

const HEADER = 'Authors,Author full names,Title,Year,Source title,DOI,EID';

describe('CSV rows of the wrong width: skipped with file, line and reason, never merged', () => {
  it('an unclosed quote does not swallow the next row: the row is skipped and reading resumes on the next line', () => {
    const text = [
      HEADER,
      '"Lee A.","Lee, Ann (1)","Row one",2020,J,,e1',
      '"Ray B.","Ray, Bob (2)","Row two unclosed quote,2021,J,,e2',
      '"Kim C.","Kim, Cee (3)","Row three",2022,J,,e3',
      '',
    ].join('\n');
    const r = readInput({ name: 'open.csv', text });
    expect(r.format).toBe('scopus');
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([
      ['Row one', 2],
      ['Row three', 4],
    ]);
    expect(r.skipped).toEqual([{ file: 'open.csv', line: 3, reason: expect.stringMatching(/^unclosed quote on line 3: this row runs into line 4 \(9 cells where the header has 7\)/) }]);
  });

  it('a quoted cell over several lines in a row of the right width is read (Scopus abstracts), lines after it stay right', () => {
    const text = [
      `${HEADER},Abstract`,
      '"Lee A.","Lee, Ann (1)","Row one",2020,J,,e1,"First line, with a comma',
      'second line with ""quotes""',
      'third line"',
      '"Kim C.","Kim, Cee (3)","Row two",2022,J,,e2,"Short."',
    ].join('\r\n');
    const r = readInput({ name: 'abs.csv', text }, 'scopus');
    expect(r.skipped).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([
      ['Row one', 2],
      ['Row two', 5],
    ]);
    expect(r.papers[0]!.abstract).toBe('First line, with a comma second line with "quotes" third line');
  });

  it('a one-line row with a stray delimiter is skipped with its width; a trailing empty cell is no problem', () => {
    const text = [HEADER, '"Lee A.","Lee, Ann (1)",Row, one,2020,J,,e1', '"Kim C.","Kim, Cee (3)","Row two",2022,J,,e2,', '"Ray B.","Ray, Bob (2)","Short row",2021'].join('\n');
    const r = readInput({ name: 'stray.csv', text }, 'scopus');
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([['Row two', 3]]);
    expect(r.skipped).toEqual([
      { file: 'stray.csv', line: 2, reason: 'this row has 8 cells where the header has 7; not read' },
      { file: 'stray.csv', line: 4, reason: 'this row has 4 cells where the header has 7; not read' },
    ]);
  });

  it('a quote never closed to the end of the file is an error naming the line it opens on', () => {
    const text = [HEADER, '"Lee A.","Lee, Ann (1)","Row one",2020,J,,e1', '"Ray B.","Ray, Bob (2)","Cut short', 'in the middle of'].join('\n');
    expect(() => readInput({ name: 'cut.csv', text }, 'scopus')).toThrowError(new IngestError('cut.csv', 3, 'not a readable CSV table: a quote opened on line 3 is never closed (the file may be cut short)'));
  });

  it('a quote never closed, with well-formed rows after its line: the row is skipped and the rows after it are read', () => {
    const text = [HEADER, '"Lee A.","Lee, Ann (1)","Row one",2020,J,,e1', '"Ray B.","Ray, Bob (2)","Open title,2021,J,,e2', 'Kim C.,Kim Cee,Row three,2022,J,,e3'].join('\n');
    const r = readInput({ name: 'never.csv', text }, 'scopus');
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([
      ['Row one', 2],
      ['Row three', 4],
    ]);
    expect(r.skipped).toEqual([{ file: 'never.csv', line: 3, reason: 'unclosed quote on line 3: it is never closed; line 3 not read, the next row read from line 4' }]);
  });

  it('an unclosed quote whose row runs into a later row: reading resumes at the first line that starts a well-formed row', () => {
    const text = [
      HEADER,
      '"Ray B.","Ray, Bob (2)","Open title,2021,J,,e1',
      'a stray line',
      '"Kim C.","Kim, Cee (3)","Row two",2022,J,,e2',
      '"Lee A.","Lee, Ann (1)","Row three",2020,J,,e3',
    ].join('\n');
    const r = readInput({ name: 'later.csv', text }, 'scopus');
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([
      ['Row two', 4],
      ['Row three', 5],
    ]);
    expect(r.skipped).toEqual([{ file: 'later.csv', line: 2, reason: expect.stringMatching(/^unclosed quote on line 2: this row runs into line 4 .*the next row read from line 4$/) }]);
  });

  it('the Dimensions reader (same table reader) skips such a row with its line in the file, after the "About the data" line', () => {
    const text = [
      '"About the data: Exported on Dec 02, 2026"',
      'Publication ID,DOI,Title,Authors,PubYear',
      'pub.1,,"Row one","Lee, Ann",2020',
      'pub.2,,"Row two open,Ray B,2021',
      'pub.3,,"Row three","Kim, Cee",2022',
    ].join('\n');
    const r = readInput({ name: 'dim.csv', text });
    expect(r.format).toBe('dimensions');
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([
      ['Row one', 3],
      ['Row three', 5],
    ]);
    expect(r.skipped).toEqual([{ file: 'dim.csv', line: 4, reason: expect.stringMatching(/^unclosed quote on line 4: this row runs into line 5 \(a quote in it is not doubled, as if the next row were read into a quoted cell\); not read, the next row read from line 5$/) }]);
  });
});

describe("CSV with ';' or tabs between columns (Excel in some locales)", () => {
  const semi = [
    'Authors;Author full names;Title;Year;Source title;DOI;EID;Abstract',
    '"Lee A.; Kim C.";"Lee, Ann (1); Kim, Cee (3)";"Rivers, lakes; and seas";2020;J;10.1/x;e1;"An abstract; with a semicolon, and a comma"',
    '"Ray B.";"Ray, Bob (2)";Row two;2021;J;;e2;',
  ].join('\r\n');

  it('the delimiter is told from the header line', () => {
    expect(csvDelimiter('a,b,c')).toBe(',');
    expect(csvDelimiter('a;b;c')).toBe(';');
    expect(csvDelimiter('"a,x";b;c')).toBe(';');
    expect(csvDelimiter('a\tb\tc')).toBe('\t');
    expect(csvDelimiter('"a;b",c')).toBe(',');
  });

  it("an Excel-saved Scopus CSV with ';' is detected and read, with a note", () => {
    const file = { name: 'excel.csv', text: `\uFEFF${semi}` };
    expect(detectFormat(file)).toBe('scopus');
    const r = readInput(file);
    expect(r.skipped).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.authors, p.source.line])).toEqual([
      ['Rivers, lakes; and seas', ['Lee, Ann', 'Kim, Cee'], 2],
      ['Row two', ['Ray, Bob'], 3],
    ]);
    expect(r.papers[0]!.authorIds).toEqual(['scopus:1', 'scopus:3']);
    expect(r.papers[0]!.abstract).toBe('An abstract; with a semicolon, and a comma');
    expect(r.notes).toContainEqual({ file: 'excel.csv', line: 1, note: "read with ';' between columns (as Excel writes CSV in some locales)" });
  });

  it('tab-separated, read the same way', () => {
    const tabbed = semi.replace(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t');
    const r = readInput({ name: 'tabs.csv', text: tabbed }, 'scopus');
    expect(r.papers.map((p) => p.title)).toEqual(['Rivers, lakes; and seas', 'Row two']);
    expect(r.notes).toContainEqual(expect.objectContaining({ line: 1, note: expect.stringMatching(/tabs between columns/) }));
  });

  it('a header of one column (another delimiter) says so rather than listing a header that has the columns', () => {
    const piped = 'Authors|Title|Year\n"Lee A."|"T"|2020\n';
    expect(() => readInput({ name: 'pipe.csv', text: piped }, 'scopus')).toThrowError(/pipe\.csv:1: .*the header line is one column, "Authors\|Title\|Year": its columns are not separated by ',', ';' or tabs/);
    expect(readCsvTable('c.csv', 'a,b\n1,2\n').notes).toEqual([]);
  });
});
