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

/**
 * Venues `venues` (indices into `bundle.venues`, `NO_VENUE`) in a few words: '' for none; one venue by its name
 * (`venueWords`, "“58th Annual Meeting of the Association…”"); the whole series among them by title and "(N
 * volumes)", as their rows in the Venues panel say them (with "all" a phone's chip cut off the rest), up to two,
 * and the other venues counted: "“Annual Meeting of the Association…” (10 volumes) + 2 venues"; some volumes of
 * one series and nothing else: "“Annual Meeting of the Association…” (3 of 10 volumes)"; else "3 venues". Names cut
 * to `max` characters (`cutName`; a series' title at a word, its volumes said after it), in curly quotes unless
 * `quote` is false (the map chip, whose parts are apart already). The series are the whole map's
 * (`mapVenueSeries`), not a year range's. Throws nothing.
 */
export function venueChoiceWords(bundle: VenueBundle, venues: readonly number[], { max = 40, quote = true }: { max?: number; quote?: boolean } = {}): string {
  const name = (text: string, atWord = true) => (quote ? `“${cutName(text, max, atWord)}”` : cutName(text, max, atWord));
  if (venues.length === 0) return '';
  // one venue as everywhere else (`venueWords`)
  if (venues.length === 1) return name(venueWords(bundle, venues[0]!, Infinity), false);
  const { whole, part, single } = venueChoice(mapVenueSeries(bundle), venues);
  const all = whole.reduce((n, s) => n + s.venues.length, 0) + part.reduce((n, p) => n + p.chosen, 0) + single.length;
  if (whole.length === 0 && part.length === 1 && single.length === 0) {
    const { series, chosen } = part[0]!;
    return `${name(series.title)} (${seriesVolumes(series.venues.length, chosen)})`;
  }
  if (whole.length === 0) return countOf(all, 'venue');
  const named = whole.slice(0, NAMED_SERIES);
  const rest = all - named.reduce((n, s) => n + s.venues.length, 0);
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
  const { whole, part, single } = venueChoice(mapVenueSeries(bundle), venues);
  const inWhole = whole.reduce((n, s) => n + s.venues.length, 0);
  const rest = part.reduce((n, p) => n + p.chosen, 0) + single.length;
  if (whole.length === 1 && rest === 0) return 'this series';
  if (whole.length === 0 && part.length === 1 && single.length === 0) return `${countOf(part[0]!.chosen, 'volume')} of this series`;
  if (whole.length === 0) return countOf(inWhole + rest, 'venue');
  return rest > 0 ? `${countOf(whole.length, 'series')} + ${countOf(rest, 'venue')}` : countOf(whole.length, 'series');
}

/**
 * The subset in a few words for "… in {words}", as core `subsetSpan` says it ("2020", "2016–2021", one venue's
 * name) but several venues as `venueChoiceWords` names them, series' titles cut to `max` characters: "2020 at
 * “Annual Meeting of the…” (10 volumes)"; '' for no subset (null, or neither set). Throws nothing.
 */
export function subsetWords(bundle: VenueBundle, subset: PaperSubset | null, max = 40): string {
  if (!subset?.venues || subset.venues.length < 2) return subsetSpan(bundle, subset);
  const where = venueChoiceWords(bundle, subset.venues, { max });
  return subset.years ? `${yearSpan(subset.years)} at ${where}` : where;
}
