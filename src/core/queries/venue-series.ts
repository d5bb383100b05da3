/**
 * Venue series: the volumes of one venue across years (a conference's yearly proceedings, a journal's volumes and
 * issues), found from their titles alone, for the venue filter's grouped rows and the exports' words. Each volume
 * (as the papers give it, `bundle.venues`) has a series title: its title without "Proceedings of (the)", years
 * ("2020", "'16", "ACL-2016"), ordinals and edition numbers ("58th", "Tenth", "28e", "Summit XVII", "33e édition"),
 * volume, part, issue and number markers with what follows them ("(Volume 1: Long Papers)", "Volume 42, Issue 1 -
 * March 2016", "Main Volume"), a track of the meeting's own papers (": Technical Papers", " - Long papers",
 * ": Research Papers", ": Shared Task Papers", ": Posters"), a parenthesised acronym or edition ("(EMNLP)", "(LREC
 * 2018)", "(CoNLL)", "(WAT2016)", "(VarDial3)"), a label or host before the meeting's name ("COLING 2016, the 26th
 * …", "*SEM 2021: The Tenth …", "AMTA 2018 Workshop on …") or after it ("… at ACL 2020"), a host before a meeting
 * with an edition of its own ("32nd Pacific Asia Conference…: 5th Workshop on Asian Translation" is the workshop's)
 * and a joint meeting's second, numbered conference ("… and the 11th International Joint Conference on Natural
 * Language Processing": the volume is the first-named meeting's). Volumes whose series titles are the same words
 * (case, accents and punctuation aside, "&" as "and", "Natural Language Processing" as "NLP") are one series, and on
 * a map's list of volumes also those linked by an acronym, the meeting's kind said elsewhere, a host acronym or a
 * second part of the name (`venueSeriesKeys`: "12th Language Resources and Evaluation Conference" is LREC's). What a
 * title says beyond that stays: a track after a colon ("System Demonstrations", "Tutorial Abstracts", "Student
 * Papers", "Industry Track"), "Findings of …", a workshop's or shared task's name, so those are series of their own
 * and never the main conference's (ACL's Findings, demonstrations, co-located workshops and CoNLL are not ACL or
 * EMNLP). Nothing here knows a venue by name: the rules are the title's shape only, checked on the ACL Anthology
 * 2016–2021 (768 volumes: 459 series and single volumes, 323 of them single, before the acronym, label, host and
 * track rules of Dec 2026; 397 and 245 after; 362 and 215 after the list's acronym, abbreviation, track, subtitle and
 * one-word links of `linkAcrossWords`), a lab's BibTeX (953 journals) and a geometry bibliography (2,239).
 */
import type { Bundle } from '../bundle/types';
import { foldPlural } from '../text/plural';
import { ENGLISH, NO_VENUE, shortVenueName, venueCounts, type VenueCount } from './time-slice';

