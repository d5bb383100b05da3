import { decodeLatex, type CitationRead, type DecodedText } from './latex-text';
import { notAYear, readDoi } from './identifiers';
import { missingAuthorsOrTitle, requirePapers } from './require-papers';
import { cleanText } from '../util/text-lines';
import { LineIndex, scanBibtex, type BibEntry, type BrokenBibEntry } from './bibtex-scanner';
import { inheritFields, repeatedKeys } from './bibtex-inherit';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';

/*
 * BibTeX / BibLaTeX: field mapping. The file is split into entries by bibtex-scanner.ts (every entry keeps its
 * own line; a broken entry is skipped with its line and reason while the rest of the file is read); here each
 * entry's fields become a paper (title, authors or editors, venue, year, DOI...). LaTeX inside values is turned
 * into Unicode by @retorquere/bibtex-parser (see latex-text.ts).
 */

/** Split a name list on " and " outside braces (BibTeX's rule: case-insensitive, whitespace around it). Empty names are left out. */
export function splitBibtexNames(list: string): string[] {
  return splitBibtexNameParts(list).filter((n) => n !== '');
}

/** " and" (any case) at a given place, white space before it and after it or the end (sticky: no copy of the list per test). */
const AND_AT = /\s+and(?=\s|$)/iy;

/**
 * A name list split on "and" outside braces, BibTeX's rule (case-insensitive, whitespace around it), every part
 * trimmed and kept, empty ones too: a doubled "and" ("A and and B"), a leading one ("and A") or a trailing one
 * ("A and") gives an empty part where the missing name is, so the reader can say so. Never throws.
 */
export function splitBibtexNameParts(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  // an "and" at the very start (after white space only) ends an empty first name
  const lead = /^\s*and(?=\s|$)/i.exec(list);
  if (lead) {
    names.push('');
    start = lead[0].length;
  }
  for (let i = start; i < list.length; i++) {
    const c = list[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(c)) {
      AND_AT.lastIndex = i;
      const m = AND_AT.exec(list);
      if (!m) continue;
      names.push(list.slice(start, i));
      start = i + m[0].length;
      // the white space after this "and" may start the next one ("A and and B")
      i = start - 1;
    }
  }
  names.push(list.slice(start));
  return names.map((n) => n.trim());
}

interface DecodeContext {
  /** Whole values already decoded (names repeat), and LaTeX words already parsed. */
  cache: Map<string, DecodedText>;
  wordCache: Map<string, DecodedText>;
  notes: IngestNote[];
  fileName: string;
}

/**
 * A field's value decoded (LaTeX to Unicode, whitespace cleaned), its problems noted at `line`. `repeats`: the value
 * is one that recurs across entries (a name, a venue) and is kept in `ctx.cache`; a title or an abstract is not
 * (each is seen once: caching 30k abstracts only hashed them and kept them alive through the read).
 */
function decodeField(ctx: DecodeContext, raw: string, line: number, record: string, what: string, repeats = false): string {
  let d = repeats ? ctx.cache.get(raw) : undefined;
  if (!d) {
    d = decodeLatex(raw, ctx.wordCache);
    if (repeats) ctx.cache.set(raw, d);
  }
  // the field's own name (`what` is "title", or `author "Name"` for one name of a list)
  const field = what.replace(/ .*$/s, '');
  if (d.problem) ctx.notes.push({ file: ctx.fileName, line, record, field, note: `${what}: ${d.problem}` });
  else if (d.unknownCommands.length) ctx.notes.push({ file: ctx.fileName, line, record, field, note: `${what}: ${unknownCommandsNote(d.unknownCommands)}` });
  if (d.citations?.length) ctx.notes.push({ file: ctx.fileName, line, record, field, note: `${what}: ${citationsNote(d.citations)}` });
  if (d.escapedCaseBraces?.length) ctx.notes.push({ file: ctx.fileName, line, record, field, note: `${what}: ${escapedCaseBracesNote(d.escapedCaseBraces)}` });
  return cleanText(d.text);
}

