import { describe, expect, it } from 'vitest';
import { decodeLatex } from '../../../src/core/ingest/latex-text';
import { expandMacros } from '../../../src/core/ingest/latex-macros';
import { readBibtex, unknownCommandsNote } from '../../../src/core/ingest/bibtex';
import { cleanText } from '../../../src/core/util/text-lines';

const text = (tex: string) => cleanText(decodeLatex(tex).text);
const bib = (body: string) => readBibtex({ name: 'logos.bib', text: body });
const notes = (r: { notes: { line: number; note: string }[] }) => r.notes.map((n) => [n.line, n.note]);

describe('TeX logos are their names in titles', () => {
  it('\\TeX, \\LaTeX, \\BibTeX, \\LaTeXe with braces or {} read as a reader sees them, with no note', () => {
    const r = bib('@article{t1, author={Quill, Maren}, title={The {\\TeX}book and {\\LaTeX} and \\BibTeX{} and {\\LaTeXe}}, year={1984}}\n');
    expect(r.papers[0]!.title).toBe('The TeXbook and LaTeX and BibTeX and LaTeX2ε');
    expect(r.notes).toEqual([]);
  });

  it('the other engines and formats too, and a control space after a logo is a space', () => {
    expect(text('\\XeLaTeX, \\LuaTeX, \\pdfTeX, \\ConTeXt, \\eTeX, \\AmS-\\LaTeX')).toBe('XeLaTeX, LuaTeX, pdfTeX, ConTeXt, ε-TeX, AMS-LaTeX');
    expect(text('\\TeX\\ for the masses and \\LaTeX{} for all')).toBe('TeX for the masses and LaTeX for all');
  });
});

describe('siunitx quantities read as siunitx sets them', () => {
  it('\\si{unit} and \\SI{number}{unit}: "5 µm and 10 K", no note', () => {
    const r = bib('@article{l1, author={Quill, Maren}, title={H\\textsubscript{2}O and CO$_2$ at 5~\\si{\\micro\\metre} and \\SI{10}{\\kelvin}}, year={2020}}\n');
    expect(r.papers[0]!.title).toBe('H₂O and CO₂ at 5 µm and 10 K');
    expect(r.notes).toEqual([]);
  });

  it('prefixes, \\per, powers, literal units, degrees and per cent', () => {
    expect(text('\\SI{3}{\\kilo\\metre\\per\\second}, \\si{\\square\\metre}, \\si{\\metre\\cubed}, \\si{m/s}')).toBe('3 km s⁻¹, m², m³, m/s');
    expect(text('\\SI{37}{\\celsius} and \\SI{30}{\\degree} and \\ang{1;2;3} and \\SI{5}{\\percent}')).toBe('37 °C and 30° and 1°2′3″ and 5 %');
    expect(text('\\SI{2.4}{\\giga\\hertz}, \\SI{5}{\\milli\\watt}, \\SI{3.3}{\\volt}, \\SI{1}{\\nano\\second}, \\SI{2}{\\gram}')).toBe('2.4 GHz, 5 mW, 3.3 V, 1 ns, 2 g');
    expect(text('\\qty{2}{\\MHz} and \\unit{\\hertz}')).toBe('2 MHz and Hz');
  });

  it('numbers: exponents, ± and ranges and lists', () => {
    expect(text('\\num{1.5e-3} and \\SI{3+-0.2}{\\milli\\gram}')).toBe('1.5 × 10⁻³ and 3 ± 0.2 mg');
    expect(text('\\SIrange{1}{5}{\\meter} and \\numrange{10}{20} and \\numlist{1;2;3}')).toBe('1 m to 5 m and 10 to 20 and 1, 2 and 3');
    expect(text('\\SI[per-mode=symbol]{9.81}{\\metre\\per\\second\\squared}')).toBe('9.81 m s⁻²');
  });

  it('a unit command siunitx does not define is kept as its name and noted, never dropped', () => {
    const d = decodeLatex('\\SI{3}{\\furlong\\per\\fortnight}');
    expect(cleanText(d.text)).toBe('3 furlong fortnight⁻¹');
    expect(d.unknownCommands).toEqual(['\\furlong', '\\fortnight']);
    expect(expandMacros('plain text').unknownCommands).toEqual([]);
  });
});

