import { decodeHTMLStrict } from 'entities';
import { authorOrder, displayName, isAcademicDegree, isNameSuffix, parseName } from '../names/parse-name';
import { decodeCharacterReferences, droppedElementsWords, inlineMarkupToText } from '../util/inline-markup';
import { cleanText } from '../util/text-lines';
import type { IngestNote, RawPaper, ReaderResult } from './types';

/*
 * Author lists as real exports write them, made into one name per entry, for every reader:
 *  - placeholders (`et al.`, `{et al.}`, `and others`, `Anonymous`, `[Anonymous]`, `N/A`, `…`, Scopus's
 *    `[No author name available]`) are never a person: left out, with a note (the list is truncated);
 *  - one entry holding several names is split where its structure says so unambiguously (`;`, a Vancouver
 *    list `Westergaard E, Rinaldi G` or `Smith J and Jones K`, `Last, First and Last, First`, three or more
 *    `First Last` names between commas, two of them when the rest of the list is written `First Last`: BibTeX's
 *    `John Smith, Kate Jones and Sun Lee`); where it does not, the entry is kept as written, with a note naming
 *    file, line and field.
 *  - HTML character references (`M&uuml;ller`, `Bj&#246;rk`, `Johnson &amp; Johnson`) are decoded first, before any
 *    splitting (their ";" is no list separator), with one note per file;
 *  - an entry with no letter or digit (`,`, an empty string) is no person: left out, with a note.
 * Every change is a note with the file, the line of the author field (or of the record) and the field.
 */

/** Zotero's "et al." read as a name and written back "Last, First": family "al.", given "et" ("al., et"). */
const SPLIT_ET_AL = String.raw`al\.?\s*,\s*et\.?`;
/** "et al." and its misspelling "el al." (geom.bib: "V. B. Nitya el al."; the dot required: "El Al" may be a name). */
const ET_AL = String.raw`(?:et\.?\s*al\.?|el\s+al\.)`;
const PLACEHOLDER = new RegExp(
  String.raw`^(?:${SPLIT_ET_AL}|` +
    String.raw`${ET_AL}|and\s+others|others|anonymous|anon\.?|n\s*\/\s*a|n\.\s*a\.|unknown|not\s+available|no\s+authors?(?:\s+(?:listed|name\s+available))?|no\s+author\s+name\s+available|…|\.{3,}|-+|\?+)$`,
  'i',
);
const SPLIT_ET_AL_ONLY = new RegExp(`^${SPLIT_ET_AL}$`, 'i');
const TRUNCATION = new RegExp(String.raw`^(?:${SPLIT_ET_AL}|${ET_AL}|and\s+others|others|…|\.{3,})$`, 'i');
const TRAILING_ET_AL = new RegExp(String.raw`^(.*?\S)[\s,;]+(?:${ET_AL}|and\s+others|…|\.{3,})$`, 'i');
/**
 * True when this author entry is an academic degree alone ("M Sc", "PhD", "D Phil"), not a person: a journal's
 * byline "Dietlinde K. Schmidt, M.Sc." turned into a BibTeX list ("Dietlinde K Schmidt and M Sc and …"). The
 * degrees are the names stage's (`isAcademicDegree`, names/parse-name.ts: one list), case as written; two-initial
 * forms that could be a person's initials ("M A") are not among them.
 */
export function isDegree(s: string): boolean {
  return isAcademicDegree(bare(cleanText(s)));
}

/** "Westergaard E", "de la Rosa-Quint MJ", "Hult J.K." */
const SURNAME_INITIALS = /^(?:\p{Ll}+\s)*\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+)*\s(?:\p{Lu}\.?){1,4}$/u;

/** Braces, brackets and parentheses around a placeholder (`{et al.}`, `[Anonymous]`) do not make it a name. */
function bare(s: string): string {
  return s.replace(/[{}[\]()]/g, '').trim();
}

/** True when this author entry is a placeholder, not a person (`et al.`, `Anonymous`, `N/A`...). */
export function isPlaceholderName(s: string): boolean {
  return PLACEHOLDER.test(bare(cleanText(s)));
}