/**
 * The note for citation commands in a field (`decodeLatex`'s `citations`): each read as its keys in brackets, the
 * mark a numeric style prints, so a title that cites ("A reply to \\cite{smith2020}") keeps what it refers to and
 * reads as a sentence, and the mark is not taken for words of the title: `citation command \\cite{smith2020} read as
 * its key "[smith2020]"`; `\\nocite{x}` prints nothing and is left out, said too. Never throws.
 */
export function citationsNote(citations: readonly CitationRead[]): string {
  const one = (c: CitationRead) => (c.text ? `${c.command} read as ${c.keys > 1 ? 'its keys' : 'its key'} "${c.text}"` : `${c.command} prints nothing; left out`);
  const said = citations.map(one);
  return `${citations.length === 1 ? 'citation command' : 'citation commands'} ${said.join('; ')} (a citation in a field is a LaTeX habit, not the field's words: check the record)`;
}

/**
 * The note for escaped braces about letters inside a word (`decodeLatex`'s `escapedCaseBraces`, as written), each read
 * as its letters: "\\{C\\}" read as "C". Throws nothing.
 */
export function escapedCaseBracesNote(written: readonly string[]): string {
  const said = [...new Set(written)].map((w) => `"${w}" read as "${w.slice(2, -2)}"`);
  return `${said.join(', ')} (escaped braces inside a word: case-protecting braces escaped twice by the export; check the record)`;
}

/**
 * The note for LaTeX commands the decoder did not know (`decodeLatex`'s `unknownCommands`, as written): each was
 * kept in the text as its name, which the note says: `unknown LaTeX command \\furlong kept as its name "furlong"`,
 * `unknown LaTeX commands \\foo, \\bar kept as their names ("foo", "bar")`. Never throws.
 */
export function unknownCommandsNote(commands: readonly string[]): string {
  const unique = [...new Set(commands)];
  const name = (c: string) => `"${c.replace(/^\\/, '').replace(/…$/, '')}"`;
  if (unique.length === 1) return `unknown LaTeX command ${unique[0]} kept as its name ${name(unique[0]!)}`;
  return `unknown LaTeX commands ${unique.join(', ')} kept as their names (${unique.map(name).join(', ')})`;
}

interface NameList {
  names: string[];
  /** Per name, true when it was written wholly in braces ("{Ministry of Health, Labour and Welfare}"): kept as written. */
  literal: boolean[];
  /** Per name, DBLP's person id when the name carried DBLP's homonym number ("Wei Zhang 0001": `dblp:Wei Zhang 0001`). */
  ids: (string | null)[];
  others: boolean;
  dropped: string[];
}

const noNames = (): NameList => ({ names: [], literal: [], ids: [], others: false, dropped: [] });

/**
 * A BibTeX name list (`author` or `editor` value as written) read into names: LaTeX decoded, "others" and names with
 * no letter taken out (for the caller's notes), BibLaTeX's extended name format read (`extendedName`), DBLP's
 * homonym numbers made ids (`dblpNumbered`). An empty name between "and"s (doubled, leading or trailing "and") is
 * left out with a note at `line`, never joined to a neighbour.
 */
