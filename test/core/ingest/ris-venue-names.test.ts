import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { readRis } from '../../../src/core/ingest/ris';

/* RIS testers' findings: a chapter's book title (BT) and a conference paper's CT were no venue; "Nguyễn Văn A"
 * read as "A. Nguyễn Văn". Invented records. */

const rec = (...lines: string[]) => [...lines, 'ER  - ', ''].join('\n');
const venues = (text: string) => {
  const { bundle, report } = buildDataset([{ name: 'v.ris', text }]);
  return { venues: [...bundle.papers.venue].map((v) => (v === null ? null : bundle.venues[v])), notes: report.notes };
};

describe('RIS: the venue of a chapter (BT) and of a conference paper (CT)', () => {
  it('a CHAP with only BT and a CONF with TI and CT take them as venue, with one note per file for each, at the tag\'s line', () => {
    const text = [
      rec('TY  - CHAP', 'AU  - Vantor, Elsa', 'TI  - Wet soils', 'BT  - The Book of Soils', 'PY  - 2020'),
      rec('TY  - CHAP', 'AU  - Vantor, Elsa', 'TI  - Dry soils', 'BT  - The Book of Soils', 'PY  - 2021'),
      rec('TY  - CONF', 'AU  - Vantor, Elsa', 'TI  - A talk on meadows', 'CT  - Meeting on Meadows 2020', 'PY  - 2020'),
    ].join('\n');
    const r = venues(text);
    expect(r.venues).toEqual(['The Book of Soils', 'The Book of Soils', 'Meeting on Meadows 2020']);
    expect(r.notes.filter((n) => /used as the venue/.test(n.note)).map((n) => [n.line, n.field, n.note])).toEqual([
      [4, 'BT', '2 records (TY CHAP) with no journal, book or proceedings title (JF, T2, JO, JA, J2): their BT (the book title) is used as the venue (first on line 4)'],
      [18, 'CT', '1 record (TY CONF) with no journal, book or proceedings title (JF, T2, JO, JA, J2): its CT (the conference title) is used as the venue (first on line 18)'],
    ]);
  });

  it('T2 still wins over BT; a BOOK\'s BT and a CONF titled only in CT are titles, not venues', () => {
    const text = [
      rec('TY  - CHAP', 'AU  - Vantor, Elsa', 'TI  - Wet soils', 'T2  - Soils, second edition', 'BT  - Soils', 'PY  - 2020'),
      rec('TY  - BOOK', 'AU  - Vantor, Elsa', 'BT  - A book titled in BT', 'PY  - 2020'),
      rec('TY  - CONF', 'AU  - Vantor, Elsa', 'CT  - A talk titled in CT', 'PY  - 2020'),
    ].join('\n');
    const r = readRis({ name: 'w.ris', text });
    expect(r.papers.map((p) => [p.title, p.venue])).toEqual([
      ['Wet soils', 'Soils, second edition'],
      ['A book titled in BT', null],
      ['A talk titled in CT', null],
    ]);
    expect(r.notes.some((n) => /used as the venue/.test(n.note))).toBe(false);
  });
});

describe('RIS: a Vietnamese name written family name first without a comma', () => {
  it('"Nguyễn Văn A" is Nguyễn (family) Văn A (given), not "A. Nguyễn Văn", with a note at its line', () => {
    const text = rec('TY  - JOUR', 'AU  - Nguyễn Văn A', 'AU  - Trần Thị Minh Hoa', 'TI  - Rice paddies', 'PY  - 2020');
    const { bundle, report } = buildDataset([{ name: 'vn.ris', text }, { name: 'vn.json', text: JSON.stringify([{ id: 'x', type: 'article-journal', title: 'Other rice', author: [{ family: 'Nguyễn', given: 'Văn A' }], issued: { 'date-parts': [[2021]] } }]) }]);
    // the same person as CSL-JSON's family "Nguyễn", given "Văn A"
    // "Trần Thị Minh Hoa" ends in no initials: read as written, "First Last", as BibTeX reads it (below)
    expect([...bundle.authors.name]).toEqual(['Văn A Nguyễn', 'Trần Thị Minh Hoa']);
    expect(bundle.authors.paperCount[0]).toBe(2);
    const notes = report.notes.filter((n) => /Vietnamese/.test(n.note));
    expect(notes.map((n) => [n.file, n.line, n.field, n.note])).toEqual([
      ['vn.ris', 2, 'AU', 'AU "Nguyễn Văn A" has no comma and starts with a Vietnamese family name: read as written family name first, "Nguyễn, Văn A" (family name "Nguyễn", given name "Văn A"), not as "A. Nguyễn Văn" (family name "Nguyễn Văn")'],
    ]);
  });

  it('"Nguyễn Văn Anh" in a .ris and a .bib is one person, shown as written (a tester got "Nguyễn Văn Anh" and "Văn Anh Nguyễn")', () => {
    const bib = '@article{a, author = {Nguyễn Văn Anh and Trần Thị Bình}, title = {Rice one}, year = {2020}, journal = {J}}\n';
    const ris = rec('TY  - JOUR', 'AU  - Nguyễn Văn Anh', 'AU  - Trần Thị Bình', 'TI  - Rice two', 'PY  - 2021');
    const { bundle } = buildDataset([{ name: 'v.bib', text: bib }, { name: 'v.ris', text: ris }]);
    expect([...bundle.authors.name]).toEqual(['Nguyễn Văn Anh', 'Trần Thị Bình']);
    expect([...bundle.authors.paperCount]).toEqual([2, 2]);
  });

  it('without diacritics ("Nguyen Van B") the name is read as before, with a note that it may be Vietnamese; "Castellanos AB" says nothing', () => {
    const r = readRis({ name: 'vn2.ris', text: rec('TY  - JOUR', 'AU  - Nguyen Van B', 'AU  - Castellanos AB', 'TI  - Rice', 'PY  - 2020') });
    expect(r.papers[0]!.authors).toEqual(['Nguyen Van B', 'Castellanos AB']);
    expect(r.notes.map((n) => [n.line, n.note])).toEqual([
      [2, 'AU "Nguyen Van B" has no comma: read as "B. Nguyen Van" (family name "Nguyen Van"); it may be a Vietnamese name written family name first, without its diacritics ("Nguyen, Van B"): check the record'],
    ]);
  });
});
