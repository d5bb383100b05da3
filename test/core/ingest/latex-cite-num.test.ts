import { describe, expect, it } from 'vitest';
import { decodeLatex } from '../../../src/core/ingest/latex-text';
import { readBibtex } from '../../../src/core/ingest/bibtex';

/*
 * Testers' findings in BibTeX titles and abstracts: `\cite{key}` became its key with no word said, `\num{12345}`
 * was not grouped as siunitx groups it, `\log^5n` read "log⁵n". Invented records.
 */

const bib = (body: string) => readBibtex({ name: 'cites.bib', text: body });

describe('a citation command in a title or abstract is read as its key in brackets, with a note naming file, line and field', () => {
  it('\\cite{key} in a title: "[key]" in the title, one note at the title\'s line with the field', () => {
    const r = bib('@article{q1,\n  author = {Quill, Maren},\n  title = {A reply to \\cite{vantor2019}},\n  year = {2020}\n}\n');
    expect(r.papers[0]!.title).toBe('A reply to [vantor2019]');
    const cite = r.notes.filter((n) => /citation/.test(n.note));
    expect(cite.map((n) => [n.file, n.line, n.field, n.note])).toEqual([
      ['cites.bib', 3, 'title', 'title: citation command \\cite{vantor2019} read as its key "[vantor2019]" (a citation in a field is a LaTeX habit, not the field\'s words: check the record)'],
    ]);
  });

  it('natbib and biblatex forms with notes and several keys; \\nocite prints nothing and is said to be left out', () => {
    const r = bib('@article{q2,\n  author = {Quill, Maren},\n  title = {Notes},\n  abstract = {As in \\citep[see][p.~3]{ada2001,bo_2002}, and \\textcite{cy2003}.\\nocite{dee2004}},\n  year = {2020}\n}\n');
    expect(r.papers[0]!.abstract).toBe('As in [see ada2001, bo_2002, p. 3], and [cy2003].');
    const cite = r.notes.filter((n) => /citation/.test(n.note));
    expect(cite.map((n) => [n.line, n.field])).toEqual([[4, 'abstract']]);
    expect(cite[0]!.note).toBe(
      'abstract: citation commands \\citep[see][p.~3]{ada2001,bo_2002} read as its keys "[see ada2001, bo_2002, p. 3]"; \\textcite{cy2003} read as its key "[cy2003]"; \\nocite{dee2004} prints nothing; left out (a citation in a field is a LaTeX habit, not the field\'s words: check the record)',
    );
  });

  it('a title without citation commands gets no such note', () => {
    const r = bib('@article{q3, author={Quill, Maren}, title={Plain {words} here}, year={2020}}\n');
    expect(r.notes).toEqual([]);
  });
});

describe('\\num groups digits as siunitx does by default (group-minimum-digits = 5, a thin space between groups)', () => {
  it('five digits or more are grouped in threes by a thin space (U+2009); four stay as written; a decimal part is grouped from the point', () => {
    expect(decodeLatex('\\num{12345}').text).toBe('12\u2009345');
    expect(decodeLatex('\\num{1234}').text).toBe('1234');
    expect(decodeLatex('\\num{1234567.12345}').text).toBe('1\u2009234\u2009567.123\u200945');
    expect(decodeLatex('\\num{0.1234}').text).toBe('0.1234');
    expect(decodeLatex('\\SI{12345}{\\metre}').text).toBe('12\u2009345 m');
    expect(decodeLatex('\\num{1.5e-3}').text).toBe('1.5 × 10⁻³');
  });

  it('in a BibTeX title, the groups read as "12 345" (the title\'s white space is then plain spaces, as for every title)', () => {
    const r = bib('@article{n1, author={Quill, Maren}, title={\\num{12345} graphs and \\num{1234} trees}, year={2020}}\n');
    expect(r.papers[0]!.title).toBe('12 345 graphs and 1234 trees');
    expect(r.notes).toEqual([]);
  });
});

describe('an operator with a script is spaced from its operand, as TeX sets it', () => {
  it('\\log^5n is "log⁵ n"; \\log^2(n) stays "log²(n)"; \\max_i x_i is "maxᵢ xᵢ"', () => {
    expect(decodeLatex('$O(n\\log^5n)$').text).toBe('O(n log⁵ n)');
    expect(decodeLatex('$\\log^{2}n$').text).toBe('log² n');
    expect(decodeLatex('$\\log^2(n)$').text).toBe('log²(n)');
    expect(decodeLatex('$\\max_{i} x_i$').text).toBe('maxᵢ xᵢ');
    expect(decodeLatex('$\\Theta(n\\log\\log n)$').text).toBe('Θ(n log log n)');
  });
});
