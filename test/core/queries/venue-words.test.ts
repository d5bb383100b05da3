/**
 * A choice of venues in words (src/core/queries/venue-words.ts): a venue series chosen whole is named as the series, on the
 * map chip, in the top bar, the legend and the Venues panel's line, where they all said "10 venues" (a tester); some
 * volumes of one series are "3 of 10 volumes"; other venues are counted. On invented titles built into a map.
 */
import { describe, expect, it } from 'vitest';
import { seriesVolumes, subsetSpan, venueChoiceCount, venueChoiceWords } from '../../../src/core/queries/venue-words';
import { filterWords } from '../../../src/app/panels/FilterChip';
import { mapVenueSeries, venueChoice } from '../../../src/core/queries/venue-series';
import { cutName, NO_VENUE } from '../../../src/core/queries/time-slice';
import { tableWords } from '../../../src/core/export/table-subset';
import { buildText } from '../helpers';

const line = (id: string, title: string, authors: string[], year: number, venue: string | null) => JSON.stringify({ id, title, authors, year, venue, doi: null, abstract: null });
const { bundle } = buildText(
  'harbours.jsonl',
  [
    line('a', 'Quiet Harbours', ['Ana Reyes', 'Ben Okafor'], 2018, 'Proceedings of the 3rd International Harbour and Lighthouse Conference (Volume 1: Long Papers)'),
    line('b', 'Salt and Rope', ['Ana Reyes', 'Cleo Park'], 2018, 'Proceedings of the 3rd International Harbour and Lighthouse Conference (Volume 2: Short Papers)'),
    line('c', 'Four Winds', ['Cleo Park', 'Dev Shah'], 2020, 'Proceedings of the 4th International Harbour and Lighthouse Conference'),
    line('d', 'Lantern Maths', ['Dev Shah', 'Eli Moss'], 2020, 'Findings of the Harbour Conference 2020'),
    line('e', 'Night Tides', ['Eli Moss', 'Fen Wu'], 2019, 'Proceedings of the 4th International Harbour and Lighthouse Conference: System Demonstrations'),
    line('f', 'Buoys', ['Fen Wu', 'Gil Roy'], 2019, 'Tide Review, Volume 3'),
    line('g', 'Swell', ['Gil Roy', 'Ana Reyes'], 2020, 'Tide Review, Volume 4'),
    line('h', 'Knots', ['Ben Okafor', 'Gil Roy'], 2021, null),
  ].join('\n'),
);
const v = (name: string) => bundle.venues.findIndex((n) => n.startsWith(name));
const harbour = [v('Proceedings of the 3rd International Harbour and Lighthouse Conference (Volume 1'), v('Proceedings of the 3rd International Harbour and Lighthouse Conference (Volume 2'), v('Proceedings of the 4th International Harbour and Lighthouse Conference')].filter((x) => x >= 0);
const tide = [v('Tide Review, Volume 3'), v('Tide Review, Volume 4')];
const findings = v('Findings');
const demos = v('Proceedings of the 4th International Harbour and Lighthouse Conference: System');
const off = { hiddenCommunities: new Set<number>(), minPapers: 1, showPapers: true, years: null, venues: null, minLinkStrength: 0, hideUnlinked: false, ego: null };

describe('a choice of venues sorted by the map\'s series', () => {
  it('the Harbour Conference (3 volumes) and the Tide Review (2): whole, in part, and the venues in none', () => {
    expect(harbour).toHaveLength(3);
    expect(mapVenueSeries(bundle).map((s) => [s.title, s.venues.length])).toEqual([
      ['International Harbour and Lighthouse Conference', 3],
      ['Tide Review', 2],
    ]);
    const choice = venueChoice(mapVenueSeries(bundle), [...harbour, tide[0]!, findings, NO_VENUE]);
    expect(choice.whole.map((s) => s.title)).toEqual(['International Harbour and Lighthouse Conference']);
    expect(choice.part.map((p) => [p.series.title, p.chosen])).toEqual([['Tide Review', 1]]);
    expect(choice.single).toEqual([findings, NO_VENUE]);
  });
});

describe('a name cut short', () => {
  it('at its length, or at a word (a comma before it dropped) unless that leaves half or less', () => {
    expect(cutName('Annual Meeting of the Association for Computational Linguistics', 20)).toBe('Annual Meeting of t…');
    expect(cutName('Annual Meeting of the Association for Computational Linguistics', 20, true)).toBe('Annual Meeting of…');
    expect(cutName('Workshop on Tides, Swell and Buoys', 20, true)).toBe('Workshop on Tides…');
    expect(cutName('Supercalifragilistic Harbour', 20, true)).toBe('Supercalifragilisti…');
    expect(cutName('Tide Review', 20, true)).toBe('Tide Review');
  });
});

