/*
 * LaTeX commands that @retorquere/bibtex-parser does not turn into text (it has no option for them: its only hook is
 * `unsupported`, called per command without the command's arguments), rewritten before the parser sees the value:
 *
 * - TeX logos (`\TeX`, `\LaTeX`, `\LaTeXe`, `\BibTeX`, `\XeLaTeX`...): their names as plain text ("TeX", "LaTeX2ε");
 *   the parser drops `\TeX` and sets `\LaTeX` as the markup "LᴬT_EX".
 * - siunitx (`\si{\micro\metre}`, `\SI{10}{\kelvin}`, `\num{1e-3}`, `\ang{30}`, `\SIrange`, `\qty`, `\unit`...): the
 *   quantity as siunitx typesets it with its default settings ("5 µm", "10 K", "1 × 10⁻³", "30°", "km s⁻¹").
 * - `\sqrt{...}`: a radicand of more than one symbol keeps its grouping in parentheses ("√(m/log n)"; the parser
 *   gives "√m/logn"), a cube or fourth root its sign (∛, ∜).
 * - `\frac{a}{b}` (`\dfrac`, `\tfrac`) and plain TeX's `{a \over b}`: "a/b", a part of more than one symbol in
 *   parentheses ("n/(log n)"; the parser gives "ⁿ⁄_(log n)"); digits over digits stay the parser's (`\frac{1}{2}` is "½").
 *
 * - citation commands (`\cite{key}`, natbib's `\citep`/`\citet`..., biblatex's `\parencite`/`\textcite`...): the keys
 *   in brackets, as a numeric style marks a reference (`\cite[p.~3]{smith2020}` → "[smith2020, p. 3]"), each
 *   reported (`citations`) so the reader can say so; `\nocite` prints nothing and is reported as dropped.
 *
 * The units and prefixes are siunitx's (siunitx manual, "Units" tables: SI base and derived units, prefixes,
 * non-SI units accepted with the SI, abbreviated units). A command inside a unit that is none of those is kept as
 * its name, without the backslash, and reported as unknown.
 */

/** TeX logos: command name to the text a reader sees (the logo's spelling in its documentation). */
const LOGOS: Record<string, string> = {
  TeX: 'TeX',
  LaTeX: 'LaTeX',
  LaTeXe: 'LaTeX2ε',
  LaTeXTeX: '(La)TeX',
  BibTeX: 'BibTeX',
  BibLaTeX: 'BibLaTeX',
  biblatex: 'biblatex',
  XeTeX: 'XeTeX',
  XeLaTeX: 'XeLaTeX',
  LuaTeX: 'LuaTeX',
  LuaLaTeX: 'LuaLaTeX',
  pdfTeX: 'pdfTeX',
  pdfLaTeX: 'pdfLaTeX',
  ConTeXt: 'ConTeXt',
  eTeX: 'ε-TeX',
  AmS: 'AMS',
  AMS: 'AMS',
  AmSTeX: 'AMS-TeX',
  AmSLaTeX: 'AMS-LaTeX',
  SliTeX: 'SliTeX',
  METAFONT: 'METAFONT',
  MF: 'METAFONT',
  METAPOST: 'METAPOST',
  MP: 'MetaPost',
  MiKTeX: 'MiKTeX',
  TikZ: 'TikZ',
  PGF: 'PGF',
};

/** siunitx prefixes (`\kilo`): their symbols. */
const PREFIXES: Record<string, string> = {
  quecto: 'q', ronto: 'r', yocto: 'y', zepto: 'z', atto: 'a', femto: 'f', pico: 'p', nano: 'n', micro: 'µ', milli: 'm',
  centi: 'c', deci: 'd', deca: 'da', deka: 'da', hecto: 'h', kilo: 'k', mega: 'M', giga: 'G', tera: 'T', peta: 'P',
  exa: 'E', zetta: 'Z', yotta: 'Y', ronna: 'R', quetta: 'Q', kibi: 'Ki', mebi: 'Mi', gibi: 'Gi', tebi: 'Ti', pebi: 'Pi',
};