function readNames(ctx: DecodeContext, raw: string, line: number, record: string, field: string): NameList {
  const out = noNames();
  const parts = splitBibtexNameParts(raw);
  const empty: string[] = [];
  parts.forEach((part, k) => {
    if (part === '') {
      if (parts.length === 1) return;
      const after = k > 0 && parts[k - 1] ? ` after "${shownValue(parts[k - 1]!)}"` : '';
      empty.push(k === 0 ? 'a leading "and"' : k === parts.length - 1 ? 'a trailing "and"' : `a doubled "and"${after}`);
      return;
    }
    if (/^others$/i.test(part)) {
      out.others = true;
      return;
    }
    const extended = extendedName(part);
    if (extended?.ignored.length) {
      ctx.notes.push({ file: ctx.fileName, line, record, field, note: `${field} "${shownValue(part)}" (BibLaTeX extended name format): ${extended.ignored.map((x) => `"${shownValue(x)}"`).join(', ')} not understood, ignored` });
    }
    const written = extended ? extended.name : part;
    let name = decodeField(ctx, written, line, record, `${field} "${part}"`, true).replace(/^,+|,+$/g, '').trim();
    if (!/[\p{L}\p{N}]/u.test(name)) {
      out.dropped.push(part);
      return;
    }
    const literal = !extended && wholeInBraces(part);
    let id: string | null = null;
    if (!literal) {
      const numbered = dblpNumbered(name);
      if (numbered) ({ name, id } = numbered);
    }
    out.names.push(name);
    out.literal.push(literal);
    out.ids.push(id);
  });
  if (empty.length) {
    const what = empty.length === 1 ? `an empty name (${empty[0]})` : `${empty.length} empty names (${empty.join(', ')})`;
    ctx.notes.push({ file: ctx.fileName, line, record, field, note: `${field}: ${what} left out; the names around it kept as written, check the record` });
  }
  return out;
}

/**
 * DBLP's homonym number on a name ("Wei Zhang 0001", or "Zhang 0001, Wei"): DBLP's export writes it after the name,
 * a space and exactly four digits, as its XML does (dblp.ts, `splitDblpName`). The name without it, and DBLP's
 * person id as the XML reader gives it (`dblp:Wei Zhang 0001`); null when the name has no such number. A person
 * named with a trailing four-digit number is essentially only DBLP's scheme, so this holds in any BibTeX file (the
 * reader says so in one note per file). Throws nothing.
 */
export function dblpNumbered(name: string): { name: string; id: string } | null {
  if (!/\d\d\d\d\s*(?:,|$)/.test(name)) return null;
  const plain = /^([^,]*[^\s,])\s+(\d{4})$/.exec(name);
  if (plain) return { name: plain[1]!, id: `dblp:${plain[1]} ${plain[2]}` };
  const inverted = /^([^,]*[^\s,])\s+(\d{4})\s*,\s*([^,]*[^\s,])$/.exec(name);
  if (inverted) return { name: `${inverted[1]}, ${inverted[3]}`, id: `dblp:${inverted[3]} ${inverted[1]} ${inverted[2]}` };
  return null;
}

/** The keys of BibLaTeX's extended name format (biber's default data model) that make up a name; `useprefix` and the `*-i` initials keys are read and ignored. */
const NAME_PART_KEYS = new Set(['family', 'given', 'prefix', 'suffix']);
const EXTENDED_START = /^\s*(?:family|given|prefix|suffix|useprefix|[a-z]+-i)\s*=/i;

/**
 * A name in BibLaTeX's extended name format (biber manual, "Extended name format"; the biblatex manual's name parts
 * family, given, prefix, suffix; Zotero Better BibTeX's option
 * biblatexExtendedNameFormat): `family=Beethoven, given=Ludwig, prefix=van, useprefix=true`, key=value parts
 * separated by commas, values maybe braced (`family={de la Fontaine}`) or quoted. Turned into the BibTeX form
 * "prefix family, suffix, given" ("van Beethoven, Ludwig", "Smith, Jr., John", "Madonna") with the values as
 * written (LaTeX still in them). `ignored`: the parts that are neither a name key nor `useprefix` / `*-i`.
 * Null when `part` does not start with one of those keys and "=" (an ordinary name). Never throws.
 */
