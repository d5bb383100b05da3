import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expandMacros, type CitationRead } from './latex-macros';

export type { CitationRead } from './latex-macros';

/** Plain text from a BibTeX field value, and what could not be turned into text. */
export interface DecodedText {
  text: string;
  /**
   * LaTeX commands the decoder did not know, as written (`\\foo`): each was kept in the text as its name without the
   * backslash ("foo", a symbol's as the symbol), spaced from the letters around it; its braced arguments kept too.
   */
  unknownCommands: string[];
  /**
   * Citation commands (`\\cite{key}`...) read as their keys in brackets ("[key]"; `\\nocite` as nothing), with the
   * text each became: the reader says so (a citation in a title is a LaTeX habit, not the title's words). Absent: none.
   */
  citations?: CitationRead[];
  /** Set when the LaTeX could not be parsed; the text is then the raw value with commands and braces removed. */
  problem?: string;
  /**
   * Escaped braces about letters inside a word (`\\{C\\}hinese`), as written, each read as the letters alone
   * (`ESCAPED_CASE_BRACES`): the reader says so. Absent: none.
   */
  escapedCaseBraces?: string[];
}

/**
 * Escaped braces about letters that touch a letter outside them (`\\{C\\}hinese`, `\\{D\\}ecember`): the
 * case-protecting braces of an export that escaped them a second time (the ACL Anthology's journal field of the
 * IJCLCLP volumes, `International Journal of Computational Linguistics \\& \\{C\\}hinese Language Processing`).
 * TeX would print the braces ("{C}hinese"); no title or venue means them, so they are read as the letters.
 */
const ESCAPED_CASE_BRACES = /(?<=\p{L})\\\{(\p{L}+)\\\}|\\\{(\p{L}+)\\\}(?=\p{L})/gu;

/** Escapes that stand for one literal character, the only commands the fast path handles itself. */
const SIMPLE_ESCAPE = /\\[%&#_${}]/g;
/** Anything that needs real LaTeX decoding once simple escapes are gone: a command, math, a tie or a ligature. */
const NEEDS_LATEX = /[\\$~]|--|``|''/;
/** Placeholders (Unicode private use) that keep literal < and > out of the decoder, which would read them as T1 ligatures (¡ ¿) or markup. */
const LT = '\uE000';
const GT = '\uE001';
/**
 * A soft space (Unicode private use) around the text of an operator name (`\\log`) or a command kept as its name:
 * a space when letters or digits stand on both sides ("n\\log\\log n" is "n log log n"), nothing otherwise
 * ("\\log(n)" is "log(n)", "\\log^2" is "log^2").
 */
const SOFT = '\uE002';
const SOFT_RUN = /\uE002+/g;
const SOFT_BEFORE = /[\p{L}\p{N}\p{M})\]|′″]/u;
/** After a soft space: a letter or digit that is not a sub- or superscript (`\\max_{i}` is "maxᵢ"), or a root sign. */
const SOFT_AFTER = /[\p{Lu}\p{Ll}\p{Lt}\p{Lo}\p{Nd}√∛∜]/u;

const LIBRARY_OPTIONS = {
  sentenceCase: false as const,
  english: false,
  applyCrossRef: false,
};

/** Commands the LaTeX converter does not know that have an obvious text form: math operators print their name. */
const MATH_OPERATORS = new Set(
  'arccos arcsin arctan arg cos cosh cot coth csc deg det dim exp gcd hom inf ker lg lim liminf limsup ln log max min Pr sec sin sinh sup tan tanh bmod mod'.split(' '),
);
/** Font, size and spacing switches: they change how text looks, not what it says. */
const LAYOUT_COMMANDS = new Set(
  'bf cal it rm sf sl tt sc em up md bfseries itshape rmfamily sffamily ttfamily mdseries upshape scshape normalfont displaystyle textstyle scriptstyle scriptscriptstyle limits nolimits protect relax indent noindent ! , ; : > quad qquad enspace thinspace medspace thickspace negthinspace / smallskip medskip bigskip newline linebreak allowbreak nobreak hfill vfill noopsort mathcal mathbf mathit mathsf mathtt mathbb mathfrak boldsymbol text textnormal @ - / *'.split(' ').concat(' '),
);
/**
 * Commands LaTeX has no text for that bibliographies use anyway: plain TeX's fractions (`{a \\over b}`,
 * `{n \\choose k}`), and the capital Greek letters that look like Latin ones (LaTeX has no `\\Beta`; authors write it).
 */
