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

  it('is detected from content and fails clearly on a file with no record', () => {
    expect(detectFormat({ name: 'export.txt', text: file.text })).toBe('ris');
    expect(detectFormat({ name: 'x', text: `\uFEFF\r\nTY  - JOUR\r\nAU  - Doe, J.\r\nTI  - T\r\nER  - \r\n` })).toBe('ris');
    expect(() => readRis({ name: 'empty.ris', text: '\n\n' })).toThrowError(/empty\.ris:1: no RIS records found/);
    expect(() => readRis({ name: 'bad.ris', text: 'TY  - JOUR\nTI  - Anonymous\nER  - \n' })).toThrowError(/bad\.ris:1: no paper could be read from this RIS file: no authors/);
  });
});