const ORDINAL_WORD =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth';
const TENS = 'twenty|thirty|forty|fifty|sixty';
/** "58th", "1st", "21th", "Tenth", "Twenty-First", French "28e", "24ème", "19es", "1re", "1er". */
const ORDINAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d+\\s?(st|nd|rd|th|e|ème|eme|es|er|re|ᵉ)|((${TENS})[- ])?(${ORDINAL_WORD}))(?![\\p{L}\\p{N}])`,
  'giu',
);
/** A year 1900–2099 as a word or glued to a name by a hyphen or apostrophe ("ACL-2016"), and "'16" after a name. */
const YEAR = /(?:(?<=\p{L})[-–]|(?<![\p{L}\p{N}]))(19|20)\d\d(?![\p{L}\p{N}])|(?<=\p{L}|\s)['’`]\d\d(?![\p{L}\p{N}])/gu;
const HAS_YEAR = new RegExp(YEAR.source, 'u');
const HAS_ORDINAL = new RegExp(ORDINAL.source, 'iu');
const MONTH = /(?<![\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/giu;
/** A volume, part, issue or number marker with its numeral: from it to the end of the title (or its parentheses). */
const NUMBERED = '(vol(ume)?\\.?|part|issue|number|no\\.)\\s*(\\d+|[ivx]+)(?![\\p{L}\\p{N}])';
const NUMBERED_IN_PARENS = new RegExp(`\\(\\s*${NUMBERED}[^)]*\\)`, 'giu');
const NUMBERED_TO_END = new RegExp(`(?<![\\p{L}])${NUMBERED}.*$`, 'iu');
/** "… and the 11th International Joint Conference on …", "… and the IWPT 2020 Shared Task on …" up to a colon: a joint meeting's second conference or part. */
const JOINT = new RegExp(`\\s+and the\\s+(\\d+\\s?(st|nd|rd|th)|((${TENS})[- ])?(${ORDINAL_WORD}))\\s[^:]*`, 'iu');
/** "… and the IWPT 2020 Shared Task on …" up to a colon: a joint meeting's part named by an acronym and year (case kept). */
const JOINT_LABEL = /\s+and the\s+[\p{Lu}*][\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*\s(19|20)\d\d\s[^:]*/u;
/** Roman numerals of two letters or more written in capitals ("Summit XVII"), an edition. */
const ROMAN = /(?<![\p{L}\p{N}])[IVX]{2,}(?![\p{L}\p{N}])/gu;
/**
 * A token that is an acronym: two capitals or more, with digits, "+" or "&" in it or an edition number glued to it
 * ("EMNLP", "CoNLL", "SCiL", "*SEM", "#SMM4H", "VarDial3", "WAT2016", "TAG+12"), a number, or a Roman numeral ("V").
 */
const ACRONYM = /^[*#]?((?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}+&]+|\d+|[IVXL]+)$/u;
/** A year glued to a name's letters ("WAT2016", "Computerm2016", "LREC2020"), in parentheses or a label. */
const GLUED_YEAR = /(?<=\p{L})(19|20)\d\d(?![\p{L}\p{N}])/u;
/** Words naming a meeting: what follows a label ("COLING 2016, the 26th International Conference…") must hold one. */
const MEETING = /(?<![\p{L}])(workshop|conference|symposium|meeting|congress|colloquium)(?![\p{L}])/iu;
/** The start of a meeting's name after a label or a host: "the", an edition ("26th", "Tenth"), or the meeting word. */
const MEETING_START = new RegExp(`^(the\\s+)?((\\d+\\s?(st|nd|rd|th)|((${TENS})[- ])?(${ORDINAL_WORD}))\\s|((international|joint|annual)\\s+)*(workshop|conference|symposium)\\s)`, 'iu');
/** After a separator at the end of a title, a track naming a volume of the meeting's own papers (`MAIN_TRACK`). */
const MAIN_TRACK =
  /\s*(:|,|\s[-–—])\s*((long|short|full|regular|technical|research|oral|industry|shared task)(\s+and\s+(long|short))?\s+papers|posters)\s*$/iu;
/** A label before a meeting's name, up to its separator: ":", ",", " - ", "– " ("COLING 2016, the 26th …"). */
const LABEL_SEPARATOR = /\s*[:,]\s+|\s*[-–—]\s+/u;

/**
 * Whether `text` is a label only (the words before a meeting's name): acronyms (`ACRONYM`, one or more), years and
 * numbers, and the word "Workshop" ("2018 EMNLP Workshop W-NUT"); with `withYear`, a year among them too ("LREC
 * 2020", "AMTA 2018", "LREC2020"). Throws nothing.
 */
function isLabel(text: string, withYear: boolean): boolean {
  const tokens = text.split(/[\s,/–—-]+|(?<=\p{L})['’](?=\d)/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 5) return false;
  let acronyms = 0;
  let year = false;
  for (const t of tokens) {
    if (/^((19|20)\d\d|\d\d)$/.test(t) || GLUED_YEAR.test(t)) year = true;
    if (/^(19|20)\d\d$/.test(t) || /^\d{1,3}$/.test(t) || /^workshop$/i.test(t)) continue;
    if (!ACRONYM.test(t) || /^[IVXL]+$/.test(t)) return false;
    acronyms++;
  }
  return acronyms > 0 && (year || !withYear);
}

/**
 * `s` (a title without "Proceedings of") without what comes before the name of the meeting it is (`venueSeriesTitle`'s steps, in this order): a
 * main-papers track at its end ("…: Technical Papers", " - Long papers", ": Posters": a volume of the meeting's own
 * papers, as "(Volume 1: Long Papers)" is); a label before the name ("COLING 2016, the 26th International
 * Conference…", "*SEM 2021: The Tenth Joint Conference…", "TextGraphs-10: the Workshop on…", "2018 EMNLP Workshop
 * W-NUT: The 4th Workshop on…", "SustaiNLP: Workshop on…", "IWCS 2017 - 12th International…"), or a host with its
 * year ("AMTA 2018 Workshop on…", "LREC2020 9th Workshop on…"); a host before a meeting with an edition of its own
 * after a colon, that meeting's name once ("32nd Pacific Asia Conference…: 5th Workshop on Asian Translation: 5th
 * Workshop on Asian Translation": the workshop's volume, not the conference's). Throws nothing.
 */
function meetingName(s: string): string {
  s = s.replace(MAIN_TRACK, '');
  // a label, up to a separator, before the meeting's name
  const sep = LABEL_SEPARATOR.exec(s);
  if (sep && sep.index > 0) {
    const rest = s.slice(sep.index + sep[0].length);
    if (isLabel(s.slice(0, sep.index), false) && MEETING_START.test(rest) && MEETING.test(rest)) s = rest;
  }
  // a host and its year, no separator, before "Workshop on", "9th Workshop on", "Workshop BlackboxNLP"
  const host = /^(\S+(\s+\S+){0,3}?)\s+(?=((\d+\s?(st|nd|rd|th))\s+)?(workshop|conference|symposium)(\s+on)?\s)/iu.exec(s);
  if (host && isLabel(host[1]!, true)) s = s.slice(host[0].length);
  // the host and its year after the name ("… at ACL 2020", "… held in conjunction with ACL 2016"), or a label (", RANLP 2017")
  const after = /(\s+(at|held in conjunction with|co-located with)(\s+the)?|\s*,)\s+([^,:()]+?)(\s*\([^()]*\))?$/iu.exec(s);
  if (after && after.index > 0 && isLabel(after[4]!, true)) s = s.slice(0, after.index) + (after[5] ?? '');
  // a host before a meeting with an edition of its own, after a colon; its name repeated once
  const parts = s.split(/\s*:\s+/u);
  const hosted = parts.findIndex((p, i) => i > 0 && /^(the\s+)?(\d+\s?(st|nd|rd|th)|((twenty|thirty|forty|fifty|sixty)[- ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))\s/iu.test(p) && MEETING.test(p));
  if (hosted > 0 && MEETING.test(parts.slice(0, hosted).join(' '))) s = parts.slice(hosted).filter((p, i, all) => i === 0 || p !== all[i - 1]).join(': ');
  return s;
}

/**
 * The series title of venue `name` (a volume's title as the papers give it), in its own letters: "Proceedings of
 * the 58th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)" → "Annual Meeting
 * of the Association for Computational Linguistics"; "Findings of the Association for Computational Linguistics:
 * EMNLP 2020" → "Findings of the Association for Computational Linguistics: EMNLP"; "Computational Linguistics,
 * Volume 42, Issue 1 - March 2016" → "Computational Linguistics". The rules are in the module comment. A title
 * that would come out empty (e.g. only a year) is its own series: the title itself. Throws nothing.
 */
export function venueSeriesTitle(name: string): string {
  let s = name.normalize('NFC').replace(/[{}]/g, '').replace(/\\&/g, '&');
  // ("Proceedings of (the)" off the front as the venue list writes it)
  s = shortVenueName(s.trimStart());
  // ("Proceedings for the …", "Proceedings 14th …", "… PROCEEDINGS" too)
  s = s.replace(/^proceedings(\s+(of|for))?\s+(the\s+)?/iu, '').replace(/\s+proceedings\s*$/iu, '');
  // (French "Actes de la / des / du" as "Proceedings of the": "Actes de la 28e Conférence sur le Traitement…")
  s = s.replace(/^actes\s+(de\s+la|des|du|de\s+l['’])\s*/iu, '');
  s = s.replace(NUMBERED_IN_PARENS, ' ').replace(NUMBERED_TO_END, ' ').replace(/\bmain volume\b/giu, ' ');
  s = meetingName(s.trim());
  s = s.replace(JOINT, ' ').replace(JOINT_LABEL, ' ');
  // a parenthesised group goes when it names an edition (holds a year, glued or not, or an ordinal) or is acronyms only
  s = s.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    if (HAS_YEAR.test(inner) || GLUED_YEAR.test(inner) || HAS_ORDINAL.test(inner)) return ' ';
    const tokens = inner.split(/[\s,;/–-]+/).filter(Boolean);
    return tokens.length > 0 && tokens.every((t) => ACRONYM.test(t)) ? ' ' : whole;
  });
  s = s.replace(MONTH, ' ').replace(YEAR, ' ').replace(ORDINAL, ' ').replace(ROMAN, ' ').replace(/(?<![\p{L}])(é|e)dition(?![\p{L}])/giu, ' ');
  // an edition number left at the end ("Translating and the Computer 38")
  s = s.replace(/\s\d{1,3}\s*$/u, ' ');
  // tidy what the cuts left: empty parentheses, punctuation doubled or at either end
  s = s
    .replace(/\(\s*[,;:.–—-]*\s*\)/g, ' ')
    .replace(/\s+([,;:.)])/g, '$1')
    .replace(/([,;:.–—-])(\s*[,;:.–—-])+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '')
    .replace(/^the\s+/i, '');
  return /\p{L}/u.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : name.trim();
}

/**
 * The words a series is known by: `venueSeriesTitle`, case, accents and punctuation aside, without "the"; a title
 * with no word left (e.g. "??") is its own key, never another's. Throws nothing.
 */
export function venueSeriesKey(name: string): string {
  return keyOfTitle(venueSeriesTitle(name), name);
}

/** `venueSeriesKey` of volume `name` from its series title `title` (`venueSeriesTitle`). */
function keyOfTitle(title: string, name: string): string {
  const key = titleKey(title);
  return /\p{L}/u.test(key) ? key : `\u0000${name}`;
}

const titlesCache = new WeakMap<readonly string[], string[]>();

/** `venueSeriesTitle` of each of `names` (a map's `bundle.venues`), worked out once per list. Throws nothing. */
function seriesTitles(names: readonly string[]): string[] {
  let titles = titlesCache.get(names);
  if (!titles) {
    titles = names.map(venueSeriesTitle);
    titlesCache.set(names, titles);
  }
  return titles;
}

/**
 * Series title `title` as its key's words (`venueSeriesKey`): "&" as "and", "Natural Language Processing" as "NLP".
 * Each text worked out once (`keyCache`): a map's list asks for its titles, names and subtitles again and again.
 */
function titleKey(title: string): string {
  let key = keyCache.get(title);
  if (key === undefined) {
    key = wordsOfTitle(title);
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(title, key);
  }
  return key;
}
const keyCache = new Map<string, string>();

/** `titleKey` of `title`, worked out. */
function wordsOfTitle(title: string): string {
  return title
    // acronyms joined by a hyphen or slash in either order ("Joint ACL - ISO Workshop", "Joint ISO-ACL Workshop")
    .replace(/(?<![\p{L}\p{N}])\p{Lu}{2,}(\s*[-–/]\s*\p{Lu}{2,})+(?![\p{L}\p{N}])/gu, (run) => run.split(/\s*[-–/]\s*/u).sort().join(' '))
    // a possessive's "'s" ("People's", "Emotion's")
    .replace(/(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/&/g, ' and ')
    .replace(/\bnatural language processing\b/giu, 'NLP')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter((w) => w && w !== 'the')
    // (plurals folded in a meeting's name only: "Named Entities Workshop" / "Named Entity Workshop"; the book "The
    // Cognitive Neurosciences" is not the journal "Cognitive Neuroscience")
    .map((w, _, all) => (all.some((x) => MEETING_KIND.has(x)) ? foldPlural(w) : w))
    .join(' ');
}

/** A series of volumes of the venue filter: two or more of the map's venues with one series title. */
export interface VenueSeries {
  /** The series key of its volumes (`venueSeriesKeys`). */
  key: string;
  /** Its title (`venueSeriesTitle` of its volume with the most papers): text, never HTML. */
  title: string;
  /** Its volumes (indices into `bundle.venues`), most papers first, as `counts` lists them. */
  venues: number[];
  /** Papers of all its volumes (in the counts' year range, if any). */
  papers: number;
  /** The first and last year of its papers ([first, last]), or null when none gives a year. */
  years: readonly [number, number] | null;
}

/** Words a series key may lack and still be the same series: "Workshop on X" / "Workshop X", "Linguistics for / of Uralic Languages". */
const LINK_WORDS = new Set(['the', 'on', 'of', 'for']);
/** The kind of a meeting: a word a series key may have elsewhere and still be the same series: "Workshop on X" / "X Workshop". */
const MEETING_KIND = new Set(['workshop', 'conference', 'symposium', 'meeting', 'congress', 'colloquium', 'atelier']);
/**
 * Words a meeting's title may say or not and stay the same series when no acronym of its volumes says otherwise:
 * "(International) Workshop on Semantic Evaluation", "(Annual) Workshop of the Australasian Language Technology
 * Association" (not "International Conference on NLP" (ICON) and "Conference on NLP" (KONVENS)).
 */
const QUALIFIERS = new Set(['international', 'annual']);
/** Words naming a meeting's kind, which a volume carrying the series' acronym may say otherwise ("LREC"). */
const MEETING_WORDS = new Set([...LINK_WORDS, 'and', 'international', 'conference', 'workshop', 'annual']);
/** Words of a subtitle that make it a volume of its own beside the meeting's (a track, a shared task): "…: System Demonstrations". */
const TRACK_WORDS = /(?<![\p{L}])(demonstrations?|tutorials?|student|industry|shared tasks?|findings|keynotes?|invited|abstracts|papers|posters?|tracks?|volume|challenge|atelier|workshop|défi|tal)(?![\p{L}])/iu;
/** Lower-case words inside a name that are not words of its own: they may stand inside the run an acronym abbreviates. */
const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'a', 'an', 'de', 'la', 'le', 'des', 'du', 'sur', 'et', 'en', 'pour']);

/**
 * The acronyms volume `name` is known by: those in its parentheses and in a label before its meeting's name,
 * without their years and edition numbers, in capitals: "… Evaluation (LREC'16)" → LREC, "(WAT2016)" → WAT,
 * "(TextGraphs-15)" → TEXTGRAPHS, "COLING 2016, the 26th …" → COLING. Throws nothing.
 */
function venueAcronyms(name: string): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const t of text.split(/[\s,;/–—-]+/u)) {
      const bare = t.replace(/^[*#]/u, '').replace(/(['’]?\d+|\+\d*)$/u, '');
      if (/^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}]+$/u.test(bare) && !/^[IVXL]+$/u.test(bare)) out.add(plainAcronym(bare));
    }
  };
  for (const m of name.matchAll(/\(([^()]*)\)/gu)) add(m[1]!);
  const label = labelOf(name);
  if (label) add(label);
  return out;
}

/**
 * The acronym volume `name` is known by, as it writes it without its year or edition number, or null: the first
 * acronym of its first parenthesised group of acronyms and editions ("… (LREC 2018)" → "LREC", "(WAT2016)" → "WAT",
 * "(#SMM4H)" → "SMM4H", "(TextGraphs-15)" → "TextGraphs"), else the last of a label before its meeting's name
 * ("COLING 2016, the 26th …" → "COLING", "2018 EMNLP Workshop W-NUT: The 4th …" → "W-NUT"). Throws nothing.
 */
function venueOwnAcronym(name: string): string | null {
  return venueOwnAcronyms(name)[0] ?? null;
}

/**
 * The acronyms volume `name` is known by as `venueOwnAcronym` finds them, every one: the first of each parenthesised
 * group of acronyms and editions (with `ordinals`, also a group holding an ordinal: "(TALN, 27e édition)"), then
 * the last of its label. Throws nothing.
 */
function venueOwnAcronyms(name: string, ordinals = false): string[] {
  const out: string[] = [];
  // (a word of one capital too when it stands first and alone or before a comma: "(Depling 2017)", "(Computerm2016)")
  const acronymsIn = (text: string, oneCapital = false) => {
    const tokens = text.split(/\s+|(?<=,)/u).filter(Boolean);
    return tokens
      .map((t, i) => ({ t: t.replace(/,$/u, '').replace(/^#/u, '').replace(/([-'’+]?\d+|\+|-[IVXL]+)$/u, ''), alone: oneCapital && i === 0 && (tokens.length <= 2 || t.endsWith(',')) }))
      .filter(({ t, alone }) => (/^[*]?(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u.test(t) || (alone && /^\p{Lu}[\p{Ll}\p{N}]+$/u.test(t))) && !/^[IVXL]+$/u.test(t))
      .map(({ t }) => t);
  };
  for (const m of name.matchAll(/\(([^()]*)\)/gu)) {
    const inner = m[1]!;
    const tokens = inner.split(/[\s,;/–-]+/u).filter(Boolean);
    const edition = HAS_YEAR.test(inner) || GLUED_YEAR.test(inner) || (ordinals && HAS_ORDINAL.test(inner));
    if (!(edition || tokens.every((t) => ACRONYM.test(t)))) continue;
    const found = acronymsIn(inner.split('/')[0]!, edition || tokens.length === 1);
    if (found.length > 0) out.push(found[0]!);
  }
  const label = labelOf(name);
  const last = label ? acronymsIn(label).at(-1) : undefined;
  // (a label's only when no parentheses name the meeting: "COLING-02: The 6th Conference on Natural Language Learning (CoNLL-2002)")
  if (last && out.length === 0) out.push(last);
  return out;
}

/**
 * The label before the name of the meeting volume `name` is ("COLING 2016" of "COLING 2016, the 26th International
 * Conference…"), as `meetingName` takes it off, or null ("ACL 2017" of "ACL 2017, System Demonstrations" is no
 * meeting's label: a track follows). Throws nothing.
 */
function labelOf(name: string): string | null {
  const short = shortVenueName(name.trim());
  const sep = LABEL_SEPARATOR.exec(short);
  if (!sep || sep.index === 0) return null;
  const rest = short.slice(sep.index + sep[0].length);
  return isLabel(short.slice(0, sep.index), false) && MEETING_START.test(rest) && MEETING.test(rest) ? short.slice(0, sep.index) : null;
}

/** The initials of `title`'s capitalised words, run together: "Language Resources and Evaluation Conference" → LREC. */
const initialsOf = (title: string): string =>
  title
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();

/** The words of series key `key` without `drop`, singular (`foldPlural`: a meeting's key has them so, others not), sorted. */
const wordSet = (key: string, drop: ReadonlySet<string>): string =>
  key
    .split(' ')
    .filter((w) => !drop.has(w))
    .map(foldPlural)
    .sort()
    .join(' ');

/**
 * Series key `key` with its meeting's kind (`MEETING_KIND`) wherever it stands and without "the", "on": the other
 * words in their order, then the kind ("events and stories in news | workshop"). Abbreviated journals keep their
 * order ("Ann. Math." is not "Math. Ann."). Throws nothing.
 */
function linkForm(key: string): string {
  // (qualifiers of a meeting only: "International Journal of Psychology" is not "Journal of Psychology")
  const meeting = key.split(' ').some((w) => MEETING_KIND.has(w));
  const words = key.split(' ').filter((w) => !LINK_WORDS.has(w) && !(meeting && QUALIFIERS.has(w)));
  return `${words.filter((w) => !MEETING_KIND.has(w)).join(' ')} | ${words.filter((w) => MEETING_KIND.has(w)).sort().join(' ')}`;
}

/** Acronym `a` in capitals without accents ("RÉCITAL" → RECITAL), as `venueAcronyms` gives them. */
const plainAcronym = (a: string): string => a.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase();

/** Whether `token` is written as an acronym: two capitals or more ("BioNLP", "SIGdial", "TALN"), not a Roman numeral. */
const isAcronymToken = (token: string): boolean => /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}]+$/u.test(token) && !/^[IVXL]+$/u.test(token);

/**
 * Series title `title` as its name and subtitle: split at its first ": ", " - ", " — " or a sentence's ". " ("Workshop on
 * Computational Linguistics and Clinical Psychology: From Keyboard to Clinic", "Conférence sur le Traitement Automatique
 * des Langues Naturelles. REncontres jeunes Chercheurs…"); the subtitle is "" when there is none. Throws nothing.
 */
function splitSubtitle(title: string): [string, string] {
  const m = /:\s+|\s[-—–]\s|(?<=[\p{L}\p{N}]{3})\.\s+(?=\p{L})/u.exec(title);
  return m ? [title.slice(0, m.index), title.slice(m.index + m[0].length)] : [title, ''];
}

/**
 * The words of `name` an acronym may stand for, in order: its capitalised words, hyphenated ones as their parts
 * ("Asia-Pacific": Asia, Pacific), an acronym among them as its letters ("Biomedical NLP": Biomedical, N, L, P).
 */
function capitalWords(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .flatMap((w) => (/^\p{Lu}{2,}$/u.test(w) ? [...w] : [w]));
}

/**
 * Whether acronym `acronym` ("BioNLP", "LREC", "NAACL") abbreviates `words` (`capitalWords`), in the manner of
 * Schwartz & Hearst's abbreviation definitions (PSB 2003), stricter: each capital of the acronym, or a capital and
 * the small letters after it ("Bio" of BioNLP), begins the next word, the first word included and every word begun
 * but up to `skips` of them ("North American [Chapter of the] Association for Computational Linguistics" is NAACL
 * with one skipped), and small letters left at its end (SIGdial's "dial") must begin a word of `rest` (the rest of
 * the title: "…on Discourse and Dialogue"). Two words or more. Throws nothing.
 */
function abbreviates(acronym: string, words: readonly string[], skips = 0, rest: readonly string[] = []): boolean {
  // (each word not skipped begins with a letter of the acronym or more)
  if (words.length < 2 || acronym.length < 2 || words.length > acronym.length + skips) return false;
  const go = (i: number, j: number, left: number): boolean => {
    if (i === acronym.length) return j === words.length;
    if (j === words.length) {
      const tail = acronym.slice(i).toLowerCase();
      return i >= 3 && /^\p{Ll}{3,}$/u.test(acronym.slice(i)) && rest.some((w) => w.toLowerCase().startsWith(tail));
    }
    let end = i + 1;
    while (end < acronym.length && /\p{Ll}/u.test(acronym[end]!)) end++;
    const word = words[j]!.toLowerCase();
    for (const k of new Set([i + 1, end])) if (word.startsWith(acronym.slice(i, k).toLowerCase()) && go(k, j + 1, left)) return true;
    return j > 0 && left > 0 && go(i, j + 1, left - 1);
  };
  return go(0, 0, skips);
}

/** The name of meeting title `name` after its meeting words ("Conférence sur le Traitement…" → "Traitement…"), or null. */
const afterMeetingWords = (name: string): string | null => {
  const m = AFTER_MEETING.exec(name);
  return m ? name.slice(m.index + m[0].length) : null;
};
const AFTER_MEETING = new RegExp(`(?<![\\p{L}])(workshop|conference|conférence|symposium|meeting|congress|colloquium)(\\s+(${[...FUNCTION_WORDS].join('|')}))*\\s+`, 'iu');

/**
 * The acronym a series title's name is by itself, or null: an acronym alone, before the meeting's kind or after it
 * ("BioNLP", "BioNLP workshop", "BioNLP Workshop and Shared Task", "Conférence TALN", a joint meeting's "Conférence
 * conjointe JEP-TALN-RECITAL"; not "BioNLP Shared Task
 * Workshop", a meeting of its own). Throws nothing.
 */
function nameAcronym(name: string): string | null {
  const m =
    /^(\S+)(\s+(workshop|conference|conférence|symposium|meeting)(\s+and\s+shared\s+tasks?)?)?$/iu.exec(name) ??
    /^(?:(?:international|annual|joint)\s+)?(?:workshop|conference|conférence|symposium|meeting)(?:\s+(?:joint|conjointe))?\s+(\S+)$/iu.exec(name);
  return m && (isAcronymToken(m[1]!) || /^\p{Lu}{2,}(-\p{Lu}{2,})+$/u.test(m[1]!)) ? m[1]! : null;
}

/** The words of `text` compared for `linkAcrossWords`: lower case, without accents and link words, singular. */
const looseWords = (text: string): string[] => {
  let words = looseCache.get(text);
  if (!words) {
    words = titleKey(text)
      .split(' ')
      .filter((w) => w && !FUNCTION_WORDS.has(w));
    if (looseCache.size > 100_000) looseCache.clear();
    looseCache.set(text, words);
  }
  return words;
};
const looseCache = new Map<string, string[]>();

/**
 * Links between series keys of one list that their words alone do not make (`venueSeriesKeys`), each calling
 * `union(a, b)` on two keys of `groups` (key → its title and the acronyms its volumes carry, `venueAcronyms`):
 * - an acronym: keys with the same subtitle (`splitSubtitle`) and kind of meeting (or none said) one of whose volumes
 *   carries an acronym (or whose name is one, `nameAcronym`) that the other carries too or whose name it abbreviates
 *   (`abbreviates`): "(#SMM4H)" in "Social Media Mining for Health (Applications) Workshop & Shared Task", TALN in
 *   "Conférence conjointe JEP-TALN-RECITAL", "(TALN)", "Conférence TALN" and "Conférence sur le Traitement
 *   Automatique des Langues Naturelles", BioNLP and "Workshop on Biomedical Natural Language Processing";
 * - an acronym in the title for the words another title has in its place ("Annual SIGdial Meeting on Discourse and
 *   Dialogue" / "Annual Meeting of the Special Interest Group on Discourse and Dialogue");
 * - a track named after the meeting's acronym or after the meeting ("ACL Student Research Workshop", "Student Research
 *   Workshop at the … Conference of the European Chapter of the Association…") and the same track after a colon
 *   ("Annual Meeting of the Association for Computational Linguistics: Student Research Workshop"; the one meeting
 *   the acronym abbreviates with the fewest words left out);
 * - a workshop's edition with a subtitle of its theme, no track's ("Workshop on Computational Linguistics and Clinical
 *   Psychology: From Keyboard to Clinic"), and the workshop without;
 * - two workshops' titles one word apart, one the other with a word more ("Workshop on Computational Approaches to
 *   (Linguistic) Code-Switching", "… Creativity in (Natural) Language Generation", "Workshop on Biomedical (Natural)
 *   Language Processing"), unless `apart(a, b)` (their volumes carry acronyms, none shared).
 * Throws nothing.
 */
function linkAcrossWords(
  groups: ReadonlyMap<string, { title: string; own: ReadonlySet<string> }>,
  union: (a: string, b: string) => void,
  find: (key: string) => string,
  apart: (a: string, b: string) => boolean,
): void {
  const entries = [...groups].filter(([k]) => !k.startsWith('\u0000'));
  const info = entries.map(([key, g]) => {
    const [name, subtitle] = splitSubtitle(g.title);
    const kinds = titleKey(name).split(' ').filter((w) => MEETING_KIND.has(w)).sort().join(' ');
    const named = nameAcronym(name);
    const own = [...g.own, ...(named ? [named] : [])];
    const after = afterMeetingWords(name);
    return { key, title: g.title, name, subtitle: titleKey(subtitle), kinds, own, named: named && plainAcronym(named), spelled: [capitalWords(name), after ? capitalWords(after) : []] };
  });
  type Info = (typeof info)[number];
  // (the same kind of meeting, or the acronym and its kind: "BioNLP", "BioNLP workshop"; not "COLING" and "COLING-02: The First SIGHAN Workshop…")
  const alike = (x: Info, y: Info) => x.subtitle === y.subtitle && (x.kinds === y.kinds || (!!x.named && x.named === y.named));
  // an acronym: carried by both, or carried by one and (four letters or more) abbreviating the other's name
  const byAcronym = new Map<string, { form: string; list: Info[] }>();
  for (const x of info) {
    for (const a of x.own) {
      const entry = byAcronym.get(plainAcronym(a)) ?? { form: a, list: [] };
      if (!entry.list.includes(x)) entry.list.push(x);
      byAcronym.set(plainAcronym(a), entry);
    }
  }
  // (asked once per acronym and name: the pairs below ask again)
  const spelledBy = new Map<string, Map<Info, boolean>>();
  const spells = (form: string, x: Info) => {
    const known = spelledBy.get(form) ?? new Map<Info, boolean>();
    spelledBy.set(form, known);
    let yes = known.get(x);
    if (yes === undefined) known.set(x, (yes = x.spelled.some((w) => abbreviates(form, w))));
    return yes;
  };
  /** The share of the words of the shorter of names `a`, `b` (but their meeting words and `acronym`) that the other has too. */
  const overlap = (a: string, b: string, acronym: string) => {
    const [wa, wb] = [a, b].map((n) => new Set(looseWords(n).filter((w) => !MEETING_WORDS.has(w) && w !== titleKey(acronym))));
    const shared = [...wa!].filter((w) => wb!.has(w)).length;
    return shared / Math.max(1, Math.min(wa!.size, wb!.size));
  };
  // (the names by the first letter of their words an acronym would begin with: 768 titles × their acronyms took a second)
  const byInitial = new Map<string, Set<Info>>();
  for (const x of info) {
    for (const w of x.spelled) {
      const c = w[0]?.[0]?.toLowerCase();
      if (c) byInitial.set(c, (byInitial.get(c) ?? new Set<Info>()).add(x));
    }
  }
  for (const [a, { form, list }] of byAcronym) {
    if (a.replace(/[^\p{L}]/gu, '').length < 4) continue;
    for (const x of byInitial.get(form[0]!.toLowerCase()) ?? []) if (!list.includes(x) && spells(form, x)) list.push(x);
  }
  for (const { form, list } of byAcronym.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (!alike(x, y) || find(x.key) === find(y.key)) continue;
        // (two names the acronym spells, in other words: "Multilingual Surface Realisation", "Multimodal Semantic Representations")
        const clash = spells(form, x) && spells(form, y) && overlap(x.name, y.name, form) <= 0.5;
        // (a host's acronym two workshops carry, "COLING-02: The First SIGHAN Workshop…", "COLING-02: The 3rd Workshop
        // on Asian Language Resources…", is no link: the acronym must be one's name or spell it, or their words be alike)
        const own = x.named === plainAcronym(form) || y.named === plainAcronym(form) || spells(form, x) || spells(form, y) || overlap(x.name, y.name, form) > 0.5;
        if (!clash && own) union(x.key, y.key);
      }
    }
  }
  // a joint meeting's acronyms ("JEP-TALN-RECITAL"): the one series of the list its meetings' acronyms lead to, if one
  for (const x of info) {
    for (const a of x.own) {
      if (!/^\p{Lu}{2,}(-\p{Lu}{2,})+$/u.test(a)) continue;
      const roots = new Set<string>();
      for (const part of a.split('-')) for (const y of byAcronym.get(plainAcronym(part))?.list ?? []) if (y !== x && alike(x, y)) roots.add(find(y.key));
      if (roots.size === 1) union(x.key, [...roots][0]!);
    }
  }
  // an acronym in one title for a run of capitalised words in another, the rest of their words the same and in the
  // same places (an acronym before the meeting's kind as the run after it: "Annual SIGdial Meeting on…", "Annual
  // Meeting of the Special Interest Group on…"; not "e-Commerce and NLP", "NLP in e-Commerce")
  // (the words around a run and around an acronym are compared as "before \u0001 after": the acronyms' first, then
  // only the runs with the words before and after of some acronym: 1,014 of the 70k map's 14,441 runs; the words of
  // every run, each its own list, were most of the 70k map's 0.5 s of keys)
  const RUN = '\u0001';
  const tokensOf = new Map(info.map((x) => [x, x.title.split(/\s+/u)]));
  // (each token's words once: a title's runs are many)
  const wordsOf = new Map(info.map((x) => [x, tokensOf.get(x)!.map((t) => looseWords(t))]));
  const acronymAt: { x: Info; bare: string; rest: string; others: string[] }[] = [];
  const [wanted, wantedBefore, wantedAfter] = [new Set<string>(), new Set<string>(), new Set<string>()];
  for (const x of info) {
    const tokens = tokensOf.get(x)!;
    const words = wordsOf.get(x)!;
    tokens.forEach((t, i) => {
      const bare = t.replace(/^[*#]|[,:;.]$/gu, '');
      if (!/^\p{Lu}{3}/u.test(bare) || !isAcronymToken(bare)) return;
      const before = words.slice(0, i).flat();
      const after = words.slice(i + 1).flat();
      const kind = after.length > 0 && MEETING_KIND.has(after[0]!) ? 1 : 0;
      const [head, tail] = [[...before, ...after.slice(0, kind)].join(' '), after.slice(kind).join(' ')];
      const others = [...tokens.slice(0, i), ...tokens.slice(i + 1)].join(' ').split(/[^\p{L}]+/u);
      acronymAt.push({ x, bare, rest: `${head}${RUN}${tail}`, others });
      wanted.add(`${head}${RUN}${tail}`);
      wantedBefore.add(head);
      wantedAfter.add(tail);
    });
  }
  const runs = new Map<string, { key: string; run: string[] }[]>();
  for (const x of info) {
    const tokens = tokensOf.get(x)!;
    const words = wordsOf.get(x)!;
    // (the words before token i, and from token i on, joined as `acronymAt` joins them)
    const heads: string[] = [''];
    const tails: string[] = new Array<string>(tokens.length + 1).fill('');
    const joined = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);
    for (let i = 0; i < tokens.length; i++) heads.push(joined(heads[i]!, words[i]!.join(' ')));
    for (let i = tokens.length - 1; i >= 0; i--) tails[i] = joined(words[i]!.join(' '), tails[i + 1]!);
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i]!) || !wantedBefore.has(heads[i]!)) continue;
      for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
        if (!/^\p{Lu}/u.test(tokens[j]!)) {
          if (FUNCTION_WORDS.has(tokens[j]!.toLowerCase())) continue;
          break;
        }
        if (!wantedAfter.has(tails[j + 1]!)) continue;
        const rest = `${heads[i]}${RUN}${tails[j + 1]}`;
        if (!wanted.has(rest)) continue;
        const list = runs.get(rest) ?? [];
        list.push({ key: x.key, run: capitalWords(tokens.slice(i, j + 1).join(' ')) });
        runs.set(rest, list);
      }
    }
  }
  for (const { x, bare, rest, others } of acronymAt) {
    for (const c of runs.get(rest) ?? []) if (c.key !== x.key && abbreviates(bare, c.run, 0, others)) union(x.key, c.key);
  }
  // a track after the meeting's acronym, or before "at the" / "of the" and the meeting: the track after a colon
  const tracks = new Map<string, typeof info>();
  for (const x of info) if (x.subtitle) tracks.set(x.subtitle, [...(tracks.get(x.subtitle) ?? []), x]);
  for (const x of info) {
    if (x.subtitle) continue;
    const labelled = /^(\S+?),?\s+(.+)$/u.exec(x.name);
    if (labelled && isAcronymToken(labelled[1]!) && TRACK_WORDS.test(labelled[2]!)) {
      const candidates = tracks.get(titleKey(labelled[2]!)) ?? [];
      for (const skips of [0, 1]) {
        const found = candidates.filter((c) => {
          const body = /\bof the\s+(.+)$/u.exec(c.name)?.[1] ?? afterMeetingWords(c.name) ?? c.name;
          return abbreviates(labelled[1]!, capitalWords(body), skips);
        });
        if (found.length === 0) continue;
        if (new Set(found.map((c) => c.name)).size === 1) for (const c of found) union(x.key, c.key);
        break;
      }
    }
    const at = /^(.+?)\s+(?:at|of)\s+the\s+(.+)$/u.exec(x.name);
    if (at && TRACK_WORDS.test(at[1]!)) {
      for (const c of tracks.get(titleKey(at[1]!)) ?? []) if (titleKey(c.name) === titleKey(at[2]!)) union(x.key, c.key);
    }
  }
  // a workshop's edition with its theme as a subtitle, and the workshop without one
  const names = new Map(info.filter((x) => !x.subtitle).map((x) => [titleKey(x.name), x]));
  for (const x of info) {
    if (!x.subtitle || !/(?<![\p{L}])workshop(?![\p{L}])/iu.test(x.name) || TRACK_WORDS.test(splitSubtitle(x.title)[1])) continue;
    const plain = names.get(titleKey(x.name));
    if (plain && !apart(plain.key, x.key)) union(plain.key, x.key);
  }
  // two workshops one word apart
  const spelled = (x: (typeof info)[number]) => titleKey(x.title).replace(/\bnlp\b/gu, 'natural language processing');
  const workshops = info.filter((x) => ` ${titleKey(x.title)} `.includes(' workshop '));
  const byWords = new Map(workshops.map((x) => [spelled(x), x]));
  for (const x of workshops) {
    const words = spelled(x).split(' ');
    const acronyms = new Set(x.title.split(/[^\p{L}\p{N}]+/u).filter(isAcronymToken).map((t) => titleKey(t)));
    words.forEach((w, i) => {
      if (MEETING_KIND.has(w) || LINK_WORDS.has(w) || QUALIFIERS.has(w) || w === 'and' || TRACK_WORDS.test(w) || acronyms.has(w)) return;
      const other = byWords.get([...words.slice(0, i), ...words.slice(i + 1)].join(' '));
      if (other && other.key !== x.key && !apart(other.key, x.key)) union(other.key, x.key);
    });
  }
}