export function extendedName(part: string): { name: string; ignored: string[] } | null {
  if (!EXTENDED_START.test(part)) return null;
  const pieces: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '"' && depth === 0) quoted = !quoted;
    else if (c === ',' && depth === 0 && !quoted) {
      pieces.push(part.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(part.slice(start));
  const value: Record<string, string> = {};
  const ignored: string[] = [];
  for (const piece of pieces.map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z][\w-]*)\s*=\s*([\s\S]*)$/.exec(piece);
    const key = m?.[1]!.toLowerCase();
    if (!m || !key) ignored.push(piece);
    else if (NAME_PART_KEYS.has(key)) {
      let v = m[2]!.trim();
      if (wholeInBraces(v) || (v.length >= 2 && v.startsWith('"') && v.endsWith('"'))) v = v.slice(1, -1).trim();
      if (v) value[key] = v;
    } else if (key !== 'useprefix' && !key.endsWith('-i')) ignored.push(piece);
  }
  const last = [value.prefix, value.family].filter(Boolean).join(' ');
  const given = value.given ?? '';
  let name: string;
  if (!last) name = [given, value.suffix].filter(Boolean).join(' ');
  else if (value.suffix) name = `${last}, ${value.suffix}, ${given}`.replace(/,\s*$/, '');
  else name = given ? `${last}, ${given}` : last;
  return { name, ignored };
}

/**
 * Is this name wholly in braces ("{National Academies of Sciences, Engineering, and Medicine}")? BibTeX's way of
 * marking a name (an organisation's) to keep as written: the first brace closes at the very end. "{\"O}zt{\"u}rk, Ali"
 * is not.
 */
export function wholeInBraces(name: string): boolean {
  if (!name.startsWith('{') || !name.endsWith('}')) return false;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i === name.length - 1;
  }
  return false;
}

/** A year alone, and a four-digit year within other text (not part of a longer number). */
const FOUR_DIGITS = /^\d{4}$/;
const YEAR_IN_TEXT = /(?<!\d)(\d{4})(?!\d)/;
/** A BibLaTeX `date` (ISO 8601 / EDTF: `2020`, `2020-05-01`, `2020-05/2021`, `2020~`, `2020/`): its year is read as its first four digits. */
const ISO_DATE = /^\d{4}(?:-\d\d){0,2}(?:T[\d:.+\-Z]*)?[?~%]?(?:\/[\d\-T:.+Z?~%]*)?$/;

/** A field's value shown in a note: braces and runs of white space gone, at most 60 characters. */
function shownValue(raw: string): string {
  const v = raw.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  return v.length > 60 ? `${v.slice(0, 59)}…` : v;
}

/** An EDTF / ISO 8601 range or open end in a BibLaTeX `date` (`2019/2020`, `2017~/..`, `2020/`): its end after the "/". */
const DATE_RANGE_END = /\/(.*)$/;

/**
 * An entry's year, from its `year` field and its BibLaTeX `date`, each guess a note through `note(field, text)`
 * (given at that field's line):
 * - a `year` written with more than the year (`2020a`, `2020-2021`, `1993/94`, `May 1992`) gives its first
 *   four-digit year (`year "2020a" read as 2020`); one with no four-digit year in it (`in press`, `99`, `20201`,
 *   `MMXX`) is left out (`year "in press" is not a year: left out`, JSON Lines' words), and the date's year is
 *   taken when there is one (the note says so);
 * - a `date` (ISO 8601 / EDTF: `2020`, `2020-05-01`, `2020~`) gives its year without a note; a range whose end is
 *   in another year or open (`2019/2020`, `2017/..`) gives its start's year with a note (`date "2019/2020" is a
 *   range: its start, 2019, taken`); other text is read as `year` is;
 * - a `year` and a `date` of different years: the date's year is taken, as biber does (it sets `year` from
 *   `date`), with a note at the date's line naming both (classic BibTeX, which has no `date`, would print the year).
 * Null when neither gives a year. Throws nothing.
 */
