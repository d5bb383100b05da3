import { droppedElementsWords, inlineMarkupToText } from '../util/inline-markup';
import { cleanText } from '../util/text-lines';
import { IngestError } from './errors';
import { requirePapers } from './require-papers';
import type { InputFormat, RawPaper, ReaderResult } from './types';

/**
 * Something that may be markup: a tag's start (`<i`, `</jats:p`, `<br/`) or a character reference (`&amp;`,
 * `&#8217;`, `&frac12;`: HTML5's names hold digits).
 */
const MARKUP = /<\/?[a-z][\w:.-]*[\s/>]|&(?:[a-z][a-z\d]*|#\d+|#x[0-9a-f]+);/i;

/** Block tags of HTML and JATS (Crossref's abstracts: `<jats:p>`, `<jats:sec>`, `<jats:title>`): a space each. */
const BLOCK_TAG = /<\/?(?:p|div|section|sec|title|li|ul|ol|h[1-6]|blockquote|jats:(?:p|sec|title|list|list-item|boxed-text))(?:\s[^<>]*)?\/?>/gi;

/**
 * The heading almost every Crossref abstract opens with, `<jats:title>Abstract</jats:title>` (also `ABSTRACT`,
 * `Summary`, a JATS title without its prefix): a label, not the abstract's text. Other headings ("Background")
 * are the abstract's own sections and stay.
 */
const ABSTRACT_HEADING = /^\s*<(?:jats:)?title(?:\s[^<>]*)?>\s*(abstract|summary)\s*[.:]?\s*<\/(?:jats:)?title>/i;

/** The readers' names for their formats, as `requirePapers` says them. */
const FORMAT_NAME: Record<InputFormat, string> = {
  seed: 'seed text',
  jsonl: 'JSON Lines',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
  openalex: 'OpenAlex',
  wos: 'Web of Science',
  scopus: 'Scopus CSV',
  pubmed: 'PubMed/MEDLINE',
  dimensions: 'Dimensions CSV',
  'zotero-csv': 'Zotero CSV',
  csv: 'CSV',
  dblp: 'DBLP XML',
};

/** A field's value as written, for a reason or note: quoted, cut at 60 characters. */
function quoted(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

/**
 * Titles, abstracts and venue names with HTML or JATS markup, as RIS, CSL-JSON (Crossref), PubMed and JSON Lines exports carry
 * it ("<i>Escherichia coli</i> &amp; CO<sub>2</sub>", "&eacute;", "<jats:p>…</jats:p>"), read as the plain text a
 * reader sees (`inlineMarkupToText`: every HTML5 character reference decoded; block tags a space), in place, with
 * one note per file saying how many and on which line the first is (the title's or abstract's own line where the
 * reader records it, `RawPaper.fieldLines`, else the record's). Every HTML element is read by one rule
 * (`inlineMarkupToText`): tags removed, text kept; an element with no text (`<img>`, `<script>`) dropped and named
 * in the note. A literal "<" ("p < 0.05", "<unk>") stays. An abstract's
 * leading heading "Abstract" or "Summary" (`<jats:title>Abstract</jats:title>`, Crossref) is dropped, said in the
 * same note. A title that is only markup (`<i></i>`, `&nbsp;`) is no title: the record is skipped with that
 * reason, as readers skip a record without one (JSON Lines too); seed text, whose reader stops at a paper without
 * a title, stops the same way. OpenAlex's reader reads its titles itself. `result`: a reader's result, changed in
 * place. Throws IngestError (file, line, problem) for a seed paper whose title is only markup, and when no paper
 * is left (as `requirePapers`).
 */
export function tidyMarkup(result: ReaderResult): void {
  if (result.format === 'openalex') return;
  let titles = 0;
  let abstracts = 0;
  let venues = 0;
  const headings = new Map<string, number>();
  let first: { file: string; line: number } | null = null;
  let untitled: string | null = null;
  /** Elements with no text to read (`<img>`, `<script>`) dropped from any field: named in the note. */
  const droppedElements = new Set<string>();
  const read = (s: string): string | null => {
    // a tag or a character reference at all ("p < 0.05" and "Q&A" have none): else nothing is copied
    if ((!s.includes('<') && !s.includes('&')) || !MARKUP.test(s)) return null;
    const blocks = s.replace(BLOCK_TAG, ' ');
    const { text, dropped: gone } = inlineMarkupToText(blocks);
    for (const name of gone) droppedElements.add(name);
    const out = cleanText(text);
    return out !== cleanText(s) ? out : null;
  };
  const kept: RawPaper[] = [];
  for (const p of result.papers) {
    const title = read(p.title);
    if (title === '') {
      untitled ??= p.source.file;
      const why = `${quoted(p.title)} is only markup, empty once read as text`;
      if (result.format === 'seed') throw new IngestError(p.source.file, p.source.line, `empty title (${why})`);
      result.skipped.push({ file: p.source.file, line: p.source.line, reason: `no title: the title ${why}`, record: p.id ?? p.title.slice(0, 80) });
      continue;
    }
    kept.push(p);
    let abstract = p.abstract ? read(p.abstract) : null;
    const heading = abstract !== null ? ABSTRACT_HEADING.exec(p.abstract!) : null;
    if (heading) {
      abstract = read(p.abstract!.slice(heading[0].length)) ?? cleanText(p.abstract!.slice(heading[0].length));
      headings.set(heading[1]!, (headings.get(heading[1]!) ?? 0) + 1);
    }
    if (title !== null) {
      p.title = title;
      titles++;
    }
    if (abstract !== null) {
      p.abstract = abstract || null;
      abstracts++;
    }
    // a venue's name is read the same way ("Chemistry &amp; Biology", "<i>Nature</i>")
    const venue = p.venue ? read(p.venue) : null;
    if (venue !== null) {
      p.venue = venue || null;
      venues++;
    }
    if ((title !== null || abstract !== null || venue !== null) && !first) {
      const line = title !== null ? p.fieldLines?.title : p.fieldLines?.abstract;
      first = { file: p.source.file, line: line ?? p.source.line };
    }
  }
  if (untitled !== null) {
    result.papers = kept;
    requirePapers({ name: untitled, text: '' }, result, FORMAT_NAME[result.format]);
  }
  if (!first) return;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const what = [titles ? count(titles, 'title', 'titles') : '', abstracts ? count(abstracts, 'abstract', 'abstracts') : '', venues ? count(venues, 'venue name', 'venue names') : '']
    .filter(Boolean)
    .join(' and ');
  const dropped = [...headings.values()].reduce((a, b) => a + b, 0);
  const names = [...headings.keys()].map((h) => JSON.stringify(h)).join(', ');
  const heading = dropped ? `; the heading${headings.size > 1 ? 's' : ''} ${names} at the start of ${dropped === 1 ? 'the abstract' : count(dropped, 'abstract', 'abstracts')} dropped` : '';
  result.notes.push({
    file: first.file,
    line: first.line,
    note: `${what} ${titles + abstracts + venues === 1 ? 'carries' : 'carry'} HTML or JATS markup (<i>, <sub>, <jats:p>, &amp;…; the first on line ${first.line}): read as plain text${droppedElements.size ? `; ${droppedElementsWords([...droppedElements].sort())}` : ''}${heading}`,
  });
}