const keysCache = new WeakMap<readonly string[], string[]>();

/** Whether `venueSeriesKeys(names)` is known for list `names` (worked out, or kept: `keepVenueSeriesWork`). Throws nothing. */
export function hasVenueSeriesKeys(names: readonly string[]): boolean {
  return keysCache.has(names);
}

/** The series keys of a list of venues and their series titles (`venueSeriesWork`). */
export interface VenueSeriesWork {
  /** Per venue: `venueSeriesKeys`. */
  keys: string[];
  /** Per venue: `venueSeriesTitle`. */
  titles: string[];
}

/**
 * The series key (`venueSeriesKeys`) and title (`venueSeriesTitle`) of each of `names` (a map's `bundle.venues`), in
 * their order: what a worker works out for the page (app/workers/series-worker.ts), the page keeping it with
 * `keepVenueSeriesWork`. Throws nothing.
 */
export function venueSeriesWork(names: readonly string[]): VenueSeriesWork {
  return { keys: venueSeriesKeys(names), titles: seriesTitles(names) };
}

/**
 * Keep `work` (`venueSeriesWork` of a copy of the same titles, worked out elsewhere: on a worker,
 * app/workers/series-client.ts) as the series keys and titles of list `names` (a map's `bundle.venues`). Throws a
 * RangeError when there are not as many keys and titles as names.
 */