/** Question marks or U+FFFD written for a whole given name or its initials: "??", "?.", "? ?". */
const UNKNOWN_GIVEN = String.raw`[?\uFFFD]+\.?(?:[\s-]*[?\uFFFD]+\.?)*`;
const MAY_BE_UNKNOWN = /[?\uFFFD]/u;
const UNKNOWN_FIRST = new RegExp(String.raw`^(${UNKNOWN_GIVEN})\s+(\S*\p{L}.*)$`, 'u');
const UNKNOWN_LAST = new RegExp(String.raw`^(.*\p{L}\S*)\s*,\s*(${UNKNOWN_GIVEN})$`, 'u');

/**
 * A name whose given name is only question marks (or U+FFFD): `?? Feynmann`, `?. Chen`, `Sands, ??` (geom.bib: the
 * source did not know the given name, or lost it whole in encoding). Returns the marks and the surname alone, which
 * the caller keeps with a note; null when the name has no such given name (a `?` inside a word, `Ond?ej`, is a
 * character lost in encoding and stays: the same-person suggestions pair it with the name it was). Throws nothing.
 */
export function unknownGivenName(name: string): { marks: string; name: string } | null {
  if (!MAY_BE_UNKNOWN.test(name)) return null;
  const first = UNKNOWN_FIRST.exec(name);
  if (first) return { marks: first[1]!, name: first[2]! };
  const last = UNKNOWN_LAST.exec(name);
  if (last) return { marks: last[2]!, name: last[1]! };
  return null;
}

/** An entry that can be a person has a letter or a digit ("," and "" do not). */
const HAS_NAME = /[\p{L}\p{N}]/u;

const words = (s: string) => s.split(' ').filter(Boolean).length;

interface Split {
  names: string[];
  /** Why: shown in the note. */
  how: string;
}

/**
 * Whether one author entry holds several names that `tidyAuthorLists` splits ("Smith J and Jones K",
 * "Okafor, B.; Quist, A. L.", also with a placeholder after them: "Smith, J., Jones, K., and others"): for readers
 * that must not read such an entry as one name of another kind. `entry`: the entry as written. Throws nothing.
 */
export function holdsSeveralNames(entry: string): boolean {
  const s = cleanText(entry);
  if (splitEntry(s) !== null) return true;
  const tail = TRAILING_ET_AL.exec(s);
  return tail !== null && !isPlaceholderName(tail[1]!) && splitEntry(tail[1]!.replace(/[,;]\s*$/, '')) !== null;
}

/** A character reference ending in ";" (`&uuml;`, `&#246;`, `&#xF6;`, `&amp;`): the only ones decoded. */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * An author name with its HTML character references decoded ("M&uuml;ller, J&ouml;rg" -> "Müller, Jörg",
 * "Bj&#246;rk" -> "Björk", "Johnson &amp; Johnson" -> "Johnson & Johnson"); the name itself when it has none.
 * Only references ending in ";" are decoded (`decodeHTMLStrict` of the `entities` package, the HTML specification's
 * list of named references): an "&" in "AT&T Labs" stays. For readers that judge a name's shape before
 * `tidyAuthorLists` decodes it (RIS organisations). Throws nothing.
 */
export function decodeNameReferences(name: string): string {
  return name.includes('&') && CHARACTER_REFERENCE.test(name) ? decodeHTMLStrict(name) : name;
}

const WHOLE_REFERENCE = new RegExp(`^${CHARACTER_REFERENCE.source}$`, 'i');

/**
 * Whether the ";" at `at` in `s` closes an HTML character reference ("M&uuml;ller", "Bj&#246;rk"): then it is no
 * list separator. Only references `decodeHTMLStrict` knows count ("Smith&Jones;" is no reference). Throws nothing.
 */