/** siunitx units (`\metre`) and abbreviated units (`\km`, `\MHz`): their symbols. */
const UNITS: Record<string, string> = {
  metre: 'm', meter: 'm', gram: 'g', kilogram: 'kg', second: 's', ampere: 'A', kelvin: 'K', mole: 'mol', candela: 'cd',
  becquerel: 'Bq', celsius: '°C', degreeCelsius: '°C', coulomb: 'C', farad: 'F', gray: 'Gy', hertz: 'Hz', henry: 'H',
  joule: 'J', katal: 'kat', lumen: 'lm', lux: 'lx', newton: 'N', ohm: 'Ω', pascal: 'Pa', radian: 'rad', siemens: 'S',
  sievert: 'Sv', steradian: 'sr', tesla: 'T', volt: 'V', watt: 'W', weber: 'Wb',
  astronomicalunit: 'au', atomicmassunit: 'u', bel: 'B', dalton: 'Da', day: 'd', decibel: 'dB', degree: '°',
  electronvolt: 'eV', hectare: 'ha', hour: 'h', litre: 'L', liter: 'L', arcminute: '′', minute: 'min', arcsecond: '″',
  neper: 'Np', tonne: 't', percent: '%', angstrom: 'Å', bar: 'bar', barn: 'b', bit: 'bit', byte: 'B',
  knot: 'kn', mmHg: 'mmHg', nauticalmile: 'M', clight: 'c₀', electronmass: 'mₑ', planckbar: 'ℏ', elementarycharge: 'e',
  bohr: 'a₀', hartree: 'Eₕ', micron: 'µm', angstroem: 'Å',
  fg: 'fg', pg: 'pg', ng: 'ng', ug: 'µg', mg: 'mg', g: 'g', kg: 'kg',
  pm: 'pm', nm: 'nm', um: 'µm', mm: 'mm', cm: 'cm', dm: 'dm', m: 'm', km: 'km',
  as: 'as', fs: 'fs', ps: 'ps', ns: 'ns', us: 'µs', ms: 'ms', s: 's',
  fmol: 'fmol', pmol: 'pmol', nmol: 'nmol', umol: 'µmol', mmol: 'mmol', mol: 'mol', kmol: 'kmol',
  pA: 'pA', nA: 'nA', uA: 'µA', mA: 'mA', A: 'A', kA: 'kA',
  ul: 'µl', ml: 'ml', l: 'l', hl: 'hl', uL: 'µL', mL: 'mL', L: 'L', hL: 'hL',
  mHz: 'mHz', Hz: 'Hz', kHz: 'kHz', MHz: 'MHz', GHz: 'GHz', THz: 'THz',
  mN: 'mN', N: 'N', kN: 'kN', MN: 'MN', Pa: 'Pa', kPa: 'kPa', MPa: 'MPa', GPa: 'GPa',
  mohm: 'mΩ', kohm: 'kΩ', Mohm: 'MΩ', pV: 'pV', nV: 'nV', uV: 'µV', mV: 'mV', V: 'V', kV: 'kV',
  W: 'W', nW: 'nW', uW: 'µW', mW: 'mW', kW: 'kW', MW: 'MW', GW: 'GW',
  J: 'J', uJ: 'µJ', mJ: 'mJ', kJ: 'kJ', eV: 'eV', meV: 'meV', keV: 'keV', MeV: 'MeV', GeV: 'GeV', TeV: 'TeV', kWh: 'kWh',
  F: 'F', fF: 'fF', pF: 'pF', nF: 'nF', uF: 'µF', mF: 'mF', H: 'H', mH: 'mH', uH: 'µH', nH: 'nH',
  C: 'C', nC: 'nC', mC: 'mC', uC: 'µC', K: 'K', dB: 'dB', kibibyte: 'KiB', mebibyte: 'MiB', gibibyte: 'GiB',
};

