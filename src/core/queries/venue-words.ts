/**
 * How the explorer and its exports name a choice of venues: on the map chip, in the top bar, the legend, the Venues
 * panel's line, the panels' "… in {words}" lines (`subsetSpan`), the Export menu and the exports' captions and
 * descriptions (`venueChoiceWords` owns the wording), and the tables' and GEXF's lists of venues (`venueListNames`). A
 * venue series all of whose volumes are chosen (core/queries/venue-series.ts, the whole map's series) by its short
 * name or title and volumes, "LREC (3 volumes)", "“Annual Meeting of the Association…” (10 volumes)", the other
 * venues named when they fit, "+ WAT 2019", else counted, "1 series and 18 venues"; some volumes of one series alone
 * as "“Annual Meeting of the Association…” (3 of 10 volumes)". A series picked whole in the Venues panel was "10
 * venues" everywhere (a tester), then still in the panels' lines and the exports once the chip named it, then "1
 * series + 2 venues" in the top bar, the legend and the Export menu. Text, never HTML.
 */
import { count, countOf } from '../text/count-words';
import { cutName, NO_VENUE, NO_VENUE_NAME, rangeSuffix, shortVenueName, venueWords, yearSpan, type PaperSubset } from './time-slice';
import { mapVenueSeries, venueChoice, venueShortNames, type VenueSeries } from './venue-series';
import type { Bundle } from '../bundle/types';

/** What the words need of a bundle: its venues' names, its papers' venues and years (for the series). */
export type VenueBundle = Pick<Bundle, 'venues' | 'papers'>;

/**
 * A series' volumes, `total` of them: "10 volumes", or with `chosen` of them (fewer) "3 of 10 volumes". Throws nothing.
 */
export function seriesVolumes(total: number, chosen = total): string {
  return chosen >= total ? countOf(total, 'volume') : `${count(chosen)} of ${countOf(total, 'volume')}`;
}

/**
 * Series `series` as a choice names it: its title cut to `max` characters at a word (`cutName`), in curly quotes
 * unless `quote` is false, then its volumes (`seriesVolumes`, `chosen` of them): "“Annual Meeting of the
 * Association for…” (10 volumes)". Throws nothing.
 */
export function seriesWords(series: Pick<VenueSeries, 'title' | 'venues'>, { max = 40, quote = true, chosen = series.venues.length }: { max?: number; quote?: boolean; chosen?: number } = {}): string {
  const title = cutName(series.title, max, true);
  return `${quote ? `“${title}”` : title} (${seriesVolumes(series.venues.length, chosen)})`;
}

/** A choice sorted by the map's series (`venueChoice`), with how many volumes are in its whole and its other series. */
function sortedChoice(bundle: VenueBundle, venues: readonly number[]) {
  const choice = venueChoice(mapVenueSeries(bundle), venues);
  const inWhole = choice.whole.reduce((n, s) => n + s.venues.length, 0);
  const rest = choice.part.reduce((n, p) => n + p.chosen, 0) + choice.single.length;
  /** One series alone, whole or in part. */
  const lone = rest === 0 ? (choice.whole.length === 1 ? { series: choice.whole[0]!, chosen: inWhole } : null) : choice.whole.length === 0 && choice.single.length === 0 && choice.part.length === 1 ? choice.part[0]! : null;
  return { ...choice, inWhole, rest, lone, chosen: new Set(venues) };
}

/** The fewest characters of a venue's head `venueTag` keeps before its distinguishing tail ("Findings…: EMNLP 2020"). */
const TAG_HEAD_MIN = 8;

