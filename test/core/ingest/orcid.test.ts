/**
 * ORCID iDs (a data tester's finding): one normaliser for every reader, the check digit checked (ISO 7064
 * MOD 11-2, as ORCID documents it), a bad iD noted and left out of who is who, and one iD on names whose
 * family names differ kept as one person with a note to check the record.
 */
import { describe, expect, it } from 'vitest';
import { normaliseOrcid, orcidCheckDigit } from '../../../src/core/ingest/orcid';
import { buildText } from '../helpers';

const GOOD = '0000-0002-1825-0097'; // ORCID's own documented example
const OTHER = '0000-0001-5109-3700';

/** A PubMed record: each author `[FAU, ORCID or null]`. */
const pubmed = (pmid: number, title: string, authors: [string, string | null][]) =>
  [`PMID- ${pmid}`, `TI  - ${title}.`, 'DP  - 2021', ...authors.flatMap(([fau, orcid]) => [`FAU - ${fau}`, ...(orcid ? [`AUID- ORCID: ${orcid}`] : [])]), ''].join('\n');
const names = (r: ReturnType<typeof buildText>) => r.bundle.authors.name;
const orcidOf = (r: ReturnType<typeof buildText>, name: string) => r.bundle.authors.orcid[r.bundle.authors.name.indexOf(name)];

