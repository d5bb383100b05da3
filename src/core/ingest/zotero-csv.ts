import { firstTextLine, readCsvTable, hasColumn, headerFound, CSV_SEP } from './csv-table';
import { IngestError } from './errors';
import { splitNameList } from './author-list';
import { placeText, readDoi, yearFrom } from './identifiers';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * Zotero's CSV export ("Export Collection… > CSV"), read with csv-parse (`readCsvTable`). Columns read (Zotero's
 * export translator names them so): Key, Item Type, Publication Year, Author ("Smith, John; Jones, Kate"), Title,
 * Publication Title, DOI, Url, Abstract Note, Date (when Publication Year is empty), Pages, Issue, Volume.
 * Editors and other creators are in other columns and are not authors.
 */

/** Zotero CSV to papers (see the header comment for the columns read). Throws IngestError when the header lacks Title and Author. */
export function readZoteroCsv(file: InputFile): ReaderResult {
  const table = readCsvTable(file.name, file.text);
  const { columns, rows } = table;
  if (!hasColumn(columns, 'Title') || !hasColumn(columns, 'Author')) {
    throw new IngestError(file.name, 1, `not a Zotero CSV export: the header has no "Title" and "Author" columns (${headerFound(columns)})`);
  }
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [...table.skipped];
  const notes: IngestNote[] = [...table.notes];
  for (const row of rows) {
    const title = cleanText(row.get('Title')) || null;
    const id = row.get('Key') || null;
    const at = { file: file.name, line: row.line, record: id ?? title?.slice(0, 80) ?? undefined };
    const authors = splitNameList(row.get('Author')).map((a) => cleanText(a)).filter(Boolean);
    const missing = missingAuthorsOrTitle(authors.length > 0, !!title, 'no authors (Author column empty)', 'no title (Title column empty)');
    if (missing || !title) {
      skipped.push({ ...at, reason: missing ?? 'no title' });
      continue;
    }
    const doi = readDoi(row.get('DOI'), (note) => notes.push({ ...at, field: 'DOI', note }), 'DOI');
    const url = row.get('Url').trim();
    papers.push({
      title,
      authors,
      nameOrder: 'last-first',
      authorField: 'Author',
      abstract: cleanText(row.get('Abstract Note')) || null,
      year: yearFrom(row.get('Publication Year')) ?? yearFrom(row.get('Date')),
      venue: cleanText(row.get('Publication Title')) || null,
      volume: placeText(row.get('Volume')),
      issue: placeText(row.get('Issue')),
      pages: placeText(row.get('Pages')),
      doi,
      url: /^https?:\/\//i.test(url) ? url : doi ? `https://doi.org/${doi}` : null,
      id,
      source: { file: file.name, line: row.line },
    });
  }
  return requirePapers(file, { format: 'zotero-csv', papers, skipped, notes }, 'Zotero CSV');
}

/** Zotero CSV when the header row has Zotero's own columns: "Item Type" and "Publication Title", or "Abstract Note". */
export function looksLikeZoteroCsv(text: string): boolean {
  const head = firstTextLine(text);
  const column = (name: string) => new RegExp(`(^|${CSV_SEP})"?${name}"?(${CSV_SEP}|$)`).test(head);
  return column('Author') && column('Title') && (column('Item Type') || column('Abstract Note') || column('Publication Title'));
}
