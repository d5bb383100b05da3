import { IngestError } from './errors';
import { cleanText, splitLines } from '../util/text-lines';
import { isUnambiguousSuffix } from '../names/parse-name';
import { focalAuthorAsText } from './author-list';
import { looksLikeCsvTable } from './csv-table';
import { requirePapers } from './require-papers';
import type { IngestNote, InputFile, RawPaper, ReaderResult, SkippedRecord } from './types';


/**
 * The seed list format: line 1 the focal author ("Last, First"), then per paper three lines:
 * title, authors as a flat comma list of Last, First pairs, abstract. Blank lines between records are allowed.
 * The focal author is read as plain text as every author name is (`focalAuthorAsText`, as a build request's focal
 * author is: "<b>Mallory</b>, June" is "Mallory, June", with a note naming the line).
 * A record whose authors line is no list of pairs (an odd number of parts, an empty name) is skipped and listed in
 * `skipped` with its file, the authors line and the problem, as BibTeX skips a broken entry, when the lines around
 * it keep the three-line rhythm (`rhythmKept`); no reading of such a line is guessed (a lone last part may be a
 * first name left out anywhere in the line: pairing on would shift every later name).
 * Throws IngestError (file, line, problem) for a file not so made: a focal line that is no "Last, First", a record
 * cut short or with an empty title, a broken authors line whose neighbours are out of rhythm (a line missing or one
 * too many above it: every later record would be read from the wrong lines), and a file with no paper read
 * (`requirePapers`: the first skipped record's line and problem).
 */
export function readSeedText(file: InputFile): ReaderResult {
  const lines = splitLines(file.text);
  const notes: IngestNote[] = [];
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !lines[i]!.trim()) i++;
  };
  skipBlank();
  if (i >= lines.length) throw new IngestError(file.name, 1, 'the file is empty (expected the focal author on line 1)');
  const focalLine = i + 1;
  // read as every author name is (markup, character references), with its note
  const focal = focalAuthorAsText(lines[i]!, { file: file.name, line: focalLine, field: 'focal author' });
  const focalText = focal.name;
  for (const n of focal.notes) notes.push(n);
  const focalParts = focalText.split(',').map((p) => p.trim());
  if (focalParts.length !== 2 || !focalParts[0] || !focalParts[1]) {
    throw new IngestError(file.name, focalLine, `line ${focalLine} must be the focal author as "Last, First", found "${clip(focalText)}"`);
  }
  i++;
  const papers: RawPaper[] = [];
  const skipped: SkippedRecord[] = [];
  // Blank lines may separate records; inside a record the title, authors and abstract lines follow each other.
  for (;;) {
    skipBlank();
    if (i >= lines.length) break;
    const titleLine = i + 1;
    const title = cleanText(lines[i]!);
    const authorsLine = i + 2;
    const authorsText = i + 1 < lines.length ? cleanText(lines[i + 1]!) : '';
    const abstractText = i + 2 < lines.length ? cleanText(lines[i + 2]!) : '';
    const hasAbstractLine = i + 2 < lines.length && abstractText !== '';
    const parts = authorsText.split(',').map((p) => p.trim());
    // A title line that reads like an author list, after a blank line, means the real title line was empty.
    const titleParts = title.split(',');
    if ((parts.length % 2 !== 0 || !hasAbstractLine) && titleParts.length >= 4 && titleParts.length % 2 === 0 && titleLine > 1 && !lines[titleLine - 2]!.trim()) {
      throw new IngestError(file.name, titleLine - 1, 'empty title: the line before this authors list is blank');
    }
    if (!authorsText || !hasAbstractLine) {
      const missing = !authorsText ? 'authors and abstract lines' : 'abstract line';
      // an abstract line present but empty: said with its line (blank lines only separate records)
      if (authorsText && i + 2 < lines.length) {
        throw new IngestError(file.name, authorsLine + 1, `record cut short: the paper "${clip(title)}" has no abstract line (line ${authorsLine + 1} is empty; an abstract, even one word, must follow the authors line)`);
      }
      throw new IngestError(file.name, authorsText ? authorsLine : titleLine, `record cut short: the paper "${clip(title)}" has no ${missing}`);
    }
    const read = readAuthorPairs(parts);
    if ('problem' in read) {
      // one record's broken authors line skips that record, as a broken BibTeX entry or JSON line is skipped, when the
      // lines around it keep the file's three-line rhythm; otherwise (a line missing or one too many above) every
      // record after it would be read from the wrong lines: the file stops here, as before
      if (!rhythmKept(lines, i)) {
        throw new IngestError(file.name, authorsLine, `${read.problem}; the lines around it do not read as title, authors and abstract (a line missing or one too many above it?), so the file is not read`);
      }
      skipped.push({ file: file.name, line: authorsLine, reason: read.problem, record: clip(title, 80) });
      i += 3;
      continue;
    }
    const { names, suffixes } = read;
    if (suffixes) notes.push({ file: file.name, line: authorsLine, note: `${suffixes === 1 ? 'a suffix' : `${suffixes} suffixes`} (Jr., III…) between commas read with the name beside ${suffixes === 1 ? 'it' : 'each'}` });
    if (!title || !/[\p{L}\p{N}]/u.test(title)) throw new IngestError(file.name, titleLine, 'empty title');
    papers.push({ title, authors: names, abstract: abstractText || null, source: { file: file.name, line: titleLine } });
    i += 3;
  }
  return requirePapers(file, { format: 'seed', papers, skipped, notes, focalAuthor: focalText, focalLine }, 'plain paper list');
}

