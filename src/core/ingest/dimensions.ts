import { affiliationOrNull, countryOf, parseAddress } from './affiliation';
import { firstTextLine, readCsvTable, hasColumn, headerFound } from './csv-table';
import { IngestError } from './errors';
import { closesReference } from './author-list';
import { placeText, readDoi, yearFrom } from './identifiers';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { nameKey } from '../names/parse-name';
import { cleanText } from '../util/text-lines';
import type { Affiliation, IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * Dimensions CSV export ("Export results > CSV"): a first line "About the data: Exported on ..." before the
 * header row, then one publication per row. Columns read: Publication ID, DOI, PMID, Title, Abstract,
 * Source title (else Anthology title), Volume, Issue, Pagination, PubYear (else Publication Date), Authors ("Family, Given; Family, Given"),
 * Authors Affiliations / Authors (Raw Affiliation) ("Family, Given (Org, City, Country); ..."), Dimensions URL.
 */

/** Split at ";" outside parentheses and character references: "A (X; Y); B (Z)" -> ["A (X; Y)", "B (Z)"]. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0 && !closesReference(cur + ch, cur.length)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => cleanText(x)).filter(Boolean);
}

/** "Castellanos, Ana Belén (University of Oslo, Oslo, Norway; Lund University)" -> name and its first affiliation. */
function nameWithAffiliation(entry: string): { name: string; aff: Affiliation | null } {
  const m = /^(.*?)\s*\((.*)\)$/.exec(entry);
  if (!m) return { name: entry, aff: null };
  const first = splitTopLevel(m[2]!)[0] ?? '';
  return { name: cleanText(m[1]!), aff: affiliationOrNull(parseAddress(first)) };
}

/** Dimensions CSV to papers (see the header comment for the columns read). */
export function readDimensions(file: InputFile): ReaderResult {
  const headerLine = /^"?About the data/i.test(firstTextLine(file.text)) ? file.text.replace(/^\uFEFF/, '').split(/\r?\n/).findIndex((l) => /^"?About the data/i.test(l)) + 1 : 0;
  const table = readCsvTable(file.name, file.text, headerLine);
  const { columns, rows } = table;
  const has = (c: string) => hasColumn(columns, c);
  if (!has('Title') || !has('Authors')) {
    throw new IngestError(file.name, headerLine + 1, `not a Dimensions CSV export: the header has no "Title" and "Authors" columns (${headerFound(columns)})`);
  }
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [...table.skipped];
  const notes: IngestNote[] = [...table.notes];
  for (const row of rows) {
    const title = cleanText(row.get('Title')) || null;
    const id = row.get('Publication ID') || null;
    const label = id ?? title?.slice(0, 80);
    const at = { file: file.name, line: row.line, record: label ?? undefined };
    const authors = splitTopLevel(row.get('Authors'));
    const missing = missingAuthorsOrTitle(authors.length > 0, !!title, 'no authors (Authors column empty)', 'no title (Title column empty)');
    if (missing || !title) {
      skipped.push({ ...at, reason: missing ?? 'no title' });
      continue;
    }
    // affiliations by author name: the standardized organisation, else the raw address (country from it)
    const keys = authors.map((a) => nameKey(a, 'last-first'));
    const affs: (Affiliation | null)[] = authors.map(() => null);
    for (const column of ['Authors Affiliations', 'Authors (Raw Affiliation)']) {
      for (const entry of splitTopLevel(row.get(column))) {
        const { name, aff } = nameWithAffiliation(entry);
        if (!aff) continue;
        const k = keys.indexOf(nameKey(name, 'last-first'));
        if (k < 0) continue;
        const had = affs[k];
        affs[k] = had ? { org: had.org ?? aff.org, country: had.country ?? aff.country } : aff;
      }
    }
    // one standardized organisation and country for the whole paper: only when there is exactly one author
    if (authors.length === 1 && !affs[0]) {
      const org = cleanText(row.get('Research Organizations - standardized').split(';')[0] ?? '') || null;
      const country = countryOf(row.get('Country of Research organization').split(';')[0] ?? '');
      if (org || country) affs[0] = { org, country };
    }
    const doi = readDoi(row.get('DOI'), (note) => notes.push({ ...at, field: 'DOI', note }), 'DOI');
    const link = row.get('Dimensions URL');
    papers.push({
      title,
      authors,
      nameOrder: 'last-first',
      authorField: 'Authors',
      ...(affs.some(Boolean) ? { authorAffiliations: affs } : {}),
      abstract: cleanText(row.get('Abstract')) || null,
      year: yearFrom(row.get('PubYear')) ?? yearFrom(row.get('Publication Date')),
      venue: cleanText(row.get('Source title')) || cleanText(row.get('Anthology title')) || null,
      volume: placeText(row.get('Volume')),
      issue: placeText(row.get('Issue')),
      pages: placeText(row.get('Pagination')),
      doi,
      url: doi ? `https://doi.org/${doi}` : /^https?:\/\//i.test(link) ? link : null,
      id,
      source: { file: file.name, line: row.line },
    });
  }
  return requirePapers(file, { format: 'dimensions', papers, skipped, notes }, 'Dimensions CSV');
}

/** Dimensions CSV when the file opens with "About the data", or its header has "Publication ID" and "Dimensions URL". */
export function looksLikeDimensions(text: string): boolean {
  const first = firstTextLine(text);
  if (/^"?About the data/i.test(first)) return true;
  return /"?Publication ID"?/.test(first) && /"?Dimensions URL"?|"?PubYear"?/.test(first);
}
