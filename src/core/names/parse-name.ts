import { cleanText } from '../util/text-lines';

export interface PersonName {
  given: string;
  family: string;
}

/** Lower-case particles that join the family name after them ("van", "de", …). */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'al', 'el']);

/**
 * How a reader usually writes names (its habit): "Last, First" (BibTeX, RIS, CSL, the seed list, WoS, PubMed),
 * "First Last" (JSON Lines, OpenAlex, DBLP), or unknown ("auto"). The habit is only a default: each name's own
 * shape decides first (see `parseName`).
 */
export type NameOrder = 'last-first' | 'first-last' | 'auto' | 'literal';

/**
 * The name order of author position `k` of a paper: "literal" when the input marks that name as one to keep as
 * written (a BibTeX name wholly in braces, a CSL-JSON `literal`: "{Ministry of Health, Labour and Welfare}"), else
 * the paper's order.
 */
export function authorOrder(p: { nameOrder?: NameOrder; literalAuthors?: readonly boolean[] }, k: number): NameOrder {
  return p.literalAuthors?.[k] ? 'literal' : (p.nameOrder ?? 'auto');
}

const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;
/**
 * A suffix written after the name without a comma ("Moore WS Jr", PubMed `AU`; "Moore, Wesley S Jr", PubMed
 * `FAU`; "Hult JK 3rd"): never a lone "V", which is an initial as often.
 */
const TRAILING_SUFFIX = /^(jr|sr|ii|iii|iv|2nd|3rd|4th)\.?$/i;
const ORDINAL_SUFFIX = /^(2nd|3rd|4th)$/i;

/**
 * Whether one part of a name, as written between commas or spaces, is a generational suffix: Jr, Sr, II–V (with
 * or without a dot), 2nd–4th. The one list for the parser and the readers that reorder or split names around it.
 */
export function isNameSuffix(part: string): boolean {
  return SUFFIX.test(part) || ORDINAL_SUFFIX.test(part);
}

/**
 * A generational suffix written inside a "First Last" name, between the given names and the family name ("J Jr
 * Engel", cdl.bib, beside "J {Engel Jr}"): as written in mixed case, Jr or Sr (with or without a dot), or II, III,
 * IV. Not "JR" or "SR" (initials, "A JR Smith" is A. J. R. Smith), nor a lone "V" (an initial as often).
 */
const INNER_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/**
 * Where a "First Last" name (tokens split at spaces) carries a generational suffix inside it (`INNER_SUFFIX`): the
 * token's index, or −1. Only one such token, with a given name before it that is no particle ("J", "Ana Maria") and
 * after it a written-out family name (a word with a small letter: "Engel", not the initial of "Engel Jr J"), so a
 * suffix first ("Jr Engel": no given name), last (`TRAILING_SUFFIX`) or before initials is not moved.
 */
function innerSuffixAt(tokens: readonly string[]): number {
  let at = -1;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!INNER_SUFFIX.test(tokens[i]!)) continue;
    if (at >= 0) return -1;
    at = i;
  }
  if (at < 0 || PARTICLES.has(tokens[at - 1]!)) return -1;
  const after = tokens.slice(at + 1);
  return after.some((t) => /\p{Ll}/u.test(t)) && !after.some((t) => INNER_SUFFIX.test(t) || TRAILING_SUFFIX.test(t)) ? at : -1;
}

/** `tokens` with the one at `at` (an inner suffix, `innerSuffixAt`) moved last: "J Jr Engel" → "J Engel Jr". */
const suffixLast = (tokens: readonly string[], at: number): string => [...tokens.slice(0, at), ...tokens.slice(at + 1), tokens[at]!].join(' ');

/**
 * The generational suffix a "First Last" spelling carries inside it and the name read with it last ("J Jr Engel":
 * { suffix: "Jr", name: "J Engel Jr" }), or null (no such suffix, a comma, a name marked literal, a "Last, First"
 * format's order). The parser reads
 * the name so (`parseName`); the build notes the guess (resolvePeople).
 */
export function innerSuffix(raw: string, order: NameOrder = 'auto'): { suffix: string; name: string } | null {
  if (order === 'literal' || order === 'last-first') return null;
  const name = cleanText(raw);
  if (name.includes(',') || isCjkName(name)) return null;
  const tokens = name.split(' ').filter(Boolean);
  const at = innerSuffixAt(tokens);
  if (at < 0) return null;
  return { suffix: tokens[at]!, name: suffixLast(tokens, at) };
}