export function bibtexYear(year: string | undefined, date: string | undefined, note: (field: 'year' | 'date', text: string) => void): number | null {
  const clean = (raw: string | undefined) => raw?.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim() || undefined;
  const y = clean(year);
  const d = clean(date);
  const pending: { field: 'year' | 'date'; text: string }[] = [];
  const read = (v: string | undefined, field: 'year' | 'date'): number | null => {
    if (!v) return null;
    if (FOUR_DIGITS.test(v)) return Number(v);
    if (field === 'date' && ISO_DATE.test(v)) return Number(v.slice(0, 4));
    const m = YEAR_IN_TEXT.exec(v);
    if (m) {
      pending.push({ field, text: `${field} ${JSON.stringify(v.slice(0, 40))} read as ${m[1]}` });
      return Number(m[1]);
    }
    pending.push({ field, text: notAYear(v, field) });
    return null;
  };
  const fromYear = read(y, 'year');
  const fromDate = read(d, 'date');
  // a range whose end is in another year or open: "2019 to 2020", "2017 open-ended"; null for a single date
  const range = ((): string | null => {
    if (!d || !ISO_DATE.test(d)) return null;
    const end = DATE_RANGE_END.exec(d)?.[1];
    if (end === undefined) return null;
    const endYear = /^\d{4}/.exec(end)?.[0];
    if (endYear === d.slice(0, 4)) return null;
    return `${d.slice(0, 4)} ${endYear ? `to ${endYear}` : 'open-ended'}`;
  })();
  const shownDate = JSON.stringify(d?.slice(0, 40));
  let taken: number | null;
  if (fromDate !== null && fromYear !== null && fromDate !== fromYear) {
    taken = fromDate;
    const which = range ? `the date's ${fromDate} (the start of its range, ${range})` : `the date's ${fromDate}`;
    pending.push({ field: 'date', text: `year ${JSON.stringify(y)} and date ${shownDate} disagree: ${which} taken, as biber does; classic BibTeX, which has no date field, would print ${fromYear}` });
  } else if (fromYear !== null) taken = fromYear;
  else {
    taken = fromDate;
    if (fromDate !== null) {
      const yearNote = pending.find((p) => p.field === 'year');
      if (yearNote) yearNote.text += `; the date's year, ${fromDate}, taken`;
      if (range) pending.push({ field: 'date', text: `date ${shownDate} is a range (${range}): its start, ${fromDate}, taken` });
    }
  }
  for (const p of pending) note(p.field, p.text);
  return taken;
}

/** BibTeX / BibLaTeX file to papers. Broken entries are skipped with their line and reason; a file with no usable entry is an error. */
export function readBibtex(file: InputFile): ReaderResult {
  return joinBibtexParts(file, [readBibtexPart(file, 0, 1)]);
}

/** What one part of a BibTeX file gives (`readBibtexPart`): its papers, skipped entries and notes, in file order. */
export type BibtexPart = Omit<ReaderResult, 'format' | 'focalAuthor'>;

/**
 * Part `part` of `parts` of a BibTeX file: the whole file is scanned (entries, @string macros, crossref and
 * xdata inheritance need all of it), then only the `part`-th of its entries, in file order, is decoded into
 * papers (LaTeX, names: most of the reading's time). The notes of the inheritance go with part 0. So parts
 * read on different threads and joined in order (`joinBibtexParts`) give what `readBibtex` gives, byte for byte.
 * @param part 0 .. parts - 1
 * @param parts how many parts the entries are cut into (contiguous runs of about equal count)
 * @param onPapers called with the papers read so far and not yet given, in file order, about every `batch` papers
 *   and once at the end (the browser's import hands their texts to its second thread while the read goes on); the
 *   papers are those returned, not copies
 */
