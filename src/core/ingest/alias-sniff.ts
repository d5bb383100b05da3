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
 * The words of a name to compare with another spelling of it: case and diacritics folded ("Müller" is "muller"),
 * and once more with German umlauts written out ("mueller"), split at anything not a letter or digit; words of
 * one letter (initials) left out, and each Han character or kana a word of its own (CJK names have no spaces).
 */
function nameWords(s: string): Set<string> {
  const out = new Set<string>();
  const umlauts = s.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue').replace(/ß/g, 'ss');
  for (const form of [s, umlauts]) {
    const folded = form.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (const w of folded.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 2 && !HAN_OR_KANA.test(w)) out.add(w);
    for (const c of folded.match(HAN_OR_KANA_ALL) ?? []) out.add(c);
  }
  return out;
}

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN_OR_KANA_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether `variant` and `canonical` read as two spellings of one person, as an alias line's names are: they share
 * a name word (`nameWords`: "J. Smith" / "John Smith", "Zhang W" / "Wei Zhang", "Jürgen Müller" / "Juergen
 * Mueller", "王小明" / "王晓明", "Wei Zhang" / "Wei Zhang (2)"), or one is written in Latin letters and the other in none
 * (a transliteration, "Wei Li" / "李伟", which words cannot judge). A row of a table ("Alice Smith" / "MIT") does
 * neither. Throws nothing.
 */
function onePersonTwice(variant: string, canonical: string): boolean {
  if (LATIN.test(variant) !== LATIN.test(canonical)) return true;
  const a = nameWords(variant);
  for (const w of nameWords(canonical)) if (a.has(w)) return true;
  return false;
}

/**
 * How `text` shows itself an alias file: `'header'` when its first non-blank line is the explorer's own header
 * (`# Coauthor Atlas aliases…`), `'lines'` when it has the shape of alias lines: every one of its first 200 lines
 * that are not blank or `#` comments (a VOSviewer `label<TAB>replace by` header allowed first) is two or three
 * tab-separated cells with the first two holding a letter each (`variant<TAB>canonical[<TAB>paper]`), and more than
 * half of them (at least one) name one person twice (`onePersonTwice`: the two names share a name word, or one is
 * a transliteration of the other); a first line that does not is not counted (a table's header may head alias
 * lines). Else null: a tab-separated table of names and other things ("Name<TAB>Institution<TAB>Country", "Alice
 * Smith<TAB>MIT<TAB>USA") has letters in every cell but is no alias file (a tester's was taken for one). A
 * byte-order mark is ignored. A paper list some reader recognises should be taken for one before the `'lines'`
 * answer is trusted (detectFormat).
 */
export function aliasFileKind(text: string): 'header' | 'lines' | null {
  const lines = splitLines(text.replace(/^\uFEFF/, '').slice(0, 200_000));
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return null;
  if (hasAliasHeader(text)) return 'header';
  let rules = 0;
  let seen = 0;
  /** Rule lines whose two names are one person's (`onePersonTwice`), and rule lines judged so. */
  let twice = 0;
  let judged = 0;
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
    const same = onePersonTwice(cells[0]!, cells[1]!);
    // the first line may be a header over alias lines ("variant<TAB>canonical"): not counted against them
    if (same || seen > 0) judged++;
    if (same) twice++;
    if (++seen >= LINES_CHECKED) break;
  }
  return rules > 0 && twice > 0 && twice * 2 > judged ? 'lines' : null;
}

/** What detectFormat says of an alias file given as a paper list (the CLI: `--aliases`; the page says its own). */
export const ALIAS_FILE_NOT_PAPERS = 'this is an alias file (variant<TAB>canonical lines), not a paper list: give it as the aliases (--aliases FILE), with the paper lists it belongs to';

/**
 * Said after a tab-separated table of two or three columns is refused as no paper list (detectFormat): why it is
 * not read as an alias file either, though its cells are shaped like alias lines' (`aliasFileKind`).
 */
export const NOT_ALIAS_LINES = "Nor is it an alias file, whose lines each give two spellings of one person's name (J. Smith<TAB>John Smith)";
