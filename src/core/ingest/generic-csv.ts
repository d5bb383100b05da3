import { parse } from 'csv-parse/browser/esm/sync';
import { csvDelimiter, firstTextLine, readCsvTable, tableSaid } from './csv-table';
import { IngestError } from './errors';
import { splitNameList } from './author-list';
import { readDoi, yearFrom } from './identifiers';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * A CSV of papers that is no known export (a hand-made list, a spreadsheet saved as CSV), read with csv-parse
 * (`readCsvTable`: `,`, `;` or tab between columns, rows of the wrong width skipped with their line). Its header
 * names the columns, compared without case (first of each list found is taken):
 *   title: Title; authors: Author, Authors, Author(s), Creator; year: Year, Publication Year, Date; DOI: DOI;
 *   venue: Venue, Journal, Source, Publication Title, Booktitle; abstract: Abstract.
 * Title and authors are required. The authors' separator is decided per file (`authorSeparator`) and said in a note,
 * with which column was taken for what.
 */

/** The header names accepted for each field, in the order they are preferred (compared without case). */
export const GENERIC_CSV_COLUMNS = {
  title: ['Title'],
  authors: ['Author', 'Authors', 'Author(s)', 'Creator'],
  year: ['Year', 'Publication Year', 'Date'],
  doi: ['DOI'],
  venue: ['Venue', 'Journal', 'Source', 'Publication Title', 'Booktitle'],
  abstract: ['Abstract'],
} as const;

type Field = keyof typeof GENERIC_CSV_COLUMNS;

/** The header's own spelling of the column taken for each field (first accepted name found), or absent. */
export function genericCsvColumns(columns: readonly string[]): Partial<Record<Field, string>> {
  const byLower = new Map<string, string>();
  for (const c of columns) if (!byLower.has(c.trim().toLowerCase())) byLower.set(c.trim().toLowerCase(), c.trim());
  const out: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(GENERIC_CSV_COLUMNS) as Field[]) {
    const hit = GENERIC_CSV_COLUMNS[field].map((n) => byLower.get(n.toLowerCase())).find((c) => c !== undefined);
    if (hit !== undefined) out[field] = hit;
  }
  return out;
}

/**
 * The cells of a CSV header line, split at the delimiter `csvDelimiter` tells, read by csv-parse (quotes around a
 * cell dropped, a stray quote kept as text); an empty list for a line csv-parse cannot read. Throws nothing.
 */
export function headerCells(line: string): string[] {
  try {
    const rows = parse(line, { delimiter: csvDelimiter(line), relax_quotes: true, relax_column_count: true, trim: true }) as string[][];
    return rows[0] ?? [];
  } catch {
    return [];
  }
}

/**
 * What a CSV header lacks to be read as a generic paper list: "no title column (accepted: Title)", "no author
 * column (accepted: Author, Authors, Author(s), Creator)", both joined with "and", or null when it has both.
 */
export function genericCsvMissing(columns: readonly string[]): string | null {
  const found = genericCsvColumns(columns);
  const said = (field: Field, what: string) => `no ${what} column (accepted names, any case: ${GENERIC_CSV_COLUMNS[field].join(', ')})`;
  const missing = [found.title ? null : said('title', 'title'), found.authors ? null : said('authors', 'author')].filter(Boolean);
  return missing.length ? missing.join(' and ') : null;
}

/**
 * The problem said (line 1) of a delimited table that is not a paper list this app reads: what it is (a CSV, `;`
 * or tab-separated table, told from `headerLine`), its columns (`columns`, the first 12), and which of the title
 * and author columns it lacks with the names accepted for each (`genericCsvMissing`; "no title or author column"
 * when it has both, which only a caller that found another fault would say).
 */
export function notPaperTableProblem(headerLine: string, columns: readonly string[]): string {
  const cols = `${columns.slice(0, 12).join(', ')}${columns.length > 12 ? ', …' : ''}`;
  const missing = genericCsvMissing(columns) ?? 'no title or author column';
  return `${tableSaid(headerLine)}, but not a paper list this app reads: its columns are ${cols}. A paper list needs a title and an author column, as Scopus, Dimensions and Zotero exports have; this one has ${missing}`;
}

/** How the author cells of one file are split into names, and how a note says it. */
interface Separator {
  split: (cell: string) => string[];
  said: string;
}

