import { IngestError } from './errors';
import { affiliationOrNull, parseAddress } from './affiliation';
import { readDoi, yearFrom } from './identifiers';
import { readOrcid } from './orcid';
import { requirePapers } from './require-papers';
import { cleanText, splitLines } from '../util/text-lines';
import type { Affiliation, IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * PubMed / MEDLINE (`.nbib`, PubMed's "Save > PubMed format", `.txt`), as in NLM's "MEDLINE/PubMed Data
 * Element (Field) Descriptions": records begin with `PMID- ` and are separated by blank lines; a tag is up to
 * four letters padded to four, then "- "; a line starting with six spaces continues the field above.
 * Read: PMID, TI (BTI for books), AB, FAU (full name) over AU ("Castellanos AB"), AD (affiliations of the
 * author above; several allowed), DP (year), JT over TA (venue), VI (volume), IP (issue), PG (pages, MEDLINE's
 * "101-10" as written), LID/AID "... [doi]". CN (collective authors,
 * "Airway Consortium") are groups, not people: noted and left out of the map. ORCIDs come from
 * `AUID- ORCID: 0000-...`.
 */

interface Field {
  tag: string;
  value: string;
  line: number;
}

const TAG_LINE = /^([A-Z][A-Z0-9]{0,3}) {0,3}- ?(.*)$/;

function toPaper(file: InputFile, start: number, fields: Field[], papers: RawPaper[], skipped: SkippedRecord[], notes: IngestNote[]): void {
  const first = (...tags: string[]) => {
    for (const t of tags) {
      const f = fields.find((x) => x.tag === t && cleanText(x.value));
      if (f) return cleanText(f.value);
    }
    return null;
  };
  /** The line of the field `first(...tags)` reads (for notes about a title's or abstract's markup). */
  const lineOf = (...tags: string[]) => {
    for (const t of tags) {
      const f = fields.find((x) => x.tag === t && cleanText(x.value));
      if (f) return f.line;
    }
    return undefined;
  };
  const pmid = first('PMID');
  // MEDLINE titles end with a period; translated titles are in brackets ("[Translated title].")
  const title = (first('TI', 'BTI') ?? '').replace(/^\[(.*)\]\.?$/, '$1').replace(/(?<!\.)\.$/, '') || null;
  const label = pmid ? `PMID ${pmid}` : title?.slice(0, 80);
  // Authors in order; FAU starts an author, AU right after it belongs to the same one; AD/AUID attach to the last.
  const people: { full: string | null; short: string | null; line: number; affs: Affiliation[]; orcid: string | null }[] = [];
  let lastWasFau = false;
  for (const f of fields) {
    const v = cleanText(f.value);
    if (f.tag === 'FAU') {
      people.push({ full: v, short: null, line: f.line, affs: [], orcid: null });
      lastWasFau = true;
      continue;
    }
    if (f.tag === 'AU') {
      if (lastWasFau && people.length && people[people.length - 1]!.short === null) people[people.length - 1]!.short = v;
      else people.push({ full: null, short: v, line: f.line, affs: [], orcid: null });
      lastWasFau = false;
      continue;
    }
    if (f.tag === 'AD' && people.length) {
      const a = affiliationOrNull(parseAddress(v));
      if (a) people[people.length - 1]!.affs.push(a);
    } else if (f.tag === 'AUID' && people.length) {
      const m = /^ORCID\b\s*:?\s*(.*)$/i.exec(v);
      const who = people[people.length - 1]!;
      if (m) who.orcid = readOrcid(m[1], { file: file.name, line: f.line, ...(label ? { record: label } : {}), author: (who.full ?? who.short)!, field: 'AUID' }, notes);
    } else if (f.tag === 'CN') {
      notes.push({ file: file.name, line: f.line, record: label, field: 'CN', note: `collective author (CN) "${v}" is a group, not a person; not in the map` });
    }
    if (f.tag !== 'AD' && f.tag !== 'AUID') lastWasFau = false;
  }
  const named = people.filter((p) => p.full || p.short);
  if (named.length === 0) {
    const cn = fields.some((f) => f.tag === 'CN');
    skipped.push({ file: file.name, line: start, reason: cn ? 'only a collective author (CN), no person (FAU/AU)' : title ? 'no authors (FAU/AU)' : 'no authors (FAU/AU) and no title (TI)', record: label });
    return;
  }
  if (!title) {
    skipped.push({ file: file.name, line: start, reason: 'no title (TI)', record: label });
    return;
  }
  const doiField = fields.find((f) => (f.tag === 'LID' || f.tag === 'AID') && /\[doi\]\s*$/i.test(f.value));
  const doi = doiField ? readDoi(doiField.value.replace(/\s*\[doi\]\s*$/i, ''), (note) => notes.push({ file: file.name, line: doiField.line, record: label, field: doiField.tag, note }), doiField.tag) : null;
  const affs = named.map((p) => p.affs[0] ?? null);
  const orcids = named.map((p) => p.orcid);
  const abstractLine = lineOf('AB');
  papers.push({
    title,
    authors: named.map((p) => (p.full ?? p.short)!),
    nameOrder: 'last-first',
    authorField: 'FAU',
    authorLines: named.map((p) => p.line),
    ...(affs.some(Boolean) ? { authorAffiliations: affs } : {}),
    ...(orcids.some(Boolean) ? { authorOrcids: orcids } : {}),
    abstract: first('AB'),
    year: yearFrom(first('DP')) ?? yearFrom(first('DEP')),
    venue: first('JT', 'TA', 'BTI'),
    volume: first('VI'),
    issue: first('IP'),
    pages: first('PG'),
    doi,
    url: doi ? `https://doi.org/${doi}` : pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : null,
    id: pmid,
    fieldLines: { title: lineOf('TI', 'BTI'), ...(abstractLine ? { abstract: abstractLine } : {}) },
    source: { file: file.name, line: start },
  });
}

/** PubMed/MEDLINE file to papers (see the header comment for the fields read). */
export function readPubmed(file: InputFile): ReaderResult {
  const lines = splitLines(file.text);
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  let fields: Field[] | null = null;
  let start = 0;
  const close = () => {
    if (fields && fields.length) toPaper(file, start, fields, papers, skipped, notes);
    fields = null;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\s+$/, '');
    if (!text) {
      close();
      return;
    }
    if (/^ {2,6}\S/.test(text)) {
      if (!fields || fields.length === 0) throw new IngestError(file.name, line, 'a continuation line (starting with six spaces) outside any record');
      const f = fields[fields.length - 1]!;
      f.value = `${f.value} ${text.trim()}`;
      return;
    }
    const m = TAG_LINE.exec(text);
    if (!m) throw new IngestError(file.name, line, `not a MEDLINE line: expected "TAG - value" (tag up to four letters), a continuation line starting with six spaces, or a blank line; found "${text.slice(0, 40)}"`);
    if (m[1] === 'PMID' && fields && fields.length) close(); // records not separated by a blank line
    if (!fields) {
      fields = [];
      start = line;
    }
    fields.push({ tag: m[1]!, value: m[2] ?? '', line });
  });
  close();
  return requirePapers(file, { format: 'pubmed', papers, skipped, notes }, 'PubMed/MEDLINE');
}

/** PubMed/MEDLINE when the first non-blank line is `PMID- <digits>` (or another MEDLINE tag line followed by one). */
export function looksLikePubmed(text: string): boolean {
  const head = splitLines(text.slice(0, 8192).replace(/^\uFEFF/, ''));
  const first = head.find((l) => l.trim());
  if (!first) return false;
  if (/^PMID- ?\d+/.test(first)) return true;
  return /^[A-Z]{2,4} {0,2}- /.test(first) && head.some((l) => /^PMID- ?\d+/.test(l)) && head.some((l) => /^(?:FAU|AU)  ?- /.test(l));
}