/** Unit symbols siunitx sets right after the number, with no space (angles). */
const NO_SPACE_UNITS = new Set(['°', '′', '″']);

/** The siunitx commands read here, and how many arguments (braced; optional `[...]` skipped) each takes. */
const SIUNITX = new Set(['si', 'unit', 'SI', 'qty', 'num', 'ang', 'SIrange', 'qtyrange', 'numrange', 'SIlist', 'qtylist', 'numlist', 'numproduct', 'qtyproduct', 'SIproduct']);

/**
 * Citation commands of LaTeX, natbib and biblatex (their manuals' lists): each prints a mark for the cited keys.
 * `nocite` prints nothing.
 */
const CITE = new Set(
  'cite Cite citep Citep citet Citet citealp Citealp citealt Citealt citeauthor Citeauthor citeyear citeyearpar citenum parencite Parencite textcite Textcite autocite Autocite footcite footcitetext supercite smartcite Smartcite fullcite footfullcite citetitle nocite'.split(' '),
);

/** A value holds one of the commands rewritten here (a cheap test before the scan: most values hold none). */
const MAY_HOLD = new RegExp(`\\\\(?:sqrt|[dt]?frac|over|${[...Object.keys(LOGOS), ...SIUNITX, ...CITE].join('|')})(?![A-Za-z])`);

const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−=()n'].map((c, k) => [c, [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ'][k]!]),
);

/** `s` in Unicode superscripts when every character has one ("-1" → "⁻¹"), else `^s` or `^(s)`. */
export function superscript(s: string): string {
  const t = s.trim();
  const chars = [...t];
  if (chars.length && chars.every((c) => SUPERSCRIPT[c])) return chars.map((c) => SUPERSCRIPT[c]).join('');
  return /^[\p{L}\p{N}]+$/u.test(t) ? `^${t}` : `^(${t})`;
}

/** A citation command read as its keys (`expandMacros`): the command as written and the text it became ("" for `\nocite`). */
export interface CitationRead {
  command: string;
  text: string;
  /** How many keys it cites. */
  keys: number;
}

/**
 * What `expandMacros` gives: the value rewritten, the commands inside siunitx units it did not know (kept as their
 * names), and the citation commands read as their keys.
 */
export interface ExpandedMacros {
  tex: string;
  unknownCommands: string[];
  citations: CitationRead[];
}

/**
 * TeX logos, siunitx quantities and `\sqrt` radicands in a BibTeX field value rewritten to text the LaTeX decoder
 * passes through (see the file comment): `The {\TeX}book` → `The {TeX}book`, `\SI{10}{\kelvin}` → `10 K`,
 * `$\sqrt{m/\log n}$` → `$√(m/\log n)$`. Everything else is left as written, LaTeX included, for the decoder; a
 * siunitx command whose arguments are missing or unbalanced is left as written too (the decoder then reports it).
 * `unknownCommands`: commands inside a siunitx unit that are not siunitx units or prefixes (`\si{\furlong}` →
 * "furlong"), as written (`\furlong`). `citations`: each `\cite`-like command and the text it became (see the file
 * comment). Linear in the value's length; never throws.
 */
export function expandMacros(value: string): ExpandedMacros {
  const unknownCommands: string[] = [];
  const citations: CitationRead[] = [];
  if (!value.includes('\\') || !MAY_HOLD.test(value)) return { tex: value, unknownCommands, citations };
  return { tex: expand(overToFrac(value), unknownCommands, citations), unknownCommands, citations };
}

/** Plain TeX's `{a \over b}` in a group with no group inside it: `{\frac{a}{b}}` (`\over` divides its whole group). */
function overToFrac(s: string): string {
  if (!/\\over(?![A-Za-z])/.test(s)) return s;
  return s.replace(/(?<!\\)\{([^{}]*?)\\over(?![A-Za-z])([^{}]*)\}/g, (m, a: string, b: string) => (/\\over(?![A-Za-z])/.test(b) ? m : `{\\frac{${a.trim()}}{${b.trim()}}}`));
}