const WORDS = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * The separator between names in a file's author cells, decided once for the file: `;` when any cell has one;
 * else " and " when any cell has one (commas left inside a piece are split later by `tidyAuthorLists`, with its
 * note); else `,` when every comma-separated piece of every cell is two or more words ("Anna Lind, Carl Berg");
 * else each cell is one name ("Lind, Anna" is one name written family name first).
 */
export function authorSeparator(cells: readonly string[]): Separator {
  const filled = cells.filter((c) => c.trim());
  if (filled.some((c) => c.includes(';'))) return { split: splitNameList, said: 'split at ";"' };
  if (filled.some((c) => /\s+and\s+/i.test(c))) return { split: (c) => c.split(/\s+and\s+/i), said: 'split at " and " (no cell has ";")' };
  const withComma = filled.filter((c) => c.includes(','));
  if (withComma.length > 0 && withComma.every((c) => c.split(',').every((p) => WORDS(p) >= 2))) {
    return { split: (c) => c.split(','), said: 'split at "," (no cell has ";" or " and ", and every piece between commas is a whole name)' };
  }
  return {
    split: (c) => [c],
    said: withComma.length > 0 ? 'each cell read as one name (no ";" or " and " in any cell; a comma is read as "Family, Given")' : 'each cell read as one name (no ";", " and " or "," in any cell)',
  };
}

/**
 * A CSV with a header naming a title and an author column, of no known export, to papers (see the header comment
 * for the columns read). Names with a comma are read "Family, Given", others "Given Family" (`nameOrder: 'auto'`).
 * One note (line 1) says the file was read as a generic CSV, which column was taken for what and how authors were
 * split. Throws IngestError (line 1) when the header lacks the title or the author column, saying which and the
 * accepted names; (the row's line) when no row is a paper (`requirePapers`).
 */
export function readGenericCsv(file: InputFile): ReaderResult {
  const table = readCsvTable(file.name, file.text);
  const missing = genericCsvMissing(table.columns);
  if (missing) throw new IngestError(file.name, 1, notPaperTableProblem(firstTextLine(file.text), table.columns));
  const cols = genericCsvColumns(table.columns);
  const titleCol = cols.title!;
  const authorCol = cols.authors!;
  const sep = authorSeparator(table.rows.map((r) => r.get(authorCol)));
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [...table.skipped];
  const taken = (Object.keys(cols) as Field[]).map((f) => `${f === 'authors' ? 'authors' : f === 'doi' ? 'DOI' : f} from "${cols[f]}"${f === 'authors' ? ` (${sep.said})` : ''}`);
  const notes: IngestNote[] = [
    { file: file.name, line: 1, note: `read as a generic CSV (no Scopus, Dimensions or Zotero header): ${taken.join(', ')}; names with a comma read as "Family, Given", others as "Given Family"` },
    ...table.notes,
  ];
  for (const row of table.rows) {
    const title = cleanText(row.get(titleCol)) || null;
    const at = { file: file.name, line: row.line, record: title?.slice(0, 80) ?? undefined };
    const authors = sep.split(row.get(authorCol)).map((a) => cleanText(a)).filter(Boolean);
    const why = missingAuthorsOrTitle(authors.length > 0, !!title, `no authors (${authorCol} column empty)`, `no title (${titleCol} column empty)`);
    if (why || !title) {
      skipped.push({ ...at, reason: why ?? 'no title' });
      continue;
    }
    const doi = cols.doi ? readDoi(row.get(cols.doi), (note) => notes.push({ ...at, field: cols.doi, note }), cols.doi) : null;
    papers.push({
      title,
      authors,
      nameOrder: 'auto',
      authorField: authorCol,
      abstract: cols.abstract ? cleanText(row.get(cols.abstract)) || null : null,
      year: cols.year ? yearFrom(row.get(cols.year)) : null,
      venue: cols.venue ? cleanText(row.get(cols.venue)) || null : null,
      doi,
      url: doi ? `https://doi.org/${doi}` : null,
      id: null,
      source: { file: file.name, line: row.line },
    });
  }
  return requirePapers(file, { format: 'csv', papers, skipped, notes }, 'CSV');
}

/** A CSV whose header line (2+ columns) has a title column and an author column (`GENERIC_CSV_COLUMNS`). */
export function looksLikeGenericCsv(text: string): boolean {
  const head = firstTextLine(text);
  if (!/[,;\t]/.test(head) || head.startsWith('@') || head.startsWith('{') || head.startsWith('[')) return false;
  const cells = headerCells(head);
  return cells.length >= 2 && genericCsvMissing(cells) === null;
}
