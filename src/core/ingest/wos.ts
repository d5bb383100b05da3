import { IngestError } from './errors';
import { splitNameList } from './author-list';
import { affiliationOrNull, parseAddress } from './affiliation';
import { pagesFrom, readDoi, yearFrom } from './identifiers';
import { readOrcid } from './orcid';
import { requirePapers } from './require-papers';
import { foldName, foldText, nameKey, parseName } from '../names/parse-name';
import { cleanText, splitLines } from '../util/text-lines';
import type { Affiliation, IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * Web of Science exports (Clarivate's "Plain text file" and "Tab delimited file" formats, field tags as in
 * the WoS "Field Tags" help page):
 *   plain text: an `FN` / `VR` header, then records of `XY value` lines from `PT` to `ER`, the file closed by `EF`;
 *   a line starting with three spaces continues the field above (one author or address per line);
 *   tab-delimited: a header row of the same tags, one record per row, several values joined by "; ".
 * Read: AF (full names) over AU (surname + initials), C1 addresses ("[Author; Author] Org, Dept, City, Country."),
 * TI, SO (venue), PY (year; EA early-access date when PY is missing), DI (DOI), AB, UT (accession number),
 * VL (volume), IS (issue), BP-EP (pages; AR, the article number, when there is no BP),
 * OI (ORCID iDs, "Surname, Given/0000-0002-1825-0097; ...": each goes to the author its name matches, see oiOrcids).
 * RI (ResearcherIDs, "Surname, Given/A-1234-2010") is not read: it is not an ORCID.
 * CA and GP (group authors, GP of a book) are not people: noted. A book (`PT B`) whose authors are only in BF / BA
 * (book authors: full names / surname + initials) takes them, with a note.
 */

type Fields = Map<string, { value: string; line: number }[]>;

interface WosRecord {
  line: number;
  get(tag: string): string[];
  lineOf(tag: string, k: number): number;
}

const JOINED = new Set(['TI', 'AB', 'SO', 'DI', 'PY', 'EA', 'UT', 'PD', 'BS', 'SE', 'VL', 'IS', 'BP', 'EP', 'AR']);

function fromFields(line: number, fields: Fields): WosRecord {
  return {
    line,
    get: (tag) => {
      const v = fields.get(tag) ?? [];
      return JOINED.has(tag) ? (v.length ? [cleanText(v.map((x) => x.value).join(' '))] : []) : v.map((x) => cleanText(x.value)).filter(Boolean);
    },
    lineOf: (tag, k) => fields.get(tag)?.[k]?.line ?? line,
  };
}

/** "[A; B] Univ Oslo, Oslo, Norway." -> names A, B and the address; an address without brackets has no names. */
function splitC1(entry: string): { names: string[]; address: string } {
  const m = /^\[([^\]]*)\]\s*(.*)$/.exec(entry.trim());
  if (!m) return { names: [], address: entry.trim() };
  return { names: splitNameList(m[1]!).map((n) => cleanText(n)).filter(Boolean), address: m[2]! };
}

/** Initials of given names ("Maria Angeles" -> "ma", "Xiao-Yu" -> "xy", "W. S." -> "ws"), folded. */
function initialsOf(given: string): string {
  return given
    .split(/[\s.\-‐]+/)
    .filter(Boolean)
    .map((t) => foldText(t)[0] ?? '')
    .join('');
}

/**
 * OI's ORCID iDs per author position, or null when the record has none. OI lists "Name/ORCID" pairs joined by
 * "; " (over several lines in the plain-text format); each name is matched to the record's authors: the same
 * name (nameKey) in `authors` (AF full names, or whichever list the record's authors came from), else in the AU
 * list when it runs parallel to AF, else the one author with the same surname and compatible initials ("Zhang,
 * Wei" is "Zhang, W"). Each iD is read with `readOrcid` (a bad check digit is a note, not an iD). Notes, with the
 * OI line: an entry without a name, a name that matches no author or several, an author given two iDs, one iD
 * given to two authors (the first is kept: two co-authors with one iD would be merged into one person).
 */