describe('an unknown LaTeX command is kept as its name with a note that says so', () => {
  it('"\\foo{bar}" is "foo bar"; the note names the command and what was kept', () => {
    const r = bib('@article{u1, author={Quill, Maren},\n  title={Searching \\texit{Cataglyphis} ants}}\n');
    expect(r.papers[0]!.title).toBe('Searching texit Cataglyphis ants');
    expect(notes(r)).toEqual([[2, 'title: unknown LaTeX command \\texit kept as its name "texit"']]);
    expect(r.notes.some((n) => /dropped|text kept/.test(n.note))).toBe(false);
  });

  it('several unknown commands: one note naming each once', () => {
    expect(unknownCommandsNote(['\\foo', '\\bar', '\\foo'])).toBe('unknown LaTeX commands \\foo, \\bar kept as their names ("foo", "bar")');
    expect(text('{\\foo}book and \\qux baz')).toBe('foo book and qux baz');
  });

  it('plain TeX fractions and LaTeX-less capital Greek letters have their text', () => {
    expect(text('Automating {$2{1\\over 2}$}-Axis Milling')).toBe('Automating 2½-Axis Milling');
    expect(text('ratio $({r\\over 2}+1)$ and ${n \\choose k}$')).toBe('ratio (r/2+1) and n choose k');
    expect(text('$\\Beta$-Skeletons')).toBe('Β-Skeletons');
  });
});

describe('escaped braces inside a word are a twice-escaped case protection, read as the letters with a note', () => {
  it('the Anthology\'s IJCLCLP journal field: "\\{C\\}hinese" is "Chinese", "\\{D\\}ecember" "December" (it read "{C}hinese")', () => {
    const r = bib('@article{j1, author={Quill, Maren}, title={Tagging},\n  journal={International Journal of Computational Linguistics \\& \\{C\\}hinese Language Processing, Volume 21, Number 2, \\{D\\}ecember 2016}, year={2016}}\n');
    expect(r.papers[0]!.venue).toBe('International Journal of Computational Linguistics & Chinese Language Processing, Volume 21, Number 2, December 2016');
    expect(notes(r)).toEqual([[2, 'journal: "\\{C\\}" read as "C", "\\{D\\}" read as "D" (escaped braces inside a word: case-protecting braces escaped twice by the export; check the record)']]);
  });

  it('escaped braces not inside a word stay braces, without a note', () => {
    expect(text('a \\{set\\} of \\{x\\}')).toBe('a {set} of {x}');
    expect(decodeLatex('a \\{set\\} of').escapedCaseBraces).toBeUndefined();
  });
});

describe('math in titles keeps its spaces and grouping', () => {
  it('a radicand of more than one symbol keeps its parentheses; operator names are spaced from letters', () => {
    const r = bib(`@article{m1, author={Quill, Maren}, title={Matching in Time \${O}(n^{1.5} \\sqrt{m/\\log n})$}, year={1991}}
@article{m2, author={Quill, Maren}, title={A simple proof of the \${O}(\\sqrt{n}\\log^{3/4}(n))$ bound}, year={1992}}
@article{m3, author={Quill, Maren}, title={Sorting in $O(n \\log n)$ and $\\Theta(n\\log\\log n)$ time}, year={1993}}
`);
    expect(r.papers.map((p) => p.title)).toEqual([
      'Matching in Time O(n^1.5 √(m/log n))',
      'A simple proof of the O(√n log^(3/4)(n)) bound',
      'Sorting in O(n log n) and Θ(n log log n) time',
    ]);
    expect(r.notes).toEqual([]);
  });

  it('an operator name takes no space before a bracket, a script or a subscript', () => {
    expect(text('$\\log(n)$, $2\\log n$, $\\sin\\theta$, $\\max_{i} x$, $\\log_2 n$, $\\exp{x}$')).toBe('log(n), 2 log n, sin θ, maxᵢ x, log₂ n, exp x');
  });

  it('a decimal exponent reads alone unless a letter follows it', () => {
    expect(text('$n^{0.695}$ and $(m+n)^{1.5}n$ and $F_{0.5}$ score')).toBe('n^0.695 and (m+n)^(1.5)n and F_0.5 score');
  });

  it('roots and fractions: ∛, grouped parts, ½ for digits, a subscripted symbol alone', () => {
    expect(text('$\\sqrt{a_i}$ and $\\frac{a_i}{b}$')).toBe('√aᵢ and aᵢ/b');
    expect(text('$\\sqrt[3]{c \\over 2}$, $\\sqrt{(a+b)}$, $\\sqrt{\\pi}$, $\\sqrt{x+1}$')).toBe('∛(c/2), √(a+b), √π, √(x+1)');
    expect(text('$\\frac{n}{\\log n}$, $\\frac{1}{2}$, $\\tfrac{a+b}{2}$, $\\sqrt{\\frac{a}{b}}$')).toBe('n/(log n), ½, (a+b)/2, √(a/b)');
  });
});
