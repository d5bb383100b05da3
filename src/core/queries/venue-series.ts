/**
 * Venue series: the volumes of one venue across years (a conference's yearly proceedings, a journal's volumes and
 * issues), found from their titles alone, for the venue filter's grouped rows and the exports' words. Each volume
 * (as the papers give it, `bundle.venues`) has a series title: its title without "Proceedings of (the)", years
 * ("2020", "'16", "ACL-2016"), ordinals and edition numbers ("58th", "Tenth", "28e", "Summit XVII", "33e édition"),
 * volume, part, issue and number markers with what follows them ("(Volume 1: Long Papers)", "Volume 42, Issue 1 -
 * March 2016", "Main Volume"), a parenthesised acronym or edition ("(EMNLP)", "(LREC 2018)", "(CoNLL)") and a joint
 * meeting's second, numbered conference ("… and the 11th International Joint Conference on Natural Language
 * Processing": the volume is the first-named meeting's). Volumes whose series titles are the same words (case,
 * accents and punctuation aside) are one series. What a title says beyond that stays: a track after a colon
 * ("System Demonstrations", "Tutorial Abstracts"), "Findings of …", a workshop's or shared task's name, so those are
 * series of their own and never the main conference's (ACL's Findings, demonstrations, co-located workshops and
 * CoNLL are not ACL or EMNLP). Nothing here knows a venue by name: the rules are the title's shape only, checked on
 * the ACL Anthology 2016–2021 (768 volumes), a lab's BibTeX (953 journals) and a geometry bibliography (2,239).
 */
import type { Bundle } from '../bundle/types';
import { NO_VENUE, shortVenueName, venueCounts, type VenueCount } from './time-slice';

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
/** "… and the 11th International Joint Conference on …", "… and the IJCNLP 2017 …" up to a colon: a joint meeting's second conference. */
const JOINT = new RegExp(`\\s+and the\\s+(\\d+\\s?(st|nd|rd|th)|((${TENS})[- ])?(${ORDINAL_WORD}))\\s[^:]*`, 'iu');
/** Roman numerals of two letters or more written in capitals ("Summit XVII"), an edition. */
const ROMAN = /(?<![\p{L}\p{N}])[IVX]{2,}(?![\p{L}\p{N}])/gu;
/** A token that is an acronym: two capitals or more ("EMNLP", "CoNLL", "SCiL", "*SEM"), or a number. */
const ACRONYM = /^[*]?(\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*|\d+)$/u;

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
  s = s.replace(NUMBERED_IN_PARENS, ' ').replace(NUMBERED_TO_END, ' ').replace(/\bmain volume\b/giu, ' ');
  s = s.replace(JOINT, ' ');
  // a parenthesised group goes when it names an edition (holds a year or an ordinal) or is acronyms only
  s = s.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    if (HAS_YEAR.test(inner) || HAS_ORDINAL.test(inner)) return ' ';
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
  const key = venueSeriesTitle(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter((w) => w && w !== 'the')
    .join(' ');
  return /\p{L}/u.test(key) ? key : `\u0000${name}`;
}

/** A series of volumes of the venue filter: two or more of the map's venues with one series title. */
export interface VenueSeries {
  /** `venueSeriesKey` of its volumes. */
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

const keysCache = new WeakMap<readonly string[], string[]>();

/**
 * `venueSeriesKey` of each of `venues` (a map's `bundle.venues`), in their order, worked out once per list (768
 * titles took 10–30 ms, and the venue list, the map chip and the top bar each ask). Throws nothing.
 */
function seriesKeys(venues: readonly string[]): string[] {
  let keys = keysCache.get(venues);
  if (!keys) {
    keys = venues.map(venueSeriesKey);
    keysCache.set(venues, keys);
  }
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
  const keys = seriesKeys(bundle.venues);
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
      title: venueSeriesTitle(list[0]!.name),
      venues: list.map((c) => c.venue),
      papers: list.reduce((s, c) => s + c.papers, 0),
      years: Number.isFinite(first) ? [first, last] : null,
    });
  }
  return out.sort((a, b) => b.papers - a.papers || a.title.localeCompare(b.title, 'en'));
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