function oiOrcids(file: InputFile, rec: WosRecord, authors: string[], tag: string, label: string | undefined, notes: IngestNote[]): (string | null)[] | null {
  const entries: { text: string; line: number }[] = [];
  rec.get('OI').forEach((v, k) => {
    for (const e of v.split(';')) if (cleanText(e)) entries.push({ text: cleanText(e), line: rec.lineOf('OI', k) });
  });
  if (entries.length === 0) return null;
  const note = (line: number, text: string) => notes.push({ file: file.name, line, ...(label ? { record: label } : {}), field: 'OI', note: text });
  const parallel = tag === 'AF' ? rec.get('AU') : tag === 'BF' ? rec.get('BA') : [];
  const short = parallel.length === authors.length ? parallel : [];
  const parsed = authors.map((a) => parseName(a, 'last-first'));
  const keys = authors.map((a) => nameKey(a, 'last-first'));
  const shortKeys = short.map((a) => nameKey(a, 'last-first'));
  const only = (hits: number[]) => (hits.length === 1 ? hits[0]! : hits.length > 1 ? -2 : -1);
  const matching = (list: string[], key: string) => only(list.flatMap((k, i) => (k === key ? [i] : [])));
  const orcids: (string | null)[] = authors.map(() => null);
  for (const e of entries) {
    const m = /^(.*?)\s*\/\s*((?:https?:\/\/)?(?:www\.)?orcid\.org\/[^/]*|[^/]*)$/i.exec(e.text);
    const name = m ? cleanText(m[1]!) : '';
    if (!m || !name) {
      note(e.line, `OI entry "${e.text.slice(0, 60)}" has no author name before its ORCID: cannot tell whose it is; not used`);
      continue;
    }
    const orcid = readOrcid(m[2], { file: file.name, line: e.line, ...(label ? { record: label } : {}), author: name, field: 'OI' }, notes);
    if (!orcid) {
      if (!cleanText(m[2]!)) note(e.line, `OI entry "${e.text.slice(0, 60)}" has no ORCID after the name; nothing read`);
      continue;
    }
    const key = nameKey(name, 'last-first');
    let k = matching(keys, key);
    if (k === -1 && short.length) k = matching(shortKeys, key);
    if (k === -1) {
      const p = parseName(name, 'last-first');
      const family = foldName(p.family);
      const initials = initialsOf(p.given);
      k = only(
        parsed.flatMap((q, i) => {
          const qi = initialsOf(q.given);
          return foldName(q.family) === family && (initials.startsWith(qi) || qi.startsWith(initials)) ? [i] : [];
        }),
      );
    }
    if (k === -2) {
      note(e.line, `OI "${name}/${orcid}" matches several authors of this record; its ORCID is not used`);
      continue;
    }
    if (k === -1) {
      note(e.line, `OI "${name}/${orcid}" matches no author of this record (${tag}${short.length ? `, ${tag === 'AF' ? 'AU' : 'BA'}` : ''}); its ORCID is not used`);
      continue;
    }
    const other = orcids.indexOf(orcid);
    if (other >= 0 && other !== k) {
      note(e.line, `OI gives ORCID ${orcid} to both "${authors[other]}" and "${authors[k]}"; kept for "${authors[other]}" only (one iD is one person)`);
      continue;
    }
    if (orcids[k] && orcids[k] !== orcid) {
      note(e.line, `OI gives "${authors[k]}" two ORCIDs (${orcids[k]}, ${orcid}); the first is used`);
      continue;
    }
    orcids[k] = orcid;
  }
  return orcids.some(Boolean) ? orcids : null;
}

