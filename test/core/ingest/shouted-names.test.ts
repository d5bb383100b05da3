import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';

/*
 * A tester: names written wholly in capitals (old Web of Science and RIS exports) were read by a guess with no
 * note: "ZHANG, WEI" took WEI as a given name, "LI, YU" took YU as the initials Y. U., a lone "WEI" was kept as a
 * family name. Each guess is now a note with file, line and field; the reading itself is the names stage's.
 * Invented records.
 */

const ris = (...authors: string[]) => ['TY  - JOUR', ...authors.map((a) => `AU  - ${a}`), 'TI  - Shouted names', 'PY  - 2020', 'ER  - ', ''].join('\n');
const build = (name: string, text: string) => {
  const { bundle, report } = buildDataset([{ name, text }]);
  return { names: [...bundle.authors.name], notes: report.notes.filter((n) => /capitals/.test(n.note)) };
};

describe('an author name written wholly in capitals: each guess on it is a note with file, line and field', () => {
  it('RIS: "ZHANG, WEI" (a syllable: a given name), "LI, YU" (two capitals: initials), "WEI" alone, "ZHANG WEI" without a comma', () => {
    const { names, notes } = build('caps.ris', ris('ZHANG, WEI', 'LI, YU', 'WEI', 'ZHANG WEI', 'SMITH, JOHN', 'SMITH, J'));
    expect(names).toEqual(['WEI ZHANG', 'Y. U. LI', 'WEI', 'ZHANG WEI', 'JOHN SMITH', 'J. SMITH']);
    expect(notes.map((n) => [n.file, n.line, n.field, n.note])).toEqual([
      ['caps.ris', 2, 'AU', 'AU: "ZHANG, WEI" is written in capitals; its given part "WEI" reads as a syllable: taken as a given name, not as the initials W. E. I. (shown "WEI ZHANG")'],
      ['caps.ris', 3, 'AU', 'AU: "LI, YU" is written in capitals; its given part "YU" is taken as the initials Y. U., not as a given name (shown "Y. U. LI"): two capitals are as often a given name ("Yu") as initials, check the record'],
      ['caps.ris', 4, 'AU', 'AU: "WEI" is one word in capitals: kept as written, a family name alone (the given name may be missing), check the record'],
      ['caps.ris', 5, 'AU', 'AU: "ZHANG WEI" is written in capitals without a comma: read as given name "ZHANG" and family name "WEI" (shown "ZHANG WEI"), check the record'],
    ]);
  });

  it('three capitals that are no syllable ("CASTELLANOS, ABC") are initials, said too; a name with small letters is no guess', () => {
    const { notes } = build('abc.ris', ris('CASTELLANOS, ABC', 'Castellanos, AB', 'Li, Yu'));
    expect(notes.map((n) => [n.line, n.note])).toEqual([
      [2, 'AU: "CASTELLANOS, ABC" is written in capitals; its given part "ABC" is taken as the initials A. B. C., not as a given name (shown "A. B. C. CASTELLANOS"): three capitals that do not read as a syllable, check the record'],
    ]);
  });

  it('one note per spelling and file, at its first line, whatever the number of papers it is on', () => {
    const { notes } = build('twice.ris', ris('LI, YU') + ris('LI, YU'));
    expect(notes.map((n) => n.line)).toEqual([2]);
  });

  it('Web of Science and BibTeX say the same; "WEI ZHANG" in BibTeX is "First Last" by BibTeX\'s rule, no guess', () => {
    const wos = 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU LI, YU\nAF LI, YU\nTI Shouted\nPY 2020\nER\nEF\n';
    expect(build('caps.txt', wos).notes.map((n) => [n.line, n.field])).toEqual([[5, 'AF']]);
    const bib = '@article{k, author = {ZHANG, WEI and WEI ZHANG}, title = {Shouted}, year = {2020}}\n';
    expect(build('caps.bib', bib).notes.map((n) => [n.line, n.field, n.note.slice(0, 30)])).toEqual([[1, 'author', 'author: "ZHANG, WEI" is writte']]);
  });
});
