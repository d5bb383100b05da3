import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/ingest/index';
import { readRis } from '../../../src/core/ingest/ris';
import { fixtureFile } from './corpus';
import { buildText } from '../helpers';

describe('RIS reader (sample.ris, written to the RIS specification)', () => {
  const file = fixtureFile('sample.ris');
  const r = readRis(file);

  it('reads AU/A1 authors, TI/T1 titles, AB/N2 abstracts, PY/Y1 years, DO DOIs, JO/T2 venues', () => {
    expect(r.papers.map((p) => p.title)).toEqual([
      'Deep learning',
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      'Learning Internal Representations by Error Propagation',
      'Parallel Distributed Processing: Explorations in the Microstructure of Cognition',
      'The Mythical Man-Month: Essays on Software Engineering',
    ]);
    const [deep, bert, chapter] = r.papers;
    expect(deep).toMatchObject({
      authors: ['LeCun, Yann', 'Bengio, Yoshua', 'Hinton, Geoffrey'],
      year: 2015,
      venue: 'Nature',
      doi: '10.1038/nature14539',
      url: 'https://www.nature.com/articles/nature14539',
      source: { file: 'sample.ris', line: 1 },
    });
    // The abstract is wrapped over two lines in the file: the continuation line is joined.
    expect(deep!.abstract).toBe('Deep learning allows computational models that are composed of multiple processing layers to learn representations of data with multiple levels of abstraction.');
    expect(bert).toMatchObject({
      authors: ['Devlin, Jacob', 'Chang, Ming-Wei', 'Lee, Kenton', 'Toutanova, Kristina'],
      year: 2019,
      abstract: 'We introduce a new language representation model called BERT.',
      doi: '10.18653/v1/N19-1423',
      id: 'devlin-etal-2019-bert',
      source: { line: 19 },
    });
    // A2 (editors) are not authors when AU is present.
    expect(chapter!.authors).toEqual(['Rumelhart, David E.', 'Hinton, Geoffrey E.', 'Williams, Ronald J.']);
    expect(chapter!.venue).toBe('Parallel Distributed Processing: Explorations in the Microstructure of Cognition');
  });

  it('uses editors when a record has no author, with a note; passes "Last, First, Suffix" on in BibTeX order', () => {
    expect(r.papers[3]!.authors).toEqual(['Rumelhart, David E.', 'McClelland, James L.']);
    expect(r.notes).toEqual([expect.objectContaining({ line: 44, note: expect.stringMatching(/editor/) })]);
    expect(r.papers[4]!.authors).toEqual(['Brooks, Jr., Frederick P.']);
  });

  it('skips a record without authors, with its line', () => {
    expect(r.skipped).toEqual([expect.objectContaining({ line: 59, reason: 'no authors (AU/A1) or editors (A2/ED)' })]);
  });

  it('reads a record with no ER line (at the end of the file, or before the next TY) up to there, with a note', () => {
    const lines = file.text.split('\n');
    const cut = lines.slice(0, 26).join('\n'); // ends inside the BERT record, after its authors and title
    const rc = readRis({ name: 'cut.ris', text: cut });
    expect(rc.papers.map((p) => p.title)).toEqual(['Deep learning', 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding']);
    expect(rc.skipped).toEqual([]);
    expect(rc.notes).toContainEqual(expect.objectContaining({ line: 19, note: 'the last record has no ER line; it is read up to the end of the file' }));
    const noEr = file.text.replace('ID  - devlin-etal-2019-bert\nER  - \n', 'ID  - devlin-etal-2019-bert\n');
    const rn = readRis({ name: 'no-er.ris', text: noEr });
    expect(rn.notes).toContainEqual(expect.objectContaining({ line: 19, note: 'no ER line before the next TY on line 31; the record is read up to there' }));
    expect(rn.papers).toHaveLength(r.papers.length);
  });

  it('reads tags written before TY as part of the record, with a note', () => {
    const text = 'AU  - Doe, Jane\nTI  - Late type\nTY  - JOUR\nPY  - 2020\nER  - \n';
    expect(detectFormat({ name: 'late.ris', text })).toBe('ris');
    const late = readRis({ name: 'late.ris', text });
    expect(late.papers).toEqual([expect.objectContaining({ title: 'Late type', authors: ['Doe, Jane'], year: 2020, source: { file: 'late.ris', line: 1 } })]);
    expect(late.notes).toContainEqual(expect.objectContaining({ line: 3, note: 'TY comes after other tags (from line 1); they are read as part of this record' }));
  });

  it('reads tag lines spaced against the specification as tags, with one note (a tester: "AU  -Brown, Li" made "Kate AU -Brown Jones Li")', () => {
    const text = 'TY  - JOUR\nAU  - Smith, John\nAU - Jones, Kate\nAU  -Brown, Li\nTI  - Malformed tags\nPY  - 2020\nER  - \n';
    const bad = readRis({ name: 'badtag.ris', text });
    expect(bad.papers.map((p) => p.authors)).toEqual([['Smith, John', 'Jones, Kate', 'Brown, Li']]);
    expect(bad.notes).toEqual([
      expect.objectContaining({ line: 3, note: '2 lines write a tag spaced otherwise than RIS\'s "XY  - value" (line 3 "AU - Jones, Kate", line 4 "AU  -Brown, Li"): read as tags' }),
    ]);
    // a wrapped abstract line that looks like a tag of no RIS tag stays in the abstract
    const wrapped = readRis({ name: 'w.ris', text: 'TY  - JOUR\nAU  - Doe, Jane\nTI  - T\nAB  - Systems that are\nXQ -based on rules\nER  - \n' });
    expect(wrapped.papers[0]!.abstract).toBe('Systems that are XQ -based on rules');
    // a name wrapped onto an untagged line is joined to it, and said so
    const split = readRis({ name: 's.ris', text: 'TY  - JOUR\nAU  - Doe,\nJane\nTI  - T\nER  - \n' });
    expect(split.papers[0]!.authors).toEqual(['Doe, Jane']);
    expect(split.notes).toEqual([expect.objectContaining({ line: 3, note: 'line 3 has no tag: joined to the name on line 2 ("Doe, Jane")' })]);
  });

  it('an AU line holding two "Last, First" names gives two people, split at ";" or "and" (a tester: "B. Okafor A. L." and "Quist")', () => {
    const rec = (au: string, title: string) => ['TY  - JOUR', `AU  - ${au}`, `TI  - ${title}`, 'PY  - 2019', 'ER  - ', ''].join('\n');
    const text = [rec('Okafor, B.; Quist, A. L.', 'Two names one AU'), rec('Varga, Ilona and Tóth, Béla', 'Two names with and'), rec('Smith, John, Jr.', 'A suffix')].join('\n');
    const { bundle, report } = buildText('two.ris', text);
    expect([...bundle.authors.name].sort()).toEqual(['A. L. Quist', 'B. Okafor', 'Béla Tóth', 'Ilona Varga', 'John Smith Jr.']);
    const splits = report.notes.filter((n) => /split at/.test(n.note));
    expect(splits.map((n) => n.line)).toEqual([2, 8]);
  });

  const rec = (...lines: string[]) => [...lines, 'ER  - ', ''].join('\n');

  it('a BOOK titled only in BT and a CONF titled only in CT are read, with a note (a tester: both dropped, "no title (TI/T1)")', () => {
    const text = [
      rec('TY  - BOOK', 'AU  - Okafor, Bola', 'BT  - Soils of the north', 'PY  - 2018'),
      rec('TY  - CONF', 'AU  - Quist, Ana L.', 'CT  - Rules for wet meadows', 'PY  - 2019'),
      rec('TY  - JOUR', 'AU  - Quist, Ana L.', 'BT  - A journal record has no title in BT', 'PY  - 2019'),
    ].join('\n');
    const r = readRis({ name: 'bt.ris', text });
    expect(r.papers.map((p) => [p.title, p.authors])).toEqual([
      ['Soils of the north', ['Okafor, Bola']],
      ['Rules for wet meadows', ['Quist, Ana L.']],
    ]);
    expect(r.notes).toEqual([
      expect.objectContaining({ line: 3, note: 'no TI/T1 title: BT (the book title of a TY BOOK record) is used as the title' }),
      expect.objectContaining({ line: 9, note: 'no TI/T1 title: CT (the conference paper title of a TY CONF record) is used as the title' }),
    ]);
    expect(r.skipped).toEqual([expect.objectContaining({ line: 13, reason: 'no title (TI/T1)' })]);
    // TI wins over BT
    expect(readRis({ name: 'ti.ris', text: rec('TY  - BOOK', 'AU  - Okafor, Bola', 'TI  - Own title', 'BT  - Series') }).papers[0]!.title).toBe('Own title');
  });

  it('a year written with more than the year is read with a note; one that is not a year is left out with a note, as BibTeX words them (a tester: silent)', () => {
    const text = [
      rec('TY  - JOUR', 'AU  - Okafor, Bola', 'TI  - A', 'PY  - 1999a'),
      rec('TY  - JOUR', 'AU  - Okafor, Bola', 'TI  - B', 'PY  - 2020-2021'),
      rec('TY  - JOUR', 'AU  - Okafor, Bola', 'TI  - C', 'PY  - n.d.'),
      rec('TY  - JOUR', 'AU  - Okafor, Bola', 'TI  - D', 'PY  - 2015/10/12/Fall', 'DA  - 2015-10-12'),
      rec('TY  - JOUR', 'AU  - Okafor, Bola', 'TI  - E', 'PY  - in press', 'DA  - 2021/03/01'),
    ].join('\n');
    const r = readRis({ name: 'years.ris', text });
    expect(r.papers.map((p) => p.year)).toEqual([1999, 2020, null, 2015, 2021]);
    expect(r.notes.map((n) => [n.line, n.note])).toEqual([
      [4, 'PY "1999a" read as 1999'],
      [10, 'PY "2020-2021" read as 2020'],
      [16, 'PY "n.d." is not a year: left out'],
      [29, 'PY "in press" is not a year: left out'],
    ]);
  });

  it('an organisation written with a comma is kept as written, with a note, not reordered as "Last, First" (a tester: "Labour and Welfare Ministry of Health")', () => {
    const text = rec(
      'TY  - RPRT',
      'AU  - Ministry of Health, Labour and Welfare',
      'AU  - Department of Health, Australia',
      'AU  - Tolkien, John Ronald Reuel',
      'AU  - Beethoven, Ludwig van',
      'AU  - Service, Robert',
      'TI  - A national survey',
      'PY  - 2020',
    );
    const { bundle, report } = buildText('org.ris', text, { labeler: null });
    expect([...bundle.authors.name].sort()).toEqual(['Department of Health, Australia', 'John Ronald Reuel Tolkien', 'Ludwig van Beethoven', 'Ministry of Health, Labour and Welfare', 'Robert Service']);
    expect(report.notes.filter((n) => /organisation/.test(n.note)).map((n) => [n.line, n.note])).toEqual([
      [2, 'AU "Ministry of Health, Labour and Welfare" reads as an organisation, not "Last, First": kept as written'],
      [3, 'AU "Department of Health, Australia" reads as an organisation, not "Last, First": kept as written'],
    ]);
  });

  it('is detected from content and fails clearly on a file with no record', () => {
    expect(detectFormat({ name: 'export.txt', text: file.text })).toBe('ris');
    expect(detectFormat({ name: 'x', text: `\uFEFF\r\nTY  - JOUR\r\nAU  - Doe, J.\r\nTI  - T\r\nER  - \r\n` })).toBe('ris');
    expect(() => readRis({ name: 'empty.ris', text: '\n\n' })).toThrowError(/empty\.ris:1: no RIS records found/);
    expect(() => readRis({ name: 'bad.ris', text: 'TY  - JOUR\nTI  - Anonymous\nER  - \n' })).toThrowError(/bad\.ris:1: no paper could be read from this RIS file: no authors/);
  });
});