/**
 * `isNameSuffix` for a part that could as well be an initial: Jr, Sr, II–IV, 2nd–4th, never a lone "V" (the seed
 * list's parts between commas, a search's folded words).
 */
export function isUnambiguousSuffix(part: string): boolean {
  return TRAILING_SUFFIX.test(part);
}
/**
 * Academic degrees written after a name ("Jane Doe, PhD", "Dietlinde K. Schmidt, M.Sc.", "Jane Doe, MD"): Ph.D.,
 * D.Phil. (also "D Ph"), M.Sc., B.Sc., D.Sc., M.Phil., M.D., MPH, MBBS, FRCP, RN, MBA, Dipl.-Ing. (-Psych., -Inf.),
 * Dr. (med., rer. nat., phil.), with or without dots and the space, capitalised as degrees are ("Mba" is a surname).
 * The author lists' `isDegree` (ingest/author-list.ts, which leaves out a degree written as an author of its own,
 * "Schmidt and M Sc and …") reads this list too. A degree in
 * capitals only (MD, MPH, MBA, RN) could be initials ("Smith, MD" is M. D. Smith in a "Last, First" list), so it is
 * taken off only where a whole name is left before it (`splitDegrees`). Never "MA": as often initials. A
 * generational suffix (Jr, III) is not a degree: it tells a son from his father (`isNameSuffix`).
 */
const DEGREE =
  /^(?:M\.?\s?Sc|MSC|B\.?\s?Sc|BSC|D\.?\s?Sc|Ph\.?\s?D|PHD|D\.?\s?Ph(?:il)?|M\.?\s?Phil|M\.D|MD|M\.?P\.?H|MBBS|FRCP|RN|M\.?B\.?A|Dipl\.?-?\s?(?:Ing|Psych|Inf)|Dr\.?\s?(?:med|rer\.?\s?nat|phil)?)\.?$/;
/** The end of a name that may be a degree: a cheap test before `splitDegrees` looks closer. */
const DEGREE_END = /(?:sc|d|ph|phil|h|s|p|n|a|ng|ych|nf|r|med|nat)\.?$/i;

/** Whether `part` (a name, or one part of it between commas) is an academic degree and nothing else (see `DEGREE`). */
export function isAcademicDegree(part: string): boolean {
  return DEGREE.test(cleanText(part));
}

/**
 * A name with the academic degrees written after it taken off: after a comma ("Jane Doe, PhD", "Doe, Jane, Ph.D.",
 * "Moore, Wesley, Jr., MSc") or as its last word(s) when at least two words are left ("Jane Doe PhD", "Dietlinde
 * K Schmidt M Sc"). `degrees` as written, in order; a name that is a degree and nothing else ("M Sc") is left as
 * it is (`isAcademicDegree` tells). Pure; never throws.
 */
export function splitDegrees(raw: string): { name: string; degrees: string[] } {
  const name = cleanText(raw);
  if (!DEGREE_END.test(name)) return { name, degrees: [] };
  const degrees: string[] = [];
  // (a degree in capitals only may be initials: taken off only where a whole name, two parts or two words, is left)
  const degreeAfter = (part: string, left: string[]) => DEGREE.test(part) && (/\p{Ll}/u.test(part) || left.length >= 2 || left[0]!.includes(' '));
  if (name.includes(',')) {
    const parts = name.split(',').map((p) => p.trim());
    while (parts.length > 1 && degreeAfter(parts[parts.length - 1]!, parts.slice(0, -1))) degrees.unshift(parts.pop()!);
    if (degrees.length) return { name: parts.join(', '), degrees };
  }
  // written last without a comma: only a degree with a small letter (PhD, M Sc; "Doe MBA" is PubMed's M. B. A. Doe)
  const tokens = name.split(' ');
  for (;;) {
    const two = tokens.length >= 4 ? `${tokens[tokens.length - 2]} ${tokens[tokens.length - 1]}` : null;
    const one = tokens[tokens.length - 1]!;
    if (two && DEGREE.test(two) && /\p{Ll}/u.test(two)) {
      degrees.unshift(two);
      tokens.splice(-2);
    } else if (tokens.length >= 3 && DEGREE.test(one) && /\p{Ll}/u.test(one)) degrees.unshift(tokens.pop()!);
    else break;
  }
  return { name: degrees.length ? tokens.join(' ') : name, degrees };
}

/** Han, Hiragana, Katakana, Hangul: names written family name first, without a space. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;
/**
 * Initials written after the surname without dots ("AB") or with them ("A.B.", "A. B." is two tokens), also
 * joined by hyphens as initials of a hyphenated given name are ("X.-Y.", "J-H": Chinese and Korean names in
 * Vancouver style).
 */