/**
 * `text` cut to `max` characters at a word, an ellipsis last (a comma, colon or dash before it dropped); whole when it
 * fits; its first word whole when that alone is longer ("Findings…", a character or two over). Throws nothing.
 */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  // (a word that ends just where the cut falls is kept whole)
  const space = text.charAt(max - 1) === ' ' ? max - 1 : head.lastIndexOf(' ');
  const first = text.indexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : first > 0 ? text.slice(0, first) : head).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The part of venue name `name` (its short form: "Proceedings of the" dropped) that tells it from the map's other
 * volumes of the same meeting or journal, and the head before it: the subtitle after the last colon ("…: EMNLP 2020",
 * "…: System Demonstrations"), else a closing parenthesis ("… (LREC'16)", "… (Volume 1: Research Track)"), else the
 * last sentence ("…. Volume 2 - Articles courts"), else the last comma's part ("…, Volume 8", "…, Issue 2 - June
 * 2020"). Null when it has none. Throws nothing.
 */
function venueTail(name: string): { head: string; sep: string; tail: string } | null {
  const paren = /^(.*\S)\s*(\([^()]+\))$/u.exec(name);
  const colon = name.lastIndexOf(': ');
  // (a colon inside the closing parenthesis is the parenthesis's: "… (Volume 1: Research Track)")
  if (colon > 0 && !(paren && colon > paren[1]!.length)) return { head: name.slice(0, colon), sep: ': ', tail: name.slice(colon + 2).trim() };
  if (paren) return { head: paren[1]!, sep: ' ', tail: paren[2]! };
  const stop = name.lastIndexOf('. ');
  if (stop > 0) return { head: name.slice(0, stop), sep: '. ', tail: name.slice(stop + 2).trim() };
  const comma = name.lastIndexOf(', ');
  if (comma > 0) return { head: name.slice(0, comma), sep: ', ', tail: name.slice(comma + 2).trim() };
  return null;
}

/**
 * Venue `venue` (an index into `bundle.venues`, or `NO_VENUE`) in `max` characters or fewer (but for a tail that
 * only just fits), keeping the part that tells it apart from its neighbours: the map's short name where it gives
 * one ("EMNLP 2020", "LREC 2020": core/queries/venue-series.ts `venueShortNames`), else its name whole when it fits
 * ("Proceedings of the" dropped), else its head cut at a word and its distinguishing tail whole (`venueTail`):
 * "Findings of the Association…: EMNLP 2020", "58th Annual Meeting…: System Demonstrations", "Tenth International
 * Conference… (LREC'16)", "Transactions of the Association…, Volume 8"; else (no tail, or one too long to leave
 * TAG_HEAD_MIN characters of the head) cut at its end as before (`cutName`, at a word when `atWord`). A name cut at its end hid the part that
 * differs: "Findings of the Association for Computa…" was EMNLP's Findings and ACL's alike (a tester, on the map chip
 * and the top bar). "no venue given" for `NO_VENUE`. Text, never HTML; throws nothing.
 */
export function venueTag(bundle: VenueBundle, venue: number, max = 40, atWord = false): string {
  if (venue === NO_VENUE) return NO_VENUE_NAME;
  const short = venueShortNames(bundle).venues[venue];
  if (short) return short;
  const name = venueWords(bundle, venue, Infinity);
  if (name.length <= max) return name;
  const parts = venueTail(name);
  const room = parts ? max - parts.tail.length - parts.sep.length : 0;
  if (!parts || parts.tail.length === 0 || room < TAG_HEAD_MIN) return cutName(name, max, atWord);
  const head = cutAtWord(parts.head, room);
  // (a sentence's stop after an ellipsis is none: "Actes des… Volume 2 - Articles courts")
  return `${head}${parts.sep === '. ' && head.endsWith('…') ? ' ' : parts.sep}${parts.tail}`;
}

/** The longest a choice of several venues is written naming each (`venueChoiceWords`), in characters. */
export const CHOICE_ROOM = 64;

/**
 * A choice of several venues counted, as it reads: "1 series and 18 venues", "2 series", "3 venues" (the volumes of
 * a series chosen in part are venues here). Throws nothing.
 */
export function seriesAndVenues(series: number, venues: number): string {
  if (series === 0) return countOf(venues, 'venue');
  return venues > 0 ? `${countOf(series, 'series')} and ${countOf(venues, 'venue')}` : countOf(series, 'series');
}

