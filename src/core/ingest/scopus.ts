import { affiliationOrNull, parseAddress } from './affiliation';
import { firstTextLine, readCsvTable, hasColumn, headerFound, CSV_SEP } from './csv-table';
import { IngestError } from './errors';
import { readDoi, yearFrom } from './identifiers';
import { requirePapers } from './require-papers';
import { nameKey } from '../names/parse-name';
import { cleanText } from '../util/text-lines';
import type { Affiliation, IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * Scopus CSV export ("Export > CSV", columns as in Scopus's export documentation), read with csv-parse
 * (readCsvTable: a file saved again by Excel with `;` or tabs between columns too, with a note; rows of the
 * wrong width, an unclosed quote, are skipped with their line):
 *   Authors ("Castellanos A.B.; Hult J.K."; older exports separate with ", "),
 *   Author full names ("Castellanos, Ana Belén (57190000001); ...", newer exports),
 *   Author(s) ID ("57190000001;57190000002;"), Title, Year, Source title, DOI, Link, Abstract, EID,
 *   Authors with affiliations ("Castellanos A.B., Dept..., University of Oslo, Oslo, Norway; Hult J.K., ...").
 * The Scopus author id decides who is who when present (as an ORCID does): `scopus:<id>`.
 * "[No abstract available]" is no abstract; the "© 2020 Publisher" trailer is cut from abstracts;
 * "[No author name available]" is a placeholder (left out with a note by the author-list step).
 */

/** "© 2020 Elsevier Ltd. All rights reserved.", "Copyright © 2021 ...", "(c) 2019 ..." at the end. */
const COPYRIGHT_TRAILER = /\s*(?:©\s*(?:\d{4}|copyright)|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})[^©]*$/i;

/** An abstract without Scopus's "no abstract" marker and its copyright trailer. */
export function scopusAbstract(raw: string): string | null {
  let s = cleanText(raw);
  if (!s || /^\[no abstract available\]$/i.test(s)) return null;
  const m = COPYRIGHT_TRAILER.exec(s);
  if (m && s.length - m.index < 300 && m.index > 0) s = s.slice(0, m.index).trim();
  return s || null;
}

const splitSemi = (s: string) => s.split(';').map((x) => cleanText(x)).filter(Boolean);

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
    const short = shortRaw.includes(';') ? splitSemi(shortRaw) : shortRaw.split(',').map((x) => cleanText(x)).filter(Boolean);
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
      if (full.length) notes.push({ ...at, note: `"Author full names" has ${full.length} names but "Authors" ${short.length}; the Authors column is used` });
      authors = short;
      field = 'Authors';
    }
    if (ids.length && ids.length !== authors.length) {
      notes.push({ ...at, note: `"Author(s) ID" has ${ids.length} ids for ${authors.length} authors; the ids are not used for this paper` });
      ids = [];
    }
    if (authors.length === 0) {
      skipped.push({ ...at, reason: title ? 'no authors (Authors column empty)' : 'no authors and no title' });
      continue;
    }
    if (!title) {
      skipped.push({ ...at, reason: 'no title' });
      continue;
    }
    // "Authors with affiliations": one "Name, address" per author, in order
    const withAff = splitSemi(row.get('Authors with affiliations'));
    let affs: (Affiliation | null)[] = [];
    if (withAff.length === authors.length) {
      const shortKeys = short.map((s) => nameKey(s, 'last-first'));
      affs = withAff.map((entry, k) => {
        const comma = entry.indexOf(',');
        if (comma < 0) return null;
        const who = entry.slice(0, comma);
        const matches = shortKeys[k] === nameKey(who, 'last-first') || nameKey(authors[k]!, 'last-first') === nameKey(who, 'last-first');
        return matches || short.length === 0 ? affiliationOrNull(parseAddress(entry.slice(comma + 1))) : null;
      });
    } else if (withAff.length) {
      notes.push({ ...at, note: `"Authors with affiliations" has ${withAff.length} entries for ${authors.length} authors; affiliations left out for this paper` });
    }
    const doi = readDoi(row.get('DOI'), (note) => notes.push({ ...at, note }), 'DOI');
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