function expand(s: string, unknown: string[], citations: CitationRead[] = []): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const at = s.indexOf('\\', i);
    if (at === -1) break;
    out += s.slice(i, at);
    const word = /^[A-Za-z]+/.exec(s.slice(at + 1, at + 40));
    if (!word) {
      // a control symbol (`\\`, `\%`...): copied as written
      out += s.slice(at, at + 2);
      i = at + 2;
      continue;
    }
    const name = word[0];
    const after = at + 1 + name.length;
    const logo = LOGOS[name];
    if (logo !== undefined) {
      out += logo;
      // `\BibTeX{}`: the empty group only ends the control word
      i = s.startsWith('{}', after) ? after + 2 : after;
      continue;
    }
    const done = CITE.has(name) ? cite(name, s, after, citations) : name === 'sqrt' ? sqrt(s, after, unknown) : /^[dt]?frac$/.test(name) ? frac(s, after, unknown) : SIUNITX.has(name) ? siunitx(name, s, after, unknown) : null;
    if (done) {
      out += done.text;
      i = done.end;
    } else {
      out += s.slice(at, after);
      i = after;
    }
  }
  return out + s.slice(i);
}

/** Characters of a citation key that LaTeX would read as commands or math: escaped, so the key is read as written. */
const KEY_SPECIAL = /[_%&#$^~]/g;

/**
 * A citation command at `from` (after its name `name`, maybe starred): `[key1, key2]`, with its optional notes
 * (natbib and biblatex: one is the postnote, two are the prenote and the postnote: `[see smith2020, p. 3]`); "" for
 * `\nocite`. The command as written and the text are pushed to `citations`. Null when its braced keys are missing.
 */
function cite(name: string, s: string, from: number, citations: CitationRead[]): { text: string; end: number } | null {
  const start = s[from] === '*' ? from + 1 : from;
  const notes: string[] = [];
  let end = start;
  for (;;) {
    const o = optional(s, end);
    if (!o) break;
    notes.push(o.inside);
    end = o.end;
  }
  const keys = braced(s, end);
  if (!keys) return null;
  const list = keys.inside.split(',').map((k) => k.trim()).filter(Boolean);
  const [pre, post] = notes.length >= 2 ? [notes[0]!.trim(), notes[1]!.trim()] : ['', (notes[0] ?? '').trim()];
  const shown = list.map((k) => k.replace(KEY_SPECIAL, (c) => (c === '~' || c === '^' ? `\\${c}{}` : `\\${c}`))).join(', ');
  const text = name === 'nocite' ? '' : `[${pre ? `${pre} ` : ''}${shown}${post ? `, ${post}` : ''}]`;
  const command = s.slice(from - name.length - 1, keys.end);
  // the text as the note shows it: ties as spaces, braces off (the title's own text is decoded by the LaTeX decoder)
  const plain = (x: string) => x.replace(/~/g, ' ').replace(/[{}]/g, '');
  const said = name === 'nocite' ? '' : `[${pre ? `${plain(pre)} ` : ''}${list.join(', ')}${post ? `, ${plain(post)}` : ''}]`;
  citations.push({ command: command.length > 60 ? `${command.slice(0, 60)}…` : command, text: said, keys: list.length });
  return { text, end: keys.end };
}

/** One optional `[...]` argument at `from` (white space before it allowed; brackets inside braces ignored), or null. */
function optional(s: string, from: number): { inside: string; end: number } | null {
  let i = from;
  while (/\s/.test(s[i] ?? '')) i++;
  if (s[i] !== '[') return null;
  let depth = 0;
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ']' && depth === 0) return { inside: s.slice(i + 1, j), end: j + 1 };
  }
  return null;
}

/** Balanced `{...}` argument (braces nest, `\` escapes). */
function braced(s: string, from: number): { inside: string; end: number } | null {
  let i = from;
  while (/\s/.test(s[i] ?? '')) i++;
  if (s[i] !== '{') return null;
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { inside: s.slice(i + 1, j), end: j + 1 };
  }
  return null;
}

