import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { parseName } from '../../../src/core/names/parse-name';

/**
 * A generational suffix written inside a "First Last" name ("J Jr Engel" beside "J {Engel Jr}", cdl.bib: two
 * authors until 6 Dec) is read as the suffix, with a note. Invented names.
 */
describe('a suffix written inside a name is read as the suffix ("K Jr Halvorsen" is "K Halvorsen Jr")', () => {
  it('parseName moves Jr, Sr., II, III, IV after the family name', () => {
    expect(parseName('K Jr Halvorsen')).toEqual({ given: 'K', family: 'Halvorsen Jr' });
    expect(parseName('K Jr Halvorsen', 'first-last')).toEqual({ given: 'K', family: 'Halvorsen Jr' });
    expect(parseName('K L Sr. Halvorsen')).toEqual({ given: 'K L', family: 'Halvorsen Sr.' });
    expect(parseName('Ana Maria III Quiroga')).toEqual({ given: 'Ana Maria', family: 'Quiroga III' });
    expect(parseName('Tove II van Halvorsen')).toEqual({ given: 'Tove', family: 'van Halvorsen II' });
    expect(parseName('K IV Halvorsen-Berg')).toEqual({ given: 'K', family: 'Halvorsen-Berg IV' });
  });

  it('BibTeX "K Jr Halvorsen" and "K {Halvorsen Jr}" are one person, "K Halvorsen Jr", with a note; "K Halvorsen" stays another', () => {
    const bib = [
      '@article{a, author={K Jr Halvorsen and Bo Lindqvist}, title={One}, year={2001}}',
      '@article{b, author={K {Halvorsen Jr} and Bo Lindqvist}, title={Two}, year={2002}}',
      '@article{c, author={K Halvorsen and Bo Lindqvist}, title={Three}, year={2003}}',
    ].join('\n');
    const { bundle, report } = buildDataset([{ name: 't.bib', text: bib }]);
    expect([...bundle.authors.name].sort()).toEqual(['Bo Lindqvist', 'K Halvorsen', 'K Halvorsen Jr']);
    const jr = bundle.authors.name.indexOf('K Halvorsen Jr');
    expect(bundle.papers.authors.filter((a) => a.includes(jr))).toHaveLength(2);
    const notes = report.notes.filter((n) => n.note.includes('generational suffix'));
    expect(notes.map((n) => `${n.file}:${n.line} ${n.note}`)).toEqual(['t.bib:1 "K Jr Halvorsen": "Jr" read as a generational suffix written inside the name: "K Halvorsen Jr" (check the record)']);
  });

  it('JSON Lines alike', () => {
    const text = ['K Jr Halvorsen', 'K Halvorsen Jr'].map((n, i) => JSON.stringify({ title: `T${i}`, authors: [n], year: 2020 })).join('\n') + '\n';
    expect([...buildDataset([{ name: 't.jsonl', text }]).bundle.authors.name]).toEqual(['K Halvorsen Jr']);
  });
});

describe('a Jr or a Roman numeral that is not read as a misplaced suffix', () => {
  it('with no given name before it ("Jr Halvorsen", "Sr Mary Halvorsen": a title or a name of its own)', () => {
    expect(parseName('Jr Halvorsen')).toEqual({ given: 'Jr', family: 'Halvorsen' });
    expect(parseName('Sr Mary Halvorsen')).toEqual({ given: 'Sr Mary', family: 'Halvorsen' });
    expect(parseName('K Jr Halvorsen')).toEqual({ given: 'K', family: 'Halvorsen Jr' });
  });
  it('in capitals ("A JR Halvorsen": the initials J. R.) or a lone V (an initial)', () => {
    expect(parseName('A JR Halvorsen')).toEqual({ given: 'A JR', family: 'Halvorsen' });
    expect(parseName('K V Halvorsen')).toEqual({ given: 'K V', family: 'Halvorsen' });
    expect(parseName('A Jr Halvorsen')).toEqual({ given: 'A', family: 'Halvorsen Jr' });
  });
  it('with no written-out family name after it ("Halvorsen Jr K", a "Last First" name) or two of them', () => {
    const jsonl = (n: string) => JSON.stringify({ title: 'T', authors: [n], year: 2020 }) + '\n';
    expect([...buildDataset([{ name: 't.jsonl', text: jsonl('Halvorsen Jr K') }]).bundle.authors.name]).toEqual(['Halvorsen Jr K']);
    expect(parseName('K Jr II Halvorsen')).toEqual({ given: 'K Jr II', family: 'Halvorsen' });
    expect(parseName('K II Halvorsen')).toEqual({ given: 'K', family: 'Halvorsen II' });
  });
  it('after a particle ("Tove de Jr Halvorsen") or in a "Last, First" format\'s name without a comma', () => {
    expect(parseName('Tove de Jr Halvorsen')).toEqual({ given: 'Tove de Jr', family: 'Halvorsen' });
    expect(parseName('Tove Jr de Halvorsen')).toEqual({ given: 'Tove', family: 'de Halvorsen Jr' });
    // (which word is the given name is unsure there: read as before, the words in order)
    expect(parseName('Halvorsen Jr Tove', 'last-first')).toEqual({ given: 'Halvorsen Jr', family: 'Tove' });
  });
  it('a name wholly in braces (BibTeX: kept as written) and a suffix with a comma are as before, no note', () => {
    const bib = '@article{a, author={{K Jr Halvorsen} and Halvorsen, Jr, K}, title={One}, year={2001}}';
    const { bundle, report } = buildDataset([{ name: 't.bib', text: bib }]);
    expect([...bundle.authors.name].sort()).toEqual(['K Halvorsen Jr', 'K Jr Halvorsen']);
    expect(report.notes.filter((n) => n.note.includes('generational suffix'))).toEqual([]);
    // (beside them the same name unbraced is read with its suffix last)
    const both = buildDataset([{ name: 't.bib', text: `${bib}\n@article{b, author={K Jr Halvorsen}, title={Two}, year={2002}}` }]);
    expect([...both.bundle.authors.name].sort()).toEqual(['K Halvorsen Jr', 'K Jr Halvorsen']);
    expect(both.report.notes.filter((n) => n.note.includes('generational suffix'))).toHaveLength(1);
  });
});