export function readBibtexPart(file: InputFile, part: number, parts: number, onPapers?: (papers: readonly RawPaper[]) => void, batch = 1000): BibtexPart {
  if (!(Number.isInteger(parts) && parts >= 1 && Number.isInteger(part) && part >= 0 && part < parts)) throw new Error(`readBibtexPart: no part ${part} of ${parts}`);
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const lines = new LineIndex(text);
  const scanner = scanBibtex(text);

  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  const ctx: DecodeContext = { cache: new Map(), wordCache: new Map(), notes, fileName: file.name };
  let given = 0;
  const give = () => {
    if (onPapers && papers.length > given) onPapers(papers.slice(given));
    given = papers.length;
  };
  // crossref / xdata: missing fields come from the referenced entry (noted once, by part 0); @xdata entries are not papers
  inheritFields(scanner.entries, lines, file.name, part === 0 ? notes : []);
  // a @comment{ never closed: taken to end before the next entry (noted once, by part 0)
  if (part === 0) {
    for (const c of scanner.unclosedComments) {
      const next = c.resumeAt < text.length ? `taken to end before the next entry, line ${lines.lineAt(c.resumeAt)}` : 'the rest of the file is a comment';
      notes.push({ file: file.name, line: lines.lineAt(c.offset), record: '@comment', note: `@comment is not closed ("}" missing before the end of the file): ${next}` });
    }
  }
  const sameKey = repeatedKeys(scanner.entries);

  // Broken entries and good ones, back in file order.
  const broken = scanner.broken.map((b) => ({ ...b, broken: true as const }));
  const good = scanner.entries.map((e) => ({ ...e, broken: false as const, scanned: e }));
  const all = [...broken, ...good].sort((a, b) => a.offset - b.offset);
  const from = Math.floor((all.length * part) / parts);
  const to = Math.floor((all.length * (part + 1)) / parts);

  for (const item of all.slice(from, to)) {
    const line = lines.lineAt(item.offset);
    if (item.broken) {
      skipped.push({ file: file.name, line, reason: brokenEntryReason(item, lines), record: item.key || undefined });
      continue;
    }
    const entry = item;
    const record = entry.key || `@${entry.type}`;
    const field = (name: string) => entry.fields.get(name);
    const fieldLine = (name: string) => lines.lineAt(field(name)!.offset);
    const again = sameKey.get(item.scanned);
    if (again) {
      const firstLine = lines.lineAt(again.first.offset);
      const keys = again.first.key === entry.key ? `"${entry.key}" used twice, on lines ${firstLine} and ${line}` : `"${again.first.key}" (line ${firstLine}) used again as "${entry.key}" (line ${line}; keys ignore case)`;
      const refs = again.referencedBy.length ? `; ${again.referencedBy.join(' and ')} {${entry.key}} takes the entry on line ${firstLine}` : '';
      notes.push({ file: file.name, line, record, note: `citation key ${keys}: both entries are read${refs}` });
    }
    if (entry.repeated) noteRepeatedFields(entry.repeated, entry.fields, (at, note) => notes.push({ file: file.name, line: lines.lineAt(at), record, note }));
    // by type: `entry` is a copy, not the scanned entry the set holds (an @xdata with a title and authors became a paper)
    if (entry.type === 'xdata') continue;
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

    let people: NameList = noNames();
    let from = 'author';
    const authorRaw = field('author')?.value ?? '';
    if (authorRaw.trim()) people = readNames(ctx, authorRaw, fieldLine('author'), record, 'author');
    const editorRaw = field('editor')?.value ?? '';
    if (people.names.length === 0 && editorRaw.trim()) {
      const editors = readNames(ctx, editorRaw, fieldLine('editor'), record, 'editor');
      if (editors.names.length) {
        const why = authorRaw.trim() ? 'its author field names no one' : 'no author field';
        notes.push({ file: file.name, line, record, field: 'editor', note: `${why}: the ${editors.names.length} editor(s) are used as authors` });
        people = { ...editors, dropped: [...people.dropped, ...editors.dropped] };
        from = 'editor';
      }
    }
    // notes on the author list point at the line of its field (the author or editor field, maybe a crossref parent's)
    const authorLine = field(from) ? fieldLine(from) : line;
    if (people.dropped.length) {
      notes.push({ file: file.name, line: authorLine, record, field: from, note: `${from} ${people.dropped.map((d) => `"${d}"`).join(', ')} is not a name (no letters); left out` });
    }
    if (people.others) {
      notes.push({ file: file.name, line: authorLine, record, field: from, note: `${from} list ends with "and others": the unnamed co-authors are not counted` });
    }

    const missing = missingAuthorsOrTitle(people.names.length > 0, !!title, 'no authors or editors');
    if (missing) {
      skipped.push({ file: file.name, line, reason: missing, record: people.names.length ? record : entry.key ? `${entry.key}${title ? `: ${title.slice(0, 60)}` : ''}` : title.slice(0, 80) || undefined });
      continue;
    }

    const venueField = ['journaltitle', 'journal', 'booktitle'].find((f) => f !== titleField && field(f)?.value.trim());
    const abstractRaw = field('abstract')?.value ?? '';
    const paper: RawPaper = {
      title,
      authors: people.names,
      ...(people.literal.some(Boolean) ? { literalAuthors: people.literal } : {}),
      ...(people.ids.some(Boolean) ? { authorIds: people.ids } : {}),
      authorLines: people.names.map(() => authorLine),
      authorField: from,
      ...(people.others ? { authorsTruncated: true } : {}),
      abstract: abstractRaw.trim() ? decodeField(ctx, abstractRaw, fieldLine('abstract'), record, 'abstract') || null : null,
      year: bibtexYear(field('year')?.value, field('date')?.value, (f, note) => notes.push({ file: file.name, line: fieldLine(f), record, field: f, note })),
      venue: venueField ? decodeField(ctx, field(venueField)!.value, fieldLine(venueField), record, venueField, true) || null : null,
      volume: field('volume')?.value.replace(/[{}]/g, '').trim() || null,
      issue: (field('number') ?? field('issue'))?.value.replace(/[{}]/g, '').trim() || null,
      pages: field('pages')?.value.replace(/[{}]/g, '').trim() || null,
      doi: readDoi(field('doi')?.value.replace(/[{}]/g, ''), (note) => notes.push({ file: file.name, line: fieldLine('doi'), record, field: 'doi', note })),
      url: field('url')?.value.replace(/[{}]/g, '').trim() || null,
      id: entry.key || null,
      // notes on the title's, abstract's or link's content (markup read as text, a javascript: link left out) name its field's line
      fieldLines: {
        ...(titleField ? { title: fieldLine(titleField) } : {}),
        ...(abstractRaw.trim() ? { abstract: fieldLine('abstract') } : {}),
        ...(field('url') ? { url: fieldLine('url') } : {}),
      },
      source: { file: file.name, line },
    };
    papers.push(paper);
    if (papers.length - given >= batch) give();
  }
  give();
  return { papers, skipped, notes };
}