export function closesReference(s: string, at: number): boolean {
  const amp = s.lastIndexOf('&', at);
  if (amp < 0 || at - amp > 40) return false;
  const ref = s.slice(amp, at + 1);
  return WHOLE_REFERENCE.test(ref) && decodeHTMLStrict(ref) !== ref;
}

/**
 * A cell listing names separated by ";" (Scopus `Authors`, Dimensions `Authors`, a WoS tab-delimited `AU`), split
 * at every ";" but those closing an HTML character reference ("M&uuml;ller, J.; Lee, S." is two names, not four);
 * the pieces as written (untrimmed), for the reader to clean. `tidyAuthorLists` decodes the references later, with
 * its note. Throws nothing.
 */
export function splitNameList(cell: string): string[] {
  if (!cell.includes('&')) return cell.split(';');
  const out: string[] = [];
  let start = 0;
  for (let i = cell.indexOf(';'); i >= 0; i = cell.indexOf(';', i + 1)) {
    if (closesReference(cell, i)) continue;
    out.push(cell.slice(start, i));
    start = i + 1;
  }
  out.push(cell.slice(start));
  return out;
}

/** A tag's start (`<b`, `</span`, `<img `): a name may carry HTML markup (`inlineMarkupToText` decides which tags are). */
const TAG_START = /<\/?[a-z][\w:.-]*[\s/>]/i;

/**
 * An author name as plain text: its HTML markup read as titles' is (`inlineMarkupToText`, util/inline-markup.ts:
 * tags removed and their text kept, `<img>` / `<script>` dropped, every HTML5 character reference decoded, a
 * literal "<unk>" kept), else only its character references decoded (`decodeNameReferences`). `markup`: whether
 * tags were read; `dropped`: the elements dropped with no text. `raw`: one author entry as written. Throws nothing.
 */
export function nameAsText(raw: string): { name: string; markup: boolean; dropped: string[] } {
  if (raw.includes('<') && TAG_START.test(raw)) {
    const read = inlineMarkupToText(raw);
    // tags were read (not only references decoded): "<unk>" is no HTML element and stays
    if (read.text !== decodeCharacterReferences(raw)) return { name: cleanText(read.text), markup: true, dropped: read.dropped };
  }
  return { name: decodeNameReferences(raw), markup: false, dropped: [] };
}

/** Where a name read by `namesAsText` was written, for its note: file, 1-based line, record, the input's field. */
export interface NameAt {
  file: string;
  line: number;
  record?: string;
  field: string;
}

/** Reads names as plain text one by one (`namesAsText`) and says what was done, as notes. */
export interface NamesAsText {
  /**
   * `raw` as plain text (`nameAsText`); `at` says where it was written, asked only for the first name of each kind
   * changed (markup read, or only references decoded). Throws nothing.
   */
  read(raw: string, at: () => NameAt): string;
  /** The notes so far: one for the names whose markup was read, one for those whose references were decoded. */
  notes(): IngestNote[];
}

/**
 * The one path every name written in an input takes to plain text (`nameAsText`), with its notes: HTML character
 * references decoded, with one note at the first such name, and HTML markup ("<b>Mallory</b>, June", a tester's
 * Scopus export) read as titles' markup is, with one note naming the line (and field) of the first such name (so
 * "Mallory, June" and "<b>Mallory</b>, June" are one spelling, and the tags never reach a label). Used for the
 * papers' authors (`tidyAuthorLists`), the seed format's focal author line (seed-text.ts) and an alias file's
 * names (names/aliases.ts `parseAliasFile`, and its lines' paper titles, with `what` saying "paper title"). One per
 * file: its notes count the names it read. `what`: how a note says one of them and several (default "name", "names").
 */