/**
 * Each part of a choice named: a series (whole, or two or more of its volumes) by its short name and volumes, "LREC (3
 * volumes)", "LREC (2 of 3 volumes)" (core/queries/venue-series.ts `venueShortNames`), else by its title (`seriesWords`); a venue by its short
 * name, "WAT 2019", else by its name cut to `max` at a word (`venueWords`), in curly quotes unless `quote` is false; no venue as
 * "no venue given". Whole series first, then those in part, then the venues in none, in the order given.
 */
function namedParts(bundle: VenueBundle, choice: ReturnType<typeof sortedChoice>, max: number, quote: boolean): { whole: string[]; rest: string[] } {
  const short = venueShortNames(bundle);
  const series = (s: VenueSeries, chosen = s.venues.length) => {
    const name = short.series.get(s.key);
    return name ? `${name} (${seriesVolumes(s.venues.length, chosen)})` : seriesWords(s, { max, quote, chosen });
  };
  const venue = (v: number) => {
    const name = v === NO_VENUE ? null : short.venues[v];
    if (name) return name;
    const cut = venueTag(bundle, v, max, true);
    return quote && v !== NO_VENUE ? `“${cut}”` : cut;
  };
  // (one volume of a series is that volume: "LREC 2020", not "LREC (1 of 3 volumes)")
  const one = (p: { series: VenueSeries; chosen: number }) => (p.chosen === 1 ? venue(p.series.venues.find((v) => choice.chosen.has(v))!) : series(p.series, p.chosen));
  return { whole: choice.whole.map((s) => series(s)), rest: [...choice.part.map(one), ...choice.single.map(venue)] };
}

/**
 * Venues `venues` (indices into `bundle.venues`, `NO_VENUE`) in a few words, as the map chip, the top bar, the legend,
 * the Venues panel's line, the panels' lines, the Export menu and the exports' captions all say them: '' for none;
 * one venue by its whole name (`venueWords`, "“58th Annual Meeting of the Association…”"); several named one by one,
 * a series chosen whole once with its volumes, when that takes `room` characters or fewer: "LREC (3 volumes) +
 * WAT 2019", "“Annual Meeting of the Association…” (10 volumes) + LREC 2020" (short names where the map gives them,
 * `venueShortNames`; else titles cut to `max` characters, at a word for a series, in curly quotes unless `quote` is
 * false); else one whole series named and the rest counted, "“Annual Meeting of the…” (10 volumes) and 18 venues";
 * else counted, "1 series and 18 venues", "3 venues" (`seriesAndVenues`). One series alone is always named, "“Annual
 * Meeting of the Association…” (3 of 10 volumes)". They said "1 series + 2 venues" in the top bar, the legend and the
 * Export menu while the chip named them (a tester). The series are the whole map's (`mapVenueSeries`), not a year
 * range's. Throws nothing.
 */
export function venueChoiceWords(
  bundle: VenueBundle,
  venues: readonly number[],
  { max = 40, quote = true, room = CHOICE_ROOM }: { max?: number; quote?: boolean; room?: number } = {},
): string {
  if (venues.length === 0) return '';
  // one venue as everywhere else (`venueWords`)
  if (venues.length === 1) {
    const one = venueTag(bundle, venues[0]!, max);
    return quote && (venues[0] === NO_VENUE || !venueShortNames(bundle).venues[venues[0]!]) ? `“${one}”` : one;
  }
  const choice = sortedChoice(bundle, venues);
  const parts = namedParts(bundle, choice, max, quote);
  const all = [...parts.whole, ...parts.rest].join(' + ');
  if (choice.lone || all.length <= room) return all;
  const rest = choice.inWhole + choice.rest - (choice.whole[0]?.venues.length ?? 0);
  const one = choice.whole.length === 1 ? `${parts.whole[0]} and ${countOf(rest, 'venue')}` : null;
  return one && one.length <= room ? one : seriesAndVenues(choice.whole.length, choice.inWhole + choice.rest - choice.whole.reduce((n, s) => n + s.venues.length, 0));
}