/** Optional `[...]` arguments at `from` skipped (brackets inside braces ignored): the index after them and the last one's inside. */
function optionals(s: string, from: number): { end: number; last: string | null } {
  let end = from;
  let last: string | null = null;
  for (;;) {
    let i = end;
    while (/\s/.test(s[i] ?? '')) i++;
    if (s[i] !== '[') return { end, last };
    let depth = 0;
    let j = i + 1;
    for (; j < s.length; j++) {
      const c = s[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === ']' && depth === 0) break;
    }
    if (j >= s.length) return { end, last };
    last = s.slice(i + 1, j);
    end = j + 1;
  }
}

/** `n` braced arguments after `from` (optional ones before and between them skipped), or null when one is missing. */
function braces(s: string, from: number, n: number): { args: string[]; end: number } | null {
  const args: string[] = [];
  let end = optionals(s, from).end;
  for (let k = 0; k < n; k++) {
    const a = braced(s, end);
    if (!a) return null;
    args.push(a.inside);
    end = k < n - 1 ? optionals(s, a.end).end : a.end;
  }
  return { args, end };
}

/** A radicand that reads alone after √: one letter, a number, or one command without arguments (`\pi`), maybe with a subscript (`a_i`, `x_{12}`). */
const ONE_SYMBOL = /^\s*(?:[A-Za-z]|\d+(?:\.\d+)?|\\[A-Za-z]+|\\.|[^\x00-\x7f])(?:_(?:[A-Za-z0-9]|\{[A-Za-z0-9]+\}))?\s*$/u;

/** `\sqrt[k]{x}` at `from` (after the command name): the root sign and the radicand, grouped when it is more than one symbol. */
function sqrt(s: string, from: number, unknown: string[]): { text: string; end: number } | null {
  const opt = optionals(s, from);
  const arg = braced(s, opt.end);
  if (!arg) return null;
  const index = opt.last?.trim() ?? '';
  const sign = index === '' || index === '2' ? '√' : index === '3' ? '∛' : index === '4' ? '∜' : `${superscript(expand(index, unknown))}√`;
  const inside = expand(arg.inside, unknown);
  const grouped = /^\s*\(.*\)\s*$/s.test(inside) && balancedParens(inside.trim().slice(1, -1));
  // (a subscripted symbol without braces: the decoder reads "{a_i}" as text, "a_i")
  const text = ONE_SYMBOL.test(inside) ? (inside.includes('_') ? `${sign}${inside.trim()}` : `${sign}{${inside}}`) : grouped ? `${sign}${inside.trim()}` : `${sign}(${inside})`;
  return { text, end: arg.end };
}

/** `\frac{a}{b}` at `from` (after the command name): "a/b", each part grouped when it is more than one symbol; digits over digits left to the decoder ("½"). */
function frac(s: string, from: number, unknown: string[]): { text: string; end: number } | null {
  const a = braces(s, from, 2);
  if (!a) return null;
  const [num, den] = a.args.map((x) => expand(x, unknown).trim()) as [string, string];
  if (/^\d+$/.test(num) && /^\d+$/.test(den)) return { text: `\\frac{${num}}{${den}}`, end: a.end };
  const part = (x: string) => (ONE_SYMBOL.test(x) ? (x.includes('_') ? x : `{${x}}`) : /^\(.*\)$/s.test(x) && balancedParens(x.slice(1, -1)) ? `{${x}}` : `(${x})`);
  return { text: `${part(num)}/${part(den)}`, end: a.end };
}

