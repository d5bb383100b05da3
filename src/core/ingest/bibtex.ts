import { decodeLatex, type DecodedText } from './latex-text';
import { bareDoi, yearFrom } from './identifiers';
import { requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * BibTeX / BibLaTeX. The file is split into entries here (BibTeX syntax: `@type{key, field = value, ...}`,
 * values in braces or quotes, numbers, @string macros joined with #), so every entry keeps its own line number
 * and a broken entry is skipped with its line and reason while the rest of the file is read.
 * LaTeX inside values is turned into Unicode by @retorquere/bibtex-parser (see latex-text.ts).
 */

const MONTHS: [string, string][] = [
  ['jan', 'January'], ['feb', 'February'], ['mar', 'March'], ['apr', 'April'], ['may', 'May'], ['jun', 'June'],
  ['jul', 'July'], ['aug', 'August'], ['sep', 'September'], ['oct', 'October'], ['nov', 'November'], ['dec', 'December'],
];

/** Line numbers from offsets (binary search over line starts). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** A syntax problem at an offset; `resumeAt` is where reading can go on (the start of the next entry). */
class BibSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly resumeAt?: number,
  ) {
    super(message);
  }
}

interface BibField {
  value: string;
  offset: number;
}

interface BibEntry {
  type: string;
  key: string;
  offset: number;
  fields: Map<string, BibField>;
  /** @string names used but never defined. */
  undefinedMacros: string[];
}

