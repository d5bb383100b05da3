import { SaxesParser } from 'saxes';
import { IngestError } from './errors';
import { bareDoi, yearFrom } from './identifiers';
import { readOrcid } from './orcid';
import { requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * DBLP XML (the dump `dblp.xml`, a person's page `https://dblp.org/pid/....xml`, or the search API's
 * `format=xml` answer), read as a stream of elements with saxes. A record is one of DBLP's publication
 * elements (article, inproceedings, proceedings, book, incollection, phdthesis, mastersthesis, data,
 * informal, or the search API's `info`); read: author (in order, with its orcid attribute), title (inner
 * markup like <i> or <sub> kept as text), year, journal / booktitle / venue, ee or doi (the DOI), url, key.
 * `www` elements are person pages, not papers. DBLP's homonym number ("Wei Zhang 0003") is its own person
 * id: it is kept as the identity (`dblp:Wei Zhang 0003`) and dropped from the displayed name.
 * The dump's named entities (&ouml; ... from dblp.dtd: the ISO Latin-1 set) are known without reading the DTD.
 */

const RECORD = new Set(['article', 'inproceedings', 'proceedings', 'book', 'incollection', 'phdthesis', 'mastersthesis', 'data', 'informal', 'info']);
const FIELD = new Set(['author', 'editor', 'title', 'year', 'journal', 'booktitle', 'venue', 'ee', 'doi', 'url', 'key']);

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

interface Rec {
  tag: string;
  line: number;
  key: string | null;
  authors: { name: string; id: string; orcid: string | null; line: number }[];
  editors: { name: string; id: string; orcid: string | null; line: number }[];
  fields: Map<string, string[]>;
}

/** DBLP XML to papers (see the header comment). A break in the XML stops reading there, with a skip entry. */
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
      notes.push({ file: file.name, line: r.line, record: label, note: `no author: the ${r.editors.length} editor(s) are used as authors` });
      people = r.editors;
      authorField = 'editor';
    }
    if (people.length === 0) {
      skipped.push({ file: file.name, line: r.line, reason: title ? `no authors (<author>) in <${r.tag}>` : `no authors and no title in <${r.tag}>`, record: label });
      return;
    }
    if (!title) {
      skipped.push({ file: file.name, line: r.line, reason: `no title in <${r.tag}>`, record: label });
      return;
    }
    const ees = r.fields.get('ee') ?? [];
    const doi = bareDoi(get('doi')) ?? ees.map((e) => bareDoi(e)).find(Boolean) ?? null;
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
      doi,
      url: link ?? (doi ? `https://doi.org/${doi}` : url && /^https?:\/\//i.test(url) ? url : url ? `https://dblp.org/${url.replace(/^\//, '')}` : null),
      id: r.key ?? get('key'),
      abstract: null,
      source: { file: file.name, line: r.line },
    });
  };

  parser.on('opentag', (node) => {
    sawRoot = true;
    const tag = node.name;
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
  parser.on('closetag', (node) => {
    const tag = node.name;
    if (field && tag === field.tag) {
      const r = rec!;
      if (tag === 'author' || tag === 'editor') {
        const { name, number } = splitDblpName(field.text);
        if (name) {
          const entry = { name, id: `dblp:${field.pid ?? (number ? `${name} ${number}` : name)}`, orcid: readOrcid(field.orcid, { file: file.name, line: field.line, author: name }, notes), line: field.line };
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
    throw new IngestError(file.name, parser.line, `not well-formed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`);
  });
  try {
    parser.write(file.text.replace(/^\uFEFF/, '')).close();
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    if (papers.length === 0) throw err;
    // read what came before the break; say where and why the rest is not read
    const r = rec as Rec | null;
    skipped.push({ file: file.name, line: err.line, reason: `${err.problem}; the rest of the file is not read`, record: r?.key ?? undefined });
  }
  if (!sawRoot) throw new IngestError(file.name, 1, 'no XML elements found');
  return requirePapers(file, { format: 'dblp', papers, skipped, notes }, 'DBLP XML');
}

/** DBLP XML when the start of the file has a <dblp>, <dblpperson> or search-API <result> root with DBLP's elements. */
export function looksLikeDblp(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return false;
  return /<dblp[\s>]|<dblpperson[\s>]|<!DOCTYPE dblp/.test(head) || (/<result[\s>]/.test(head) && /<hits[\s>]/.test(head));
}
