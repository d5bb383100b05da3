/**
 * An abstract as a reader should see it: the inline markup and the simple TeX math that sources leave in their text
 * ("ranks 4<sup>th</sup>, 1<sup>st</sup>", "<jats:p>…</jats:p>", "grow in magnitude ($\ell_2$ norm)") read as plain
 * text ("ranks 4th, 1st", "(ℓ2 norm)"). For display: bundles built before their ingest read markup (and the TeX of
 * a JSON Lines abstract, which ingest does not read) carry it as written. The result is text, never HTML.
 */
import { inlineMarkupToText } from './inline-markup';

/** Block tags (HTML, JATS): a space each, as ingest's `tidyMarkup` reads them. */
const BLOCK_TAG = /<\/?(?:p|div|section|sec|title|li|ul|ol|h[1-6]|blockquote|jats:(?:p|sec|title|list|list-item|boxed-text))(?:\s[^<>]*)?\/?>/gi;

/** Digits and signs that have a Unicode superscript or subscript form each. */
const SUP: Record<string, string> = Object.fromEntries([...'0123456789+-=()n'].map((c, k) => [c, [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ'][k]!]));
const SUB: Record<string, string> = Object.fromEntries([...'0123456789+-=()'].map((c, k) => [c, [...'₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'][k]!]));

/** `<sup>…</sup>` and `<sub>…</sub>` whose content all has Unicode forms ("CO<sub>2</sub>" → "CO₂"); others lose their tags only. */
const SCRIPT_TAG = /<(sup|sub)>([^<>]{1,12})<\/\1>/gi;

/** TeX commands read as one character each: Greek letters and a few symbols, nothing with an argument. */
const TEX_SYMBOL: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ',
  upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ',
  Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω', ell: 'ℓ', times: '×', cdot: '·',
  leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', approx: '≈', sim: '∼', pm: '±', infty: '∞', rightarrow: '→',
  to: '→', leftarrow: '←', in: '∈', sum: '∑', prod: '∏', partial: '∂', nabla: '∇', ldots: '…', dots: '…',
  cdots: '⋯', '%': '%', '&': '&', '_': '_', '#': '#',
};

/** A script (`_2`, `^{10}`, `_{-1}`) in Unicode, or null when some character has no such form (`_i`, `^{th}`). */
function script(body: string, sup: boolean): string | null {
  const table = sup ? SUP : SUB;
  const chars = [...body];
  return chars.length > 0 && chars.every((c) => table[c]) ? chars.map((c) => table[c]).join('') : null;
}

/**
 * The inside of one `$…$` as text, or null when it is not simple enough to read without doubt: only letters,
 * digits, spaces, simple punctuation (and at least one command or script: "$5 and $6" is money), the commands of TEX_SYMBOL, and scripts whose characters all have Unicode
 * forms (`\ell_2` → "ℓ₂", `x^{10}` → "x¹⁰"); anything else (`\frac`, `_i`, braces elsewhere) → null.
 */
function mathText(tex: string): string | null {
  // math holds a command or a script: "$5 and $6" is two prices
  if (!/[\\_^]/.test(tex)) return null;
  let out = '';
  let i = 0;
  while (i < tex.length) {
    const c = tex[i]!;
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|[%&_#])/.exec(tex.slice(i));
      const symbol = m ? TEX_SYMBOL[m[1]!] : undefined;
      if (!m || symbol === undefined) return null;
      out += symbol;
      i += m[0].length;
      continue;
    }
    if (c === '_' || c === '^') {
      const m = /^[_^](?:\{([^{}\\]{1,8})\}|([0-9A-Za-z+\-=]))/.exec(tex.slice(i));
      if (!m) return null;
      const s = script(m[1] ?? m[2]!, c === '^');
      if (s === null) return null;
      out += s;
      i += m[0].length;
      continue;
    }
    if (!/[\p{L}\p{N} .,:;!?'()[\]+\-=<>/|*]/u.test(c)) return null;
    out += c;
    i++;
  }
  return out.trim() === '' ? null : out;
}

/** `$…$` spans on one line, not `$$`, not an escaped `\$`, and at most 60 characters inside. */
const INLINE_MATH = /(?<![\\$])\$([^$\n]{1,60})\$(?!\$)/g;

/**
 * `text` (an abstract as stored) with inline HTML/JATS markup read as plain text (`inlineMarkupToText`; block tags
 * a space; `<sup>`/`<sub>` of digits and signs in Unicode superscripts and subscripts, anything else in them kept
 * as plain letters: "4<sup>th</sup>" → "4th", "CO<sub>2</sub>" → "CO₂") and each simple inline TeX math span read
 * as Unicode ("$\ell_2$" → "ℓ₂", "$\alpha$" → "α", "$x^{2}$" → "x²"); a span holding anything else ("$\frac{a}{b}$",
 * "$x_i$") stays as written, dollars and all. A literal "<" ("p < 0.05") stays. `text`: any string. Returns the text to
 * show as text (never HTML). Linear in the text's length; throws nothing.
 */
export function readableText(text: string): string {
  let out = text;
  if (out.includes('<')) {
    out = out.replace(BLOCK_TAG, ' ').replace(SCRIPT_TAG, (_whole, tag: string, body: string) => script(body, tag.toLowerCase() === 'sup') ?? body);
  }
  if (out.includes('<') || out.includes('&')) out = inlineMarkupToText(out).text;
  if (out.includes('$')) out = out.replace(INLINE_MATH, (whole, tex: string) => mathText(tex) ?? whole);
  return out === text ? text : out.replace(/[ \t]{2,}/g, ' ').trim();
}