export function keepVenueSeriesWork(names: readonly string[], work: VenueSeriesWork): void {
  if (work.keys.length !== names.length || work.titles.length !== names.length) throw new RangeError(`venue series: ${work.keys.length} keys and ${work.titles.length} titles for ${names.length} venues`);
  titlesCache.set(names, [...work.titles]);
  keysCache.set(names, [...work.keys]);
}

/**
 * The series key of each of `names` (a map's `bundle.venues`, volume titles), in their order: `venueSeriesKey`, and
 * two keys of the list one series when their words are the same but for "the", "on" and where the meeting's kind
 * stands (`linkForm`: "Workshop Events and Stories in the News" / "Events and Stories in the News Workshop"), or, differing by words of a meeting's kind ("International Conference on …",
 * "… Conference", "Workshop on"), when a volume of one carries an acronym the other's volumes carry too or its title's
 * initials spell ("Language Resources and Evaluation Conference" and "International Conference on Language Resources
 * and Evaluation (LREC 2018)": LREC; "Graph-based Methods for Natural Language Processing (TextGraphs)" and "Workshop
 * on Graph-Based Methods… (TextGraphs-15)"). A key is also the list's key it becomes without an acronym before its
 * meeting word ("SIGNLL Conference on Computational Natural Language Learning" is the "Conference on Computational
 * Natural Language Learning" of the list's other volumes, "SIGMORPHON Workshop on…" its "Workshop on…") or without a
 * second part of its name that the list's main volumes have ("…: Human Language Technologies: Demonstrations" is the
 * "…: Demonstrations" of other years when "…: Human Language Technologies" is a series of the list). Worked out once per list (768 titles took 10–30 ms before `linkAcrossWords`, 170–500 ms with it on a shared machine; the venue list,
 * the map chip and the top bar each ask; in Dec 2026 the 30k and 70k maps' 768 and 2,373 titles took 200 and 480 ms
 * of CPU at their first call, 150 and 280 ms once each text's key, each acronym's spelling and each run's words
 * were worked out once: the titles' regular expressions, compiled at the first call, are most of what is left; the
 * venue list asks on a worker, series-client.ts). Throws nothing.
 */
