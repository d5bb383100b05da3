/**
 * Author fields as exporters and people write them, read into the people a user sees (bundle.authors.name) and the
 * notes of the report: BibLaTeX's extended name format, stray or doubled "and", several names in one entry (RIS and
 * BibTeX), DBLP's homonym numbers, and math in titles. All names invented.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { decodeLatex } from '../../../src/core/ingest/latex-text';
import { readBibtex, readBibtexPart, joinBibtexParts } from '../../../src/core/ingest/bibtex';

const build = (...files: { name: string; text: string }[]) => buildDataset(files, { labeler: null });
const sorted = (names: readonly string[]) => [...names].sort();
const notesOf = (r: ReturnType<typeof build>['report'], file: string) => r.notes.filter((n) => n.file === file);

describe('BibLaTeX extended name format (Better BibTeX biblatexExtendedNameFormat, biber "Extended name format")', () => {
  it('family=, given=, prefix=, suffix= make one person each; useprefix and the *-i initials keys do not become people', () => {
    const text = [
      '@article{sonata,',
      '  title = {Sonatas for Two},',
      '  year = 2020,',
      '  author = {family=Brandvold, given=Ludo, prefix=van, useprefix=true and given=Mirabel and family=Quenby, given=Jonah, suffix=Jr. and family={de la Ferronnière}, given={Aude}, given-i=A},',
      '}',
      '',
    ].join('\n');
    const { bundle, report } = build({ name: 'ext.bib', text });
    expect(sorted(bundle.authors.name)).toEqual(['Aude de la Ferronnière', 'Jonah Quenby Jr.', 'Ludo van Brandvold', 'Mirabel']);
    expect(bundle.authors.name.some((n) => /=|useprefix/.test(n))).toBe(false);
    expect(report.coauthorPairs).toBe(6);
    expect(notesOf(report, 'ext.bib')).toEqual([]);
  });

  it('LaTeX in a value is decoded; a key it does not know is a note with file and line, the name still read', () => {
    const text = ['@misc{m,', '  author = {family=M{\\"u}hlberg, given=Tilda, nickname=Tilly and family=Osterby, given=Rune},', '  title = {Umlauts},', '}', ''].join('\n');
    const { bundle, report } = build({ name: 'ext2.bib', text });
    expect(sorted(bundle.authors.name)).toEqual(['Rune Osterby', 'Tilda Mühlberg']);
    expect(notesOf(report, 'ext2.bib')).toContainEqual(expect.objectContaining({ line: 2, note: expect.stringMatching(/extended name format.*"nickname=Tilly" not understood, ignored/) }));
  });
});

describe('stray and doubled "and": an empty name is left out with a note, never glued to a neighbour', () => {
  const text = [
    '@article{d1,', '  title = {Doubled},', '  author = {Jarvis Pell and Kessa Mont and and Suni Lark},', '}',
    '@article{d2,', '  title = {Trailing},', '  author = {Dorne, Jana and Rooke, Rikard and},', '}',
    '@article{d3,', '  title = {Leading},', '  author = {and Dorne, Jana and Pym, Edric},', '}',
    '',
  ].join('\n');
  const { bundle, report } = build({ name: 'ands.bib', text });

  it('gives the people as written, none named "and ..." or "... and"', () => {
    expect(sorted(bundle.authors.name)).toEqual(['Edric Pym', 'Jana Dorne', 'Jarvis Pell', 'Kessa Mont', 'Rikard Rooke', 'Suni Lark']);
    expect(bundle.authors.name.some((n) => /\band\b/.test(n))).toBe(false);
  });

  it('notes each empty name at its author field line, saying where it was', () => {
    const notes = notesOf(report, 'ands.bib').filter((n) => /empty name/.test(n.note));
    expect(notes.map((n) => [n.line, n.record])).toEqual([[3, 'd1'], [7, 'd2'], [11, 'd3']]);
    expect(notes[0]!.note).toMatch(/^author: an empty name \(a doubled "and" after "Kessa Mont"\) left out/);
    expect(notes[1]!.note).toMatch(/a trailing "and"/);
    expect(notes[2]!.note).toMatch(/a leading "and"/);
  });

  it('a name containing "and" (Anderson, Candace) and "and" inside braces are not split', () => {
    const r = readBibtex({ name: 'x.bib', text: '@misc{x, title = {T}, author = {Candace Anderson and {Sand and Stone Collective}}}\n' });
    expect(r.papers[0]!.authors).toEqual(['Candace Anderson', 'Sand and Stone Collective']);
    expect(r.notes).toEqual([]);
  });
});

describe('several names in one author entry', () => {
  it('RIS "AU  - Talbot J and Voss K": two people (surnames with initials either side of "and"), with a note', () => {
    const text = ['TY  - JOUR', 'AU  - Talbot J and Voss K', 'AU  - Quill S.', 'TI  - Two in one line', 'PY  - 2020', 'ER  - ', '', 'TY  - JOUR', 'AU  - Orrin P, Vance T & Wick MA', 'TI  - Three in one line', 'ER  - ', ''].join('\n');
    const { bundle, report } = build({ name: 'and.ris', text });
    expect(sorted(bundle.authors.name)).toEqual(['J. Talbot', 'K. Voss', 'M. A. Wick', 'P. Orrin', 'S. Quill', 'T. Vance']);
    expect(notesOf(report, 'and.ris')).toContainEqual(expect.objectContaining({ line: 2, note: expect.stringMatching(/^AU: one entry held 2 names, split at "and"/) }));
    expect(notesOf(report, 'and.ris')).toContainEqual(expect.objectContaining({ line: 9, note: expect.stringMatching(/^AU: one entry held 3 names, split at "and"/) }));
  });

  it('BibTeX "Jarvis Pell, Kessa Mont and Suni Lark" (a comma list before the last "and"): three people, with a note', () => {
    const text = ['@article{c1,', '  title = {Comma list},', '  author = {Jarvis Pell, Kessa Mont and Suni Lark},', '}', ''].join('\n');
    const { bundle, report } = build({ name: 'comma.bib', text });
    expect(sorted(bundle.authors.name)).toEqual(['Jarvis Pell', 'Kessa Mont', 'Suni Lark']);
    expect(report.coauthorPairs).toBe(3);
    expect(notesOf(report, 'comma.bib')).toContainEqual(expect.objectContaining({ line: 3, note: expect.stringMatching(/^author: one entry held 2 names, split at ","/) }));
  });

  it('"Last, First" with a two-word surname among "Last, First" names stays one person, without a note', () => {
    const text = ['@article{c2,', '  title = {Solitude},', '  author = {Garza Molina, Ana Lucia and Pell, Jarvis},', '}', ''].join('\n');
    const { bundle, report } = build({ name: 'lastfirst.bib', text });
    expect(sorted(bundle.authors.name)).toEqual(['Ana Lucia Garza Molina', 'Jarvis Pell']);
    expect(notesOf(report, 'lastfirst.bib')).toEqual([]);
  });

  it('alone in its field, "Jarvis Pell, Kessa Mont" cannot be told from a "Last, First" name: kept, with a note', () => {
    const text = ['@article{c3,', '  title = {Alone},', '  author = {Jarvis Pell, Kessa Mont},', '}', ''].join('\n');
    const { bundle, report } = build({ name: 'alone.bib', text });
    expect(bundle.authors.name).toHaveLength(1);
    expect(notesOf(report, 'alone.bib')).toContainEqual(expect.objectContaining({ line: 3, note: expect.stringMatching(/may hold several names/) }));
  });
  it('alone on one paper, "Garza Molina, Ana Lucia" is read as the file writes it beside "Last, First" co-authors elsewhere: no note', () => {
    const text = [
      '@article{d1,', '  title = {Alone},', '  author = {Garza Molina, Ana Lucia},', '}',
      '@article{d2,', '  title = {Together},', '  author = {Garza Molina, Ana Lucia and Pell, Jarvis},', '}',
      '@article{d3,', '  title = {Two in one},', '  author = {Jarvis Pell, Kessa Mont},', '}', '',
    ].join('\n');
    const { bundle, report } = build({ name: 'both.bib', text });
    expect(sorted(bundle.authors.name)).toEqual(['Ana Lucia Garza Molina', 'Jarvis Pell', 'Kessa Mont Jarvis Pell']);
    // the lone comma list the file never writes beside other names keeps its note; the name it does write so has none
    const several = notesOf(report, 'both.bib').filter((n: { note: string }) => /may hold several names/.test(n.note));
    expect(several.map((n: { line: number }) => n.line)).toEqual([11]);
  });
});

describe('typos of real files read as the person meant, each with a note (a tester on cdl.bib and geom.bib)', () => {
  const text = [
    '@article{k1,',
    '  author = {Nola Branwick and Tovah Quillen and Vicky; Coon},',
    '  title = {Spatial Frameworks},',
    '  year = 1990,',
    '}',
    '@article{k2,',
    '  author = "V. B. Nitya el al.",',
    '  title = "Visibility Graphs",',
    '  year = 1991,',
    '}',
    '',
  ].join('\n');
  const { bundle, report } = build({ name: 'typos.bib', text });

  it('"Vicky; Coon": one person, Vicky Coon, not two people of one word each', () => {
    expect(bundle.authors.name).toContain('Vicky Coon');
    expect(bundle.authors.name).not.toContain('Vicky');
    expect(bundle.authors.name).not.toContain('Coon');
    expect(notesOf(report, 'typos.bib')).toContainEqual(expect.objectContaining({ line: 2, note: expect.stringMatching(/^author: "Vicky; Coon" read as one name .*: "Vicky Coon"/) }));
  });

  it('"V. B. Nitya el al.": V. B. Nitya, the list truncated ("el al." read as "et al."), with a note', () => {
    expect(bundle.authors.name).toContain('V. B. Nitya');
    expect(bundle.authors.name.some((n) => /\bal\b/.test(n))).toBe(false);
    expect(notesOf(report, 'typos.bib')).toContainEqual(expect.objectContaining({ line: 7, note: expect.stringMatching(/"el al\." read as "et al\."/) }));
  });

  it('"El Al" without a dot stays a name', () => {
    const plain = build({ name: 'elal.bib', text: '@article{e,\n  author = {Dana El Al and Omer Tal},\n  title = {Flights},\n  year = 2000,\n}\n' });
    expect(plain.bundle.authors.name).toContain('Dana El Al');
  });
});

describe("DBLP's homonym numbers in BibTeX (DBLP's own export)", () => {
  const bib = [
    '@article{DBLP:journals/tg/ZhouL21,',
    '  author    = {Wen Zhou 0001 and Kessa Mont},',
    '  title     = {Graphs},',
    '  year      = {2021},',
    '  bibsource = {dblp computer science bibliography, https://dblp.org}',
    '}',
    '@article{DBLP:journals/tg/ZhouP21,',
    '  author    = {Wen Zhou 0002 and Jarvis Pell},',
    '  title     = {Trees},',
    '  year      = {2021},',
    '}',
    '',
  ].join('\n');
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<dblpperson name="Wen Zhou 0001">',
    '<r><article key="journals/tf/ZhouQ21">',
    '<author>Wen Zhou 0001</author>',
    '<author>Oren Quist</author>',
    '<title>Forests.</title>',
    '<year>2021</year>',
    '</article></r>',
    '</dblpperson>',
    '',
  ].join('\n');

  it('a name ending in a space and four digits is read as DBLP reads it: the name without the number, DBLP\'s person as its identity', () => {
    const r = readBibtex({ name: 'dblp.bib', text: bib });
    expect(r.papers[0]!.authors).toEqual(['Wen Zhou', 'Kessa Mont']);
    expect(r.papers[0]!.authorIds).toEqual(['dblp:Wen Zhou 0001', null]);
    expect(r.notes).toEqual([expect.objectContaining({ file: 'dblp.bib', line: 2, note: expect.stringMatching(/^DBLP homonym numbers read as identities: 2 names \("Wen Zhou 0001", "Wen Zhou 0002"\)/) })]);
  });

  it('the note is given once per file, read whole or in parts', () => {
    const file = { name: 'dblp.bib', text: bib };
    const parts = joinBibtexParts(file, [readBibtexPart(file, 0, 2), readBibtexPart(file, 1, 2)]);
    expect(parts.notes).toEqual(readBibtex(file).notes);
  });

  it('built with DBLP XML holding the same "Wen Zhou 0001": one person on two papers; the other Wen Zhou stays apart, both shown with DBLP\'s number', () => {
    const { bundle } = build({ name: 'dblp.bib', text: bib }, { name: 'dblp.xml', text: xml });
    expect(sorted(bundle.authors.name)).toEqual(['Jarvis Pell', 'Kessa Mont', 'Oren Quist', 'Wen Zhou (DBLP 0001)', 'Wen Zhou (DBLP 0002)']);
    expect(bundle.authors.paperCount[bundle.authors.name.indexOf('Wen Zhou (DBLP 0001)')]).toBe(2);
  });

  it('one numbered Wen Zhou alone is shown "Wen Zhou"', () => {
    const { bundle } = build({ name: 'one.bib', text: '@article{k, author = {Wen Zhou 0003 and Kessa Mont}, title = {T}}\n' });
    expect(sorted(bundle.authors.name)).toEqual(['Kessa Mont', 'Wen Zhou']);
  });
});

describe('math in titles', () => {
  it('keeps the spaces and the subscripts of a formula: "$x^2 + y_{i}$" is "x² + yᵢ"', () => {
    expect(decodeLatex('On $x^2 + y_{i}$ sums').text).toBe('On x² + yᵢ sums');
    expect(decodeLatex('$a_{ij}$ and $O(n \\log n)$').text).toBe('aᵢⱼ and O(n log n)');
    expect(decodeLatex('$f: X \\rightarrow Y$').text).toBe('f: X → Y');
    // no Unicode subscript for "q" or for ",": written as text, not run into the base
    expect(decodeLatex('$w_{q}$, $y_{i,j}$').text).toBe('w_q, y_(i,j)');
  });

  it('a degree written "$^{\\circ}$" or "$^\\circ$" is the degree sign °, not the ring operator ∘', () => {
    expect(decodeLatex('Panorama360$^{\\circ}$ in 360$^\\circ$ views, 20$^{\\circ}$C').text).toBe('Panorama360° in 360° views, 20°C');
  });

  it('a title with math reads so in the bundle', () => {
    const { bundle } = build({ name: 'math.bib', text: '@article{m, author = {Pell, Jarvis}, title = {Bounds on $x^2 + y_{i}$ at 90$^{\\circ}$}}\n' });
    expect(bundle.papers.title[0]).toBe('Bounds on x² + yᵢ at 90°');
  });
});