export function namesAsText(what: { one: string; many: string } = { one: 'name', many: 'names' }): NamesAsText {
  let first: { at: NameAt; raw: string; decoded: string } | null = null;
  let count = 0;
  let firstMarked: { at: NameAt; raw: string; decoded: string } | null = null;
  let marked = 0;
  const dropped = new Set<string>();
  return {
    read(raw, at) {
      if (!raw.includes('&') && !raw.includes('<')) return raw;
      const read = nameAsText(raw);
      if (read.name === raw) return raw;
      if (read.markup) {
        marked++;
        firstMarked ??= { at: at(), raw, decoded: read.name };
        for (const d of read.dropped) dropped.add(d);
      } else {
        count++;
        first ??= { at: at(), raw, decoded: read.name };
      }
      return read.name;
    },
    notes() {
      const notes: IngestNote[] = [];
      if (firstMarked) {
        const { at, raw, decoded } = firstMarked;
        const gone = dropped.size ? `; ${droppedElementsWords([...dropped].sort())}` : '';
        const shown = cleanText(decoded) ? `"${cleanText(decoded)}"` : 'no name';
        notes.push({
          ...at,
          note: `${at.field}: ${marked === 1 ? `a ${what.one} carries` : `${marked} ${what.many} carry`} HTML markup (the first on line ${at.line}): read as plain text, as titles are (e.g. "${cleanText(raw).slice(0, 80)}" read as ${shown})${gone}`,
        });
      }
      if (first) {
        const { at, raw, decoded } = first;
        notes.push({
          ...at,
          note: `${at.field}: ${count === 1 ? `a ${what.one} carried` : `${count} ${what.many} carried`} HTML character references, decoded (e.g. "${cleanText(raw)}" read as "${cleanText(decoded)}")`,
        });
      }
      return notes;
    },
  };
}

/**
 * A focal author's name as plain text, the one path for every way a focal author is given: the seed format's line 1
 * (seed-text.ts), and the build request's (`BuildRequest.focalAuthor`: an OpenAlex fetch's researcher, in the page
 * or the CLI, or `fetched.json` beside fetched works). `raw`: the name as given; `at`: where, for the note. The name
 * is read as every author name is (`namesAsText`: "<b>Mallory</b>, June" is "Mallory, June", character references
 * decoded), then trimmed and NFC-normalised (`cleanText`), so it names the author the papers write so. Returns the
 * name and the notes of what was done (none when nothing was). Throws nothing.
 */
export function focalAuthorAsText(raw: string, at: NameAt): { name: string; notes: IngestNote[] } {
  const reader = namesAsText();
  const name = cleanText(reader.read(cleanText(raw), () => at));
  return { name, notes: reader.notes() };
}

/**
 * Reads every author name as plain text (`namesAsText`), before any splitting (the ";" of "M&uuml;ller" is no list
 * separator), its notes added to the result's.
 */
function decodeReferences(result: ReaderResult): void {
  const names = namesAsText();
  for (const p of result.papers) {
    for (let k = 0; k < p.authors.length; k++) {
      const raw = p.authors[k]!;
      p.authors[k] = names.read(raw, () => ({ file: p.source.file, line: p.authorLines?.[k] ?? p.source.line, record: p.id ?? p.title.slice(0, 80), field: p.authorField ?? 'author' }));
    }
  }
  for (const n of names.notes()) result.notes.push(n);
}

