import { parse } from 'csv-parse/browser/esm/sync';
import { IngestError } from './errors';

/** One CSV data row: its cells by column name and the 1-based line where it starts in the file. */
export interface CsvRow {
  line: number;
  get(column: string): string;
  has(column: string): boolean;
}

/**
 * A CSV table read with csv-parse (RFC 4180 quoting: commas, quotes and line breaks inside quoted cells),
 * its header row at `headerLine` (0-based index of the line where the header starts; lines before it, like
 * Dimensions' "About the data" line, are not part of the table). Column names are trimmed, matched
 * case-insensitively. Throws IngestError with the line of the problem (an unclosed quote, for instance).
 */
export function readCsvTable(fileName: string, text: string, headerLine = 0): { columns: string[]; rows: CsvRow[] } {
  const body = text.replace(/^\uFEFF/, '');
  let offset = 0;
  for (let k = 0; k < headerLine; k++) {
    const nl = body.indexOf('\n', offset);
    offset = nl < 0 ? body.length : nl + 1;
  }
  let records: { record: string[]; info: { lines: number; bytes: number } }[];
  try {
    records = parse(body.slice(offset), { relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { lines?: number; message?: string; code?: string };
    const what = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed (the file may be cut short)' : (e.message ?? String(err));
    throw new IngestError(fileName, (e.lines ?? 1) + headerLine, `not a readable CSV table: ${what}`);
  }
  if (records.length === 0) throw new IngestError(fileName, headerLine + 1, 'empty CSV table: no header row');
  const columns = records[0]!.record.map((c) => c.replace(/^\uFEFF/, '').trim());
  const index = new Map<string, number>();
  columns.forEach((c, k) => {
    if (!index.has(c.toLowerCase())) index.set(c.toLowerCase(), k);
  });
  // each row's first line, counted from where csv-parse says the row before it ended (`info.bytes`, UTF-8 bytes):
  // csv-parse's own `info.lines` counts a CRLF inside a quoted cell as two lines
  const bytes = new TextEncoder().encode(body.slice(offset));
  let at = 0;
  let line = headerLine + 1;
  const lineAt = (start: number): number => {
    for (; at < start; at++) {
      const b = bytes[at];
      if (b === 0x0a || (b === 0x0d && bytes[at + 1] !== 0x0a)) line++;
    }
    // blank lines before the row (skip_empty_lines) belong to no row
    while (at < bytes.length && (bytes[at] === 0x0a || bytes[at] === 0x0d)) {
      if (bytes[at] === 0x0a || bytes[at + 1] !== 0x0a) line++;
      at++;
    }
    return line;
  };
  const rows: CsvRow[] = [];
  let end = records[0]!.info.bytes;
  for (const { record, info } of records.slice(1)) {
    const start = end;
    end = info.bytes;
    if (record.every((c) => !c.trim())) continue;
    const line = lineAt(start);
    rows.push({
      line,
      get: (column) => {
        const k = index.get(column.toLowerCase());
        return k === undefined ? '' : (record[k] ?? '').trim();
      },
      has: (column) => index.has(column.toLowerCase()),
    });
  }
  return { columns, rows };
}

/** The first non-empty line of a text (BOM dropped), for format sniffing. */
export function firstTextLine(text: string, skip = 0): string {
  const lines = text.slice(0, 16384).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return lines.filter((l) => l.trim())[skip] ?? '';
}

/** Whether a CSV header (`columns` from `readCsvTable`) has the column `name`, compared without case. */
export function hasColumn(columns: readonly string[], name: string): boolean {
  const wanted = name.toLowerCase();
  return columns.some((c) => c.toLowerCase() === wanted);
}