const ENTRY_HEAD = /@[ \t\r\n]*([A-Za-z][\w:.+-]*)[ \t\r\n]*([{(])/y;
/** An entry head at the start of a line: inside a value it means the value was never closed. */
const LINE_START_ENTRY = /[ \t]*@[ \t]*[A-Za-z][\w:.+-]*[ \t]*[{(]/y;
const FIELD_NAME = /[^\s=,{}()"#%]+/y;
const MACRO_NAME = /[A-Za-z_][^\s"#%'(),={}]*/y;
const NUMBER = /\d+/y;

class BibScanner {
  pos = 0;
  readonly macros = new Map<string, string>(MONTHS);
  readonly entries: BibEntry[] = [];
  readonly broken: { offset: number; type: string; key: string; problem: string; problemOffset: number }[] = [];

  constructor(readonly text: string) {}

  scan(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const at = text.indexOf('@', this.pos);
      if (at === -1) break;
      if (this.inLineComment(at)) {
        this.pos = this.lineEnd(at);
        continue;
      }
      ENTRY_HEAD.lastIndex = at;
      const head = ENTRY_HEAD.exec(text);
      if (!head) {
        this.pos = at + 1;
        const word = /@[ \t]*([A-Za-z][\w:.+-]*)/y;
        word.lastIndex = at;
        const w = word.exec(text);
        const type = w?.[1]?.toLowerCase();
        if (type === 'comment') {
          this.pos = this.lineEnd(at);
        } else if (w && this.atLineStart(at)) {
          this.broken.push({ offset: at, type: type!, key: '', problem: `"@${w[1]}" is not followed by "{" or "("`, problemOffset: at });
        }
        continue;
      }
      const type = head[1]!.toLowerCase();
      const close = head[2] === '{' ? '}' : ')';
      this.pos = ENTRY_HEAD.lastIndex;
      if (type === 'comment') {
        this.skipComment(at, head[2]!);
        continue;
      }
      let key = '';
      try {
        if (type === 'string') this.readString(close);
        else if (type === 'preamble') {
          this.skipSpace();
          this.readValue('@preamble', []);
          this.expectClose(close, '@preamble');
        } else {
          const entry: BibEntry = { type, key: '', offset: at, fields: new Map(), undefinedMacros: [] };
          key = this.readEntryBody(entry, close);
          entry.key = key;
          this.entries.push(entry);
        }
      } catch (err) {
        if (!(err instanceof BibSyntaxError)) throw err;
        this.broken.push({ offset: at, type, key, problem: err.message, problemOffset: err.offset });
        this.pos = err.resumeAt ?? this.nextEntryStart(at + 1);
      }
    }
  }

  /** Outside entries, "%" starts a comment to the end of the line (as in the LaTeX decoder and most tools). */
  private inLineComment(offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
      const c = this.text[i];
      if (c === '\n') return false;
      if (c === '%') return true;
    }
    return false;
  }

  private atLineStart(offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
      const c = this.text[i];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    }
    return true;
  }

  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** The next "@" at the start of a line, where a new entry can begin after a broken one. */
  private nextEntryStart(from: number): number {
    const re = /\n[ \t]*@/g;
    re.lastIndex = Math.max(0, from - 1);
    const m = re.exec(this.text);
    return m ? m.index + m[0].length - 1 : this.text.length;
  }

  private skipComment(at: number, open: string): void {
    if (open === '(') {
      this.pos = this.lineEnd(at);
      return;
    }
    // @comment{...}: balanced braces; an unbalanced one ends at the next entry.
    let depth = 1;
    const { text } = this;
    while (this.pos < text.length) {
      const c = text[this.pos++];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return;
      else if (c === '\n' && this.entryStartsAt(this.pos)) return;
    }
  }

  private entryStartsAt(offset: number): boolean {
    LINE_START_ENTRY.lastIndex = offset;
    return LINE_START_ENTRY.test(this.text);
  }

  /** Whitespace and %-comments between tokens. */
  private skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else if (c === 37 /* % */) this.pos = this.lineEnd(this.pos);
      else break;
    }
  }

  private peek(): string {
    return this.text[this.pos] ?? '';
  }

  private shown(): string {
    if (this.pos >= this.text.length) return 'the end of the file';
    const s = this.text.slice(this.pos, this.pos + 20).split('\n', 1)[0]!;
    return `"${s}"`;
  }

  private expectClose(close: string, what: string): void {
    this.skipSpace();
    if (this.peek() !== close) throw new BibSyntaxError(this.pos, `expected "${close}" to close ${what}, found ${this.shown()}`);
    this.pos++;
  }

  private readString(close: string): void {
    this.skipSpace();
    FIELD_NAME.lastIndex = this.pos;
    const m = FIELD_NAME.exec(this.text);
    if (!m) throw new BibSyntaxError(this.pos, `expected a macro name in @string, found ${this.shown()}`);
    this.pos = FIELD_NAME.lastIndex;
    this.skipSpace();
    if (this.peek() !== '=') throw new BibSyntaxError(this.pos, `missing "=" after @string name "${m[0]}"`);
    this.pos++;
    this.skipSpace();
    const value = this.readValue(`@string ${m[0]}`, []);
    this.macros.set(m[0].toLowerCase(), value);
    this.expectClose(close, `@string ${m[0]}`);
  }

  /** Key and fields up to the closing delimiter; returns the key. */
  private readEntryBody(entry: BibEntry, close: string): string {
    const { text } = this;
    this.skipSpace();
    let key = '';
    const keyStart = this.pos;
    while (this.pos < text.length) {
      const c = text[this.pos]!;
      if (c === ',' || c === close || c === '=' || c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
      this.pos++;
    }
    key = text.slice(keyStart, this.pos);
    this.skipSpace();
    if (this.peek() === '=') {
      // No key: the first word was a field name.
      this.pos = keyStart;
      key = '';
    } else if (this.peek() === close) {
      this.pos++;
      return key;
    } else if (this.peek() === ',') {
      this.pos++;
    } else {
      throw new BibSyntaxError(this.pos, `expected "," after the entry key "${key}", found ${this.shown()}`);
    }
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === close) {
        this.pos++;
        return key;
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '') throw new BibSyntaxError(this.pos, `entry not closed: "${close}" missing before the end of the file`);
      if (c === '@' && this.atLineStart(this.pos)) {
        throw new BibSyntaxError(this.pos, `entry not closed: "${close}" missing before the next entry`, this.pos);
      }
      FIELD_NAME.lastIndex = this.pos;
      const m = FIELD_NAME.exec(text);
      if (!m) throw new BibSyntaxError(this.pos, `expected a field name, found ${this.shown()}`);
      const name = m[0].toLowerCase();
      const fieldOffset = this.pos;
      this.pos = FIELD_NAME.lastIndex;
      this.skipSpace();
      if (this.peek() !== '=') throw new BibSyntaxError(this.pos, `missing "=" after field name "${m[0]}"`);
      this.pos++;
      this.skipSpace();
      const value = this.readValue(`field "${m[0]}"`, entry.undefinedMacros);
      if (!entry.fields.has(name)) entry.fields.set(name, { value, offset: fieldOffset });
      this.skipSpace();
      const after = this.peek();
      if (after === '@' && this.atLineStart(this.pos)) {
        throw new BibSyntaxError(this.pos, `entry not closed: "${close}" missing before the next entry`, this.pos);
      }
      if (after !== ',' && after !== close) {
        throw new BibSyntaxError(this.pos, `expected "," or "${close}" after the value of field "${m[0]}", found ${this.shown()}`);
      }
    }
  }

  /** value ( # value )*: braced, quoted, number or @string macro. */
  private readValue(what: string, undefinedMacros: string[]): string {
    const { text } = this;
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === '{' || c === '"') {
        out += this.readDelimited(c, what);
      } else {
        NUMBER.lastIndex = this.pos;
        const num = NUMBER.exec(text);
        if (num) {
          out += num[0];
          this.pos = NUMBER.lastIndex;
        } else {
          MACRO_NAME.lastIndex = this.pos;
          const name = MACRO_NAME.exec(text);
          if (!name) throw new BibSyntaxError(this.pos, `expected a value for ${what}, found ${this.shown()}`);
          this.pos = MACRO_NAME.lastIndex;
          const expansion = this.macros.get(name[0].toLowerCase());
          if (expansion === undefined) {
            undefinedMacros.push(name[0]);
            out += name[0];
          } else out += expansion;
        }
      }
      this.skipSpace();
      if (this.peek() !== '#') return out;
      this.pos++;
      this.skipSpace();
    }
  }

  /** {...} or "..." with balanced braces; returns the inside. Backslash escapes the next character, as in the LaTeX decoder. */
  private readDelimited(open: string, what: string): string {
    const { text } = this;
    const start = ++this.pos;
    let depth = 0;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 92 /* \ */) {
        this.pos += 2;
        continue;
      }
      if (c === 123 /* { */) depth++;
      else if (c === 125 /* } */) {
        if (depth === 0) {
          if (open === '{') return text.slice(start, this.pos++);
          throw new BibSyntaxError(this.pos, `unbalanced "}" in the value of ${what}`);
        }
        depth--;
      } else if (c === 34 /* " */ && open === '"' && depth === 0) {
        return text.slice(start, this.pos++);
      } else if (c === 10 && this.entryStartsAt(this.pos + 1)) {
        const next = text.indexOf('@', this.pos);
        const missing = open === '{' ? `"}"` : depth > 0 ? `"}"` : `closing quote`;
        throw new BibSyntaxError(start - 1, `the value of ${what} is not closed (${missing} missing) before the next entry`, next);
      }
      this.pos++;
    }
    const missing = open === '{' || depth > 0 ? `"}"` : 'closing quote';
    throw new BibSyntaxError(start - 1, `the value of ${what} is not closed (${missing} missing) before the end of the file`);
  }
}