/** The names one entry holds, when its structure says so unambiguously; null when it is one name (or unclear). */
function splitEntry(s: string): Split | null {
  if (s.includes(';')) {
    const names = s.split(';').map((p) => p.trim()).filter(Boolean);
    // two single capitalised words about a ";" are one person's given and family name, not two people of one word
    // each (cdl.bib: "Nancy Franklin and Barbara Tversky and Vicky; Coon")
    if (names.length === 2 && names.every((n) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(n))) return { names: [names.join(' ')], how: 'read as one name (a given and a family name about a stray ";")' };
    if (names.length > 1) return { names, how: 'split at ";"' };
    if (names.length === 1 && names[0] !== s) return { names, how: 'stray ";" removed' };
  }
  const andParts = s.split(/\s+(?:and|&)\s+/);
  if (andParts.length > 1 && andParts.every((p) => /,/.test(p) && p.split(',').filter((x) => x.trim()).length === 2)) {
    return { names: andParts.map((p) => p.trim()), how: 'split at "and"' };
  }
  if (andParts.length > 1) {
    // "Smith J and Jones K", "Smith J, Jones K & Lee S": every piece a surname with initials (dots allowed: the
    // "and" says where names end)
    const pieces = andParts.flatMap((p) => p.split(',').map((x) => x.trim()));
    if (pieces.every((p) => SURNAME_INITIALS.test(p) && !isNameSuffix(p.slice(p.lastIndexOf(' ') + 1)))) {
      const names = pieces.map((p) => `${p.slice(0, p.lastIndexOf(' '))}, ${p.slice(p.lastIndexOf(' ') + 1)}`);
      return { names, how: 'split at "and" (surnames with initials)' };
    }
  }
  const commaParts = s.split(',').map((p) => p.trim());
  if (commaParts.length >= 2 && commaParts.every(Boolean)) {
    // "Westergaard E, Rinaldi G": with two parts only when the initials have no dots and are no suffix
    // ("Logan IV, Robert L." is one name)
    const vancouver = commaParts.every((p) => SURNAME_INITIALS.test(p) && !isNameSuffix(p.slice(p.lastIndexOf(' ') + 1)) && (commaParts.length >= 3 || !p.includes('.')));
    if (vancouver) {
      // written "Surname, Initials" so that the names stage reads the initials as the given name in any format
      const names = commaParts.map((p) => `${p.slice(0, p.lastIndexOf(' '))}, ${p.slice(p.lastIndexOf(' ') + 1)}`);
      return { names, how: 'split at "," (a list of surnames with initials)' };
    }
    if (commaParts.length >= 3 && commaParts.every((p) => words(p) >= 2 && !isNameSuffix(p))) {
      return { names: commaParts, how: 'split at "," (a list of "First Last" names)' };
    }
    if (commaParts.length >= 4 && commaParts.length % 2 === 0 && !commaParts.some((p) => isNameSuffix(p)) && commaParts.every((p) => words(p) <= 3)) {
      const names: string[] = [];
      for (let i = 0; i < commaParts.length; i += 2) names.push(`${commaParts[i]}, ${commaParts[i + 1]}`);
      return { names, how: 'read as "Last, First" pairs' };
    }
  }
  return null;
}

/** Does this entry still look like several names (for a note when it is kept)? Four or more comma parts. */
function mayHoldSeveral(s: string): boolean {
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length >= 4;
}

/** A capitalised word of a written-out name ("Kate", "O'Neil", "Jones-Hart"), not an initial ("J."). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;
/** A middle word: such a word or an initial ("A."). */
const MIDDLE_WORD = /^(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.?)$/u;

/**
 * Two written-out "First Last" names between one comma ("John Smith, Kate Jones"): two parts of two or three
 * capitalised words, the first and last of each written out, none a suffix. Also the shape of a "Last, First" name
 * with a two-word surname ("García Márquez, Gabriel José"): the rest of the list decides (see `tidyOne`).
 */
function twoFirstLast(s: string): [string, string] | null {
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length !== 2) return null;
  const ok = (p: string) => {
    const w = p.split(' ').filter(Boolean);
    return w.length >= 2 && w.length <= 3 && NAME_WORD.test(w[0]!) && NAME_WORD.test(w[w.length - 1]!) && w.every((x) => MIDDLE_WORD.test(x) && !isNameSuffix(x));
  };
  return ok(parts[0]!) && ok(parts[1]!) ? [parts[0]!, parts[1]!] : null;
}

/**
 * Clean every paper's author list in place (HTML character references decoded first, placeholders and entries
 * with no letter out, multi-name entries split), adding the notes to the result; a paper left with no author moves
 * to `skipped`. Parallel per-author arrays (ORCIDs, ids, affiliations, lines) follow; a split entry's id is not
 * given to any of its parts. `result`: one reader's result, changed in place. Throws nothing.
 */