function balancedParens(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A siunitx command at `from` (after its name): the quantity as text, or null when its arguments are not there. */
function siunitx(name: string, s: string, from: number, unknown: string[]): { text: string; end: number } | null {
  const one = (n: number) => braces(s, from, n);
  const quantity = (num: string, unit: string) => {
    const u = units(unit, unknown);
    const n = number(num, unknown);
    if (!u) return n;
    return NO_SPACE_UNITS.has(u) ? `${n}${u}` : `${n} ${u}`;
  };
  const list = (items: string[], each: (x: string) => string) => {
    const xs = items.map((x) => x.trim()).filter(Boolean).map(each);
    return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
  };
  switch (name) {
    case 'si':
    case 'unit': {
      const a = one(1);
      return a && { text: units(a.args[0]!, unknown), end: a.end };
    }
    case 'num': {
      const a = one(1);
      return a && { text: number(a.args[0]!, unknown), end: a.end };
    }
    case 'numproduct': {
      const a = one(1);
      return a && { text: a.args[0]!.split(/\s*x\s*/).map((x) => number(x, unknown)).join(' × '), end: a.end };
    }
    case 'qtyproduct':
    case 'SIproduct': {
      const a = one(2);
      return a && { text: a.args[0]!.split(/\s*x\s*/).map((x) => quantity(x, a.args[1]!)).join(' × '), end: a.end };
    }
    case 'ang': {
      const a = one(1);
      if (!a) return null;
      const parts = a.args[0]!.split(';');
      const text = parts.map((p, k) => (p.trim() ? `${number(p, unknown)}${['°', '′', '″'][k] ?? ''}` : '')).join('');
      return { text, end: a.end };
    }
    case 'SI':
    case 'qty': {
      // \SI[options]{number}[pre-unit]{unit}
      const num = one(1);
      if (!num) return null;
      const pre = optionals(s, num.end);
      const unit = braced(s, pre.end);
      if (!unit) return null;
      const before = name === 'SI' && pre.last?.trim() ? `${units(pre.last, unknown)}` : '';
      return { text: before + quantity(num.args[0]!, unit.inside), end: unit.end };
    }
    case 'SIrange':
    case 'qtyrange': {
      const a = one(3);
      return a && { text: `${quantity(a.args[0]!, a.args[2]!)} to ${quantity(a.args[1]!, a.args[2]!)}`, end: a.end };
    }
    case 'numrange': {
      const a = one(2);
      return a && { text: `${number(a.args[0]!, unknown)} to ${number(a.args[1]!, unknown)}`, end: a.end };
    }
    case 'SIlist':
    case 'qtylist': {
      const a = one(2);
      return a && { text: list(a.args[0]!.split(';'), (x) => quantity(x, a.args[1]!)), end: a.end };
    }
    case 'numlist': {
      const a = one(1);
      return a && { text: list(a.args[0]!.split(';'), (x) => number(x, unknown)), end: a.end };
    }
  }
  return null;
}

/**
 * A siunitx number as typeset: `1.5e-3` → "1.5 × 10⁻³", `3+-0.2` (or `3 \pm 0.2`) → "3 ± 0.2", `2x3` → "2 × 3";
 * digits grouped in threes by a thin space (U+2009) in a part of five digits or more, as siunitx's defaults do
 * (`group-digits = all`, `group-minimum-digits = 5`, `group-separator = \,`): `12345` → "12 345", `1234` stays,
 * `1234567.12345` → "1 234 567.123 45"; anything else as written (LaTeX in it is left for the decoder).
 * Source: the siunitx manual, "Digit grouping" options.
 */
function number(raw: string, unknown: string[]): string {
  let t = expand(raw.trim(), unknown);
  t = t.replace(/\s*\+-\s*/g, ' ± ').replace(/\s*\\pm\s*/g, ' ± ');
  t = t.replace(/([\d.,]+)\s*[eEdD]\s*([+-]?\d+)(?![\w])/g, (_m, m: string, e: string) => `${m} × 10${superscript(e.replace(/^\+/, ''))}`);
  t = t.replace(/(\d)\s*[x*]\s*(?=\d)/g, '$1 × ');
  return groupDigits(t);
}

/** The thin space siunitx sets between groups of three digits (`group-separator = \,`). */
const THIN_SPACE = '\u2009';

/**
 * Digit runs of five or more in `t` grouped in threes by `THIN_SPACE`: an integer part from its decimal marker
 * leftwards, a decimal part (after `.` or `,`) from the marker rightwards; runs inside a command name are untouched.
 */
function groupDigits(t: string): string {
  const group = (digits: string, fromRight: boolean) => {
    if (digits.length < 5) return digits;
    const out: string[] = [];
    if (fromRight) for (let k = digits.length; k > 0; k -= 3) out.unshift(digits.slice(Math.max(0, k - 3), k));
    else for (let k = 0; k < digits.length; k += 3) out.push(digits.slice(k, k + 3));
    return out.join(THIN_SPACE);
  };
  return t.replace(/(?<![\\A-Za-z\d])(\d+)(?:([.,])(\d+))?/g, (_m, whole: string, mark: string | undefined, frac: string | undefined) =>
    mark ? `${group(whole, true)}${mark}${group(frac!, false)}` : group(whole, true),
  );
}

/**
 * A siunitx unit as typeset with its default settings: `\kilo\metre\per\second` → "km s⁻¹", `\micro\metre` → "µm",
 * `\square\metre` / `\metre\squared` → "m²", `\metre\tothe{3}` → "m³", literal units as written (`m/s`, `kg.m^2` →
 * "kg m²"). A command that is not a unit, prefix or power is kept as its name (noted in `unknown`).
 */
function units(raw: string, unknown: string[]): string {
  const out: { text: string; power: string }[] = [];
  let prefix = '';
  let per = false;
  let nextPower = '';
  const push = (text: string) => {
    let power = nextPower;
    if (per) power = power ? `-${power}` : '-1';
    out.push({ text: prefix + text, power });
    prefix = '';
    per = false;
    nextPower = '';
  };
  const last = (power: string) => {
    const u = out[out.length - 1];
    if (!u) return;
    u.power = u.power.startsWith('-') ? `-${power}` : power;
  };
  let i = 0;
  let literal = '';
  const flush = () => {
    if (literal.trim()) {
      const text = literal
        .replace(/\^\{([^{}]*)\}|\^(-?\w)/g, (_m, a: string | undefined, b: string | undefined) => superscript(a ?? b ?? ''))
        .replace(/[.~]/g, ' ')
        .replace(/[{}]/g, '')
        .trim();
      if (text) {
        if (prefix) push(text);
        else out.push({ text, power: '' });
      }
    }
    literal = '';
  };
  while (i < raw.length) {
    const c = raw[i]!;
    if (c !== '\\') {
      literal += c;
      i++;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(raw.slice(i + 1, i + 40));
    if (!word) {
      // `\,` `\;` `\ ` are spaces between units; `\%` is percent
      const sym = raw[i + 1] ?? '';
      literal += sym === '%' ? '%' : ' ';
      i += 2;
      continue;
    }
    flush();
    const name = word[0];
    i += 1 + name.length;
    const arg = () => {
      const a = braced(raw, i);
      if (a) i = a.end;
      return a?.inside.trim() ?? '';
    };
    if (PREFIXES[name] !== undefined) prefix += PREFIXES[name];
    else if (UNITS[name] !== undefined) push(UNITS[name]!);
    else if (name === 'per') per = true;
    else if (name === 'square') nextPower = '2';
    else if (name === 'cubic') nextPower = '3';
    else if (name === 'raiseto') nextPower = arg();
    else if (name === 'squared') last('2');
    else if (name === 'cubed') last('3');
    else if (name === 'tothe') last(arg());
    else if (name === 'of') {
      const u = out[out.length - 1];
      const q = arg();
      if (u) u.text += `(${q})`;
    } else if (name === 'highlight') arg();
    else if (name === 'cancel') {
      /* strikes the next unit through: the unit itself is what it says */
    } else {
      unknown.push(`\\${name}`);
      push(name);
    }
  }
  flush();
  if (prefix) out.push({ text: prefix, power: '' });
  return out.map((u) => (u.power ? `${u.text}${superscript(u.power)}` : u.text)).join(' ');
}
