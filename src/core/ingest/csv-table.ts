import { parse } from 'csv-parse/browser/esm/sync';
import { IngestError } from './errors';
import type { IngestNote, SkippedRecord } from './types';

/** One CSV data row: its cells by column name and the 1-based line where it starts in the file. */
export interface CsvRow {
  line: number;
  get(column: string): string;
  has(column: string): boolean;
}

/** A CSV table: its header, its well-formed rows, the rows it could not read (file:line:reason) and notes. */
export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  /** Rows whose cell count is not the header's (an unclosed quote, a stray delimiter): never read as papers. */
  skipped: SkippedRecord[];
  /** How the table was read when it was not the plain comma-separated default (a `;` or tab delimiter). */
  notes: IngestNote[];
}

/** Delimiters a CSV export may use: the comma, the `;` Excel writes where the comma is the decimal sign, a tab. */
const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** How many times each delimiter occurs in a header line outside double quotes. */
function delimiterCounts(line: string): Record<Delimiter, number> {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  return counts;
}

/**
 * The delimiter a CSV header line uses: `;` or a tab when it separates more columns than the comma does
 * (Excel in locales with a decimal comma writes "CSV" with `;`), else the comma.
 */
export function csvDelimiter(headerLine: string): Delimiter {
  const counts = delimiterCounts(headerLine);
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}

/** Most lines `looksLikeCsvTable` reads (a file is judged by its start). */
const TABLE_LINES_CHECKED = 50;

/**
 * Whether `text` is a delimited table with a header row: its first non-blank line has at least one `,`, `;` or
 * tab (outside double quotes; the delimiter as `csvDelimiter` tells it), and each of its first 50 non-blank lines
 * (at least two, whole lines only) has that delimiter as many times as the header. A seed file ("Family, Given"
 * then titles, author lists and abstracts) has lines of unequal comma counts, so a two-column CSV such as
 * `name,age` / `Bob,3` is not taken for one (a tester's was read as seed text). A quoted cell over several lines
 * makes this false (the sniffers of the known exports read such tables first). A seed file whose every title and
 * abstract has exactly as many commas as its focal author line, every paper with one author, would be taken for a
 * table; real abstracts have more. Throws nothing.
 */
export function looksLikeCsvTable(text: string): boolean {
  const start = text.slice(0, 65536);
  let lines = start.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (text.length > start.length) lines = lines.slice(0, -1);
  const rows = lines.filter((l) => l.trim()).slice(0, TABLE_LINES_CHECKED);
  if (rows.length < 2) return false;
  const delimiter = csvDelimiter(rows[0]!);
  const width = delimiterCounts(rows[0]!)[delimiter];
  return width > 0 && rows.every((r) => delimiterCounts(r)[delimiter] === width);
}

/** How a table's delimiter is said in a message: "a CSV table", with its `;`, or "a tab-separated table". */
export function tableSaid(headerLine: string): string {
  const d = csvDelimiter(headerLine);
  return d === '\t' ? 'a tab-separated table' : d === ';' ? "a CSV table (';' between columns)" : 'a CSV table';
}

const DELIMITER_NOTE: Record<Delimiter, string> = {
  ',': '',
  ';': "read with ';' between columns (as Excel writes CSV in some locales)",
  '\t': 'read with tabs between columns (a tab-separated file)',
};

/** A record as csv-parse gave it, with where it starts and ends in the table text (UTF-8 bytes). */
interface Parsed {
  record: string[];
  start: number;
  end: number;
}

/** Most rows with an unclosed quote a table may have before it is refused as not CSV (each one re-reads the rest). */
const MAX_RESYNCS = 200;
/** Lines after a row's unclosed quote searched for the start of the next well-formed row. */
const MAX_RESYNC_LINES = 200;

