import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';

/*
 * A tester: a note named its field only in its text. Notes now carry `field` (the input's own name for it) where the
 * reader knows it, in the build report too; their texts are unchanged. Invented records.
 */

const notesOf = (name: string, text: string) => buildDataset([{ name, text }]).report.notes.map((n) => [n.line, n.field, n.note]);

describe('notes name their field', () => {
  it('RIS: a year read from "1999a" (PY), an organisation author (AU), a DOI that is none (DO)', () => {
    const text = ['TY  - JOUR', 'AU  - Vantor, Elsa', 'AU  - Ministry of Health, Labour and Welfare', 'TI  - Fields', 'PY  - 1999a', 'DO  - not a doi', 'ER  - ', ''].join('\n');
    const notes = notesOf('f.ris', text);
    expect(notes).toContainEqual([5, 'PY', 'PY "1999a" read as 1999']);
    expect(notes).toContainEqual([3, 'AU', 'AU "Ministry of Health, Labour and Welfare" reads as an organisation, not "Last, First": kept as written']);
    expect(notes.find((n) => n[0] === 6)?.[1]).toBe('DO');
  });

  it('BibTeX: an unknown command in the title (title), a year read from "2020a" (year), "and others" (author)', () => {
    const text = '@article{k,\n  author = {Vantor, Elsa and others},\n  title = {A \\foo{} title},\n  year = {2020a}\n}\n';
    const notes = notesOf('f.bib', text);
    expect(notes).toContainEqual([3, 'title', 'title: unknown LaTeX command \\foo kept as its name "foo"']);
    expect(notes.find((n) => n[0] === 4)?.[1]).toBe('year');
    expect(notes).toContainEqual([2, 'author', 'author list ends with "and others": the unnamed co-authors are not counted']);
  });

  it('JSON Lines (year), Web of Science (CA), PubMed (CN) and Scopus (Author(s) ID) alike', () => {
    expect(notesOf('f.jsonl', '{"title": "T", "authors": ["Elsa Vantor"], "year": 2020.5}\n')).toEqual([[1, 'year', 'year 2020.5 is not a whole year: 2020 used']]);
    const wos = 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Vantor, E\nAF Vantor, Elsa\nCA Meadow Consortium\nTI Fields\nPY 2020\nER\nEF\n';
    expect(notesOf('f.txt', wos).map((n) => n[1])).toEqual(['CA']);
    const pubmed = 'PMID- 1\nTI  - Fields.\nFAU - Vantor, Elsa\nAU  - Vantor E\nCN  - Meadow Consortium\nDP  - 2020\n';
    expect(notesOf('f.nbib', pubmed).map((n) => n.slice(0, 2))).toEqual([[5, 'CN']]);
    const scopus = '"Authors","Author(s) ID","Title","Year","Source title","EID"\n"Vantor E.","57000000001;57000000002","Fields","2020","J","2-s2.0-9"\n';
    expect(notesOf('f.csv', scopus).map((n) => n.slice(0, 2))).toEqual([[2, 'Author(s) ID']]);
  });
});