/**
 * Venues `venues` (two or more) named one by one as `venueChoiceWords` names them (a whole series once, quoted
 * titles), joined by " + ", or null when that is longer than `room` characters. Throws nothing.
 */
export function venueChoiceNamed(bundle: VenueBundle, venues: readonly number[], room = CHOICE_ROOM): string | null {
  const parts = namedParts(bundle, sortedChoice(bundle, venues), 40, true);
  const all = [...parts.whole, ...parts.rest].join(' + ');
  return all.length <= room ? all : null;
}

/**
 * Venues `venues` by their whole names for the tables' `venues` cells and the GEXF's keywords and description, a
 * series chosen whole once by its whole title and volumes: "Annual Meeting of the Association for Computational
 * Linguistics (10 volumes); Proceedings of the 12th Language Resources and Evaluation Conference; no venue given"
 * (they listed all ten volumes: a tester). Series first, then the other venues in the order given. Text, never HTML.
 * Throws nothing.
 */
export function venueListNames(bundle: VenueBundle, venues: readonly number[]): string {
  const choice = venueChoice(mapVenueSeries(bundle), venues);
  const inPart = new Set(choice.part.flatMap((p) => p.series.venues));
  const others = [...new Set(venues)].filter((v) => inPart.has(v) || choice.single.includes(v));
  return [...choice.whole.map((s) => `${s.title} (${countOf(s.venues.length, 'volume')})`), ...others.map((v) => (v === NO_VENUE ? NO_VENUE_NAME : (bundle.venues[v] ?? `venue ${v}`)))].join('; ');
}

/** The legend's longest words for several venues (`venueChoiceCount`), in characters. */
const LEGEND_ROOM = 48;

/**
 * Venues `venues` for the legend: "this venue", "this series" (one series chosen whole, nothing else), "3 volumes of
 * this series" (some of one series, nothing else), else as `venueChoiceWords` says them in `LEGEND_ROOM` characters:
 * "LREC (3 volumes) + WAT 2019", "1 series and 2 venues". The whole map's series (`mapVenueSeries`). Throws nothing.
 */
export function venueChoiceCount(bundle: VenueBundle, venues: readonly number[]): string {
  if (venues.length === 1) return 'this venue';
  const choice = sortedChoice(bundle, venues);
  if (choice.lone) return choice.lone.chosen === choice.lone.series.venues.length ? 'this series' : `${countOf(choice.lone.chosen, 'volume')} of this series`;
  return venueChoiceWords(bundle, venues, { max: 24, room: LEGEND_ROOM });
}

/**
 * The subset in a few words, for "… in {words}" on the panels' lines, in the top bar, the Export menu and the
 * exports' captions and descriptions: "2020", "2016–2021", one venue by its name, "“58th Annual Meeting of the
 * Association…”", several as `venueChoiceWords` says them in `room` characters, series titles cut to `max`: "“Annual
 * Meeting of the…” (10 volumes)", "2020 at “Annual Meeting of the…” (3 of 10 volumes)", "LREC (3 volumes) + WAT
 * 2019", "1 series and 18 venues", "2020 at 3 venues"; '' for no subset (null, or neither set). The series are the
 * whole map's (`mapVenueSeries`). Throws nothing.
 */
export function subsetSpan(bundle: VenueBundle, subset: PaperSubset | null, max = 40, room = CHOICE_ROOM): string {
  if (!subset) return '';
  const years = subset.years ? yearSpan(subset.years) : '';
  // (`max` is for a series' title: one venue's name is cut where it always was, `venueWords`)
  const where = subset.venues ? venueChoiceWords(bundle, subset.venues, { max: subset.venues.length > 1 ? max : undefined, room }) : '';
  return years && where ? `${years} at ${where}` : years || where;
}

/** The longest a file name's venue words run (characters), past which the last ones are counted ("-and-3-more"). */
export const FILE_WORDS_MAX = 60;