const INITIALS = /^\p{Lu}\.?(?:-?\p{Lu}\.?){0,3}$/u;
/**
 * Three capitals that read as a syllable, as a given name does and three initials seldom do: a consonant (or ZH,
 * CH, SH) then a vowel ("WEI", "JUN", "ZHI"), or vowel, consonant, vowel ("EVA"). Not "ABC", "JRR", "AEJ".
 */
const SYLLABLE = /^(?:(?:[ZCS]H|[B-DF-HJ-NP-TV-Z])[AEIOU]|[AEIOU][B-DF-HJ-NP-TV-Z][AEIOU])/;

/** True for a name in CJK script with no Latin letters: displayed family + given, no space ("李明远"). */
export function isCjkName(s: string): boolean {
  return CJK.test(s) && !LATIN.test(s);
}

/** "AB" / "A.B." -> "A. B."; hyphenated initials keep their hyphen: "X.-Y." / "X-Y" -> "X.-Y." */
function spellInitials(token: string): string {
  if (token.includes('-')) return token.replace(/\./g, '').split('-').filter(Boolean).map((part) => spellInitials(part).replace(/ /g, '')).join('-');
  return [...token.replace(/\./g, '')].map((c) => `${c}.`).join(' ');
}

/**
 * Is a capital-only given part of three letters after a comma (read as initials: "Castellanos, ABC") a given name
 * written in capitals? Only when the whole name is shouted (`family` has no small letter either: old WoS and RIS
 * records, "ZHANG, WEI") and the letters read as a syllable (`SYLLABLE`: "WEI", not "ABC"). Two letters ("LI, YU",
 * "WANG, AN") stay initials: as often as not they are; four or more were never read as initials.
 */
function shoutedGivenName(given: string, family: string): boolean {
  return given.length >= 3 && SYLLABLE.test(foldText(given).toUpperCase()) && !/\p{Ll}/u.test(family) && /\p{Lu}/u.test(family);
}

/**
 * Is the last token of a name written without a comma its given name's initials ("Castellanos AB",
 * "de la Rosa-Quint M", Vancouver / PubMed / WoS `AU` style)? Capitals only, at most four; the words before
 * it must be a written-out surname (not capitals only). Only in formats whose habit is "Last, First": in
 * "First Last" lists a trailing initial is the family name's ("Pranav A", "Gokul N.C." in the ACL Anthology).
 */
function initialsAfterSurname(tokens: string[], order: NameOrder): boolean {
  if (order !== 'last-first' || tokens.length < 2) return false;
  const last = tokens[tokens.length - 1]!;
  if (!INITIALS.test(last)) return false;
  const before = tokens.slice(0, -1);
  if (!before.some((t) => /\p{Ll}/u.test(t))) return false;
  if (before.some((t) => INITIALS.test(t) && t.replace(/\./g, '').length <= 2 && /\./.test(t))) return false; // "J. Smith K."
  return !SUFFIX.test(last);
}

/**
 * Split one author name into given and family parts. The name's shape decides; `order` (the format's habit)
 * only settles what the shape leaves open:
 *
 * - a comma means "Last, First" in every format ("Marlow, Petra" in an OpenAlex display_name too), "Last, Jr, First"
 *   with three parts, and "First Last, Jr." when the part after the comma is a suffix (in a "First Last" format
 *   also when it has no small letter and the part before it two or more words: "Laks Lakshmanan, V.S." is given
 *   "Laks", family "Lakshmanan, V.S.", as BibTeX's "Lakshmanan, V.S., Laks" and "{Lakshmanan, V.S.}, Laks" are;
 *   "Smith, JA" is J. A. Smith);
 * - "Last, First, Suffix" when the third part is a suffix ("Moore, Wesley S., Jr.": WoS, Scopus, RIS), and a suffix
 *   written last without a comma ("Moore WS Jr", "Moore, Wesley S Jr", "Robert L. Logan IV") goes with the family
 *   name ("Moore Jr", no comma added);
 * - initials after a surname ("Castellanos AB", "de la Rosa-Quint M") are the given name, spelled "A. B.";
 *   so are capital-only given names of one to three letters after a comma ("Castellanos, AB", WoS style), in every
 *   format (BibTeX's and CSL-JSON's "Smith, JA" is J. A. Smith as RIS's is), except a shouted given name that reads
 *   as a syllable ("ZHANG, WEI");
 * - a name in CJK script is family name first ("李明远" unsplit is family "李明远"; "李 明远" is family "李");
 * - otherwise "First Last", with particles (van, de, …) joining the family name.
 *
 * - with order "literal" (the input marks the name as one to keep as written), the whole name is the family name;
 * - academic degrees written after the name ("Jane Doe, PhD", "Doe, Jane, M.Sc.") are not part of it (`splitDegrees`).
 *
 * Never throws; an empty string gives empty parts.
 */
