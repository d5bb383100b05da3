/**
 * How the explorer names a choice of venues on the map chip, in the top bar, the legend and the Venues panel's
 * line: a venue series all of whose volumes are chosen (core/queries/venue-series.ts, the whole map's series) by
 * its title and volumes, "“Annual Meeting of the Association…” (10 volumes)", the other venues counted, "+ 2
 * venues"; some volumes of one series alone as "“Annual Meeting of the Association…” (3 of 10 volumes)". A series
 * picked whole in the Venues panel was "10 venues" everywhere (a tester). Text, never HTML.
 */
import { count, countOf } from './format';
import { cutName, subsetSpan, venueWords, yearSpan, type PaperSubset } from '../core/queries/time-slice';
import { mapVenueSeries, venueChoice } from '../core/queries/venue-series';
import type { Bundle } from '../core/bundle/types';

/** What the words need of a bundle: its venues' names, its papers' venues and years (for the series). */
export type VenueBundle = Pick<Bundle, 'venues' | 'papers'>;

/** Whole series named one by one before the rest is counted ("+ 5 venues"). */
const NAMED_SERIES = 2;

/**
 * A series' volumes, `total` of them: "10 volumes", or with `chosen` of them (fewer) "3 of 10 volumes". Throws nothing.
 */
export function seriesVolumes(total: number, chosen = total): string {
  return chosen >= total ? countOf(total, 'volume') : `${count(chosen)} of ${countOf(total, 'volume')}`;
}

/** A choice sorted by the map's series (`venueChoice`), with how many volumes are in its whole and its other series. */
function sortedChoice(bundle: VenueBundle, venues: readonly number[]) {
  const choice = venueChoice(mapVenueSeries(bundle), venues);
  const inWhole = choice.whole.reduce((n, s) => n + s.venues.length, 0);
  const rest = choice.part.reduce((n, p) => n + p.chosen, 0) + choice.single.length;
  /** One series alone, whole or in part. */
  const lone = rest === 0 ? (choice.whole.length === 1 ? { series: choice.whole[0]!, chosen: inWhole } : null) : choice.whole.length === 0 && choice.single.length === 0 && choice.part.length === 1 ? choice.part[0]! : null;
  return { ...choice, inWhole, rest, lone };
}

/** A choice of several venues counted: "1 series + 2 venues", "2 series", "3 venues". */
function countedWords({ whole, inWhole, rest }: ReturnType<typeof sortedChoice>): string {
  if (whole.length === 0) return countOf(inWhole + rest, 'venue');
  return rest > 0 ? `${countOf(whole.length, 'series')} + ${countOf(rest, 'venue')}` : countOf(whole.length, 'series');
}

/**
 * Venues `venues` (indices into `bundle.venues`, `NO_VENUE`) in a few words: '' for none; one venue by its name
 * (`venueWords`, "“58th Annual Meeting of the Association…”"); one series alone by its title and volumes as its row
 * in the Venues panel says them, "“Annual Meeting of the Association…” (10 volumes)", "… (3 of 10 volumes)";
 * otherwise the whole series among them named, up to two, and the other venues counted: "“Annual Meeting of the
 * Association…” (10 volumes) + 2 venues", or with `counted` (the top bar, where that was cut at 1440 px and the chip
 * beside it names them) counted too, "1 series + 2 venues"; no whole series: "3 venues". Names cut to `max`
 * characters (`cutName`; a series' title at a word, its volumes said after it), in curly quotes unless `quote` is
 * false (the map chip, whose parts are apart already). The series are the whole map's (`mapVenueSeries`), not a
 * year range's. Throws nothing.
 */
export function venueChoiceWords(
  bundle: VenueBundle,
  venues: readonly number[],
  { max = 40, quote = true, counted = false }: { max?: number; quote?: boolean; counted?: boolean } = {},
): string {
  const name = (text: string, atWord = true) => (quote ? `“${cutName(text, max, atWord)}”` : cutName(text, max, atWord));
  if (venues.length === 0) return '';
  // one venue as everywhere else (`venueWords`)
  if (venues.length === 1) return name(venueWords(bundle, venues[0]!, Infinity), false);
  const choice = sortedChoice(bundle, venues);
  if (choice.lone) return `${name(choice.lone.series.title)} (${seriesVolumes(choice.lone.series.venues.length, choice.lone.chosen)})`;
  if (counted || choice.whole.length === 0) return countedWords(choice);
  const named = choice.whole.slice(0, NAMED_SERIES);
  const rest = choice.inWhole + choice.rest - named.reduce((n, s) => n + s.venues.length, 0);
  const words = named.map((s) => `${name(s.title)} (${seriesVolumes(s.venues.length)})`);
  if (rest > 0) words.push(countOf(rest, 'venue'));
  return words.join(' + ');
}

/**
 * Venues `venues` counted for the legend, which leaves naming them to the chip and the top bar: "this venue", "this
 * series" (one series chosen whole, nothing else), "3 volumes of this series" (some of one series, nothing else),
 * "1 series + 2 venues", "3 venues". The whole map's series (`mapVenueSeries`). Throws nothing.
 */
export function venueChoiceCount(bundle: VenueBundle, venues: readonly number[]): string {
  if (venues.length === 1) return 'this venue';
  const choice = sortedChoice(bundle, venues);
  if (choice.lone) return choice.lone.chosen === choice.lone.series.venues.length ? 'this series' : `${countOf(choice.lone.chosen, 'volume')} of this series`;
  return countedWords(choice);
}

/**
 * The subset in a few words for "… in {words}", as core `subsetSpan` says it ("2020", "2016–2021", one venue's
 * name) but several venues as `venueChoiceWords` says them with `counted` (one series alone named, its title cut to
 * `max` characters, else counted): "2020 at “Annual Meeting of the…” (10 volumes)", "1 series + 2 venues"; '' for no
 * subset (null, or neither set). Throws nothing.
 */
export function subsetWords(bundle: VenueBundle, subset: PaperSubset | null, max = 40): string {
  if (!subset?.venues || subset.venues.length < 2) return subsetSpan(bundle, subset);
  const where = venueChoiceWords(bundle, subset.venues, { max, counted: true });
  return subset.years ? `${yearSpan(subset.years)} at ${where}` : where;
}
