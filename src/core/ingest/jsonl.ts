import { notAYear, placeText, readDoi } from './identifiers';
import { cleanText, splitLines } from '../util/text-lines';
import { isUnambiguousSuffix, parseName, shownNameOf } from '../names/parse-name';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/**
 * JSON Lines corpus format: one paper object per line with keys
 * id, title, authors (list of "First Last"), year, venue, doi, abstract, and optionally volume, issue and pages
 * (strings or numbers: they keep two short titles such as "Editorial" apart). The doi is read as every reader reads
 * one (`bareDoi`); a value that is no DOI is left out with a note.
 * A line that is not valid JSON, not a JSON object, or a paper without a title, without authors or with
 * malformed authors (not a list of strings) is skipped and listed in `skipped` with its file, line and reason, as
 * BibTeX skips a broken entry; the other lines are read. Throws IngestError (file, line, problem) only when no
 * line gives a paper: it names the first skipped line and its reason, and how many more were skipped
 * (`requirePapers`), or says the file has no records.
 */
export function readJsonLines(file: InputFile): ReaderResult {
  const reader = new JsonLinesReader(file.name);
  splitLines(file.text).forEach((raw, i) => reader.line(raw, i + 1));
  return requirePapers(file, reader.result(), 'JSON Lines');
}

/**
 * The JSON Lines reader one line at a time, so a host can stream a big file (memory follows the papers, not
 * the file): `line(text, lineNumber)` for each line, then `result()`. Never throws: a bad line is skipped and
 * listed as readJsonLines lists it; the host checks that some paper was read (`requirePapers`, as `readInput`
 * does for a streamed file).
 */
export class JsonLinesReader {
  private readonly papers: RawPaper[] = [];
  private readonly skipped: SkippedRecord[] = [];
  private readonly notes: IngestNote[] = [];
  /** The line each id was first seen on: an id used twice in one file is noted (both records are read). */
  private readonly idLines = new Map<string, number>();
  /** Names written "Last, First" though the format says "First Last": how many, and the first (one note per file). */
  private commaNames = 0;
  private firstCommaName: { line: number; name: string; record: string } | null = null;
  constructor(private readonly fileName: string) {}