export function parseName(raw: string, order: NameOrder = 'auto'): PersonName {
  const name = cleanText(raw);
  // a name marked literal (an organisation: "Ministry of Health, Labour and Welfare") is never split or reordered
  if (order === 'literal') return { given: '', family: name };
  // an academic degree after the name is not part of it ("Jane Doe, PhD"; resolvePeople notes it)
  if (DEGREE_END.test(name)) {
    const d = splitDegrees(name);
    if (d.degrees.length) return parseName(d.name, order);
  }
  if (name.includes(',')) {
    const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length === 0) return { given: '', family: '' };
    if (parts.length === 1) return parseName(parts[0]!, order);
    // "Frederick P. Brooks, Jr." (in "Last, First" formats a lone "V." after a one-word surname is an initial)
    if (parts.length === 2 && SUFFIX.test(parts[1]!) && (order === 'first-last' || (parts[0]!.includes(' ') && !/^v\.?$/i.test(parts[1]!)))) {
      // "Frederick P. Brooks, Jr." keeps its suffix with the family name
      const inner = parseName(parts[0]!, 'first-last');
      return { given: inner.given, family: `${inner.family}, ${parts[1]!}` };
    }
    if (parts.length === 2 && order === 'first-last' && !/\p{Ll}/u.test(parts[1]!) && parts[0]!.includes(' ')) {
      // "Laks Lakshmanan, V.S." in a "First Last" list: the part after the comma is not a given name but goes with
      // the family name, as a suffix does (given "Laks", family "Lakshmanan, V.S.": the ACL Anthology's own first /
      // last split, which its BibTeX writes "{Lakshmanan, V.S.}, Laks"); a one-word part before the comma is a
      // surname: "Smith, JA" is J. A. Smith in every format
      const inner = parseName(parts[0]!, 'first-last');
      return { given: inner.given, family: `${inner.family}, ${parts[1]!}` };
    }
    if (parts.length === 2) {
      // "Moore, Wesley S Jr" (PubMed `FAU`): the suffix after the given names goes with the family name
      const givenTokens = parts[1]!.split(' ');
      if (givenTokens.length >= 2 && TRAILING_SUFFIX.test(givenTokens[givenTokens.length - 1]!)) {
        return { given: givenTokens.slice(0, -1).join(' '), family: `${parts[0]!} ${givenTokens[givenTokens.length - 1]!}` };
      }
      // "Castellanos, AB" (WoS / Scopus style, and BibTeX, CSL-JSON, JSON Lines alike: the same string is the same
      // person in every format): AB are initials
      // ("ZHANG, WEI", the whole name in capitals: WEI is a name, kept as written, not "W. E. I.")
      // ("Kim, J-H": hyphenated initials, spelled "J.-H." as "Kim J-H" is)
      // (one capital outside "Last, First" formats is shown as written, "Kalaivani, A": it is one initial either way)
      const initials = (/^\p{Lu}{1,3}$/u.test(parts[1]!) && !shoutedGivenName(parts[1]!, parts[0]!)) || /^\p{Lu}(?:-\p{Lu}){1,3}$/u.test(parts[1]!);
      const given = (order === 'last-first' || parts[1]!.length > 1) && initials && LATIN.test(parts[1]!) ? spellInitials(parts[1]!) : parts[1]!;
      return { given, family: parts[0]! };
    }
    // "Moore, Wesley S., Jr." (WoS `AF`, Scopus, RIS, JSON Lines: "Last, First, Suffix"); BibTeX writes the suffix
    // second, below
    if (parts.length === 3 && !SUFFIX.test(parts[1]!) && isNameSuffix(parts[2]!)) {
      return { given: parts[1]!, family: `${parts[0]!}, ${parts[2]!}` };
    }
    if (order === 'first-last' && SUFFIX.test(parts[parts.length - 1]!)) {
      const suffix = parts.pop()!;
      const inner = parseName(parts.join(' '), 'first-last');
      return { given: inner.given, family: `${inner.family}, ${suffix}` };
    }
    // "von Last, Jr, First" (BibTeX): a suffix joins the family name as written ("Brooks Jr."); a middle part that is
    // no suffix keeps its comma ("Lakshmanan, V.S., Laks", which is also how a family name with a comma in braces,
    // "{Lakshmanan, V.S.}, Laks", reads once decoded: one family name "Lakshmanan, V.S.", BibTeX's rule that a comma
    // inside braces separates nothing), so it meets the "First Last" list's "Laks Lakshmanan, V.S."
    const joint = SUFFIX.test(parts[1]!) ? ' ' : ', ';
    return { given: parts.slice(2).join(' '), family: `${parts[0]!}${joint}${parts[1]!}` };
  }
  const tokens = name.split(' ').filter(Boolean);
  if (tokens.length === 0) return { given: '', family: '' };
  if (isCjkName(name)) return { given: tokens.slice(1).join(''), family: tokens[0]! };
  // "Moore WS Jr", "Robert L. Logan IV": the suffix goes with the family name (as written, no comma added)
  if (tokens.length >= 3 && TRAILING_SUFFIX.test(tokens[tokens.length - 1]!)) {
    const inner = parseName(tokens.slice(0, -1).join(' '), order);
    return { given: inner.given, family: `${inner.family} ${tokens[tokens.length - 1]!}` };
  }
  if (tokens.length === 1) return { given: '', family: tokens[0]! };
  // "J Jr Engel": a suffix written inside the name is read as written last, "J Engel Jr" (resolvePeople notes it)
  // (not in a "Last, First" format's name without a comma, "Moore Jr Wesley": which word is the given name is unsure)
  const inner = tokens.length >= 3 && order !== 'last-first' ? innerSuffixAt(tokens) : -1;
  if (inner >= 0) return parseName(suffixLast(tokens, inner), order);
  if (initialsAfterSurname(tokens, order)) return { given: spellInitials(tokens[tokens.length - 1]!), family: tokens.slice(0, -1).join(' ') };
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1]!)) start--;
  if (start === 1 && tokens.length > 2 && PARTICLES.has(tokens[0]!)) start = 0; // "de la Rosa" alone: all family
  return { given: tokens.slice(0, start).join(' '), family: tokens.slice(start).join(' ') };
}