/**
 * An authors line's comma-separated parts (`parts`, trimmed) read as "Last, First" pairs, a generational suffix
 * between commas going with the name beside it ("Moore, Jr., Wesley" or "Moore, Wesley, Jr."): the names ("Last,
 * First" or "Last, First, Jr.") and how many suffixes were so read; or the problem when the parts are no such
 * pairs (an odd number of them, an empty name). Never throws.
 */
function readAuthorPairs(parts: string[]): { names: string[]; suffixes: number } | { problem: string } {
  const names: string[] = [];
  let suffixes = 0;
  for (let k = 0; k < parts.length; ) {
    const last = parts[k]!;
    let first = parts[k + 1];
    let suffix: string | null = null;
    // read as pairs, two suffixes made "Jr. Moore", "Smith Wesley", "John Jr." with no word
    if (first !== undefined && isUnambiguousSuffix(first) && k + 2 < parts.length) {
      suffix = first;
      first = parts[k + 2];
    } else if (k + 2 < parts.length && isUnambiguousSuffix(parts[k + 2]!)) {
      suffix = parts[k + 2]!;
    }
    if (first === undefined) {
      return { problem: `authors line has ${parts.length} comma-separated parts, an odd number: names must come in "Last, First" pairs` };
    }
    if (!last && !first) return { problem: `author ${names.length + 1} is empty` };
    if (suffix) {
      suffixes++;
      names.push(`${last}, ${first}, ${suffix}`);
      k += 3;
    } else {
      names.push(first ? (last ? `${last}, ${first}` : first) : last);
      k += 2;
    }
  }
  return { names, suffixes };
}

/**
 * Whether a line reads as names separated by commas: at least `min` parts, each of at most four words and 40
 * characters, with no digit, no sentence punctuation (`:;?!()"`) and no full stop after a word longer than an
 * abbreviation ("J.", "Jr." and "St." pass; "soil." does not). Empty parts are passed over. Never throws.
 */
function readsAsNames(line: string, min: number): boolean {
  const parts = line.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < min) return false;
  return parts.every((p) => p.length <= 40 && p.split(/\s+/).length <= 4 && !/[\p{N}:;?!()"“”]/u.test(p) && !/\p{L}{4,}\./u.test(p));
}

/** Whether a line is a whole authors list: an even number (at least two) of comma-separated parts that read as names. */
function isNamePairs(line: string): boolean {
  return line.split(',').length % 2 === 0 && readsAsNames(line, 2);
}

/**
 * Whether the record whose title is line `at` (0-based) of `lines`, and whose authors line is no list of pairs,
 * still sits on the file's three-line rhythm, so that skipping its three lines leaves the next record where it
 * was written: its authors line reads as names (a comma missing or one too many, not an abstract or a title read
 * out of place), neither its title nor its abstract line is a list of name pairs, and the next record (after
 * blank lines) is whole with the same tests, or the file ends. A line missing or one too many above breaks
 * one of these. Never throws.
 */
function rhythmKept(lines: string[], at: number): boolean {
  const line = (k: number) => (k < lines.length ? cleanText(lines[k]!) : '');
  if (!readsAsNames(line(at + 1), 1) || isNamePairs(line(at)) || !line(at + 2) || isNamePairs(line(at + 2))) return false;
  let next = at + 3;
  while (next < lines.length && !lines[next]!.trim()) next++;
  if (next >= lines.length) return true;
  return Boolean(line(next + 2)) && !isNamePairs(line(next)) && readsAsNames(line(next + 1), 1) && !isNamePairs(line(next + 2));
}

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/**
 * True when the text looks like the seed format: a "Last, First" line 1 and at least three more lines, or two when
 * the second is a list of "Last, First" pairs; never for a table whose every line has the header's number of
 * delimiters (`looksLikeCsvTable`: `name,age` / `Bob,3` / `Alice,4` is a CSV table, not a focal author and a paper).
 */
export function looksLikeSeedText(text: string): boolean {
  const rows = splitLines(text.slice(0, 20000)).map((l) => l.trim()).filter(Boolean);
  if (rows.length < 3) return false;
  const first = rows[0]!;
  // three lines: a focal author, a title and an authors list of "Last, First" pairs (its abstract empty or missing:
  // the reader then says which line)
  if (rows.length === 3 && rows[2]!.split(',').length % 2 !== 0) return false;
  if (looksLikeCsvTable(text)) return false;
  return /^[^,{}\[\]@"]+,\s*[^,{}\[\]@"]+$/.test(first) && !/^(TY|AU|TI)\s{2}-/.test(first);
}