export function tidyAuthorLists(result: ReaderResult): void {
  decodeReferences(result);
  const notes = result.notes;
  const keep: RawPaper[] = [];
  // per spelling as written: true when tidying leaves it as it is and says nothing (authors recur across papers)
  const asWritten = new Map<string, boolean>();
  const untouched = (raw: string): boolean => {
    let ok = asWritten.get(raw);
    if (ok === undefined) {
      const s = cleanText(raw);
      ok = s === raw && HAS_NAME.test(s) && !isPlaceholderName(s) && !isDegree(s) && !TRAILING_ET_AL.test(s) && !splitEntry(s) && !mayHoldSeveral(s) && !twoFirstLast(s) && !unknownGivenName(s);
      asWritten.set(raw, ok);
    }
    return ok;
  };
  // a name marked literal ("{Ministry of Health, Labour and Welfare}") is never split: only a placeholder goes
  const literalUntouched = (raw: string): boolean => {
    const s = cleanText(raw);
    return s === raw && HAS_NAME.test(s) && !isPlaceholderName(s);
  };
  const doubts: CommaDoubt[] = [];
  for (const p of result.papers) {
    // the common case, every author as written: nothing to change or say, nothing allocated
    if (!p.authors.every((a, k) => (p.literalAuthors?.[k] ? literalUntouched(a) : untouched(a)))) tidyOne(p, notes, doubts);
    if (p.authors.length > 0) keep.push(p);
    else result.skipped.push({ file: p.source.file, line: p.source.line, record: p.id ?? p.title.slice(0, 80), reason: `no author: the ${p.authorField ?? 'author'} field holds only placeholders (e.g. "et al.", "Anonymous")` });
  }
  if (keep.length !== result.papers.length) result.papers = keep;
  if (doubts.length > 0) settleCommaDoubts(result, doubts);
  noteShoutedNames(result);
}

/** A name with a capital and no small letter ("ZHANG, WEI", "WEI"), in Latin script. */
const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * What the names stage will make of a name written wholly in capitals, when that is a guess (the case says nothing
 * of which part is which), as a note text; null when nothing is guessed. Read with `parseName` as the names stage
 * reads it (its rules are not changed here):
 *  - "Last, XY" or "Last, XYZ": a given part of two or three capitals is taken as a given name when it reads as a
 *    syllable ("ZHANG, WEI"), else as initials ("LI, YU" → Y. U.; "CASTELLANOS, ABC" → A. B. C.);
 *  - one word ("WEI"): a family name alone;
 *  - two or more words without a comma ("ZHANG WEI") in a "Last, First" format (RIS, Web of Science, PubMed,
 *    Scopus...), where such a name says nothing of which word is the family name.
 * A shouted "Last, First" whose given part is one letter or four or more ("SMITH, J", "SMITH, JOHN") is no guess.
 */
function shoutedNameNote(name: string, order: ReturnType<typeof authorOrder>): string | null {
  const parts = name.split(',').map((x) => x.trim());
  const read = parseName(name, order);
  const shown = `"${displayName(read)}"`;
  if (parts.length === 2 && parts[0] && /^\p{Lu}{2,3}$/u.test(parts[1]!)) {
    const given = parts[1]!;
    if (read.given === given) return `"${name}" is written in capitals; its given part "${given}" reads as a syllable: taken as a given name, not as the initials ${[...given].map((c) => `${c}.`).join(' ')} (shown ${shown})`;
    return `"${name}" is written in capitals; its given part "${given}" is taken as the initials ${read.given}, not as a given name (shown ${shown}): ${given.length === 2 ? `two capitals are as often a given name ("${given[0]}${given.slice(1).toLowerCase()}") as initials` : 'three capitals that do not read as a syllable'}, check the record`;
  }
  if (parts.length > 1) return null;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 1) return `"${name}" is one word in capitals: kept as written, a family name alone (the given name may be missing), check the record`;
  // "First Last" formats (BibTeX, JSON Lines, OpenAlex, DBLP) say which word is which; "Last, First" ones do not
  if (order !== 'last-first') return null;
  return `"${name}" is written in capitals without a comma: read as given name "${read.given}" and family name "${read.family}" (shown ${shown}), check the record`;
}

