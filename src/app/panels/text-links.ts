/**
 * The web addresses written in a text (an abstract's "Code: https://github.com/…"), found with linkify-it (the
 * markdown-it project's link recogniser: trailing punctuation, brackets and Unicode handled as markdown-it does),
 * so the card can make them links. Only an address spelled out with `http://` or `https://` becomes one (no
 * "github.com" without a scheme, no e-mail, no `ftp:` or `//…`), and its href is `safeHref`'s: the text is data,
 * shown as text around the links, never as HTML.
 */
import { LinkifyIt } from 'linkify-it';
import { safeHref } from './links';

/** A run of a text: plain (`href` absent) or a web address to link to `href`. */
export interface TextRun {
  text: string;
  href?: string;
}

const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false });

/**
 * `text` cut into runs, in order, their texts joined giving `text` back: each `http(s)://` address a run with its
 * `href` (the address as linkify-it normalises it, then `safeHref`), everything else plain. `text`: any string.
 * Returns one plain run for a text without an address ([] for ''). Linear in the text's length; throws nothing.
 */
export function textRuns(text: string): TextRun[] {
  if (text === '') return [];
  const matches = linkify.match(text) ?? [];
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of matches) {
    const scheme = m.schema.toLowerCase();
    const href = scheme === 'http:' || scheme === 'https:' ? safeHref(m.url) : null;
    if (href === null) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: text.slice(m.index, m.lastIndex), href });
    at = m.lastIndex;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
