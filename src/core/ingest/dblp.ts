import { SaxesParser } from 'saxes';
import { IngestError } from './errors';
import { bareDoi, readDoi, yearFrom } from './identifiers';
import { readOrcid } from './orcid';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * DBLP XML (the dump `dblp.xml`, a person's page `https://dblp.org/pid/....xml`, or the search API's
 * `format=xml` answer), read as a stream of elements with saxes. A record is one of DBLP's publication
 * elements (article, inproceedings, proceedings, book, incollection, phdthesis, mastersthesis, data,
 * informal, or the search API's `info`); read: author (in order, with its orcid attribute), title (inner
 * markup like <i> or <sub> kept as text), year, journal / booktitle / venue, volume, number (the issue), pages,
 * ee or doi (the DOI), url, key.
 * `www` elements are person pages, not papers. DBLP's homonym number ("Wei Zhang 0003") is its own person
 * id: it is kept as the identity (`dblp:Wei Zhang 0003`) and dropped from the displayed name.
 * The dump's named entities (&ouml; ... from dblp.dtd: the ISO Latin-1 set) are known without reading the DTD.
 * A bare `&` that starts no entity reference (`R&D`: XML wants `&amp;`) is the common real-world breakage of
 * hand-edited or badly exported files: it is read as a literal "&", with a note naming its line. Any other XML
 * error stops the build with the line saxes found it on (no partial output: a download cut short is bad input).
 */

const RECORD = new Set(['article', 'inproceedings', 'proceedings', 'book', 'incollection', 'phdthesis', 'mastersthesis', 'data', 'informal', 'info']);
const FIELD = new Set(['author', 'editor', 'title', 'year', 'journal', 'booktitle', 'venue', 'volume', 'number', 'pages', 'ee', 'doi', 'url', 'key']);

/** HTML 4 / ISO 8879 Latin-1 entity names for U+00A0..U+00FF, in code point order (the set dblp.dtd declares). */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  );
const ENTITIES: Record<string, string> = Object.fromEntries(LATIN1_NAMES.map((n, k) => [n, String.fromCharCode(0xa0 + k)]));

/** "Wei Zhang 0003" -> display "Wei Zhang", homonym number "0003" (null when none). */
export function splitDblpName(raw: string): { name: string; number: string | null } {
  const s = cleanText(raw);
  const m = /^(.*\S)\s+(\d{4})$/.exec(s);
  return m ? { name: m[1]!, number: m[2]! } : { name: s, number: null };
}

/**
 * Escape each bare `&` of XML `text`: one that does not start an entity or character reference (`&name;`,
 * `&#123;`, `&#x1F;`). Comments, CDATA sections, processing instructions and the DOCTYPE are left as they are.
 * Returns the text with those `&` written `&amp;` (same lines, so the parser's line numbers still hold) and the
 * 1-based line and surrounding text of each. Pure; throws nothing. Entity syntax from the XML 1.0 specification
 * (productions 66-68; any character from U+00B7 up counts as a name character here).
 */