const EXTRA_SYMBOLS: Record<string, string> = {
  over: '/', choose: `${SOFT}choose${SOFT}`, atop: ' ', Alpha: 'Α', Beta: 'Β', Epsilon: 'Ε', Zeta: 'Ζ', Eta: 'Η', Iota: 'Ι',
  Kappa: 'Κ', Mu: 'Μ', Nu: 'Ν', Omicron: 'Ο', omicron: 'ο', Rho: 'Ρ', Tau: 'Τ', Chi: 'Χ',
};
const SPACE_COMMANDS = new Set([' ', 'quad', 'qquad', 'enspace', 'thinspace', 'medspace', 'thickspace', ',', ';', ':', '>', 'newline', 'linebreak']);

/**
 * LaTeX to Unicode text, as a reader of the typeset bibliography would see it: accents (`B\"{u}nz` -> `Bünz`,
 * `{\'e}` -> `é`), escapes (`\%` -> `%`), ties (`~`), ligatures (`--` -> `–`), math symbols, braces removed.
 * Markup (italics, small caps, sub/superscripts) is dropped: the result is text, never HTML. Escaped braces about
 * letters inside a word (`\\{C\\}hinese`) are read as the letters (`ESCAPED_CASE_BRACES`, listed in
 * `escapedCaseBraces`).
 * The LaTeX parser is slow (about 45 µs a character), so only the words that hold LaTeX go through it;
 * words with only braces and simple escapes (most of them) are decoded here.
 */
export function decodeLatex(value: string, cache?: Map<string, DecodedText>): DecodedText {
  // a double-escaped case protection (`\{C\}hinese`) read as its letters, and said
  const braces: string[] = [];
  const unescaped = value.replace(ESCAPED_CASE_BRACES, (m: string, a: string | undefined, b: string | undefined) => {
    braces.push(m);
    return a ?? b ?? '';
  });
  const d = decodeUnescaped(unescaped, cache);
  return braces.length ? { ...d, escapedCaseBraces: braces } : d;
}

/** `decodeLatex` once escaped case braces are read. */
function decodeUnescaped(value: string, cache?: Map<string, DecodedText>): DecodedText {
  // TeX logos, siunitx and \sqrt radicands first: the decoder has no text for them (latex-macros.ts)
  const expanded = expandMacros(value);
  const cited = expanded.citations.length ? { citations: expanded.citations } : {};
  if (!needsLatex(expanded.tex)) return { text: decodeSimple(expanded.tex), unknownCommands: expanded.unknownCommands, ...cited };
  let tex = expanded.tex;
  // An unescaped % would start a TeX comment and silently eat the rest of the line: keep it as text.
  tex = tex.replace(/(^|[^\\])%/g, '$1\\%');
  // An odd number of $ cannot be math (e.g. "US$ 10 billion"): read every $ literally.
  const dollars = tex.match(/(?<!\\)\$/g);
  if (dollars && dollars.length % 2 === 1) tex = tex.replace(/(?<!\\)\$/g, '\\$');
  else if (dollars) tex = keepMathSpaces(tex);
  const parts: string[] = [];
  const unknownCommands: string[] = [...expanded.unknownCommands];
  let problem: string | undefined;
  for (const segment of latexWords(tex)) {
    if (!needsLatex(segment)) {
      parts.push(decodeSimple(segment));
      continue;
    }
    let d = cache?.get(segment);
    if (!d) {
      d = decodeWithParser(segment);
      cache?.set(segment, d);
    }
    parts.push(d.text);
    unknownCommands.push(...d.unknownCommands);
    problem ??= d.problem;
  }
  return { text: parts.join(' '), unknownCommands, problem, ...cited };
}