describe('a choice of venues in words', () => {
  it('a series chosen whole is the series, "(3 volumes)", not "3 venues"', () => {
    expect(venueChoiceWords(bundle, harbour)).toBe('“International Harbour and Lighthouse…” (3 volumes)');
    expect(venueChoiceWords(bundle, harbour, { max: 20, quote: false })).toBe('International… (3 volumes)');
    expect(subsetSpan(bundle, { years: null, venues: harbour })).toBe('“International Harbour and Lighthouse…” (3 volumes)');
    expect(subsetSpan(bundle, { years: [2018, 2020], venues: harbour })).toBe('2018–2020 at “International Harbour and Lighthouse…” (3 volumes)');
    expect(venueChoiceCount(bundle, harbour)).toBe('this series');
    // the top bar's: shorter, at a word
    expect(subsetSpan(bundle, { years: null, venues: harbour }, 24)).toBe('“International Harbour…” (3 volumes)');
  });

  it('mixed: the whole series named, the other venues counted (a series in part among them too)', () => {
    expect(venueChoiceWords(bundle, [findings, ...harbour, demos])).toBe('“International Harbour and Lighthouse…” (3 volumes) + 2 venues');
    expect(venueChoiceWords(bundle, [...harbour, tide[1]!])).toBe('“International Harbour and Lighthouse…” (3 volumes) + 1 venue');
    expect(venueChoiceWords(bundle, [...tide, ...harbour], { max: 12 })).toBe('“Internation…” (3 volumes) + “Tide Review” (2 volumes)');
    expect(venueChoiceWords(bundle, [findings, ...harbour, harbour[0]!, demos])).toBe('“International Harbour and Lighthouse…” (3 volumes) + 2 venues');
    expect(venueChoiceCount(bundle, [findings, ...harbour, demos])).toBe('1 series + 2 venues');
    // the top bar's, next to the chip that names them: counted
    expect(subsetSpan(bundle, { years: [2020, 2020], venues: [findings, ...harbour, demos] }, 24)).toBe('2020 at 1 series + 2 venues');
    expect(subsetSpan(bundle, { years: null, venues: [harbour[0]!, tide[0]!] }, 24)).toBe('2 venues');
    expect(venueChoiceCount(bundle, [...tide, ...harbour])).toBe('2 series');
  });

  it('some volumes of one series alone: "2 of 3 volumes"; otherwise venues counted, one venue named', () => {
    expect(venueChoiceWords(bundle, harbour.slice(0, 2))).toBe('“International Harbour and Lighthouse…” (2 of 3 volumes)');
    expect(venueChoiceCount(bundle, harbour.slice(0, 2))).toBe('2 volumes of this series');
    expect(venueChoiceWords(bundle, [harbour[0]!, tide[0]!, NO_VENUE])).toBe('3 venues');
    expect(venueChoiceCount(bundle, [harbour[0]!, tide[0]!, NO_VENUE])).toBe('3 venues');
    expect(venueChoiceWords(bundle, [tide[0]!])).toBe('“Tide Review, Volume 3”');
    expect(venueChoiceWords(bundle, [NO_VENUE], { quote: false })).toBe('no venue given');
    expect(venueChoiceCount(bundle, [tide[0]!])).toBe('this venue');
    expect(venueChoiceWords(bundle, [])).toBe('');
    expect(seriesVolumes(10)).toBe('10 volumes');
    expect(seriesVolumes(10, 3)).toBe('3 of 10 volumes');
    expect(seriesVolumes(1)).toBe('1 volume');
  });

  it('the panels\' lines, the Export menu and the exports (core `subsetSpan`, `tableWords`) name a series as the chip does', () => {
    // they said "3 venues" / "2018–2020 at 3 venues" for the whole series, and the VOSviewer weights "(all 3 volumes)"
    expect(subsetSpan(bundle, { years: null, venues: harbour })).not.toMatch(/venues/);
    expect(subsetSpan(bundle, { years: [2018, 2020], venues: [...harbour, findings] })).toBe('2018–2020 at 1 series + 1 venue');
    expect(subsetSpan(bundle, { years: [2019, 2019], venues: harbour.slice(1) })).toBe('2019 at “International Harbour and Lighthouse…” (2 of 3 volumes)');
    expect(tableWords(bundle, { years: null, venues: harbour }).within).toBe('at “International Harbour and Lighthouse…” (3 volumes)');
    expect(subsetSpan(bundle, { years: null, venues: [tide[0]!] })).toBe('“Tide Review, Volume 3”');
    // the top bar's shorter series titles leave one venue's name as it was
    expect(subsetSpan(bundle, { years: null, venues: [tide[0]!] }, 8)).toBe('“Tide Review, Volume 3”');
    expect(subsetSpan(bundle, { years: [2020, 2021], venues: null })).toBe('2020–2021');
    expect(subsetSpan(bundle, null)).toBe('');
  });

  it('the map chip names the series, as the panel lists it', () => {
    expect(filterWords({ ...off, venues: harbour }, bundle, 'papers')).toEqual(['International… (3 volumes)']);
    expect(filterWords({ ...off, years: [2020, 2020], venues: [...harbour, findings, demos] }, bundle, 'papers')).toEqual(['2020 only', 'International… (3 volumes) + 2 venues']);
    expect(filterWords({ ...off, venues: tide.slice(0, 1).concat(harbour[0]!) }, bundle, 'papers')).toEqual(['2 venues']);
  });
});