/**
 * Notes every author name written wholly in capitals whose reading is a guess (`shoutedNameNote`): one note per
 * spelling and file, at the line of its first author field (else the record's), naming the field. The names are
 * not changed. `result`: one reader's result; its notes are added to. Throws nothing.
 */
function noteShoutedNames(result: ReaderResult): void {
  const seen = new Set<string>();
  for (const p of result.papers) {
    p.authors.forEach((name, k) => {
      if (p.literalAuthors?.[k] || !SHOUTED.test(name) || !LATIN_LETTER.test(name)) return;
      const order = authorOrder(p, k);
      const key = `${order}\n${name}`;
      if (seen.has(key)) return;
      seen.add(key);
      const text = shoutedNameNote(name, order);
      if (!text) return;
      const field = p.authorField ?? 'author';
      result.notes.push({ file: p.source.file, line: p.authorLines?.[k] ?? p.source.line, record: p.id ?? p.title.slice(0, 80), field, note: `${field}: ${text}` });
    });
  }
}

/** A lone "A B, C D" author kept as one name with a note that it may be two "First Last" names. */
interface CommaDoubt {
  name: string;
  note: IngestNote;
}

/**
 * Withdraws the "may hold several names" note of a lone "Miceli Barone, Antonio Valerio" when the same file writes
 * that exact name beside co-authors written "Last, First" (its author lists are "Last, First" lists, so the comma is
 * the name's own): the same spelling on a multi-author paper says which reading the file uses. A "Tomas Hercig,
 * Pavel Král" the file never writes that way keeps its note. Scans the file's papers once, only when a note is
 * pending (rare: 3 in the 30k-paper ACL BibTeX).
 */
function settleCommaDoubts(result: ReaderResult, doubts: CommaDoubt[]): void {
  const pending = new Set(doubts.map((d) => d.name));
  const settled = new Set<string>();
  for (const p of result.papers) {
    if (p.authors.length < 2) continue;
    for (const a of p.authors) {
      if (!pending.has(a) || settled.has(a)) continue;
      if (p.authors.some((o) => o !== a && o.includes(','))) settled.add(a);
    }
  }
  if (settled.size === 0) return;
  const withdrawn = new Set(doubts.filter((d) => settled.has(d.name)).map((d) => d.note));
  // in place (the notes array is shared with the reader's caller); no spread: a file can carry 100k+ notes
  let w = 0;
  for (const n of result.notes) if (!withdrawn.has(n)) result.notes[w++] = n;
  result.notes.length = w;
}

