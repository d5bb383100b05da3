/**
 * The cases of test/fixtures/cases/ (copied from ../shared/cases/): small inputs, each showing one kind of
 * problem real exports have, with the right answer from that folder's README.
 */
import { describe, expect, it } from 'vitest';
import { buildFiles, buildText, fixture } from '../helpers';

function build(name: string) {
  const { bundle, report } = buildFiles([fixture(`cases/${name}`)], { labeler: null });
  const names = bundle.authors.name;
  const person = (n: string) => {
    const i = names.indexOf(n);
    expect(i, `person "${n}" in ${JSON.stringify(names)}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const pair = (a: string, b: string) => {
    const [s, t] = [person(a), person(b)].sort((x, y) => x - y);
    const k = bundle.coauthorLinks.source.findIndex((src, j) => src === s && bundle.coauthorLinks.target[j] === t);
    return k < 0 ? 0 : bundle.coauthorLinks.shared[k]!;
  };
  const papersOf = (n: string) => bundle.authors.paperCount[person(n)];
  return { bundle, report, names, person, pair, papersOf };
}

describe('cases: one field holding several names', () => {
  it('01 RIS AU with ";": paper 1 has 4 authors, Okafor and Quist are each one person on 2 papers, 6 pairs, Okafor–Quist on 2', () => {
    const c = build('01-ris-semicolon-authors.ris');
    expect(c.bundle.papers.authors[0]!.map((i) => c.names[i])).toEqual(['Tamsin R. Várkonyi-Lind', 'Bellamy Okafor', 'Ada Lorene Quist', 'Milo K. Ferrante']);
    expect(c.papersOf('Bellamy Okafor')).toBe(2);
    expect(c.papersOf('Ada Lorene Quist')).toBe(2);
    expect(c.report.coauthorPairs).toBe(6);
    expect(c.pair('Bellamy Okafor', 'Ada Lorene Quist')).toBe(2);
    expect(c.report.notes).toContainEqual(expect.objectContaining({ file: '01-ris-semicolon-authors.ris', line: 2, note: expect.stringMatching(/^AU: one entry held 4 names, split at ";"/) }));
  });
});

describe('cases: placeholders taken as people', () => {
  it('06 BibTeX "et al." / "{et al.}" / "others": 4 people, 1 pair, each truncated list noted with file and line', () => {
    const c = build('06-bib-et-al.bib');
    expect([...c.names].sort()).toEqual(['Chuka Obi', 'Hanna Lindqvist', 'Ilya Petrov', 'Ngozi Amadi']);
    expect(c.report.coauthorPairs).toBe(1);
    expect(c.pair('Hanna Lindqvist', 'Chuka Obi')).toBe(1);
    const truncated = c.report.notes.filter((n) => n.file === '06-bib-et-al.bib' && /truncated|others/.test(n.note));
    // each note points at the line of the author field (the issue asks for file, line and field), not the entry's first line
    expect(truncated.map((n) => n.line).sort((a, b) => a - b)).toEqual([2, 9, 16]);
    expect(truncated.every((n) => /^author\b/.test(n.note))).toBe(true);
  });
});

describe('notes on a BibTeX author field name its line', () => {
  it('a Vancouver list in one author field is split, noted at the author field\'s line with the field', () => {
    const text = ['% list', '@article{w1,', '  title = {Gut flora in winter},', '  year = 2019,', '  author = {Westergaard E, Rinaldi G, Osei K},', '}', ''].join('\n');
    const { bundle, report } = buildText('vancouver.bib', text);
    expect([...bundle.authors.name].sort()).toEqual(['E Westergaard', 'G Rinaldi', 'K Osei']);
    expect(report.notes).toContainEqual(expect.objectContaining({ file: 'vancouver.bib', line: 5, note: expect.stringMatching(/^author: one entry held 3 names/) }));
  });
});

describe('cases: name order against the format habit', () => {
  it('02 OpenAlex display_name "Marlow, Petra": 2 people, displayed "Petra Marlow" and "Idris Tennant", 2 papers each, 1 pair shared twice', () => {
    const c = build('02-openalex-family-comma.json');
    expect([...c.names].sort()).toEqual(['Idris Tennant', 'Petra Marlow']);
    expect(c.papersOf('Petra Marlow')).toBe(2);
    expect(c.papersOf('Idris Tennant')).toBe(2);
    expect(c.report.coauthorPairs).toBe(1);
    expect(c.pair('Petra Marlow', 'Idris Tennant')).toBe(2);
    // the two works give each person a different OpenAlex author id: same name + shared co-author joins them, said so
    expect(c.report.merged).toContainEqual(expect.objectContaining({ kind: 'person', kept: 'Petra Marlow', reason: expect.stringMatching(/shared co-author under OpenAlex author ids A1, A3/) }));
  });

  it('18 Vancouver RIS "Castellanos AB" = "Castellanos, A. B.": 3 people, 3 pairs', () => {
    const c = build('18-ris-vancouver-initials.ris');
    expect([...c.names].sort()).toEqual(['A. B. Castellanos', 'J. K. Hult', 'M. de la Rosa-Quint']);
    expect(c.papersOf('A. B. Castellanos')).toBe(2);
    expect(c.papersOf('M. de la Rosa-Quint')).toBe(2);
    expect(c.papersOf('J. K. Hult')).toBe(1);
    expect(c.report.coauthorPairs).toBe(3);
  });
});

describe('cases: text encoding', () => {
  it('04 Windows-1252 BibTeX: "Jörn Kessel" is one person on 2 papers, 3 people, a note says Windows-1252', () => {
    const c = build('04-bib-latin1.bib');
    expect(c.papersOf('Jörn Kessel')).toBe(2);
    expect(c.names).toHaveLength(3);
    expect(c.report.notes).toContainEqual(expect.objectContaining({ file: '04-bib-latin1.bib', line: 8, note: expect.stringMatching(/Windows-1252/) }));
  });
});

describe('cases: record structure', () => {
  it('05 BibTeX crossref: 3 papers, the chapters inherit authors, year 2016 and the venue "Coastal Processes"; nothing skipped', () => {
    const c = build('05-bib-crossref-chapters.bib');
    expect(c.report.papers).toBe(3);
    expect(c.report.skipped).toEqual([]);
    const { papers } = c.bundle;
    for (const title of ['Tidal Mixing in Shallow Estuaries', 'Sediment Plumes After Storms']) {
      const k = papers.title.indexOf(title);
      expect(k, title).toBeGreaterThanOrEqual(0);
      expect(papers.authors[k]!.map((i) => c.names[i])).toEqual(['Odile Marsh', 'Kofi Brannigan']);
      expect(papers.year[k]).toBe(2016);
      expect(c.bundle.venues[papers.venue[k]!]).toBe('Coastal Processes');
    }
    expect(c.report.notes.filter((n) => /crossref/.test(n.note)).map((n) => n.line)).toEqual([1, 7]);
  });
});