/**
 * A CSV table read with csv-parse (RFC 4180 quoting: delimiters, quotes and line breaks inside quoted cells),
 * its header row at `headerLine` (0-based index of the line where the header starts; lines before it, like
 * Dimensions' "About the data" line, are not part of the table). Column names are trimmed, matched
 * case-insensitively. The delimiter is told from the header line (`,`, `;` or a tab; not a comma is a note).
 *
 * A row whose cell count differs from the header's is never read: it is skipped with its line and the reason.
 * When such a row runs over several lines (a quote opened and not closed on its line swallows what follows), the
 * table is read again from the next line that starts a well-formed row, so no row after it is lost or merged.
 * A quoted cell over several lines in a row of the right cell count (a Scopus abstract) is read as it is.
 * Throws IngestError with the line of the problem: a quote opened and never closed to the end of the file.
 */
export function readCsvTable(fileName: string, text: string, headerLine = 0): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  let offset = 0;
  for (let k = 0; k < headerLine; k++) {
    const nl = body.indexOf('\n', offset);
    offset = nl < 0 ? body.length : nl + 1;
  }
  const table = body.slice(offset);
  // the start of each line of the table (a line ends at LF, CRLF or a lone CR), in characters and in UTF-8 bytes
  // (csv-parse says where a record ends in bytes: `info.bytes`; its own `info.lines` counts a CRLF inside a quoted
  // cell as two lines)
  const charStart: number[] = [0];
  const byteStart: number[] = [0];
  {
    let b = 0;
    for (let i = 0; i < table.length; i++) {
      const c = table.charCodeAt(i);
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c <= 0xdbff && (table.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        b += 4;
        i++;
      } else b += 3;
      if (c === 10 || (c === 13 && table.charCodeAt(i + 1) !== 10)) {
        charStart.push(i + 1);
        byteStart.push(b);
      }
    }
  }
  const lineCount = charStart.length;
  const isBlank = (l: number) => {
    const s = charStart[l]!;
    const e = l + 1 < lineCount ? charStart[l + 1]! : table.length;
    return /^[\r\n]*$/.test(table.slice(s, e));
  };
  /** 0-based table line holding byte `pos`. */
  const lineOfByte = (pos: number): number => {
    let lo = 0;
    let hi = lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (byteStart[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** 1-based file line of a 0-based table line. */
  const fileLine = (l: number) => headerLine + l + 1;
  /** 0-based table line where a record starts (blank lines before it, dropped by skip_empty_lines, belong to no row). */
  const startLine = (r: Parsed) => {
    let l = lineOfByte(r.start);
    while (l + 1 < lineCount && isBlank(l)) l++;
    return l;
  };
  const endLine = (r: Parsed) => lineOfByte(Math.max(r.start, r.end - 1));

  const firstLine = table.slice(0, 65536).split(/\r\n|\r|\n/).find((l) => l.trim()) ?? '';
  const delimiter = csvDelimiter(firstLine);
  const notes: IngestNote[] = [];
  if (delimiter !== ',') notes.push({ file: fileName, line: headerLine + 1, note: DELIMITER_NOTE[delimiter] });

  /** The records from table line `l` on (`limit`: at most that many); `error` when csv-parse stopped at a problem. */
  const parseFrom = (l: number, limit?: number): { records: Parsed[]; error: { code?: string; message?: string } | null } => {
    const records: Parsed[] = [];
    const base = byteStart[l]!;
    let prev = base;
    try {
      parse(table.slice(charStart[l]), {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        relax_quotes: true,
        ...(limit ? { to: limit } : {}),
        // with `info`, csv-parse hands each record as { record, info } (its types say string[])
        on_record: (withInfo) => {
          const { record, info } = withInfo as unknown as { record: string[]; info: { bytes: number } };
          const end = base + info.bytes;
          records.push({ record, start: prev, end });
          prev = end;
          return null;
        },
      });
      return { records, error: null };
    } catch (err) {
      return { records, error: err as { code?: string; message?: string } };
    }
  };

  let { records, error } = parseFrom(0);
  if (records.length === 0) {
    if (error) throw new IngestError(fileName, headerLine + 1, `not a readable CSV table: ${csvProblem(error)}`);
    throw new IngestError(fileName, headerLine + 1, 'empty CSV table: no header row');
  }
  const columns = records[0]!.record.map((c) => c.replace(/^\uFEFF/, '').trim());
  const width = columns.length;
  const index = new Map<string, number>();
  columns.forEach((c, k) => {
    if (!index.has(c.toLowerCase())) index.set(c.toLowerCase(), k);
  });
  // a row of the header's width; cells beyond it that are empty (a trailing delimiter) hold nothing to lose
  const wellFormed = (record: string[]) => record.length === width || (record.length > width && record.slice(width).every((c) => !c.trim()));
  const cellsSaid = (n: number) => `${n} cell${n === 1 ? '' : 's'} where the header has ${width}`;
  /**
   * What is wrong with a row read over several lines, or null: the header's width and, in a quoted cell over
   * several lines, no quote left single (csv-parse's relax_quotes reads `"` followed by text as text: in a cell
   * over lines it is what a quote left open on one row leaves when the next row is read into it).
   */
  const multilineProblem = (r: Parsed, first: number, last: number): string | null => {
    if (!wellFormed(r.record)) return cellsSaid(r.record.length);
    const raw = table.slice(charStart[first], last + 1 < lineCount ? charStart[last + 1] : table.length);
    return loneQuoteOverLines(raw, delimiter) ? 'a quote in it is not doubled, as if the next row were read into a quoted cell' : null;
  };
  /** The first line after `from` (up to `to`) that starts a well-formed row, or -1. */
  const resyncLine = (from: number, to: number): number => {
    for (let c = from + 1; c <= Math.min(to, from + MAX_RESYNC_LINES, lineCount - 1); c++) {
      if (isBlank(c)) continue;
      const next = parseFrom(c, 1).records[0];
      if (!next) continue;
      const last = endLine(next);
      if (last === c ? wellFormed(next.record) : !multilineProblem(next, c, last)) return c;
    }
    return -1;
  };

  const rows: CsvRow[] = [];
  const skipped: SkippedRecord[] = [];
  /** Rows on one line with a quote not doubled inside a quoted cell, read with the quote kept: each a note. */
  const strayRows: { line: number; cells: { column: string; value: string }[] }[] = [];
  let resyncs = 0;
  // the table line the records at hand were read from, and the next of them
  let parsedFrom = 0;
  let i = 1;
  for (;;) {
    if (i >= records.length) {
      if (!error) break;
      // csv-parse stopped: a quote opened after the last record read and never closed
      const last = records[records.length - 1];
      const from = last ? lineOfByte(last.end) : parsedFrom;
      let open = from;
      while (open + 1 < lineCount && isBlank(open)) open++;
      const at = error.code === 'CSV_QUOTE_NOT_CLOSED' ? resyncLine(open, lineCount - 1) : -1;
      if (at < 0 || ++resyncs > MAX_RESYNCS) {
        const what = error.code === 'CSV_QUOTE_NOT_CLOSED' ? `a quote opened on line ${fileLine(open)} is never closed (the file may be cut short)` : csvProblem(error);
        throw new IngestError(fileName, fileLine(open), `not a readable CSV table: ${what}`);
      }
      skipped.push({ file: fileName, line: fileLine(open), reason: `unclosed quote on line ${fileLine(open)}: it is never closed; ${linesSaid(fileLine(open), fileLine(at - 1))} not read, the next row read from line ${fileLine(at)}` });
      ({ records, error } = parseFrom(at));
      parsedFrom = at;
      i = 0;
      continue;
    }
    const r = records[i]!;
    const record = r.record;
    const first = startLine(r);
    if (record.every((c) => !c.trim())) {
      i++;
      continue;
    }
    const last = endLine(r);
    const problem = last === first ? (wellFormed(record) ? null : cellsSaid(record.length)) : multilineProblem(r, first, last);
    if (!problem) {
      if (last === first) {
        const repaired = strayQuotes(table.slice(charStart[first], first + 1 < lineCount ? charStart[first + 1] : table.length).replace(/[\r\n]+$/, ''), delimiter, record);
        if (repaired) {
          repaired.cells.forEach((k) => (record[k] = repaired.record[k]!));
          strayRows.push({ line: fileLine(first), cells: repaired.cells.map((k) => ({ column: columns[k] ?? `column ${k + 1}`, value: (record[k] ?? '').trim() })) });
        }
      }
      rows.push({
        line: fileLine(first),
        get: (column) => {
          const k = index.get(column.toLowerCase());
          return k === undefined ? '' : (record[k] ?? '').trim();
        },
        has: (column) => index.has(column.toLowerCase()),
      });
      i++;
      continue;
    }
    if (last === first) {
      skipped.push({ file: fileName, line: fileLine(first), reason: `this row has ${problem}; not read` });
      i++;
      continue;
    }
    // over several lines and not well-formed: a quote left open ran into the lines after it
    const at = resyncLine(first, last);
    if (at < 0) {
      skipped.push({ file: fileName, line: fileLine(first), reason: `unclosed quote on line ${fileLine(first)}: this row runs into line ${fileLine(last)} (${problem}); ${linesSaid(fileLine(first), fileLine(last))} not read` });
      i++;
      continue;
    }
    if (++resyncs > MAX_RESYNCS) throw new IngestError(fileName, fileLine(first), `not a readable CSV table: more than ${MAX_RESYNCS} rows with an unclosed quote (the last on line ${fileLine(first)})`);
    skipped.push({ file: fileName, line: fileLine(first), reason: `unclosed quote on line ${fileLine(first)}: this row runs into line ${fileLine(last)} (${problem}); not read, the next row read from line ${fileLine(at)}` });
    ({ records, error } = parseFrom(at));
    parsedFrom = at;
    i = 0;
  }
  notes.push(...strayQuoteNotes(fileName, strayRows));
  return { columns, rows, skipped, notes };
}

/** Rows with a stray quote noted one by one up to this many; the rest in one note with their count and lines. */
const MAX_STRAY_QUOTE_NOTES = 10;

/** The notes for rows read with a stray quote kept as text (`strayQuotes`): file, line, column and what was read. */
function strayQuoteNotes(file: string, rows: { line: number; cells: { column: string; value: string }[] }[]): IngestNote[] {
  const notes: IngestNote[] = rows.slice(0, MAX_STRAY_QUOTE_NOTES).map(({ line, cells }) => ({
    file,
    line,
    ...(cells.length === 1 ? { field: cells[0]!.column } : {}),
    note: `a quote inside a quoted cell is not doubled (as CSV writes it: ""); read with the quote marks kept as text: ${cells.map((c) => `${c.column} = ${c.value.length > 80 ? `${c.value.slice(0, 80)}…` : c.value}`).join('; ')}`,
  }));
  const rest = rows.slice(MAX_STRAY_QUOTE_NOTES);
  if (rest.length > 0) {
    const lines = rest.slice(0, 8).map((r) => r.line).join(', ');
    notes.push({ file, line: rest[0]!.line, note: `${rest.length} more row${rest.length === 1 ? '' : 's'} with a quote not doubled inside a quoted cell, read the same way (line${rest.length === 1 ? '' : 's'} ${lines}${rest.length > 8 ? ', …' : ''})` });
  }
  return notes;
}

/**
 * A one-line row whose quoted cells hold a quote that is not doubled (`"A bad "quoted" paper"`; RFC 4180 writes
 * `""`): csv-parse's relax_quotes reads such a cell whole, its outer quotes too. Returns the indices of such cells
 * and the row as the writer meant it when the line, cut at quotes followed by a delimiter or the line end, has
 * `record`'s cell count (the cell's text between its outer quotes, inner quotes kept, `""` one quote); else the cells
 * of `record` holding a quote, kept as csv-parse read them. Null when no cell has a stray quote. Throws nothing.
 */
export function strayQuotes(raw: string, delimiter: string, record: readonly string[]): { cells: number[]; record: string[] } | null {
  if (!raw.includes('"')) return null;
  const cells: string[] = [];
  const lone: number[] = [];
  const n = raw.length;
  let i = 0;
  for (;;) {
    if (raw[i] === '"') {
      let value = '';
      let stray = false;
      let closed = false;
      for (i++; i < n; i++) {
        const c = raw[i]!;
        if (c !== '"') {
          value += c;
          continue;
        }
        if (raw[i + 1] === '"') {
          value += '"';
          i++;
          continue;
        }
        if (i + 1 === n || raw[i + 1] === delimiter) {
          i++;
          closed = true;
          break;
        }
        stray = true;
        value += '"';
      }
      if (!closed) stray = true;
      if (stray) lone.push(cells.length);
      cells.push(value);
    } else {
      const end = raw.indexOf(delimiter, i);
      cells.push(raw.slice(i, end < 0 ? n : end));
      i = end < 0 ? n : end;
    }
    if (i >= n) break;
    i++; // the delimiter
    if (i === n) {
      cells.push('');
      break;
    }
  }
  if (lone.length === 0) return null;
  if (cells.length === record.length) {
    const out = [...record];
    for (const k of lone) out[k] = cells[k]!;
    return { cells: lone, record: out };
  }
  const quoted = record.flatMap((c, k) => (c.includes('"') ? [k] : []));
  return quoted.length ? { cells: quoted, record: [...record] } : null;
}

/**
 * Whether one record's raw text has a quoted cell over several lines holding a single `"` followed by neither a
 * delimiter nor a line end (RFC 4180 doubles every quote inside a quoted cell; csv-parse's relax_quotes keeps
 * such a quote as text). Quotes inside unquoted cells (`a "b" c`) are text and fine.
 */
export function loneQuoteOverLines(raw: string, delimiter: string): boolean {
  const n = raw.length;
  let i = 0;
  while (i < n) {
    if (raw[i] === '"') {
      let overLines = false;
      let lone = false;
      for (i++; i < n; i++) {
        const c = raw[i];
        if (c === '"') {
          if (raw[i + 1] === '"') {
            i++;
            continue;
          }
          const next = raw[i + 1];
          if (next === undefined || next === delimiter || next === '\n' || next === '\r') {
            i++;
            break;
          }
          lone = true;
        } else if (c === '\n' || c === '\r') overLines = true;
      }
      if (lone && overLines) return true;
    } else {
      while (i < n && raw[i] !== delimiter && raw[i] !== '\n' && raw[i] !== '\r') i++;
    }
    i++; // the delimiter or the line end
  }
  return false;
}

const linesSaid = (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}–${b}`);

function csvProblem(e: { code?: string; message?: string }): string {
  return e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed (the file may be cut short)' : (e.message ?? String(e));
}

/** The first non-empty line of a text (BOM dropped), for format sniffing. */
export function firstTextLine(text: string, skip = 0): string {
  const lines = text.slice(0, 16384).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return lines.filter((l) => l.trim())[skip] ?? '';
}

/** A delimiter between CSV columns in a header line, for format sniffers (regular-expression source). */
export const CSV_SEP = '[,;\\t]';

/**
 * The columns a header was found to have, for a "not this export" error: the first eight, or, when the whole
 * header is one column, that its delimiter is none of `,` `;` and tab.
 */
export function headerFound(columns: readonly string[]): string {
  if (columns.length === 1) return `the header line is one column, "${columns[0]!.slice(0, 80)}": its columns are not separated by ',', ';' or tabs`;
  return `found: ${columns.slice(0, 8).join(', ')}`;
}

/** Whether a CSV header (`columns` from `readCsvTable`) has the column `name`, compared without case. */
export function hasColumn(columns: readonly string[], name: string): boolean {
  const wanted = name.toLowerCase();
  return columns.some((c) => c.toLowerCase() === wanted);
}
