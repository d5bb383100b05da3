/*
 * The BibTeX entry scanner: splits a .bib file into entries (`@type{key, field = value, ...}`, values in braces
 * or quotes, numbers, @string macros joined with #) and broken entries, each with its offset.
 *
 * Why this scanner is ours and not a library's: every entry must keep its exact line (the report, the skipped
 * list and every error say `file:line`), a broken entry must be skipped with its line and reason while the rest
 * of the file is read, and the scan must be linear in the file's size (a one-line export of 30k entries reads in
 * about a second). The BibTeX parsers we tried either stop at the first error, lose the lines of entries after a
 * broken one, or re-scan text. LaTeX inside values is decoded elsewhere (latex-text.ts, by @retorquere/bibtex-parser);
 * field mapping (title, authors, venue...) is in bibtex.ts.
 *
 * Comments follow BibTeX's own rule: outside entries everything but an `@` is ignored, and a `%` there starts a
 * comment to the end of the line (an `@` in it is not an entry). Inside an entry, `%` is text within a value
 * (`{100% sure}`); between fields a `%` line is tolerated as a comment (as biber does). `@comment{...}` is a
 * comment up to its balancing brace, entries inside it included (JabRef's `@comment{jabref-meta: ...}` blocks).
 * Every position is visited a bounded number of times: no step looks back to the start of its line, and
 * the recovery searches after a broken entry remember what they found.
 */

const MONTHS: [string, string][] = [
  ['jan', 'January'], ['feb', 'February'], ['mar', 'March'], ['apr', 'April'], ['may', 'May'], ['jun', 'June'],
  ['jul', 'July'], ['aug', 'August'], ['sep', 'September'], ['oct', 'October'], ['nov', 'November'], ['dec', 'December'],
];

/** Line numbers from offsets (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line of a 0-based offset. */
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
    readonly unclosed?: UnclosedPart,
  ) {
    super(message);
  }
}

/** Something opened and never closed in a broken entry: the entry itself or one field's value. */
export interface UnclosedPart {
  /** `'entry'`, or what the value belongs to (`field "title"`, `@preamble`). */
  what: string;
  /** What is missing, as shown: `"}"`, `")"` or `closing quote`. */
  missing: string;
  /** Offset of the next entry's `@` that it ran into; absent when it ran to the end of the file. */
  nextEntry?: number;
}

export interface BibField {
  /** The raw value: macros expanded, `#` joined, outer delimiters removed, LaTeX not yet decoded. */
  value: string;
  /** Offset of the field name. */
  offset: number;
}

export interface BibEntry {
  /** Lower-cased entry type (`article`, `inproceedings`...). */
  type: string;
  key: string;
  /** Offset of the entry's `@`. */
  offset: number;
  /** Lower-cased field name to value; the first of repeated fields wins. */
  fields: Map<string, BibField>;
  /** The later values of repeated fields (ignored), in file order; absent when no field is repeated. */
  repeated?: RepeatedBibField[];
  /** @string names used but never defined. */
  undefinedMacros: string[];
}

export interface RepeatedBibField extends BibField {
  /** Lower-cased field name. */
  name: string;
}

/** A `@comment{` whose braces never balance: it is taken to end before the next entry at a line start. */
export interface UnclosedComment {
  /** Offset of the comment's `@`. */
  offset: number;
  /** Where reading went on: the next entry head at a line start (the text's length when there is none). */
  resumeAt: number;
}

export interface BrokenBibEntry {
  /** Offset of the entry's `@`. */
  offset: number;
  type: string;
  key: string;
  problem: string;
  /** Offset where the problem was seen. */
  problemOffset: number;
  /** Set when the problem is an entry or value left open (then `problem` says the same in one line). */
  unclosed?: UnclosedPart;
}

export interface BibScan {
  entries: BibEntry[];
  broken: BrokenBibEntry[];
  unclosedComments: UnclosedComment[];
}

