import { inlineMarkupToText } from '../util/inline-markup';
import { cleanText } from '../util/text-lines';
import type { ReaderResult } from './types';

/** Something that may be markup: a tag's start (`<i`, `</jats:p`, `<br/`) or a character reference (`&amp;`, `&#8217;`). */
const MARKUP = /<\/?[a-z][\w:.-]*[\s/>]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** Block tags of HTML and JATS (Crossref's abstracts: `<jats:p>`, `<jats:sec>`, `<jats:title>`): a space each. */
const BLOCK_TAG = /<\/?(?:p|div|section|sec|title|li|ul|ol|h[1-6]|blockquote|jats:(?:p|sec|title|list|list-item|boxed-text))(?:\s[^<>]*)?\/?>/gi;

/**
 * Titles and abstracts with HTML or JATS markup, as RIS, CSL-JSON (Crossref), PubMed and JSON Lines exports carry
 * it ("<i>Escherichia coli</i> &amp; CO<sub>2</sub>", "<jats:p>…</jats:p>"), read as the plain text a reader sees
 * (`inlineMarkupToText`; block tags a space), in place, with one note per file saying how many and where the first
 * is. A literal "<" ("p < 0.05") stays. OpenAlex's reader does this itself. `result`: a reader's result. Throws nothing.
 */
export function tidyMarkup(result: ReaderResult): void {
  if (result.format === 'openalex') return;
  let titles = 0;
  let abstracts = 0;
  let first: { file: string; line: number } | null = null;
  const read = (s: string): string | null => {
    // a tag or a character reference at all ("p < 0.05" and "Q&A" have none): else nothing is copied
    if ((!s.includes('<') && !s.includes('&')) || !MARKUP.test(s)) return null;
    const blocks = s.replace(BLOCK_TAG, ' ');
    const { text } = inlineMarkupToText(blocks);
    const out = cleanText(text);
    return out !== cleanText(s) ? out : null;
  };
  for (const p of result.papers) {
    const title = read(p.title);
    const abstract = p.abstract ? read(p.abstract) : null;
    if (title !== null && title !== '') {
      p.title = title;
      titles++;
    }
    if (abstract !== null) {
      p.abstract = abstract || null;
      abstracts++;
    }
    if ((title !== null || abstract !== null) && !first) first = p.source;
  }
  if (!first) return;
  const what = [titles ? `${titles} ${titles === 1 ? 'title' : 'titles'}` : '', abstracts ? `${abstracts} ${abstracts === 1 ? 'abstract' : 'abstracts'}` : ''].filter(Boolean).join(' and ');
  result.notes.push({ file: first.file, line: first.line, note: `${what} ${titles + abstracts === 1 ? 'carries' : 'carry'} HTML or JATS markup (<i>, <sub>, <jats:p>, &amp;…; the first on line ${first.line}): read as plain text` });
}