function tidyOne(p: RawPaper, notes: IngestNote[], doubts: CommaDoubt[]): void {
  {
    const field = p.authorField ?? 'author';
    let changed = false;
    const authors: string[] = [];
    const orcids: (string | null)[] = [];
    const ids: (string | null)[] = [];
    const affs: NonNullable<RawPaper['authorAffiliations']> = [];
    const lines: number[] = [];
    const literal: boolean[] = [];
    const label = p.id ?? p.title.slice(0, 80);
    p.authors.forEach((raw, k) => {
      const line = p.authorLines?.[k] ?? p.source.line;
      const at = { file: p.source.file, line, record: label, field };
      const push = (name: string, keepIds: boolean, isLiteral = false) => {
        authors.push(name);
        literal.push(isLiteral);
        orcids.push(keepIds ? (p.authorOrcids?.[k] ?? null) : null);
        ids.push(keepIds ? (p.authorIds?.[k] ?? null) : null);
        affs.push(p.authorAffiliations?.[k] ?? null);
        lines.push(line);
      };
      const s = cleanText(raw);
      if (s && isPlaceholderName(s)) {
        changed = true;
        const truncated = TRUNCATION.test(bare(s));
        if (truncated) p.authorsTruncated = true;
        const zotero = SPLIT_ET_AL_ONLY.test(bare(s)) ? ' ("et al." split into a family and a given name)' : '';
        notes.push({ ...at, note: `${field}: "${s}"${zotero} is a placeholder, not a person; left out${truncated ? ' (the author list is truncated: the unnamed co-authors are not counted)' : ''}` });
        return;
      }
      if (!HAS_NAME.test(s)) {
        // "AU  - ,", "FAU - ,", an empty string in a JSON list: nothing a person could be shown as
        changed = true;
        notes.push({ ...at, note: `${field}: ${s ? `"${s}" holds no name (no letter or digit)` : 'an empty name'}; left out` });
        return;
      }
      if (!p.literalAuthors?.[k] && isDegree(s)) {
        changed = true;
        const before = authors.length ? ` (of "${authors[authors.length - 1]}" before it)` : '';
        notes.push({ ...at, note: `${field}: "${s}" is an academic degree${before}, not a person; left out` });
        return;
      }
      if (p.literalAuthors?.[k]) {
        if (s !== raw) changed = true;
        push(s, true, true);
        return;
      }
      let name = s;
      const tail = TRAILING_ET_AL.exec(s);
      if (tail && !isPlaceholderName(tail[1]!)) {
        name = tail[1]!.replace(/[,;]\s*$/, '');
        changed = true;
        p.authorsTruncated = true;
        const misspelt = /el\s+al\.$/i.test(s) ? ' ("el al." read as "et al.")' : '';
        notes.push({ ...at, note: `${field}: "${s}" ends with a placeholder${misspelt}; kept "${name}" (the author list is truncated)` });
      }
      const split = splitEntry(name);
      if (split) {
        changed = true;
        const kept = split.names.filter((n) => !isPlaceholderName(n));
        const dropped = split.names.length - kept.length;
        notes.push({
          ...at,
          note:
            split.names.length === 1
              ? `${field}: "${name}" ${split.how}: "${split.names[0]}"`
              : `${field}: one entry held ${split.names.length} names, ${split.how}: ${kept.map((n) => `"${n}"`).join(', ')}${dropped ? ` (${dropped} placeholder${dropped > 1 ? 's' : ''} left out)` : ''}`,
        });
        for (const n of kept) push(n, kept.length === 1);
        return;
      }
      const pair = twoFirstLast(name);
      if (pair) {
        // "John Smith, Kate Jones and Sun Lee": the other names of the list written "First Last" (no comma) say
        // the comma is a list's, not a "Last, First" name's
        const others = p.authors.filter((a, j) => j !== k && !isPlaceholderName(a) && !isDegree(a));
        if (others.length > 0 && others.every((a) => !a.includes(','))) {
          changed = true;
          notes.push({ ...at, note: `${field}: one entry held 2 names, split at "," (the other names of the list are written "First Last"): "${pair[0]}", "${pair[1]}"` });
          push(pair[0], false);
          push(pair[1], false);
          return;
        }
        // alone, in a format where a comma does not mean "Last, First" anyway (RIS, Web of Science...: it does)
        if (others.length === 0 && p.nameOrder !== 'last-first') {
          const note = { ...at, note: `${field}: "${name}" may hold several names ("${pair[0]}" and "${pair[1]}") or be one "Last, First" name; kept as one name, check the record` };
          notes.push(note);
          doubts.push({ name, note });
        }
      }
      if (mayHoldSeveral(name)) {
        notes.push({ ...at, note: `${field}: "${name}" may hold several names but cannot be split safely; kept as one name, check the record` });
      }
      const unknown = unknownGivenName(name);
      if (unknown) {
        notes.push({ ...at, note: `${field}: "${name}": "${unknown.marks}" stands for a given name the source did not have; kept as "${unknown.name}" (the surname alone)` });
        name = unknown.name;
      }
      if (name !== s) changed = true;
      push(name, true);
    });
    if (!changed) return;
    p.authors = authors;
    if (p.authorOrcids) p.authorOrcids = orcids;
    if (p.authorIds) p.authorIds = ids;
    if (p.authorAffiliations) p.authorAffiliations = affs;
    if (p.authorLines) p.authorLines = lines;
    if (p.literalAuthors) p.literalAuthors = literal;
  }
}