function needsLatex(s: string): boolean {
  return NEEDS_LATEX.test(s.replace(SIMPLE_ESCAPE, ''));
}

function decodeSimple(s: string): string {
  return s.replace(/\\([%&#_${}])|[{}]/g, (_m, c: string | undefined) => c ?? '');
}

/**
 * Split at spaces that are outside braces and math, keeping a control word with the word after it
 * (`\c c`, `\ss x`), so each piece can be decoded alone.
 */
function latexWords(tex: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let math = false;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '$') math = !math;
    else if ((c === ' ' || c === '\t' || c === '\n' || c === '\r') && depth === 0 && !math) {
      const word = tex.slice(start, i);
      if (/\\[A-Za-z]+$/.test(word)) continue;
      if (word) words.push(word);
      start = i + 1;
    }
  }
  if (start < tex.length) words.push(tex.slice(start));
  return words;
}

function decodeWithParser(value: string): DecodedText {
  const tex = value.replace(/</g, LT).replace(/>/g, GT);
  const unknownCommands: string[] = [];
  let decoded: string | undefined;
  let problem: string | undefined;
  try {
    const lib = parseBibtex(`@misc{x, text = {${tex}}}`, {
      ...LIBRARY_OPTIONS,
      unsupported: (node, raw) => {
        if (node.type === 'macro') {
          if (MATH_OPERATORS.has(node.content)) return `${SOFT}${node.content}${SOFT}`;
          if (node.content === 'I') return 'İ';
          if (LAYOUT_COMMANDS.has(node.content)) return SPACE_COMMANDS.has(node.content) ? ' ' : '';
          const symbol = EXTRA_SYMBOLS[node.content];
          if (symbol !== undefined) return symbol;
        }
        unknownCommands.push(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
        // kept as its name, never dropped: `\\foo` is "foo" (spaced from letters around it), `\\*` is "*"
        if (node.type === 'macro') return /^[A-Za-z]/.test(node.content) ? `${SOFT}${node.content}${SOFT}` : node.content;
        return '';
      },
    });
    const field = lib.entries[0]?.fields.text;
    if (typeof field === 'string' && lib.errors.length === 0) decoded = field;
    else problem = lib.errors[0]?.error.split('\n', 1)[0] ?? 'the LaTeX could not be read';
  } catch (err) {
    problem = (err as Error).message.split('\n', 1)[0];
  }
  if (decoded === undefined) {
    return { text: restore(stripLatex(tex)), unknownCommands, problem: `LaTeX not understood (${problem}); commands and braces removed` };
  }
  // Accents on a dotless i or j (`\\'{\\i}`) are accents on i or j once typeset; NFC then composes them (í).
  const text = softSpaces(scripts(decoded).replace(/<[^>]*>/g, ''))
    .replace(/\u0131(?=\p{M})/gu, 'i').replace(/\u0237(?=\p{M})/gu, 'j');
  return { text: restore(text), unknownCommands };
}

/**
 * An operator's sub- or superscript right after its soft space (`\\log^5n`: "log", soft space, "⁵n"): Unicode
 * super- and subscript characters, or the `^x` / `^(…)` / `_x` / `_(…)` forms of `scripts`.
 */
const SCRIPT_AFTER_SOFT = /\uE002+((?:[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ]|[\^_]\([^()]*\)|[\^_][\p{L}\p{N}]+(?:\.\d+)?)+)/gu;

/**
 * Soft spaces (`SOFT`) resolved: a space between letters or digits, else nothing. An operator's soft space before
 * its script goes after the script, as TeX spaces an operator from its operand whatever its limits (`\\log^5n` is
 * "log⁵ n", `\\max_i x` "maxᵢ x"; `\\log^2(n)` stays "log²(n)").
 */
function softSpaces(s: string): string {
  if (!s.includes(SOFT)) return s;
  s = s.replace(SCRIPT_AFTER_SOFT, `$1${SOFT}`);
  return s.replace(SOFT_RUN, (run: string, at: number) => {
    const before = s[at - 1];
    const after = s[at + run.length];
    return before && after && SOFT_BEFORE.test(before) && SOFT_AFTER.test(after) ? ' ' : '';
  });
}

/**
 * Math spaces kept as written: TeX drops the spaces of math and spaces the formula itself ("$x^2 + y$" is set
 * "x² + y"), the decoder only drops them ("x²+y"). Inside math, outside braces, a run of white space becomes a
 * control space, except next to `^` or `_` (their base and argument) or after a control word before its braced or
 * bracketed argument (`\\frac {a}{b}`, `\\sqrt [3]{x}`). Text outside math is unchanged.
 */
function keepMathSpaces(tex: string): string {
  let out = '';
  let math = false;
  let depth = 0;
  let from = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '$') {
      math = !math;
      depth = 0;
    } else if (!math) continue;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(c)) {
      let j = i;
      while (j < tex.length && /\s/.test(tex[j]!)) j++;
      const before = tex.slice(from, i);
      const next = tex[j] ?? '';
      const afterWord = /\\[A-Za-z]+$/.test(before) && (next === '{' || next === '[');
      if (j < tex.length && next !== '$' && !/[\^_]$/.test(before) && next !== '^' && next !== '_' && !afterWord && !/(?:^|[^\\])\$$/.test(before)) {
        out += `${before}\\ `;
        from = j;
      }
      i = j - 1;
    }
  }
  return out + tex.slice(from);
}

