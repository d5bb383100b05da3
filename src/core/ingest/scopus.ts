import { affiliationOrNull, parseAddress } from './affiliation';
import { firstTextLine, readCsvTable, hasColumn, headerFound, CSV_SEP } from './csv-table';
import { IngestError } from './errors';
import { splitNameList } from './author-list';
import { pagesFrom, placeText, readDoi, yearFrom } from './identifiers';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { isNameSuffix, nameKey } from '../names/parse-name';
import { cleanText } from '../util/text-lines';
import type { Affiliation, IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * Scopus CSV export ("Export > CSV", columns as in Scopus's export documentation), read with csv-parse
 * (readCsvTable: a file saved again by Excel with `;` or tabs between columns too, with a note; rows of the
 * wrong width, an unclosed quote, are skipped with their line):
 *   Authors ("Castellanos A.B.; Hult J.K."; older exports separate with ", "; "Moore W.S., Jr." is one name),
 *   Author full names ("Castellanos, Ana Belén (57190000001); ...", newer exports),
 *   Author(s) ID ("57190000001;57190000002;"), Title, Year, Source title, Volume, Issue, Page start-Page end (else
 *   Art. No., the article number), DOI, Link, Abstract, EID,
 *   Authors with affiliations ("Castellanos A.B., Dept..., University of Oslo, Oslo, Norway; Hult J.K., ...").
 * The Scopus author id decides who is who when present (as an ORCID does): `scopus:<id>`.
 * "[No abstract available]" is no abstract; the "© 2020 Publisher" trailer at the end of an abstract is cut;
 * "[No author name available]" is a placeholder (left out with a note by the author-list step).
 */

/**
 * Where a copyright line may start: `©` before a year or a capital (also `Copyright ©`, `©2020`, `© The Author(s)
 * 2020`), `(c)` with a year,
 * `Copyright` with a year or "the author(s)".
 */
const COPYRIGHT_MARK = /(?:copyright\s*)?(?:©(?=\s*(?:\d{4}|\p{Lu}))|\(c\)\s*(?=\d{4})|copyright\s*(?=\d{4}|the\s+authors?\b|\(c\)))/giu;
/** A sentence of a publisher's trailer that has words ("All rights reserved", "Published by", licences). */
const TRAILER_WORDS = /\b(?:all\s+rights\s+reserved|(?:is\s+)?published\s+by|on\s+behalf\s+of|open[\s-]+access|licen[cs]e[ed]?|creative\s+commons|some\s+rights\s+reserved|production\s+and\s+hosting|the\s+authors?|by\s+the\s+authors?)\b/i;

/** Prose (abstract text), not a trailer sentence: three or more words starting with a small letter, none of the trailer's phrases. */
function isProse(sentence: string): boolean {
  const lower = sentence.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= 3 && !TRAILER_WORDS.test(sentence);
}

/**
 * Where the copyright trailer at the end of an abstract starts, or -1: a copyright mark (`©`, `(c) 2019`,
 * `Copyright 2019`...) after a sentence's end (`©` after any space), with nothing after it but a short trailer
 * (under 300 characters) whose sentences are not prose ("© 2020 Elsevier Ltd. All rights reserved.", "Copyright
 * © 2021 The Authors. Published by Elsevier B.V."). A mark inside the text ("(c) 2019. Mortality fell...",
 * "how Copyright 2019 amendments changed") is not one.
 */
function trailerStart(s: string): number {
  for (const m of s.matchAll(COPYRIGHT_MARK)) {
    const at = m.index!;
    if (at === 0 || s.length - at >= 300) continue;
    const before = s.slice(0, at);
    const boundary = /[.!?]["”’)\]]?\s*$/.test(before) || (m[0].endsWith('©') && /\s$/.test(before));
    if (!boundary) continue;
    const sentences = s.slice(at).split(/(?<=[.!?])\s+/);
    if (!sentences.some(isProse)) return at;
  }
  return -1;
}

/**
 * An abstract from Scopus's `Abstract` cell (`raw`, as in the CSV), cleaned: null for "[No abstract available]" or
 * an empty cell; a copyright trailer at the end ("© 2020 Elsevier Ltd. All rights reserved.", "(c) 2019 The
 * Authors") is cut, never text before it (see `trailerStart`); an abstract that is only a trailer is kept. Throws
 * nothing. Trailer shapes from Scopus exports (Elsevier, Wiley, Springer, MDPI, Taylor & Francis).
 */
export function scopusAbstract(raw: string): string | null {
  let s = cleanText(raw);
  if (!s || /^\[no abstract available\]$/i.test(s)) return null;
  const at = trailerStart(s);
  if (at > 0) s = s.slice(0, at).trim();
  return s || null;
}

const splitSemi = (s: string) => splitNameList(s).map((x) => cleanText(x)).filter(Boolean);

/**
 * Scopus's `Authors` cell as a list of "Surname Initials" names: split at `;` (newer exports) or `, ` (older
 * ones), with a suffix written after a comma joined to the name before it: "Moore W.S., Jr." is "Moore W.S. Jr."
 * (not a person "W. S. Moore" and a person "Jr."). Suffixes are `isNameSuffix`'s. Throws nothing.
 */
export function scopusShortAuthors(cell: string): string[] {
  const names: string[] = [];
  if (cell.includes(';')) {
    for (const entry of splitNameList(cell)) {
      const pieces = entry.split(',').map((x) => cleanText(x)).filter(Boolean);
      if (pieces.length > 1 && pieces.slice(1).every((p) => isNameSuffix(p))) names.push(pieces.join(' '));
      else if (cleanText(entry)) names.push(cleanText(entry));
    }
    return names;
  }
  for (const piece of cell.split(',').map((x) => cleanText(x)).filter(Boolean)) {
    if (isNameSuffix(piece) && names.length > 0) names[names.length - 1] += ` ${piece}`;
    else names.push(piece);
  }
  return names;
}

/** Scopus CSV to papers (see the header comment for the columns read). */
export function readScopus(file: InputFile): ReaderResult {
  const table = readCsvTable(file.name, file.text);
  const { columns, rows } = table;
  const has = (c: string) => hasColumn(columns, c);
  if (!has('Title') || !(has('Authors') || has('Author full names'))) {
    throw new IngestError(file.name, 1, `not a Scopus CSV export: the header has no "Title" and "Authors" columns (${headerFound(columns)})`);
  }
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [...table.skipped];
  const notes: IngestNote[] = [...table.notes];
  for (const row of rows) {
    const title = cleanText(row.get('Title')) || null;
    const eid = row.get('EID') || null;
    const label = eid ?? title?.slice(0, 80);
    const at = { file: file.name, line: row.line, record: label ?? undefined };
    const shortRaw = row.get('Authors');
    const short = scopusShortAuthors(shortRaw);
    // "Castellanos, Ana Belén (57190000001)"
    const full = splitSemi(row.get('Author full names')).map((s) => {
      const m = /^(.*?)\s*\((\d+)\)$/.exec(s);
      return m ? { name: m[1]!, id: m[2]! } : { name: s, id: null };
    });
    let ids: (string | null)[] = row
      .get('Author(s) ID')
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => (/^\d+$/.test(x) ? x : null));
    let authors: string[];
    let field: string;
    if (full.length && (short.length === 0 || full.length === short.length)) {
      authors = full.map((f) => f.name);
      field = 'Author full names';
      if (full.some((f) => f.id)) ids = full.map((f) => f.id);
    } else {
      if (full.length) notes.push({ ...at, field: 'Author full names', note: `"Author full names" has ${full.length} names but "Authors" ${short.length}; the Authors column is used` });
      authors = short;
      field = 'Authors';
    }
    if (ids.length && ids.length !== authors.length) {
      notes.push({ ...at, field: 'Author(s) ID', note: `"Author(s) ID" has ${ids.length} ids for ${authors.length} authors; the ids are not used for this paper` });
      ids = [];
    }
    const missing = missingAuthorsOrTitle(authors.length > 0, !!title, 'no authors (Authors column empty)', 'no title (Title column empty)');
    if (missing || !title) {
      skipped.push({ ...at, reason: missing ?? 'no title' });
      continue;
    }
    // "Authors with affiliations": one "Name, address" per author, in order
    const withAff = splitSemi(row.get('Authors with affiliations'));
    let affs: (Affiliation | null)[] = [];
    if (withAff.length === authors.length) {
      const shortKeys = short.map((s) => nameKey(s, 'last-first'));
      affs = withAff.map((entry, k) => {
        // "Moore W.S., Jr., Dept...": the suffix after the first comma belongs to the name
        const suffix = /^([^,]*),\s*([^,]*?)\s*(?:,|$)/.exec(entry);
        const comma = suffix && isNameSuffix(suffix[2]!) ? entry.indexOf(',', entry.indexOf(',') + 1) : entry.indexOf(',');
        if (comma < 0) return null;
        const who = entry.slice(0, comma).replace(/,\s*/, ' ');
        const matches = shortKeys[k] === nameKey(who, 'last-first') || nameKey(authors[k]!, 'last-first') === nameKey(who, 'last-first');
        return matches || short.length === 0 ? affiliationOrNull(parseAddress(entry.slice(comma + 1))) : null;
      });
    } else if (withAff.length) {
      notes.push({ ...at, field: 'Authors with affiliations', note: `"Authors with affiliations" has ${withAff.length} entries for ${authors.length} authors; affiliations left out for this paper` });
    }
    const doi = readDoi(row.get('DOI'), (note) => notes.push({ ...at, field: 'DOI', note }), 'DOI');
    papers.push({
      title,
      authors,
      nameOrder: 'last-first',
      authorField: field,
      ...(ids.some(Boolean) ? { authorIds: ids.map((id) => (id ? `scopus:${id}` : null)) } : {}),
      ...(affs.some(Boolean) ? { authorAffiliations: affs } : {}),
      abstract: scopusAbstract(row.get('Abstract')),
      year: yearFrom(row.get('Year')),
      venue: cleanText(row.get('Source title')) || null,
      volume: placeText(row.get('Volume')),
      issue: placeText(row.get('Issue')),
      pages: pagesFrom(row.get('Page start'), row.get('Page end'), row.get('Art. No.')),
      doi,
      url: row.get('Link') && /^https?:\/\//i.test(row.get('Link')) ? row.get('Link') : doi ? `https://doi.org/${doi}` : null,
      id: eid,
      source: { file: file.name, line: row.line },
    });
  }
  return requirePapers(file, { format: 'scopus', papers, skipped, notes }, 'Scopus CSV');
}

/** Scopus CSV when the header row has Scopus's own columns ("Author(s) ID", "Source title", "EID"...). */
export function looksLikeScopus(text: string): boolean {
  const head = firstTextLine(text);
  // the columns between commas, or `;` (Excel in some locales) or tabs
  const column = (name: string) => new RegExp(`(^|${CSV_SEP})"?${name}"?(${CSV_SEP}|$)`).test(head);
  if (!column('Authors') && !column('Author full names')) return false;
  return /"?Author\(s\) ID"?/.test(head) || column('Source title') || column('EID');
}