const ENTRY_HEAD = /@[ \t\r\n]*([A-Za-z][\w:.+-]*)[ \t\r\n]*([{(])/y;
/** An entry head anywhere (recovery after a broken entry on the same line). */
const ANY_ENTRY_HEAD = /@[ \t]*[A-Za-z][\w:.+-]*[ \t]*[{(]/g;
/** An entry head at the start of a line: inside a value it means the value was never closed. */
const LINE_START_ENTRY = /[ \t]*@[ \t]*[A-Za-z][\w:.+-]*[ \t]*[{(]/y;
const FIELD_NAME = /[^\s=,{}()"#%]+/y;
const MACRO_NAME = /[A-Za-z_][^\s"#%'(),={}]*/y;
const NUMBER = /\d+/y;
const AT_OR_PERCENT = /[@%]/g;
const AT_WORD = /@[ \t]*([A-Za-z][\w:.+-]*)/y;

/**
 * Split BibTeX text into entries and broken entries (file order within each list). Never throws on bad input:
 * every problem becomes a broken entry with its offset and reason. Linear in `text.length`.
 */
export function scanBibtex(text: string): BibScan {
  const scanner = new BibScanner(text);
  scanner.scan();
  return { entries: scanner.entries, broken: scanner.broken, unclosedComments: scanner.unclosedComments };
}

class BibScanner {
  pos = 0;
  readonly macros = new Map<string, string>(MONTHS);
  readonly entries: BibEntry[] = [];
  readonly broken: BrokenBibEntry[] = [];
  readonly unclosedComments: UnclosedComment[] = [];
  /**
   * What the last `@comment{` that ran to the end of the file unclosed saw after its start (`from`): the brace
   * depth at each `@` and the last offset at which a `}` brought the depth to each value. A later comment inside
   * that stretch is then known to close, or not, without reading to the end of the file again.
   */
  private unclosedMemo: { from: number; depthAtAt: Map<number, number>; lastDepthAt: number[] } | null = null;
  /** Memo of the recovery searches: [searched from, found at]; valid for any later start up to "found at". */
  private lineStartMemo: [number, number] = [-1, -1];
  private anyHeadMemo: [number, number] = [-1, -1];

  constructor(readonly text: string) {}

  scan(): void {
    const { text } = this;
    while (this.pos < text.length) {
      AT_OR_PERCENT.lastIndex = this.pos;
      const found = AT_OR_PERCENT.exec(text);
      if (!found) break;
      const at = found.index;
      if (found[0] === '%') {
        // Outside entries: a comment to the end of the line.
        this.pos = this.lineEnd(at);
        continue;
      }
      ENTRY_HEAD.lastIndex = at;
      const head = ENTRY_HEAD.exec(text);
      if (!head) {
        this.pos = at + 1;
        AT_WORD.lastIndex = at;
        const w = AT_WORD.exec(text);
        const type = w?.[1]?.toLowerCase();
        if (type === 'comment') {
          this.pos = this.lineEnd(at);
        } else if (w && text[AT_WORD.lastIndex] !== '@' && this.atLineStart(at)) {
          // "@word" starting a line without "{": a broken entry, reported. ("@x@x..." is text between entries.)
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
      const entry: BibEntry = { type, key: '', offset: at, fields: new Map(), undefinedMacros: [] };
      try {
        if (type === 'string') this.readString(close);
        else if (type === 'preamble') {
          this.skipSpace();
          this.readValue('@preamble', []);
          this.expectClose(close, '@preamble');
        } else {
          this.readEntryBody(entry, close);
          this.entries.push(entry);
        }
      } catch (err) {
        if (!(err instanceof BibSyntaxError)) throw err;
        this.broken.push({ offset: at, type, key: entry.key, problem: err.message, problemOffset: err.offset, unclosed: err.unclosed });
        this.pos = Math.max(at + 1, err.resumeAt ?? this.resumeAfter(at + 1, err.offset));
      }
    }
  }

  /** True when only spaces and tabs stand between the line start and `offset` (looks back over blanks only). */
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

  /**
   * Where to go on after a broken entry that starts before `from` and whose problem was seen at `problemAt`:
   * the next "@" at the start of a line, or an entry head after the problem on the same stretch (one-line
   * exports put every entry on one line), whichever comes first.
   */
  private resumeAfter(from: number, problemAt: number): number {
    return Math.min(this.nextLineStartAt(from), this.nextHead(Math.max(from, problemAt)));
  }

  private nextLineStartAt(from: number): number {
    const [searched, found] = this.lineStartMemo;
    if (searched !== -1 && searched <= from && from <= found) return found;
    const re = /\n[ \t]*@/g;
    re.lastIndex = Math.max(0, from - 1);
    const m = re.exec(this.text);
    const at = m ? m.index + m[0].length - 1 : this.text.length;
    this.lineStartMemo = [from, at];
    return at;
  }

  private nextHead(from: number): number {
    const [searched, found] = this.anyHeadMemo;
    if (searched !== -1 && searched <= from && from <= found) return found;
    ANY_ENTRY_HEAD.lastIndex = from;
    const m = ANY_ENTRY_HEAD.exec(this.text);
    const at = m ? m.index : this.text.length;
    this.anyHeadMemo = [from, at];
    return at;
  }

  /**
   * `@comment{...}`: everything up to the brace that balances the opening one is a comment (as biber and
   * btparse read it), entries written inside included; a backslash escapes the next character, as in values.
   * `@comment(` (rare) ends at the end of its line. A `{` never balanced would make the rest of the file a
   * comment: instead the comment is taken to end before the next entry head at a line start, and recorded
   * (`unclosedComments`) for a note.
   */
  private skipComment(at: number, open: string): void {
    if (open === '(') {
      this.pos = this.lineEnd(at);
      return;
    }
    const { text } = this;
    const memo = this.unclosedMemo;
    const known = memo && at > memo.from ? memo.depthAtAt.get(at) : undefined;
    if (known !== undefined && !((memo!.lastDepthAt[known] ?? -1) > at)) {
      // inside the stretch an earlier unclosed comment read to the end: this one does not close either
      this.unclosedComment(at, this.nextLineStartEntry(this.pos));
      return;
    }
    const bodyStart = this.pos;
    let depth = 1;
    const depthAtAt = new Map<number, number>();
    const lastDepthAt: number[] = [];
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 92 /* \ */) {
        if (text.charCodeAt(this.pos + 1) === 64 /* @ */) depthAtAt.set(this.pos + 1, depth);
        this.pos += 2;
        continue;
      }
      this.pos++;
      if (c === 123 /* { */) depth++;
      else if (c === 125 /* } */) {
        if (--depth === 0) return;
        lastDepthAt[depth] = this.pos - 1;
      } else if (c === 64 /* @ */) depthAtAt.set(this.pos - 1, depth);
    }
    this.unclosedMemo = { from: at, depthAtAt, lastDepthAt };
    this.unclosedComment(at, this.nextLineStartEntry(bodyStart));
  }

  private unclosedComment(at: number, resumeAt: number): void {
    this.unclosedComments.push({ offset: at, resumeAt });
    this.pos = resumeAt;
  }

  /** The next entry head at a line start after `from` (its first character), or the text's length. */
  private nextLineStartEntry(from: number): number {
    const { text } = this;
    for (let nl = text.indexOf('\n', from); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
      if (this.entryStartsAt(nl + 1)) return nl + 1;
    }
    return text.length;
  }

  /** An entry head (`@type{` or `@type(`) starts at `offset`. */
  private headAt(offset: number): boolean {
    ENTRY_HEAD.lastIndex = offset;
    return ENTRY_HEAD.test(this.text);
  }

  private entryStartsAt(offset: number): boolean {
    LINE_START_ENTRY.lastIndex = offset;
    return LINE_START_ENTRY.test(this.text);
  }

  /** Whitespace and %-comments between tokens inside an entry. */
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

  /** Key (set on `entry` as soon as it is read) and fields up to the closing delimiter. */
  private readEntryBody(entry: BibEntry, close: string): void {
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
      entry.key = key;
      this.pos++;
      return;
    } else if (this.peek() === ',') {
      this.pos++;
    } else {
      entry.key = key;
      throw new BibSyntaxError(this.pos, `expected "," after the entry key "${key}", found ${this.shown()}`);
    }
    entry.key = key;
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === close) {
        this.pos++;
        return;
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '') {
        throw new BibSyntaxError(this.pos, `entry not closed: "${close}" missing before the end of the file`, undefined, { what: 'entry', missing: `"${close}"` });
      }
      if (c === '@' && this.headAt(this.pos)) {
        throw new BibSyntaxError(this.pos, `entry not closed: "${close}" missing before the next entry`, this.pos, { what: 'entry', missing: `"${close}"`, nextEntry: this.pos });
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
      else (entry.repeated ??= []).push({ name, value, offset: fieldOffset });
      this.skipSpace();
      const after = this.peek();
      if (after === '@' && this.headAt(this.pos)) {
        throw new BibSyntaxError(this.pos, `entry not closed: "${close}" missing before the next entry`, this.pos, { what: 'entry', missing: `"${close}"`, nextEntry: this.pos });
      }
      if (after === '') {
        throw new BibSyntaxError(this.pos, `entry not closed: "${close}" missing before the end of the file`, undefined, { what: 'entry', missing: `"${close}"` });
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
        throw new BibSyntaxError(start - 1, `the value of ${what} is not closed (${missing} missing) before the next entry`, next, { what, missing, nextEntry: next });
      }
      this.pos++;
    }
    const missing = open === '{' || depth > 0 ? `"}"` : 'closing quote';
    throw new BibSyntaxError(start - 1, `the value of ${what} is not closed (${missing} missing) before the end of the file`, undefined, { what, missing });
  }
}