/** Unicode subscripts (every letter, digit and sign that has one). */
const SUBSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−=()aehijklmnoprstuvxβγρφχ'].map((c, k) => [c, [...'₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ'][k]!]),
);

/**
 * Sub- and superscripts the decoder left as markup (it has Unicode forms for some only: `y_{i}` came back as
 * `y<sub>i</sub>`): a degree sign for `^{\\circ}`, Unicode subscripts where every character has one (yᵢ, a_{ij} aᵢⱼ),
 * else `_i` / `^q` (a word) or `_(i,j)` (more), so the script is not read as part of the base ("yi").
 */
function scripts(s: string): string {
  if (!s.includes('<su')) return s;
  return s.replace(/<(sub|sup)>([\s\S]*?)<\/\1>/g, (m: string, tag: string, inner: string, at: number) => {
    const t = inner.replace(/<[^>]*>/g, '');
    if (tag === 'sup' && /^[∘°]$/.test(t.trim())) return '°';
    const chars = [...t];
    if (tag === 'sub' && chars.length && chars.every((c) => SUBSCRIPT[c])) return chars.map((c) => SUBSCRIPT[c]).join('');
    const mark = tag === 'sub' ? '_' : '^';
    // a word or a decimal number reads alone after the mark (n^1.5) unless a letter or digit follows it
    // ("(m+n)^(1.5)n", not "^1.5n"); anything else is grouped (2^(n/2))
    const next = s.slice(at + m.length).replace(/^<[^>]*>/, '')[0] ?? '';
    const alone = /^[\p{L}\p{N}]+$|^\d+\.\d+$/u.test(t) && !/[\p{L}\p{N}.]/u.test(next);
    return alone ? `${mark}${t}` : `${mark}(${t})`;
  });
}

function restore(s: string): string {
  return s.replace(/\uE000/g, '<').replace(/\uE001/g, '>');
}

/** Last resort when the LaTeX cannot be parsed: keep escaped characters, drop commands, braces and math shifts. */
function stripLatex(s: string): string {
  return s.replace(/\\([%&#_${}])|\\[a-zA-Z]+\*?|\\.?|[{}$]|~/g, (m, c: string | undefined) => c ?? (m === '~' ? ' ' : ''));
}