/**
 * `text` as file-name words: lower case, without accents, letters and digits joined by "-", up to `max` characters
 * cut at a word ("Annual Meeting of the Association for Computational Linguistics", 24 → "annual-meeting-of-the").
 */
export function fileWords(text: string, max: number): string {
  const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let out = '';
  for (const w of words) {
    if (out && out.length + 1 + w.length > max) break;
    out = out ? `${out}-${w}` : w.slice(0, max);
  }
  return out;
}

/** A short hash of a choice of indices (`venues`, or hidden communities: FNV-1a of the sorted indices, base 36, 4 characters): tells apart choices whose words were cut or only counted. Throws nothing. */
export function choiceHash(venues: readonly number[]): string {
  let h = 0x811c9dc5;
  for (const v of [...new Set(venues)].sort((a, b) => a - b)) {
    for (const c of `${v},`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  }
  return (h % 36 ** 4).toString(36).padStart(4, '0');
}

/**
 * The words an export's file name says chosen venues `venues` (indices into `bundle.venues`, `NO_VENUE`) by, after
 * the dataset's name and years: a series chosen whole by the acronym its volumes carry or its title's first words
 * ("acl", "annual-meeting-of-the"), part of one by its volumes' acronyms and years ("lrec-2020") or else as how many
 * ("acl-3-of-10"), a volume by its acronym and year or its
 * name's first words ("lrec-2020", "no-venue"), joined by "-" ("acl-emnlp", "acl-lrec-2020"); past `max` characters
 * the first that fit and how many more, and then (or when two names read the same) a hash of the choice, so another
 * choice gets another name ("acl-emnlp-and-14-more-k3f9"). '' for none. The ids of the link (`-venues-89-349`) said
 * nothing to a user (a tester). Throws nothing.
 */
export function venueFileWords(bundle: VenueBundle, venues: readonly number[], max = FILE_WORDS_MAX): string {
  if (venues.length === 0) return '';
  const short = venueShortNames(bundle);
  const choice = venueChoice(mapVenueSeries(bundle), venues);
  const chosenSet = new Set(venues);
  const series = (s: VenueSeries) => fileWords(short.series.get(s.key) ?? s.title, 24);
  // (a part cut short may read as another's: the hash then tells them apart; a volume named by its head's first words
  // and its whole tail is not cut for this)
  let cut = false;
  const withTail = new Set<string>();
  const words = (text: string, room: number) => {
    const out = fileWords(text, room);
    if (out !== fileWords(text, Infinity)) cut = true;
    return out;
  };
  // a volume by its short name, else its head's first words and its distinguishing tail whole, as `venueTag` keeps
  // them: the 3k map's volumes of AACL 2020 were all "1st-conference-of-the", its main volume, its Student Research
  // Workshop and its System Demonstrations alike (a tester)
  // the short name of a volume of the same proceedings (same head): "emnlp-2020" for the 2020 EMNLP's System
  // Demonstrations, whose head's first words read "2020-conference" (a tester: "emnlp-2020-2020-conference-system-…")
  const headOf = (u: number) => {
    const name = venueWords(bundle, u, Infinity);
    return venueTail(name)?.head ?? name;
  };
  const shortOfHead = new Map<string, string>();
  short.venues.forEach((named, u) => {
    if (!named) return;
    const head = headOf(u);
    if (!shortOfHead.has(head)) shortOfHead.set(head, named);
  });
  // parts named by a short name (alone, or with a volume's tail): grouped below ("emnlp-2020-with-system-demonstrations-…")
  const byShort = new Map<string, { prefix: string; tail: string | null }>();
  const volume = (v: number) => {
    if (v === NO_VENUE) return 'no-venue';
    const named = short.venues[v];
    if (named) {
      const out = words(named, 24);
      byShort.set(out, { prefix: out, tail: null });
      return out;
    }
    const parts = venueTail(venueWords(bundle, v, Infinity));
    if (parts && parts.tail) {
      const sibling = shortOfHead.get(parts.head);
      const prefix = sibling ? fileWords(sibling, 24) : fileWords(parts.head, 16);
      const tail = words(parts.tail, 32);
      const out = `${prefix}-${tail}`;
      withTail.add(out);
      if (sibling) byShort.set(out, { prefix, tail });
      return out;
    }
    return words(shortVenueName(bundle.venues[v] ?? `venue ${v}`), 24);
  };
  const parts = [
    ...choice.whole.map(series),
    // (part of a series: its volumes by their acronyms and years, "lrec-2020", else how many, "acl-3-of-10")
    ...choice.part.flatMap(({ series: s, chosen }) => {
      const mine = s.venues.filter((v) => chosenSet.has(v));
      // (one or two volumes without short names by their own words: four issues of a journal read "computational-1-of-4" alike)
      return mine.every((v) => short.venues[v]) || mine.length <= 2 ? mine.map(volume) : [`${series(s)}-${chosen}-of-${s.venues.length}`];
    }),
    ...choice.single.map(volume),
  ].filter(Boolean);
  const clash = cut || new Set(parts).size < parts.length || parts.some((p) => p.length >= 24 && !withTail.has(p));
  grouped(parts, byShort, withTail);
  const whole = parts.join('-');
  if (whole.length <= max && !clash) return whole;
  let out = '';
  let used = 0;
  for (const p of parts) {
    const more = `-and-${parts.length - used - 1}-more`;
    if (out && out.length + 1 + p.length + (used + 1 < parts.length ? more.length : 0) > max) break;
    out = out ? `${out}-${p}` : p;
    used++;
  }
  return `${out}${used < parts.length ? `-and-${parts.length - used}-more` : ''}-${choiceHash(venues)}`;
}

/**
 * `parts` (file-name words of chosen volumes, in order) with the volumes of one proceedings said once, in place of
 * the first: its short name, then "with" when its main volume is chosen too, then each other volume's tail
 * (`emnlp-2020` `emnlp-2020-system-demonstrations` `emnlp-2020-tutorial-abstracts` → `emnlp-2020-with-system-
 * demonstrations-tutorial-abstracts`). `byShort`: the parts named by a short name (the prefix, the tail or null for the
 * main volume); a grouped part is added to `withTail` (read whole, not a name cut short). Changes `parts`; throws nothing.
 */
function grouped(parts: string[], byShort: ReadonlyMap<string, { prefix: string; tail: string | null }>, withTail: Set<string>): void {
  const groups = new Map<string, { main: boolean; tails: string[] }>();
  for (const p of parts) {
    const of = byShort.get(p);
    if (!of) continue;
    const g = groups.get(of.prefix) ?? { main: false, tails: [] };
    if (of.tail === null) g.main = true;
    else g.tails.push(of.tail);
    groups.set(of.prefix, g);
  }
  for (const [prefix, g] of groups) {
    if (g.tails.length + (g.main ? 1 : 0) < 2) continue;
    const text = `${prefix}${g.main ? '-with' : ''}-${g.tails.join('-')}`;
    withTail.add(text);
    const first = parts.findIndex((p) => byShort.get(p)?.prefix === prefix);
    const kept = parts.filter((p, i) => i === first || byShort.get(p)?.prefix !== prefix);
    kept[kept.indexOf(parts[first]!)] = text;
    parts.splice(0, parts.length, ...kept);
  }
}

/**
 * What an export of `subset` of `bundle` puts after the dataset's name: its years then its venues' words
 * (`rangeSuffix`, `venueFileWords`): `-2019-2020`, `-2020-acl-lrec-2020`; '' for none (null: every paper). Throws nothing.
 */
export function subsetFileSuffix(bundle: VenueBundle, subset: PaperSubset | null): string {
  if (!subset) return '';
  const words = subset.venues ? venueFileWords(bundle, subset.venues) : '';
  return `${rangeSuffix(subset.years)}${words ? `-${words}` : ''}`;
}