export function venueSeriesKeys(names: readonly string[]): string[] {
  let keys = keysCache.get(names);
  if (keys) return keys;
  const titles = seriesTitles(names);
  const own = names.map((n, i) => keyOfTitle(titles[i]!, n));
  // one entry per distinct key: its title (of its first volume) and the acronyms of its volumes
  const groups = new Map<string, { title: string; acronyms: Set<string>; own: Set<string> }>();
  own.forEach((k, i) => {
    const g = groups.get(k) ?? { title: titles[i]!, acronyms: new Set<string>(), own: new Set<string>() };
    for (const a of venueAcronyms(names[i]!)) g.acronyms.add(a);
    for (const a of venueOwnAcronyms(names[i]!, true)) g.own.add(a.replace(/^\*/u, ''));
    groups.set(k, g);
  });
  // keys alike but for meeting words are the candidates; union them when their words agree or an acronym links them
  const buckets = new Map<string, string[]>();
  for (const k of groups.keys()) {
    if (k.startsWith('\u0000')) continue;
    const loose = wordSet(k, MEETING_WORDS);
    const list = buckets.get(loose) ?? [];
    list.push(k);
    buckets.set(loose, list);
  }
  const root = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (root.has(r)) r = root.get(r)!;
    // (each key on the way straight to it: the same roots, fewer steps next time)
    for (let x = k; x !== r; ) {
      const next = root.get(x)!;
      root.set(x, r);
      x = next;
    }
    return r;
  };
  // two keys whose volumes carry acronyms, none shared ("(KONVENS 2021)", "(ICON)"): never linked by a word they lack
  const apart = (a: string, b: string) => {
    const [ga, gb] = [groups.get(a)!, groups.get(b)!];
    if (ga.acronyms.size === 0 || gb.acronyms.size === 0) return false;
    for (const x of ga.acronyms) if (gb.acronyms.has(x)) return false;
    return true;
  };
  const forms = new Map<string, string>();
  const formOf = (k: string) => forms.get(k) ?? forms.set(k, linkForm(k)).get(k)!;
  const linked = (a: string, b: string) => {
    if (formOf(a) === formOf(b)) return !apart(a, b);
    const ga = groups.get(a)!;
    const gb = groups.get(b)!;
    for (const x of ga.acronyms) if (gb.acronyms.has(x)) return true;
    return ga.acronyms.has(initialsOf(gb.title)) || gb.acronyms.has(initialsOf(ga.title));
  };
  const union = (x: string, y: string) => {
    const [a, b] = [find(x), find(y)];
    if (a !== b) root.set(b, a);
  };
  // a key as another of the list without an acronym before its meeting word, or without a second part of its name
  for (const [k, g] of groups) {
    const bare = /^\s*(\S+)\s+(?=(workshop|conference|symposium|meeting)\s)/iu.exec(g.title);
    if (bare && isLabel(bare[1]!, false)) {
      const other = titleKey(g.title.slice(bare[0].length));
      if (other !== k && groups.has(other)) union(other, k);
    }
    const parts = g.title.split(/:\s+/u);
    if (parts.length >= 3 && groups.has(titleKey(`${parts[0]}: ${parts[1]}`))) {
      const other = titleKey([parts[0], ...parts.slice(2)].join(': '));
      if (other !== k && groups.has(other)) union(other, k);
    }
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (find(list[i]!) !== find(list[j]!) && linked(list[i]!, list[j]!)) union(list[i]!, list[j]!);
      }
    }
  }
  linkAcrossWords(groups, union, find, apart);
  keys = own.map(find);
  keysCache.set(names, keys);
  return keys;
}
const yearsCache = new WeakMap<Pick<Bundle, 'papers'>, Int32Array>();