/**
 * One note per field given more than once in an entry (BibTeX and biber keep the first, as the scanner does),
 * at the line of the first value ignored: `field "title" given twice: "Second title" ignored, the first kept`.
 */
function noteRepeatedFields(repeated: NonNullable<BibEntry['repeated']>, fields: BibEntry['fields'], note: (offset: number, text: string) => void): void {
  const byName = new Map<string, typeof repeated>();
  for (const r of repeated) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  for (const [name, ignored] of byName) {
    const times = ignored.length === 1 ? 'twice' : `${ignored.length + 1} times`;
    const values = ignored.map((r) => `"${shownValue(r.value)}"`).join(', ');
    const same = ignored.every((r) => shownValue(r.value) === shownValue(fields.get(name)!.value));
    note(ignored[0]!.offset, same ? `field "${name}" given ${times}, with the same value ${values.split(', ')[0]}` : `field "${name}" given ${times}: ${values} ignored, the first kept`);
  }
}

/**
 * One note per file for the names that carried DBLP's homonym number (`dblpNumbered`), at the first one's line:
 * they are read as DBLP's people, shown without the number (unless two people of one name need it).
 */
function noteDblpNumbers(fileName: string, papers: readonly RawPaper[], notes: IngestNote[]): void {
  const ids = new Set<string>();
  let first: { line: number; record: string } | null = null;
  for (const p of papers) {
    if (!p.authorIds) continue;
    p.authorIds.forEach((id, k) => {
      if (!id) return;
      ids.add(id);
      first ??= { line: p.authorLines?.[k] ?? p.source.line, record: p.id ?? p.title.slice(0, 80) };
    });
  }
  if (!first) return;
  const { line, record } = first;
  const shown = [...ids].slice(0, 3).map((id) => `"${id.slice('dblp:'.length)}"`).join(', ');
  notes.push({
    file: fileName,
    line,
    record,
    note: `DBLP homonym numbers read as identities: ${ids.size} name${ids.size > 1 ? 's' : ''} (${shown}${ids.size > 3 ? ', …' : ''}); each is the person DBLP's number names (one with DBLP XML's), shown without the number unless two people of one name need it`,
  });
}