export function escapeBareAmpersands(text: string): { text: string; bare: { line: number; context: string }[] } {
  const bare: { line: number; context: string }[] = [];
  let line = 1;
  let counted = 0;
  const out = text.replace(
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|&(?![A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7-\uFFFF-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/g,
    (m, at: number) => {
      if (m !== '&') return m;
      for (let k = text.indexOf('\n', counted); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) line++;
      counted = at;
      const from = Math.max(text.lastIndexOf('>', at) + 1, text.lastIndexOf('\n', at) + 1, at - 40);
      const to = [text.indexOf('<', at), text.indexOf('\n', at), at + 40].filter((k) => k !== -1).reduce((a, b) => Math.min(a, b));
      bare.push({ line, context: text.slice(from, to).trim() });
      return '&amp;';
    },
  );
  return { text: out, bare };
}

/** Bare `&` noted one by one; more are counted in one note (a file broken throughout stays readable). */
const BARE_NOTES = 100;

interface Rec {
  tag: string;
  line: number;
  key: string | null;
  authors: { name: string; id: string; orcid: string | null; line: number }[];
  editors: { name: string; id: string; orcid: string | null; line: number }[];
  fields: Map<string, string[]>;
}

/**
 * DBLP XML to papers (see the header comment). `file.text` is the whole XML document.
 * Throws IngestError (file, line, problem) for XML that is not well-formed other than a bare `&` (which is read
 * as "&" with a note), for a file with no XML elements, and when no paper is left (see `requirePapers`).
 */
export function readDblp(file: InputFile): ReaderResult {
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  const parser = new SaxesParser({ position: true });
  Object.assign(parser.ENTITIES, ENTITIES);
  let rec: Rec | null = null;
  let field: { tag: string; text: string; orcid: string | null; pid: string | null; line: number } | null = null;
  let sawRoot = false;

  const finish = (r: Rec) => {
    const get = (t: string) => cleanText(r.fields.get(t)?.[0] ?? '') || null;
    const title = get('title')?.replace(/\.$/, '') ?? null;
    const label = r.key ?? title?.slice(0, 80);
    let people = r.authors;
    let authorField = 'author';
    if (people.length === 0 && r.editors.length) {
      notes.push({ file: file.name, line: r.line, record: label, field: 'editor', note: `no author: the ${r.editors.length} editor(s) are used as authors` });
      people = r.editors;
      authorField = 'editor';
    }
    const missing = missingAuthorsOrTitle(people.length > 0, !!title, 'no authors (<author>)', 'no title (<title>)');
    if (missing || !title) {
      skipped.push({ file: file.name, line: r.line, reason: `${missing ?? 'no title'} in <${r.tag}>`, record: label });
      return;
    }
    const ees = r.fields.get('ee') ?? [];
    const doi = readDoi(get('doi'), (note) => notes.push({ file: file.name, line: r.line, record: label, field: 'doi', note })) ?? ees.map((e) => bareDoi(e)).find(Boolean) ?? null;
    const link = ees.map((e) => e.trim()).find((e) => /^https?:\/\//i.test(e)) ?? null;
    const url = get('url');
    papers.push({
      title,
      authors: people.map((p) => p.name),
      nameOrder: 'first-last',
      authorField,
      authorLines: people.map((p) => p.line),
      authorIds: people.map((p) => p.id),
      ...(people.some((p) => p.orcid) ? { authorOrcids: people.map((p) => p.orcid) } : {}),
      year: yearFrom(get('year')),
      venue: get('journal') ?? get('booktitle') ?? get('venue'),
      volume: get('volume'),
      issue: get('number'),
      pages: get('pages'),
      doi,
      url: link ?? (doi ? `https://doi.org/${doi}` : url && /^https?:\/\//i.test(url) ? url : url ? `https://dblp.org/${url.replace(/^\//, '')}` : null),
      id: r.key ?? get('key'),
      abstract: null,
      source: { file: file.name, line: r.line },
    });
  };

  const openTags: { tag: string; line: number }[] = [];
  parser.on('opentag', (node) => {
    sawRoot = true;
    const tag = node.name;
    if (!node.isSelfClosing) openTags.push({ tag, line: parser.line });
    const attr = (n: string) => {
      const v = node.attributes[n];
      return typeof v === 'string' ? v : null;
    };
    if (!rec && RECORD.has(tag)) {
      rec = { tag, line: parser.line, key: attr('key'), authors: [], editors: [], fields: new Map() };
      return;
    }
    if (rec && !field && FIELD.has(tag)) {
      field = { tag, text: '', orcid: attr('orcid'), pid: attr('pid'), line: parser.line };
    }
  });
  parser.on('text', (t) => {
    if (field) field.text += t;
  });
  parser.on('cdata', (t) => {
    if (field) field.text += t;
  });
  parser.on('closetag', (node) => {
    const tag = node.name;
    if (!node.isSelfClosing) openTags.pop();
    if (field && tag === field.tag) {
      const r = rec!;
      if (tag === 'author' || tag === 'editor') {
        const { name, number } = splitDblpName(field.text);
        if (name) {
          // a homonym number is the identity DBLP's BibTeX export carries too (a pid only the XML has): one person across both
          const entry = { name, id: `dblp:${number ? `${name} ${number}` : (field.pid ?? name)}`, orcid: readOrcid(field.orcid, { file: file.name, line: field.line, author: name, field: tag }, notes), line: field.line };
          (tag === 'author' ? r.authors : r.editors).push(entry);
        }
      } else {
        const list = r.fields.get(tag);
        if (list) list.push(field.text);
        else r.fields.set(tag, [field.text]);
      }
      field = null;
      return;
    }
    if (rec && tag === rec.tag && !field) {
      finish(rec);
      rec = null;
    }
  });
  parser.on('error', (err) => {
    const problem = err.message.replace(/^(?:.*?:)?\d+:\d+: /, '');
    const open = /^unclosed tag: (.*)$/.exec(problem);
    if (open) {
      // found at the end of the file: name the last line that has text, and where the unclosed element began
      const lines = source.replace(/\s+$/, '').split('\n');
      const opened = [...openTags].reverse().find((t) => t.tag === open[1]);
      throw new IngestError(
        file.name,
        Math.min(parser.line, lines.length),
        `not well-formed XML: the file ends inside <${open[1]}>${opened ? ` (opened on line ${opened.line})` : ''}: is it cut short?`,
      );
    }
    throw new IngestError(file.name, parser.line, `not well-formed XML: ${problem}`);
  });
  const source = file.text.replace(/^\uFEFF/, '');
  const { text, bare } = escapeBareAmpersands(source);
  for (const b of bare.slice(0, BARE_NOTES)) {
    notes.push({ file: file.name, line: b.line, note: `a bare "&" (not an entity; XML writes it &amp;) in "${b.context}" is read as a literal "&"` });
  }
  if (bare.length > BARE_NOTES) {
    const rest = bare.slice(BARE_NOTES);
    const shown = rest.slice(0, 10).map((b) => b.line);
    notes.push({ file: file.name, line: rest[0]!.line, note: `${rest.length} more bare "&" read as a literal "&" (lines ${shown.join(', ')}${rest.length > 10 ? ', …' : ''})` });
  }
  parser.write(text).close();
  if (!sawRoot) throw new IngestError(file.name, 1, 'no XML elements found');
  return requirePapers(file, { format: 'dblp', papers, skipped, notes }, 'DBLP XML');
}

/** DBLP XML when the start of the file has a <dblp>, <dblpperson> or search-API <result> root with DBLP's elements. */
export function looksLikeDblp(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return false;
  return /<dblp[\s>]|<dblpperson[\s>]|<!DOCTYPE dblp/.test(head) || (/<result[\s>]/.test(head) && /<hits[\s>]/.test(head));
}