function toPaper(file: InputFile, rec: WosRecord, papers: RawPaper[], skipped: SkippedRecord[], notes: IngestNote[]): void {
  const first = (tag: string) => rec.get(tag)[0] || null;
  const title = first('TI');
  const id = first('UT');
  const label = id ?? title?.slice(0, 80);
  // AF (full names) over AU; a book's BF / BA (book authors) when a record has neither
  const pick = (full: string, short: string) => {
    const f = rec.get(full);
    const a = rec.get(short);
    const useFull = f.length > 0 && f.length === a.length;
    if (f.length && a.length && f.length !== a.length) {
      notes.push({ file: file.name, line: rec.line, record: label ?? undefined, field: full, note: `${full} has ${f.length} names but ${short} ${a.length}; the ${short} names are used` });
    }
    return useFull ? { authors: f, tag: full } : a.length ? { authors: a, tag: short } : { authors: f, tag: full };
  };
  let { authors, tag } = pick('AF', 'AU');
  if (authors.length === 0) {
    const book = pick('BF', 'BA');
    if (book.authors.length) {
      ({ authors, tag } = book);
      notes.push({ file: file.name, line: rec.lineOf(tag, 0), record: label ?? undefined, field: tag, note: `no AF/AU author: the ${authors.length} book author(s) (${tag}) are used as authors` });
    }
  }
  for (const g of rec.get('CA')) notes.push({ file: file.name, line: rec.line, record: label ?? undefined, field: 'CA', note: `group author (CA) "${g}" is not a person; not in the map` });
  rec.get('GP').forEach((g, k) => notes.push({ file: file.name, line: rec.lineOf('GP', k), record: label ?? undefined, field: 'GP', note: `group author (GP) "${g}" is not a person; not in the map` }));
  if (authors.length === 0) {
    const groups = rec.get('CA').length + rec.get('GP').length;
    const reason = !title ? 'no authors (AF/AU) and no title (TI)' : groups ? 'only a group author (CA/GP), no person (AF/AU, BF/BA)' : 'no authors (AF/AU)';
    skipped.push({ file: file.name, line: rec.line, reason, record: label ?? undefined });
    return;
  }
  if (!title) {
    skipped.push({ file: file.name, line: rec.line, reason: 'no title (TI)', record: label ?? undefined });
    return;
  }
  // C1: each author gets the first address listing them (by full name, else by name key)
  const affs: (Affiliation | null)[] = authors.map(() => null);
  const keys = authors.map((a) => nameKey(a, 'last-first'));
  for (const entry of rec.get('C1')) {
    const { names, address } = splitC1(entry);
    const aff = affiliationOrNull(parseAddress(address));
    if (!aff) continue;
    for (const n of names) {
      let k = authors.indexOf(n);
      if (k < 0) k = keys.indexOf(nameKey(n, 'last-first'));
      if (k >= 0 && !affs[k]) affs[k] = aff;
    }
  }
  const doi = readDoi(first('DI'), (note) => notes.push({ file: file.name, line: rec.line, record: label ?? undefined, field: 'DI', note }), 'DI');
  const orcids = oiOrcids(file, rec, authors, tag, label ?? undefined, notes);
  papers.push({
    title,
    authors,
    ...(orcids ? { authorOrcids: orcids } : {}),
    nameOrder: 'last-first',
    authorField: tag,
    authorLines: authors.map((_, k) => rec.lineOf(tag, k)),
    ...(affs.some(Boolean) ? { authorAffiliations: affs } : {}),
    abstract: first('AB'),
    year: yearFrom(first('PY')) ?? yearFrom(first('EA')),
    venue: first('SO') ?? first('SE'),
    volume: first('VL'),
    issue: first('IS'),
    pages: pagesFrom(first('BP'), first('EP'), first('AR')),
    doi,
    url: doi ? `https://doi.org/${doi}` : null,
    id,
    source: { file: file.name, line: rec.line },
  });
}

