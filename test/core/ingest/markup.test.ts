/**
 * Titles and abstracts with HTML or JATS markup (RIS, Crossref's CSL-JSON, PubMed, JSON Lines) are read as the
 * text a reader sees, with one note per file at the line of the first field that carried it; a literal "<" stays.
 */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/ingest/errors';
import { readInput } from '../../../src/core/ingest/index';
import { JsonLinesReader } from '../../../src/core/ingest/jsonl';

const MARKUP_NOTE = (what: string, line: number, rest = '') =>
  `${what} HTML or JATS markup (<i>, <sub>, <jats:p>, &amp;…; the first on line ${line}): read as plain text${rest}`;

/** A RIS record of one author, a title and optional extra tag lines. */
const ris = (title: string, extra = '') => `TY  - JOUR\nAU  - Ferrow, Ilse\nTI  - ${title}\n${extra}PY  - 2020\nER  - \n`;
const jsonl = (...records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
const markupNotes = (notes: { note: string }[]) => notes.filter((n) => /markup/.test(n.note));

/** The error readInput throws, for its message. */
function failure(run: () => unknown): IngestError {
  try {
    run();
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('no IngestError');
}

describe('markup in titles and abstracts', () => {
  it('RIS: inline tags dropped, entities decoded, a literal "<" kept; the note names the TI line', () => {
    const text = `${ris('Growth of <i>Escherichia coli</i> &amp; CO<sub>2</sub> at p < 0.05')}${ris('Plain title')}`;
    const r = readInput({ name: 'x.ris', text });
    expect(r.papers.map((p) => p.title)).toEqual(['Growth of Escherichia coli & CO2 at p < 0.05', 'Plain title']);
    expect(r.notes).toContainEqual({ file: 'x.ris', line: 3, note: MARKUP_NOTE('1 title carries', 3) });
  });

  it("CSL-JSON from Crossref: a JATS abstract's paragraphs read as text with spaces between them, its \"Abstract\" heading dropped", () => {
    const csl = JSON.stringify([
      {
        type: 'article-journal',
        title: 'Soil carbon',
        author: [{ family: 'Doe', given: 'Jane' }],
        abstract: '<jats:title>Abstract</jats:title><jats:p>First part about <jats:italic>soil</jats:italic>.</jats:p><jats:p>Second part.</jats:p>',
      },
    ]);
    const r = readInput({ name: 'x.json', text: csl });
    expect(r.papers[0]!.abstract).toBe('First part about soil. Second part.');
    expect(markupNotes(r.notes).map((n) => n.note)).toEqual([MARKUP_NOTE('1 abstract carries', 1, '; the heading "Abstract" at the start of the abstract dropped')]);
  });

  it('JSON Lines: a title with "<unk>" tokens and "&" alone is left as written, with no note', () => {
    const r = readInput({ name: 'x.jsonl', text: jsonl({ title: 'Handling <unk> tokens & rare words', authors: ['Jane Doe'], year: 2020 }) });
    expect(r.papers[0]!.title).toBe('Handling <unk> tokens & rare words');
    expect(markupNotes(r.notes)).toEqual([]);
  });
});

describe('HTML named character references (every HTML5 one, not a hand-kept few)', () => {
  it('RIS: dashes, quotes, umlauts, Greek letters and symbols are decoded, with the note at the TI line', () => {
    const r = readInput({ name: 'named.ris', text: ris('Low&ndash;power gauges &mdash; it&rsquo;s &ldquo;clever&rdquo; &uuml;ber &alpha;-sheets at 40&deg;C &times; 2 &plusmn; &frac12;&hellip;') });
    expect(r.papers[0]!.title).toBe('Low–power gauges — it’s “clever” über α-sheets at 40°C × 2 ± ½…');
    expect(r.notes).toContainEqual({ file: 'named.ris', line: 3, note: MARKUP_NOTE('1 title carries', 3) });
  });

  it('RIS: "&eacute;" and "&nbsp;" beside the five XML ones: the whole title is read, so the note is true', () => {
    const r = readInput({ name: 'cafe.ris', text: ris('Caf&eacute;&nbsp;talk &amp; the &lt;b&gt; tag &#233; &#x00E9; &hellip;') });
    // "&lt;b&gt;" is the text "<b>" (decoded after tags are read): never read as a tag
    expect(r.papers[0]!.title).toBe('Café talk & the <b> tag é é …');
  });

  it('JSON Lines: named references in a title are decoded, noted at the record\'s line', () => {
    const r = readInput({ name: 'cafe.jsonl', text: jsonl({ title: 'Plain first', authors: ['Ilse Ferrow'] }, { title: 'Caf&eacute;&nbsp;talk &amp; more', authors: ['Ilse Ferrow'] }) });
    expect(r.papers.map((p) => p.title)).toEqual(['Plain first', 'Café talk & more']);
    expect(r.notes).toContainEqual({ file: 'cafe.jsonl', line: 2, note: MARKUP_NOTE('1 title carries', 2) });
  });

  it('"AT&T", "R&D", "&amp R" and an undefined name ("&zork;") are left as written, with no note', () => {
    const r = readInput({ name: 'amp.ris', text: ris('AT&T and R&D labs: &amp R and &zork; notes') });
    expect(r.papers[0]!.title).toBe('AT&T and R&D labs: &amp R and &zork; notes');
    expect(markupNotes(r.notes)).toEqual([]);
  });
});

describe('a title that is only markup is no title', () => {
  it('RIS: "<i></i>" and "&nbsp;" records are skipped with the reason; the other record is read, with no broken note', () => {
    const text = `${ris('<i></i>')}\n${ris('Tidal mixing in fjords')}\n${ris('&nbsp;')}`;
    const r = readInput({ name: 'empty.ris', text });
    expect(r.papers.map((p) => p.title)).toEqual(['Tidal mixing in fjords']);
    expect(r.skipped).toEqual([
      { file: 'empty.ris', line: 1, reason: 'no title: the title "<i></i>" is only markup, empty once read as text', record: '<i></i>' },
      { file: 'empty.ris', line: 13, reason: 'no title: the title "&nbsp;" is only markup, empty once read as text', record: '&nbsp;' },
    ]);
    expect(markupNotes(r.notes)).toEqual([]);
  });

  it('RIS: a file whose every title is only markup stops with the first reason, as a file without titles does', () => {
    const err = failure(() => readInput({ name: 'all-empty.ris', text: `${ris('<i></i>')}\n${ris('&nbsp;')}` }));
    expect(err.line).toBe(1);
    expect(err.problem).toBe('no paper could be read from this RIS file: no title: the title "<i></i>" is only markup, empty once read as text (and 1 more records skipped)');
  });

  it('a skipped empty title leaves the note about the others well formed, with its count', () => {
    const text = `${ris('<b></b>')}\n${ris('Dust on <i>Mars</i>')}`;
    const r = readInput({ name: 'mixed.ris', text });
    expect(r.papers.map((p) => p.title)).toEqual(['Dust on Mars']);
    expect(markupNotes(r.notes)).toEqual([{ file: 'mixed.ris', line: 9, note: MARKUP_NOTE('1 title carries', 9) }]);
  });

  it('CSL-JSON: an item titled "<i></i>" is skipped with the reason and its line', () => {
    const csl = `[\n${JSON.stringify({ id: 'blank', type: 'article-journal', title: '<i></i>', author: [{ family: 'Ferrow', given: 'Ilse' }] })},\n${JSON.stringify({ id: 'kept', type: 'article-journal', title: 'Kept', author: [{ family: 'Ferrow', given: 'Ilse' }] })}\n]`;
    const r = readInput({ name: 'empty.json', text: csl });
    expect(r.papers.map((p) => p.id)).toEqual(['kept']);
    expect(r.skipped).toEqual([{ file: 'empty.json', line: 2, reason: 'no title: the title "<i></i>" is only markup, empty once read as text', record: 'blank' }]);
  });

  it('JSON Lines: the line is skipped with the reason, as for a paper without a "title" (read whole or streamed by the CLI)', () => {
    const text = jsonl({ title: 'Real one', authors: ['Ilse Ferrow'] }, { title: '&nbsp;', authors: ['Ilse Ferrow'] });
    const skipped = [{ file: 'empty.jsonl', line: 2, reason: 'no title: the title "&nbsp;" is only markup, empty once read as text', record: '&nbsp;' }];
    const whole = readInput({ name: 'empty.jsonl', text });
    expect(whole.papers.map((p) => p.title)).toEqual(['Real one']);
    expect(whole.skipped).toEqual(skipped);
    const reader = new JsonLinesReader('empty.jsonl');
    text.split('\n').forEach((line, i) => reader.line(line, i + 1));
    expect(readInput({ name: 'empty.jsonl', text: '', parsed: reader.result() }).skipped).toEqual(skipped);
    // only that line: no paper, an error naming it
    const only = failure(() => readInput({ name: 'empty.jsonl', text: text.split('\n')[1]! }, 'jsonl'));
    expect([only.line, only.problem]).toEqual([1, 'no paper could be read from this JSON Lines file: no title: the title "&nbsp;" is only markup, empty once read as text']);
  });
});

describe("Crossref abstracts' leading heading", () => {
  const crossref = (...abstracts: string[]) =>
    JSON.stringify(abstracts.map((abstract, k) => ({ type: 'journal-article', title: [`Paper ${k + 1}`], author: [{ family: 'Ferrow', given: 'Ilse' }], abstract })));

  it('"Abstract", "ABSTRACT" and "Summary" headings are dropped, said once in the file\'s markup note; other headings stay', () => {
    const r = readInput({
      name: 'crossref.json',
      text: crossref(
        '<jats:title>Abstract</jats:title><jats:p>Kelp forests grow.</jats:p>',
        '<jats:title>ABSTRACT</jats:title><jats:p>Reefs bleach.</jats:p>',
        '<jats:title>Summary</jats:title><jats:p>Ice melts.</jats:p>',
        '<jats:sec><jats:title>Background</jats:title><jats:p>Rivers flood.</jats:p></jats:sec>',
        '<jats:p>An abstract about the Abstract heading.</jats:p>',
      ),
    });
    expect(r.papers.map((p) => p.abstract)).toEqual(['Kelp forests grow.', 'Reefs bleach.', 'Ice melts.', 'Background Rivers flood.', 'An abstract about the Abstract heading.']);
    expect(markupNotes(r.notes).map((n) => n.note)).toEqual([MARKUP_NOTE('5 abstracts carry', 1, '; the headings "Abstract", "ABSTRACT", "Summary" at the start of 3 abstracts dropped')]);
  });
});

describe('CSL-JSON title markup', () => {
  it('a title\'s <b> and <i> are read as text with the file\'s one note, as in other formats', () => {
    const item = (id: string, title: string, abstract?: string) => ({ id, type: 'article-journal', title, author: [{ family: 'Ferrow', given: 'Ilse' }], ...(abstract ? { abstract } : {}) });
    const csl = JSON.stringify([item('a', 'Salt is <b>all</b> you need'), item('b', 'Brine <i>pools</i>', '<jats:p>Deep brine.</jats:p>')]);
    const r = readInput({ name: 'csl.json', text: csl });
    expect(r.papers.map((p) => p.title)).toEqual(['Salt is all you need', 'Brine pools']);
    expect(markupNotes(r.notes)).toEqual([{ file: 'csl.json', line: 1, note: MARKUP_NOTE('2 titles and 1 abstract carry', 1) }]);
  });
});

describe('PubMed markup note: the line of the field that carried it', () => {
  const record = (title: string, abstract: string) =>
    ['PMID- 39000001', 'OWN - NLM', 'STAT- MEDLINE', 'DP  - 2021', `TI  - ${title}`, `AB  - ${abstract}`, '      continued here.', 'FAU - Ferrow, Ilse', 'AU  - Ferrow I', 'JT  - Journal of Tests', ''].join('\n');

  it('a title with <i> on line 5 is noted on line 5, not the record\'s first line', () => {
    const r = readInput({ name: 'pm.nbib', text: record('Effect of <i>Vibrio fischeri</i> on squid.', 'Plain abstract (P<0.001),') });
    expect(r.papers[0]!.title).toBe('Effect of Vibrio fischeri on squid');
    expect(r.notes).toContainEqual({ file: 'pm.nbib', line: 5, note: MARKUP_NOTE('1 title carries', 5) });
  });

  it('an abstract with markup under a plain title is noted at the AB line', () => {
    const r = readInput({ name: 'pm.nbib', text: record('Plain title.', 'CO<sub>2</sub> rose &ndash; fast,') });
    expect(r.papers[0]!.abstract).toBe('CO2 rose – fast, continued here.');
    expect(r.notes).toContainEqual({ file: 'pm.nbib', line: 6, note: MARKUP_NOTE('1 abstract carries', 6) });
  });
});

describe('one rule for HTML in any text field (a tester: <b> removed but <img …> shown as text)', () => {
  it('BibTeX, JSON Lines and RIS alike: tags removed, text kept; <img>, <script>, <iframe> dropped and named in the note', () => {
    const bib = readInput({ name: 'p.bib', text: '@article{k1, title={<img src=x onerror=alert(1)> Bold <b>claims</b>}, author={Ferrow, Ilse}, abstract={See <a href="http://x.example">here</a> and <script>alert(2)</script> done}, journal={J <mark>Q</mark>}, year={2020}}\n' });
    expect(bib.papers[0]).toMatchObject({ title: 'Bold claims', abstract: 'See here and done', venue: 'J Q' });
    expect(markupNotes(bib.notes).map((n) => n.note)).toEqual([
      MARKUP_NOTE('1 title and 1 abstract and 1 venue name carry', 1, '; <img>, <script> dropped (no text to read)'),
    ]);
    const jl = readInput({ name: 'p.jsonl', text: jsonl({ title: '<img src="x.png"/> Plain <em>t</em> with <unk> tokens', authors: ['Ilse Ferrow'], abstract: 'a <iframe src="y"></iframe> b' }) });
    expect(jl.papers[0]).toMatchObject({ title: 'Plain t with <unk> tokens', abstract: 'a b' });
    expect(markupNotes(jl.notes)[0]!.note).toContain('<iframe>, <img> dropped (no text to read)');
    const r = readInput({ name: 'p.ris', text: ris('<IMG SRC="x.png"> Plain <span class="x">t</span>') });
    expect(r.papers[0]!.title).toBe('Plain t');
    expect(markupNotes(r.notes)[0]!.note).toContain('<img> dropped');
  });
});
