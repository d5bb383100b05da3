/** Inputs a tester found read wrongly or with a misleading message: Zotero CSV, CSL-JSON without "type", seed files. */
import { describe, expect, it } from 'vitest';
import { detectFormat, isAliasFile, readInput } from '../../../src/core/ingest/index';
import { aliasFileKind } from '../../../src/core/ingest/alias-sniff';
import { buildFiles, buildText, fixture, ingestErrorOf, readText } from '../helpers';

const errorOf = ingestErrorOf;

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
    expect(e.message).toBe(
      'x.csv:1: a CSV table, but not a paper list this app reads: its columns are Name, Colour, Size. A paper list needs a title and an author column, as Scopus, Dimensions and Zotero exports have; this one has no title column (accepted names, any case: Title) and no author column (accepted names, any case: Author, Authors, Author(s), Creator)',
    );
  });

  it("a two-column table that is no paper list (a tester's name,age) is refused as a table, line 1, its columns named: not read as seed text", () => {
    const e = errorOf(() => readInput({ name: 'notpapers.csv', text: 'name,age\nBob,3\nAlice,4\n' }));
    expect([e.file, e.line]).toEqual(['notpapers.csv', 1]);
    expect(e.problem).toMatch(/^a CSV table, but not a paper list this app reads: its columns are name, age\. A paper list needs a title and an author column, as Scopus, Dimensions and Zotero exports have; /);
    expect(e.problem).not.toMatch(/record cut short|abstract/);
    // tab- and semicolon-separated alike (the tab one was taken for an alias file)
    const tsv = errorOf(() => detectFormat({ name: 'notpapers.tsv', text: 'name\tage\nBob\t3\nAlice\t4\n' }));
    expect(tsv.message).toMatch(/^notpapers\.tsv:1: a tab-separated table, but not a paper list this app reads: its columns are name, age\./);
    const semi = errorOf(() => detectFormat({ name: 'semi.csv', text: 'name;age\nBob;3\nAlice;4\n' }));
    expect(semi.message).toMatch(/^semi\.csv:1: a CSV table \(';' between columns\), but not a paper list this app reads: its columns are name, age\./);
  });

  it("a tab-separated table of names and places (a tester's Name<TAB>Institution<TAB>Country) is refused at line 1 with its columns, not taken for an alias file", () => {
    const rows = 'Name\tInstitution\tCountry\nAlice Smith\tMassachusetts Institute of Technology\tUSA\nBob Jones\tUniversity of Oxford\tUK\nWei Zhang\tTsinghua University\tChina\n';
    for (const text of [rows, rows.replace(/\t[^\t\n]*$/gm, '')]) {
      const file = { name: 'people.tsv', text };
      expect(aliasFileKind(text)).toBeNull();
      expect(isAliasFile(file)).toBe(false);
      const e = errorOf(() => readInput(file));
      expect([e.file, e.line]).toEqual(['people.tsv', 1]);
      expect(e.problem).toMatch(/^a tab-separated table, but not a paper list this app reads: its columns are Name, Institution(, Country)?\. A paper list needs a title and an author column/);
      expect(e.problem).toMatch(/Nor is it an alias file, whose lines each give two spellings of one person's name \(J\. Smith<TAB>John Smith\)$/);
    }
    // alias lines stay alias lines: initials, a surname first, umlauts written out, a split's "(2)", a
    // transliteration, Han characters, a header line over them
    const aliases = 'variant\tcanonical\nJ. Smith\tJohn Smith\nZhang W\tWei Zhang\nJuergen Mueller\tJürgen Müller\nWei Zhang\tWei Zhang (2)\t10.1000/xyz\nLi Wei\t李伟\n王晓明\t王小明\n';
    expect(aliasFileKind(aliases)).toBe('lines');
    expect(isAliasFile({ name: 'a.tsv', text: aliases })).toBe(true);
    expect(errorOf(() => detectFormat({ name: 'a.tsv', text: aliases })).problem).toMatch(/^this is an alias file/);
  });

  it('seed files stay seed files: the sample, a one-author paper, a title with a comma, the fixtures', () => {
    expect(detectFormat(readText('public/samples/wang-jialiang.txt'))).toBe('seed');
    expect(detectFormat({ name: 's.txt', text: 'Doe, Jane\nBirds, and fish\nDoe, Jane\nAn abstract, short, of birds.\n' })).toBe('seed');
    expect(detectFormat({ name: 's.txt', text: 'Doe, Jane\nBirds\nDoe, Jane\nAn abstract\n' })).toBe('seed');
    for (const f of ['seed-no-focal.txt', 'seed-empty-abstract.txt']) expect(detectFormat(readText(fixture(`formats/${f}`)))).toBe('seed');
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

describe('text cleaned alike in every field (a tester: an OpenAlex venue kept "<b>Src</b>", U+FFFE stayed in a title, a JSON Lines "Last, First" name reordered unsaid)', () => {
  it('an OpenAlex source name with markup is read as text, with a note', () => {
    const { bundle, report } = buildFiles([fixture('formats/openalex-venue-markup.json')]);
    expect(bundle.venues).toEqual(['Src']);
    expect(report.notes).toContainEqual({
      file: 'openalex-venue-markup.json',
      line: 1,
      field: 'primary_location.source.display_name',
      note: '1 venue name carries HTML markup (<b>, <i>, &amp;…; first on line 1): read as plain text, as titles are',
    });
  });

  it('a RIS venue with markup (JO) is read as text too, in the file\'s markup note', () => {
    const r = readInput({ name: 'v.ris', text: 'TY  - JOUR\nAU  - Doe, Jane\nTI  - A plain title\nJO  - Chemistry &amp; <i>Biology</i>\nER  - \n' });
    expect(r.papers[0]!.venue).toBe('Chemistry & Biology');
    expect(r.notes.map((n) => n.note)).toContain('1 venue name carries HTML or JATS markup (<i>, <sub>, <jats:p>, &amp;…; the first on line 1): read as plain text');
  });

  it('a noncharacter (U+FFFE) in a title is read as a space between words, with a note like a control character\'s', () => {
    const text = `${JSON.stringify({ id: 'y2', title: 'Other \ufffe nonchar', authors: ['Kate Jones'], year: 2021 })}\n`;
    const { bundle, report } = buildText('n.jsonl', text);
    expect(bundle.papers.title).toEqual(['Other nonchar']);
    expect(report.notes).toContainEqual(expect.objectContaining({ file: 'n.jsonl', line: 1, field: 'title', note: 'title: noncharacter U+FFFE read as a space between words: "Other nonchar"' }));
  });

  it('a JSON Lines name with a comma is read "Last, First", with one note per file naming the first', () => {
    const text = [
      { id: '1', title: 'One paper', authors: ['Smith, John', 'Kate Jones'], year: 2020 },
      { id: '2', title: 'Two paper', authors: ['Lee, Sun', 'John Smith, Jr.'], year: 2021 },
    ].map((o) => JSON.stringify(o)).join('\n');
    const r = readInput({ name: 'c.jsonl', text });
    expect(r.notes).toEqual([
      { file: 'c.jsonl', line: 1, record: '1', field: 'authors', note: 'authors: "Smith, John" has a comma, though JSON Lines names are "First Last": read as given name "John", family name "Smith", shown "John Smith" (2 names so written in this file); check the names' },
    ]);
    expect([...buildText('c.jsonl', text).bundle.authors.name].sort()).toEqual(['John Smith', 'John Smith, Jr.', 'Kate Jones', 'Sun Lee']);
  });
});
