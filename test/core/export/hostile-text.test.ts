import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { authorsCsv, csvText, papersCsv } from '../../../src/core/export/csv';
import { bundleToGexf } from '../../../src/core/export/gexf';
import { buildDataset } from '../../../src/core/pipeline';
import { xmlText } from '../../../src/core/util/xml-text';
import { fixtureFile } from '../ingest/corpus';

/** Parse as XML 1.0 (saxes, a conformant parser): throws on a document that is not well-formed. */
function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
}

describe('every export is well-formed whatever the titles hold (jsonl-control-char-breaks-gexf.jsonl)', () => {
  const built = buildDataset([fixtureFile('break/jsonl-control-char-breaks-gexf.jsonl')]);

  it('the build reads U+0001 in a title as a space between the words, with a note at its file and line', () => {
    expect(built.bundle.papers.title[0]).toBe('Control char title');
    const note = built.report.notes.find((n) => n.field === 'title')!;
    expect(note.file).toMatch(/jsonl-control-char-breaks-gexf\.jsonl$/);
    expect(note.line).toBe(1);
    expect(note.note).toBe('title: control character U+0001 read as a space between words: "Control char title"');
  });

  // a bundle made before the build replaced them (or written by hand) still holds one: the exports stay well-formed
  const bundle = structuredClone(built.bundle);
  bundle.papers.title[0] = 'Control\u0001char title';
  const abstracts = built.abstracts;

  it('GEXF (with papers) parses as XML and holds no forbidden character', () => {
    const all = (n: number) => new Uint8Array(n).fill(1);
    const shown = { view: 'papers' as const, author: all(bundle.authors.name.length), paper: all(bundle.papers.title.length), minLinkWeight: 0 };
    const gexf = bundleToGexf(bundle, { shown });
    expect(() => wellFormed(gexf)).not.toThrow();
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(gexf).toContain(bundle.papers.title[0]!.replace(/\u0001/g, ''));
  });

  it('a GEXF of the raw title would not have parsed (the check can fail)', () => {
    expect(() => wellFormed(`<a t="x\u0001y"/>`)).toThrow();
  });

  it('SVG text (xmlText) drops forbidden characters and lone surrogates, escapes markup', () => {
    expect(xmlText('a\u0001b <i>&"\'\uD800 \uD83D\uDE00')).toBe('ab &lt;i&gt;&amp;&quot;&#39; \uD83D\uDE00');
    expect(() => wellFormed(`<svg><text>${xmlText(bundle.papers.title[0]!)}</text></svg>`)).not.toThrow();
  });

  it('CSV cells hold no control character either', () => {
    const csv = papersCsv(bundle, abstracts) + authorsCsv(bundle);
    expect(csv).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('CSV formula neutralising covers the full-width forms', () => {
  it.each(['＝HYPERLINK("http://x")', '＋1＋1', '－2', '＠SUM(A1)', '=1', '+1', '-1', '@A', '\t=1'])('%s gets a leading apostrophe', (bad) => {
    const [[value]] = parse(`${csvText(bad)}\r\n`) as string[][];
    expect(value).toBe(`'${bad}`);
  });
  it('plain text and numbers are left alone', () => {
    expect(csvText('plain title')).toBe('plain title');
    expect(csvText('a, "b"')).toBe('"a, ""b"""');
  });
});