/**
 * A BibTeX file's parts (`readBibtexPart`, all of them, in order) joined into the file's reader result.
 * @throws IngestError when no entry of the file is a usable paper (as `readBibtex`)
 */
export function joinBibtexParts(file: InputFile, parts: readonly BibtexPart[]): ReaderResult {
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  const notes: IngestNote[] = [];
  // (not push(...list): a spread of 100k+ items overflows the call stack)
  for (const p of parts) {
    for (const x of p.papers) papers.push(x);
    for (const x of p.skipped) skipped.push(x);
    for (const x of p.notes) notes.push(x);
  }
  noteDblpNumbers(file.name, papers, notes);
  return requirePapers(file, { format: 'bibtex', papers, skipped, notes }, 'BibTeX');
}

/** `@type{key,` then a field name and `=` (or `@string{name =`, `@comment`, `@preamble`): the shape of a real entry. */
const REAL_ENTRY = /^[ \t]*@[ \t]*(?:(?:string|preamble|comment)\b|[A-Za-z][\w:.+-]*[ \t]*[{(][ \t\r\n]*(?:[^\s,={}()"#%]*[ \t\r\n]*,[ \t\r\n%]*)?[^\s=,{}()"#%]+[ \t\r\n]*=)/i;
const LINE_HEAD = /(?:^|\n)([ \t]*@[ \t]*[A-Za-z][\w:.+-]*[ \t]*[{(])/g;

/**
 * BibTeX when the start of the file (64 KiB) is not JSON and holds entries, weighing the whole structure: at least
 * half of the line-start entry heads (`@article{`...) must go on as real entries do (`key,` then `field =`), so
 * a seed list or RIS file with a title such as "@home{work}" is not taken for BibTeX.
 */
export function looksLikeBibtex(text: string): boolean {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(head)) return false;
  let heads = 0;
  let real = 0;
  LINE_HEAD.lastIndex = 0;
  for (let m = LINE_HEAD.exec(head); m; m = LINE_HEAD.exec(head)) {
    heads++;
    const at = m.index + m[0].length - m[1]!.length;
    if (REAL_ENTRY.test(head.slice(at, at + 600))) real++;
  }
  return real > 0 && real * 2 >= heads;
}

/**
 * Why a broken BibTeX entry was skipped, as one sentence with each line number saying what it is, e.g.
 * `the @article entry starting on line 2 is not closed ("}" missing) before the next entry on line 3`.
 * `entry` is the scanner's broken entry (offsets into the scanned text), `lines` the same text's line index.
 * Never throws. (A tester read "broken.bib:2 — unreadable @article entry (line 3): entry not closed" as two places.)
 */
export function brokenEntryReason(entry: BrokenBibEntry, lines: LineIndex): string {
  const line = lines.lineAt(entry.offset);
  const head = `the @${entry.type} entry starting on line ${line}`;
  const u = entry.unclosed;
  const before = (next: number | undefined) => (next === undefined ? 'before the end of the file' : `before the next entry on line ${lines.lineAt(next)}`);
  if (u?.what === 'entry') return `${head} is not closed (${u.missing} missing) ${before(u.nextEntry)}`;
  const where = lines.lineAt(entry.problemOffset);
  if (u) {
    const opened = where !== line ? ` opened on line ${where}` : '';
    return `${head} cannot be read: the value of ${u.what}${opened} is not closed (${u.missing} missing) ${before(u.nextEntry)}`;
  }
  return `${head} cannot be read: ${where !== line ? `on line ${where}, ` : ''}${entry.problem}`;
}
