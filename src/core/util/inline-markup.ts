import { decodeHTMLStrict } from 'entities';

/**
 * Inline HTML / JATS / MathML markup in a title, as Crossref and OpenAlex carry it ("Growth of
 * <i>Escherichia coli</i> in CO<sub>2</sub>-rich media", "<jats:italic>…</jats:italic>", "Q&amp;A"), read as
 * the plain text a reader sees: the tags of inline formatting dropped (their text kept), a line break a space,
 * and HTML's character references decoded: every HTML5 named one (`&ndash;`, `&uuml;`, `&alpha;`, `&hellip;`) and
 * numeric ones, by the `entities` package's strict decoder (only a reference closed by ";": "AT&T", "R&D",
 * "&amp R" stay as written). Only those tags are read as markup, so a literal "<" ("p < 0.05", "<unk> tokens")
 * stays as written, and so does a tag written as references ("&lt;i&gt;" is the text "<i>"). Titles are data:
 * the result is shown as text, never as HTML.
 *
 * One rule for every HTML element a field carries (a tester: `<b>` was removed but `<img …>` shown as text): its
 * tags are removed and its text kept (any HTML5 element: `<a>`, `<span>`, `<mark>`, `<del>`…); an element that has
 * no text (`<img>`, `<hr>`, `<input>`, `<embed>`…) is dropped, and one whose content is no text to read (`<script>`,
 * `<style>`, `<iframe>`, `<svg>`, `<video>`…) is dropped with that content; the elements dropped are named
 * (`dropped`) so the reader's note can say so. A name that is no HTML element ("<unk>", "<s1>") stays as written.
 */

/** HTML5 elements that hold no text: dropped whole (named in `dropped`). `br` is a space, below. */
const EMPTY_ELEMENTS = new Set(['img', 'hr', 'input', 'embed', 'wbr', 'area', 'source', 'track', 'col', 'meta', 'link', 'base', 'param', 'keygen', 'image']);
/** HTML5 elements whose content is code or media, not text to read: dropped with their content (named in `dropped`). */
const OPAQUE_ELEMENTS = ['script', 'style', 'iframe', 'object', 'svg', 'video', 'audio', 'canvas', 'noscript', 'template', 'select', 'textarea', 'frameset', 'applet'];
/**
 * The other HTML5 elements (WHATWG HTML's element index, with a few obsolete ones: font, center, tt, strike, big,
 * blink, marquee, nobr): their tags are removed, their text kept.
 */
const TEXT_ELEMENTS = new Set(
  (
    'a abbr address article aside b bdi bdo big blink blockquote body button caption center cite code colgroup data datalist dd del ' +
    'details dfn dialog div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup html i ins ' +
    'kbd label legend li main map mark marquee menu meter nav nobr ol optgroup option output p picture pre progress q rp rt ruby s samp ' +
    'search section slot small span strike strong sub summary sup table tbody td tfoot th thead time title tr tt u ul var sc scp frame'
  ).split(' '),
);
/** Any tag: a name, attributes, maybe self-closing; whether it is markup is decided by its name. */
const ANY_TAG = /<\/?([a-z][\w:.-]*)(?:\s[^<>]*)?\/?>/gi;
/** An element dropped with its content: from its opening tag to its closing one (or to the end of the field when unclosed). */
const OPAQUE_ELEMENT = new RegExp(`<(${OPAQUE_ELEMENTS.join('|')})(?:\\s[^<>]*)?>[\\s\\S]*?(?:<\\/\\1\\s*>|$)`, 'gi');
const OPAQUE_SET = new Set(OPAQUE_ELEMENTS);

/** Tags of inline formatting (HTML, JATS's `jats:` names, MathML's `mml:` names and `math`), opening or closing. */
const INLINE_TAG =
  /<\/?(?:i|b|em|strong|sup|sub|u|tt|sc|scp|small|big|span|font|a|code|var|q|cite|abbr|strike|s|(?:jats|mml):[a-z][\w.-]*|math)(?:\s[^<>]*)?\/?>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
/**
 * What may be a character reference: a name (HTML5's run from `&lt;` to `&CounterClockwiseContourIntegral;`, digits
 * included: `&frac12;`, `&sup2;`) or a number, closed by ";". Each is handed to `decodeHTMLStrict`, which leaves a
 * name HTML does not define (`&foo;`) as written.
 */
const CHARACTER_REFERENCE = /&(?:[a-z][a-z\d]{1,31}|#(\d{1,8})|#x([\da-f]{1,7}));/gi;

/** A numeric reference to no character (0, a UTF-16 surrogate, beyond U+10FFFF): left as written, not "\uFFFD". */
function noCharacter(dec: string | undefined, hex: string | undefined): boolean {
  if (dec === undefined && hex === undefined) return false;
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
}

/**
 * `text` with its HTML character references decoded (see the file's comment): named ones of HTML5 and numeric
 * ones, each closed by ";"; "AT&T", "R&D", "&amp R", an undefined name (`&foo;`) and a numeric reference to no
 * character (`&#0;`, a surrogate, beyond U+10FFFF) stay as written. `text`: any string. Throws nothing. Decoding
 * by the `entities` package (`decodeHTMLStrict`, the WHATWG HTML named-reference table).
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (whole, dec: string | undefined, hex: string | undefined) =>
    noCharacter(dec, hex) ? whole : decodeHTMLStrict(whole),
  );
}

/**
 * `text` with its inline markup read as plain text (see the file's comment), and whether anything was read so
 * (for the reader's note). `text`: one field's value. Throws nothing; a character reference to no character
 * (`&#0;`, beyond U+10FFFF) or to no name HTML defines is left as written. Tags are dropped before references are
 * decoded, so "&lt;b&gt;" stays the text "<b>" and nothing decoded is ever read as a tag.
 */
export function inlineMarkupToText(text: string): { text: string; changed: boolean; dropped: string[] } {
  if (!text.includes('<') && !text.includes('&')) return { text, changed: false, dropped: [] };
  const dropped = new Set<string>();
  let out = text;
  if (out.includes('<')) {
    out = out.replace(OPAQUE_ELEMENT, (_, name: string) => (dropped.add(name.toLowerCase()), ' '));
    out = out.replace(LINE_BREAK, ' ').replace(INLINE_TAG, '');
    out = out.replace(ANY_TAG, (whole, name: string) => {
      const n = name.toLowerCase();
      if (EMPTY_ELEMENTS.has(n) || OPAQUE_SET.has(n)) {
        // (an opaque element's stray closing tag, or one left unclosed, is dropped as its tag alone)
        dropped.add(n);
        return ' ';
      }
      return TEXT_ELEMENTS.has(n) ? '' : whole;
    });
  }
  out = decodeCharacterReferences(out);
  return { text: out, changed: out !== text, dropped: [...dropped].sort() };
}

/**
 * The words a note uses for elements `inlineMarkupToText` dropped: `<img> dropped (no text)`, `<img>, <script>
 * dropped (no text to read)`; '' when none. `names`: element names, lower case, as `dropped` gives them.
 */
export function droppedElementsWords(names: readonly string[]): string {
  if (names.length === 0) return '';
  return `${names.map((n) => `<${n}>`).join(', ')} dropped (no text to read)`;
}