describe('ORCID iDs: read one way in every format and checked', () => {
  it('normalises the ways an iD is written and rejects a wrong check digit', () => {
    expect(orcidCheckDigit('000000021825009')).toBe('7');
    expect(orcidCheckDigit('000000021694233')).toBe('X');
    for (const v of [GOOD, '0000000218250097', `https://orcid.org/${GOOD}`, `http://www.orcid.org/${GOOD}`, `orcid.org/${GOOD}`, `ORCID: ${GOOD}`, `ORCID iD ${GOOD}`, ` ${GOOD} `]) expect(normaliseOrcid(v)).toEqual({ orcid: GOOD, problem: null });
    expect(normaliseOrcid('0000-0002-1694-233x').orcid).toBe('0000-0002-1694-233X');
    expect(normaliseOrcid('000000021694233x').orcid).toBe('0000-0002-1694-233X');
    expect(normaliseOrcid('0000-0002-1825-009X')).toEqual({ orcid: null, problem: expect.stringMatching(/check digit/) });
    expect(normaliseOrcid('0000-0000-0000-0000').orcid).toBeNull();
    expect(normaliseOrcid('0000-0002-1825')).toEqual({ orcid: null, problem: expect.stringMatching(/not an ORCID iD/) });
    expect(normaliseOrcid('')).toEqual({ orcid: null, problem: null });
    expect(normaliseOrcid(null)).toEqual({ orcid: null, problem: null });
  });

  it('PubMed: a placeholder iD on two authors does not make them one person, and each bad iD is a note with its line and value', () => {
    const r = buildText('list.nbib', pubmed(1, 'Fern spores in cold soil', [['Alpha, Anna', '0000-0000-0000-0000'], ['Gamma, Gina', '0000-0000-0000-0000'], ['Delta, Dora', '0000-0002-1825-009X']]));
    expect(names(r)).toEqual(expect.arrayContaining(['Anna Alpha', 'Gina Gamma', 'Dora Delta']));
    expect(r.bundle.authors.orcid.every((o) => o === null)).toBe(true);
    expect(r.report.merged.filter((m) => m.kind === 'person')).toEqual([]);
    const bad = r.report.notes.filter((n) => /^ORCID /.test(n.note));
    expect(bad).toEqual([
      expect.objectContaining({ file: 'list.nbib', line: 5, note: expect.stringMatching(/ORCID "0000-0000-0000-0000" on "Alpha, Anna".*check digit.*not used/) }),
      expect.objectContaining({ file: 'list.nbib', line: 7, note: expect.stringMatching(/"0000-0000-0000-0000" on "Gamma, Gina"/) }),
      expect.objectContaining({ file: 'list.nbib', line: 9, note: expect.stringMatching(/"0000-0002-1825-009X" on "Delta, Dora"/) }),
    ]);
  });

  it('an iD without hyphens is the same iD as with them: one person, no note', () => {
    const r = buildText('list.nbib', [pubmed(1, 'Moss on stone', [['Okafor, Chidi', '0000000218250097'], ['Beta, Bert', null]]), pubmed(2, 'Moss on bark', [['Okafor, C', `https://orcid.org/${GOOD}`], ['Beta, Bert', null]])].join('\n'));
    expect(orcidOf(r, 'Chidi Okafor')).toBe(GOOD);
    expect(names(r).filter((n) => /Okafor/.test(n))).toEqual(['Chidi Okafor']);
    expect(r.report.notes.filter((n) => /ORCID/.test(n.note))).toEqual([]);
  });

  it('one iD on two family names stays one person (the iD decides; names change) with a note to check the record', () => {
    const r = buildText('list.nbib', [pubmed(1, 'Lichen on walls', [['Zhang, Wei', GOOD], ['Beta, Bert', null]]), pubmed(2, 'Lichen on roofs', [['Garcia, Maria', GOOD], ['Beta, Bert', null]])].join('\n'));
    expect(names(r).filter((n) => n !== 'Bert Beta')).toHaveLength(1);
    expect(r.report.notes).toContainEqual(expect.objectContaining({ file: 'list.nbib', line: 11, note: `ORCID ${GOOD} on 'Wei Zhang' and 'Maria Garcia': kept as one person as the ORCID says; check the record` }));
    expect(r.report.merged).toContainEqual(expect.objectContaining({ kind: 'person', reason: expect.stringMatching(/same ORCID .*family names differ/) }));
  });

  it('one iD on spellings of one family name (initials, order, a double name) has no such note', () => {
    const r = buildText('list.nbib', [pubmed(1, 'Reeds in lakes', [['Smith, Jane', OTHER], ['Beta, Bert', null]]), pubmed(2, 'Reeds in ponds', [['Smith-Jones, J', OTHER], ['Beta, Bert', null]]), pubmed(3, 'Reeds in rivers', [['Jane Smith', OTHER], ['Beta, Bert', null]])].join('\n'));
    expect(r.report.notes.filter((n) => /ORCID/.test(n.note))).toEqual([]);
  });

  it('OpenAlex and DBLP take the same iDs the same way: a bad one is noted, an unhyphenated one is read', () => {
    const work = (w: number, orcid: string) => ({ id: `https://openalex.org/W${w}`, title: `Sedge ${w}`, publication_year: 2020, authorships: [{ author: { id: `https://openalex.org/A${w}`, display_name: 'Ines Moreau', orcid } }, { author: { id: 'https://openalex.org/A9', display_name: 'Tomas Berg' } }] });
    const oa = buildText('works.json', JSON.stringify({ results: [work(1, '0000000218250097'), work(2, 'https://orcid.org/0000-0002-1825-009X')] }));
    expect(oa.bundle.authors.orcid).toContain(GOOD);
    expect(oa.report.notes).toContainEqual(expect.objectContaining({ file: 'works.json', note: expect.stringMatching(/ORCID "https:\/\/orcid.org\/0000-0002-1825-009X" on "Ines Moreau"/) }));
    const xml = `<?xml version="1.0"?>\n<dblp>\n<article key="a1"><author orcid="0000000218250097">Ines Moreau</author><author orcid="0000-0002-1825-009X">Tomas Berg</author><title>Sedge.</title><year>2020</year></article>\n</dblp>\n`;
    const db = buildText('dblp.xml', xml);
    expect(orcidOf(db, 'Ines Moreau')).toBe(GOOD);
    expect(orcidOf(db, 'Tomas Berg')).toBeNull();
    expect(db.report.notes).toContainEqual(expect.objectContaining({ file: 'dblp.xml', line: 3, note: expect.stringMatching(/"0000-0002-1825-009X" on "Tomas Berg"/) }));
  });
});
