/**
 * Telling an alias file (the `--aliases` file, see `core/names/aliases.ts`) from a paper list by its content, so
 * that one dropped or given with the paper lists is not read as one of them. Light (no reader imported): the
 * import dialog runs it on the page.
 */
import { splitLines } from '../util/text-lines';

/** The comment line the explorer's alias download starts with (`aliasFileFor` in core/queries/synonyms.ts). */
export const ALIAS_FILE_HEADER = '# Coauthor Atlas aliases';

/** A letter of any script: every name has one. */
const HAS_LETTER = /\p{L}/u;

/** How many rule lines the grammar check reads (the first ones; a file is judged by its start). */
const LINES_CHECKED = 200;

/** True when the first non-blank line of `text` is the explorer's alias header (cheap: reads the start only). */
export function hasAliasHeader(text: string): boolean {
  return text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart().startsWith(ALIAS_FILE_HEADER);
}

/**
 * How `text` shows itself an alias file: `'header'` when its first non-blank line is the explorer's own header
 * (`# Coauthor Atlas aliases…`), `'lines'` when every one of its first 200 lines that are not blank or `#` comments
 * (a VOSviewer `label<TAB>replace by` header allowed first) is two or three tab-separated cells with the first two
 * holding a letter each (`variant<TAB>canonical[<TAB>paper]`), at least one such line; else null. A byte-order mark is ignored.
 * A paper list some reader recognises should be taken for one before the `'lines'` answer is trusted (detectFormat).
 */
export function aliasFileKind(text: string): 'header' | 'lines' | null {
  const lines = splitLines(text.replace(/^\uFEFF/, '').slice(0, 200_000));
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return null;
  if (hasAliasHeader(text)) return 'header';
  let rules = 0;
  let seen = 0;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    // the last line of a cut-off start may be partial: only whole lines are judged
    if (i === lines.length - 1 && lines.length > 1 && text.length > 200_000) break;
    const cells = raw.split('\t').map((c) => c.trim());
    if (seen === 0 && /^label$/i.test(cells[0] ?? '') && cells.length >= 2) {
      seen++;
      continue;
    }
    // a name has a letter: `Bob<TAB>3` is a row of a tab-separated table (a tester's `name<TAB>age` table was
    // taken for an alias file), not a variant and its canonical name
    if (cells.length < 2 || cells.length > 3 || !HAS_LETTER.test(cells[0]!) || !HAS_LETTER.test(cells[1]!)) return null;
    rules++;
    if (++seen >= LINES_CHECKED) break;
  }
  return rules > 0 ? 'lines' : null;
}

/** What detectFormat says of an alias file given as a paper list (the CLI: `--aliases`; the page says its own). */
export const ALIAS_FILE_NOT_PAPERS = 'this is an alias file (variant<TAB>canonical lines), not a paper list: give it as the aliases (--aliases FILE), with the paper lists it belongs to';
