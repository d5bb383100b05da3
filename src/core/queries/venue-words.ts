/**
 * How the explorer and its exports name a choice of venues: on the map chip, in the top bar, the legend, the Venues
 * panel's line, the panels' "… in {words}" lines (`subsetSpan`), the Export menu and the exports' captions and
 * descriptions. A venue series all of whose volumes are chosen (core/queries/venue-series.ts, the whole map's series) by
 * its title and volumes, "“Annual Meeting of the Association…” (10 volumes)", the other venues counted, "+ 2
 * venues"; some volumes of one series alone as "“Annual Meeting of the Association…” (3 of 10 volumes)". A series
 * picked whole in the Venues panel was "10 venues" everywhere (a tester), then still in the panels' lines and the
 * exports once the chip named it. Text, never HTML.
 */
import { count, countOf } from '../text/count-words';
import { cutName, venueWords, yearSpan, type PaperSubset } from './time-slice';
import { mapVenueSeries, venueChoice, type VenueSeries } from './venue-series';
import type { Bundle } from '../bundle/types';

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
  if (venues.length === 0) return '';
  // one venue as everywhere else (`venueWords`)
  if (venues.length === 1) {
    const one = cutName(venueWords(bundle, venues[0]!, Infinity), max);
    return quote ? `“${one}”` : one;
  }
  const choice = sortedChoice(bundle, venues);
  if (choice.lone) return seriesWords(choice.lone.series, { max, quote, chosen: choice.lone.chosen });
  if (counted || choice.whole.length === 0) return countedWords(choice);
  const named = choice.whole.slice(0, NAMED_SERIES);
  const rest = choice.inWhole + choice.rest - named.reduce((n, s) => n + s.venues.length, 0);
  const words = named.map((s) => seriesWords(s, { max, quote }));
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
 * The subset in a few words, for "… in {words}" on the panels' lines, in the Export menu and the exports' captions
 * and descriptions: "2020", "2016–2021", one venue by its name, "“58th Annual Meeting of the Association…”", several
 * as `venueChoiceWords` says them with `counted` (one series alone named, its title cut to `max` characters, else
 * counted): "“Annual Meeting of the…” (10 volumes)", "2020 at “Annual Meeting of the…” (3 of 10 volumes)", "1
 * series + 2 venues", "2020 at 3 venues"; '' for no subset (null, or neither set). The series are the whole map's
 * (`mapVenueSeries`). Throws nothing.
 */
export function subsetSpan(bundle: VenueBundle, subset: PaperSubset | null, max = 40): string {
  if (!subset) return '';
  const years = subset.years ? yearSpan(subset.years) : '';
  // (`max` is for a series' title: one venue's name is cut where it always was, `venueWords`)
  const where = subset.venues ? venueChoiceWords(bundle, subset.venues, { max: subset.venues.length > 1 ? max : undefined, counted: true }) : '';
  return years && where ? `${years} at ${where}` : years || where;
}
