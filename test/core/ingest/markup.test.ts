/**
 * Titles and abstracts with HTML or JATS markup (RIS, Crossref's CSL-JSON, PubMed, JSON Lines) are read as the
 * text a reader sees, with one note per file; a literal "<" stays.
 */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/core/ingest/index';

describe('markup in titles and abstracts', () => {
  it('RIS: inline tags dropped, entities decoded, a literal "<" kept', () => {
    const ris = 'TY  - JOUR\nAU  - Doe, Jane\nTI  - Growth of <i>Escherichia coli</i> &amp; CO<sub>2</sub> at p < 0.05\nPY  - 2020\nER  - \nTY  - JOUR\nAU  - Roe, Rick\nTI  - Plain title\nPY  - 2020\nER  - \n';
    const r = readInput({ name: 'x.ris', text: ris });
    expect(r.papers.map((p) => p.title)).toEqual(['Growth of Escherichia coli & CO2 at p < 0.05', 'Plain title']);
    expect(r.notes).toContainEqual({ file: 'x.ris', line: 1, note: '1 title carries HTML or JATS markup (<i>, <sub>, <jats:p>, &amp;…; the first on line 1): read as plain text' });
  });

  it("CSL-JSON from Crossref: a JATS abstract's paragraphs read as text with spaces between them", () => {
    const csl = JSON.stringify([
      {
        type: 'article-journal',
        title: 'Soil carbon',
        author: [{ family: 'Doe', given: 'Jane' }],
        abstract: '<jats:title>Abstract</jats:title><jats:p>First part about <jats:italic>soil</jats:italic>.</jats:p><jats:p>Second part.</jats:p>',
      },
    ]);
    const r = readInput({ name: 'x.json', text: csl });
    expect(r.papers[0]!.abstract).toBe('Abstract First part about soil. Second part.');
    expect(r.notes.some((n) => n.note.startsWith('1 abstract carries HTML or JATS markup'))).toBe(true);
  });

  it('JSON Lines: a title with "<unk>" tokens and "&" alone is left as written, with no note', () => {
    const r = readInput({ name: 'x.jsonl', text: `${JSON.stringify({ title: 'Handling <unk> tokens & rare words', authors: ['Jane Doe'], year: 2020 })}\n` });
    expect(r.papers[0]!.title).toBe('Handling <unk> tokens & rare words');
    expect(r.notes.filter((n) => /markup/.test(n.note))).toEqual([]);
  });
});
