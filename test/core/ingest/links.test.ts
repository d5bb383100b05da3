/**
 * A link from data is http(s) only: a paper's `url` of another scheme (`javascript:`, `data:`, `ftp:`) is left
 * out with a note in every format, so it reaches neither the bundle nor an export; a bare `www.` address is read
 * as https with a note.
 */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/core/ingest/index';
import { buildText } from '../helpers';

describe('links in the data', () => {
  it('BibTeX, RIS, CSL-JSON and JSON Lines: javascript:, data: and ftp: links are left out with a note naming file and line', () => {
    const bib = '@article{a, author={Doe, Jane}, title={One}, year=2020, url={javascript:alert(1)}}\n@article{b, author={Roe, Rick}, title={Two}, year=2020, url={ https://example.org/two }}\n';
    const r = readInput({ name: 'x.bib', text: bib });
    expect(r.papers.map((p) => p.url)).toEqual([null, 'https://example.org/two']);
    expect(r.notes).toContainEqual(expect.objectContaining({ file: 'x.bib', line: 1, note: 'link "javascript:alert(1)" is not an http(s) address: left out' }));

    const ris = 'TY  - JOUR\nAU  - Doe, Jane\nTI  - One\nPY  - 2020\nUR  - ftp://files.example.org/one.pdf\nER  - \n';
    expect(readInput({ name: 'x.ris', text: ris }).papers[0]!.url).toBeNull();

    const csl = JSON.stringify([{ type: 'article', title: 'One', author: [{ family: 'Doe', given: 'Jane' }], URL: ' JavaScript:alert(1)' }]);
    expect(readInput({ name: 'x.json', text: csl }).papers[0]!.url).toBeNull();

    const jsonl = `${JSON.stringify({ title: 'One', authors: ['Jane Doe'], year: 2020, url: 'data:text/html,<script>alert(1)</script>' })}\n${JSON.stringify({ title: 'Two', authors: ['Jane Doe'], year: 2020, url: 'www.example.org/two' })}\n`;
    const j = readInput({ name: 'x.jsonl', text: jsonl });
    expect(j.papers.map((p) => p.url)).toEqual([null, 'https://www.example.org/two']);
    expect(j.notes.map((n) => [n.line, n.note])).toEqual([
      [1, 'link "data:text/html,<script>alert(1)</script>" is not an http(s) address: left out'],
      [2, 'link "www.example.org/two" has no scheme: read as https://www.example.org/two'],
    ]);
  });

  it('the bundle holds no link but http(s) ones, and the build report says what was left out', () => {
    const jsonl = JSON.stringify({ title: 'One', authors: ['Jane Doe', 'Rick Roe'], year: 2020, url: 'javascript:alert(document.cookie)' });
    const { bundle, report } = buildText('x.jsonl', `${jsonl}\n`);
    expect(bundle.papers.url.every((u) => u === null || /^https?:\/\//.test(u))).toBe(true);
    expect(report.notes.some((n) => /is not an http\(s\) address: left out/.test(n.note))).toBe(true);
  });
});