/**
 * Per venue of `bundle` (index into `bundle.venues`): its papers' first and last year, as `[2v]` and `[2v + 1]`
 * (0 where no paper of the venue gives a year). One pass over the papers, kept per bundle. Throws nothing.
 */
export function venueYears(bundle: Pick<Bundle, 'venues' | 'papers'>): Int32Array {
  let span = yearsCache.get(bundle);
  if (span) return span;
  span = new Int32Array(bundle.venues.length * 2);
  const { venue, year } = bundle.papers;
  for (let p = 0; p < venue.length; p++) {
    const v = venue[p];
    const y = year[p];
    if (v === null || v === undefined || y === null || y === undefined) continue;
    if (span[2 * v] === 0 || y < span[2 * v]!) span[2 * v] = y;
    if (y > span[2 * v + 1]!) span[2 * v + 1] = y;
  }
  yearsCache.set(bundle, span);
  return span;
}

/**
 * The series among `counts` (the venue filter's list, `venueCounts`: most papers first): every series title that
 * two or more of them share, with its volumes, papers and years (the papers' years, from `venueYears`), most papers
 * first, then by title. "No venue given" is in no series; a venue alone in its series is left out (it is its own
 * row). One pass over `counts` after `venueYears`. Throws nothing.
 */
export function venueSeries(bundle: Pick<Bundle, 'venues' | 'papers'>, counts: readonly VenueCount[]): VenueSeries[] {
  const span = venueYears(bundle);
  const keys = venueSeriesKeys(bundle.venues);
  const titles = seriesTitles(bundle.venues);
  const groups = new Map<string, VenueCount[]>();
  for (const c of counts) {
    if (c.venue === NO_VENUE) continue;
    const key = keys[c.venue] ?? venueSeriesKey(c.name);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const out: VenueSeries[] = [];
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    let first = Infinity;
    let last = -Infinity;
    for (const c of list) {
      if (span[2 * c.venue] === 0) continue;
      first = Math.min(first, span[2 * c.venue]!);
      last = Math.max(last, span[2 * c.venue + 1]!);
    }
    out.push({
      key,
      title: bundle.venues[list[0]!.venue] === list[0]!.name ? titles[list[0]!.venue]! : venueSeriesTitle(list[0]!.name),
      venues: list.map((c) => c.venue),
      papers: list.reduce((s, c) => s + c.papers, 0),
      years: Number.isFinite(first) ? [first, last] : null,
    });
  }
  return out.sort((a, b) => b.papers - a.papers || ENGLISH.compare(a.title, b.title));
}

