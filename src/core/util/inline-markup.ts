/**
 * Inline HTML / JATS / MathML markup in a title, as Crossref and OpenAlex carry it ("Growth of
 * <i>Escherichia coli</i> in CO<sub>2</sub>-rich media", "<jats:italic>…</jats:italic>", "Q&amp;A"), read as
 * the plain text a reader sees: the tags of inline formatting dropped (their text kept), a line break a space,
 * and HTML's character references decoded. Only those tags are read as markup, so a literal "<" ("p < 0.05",
 * "<unk> tokens") stays as written. Titles are data: the result is shown as text, never as HTML.
 */

/** Tags of inline formatting (HTML, JATS's `jats:` names, MathML's `mml:` names and `math`), opening or closing. */
const INLINE_TAG =
  /<\/?(?:i|b|em|strong|sup|sub|u|tt|sc|scp|small|big|span|font|a|code|var|q|cite|abbr|strike|s|(?:jats|mml):[a-z][\w.-]*|math)(?:\s[^<>]*)?\/?>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
const CHARACTER_REFERENCE = /&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * `text` with its inline markup read as plain text (see the file's comment), and whether anything was read so
 * (for the reader's note). `text`: one field's value. Throws nothing; a character reference to no character
 * (`&#0;`, beyond U+10FFFF) is left as written.
 */
export function inlineMarkupToText(text: string): { text: string; changed: boolean } {
  if (!text.includes('<') && !text.includes('&')) return { text, changed: false };
  const out = text
    .replace(LINE_BREAK, ' ')
    .replace(INLINE_TAG, '')
    .replace(CHARACTER_REFERENCE, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name.toLowerCase()]!;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    });
  return { text: out, changed: out !== text };
}