/** Split a name list on " and " outside braces (BibTeX's rule: case-insensitive, whitespace around it). */
export function splitBibtexNames(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(c) && /^\s+and\s/i.test(list.slice(i, i + 6))) {
      const m = /^\s+and(?=\s)/i.exec(list.slice(i))!;
      names.push(list.slice(start, i));
      i += m[0].length;
      start = i;
    }
  }
  names.push(list.slice(start));
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

interface DecodeContext {
  /** Whole values already decoded (names repeat), and LaTeX words already parsed. */
  cache: Map<string, DecodedText>;
  wordCache: Map<string, DecodedText>;
  notes: IngestNote[];
  fileName: string;
}

function decodeField(ctx: DecodeContext, raw: string, line: number, record: string, what: string): string {
  let d = ctx.cache.get(raw);
  if (!d) {
    d = decodeLatex(raw, ctx.wordCache);
    ctx.cache.set(raw, d);
  }
  if (d.problem) ctx.notes.push({ file: ctx.fileName, line, record, note: `${what}: ${d.problem}` });
  else if (d.unknownCommands.length) {
    ctx.notes.push({ file: ctx.fileName, line, record, note: `${what}: unknown LaTeX command ${[...new Set(d.unknownCommands)].join(', ')} dropped (its text kept)` });
  }
  return cleanText(d.text);
}

interface NameList {
  names: string[];
  others: boolean;
  dropped: string[];
}

function readNames(ctx: DecodeContext, raw: string, line: number, record: string, field: string): NameList {
  const out: NameList = { names: [], others: false, dropped: [] };
  for (const part of splitBibtexNames(raw)) {
    if (/^others$/i.test(part)) {
      out.others = true;
      continue;
    }
    const name = decodeField(ctx, part, line, record, `${field} "${part}"`).replace(/^,+|,+$/g, '').trim();
    if (!/[\p{L}\p{N}]/u.test(name)) out.dropped.push(part);
    else out.names.push(name);
  }
  return out;
}