const mapCache = new WeakMap<Pick<Bundle, 'venues' | 'papers'>, VenueSeries[]>();

/**
 * The series of the whole map: `venueSeries` over all its papers' venues (`venueCounts` without a year range), kept
 * per bundle; what the map chip, the top bar and the exports name a choice of venues by. Throws nothing.
 */
export function mapVenueSeries(bundle: Pick<Bundle, 'venues' | 'papers'>): VenueSeries[] {
  let series = mapCache.get(bundle);
  if (!series) {
    series = venueSeries(bundle, venueCounts(bundle));
    mapCache.set(bundle, series);
  }
  return series;
}

/** Chosen venues sorted by the series they are in (`venueChoice`). */
export interface VenueChoice {
  /** The series all of whose volumes are chosen, in the order of the series given. */
  whole: VenueSeries[];
  /** The series some of whose volumes are chosen, not all, with how many are, in the order of the series given. */
  part: { series: VenueSeries; chosen: number }[];
  /** The chosen venues in none of the series (`NO_VENUE` too), in the order given. */
  single: number[];
}

/**
 * `venues` (chosen venues: indices into `bundle.venues`, `NO_VENUE`; repeats count once) sorted by `series` (the
 * venue list's, `venueSeries`, or the whole map's, `mapVenueSeries`): the series chosen whole, those chosen in part
 * and the venues in none. A venue in two of `series` (not from one `venueSeries`) counts for the first. Throws nothing.
 */