  /**
   * Reads one line of the file (`line`: its 1-based number, for notes and skipped records); a blank line is
   * passed over. A line that is not valid JSON, not a JSON object, or a paper without title or authors or with
   * authors that are not a list of strings is skipped: listed with this file, line and reason. Never throws.
   */
  line(raw: string, line: number): void {
    const fileName = this.fileName;
    const text = raw.trim();
    if (!text) return;
    const skip = (reason: string, record?: string) => {
      this.skipped.push(record ? { file: fileName, line, reason, record } : { file: fileName, line, reason });
    };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      // V8 counts lines within the one-line text it parsed: "(line 1 column 45)" beside the file's own line number
      // read as two line numbers; only the column is kept
      skip(`not valid JSON (${(err as Error).message.replace(/\s*\(line 1 column (\d+)\)/, ', column $1')})`);
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      skip(`not a JSON object describing one paper (${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`})`);
      return;
    }
    const obj = value as Record<string, unknown>;
    const title = typeof obj.title === 'string' ? cleanText(obj.title) : '';
    const id = obj.id == null ? null : String(obj.id);
    const record = id ?? (title ? title.slice(0, 80) : undefined);
    if (obj.authors != null && !Array.isArray(obj.authors)) {
      skip(`"authors" is not a list of names (${typeof obj.authors === 'string' ? 'one string: write ["First Last", …]' : `a ${typeof obj.authors}`})${title ? '' : ', and no title'}`, record);
      return;
    }
    const list: unknown[] = Array.isArray(obj.authors) ? obj.authors : [];
    const notName = list.findIndex((a) => typeof a !== 'string');
    if (notName >= 0) {
      const a = list[notName];
      skip(`"authors" entry ${notName + 1} is not a name in quotes (${a === null ? 'null' : Array.isArray(a) ? 'a list' : `a ${typeof a}`})${title ? '' : ', and no title'}`, record);
      return;
    }
    const authors: string[] = [];
    const empty: number[] = [];
    for (const [k, a] of (list as string[]).entries()) {
      // kept as written (NFC, trimmed): inner spacing is folded later, in the names stage
      const name = a.normalize('NFC').trim();
      if (name) authors.push(name);
      else empty.push(k + 1);
    }
    const missing = missingAuthorsOrTitle(authors.length > 0, title !== '', 'no authors', 'no "title"');
    if (missing) {
      skip(missing, record);
      return;
    }
    for (const name of authors) {
      const parts = name.split(',').map((x) => x.trim());
      // "Smith, John" (not "John Smith, Jr."): read family name first, as the names stage reads a comma
      if (parts.length === 2 && parts[0] && parts[1] && !isUnambiguousSuffix(parts[1])) {
        this.commaNames++;
        this.firstCommaName ??= { line, name, record: id ?? title.slice(0, 80) };
      }
    }
    if (empty.length && authors.length) {
      // as BibTeX says of an empty name between "and"s: nothing is dropped unsaid
      const what = empty.length === 1 ? `an empty name (entry ${empty[0]})` : `${empty.length} empty names (entries ${empty.join(', ')})`;
      this.notes.push({ file: fileName, line, record: id ?? title.slice(0, 80), field: 'authors', note: `authors: ${what} left out; the names around ${empty.length === 1 ? 'it' : 'them'} kept as written, check the record` });
    }
    const noteOn = (field: string) => (note: string) => this.notes.push({ file: fileName, line, record: id ?? title.slice(0, 80), field, note });
    const year = jsonYear(obj.year, noteOn('year'));
    // as every reader: resolver prefix, "doi:" label, percent-escapes and a trailing period taken off
    const doi = readDoi(obj.doi, noteOn('doi'));
    if (id !== null) {
      const first = this.idLines.get(id);
      if (first === undefined) this.idLines.set(id, line);
      else this.notes.push({ file: fileName, line, record: id, field: 'id', note: `id ${JSON.stringify(id).slice(0, 60)} used twice, on lines ${first} and ${line}: both read (one paper only if they agree, see the report's merges)` });
    }
    this.papers.push({
      title,
      authors,
      abstract: typeof obj.abstract === 'string' ? cleanText(obj.abstract) || null : null,
      year,
      venue: typeof obj.venue === 'string' ? cleanText(obj.venue) || null : null,
      ...placeFields(obj),
      doi,
      url: typeof obj.url === 'string' ? obj.url : null,
      id,
      nameOrder: 'first-last',
      source: { file: fileName, line },
    });
  }

  /** What the lines read so far give: papers, skipped records and notes, as `readJsonLines` returns them. */
  result(): ReaderResult {
    const c = this.firstCommaName;
    if (c) {
      // the reading the names stage gives this name (and the map shows), never a reading of its own
      const parsed = parseName(c.name, 'first-last');
      const shown = shownNameOf(c.name, parsed, 'first-last');
      const reading = parsed.given
        ? `given name "${parsed.given}", family name "${parsed.family}"`
        : `family name "${parsed.family}"`;
      const more = this.commaNames > 1 ? ` (${this.commaNames} names so written in this file)` : '';
      this.notes.push({
        file: this.fileName,
        line: c.line,
        record: c.record,
        field: 'authors',
        note: `authors: ${JSON.stringify(c.name)} has a comma, though JSON Lines names are "First Last": read as ${reading}, shown "${shown}"${more}; check the names`,
      });
      this.firstCommaName = null;
    }
    return { format: 'jsonl', papers: this.papers, skipped: this.skipped, notes: this.notes };
  }
}

/** A JSON Lines record's optional volume, issue and pages (`placeText`), only those it gives (the streamed 30k-paper files carry none). */
function placeFields(obj: Record<string, unknown>): Pick<RawPaper, 'volume' | 'issue' | 'pages'> {
  const out: Pick<RawPaper, 'volume' | 'issue' | 'pages'> = {};
  const volume = placeText(obj.volume);
  const issue = placeText(obj.issue);
  const pages = placeText(obj.pages);
  if (volume) out.volume = volume;
  if (issue) out.issue = issue;
  if (pages) out.pages = pages;
  return out;
}

/**
 * The "year" of a JSON record: a whole number, or a four-digit string. A fractional year (2020.5, a decimal
 * year) keeps its whole part (2020) with a note; anything else that is not a year between 1 and 9999 is left
 * out with a note. Nothing is ever passed on that the bundle schema refuses.
 */
export function jsonYear(value: unknown, note: (text: string) => void): number | null {
  if (value == null || value === '') return null;
  if (typeof value === 'string' && /^\s*\d{4}\s*$/.test(value)) return Number(value);
  if (typeof value === 'number' && Number.isFinite(value) && value >= 1 && value < 10000) {
    if (Number.isInteger(value)) return value;
    const whole = Math.floor(value);
    note(`year ${value} is not a whole year: ${whole} used`);
    return whole;
  }
  note(notAYear(value));
  return null;
}


/**
 * Whether `text` looks like JSON Lines of papers: its first line (after a byte-order mark and leading blank space)
 * is a JSON object with a "title" and no "results" (which would be an OpenAlex API page). Never throws.
 */
export function looksLikeJsonLines(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').trimStart();
  if (!first.startsWith('{')) return false;
  const firstLine = first.split(/\r?\n/, 1)[0]!;
  try {
    const v = JSON.parse(firstLine) as Record<string, unknown>;
    return typeof v === 'object' && v !== null && 'title' in v && !('results' in v);
  } catch {
    return false;
  }
}
