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
 */

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
export function inlineMarkupToText(text: string): { text: string; changed: boolean } {
  if (!text.includes('<') && !text.includes('&')) return { text, changed: false };
  const out = decodeCharacterReferences(text.replace(LINE_BREAK, ' ').replace(INLINE_TAG, ''));
  return { text: out, changed: out !== text };
}