/** The form used for display: "First Last", or family + given with no space for CJK names ("李明远"). */
export function displayName(n: PersonName): string {
  if (isCjkName(n.family + n.given)) return n.family + n.given;
  if (n.family.endsWith(',')) return n.given ? `${n.given} ${n.family.slice(0, -1)}` : n.family.slice(0, -1);
  return n.given ? `${n.given} ${n.family}` : n.family;
}

/**
 * The display form of one spelling: `displayName(parseName(...))`, except that a "First Last" name whose comma
 * does not mean "Last, First" ("Laks Lakshmanan, V.S.") is shown as written.
 */
export function shownName(spelling: string, order: NameOrder = 'auto'): string {
  return shownNameOf(spelling, parseName(spelling, order), order);
}

/**
 * `shownName(spelling, order)` of a spelling already parsed: `parsed` must be `parseName(spelling, order)`
 * (or of any spelling with the same `cleanText`). For callers that need several forms of one name and would
 * otherwise parse it once per form.
 */
export function shownNameOf(spelling: string, parsed: PersonName, order: NameOrder = 'auto'): string {
  const d = displayName(parsed);
  if (order !== 'first-last' || !spelling.includes(',')) return d;
  return d === cleanText(spelling.replace(/,/g, ' ')) ? cleanText(spelling) : d;
}

const FOLD_MAP: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };

/**
 * Lower case, diacritics removed (also the letters NFD does not split: "Łukasz" -> "lukasz", "Søren" -> "soren"),
 * compatibility forms unified (NFKD: full-width "Ｗａｎｇ" -> "wang", the ligature "ﬁ" -> "fi").
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øłđðæœßıþ]/g, (c) => FOLD_MAP[c] ?? c);
}

/** Case, diacritics and punctuation/space folded: "François Hansen-Estruch" -> "francoishansenestruch". */
export function foldName(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The key under which spellings of one person meet: given + family in that order (family + given for CJK), folded. */
export function nameKey(raw: string, order: NameOrder = 'auto'): string {
  return nameKeyOf(raw, parseName(raw, order));
}

/** `nameKey(raw, order)` of a name already parsed: `parsed` must be `parseName(raw, order)` (see `shownNameOf`). */
export function nameKeyOf(raw: string, parsed: PersonName): string {
  const n = parsed;
  const key = foldName(isCjkName(n.family + n.given) ? n.family + n.given : `${n.given} ${n.family}`);
  return key || cleanText(raw).toLowerCase();
}