export function venueChoice(series: readonly VenueSeries[], venues: readonly number[]): VenueChoice {
  const left = new Set(venues);
  const out: VenueChoice = { whole: [], part: [], single: [] };
  for (const s of series) {
    let chosen = 0;
    for (const v of s.venues) if (left.delete(v)) chosen++;
    if (chosen === s.venues.length) out.whole.push(s);
    else if (chosen > 0) out.part.push({ series: s, chosen });
  }
  out.single = [...left];
  return out;
}

/** Short names of a map's venues and series (`venueShortNames`). */
export interface VenueShortNames {
  /** Per venue (index into `bundle.venues`): its acronym and year, "LREC 2020", "WAT 2019", or null. */
  venues: (string | null)[];
  /** Per series key (`VenueSeries.key`): the acronym its volumes carry, "LREC", "WAT". */
  series: Map<string, string>;
}

const shortCache = new WeakMap<Pick<Bundle, 'venues' | 'papers'>, VenueShortNames>();

/**
 * Short names for the words naming a choice of venues (core/queries/venue-words.ts): a series by the acronym its
 * volumes carry most ("(LREC 2018)", "(LREC'16)": "LREC"; `venueOwnAcronym`), a volume by its own acronym or its
 * series' and the year of its papers ("Proceedings of the 12th Language Resources and Evaluation Conference", papers
 * of 2020: "LREC 2020"; "Proceedings of the 6th Workshop on Asian Translation", 2019: "WAT 2019"). None for a volume
 * whose papers span years or give none, and none where two volumes (or two series) of the map would be called the same
 * (COLING 2016's main volume, demonstrations and tutorials are all "COLING 2016": they keep their titles), and none
 * for a series of a track or with a subtitle (a colon in its title: "…: Tutorial Abstracts" is not "EMNLP"). Kept per
 * bundle. Throws nothing.
 */
export function venueShortNames(bundle: Pick<Bundle, 'venues' | 'papers'>): VenueShortNames {
  const cached = shortCache.get(bundle);
  if (cached) return cached;
  const keys = venueSeriesKeys(bundle.venues);
  const titles = seriesTitles(bundle.venues);
  const own = bundle.venues.map(venueOwnAcronym);
  // the acronym most volumes of a series carry (the first met among equals)
  const tally = new Map<string, Map<string, number>>();
  own.forEach((a, v) => {
    if (!a) return;
    const t = tally.get(keys[v]!) ?? new Map<string, number>();
    t.set(a, (t.get(a) ?? 0) + 1);
    tally.set(keys[v]!, t);
  });
  const seriesAcronym = new Map<string, string>();
  for (const [key, t] of tally) seriesAcronym.set(key, [...t].reduce((best, x) => (x[1] > best[1] || (x[1] === best[1] && x[0].length < best[0].length) ? x : best))[0]);
  // a series none of whose volumes carries one: the initials of its title, or of the body it is a meeting of ("Annual
  // Meeting of the Association for Computational Linguistics": ACL), when the map's titles write that acronym
  // somewhere ("ACL 2017, System Demonstrations"; not "ECACL" for "… of the European Chapter of the Association…")
  const words = new Set(bundle.venues.flatMap((n) => n.split(/[^\p{L}\p{N}*]+/u)));
  bundle.venues.forEach((_, v) => {
    if (seriesAcronym.has(keys[v]!)) return;
    const title = titles[v]!;
    const body = /^(.*?)\bof the\s+(.+)$/u.exec(title);
    for (const acronym of [initialsOf(title), body && MEETING.test(body[1]!) ? initialsOf(body[2]!) : '']) {
      if (acronym.length >= 2 && words.has(acronym)) return void seriesAcronym.set(keys[v]!, acronym);
    }
  });
  const span = venueYears(bundle);
  // (none for a track or a subtitle: "…: Tutorial Abstracts" is not the conference)
  const tracks = new Set(bundle.venues.flatMap((_, v) => (titles[v]!.includes(':') ? [keys[v]!] : [])));
  const named = bundle.venues.map((_, v) => {
    if (tracks.has(keys[v]!)) return null;
    const acronym = own[v] ?? seriesAcronym.get(keys[v]!);
    const [first, last] = [span[2 * v]!, span[2 * v + 1]!];
    return acronym && first > 0 && first === last ? `${acronym} ${first}` : null;
  });
  const unique = <T,>(names: T[], of: (x: T) => string | null | undefined) => {
    const seen = new Map<string, number>();
    for (const x of names) {
      const n = of(x)?.toUpperCase();
      if (n) seen.set(n, (seen.get(n) ?? 0) + 1);
    }
    return (x: T) => {
      const n = of(x);
      return n && seen.get(n.toUpperCase()) === 1 ? n : null;
    };
  };
  const venueName = unique(named, (n) => n);
  const seriesName = unique([...new Set(keys)], (k) => (tracks.has(k) ? null : seriesAcronym.get(k)));
  const out: VenueShortNames = { venues: named.map(venueName), series: new Map() };
  for (const key of new Set(keys)) {
    const n = seriesName(key);
    if (n) out.series.set(key, n);
  }
  shortCache.set(bundle, out);
  return out;
}