function readPlain(file: InputFile): ReaderResult {
  const lines = splitLines(file.text);
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  let fields: Fields | null = null;
  let start = 0;
  let last: string | null = null;
  const close = () => {
    if (fields) toPaper(file, fromFields(start, fields), papers, skipped, notes);
    fields = null;
    last = null;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\s+$/, '');
    if (!text) return;
    if (/^ {2,3}\S/.test(text) || /^\t\S/.test(text)) {
      if (fields && last) fields.get(last)!.push({ value: text.trim(), line });
      else if (!fields) throw new IngestError(file.name, line, 'a continuation line (starting with spaces) outside any record');
      return;
    }
    const m = /^([A-Z][A-Z0-9])(?: (.*))?$/.exec(text);
    if (!m) throw new IngestError(file.name, line, `not a Web of Science line: expected a two-letter field tag, a continuation line starting with three spaces, or a blank line; found "${text.slice(0, 40)}"`);
    const tag = m[1]!;
    const value = m[2] ?? '';
    if (tag === 'FN' || tag === 'VR') return;
    if (tag === 'EF') {
      if (fields) {
        notes.push({ file: file.name, line: start, note: 'the last record has no ER line; it is read up to EF' });
        close();
      }
      return;
    }
    if (tag === 'ER') {
      if (fields) close();
      return;
    }
    if (tag === 'PT' && fields) {
      notes.push({ file: file.name, line: start, note: `no ER line before the next record on line ${line}; the record is read up to there` });
      close();
    }
    if (!fields) {
      fields = new Map();
      start = line;
    }
    const list = fields.get(tag);
    if (list) list.push({ value, line });
    else fields.set(tag, [{ value, line }]);
    last = tag;
  });
  if (fields) {
    notes.push({ file: file.name, line: start, note: 'the last record has no ER line; it is read up to the end of the file' });
    close();
  }
  return requirePapers(file, { format: 'wos', papers, skipped, notes }, 'Web of Science');
}

function readTabbed(file: InputFile): ReaderResult {
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  // WoS's tab-delimited export has no quoting (a tab or line break never occurs inside a value), so a line is
  // a record and a tab separates cells: read exactly that, keeping each record's true line number.
  const rows = splitLines(file.text)
    .map((text, i) => ({ record: text.split('\t'), info: { lines: i + 1 } }))
    .filter((r) => r.record.some((c) => c.trim()));
  if (rows.length === 0) throw new IngestError(file.name, 1, 'empty Web of Science tab-delimited file');
  const header = rows[0]!.record.map((h) => h.trim().replace(/^\uFEFF/, ''));
  for (const row of rows.slice(1)) {
    const line = row.info.lines;
    const cell = (tag: string) => {
      const k = header.indexOf(tag);
      return k >= 0 ? (row.record[k] ?? '').trim() : '';
    };
    const list = (tag: string) => {
      const v = cell(tag);
      if (!v) return [];
      if (tag === 'C1' && v.includes('[')) return v.split(/;\s*(?=\[)/).map((s) => s.trim()).filter(Boolean);
      return splitNameList(v).map((s) => cleanText(s)).filter(Boolean);
    };
    if (row.record.every((c) => !c.trim())) continue;
    toPaper(
      file,
      {
        line,
        get: (tag) => (JOINED.has(tag) ? (cell(tag) ? [cleanText(cell(tag))] : []) : list(tag)),
        lineOf: () => line,
      },
      papers,
      skipped,
      notes,
    );
  }
  return requirePapers(file, { format: 'wos', papers, skipped, notes }, 'Web of Science');
}

/** Web of Science plain text or tab-delimited export to papers (see the header comment for the fields read). */
export function readWos(file: InputFile): ReaderResult {
  return isTabbed(file.text) ? readTabbed(file) : readPlain(file);
}

function firstLine(text: string): string {
  const head = splitLines(text.slice(0, 8192));
  return head.find((l) => l.trim()) ?? '';
}

function isTabbed(text: string): boolean {
  const cols = firstLine(text).replace(/^\uFEFF/, '').split('\t').map((c) => c.trim());
  return cols[0] === 'PT' && cols.includes('AU') && cols.includes('TI');
}

/** WoS when the file opens with `FN ` (plain text header), a `PT ` tag line, or a tab-delimited header of WoS tags. */
export function looksLikeWos(text: string): boolean {
  const first = firstLine(text).replace(/^\uFEFF/, '');
  return /^FN (?:Clarivate|Thomson|ISI)/i.test(first) || /^PT [A-Z]$/.test(first) || isTabbed(text);
}