/** BibTeX / BibLaTeX file to papers. Broken entries are skipped with their line and reason; a file with no usable entry is an error. */
export function readBibtex(file: InputFile): ReaderResult {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const lines = new LineIndex(text);
  const scanner = new BibScanner(text);
  scanner.scan();

  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  const ctx: DecodeContext = { cache: new Map(), wordCache: new Map(), notes, fileName: file.name };

  // Broken entries and good ones, back in file order.
  const broken = scanner.broken.map((b) => ({ ...b, broken: true as const }));
  const good = scanner.entries.map((e) => ({ ...e, broken: false as const }));
  const all = [...broken, ...good].sort((a, b) => a.offset - b.offset);

  for (const item of all) {
    const line = lines.lineAt(item.offset);
    if (item.broken) {
      const where = lines.lineAt(item.problemOffset);
      const at = where !== line ? ` (line ${where})` : '';
      skipped.push({ file: file.name, line, reason: `unreadable @${item.type} entry${at}: ${item.problem}`, record: item.key || undefined });
      continue;
    }
    const entry = item;
    const record = entry.key || `@${entry.type}`;
    const field = (name: string) => entry.fields.get(name);
    const fieldLine = (name: string) => lines.lineAt(field(name)!.offset);
    if (entry.undefinedMacros.length) {
      notes.push({ file: file.name, line, record, note: `undefined @string macro ${[...new Set(entry.undefinedMacros)].join(', ')} kept as written` });
    }

    let titleField = field('title')?.value.trim() ? 'title' : null;
    // Book entries written with only a booktitle: that is the book's title.
    if (!titleField && /^(book|inbook|mvbook|collection|proceedings)$/.test(entry.type) && field('booktitle')?.value.trim()) {
      titleField = 'booktitle';
      notes.push({ file: file.name, line, record, note: `@${entry.type} has no title field: its booktitle is used as the title` });
    }
    const title = titleField ? decodeField(ctx, field(titleField)!.value, fieldLine(titleField), record, titleField) : '';

    let people: NameList = { names: [], others: false, dropped: [] };
    let from = 'author';
    const authorRaw = field('author')?.value ?? '';
    if (authorRaw.trim()) people = readNames(ctx, authorRaw, fieldLine('author'), record, 'author');
    const editorRaw = field('editor')?.value ?? '';
    if (people.names.length === 0 && editorRaw.trim()) {
      const editors = readNames(ctx, editorRaw, fieldLine('editor'), record, 'editor');
      if (editors.names.length) {
        const why = authorRaw.trim() ? 'its author field names no one' : 'no author field';
        notes.push({ file: file.name, line, record, note: `${why}: the ${editors.names.length} editor(s) are used as authors` });
        people = { ...editors, dropped: [...people.dropped, ...editors.dropped] };
        from = 'editor';
      }
    }
    if (people.dropped.length) {
      notes.push({ file: file.name, line, record, note: `${from} ${people.dropped.map((d) => `"${d}"`).join(', ')} is not a name (no letters); left out` });
    }
    if (people.others) {
      notes.push({ file: file.name, line, record, note: `${from} list ends with "and others": the unnamed co-authors are not counted` });
    }

    if (people.names.length === 0) {
      const reason = title ? 'no authors or editors' : 'no authors, editors or title';
      skipped.push({ file: file.name, line, reason, record: entry.key ? `${entry.key}${title ? `: ${title.slice(0, 60)}` : ''}` : title.slice(0, 80) || undefined });
      continue;
    }
    if (!title) {
      skipped.push({ file: file.name, line, reason: 'no title', record });
      continue;
    }

    const venueField = ['journaltitle', 'journal', 'booktitle'].find((f) => f !== titleField && field(f)?.value.trim());
    const abstractRaw = field('abstract')?.value ?? '';
    const paper: RawPaper = {
      title,
      authors: people.names,
      abstract: abstractRaw.trim() ? decodeField(ctx, abstractRaw, fieldLine('abstract'), record, 'abstract') || null : null,
      year: yearFrom(field('year')?.value) ?? yearFrom(field('date')?.value),
      venue: venueField ? decodeField(ctx, field(venueField)!.value, fieldLine(venueField), record, venueField) || null : null,
      doi: bareDoi(field('doi')?.value.replace(/[{}]/g, '')),
      url: field('url')?.value.replace(/[{}]/g, '').trim() || null,
      id: entry.key || null,
      source: { file: file.name, line },
    };
    papers.push(paper);
  }
  return requirePapers(file, { format: 'bibtex', papers, skipped, notes }, 'BibTeX');
}

/** BibTeX when an entry head (`@article{`, `@inproceedings(`...) starts a line early in the file and it is not JSON. */
export function looksLikeBibtex(text: string): boolean {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(head)) return false;
  return /(?:^|\n)[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/.test(head);
}
