/**
 * A choice of venues in words (src/core/queries/venue-words.ts): a venue series chosen whole is named as the series, on the
 * map chip, in the top bar, the legend and the Venues panel's line, where they all said "10 venues" (a tester); some
 * volumes of one series are "3 of 10 volumes"; other venues are counted. On invented titles built into a map.
 */
import { describe, expect, it } from 'vitest';
import { seriesAndVenues, seriesVolumes, subsetSpan, venueChoiceCount, venueChoiceWords, venueListNames, venueTag } from '../../../src/core/queries/venue-words';
import { filterWords } from '../../../src/app/panels/FilterChip';
import { mapVenueSeries, venueChoice } from '../../../src/core/queries/venue-series';
import { cutName, NO_VENUE } from '../../../src/core/queries/time-slice';
import { tableWords } from '../../../src/core/export/table-subset';
import { bundleToGexf } from '../../../src/core/export/gexf';
import { buildText } from '../helpers';
import type { Bundle } from '../../../src/core/bundle/types';

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

describe('one venue named short, keeping the part that tells it from its neighbours', () => {
  const names = [
    'Findings of the Association for Computational Linguistics: EMNLP 2020',
    'Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021',
    'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics: System Demonstrations',
    'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics: Student Research Workshop',
    "Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC'16)",
    'Proceedings of the 14th Conference of the Association for Machine Translation in the Americas (Volume 1: Research Track)',
    'Transactions of the Association for Computational Linguistics, Volume 8',
    'Computational Linguistics, Volume 46, Issue 2 - June 2020',
    'Actes des 24ème Conférence sur le Traitement Automatique des Langues Naturelles. Volume 2 - Articles courts',
    'Tide Review, Volume 3',
  ];
  // (LREC'16's paper gives no year: no short name, "LREC 2016", the map could call it by)
  const map = { communities: [], venues: names, papers: { venue: names.map((_, i) => i), year: names.map((n) => (n.includes('LREC') ? null : 2020)) } as unknown as Bundle['papers'] };
  it('the head cut at a word, the subtitle, parenthesis, last sentence or last part whole; the map\'s short name where it has one; whole when it fits', () => {
    expect(names.map((_, v) => venueTag(map, v))).toEqual([
      'Findings of the Association…: EMNLP 2020',
      'Findings of the…: ACL-IJCNLP 2021',
      '58th Annual…: System Demonstrations',
      '58th Annual…: Student Research Workshop',
      "Tenth International… (LREC'16)",
      '14th… (Volume 1: Research Track)',
      'Transactions of the…, Volume 8',
      'Computational…, Issue 2 - June 2020',
      'Actes des… Volume 2 - Articles courts',
      'Tide Review, Volume 3',
    ]);
    // EMNLP's and ACL's Findings told apart on the chip and the top bar (both read "Findings of the Ass… only")
    expect(filterWords({ ...off, venues: [0] }, map, 'papers')).toEqual(['Findings of the Association…: EMNLP 2020 only']);
    expect(subsetSpan(map, { years: null, venues: [1] })).toBe('“Findings of the…: ACL-IJCNLP 2021”');
    // a tail that leaves too little of the head: cut at the end, as before
    expect(venueTag(map, 3, 30)).toBe('58th Annual Meeting of the As…');
    expect(venueTag(map, 6, 100)).toBe('Transactions of the Association for Computational Linguistics, Volume 8');
    expect(venueTag(map, NO_VENUE)).toBe('no venue given');
    // in the chip's room for one of several: the head's first word whole, a character over
    expect(venueTag(map, 0, 20, true)).toBe('Findings…: EMNLP 2020');
  });
  it('a volume the map gives a short name is called by it ("LREC 2020"), unquoted', () => {
    const lrec = { venues: ['Proceedings of the 12th Language Resources and Evaluation Conference', 'Proceedings of the Eleventh International Conference on Language Resources and Evaluation (LREC 2018)'], papers: { venue: [0, 1], year: [2020, 2018] } as unknown as Bundle['papers'] };
    expect(venueTag(lrec, 0)).toBe('LREC 2020');
    expect(subsetSpan(lrec, { years: null, venues: [0] })).toBe('LREC 2020');
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

  it('mixed: each named when they fit, else the whole series named and the other venues counted, else counted as it reads ("1 series and 2 venues", not "1 series + 2 venues")', () => {
    expect(venueChoiceWords(bundle, [findings, ...harbour, demos])).toBe('“International Harbour and Lighthouse…” (3 volumes) and 2 venues');
    expect(venueChoiceWords(bundle, [...harbour, tide[1]!])).toBe('“International Harbour and Lighthouse…” (3 volumes) and 1 venue');
    expect(venueChoiceWords(bundle, [...harbour, tide[1]!], { room: 80 })).toBe('“International Harbour and Lighthouse…” (3 volumes) + “Tide Review, Volume 4”');
    expect(venueChoiceWords(bundle, [...tide, ...harbour], { max: 12 })).toBe('“Internation…” (3 volumes) + “Tide Review” (2 volumes)');
    expect(venueChoiceWords(bundle, [findings, ...harbour, harbour[0]!, demos])).toBe('“International Harbour and Lighthouse…” (3 volumes) and 2 venues');
    expect(venueChoiceCount(bundle, [findings, ...harbour, demos])).toBe('1 series and 2 venues');
    // the top bar's: shorter titles, less room
    expect(subsetSpan(bundle, { years: [2020, 2020], venues: [findings, ...harbour, demos] }, 24, 48)).toBe('2020 at 1 series and 2 venues');
    expect(subsetSpan(bundle, { years: null, venues: [harbour[0]!, tide[0]!] }, 24, 48)).toBe('“3rd International…” + “Tide Review, Volume 3”');
    expect(venueChoiceCount(bundle, [...tide, ...harbour])).toBe('2 series');
    expect(venueChoiceWords(bundle, [...tide, ...harbour, findings], { room: 30 })).toBe('2 series and 1 venue');
    expect(seriesAndVenues(1, 18)).toBe('1 series and 18 venues');
    expect(seriesAndVenues(2, 0)).toBe('2 series');
    expect(seriesAndVenues(0, 1)).toBe('1 venue');
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
    expect(subsetSpan(bundle, { years: [2018, 2020], venues: [...harbour, findings] })).toBe('2018–2020 at “International Harbour and Lighthouse…” (3 volumes) and 1 venue');
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
    expect(filterWords({ ...off, years: [2020, 2020], venues: [...harbour, findings, demos] }, bundle, 'papers')).toEqual(['2020 only', 'International… (3 volumes) and 2 venues']);
    expect(filterWords({ ...off, venues: tide.slice(0, 1).concat(harbour[0]!) }, bundle, 'papers')).toEqual(['3rd International… + Tide…, Volume 3']);
  });
});

describe('a mixed choice on ACL Anthology titles (copied from the 30k map): the series and venues named, else counted as it reads', () => {
  const acl = [
    ...[54, 55, 56].flatMap((n) => [`Proceedings of the ${n}th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)`, `Proceedings of the ${n}th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)`]),
    'Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics',
    'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics',
    'Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 1: Long Papers)',
    'Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 2: Short Papers)',
  ];
  const aclYears = [2016, 2016, 2017, 2017, 2018, 2018, 2019, 2020, 2021, 2021];
  const lrec: [string, number][] = [
    ["Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC'16)", 2016],
    ['Proceedings of the Eleventh International Conference on Language Resources and Evaluation (LREC 2018)', 2018],
    ['Proceedings of the 12th Language Resources and Evaluation Conference', 2020],
  ];
  const wat: [string, number][] = [
    ['Proceedings of the 3rd Workshop on Asian Translation (WAT2016)', 2016],
    ['Proceedings of the 6th Workshop on Asian Translation', 2019],
    ['Proceedings of the 7th Workshop on Asian Translation', 2020],
  ];
  // workshops of one volume on the map, none with an acronym
  const workshops = [
    'Proceedings of the First Workshop on Aggregating and Analysing Crowdsourced Annotations for NLP',
    'Proceedings of the 3rd Workshop on Arabic Corpus Linguistics',
    'Proceedings of the 5th Workshop on Automated Knowledge Base Construction',
    'Proceedings of the 1st Workshop on Benchmarking: Past, Present and Future',
    'Proceedings of the First Workshop on Bridging Human–Computer Interaction and Natural Language Processing',
    'Proceedings of the First Workshop on Building Linguistically Generalizable NLP Systems',
    'Proceedings of the First Workshop on Causal Inference and NLP',
    'Proceedings of the 8th Workshop on Challenges in the Management of Large Corpora',
    'Proceedings of the First Workshop on Commonsense Inference in Natural Language Processing',
    'Proceedings of the Second Workshop on Computational Approaches to Deception Detection',
    'Proceedings of the 4th Workshop on Computational Creativity in Language Generation',
    'Proceedings of the Fifth Workshop on Computational Linguistics for Literature',
    'Proceedings of the Workshop on Computational Modeling of Polysynthetic Languages',
    'Proceedings of the Second Workshop on Computational Research in Linguistic Typology',
    'Proceedings of the Third Workshop on Computational Typology and Multilingual NLP',
    'Proceedings of the First Workshop on Curation and Applications of Parallel and Comparable Corpora',
    'Proceedings of the Workshop on Deep Learning and Formal Languages: Building Bridges',
    'Proceedings of the Workshop on Discontinuous Structures in Natural Language Processing',
  ];
  // (the map writes "ACL" in some titles: the main conference is called so)
  const demos: [string, number] = ['Proceedings of ACL 2017, System Demonstrations', 2017];
  const records: [string, number][] = [...acl.map((n, i): [string, number] => [n, aclYears[i]!]), ...lrec, ...wat, ...workshops.map((n): [string, number] => [n, 2019]), demos];
  const { bundle } = buildText('acl-mixed.jsonl', records.map(([venue, year], i) => line(`p${i}`, `Paper ${i}`, [`Ana ${i}`, `Ben ${i}`], year, venue)).join('\n'));
  const at = (name: string) => bundle.venues.indexOf(name);
  const aclVolumes = acl.map(at);
  const lrec2020 = at(lrec[2]![0]);
  const wat2019 = at(wat[1]![0]);

  it('ACL whole, LREC 2020 and WAT 2019: "ACL (10 volumes) + LREC 2020 + WAT 2019" in the top bar, the legend, the chip, the panels and the Export menu (they said "1 series + 2 venues")', () => {
    const picked = [...aclVolumes, lrec2020, wat2019];
    expect(venueChoiceWords(bundle, picked)).toBe('ACL (10 volumes) + LREC 2020 + WAT 2019');
    expect(subsetSpan(bundle, { years: null, venues: picked }, 24, 48)).toBe('ACL (10 volumes) + LREC 2020 + WAT 2019');
    expect(subsetSpan(bundle, { years: [2020, 2020], venues: picked })).toBe('2020 at ACL (10 volumes) + LREC 2020 + WAT 2019');
    expect(venueChoiceCount(bundle, picked)).toBe('ACL (10 volumes) + LREC 2020 + WAT 2019');
    expect(filterWords({ ...off, venues: picked }, bundle, 'papers')).toEqual(['ACL (10 volumes) + LREC 2020 + WAT 2019']);
    // a series whole and some of another: "LREC (2 of 3 volumes)"
    expect(venueChoiceWords(bundle, [...aclVolumes, at(lrec[0]![0]), lrec2020])).toBe('ACL (10 volumes) + LREC (2 of 3 volumes)');
    // one series alone as before, by its short name
    expect(venueChoiceWords(bundle, aclVolumes)).toBe('ACL (10 volumes)');
  });

  it('ACL and 18 workshops: "ACL (10 volumes) and 18 venues", in less room "1 series and 18 venues"', () => {
    const picked = [...aclVolumes, ...workshops.map(at)];
    expect(venueChoiceWords(bundle, picked)).toBe('ACL (10 volumes) and 18 venues');
    expect(venueChoiceWords(bundle, picked, { room: 24 })).toBe('1 series and 18 venues');
    expect(venueChoiceWords(bundle, [...aclVolumes, ...lrec.map(([n]) => at(n)), ...workshops.map(at)])).toBe('2 series and 18 venues');
  });

  it('the tables\' venues cells and the GEXF\'s keywords name a whole series once (they listed its 10 volumes)', () => {
    const picked = [...aclVolumes, lrec2020, wat2019];
    const names = 'Annual Meeting of the Association for Computational Linguistics (10 volumes); Proceedings of the 12th Language Resources and Evaluation Conference; Proceedings of the 6th Workshop on Asian Translation';
    expect(venueListNames(bundle, picked)).toBe(names);
    expect(tableWords(bundle, { years: null, venues: picked }).venues).toBe(names);
    const all = (n: number) => new Uint8Array(n).fill(1);
    const xml = bundleToGexf(bundle, { shown: { view: 'coauthors', author: all(bundle.authors.name.length), paper: all(bundle.papers.venue.length), minLinkWeight: 0, venues: picked } });
    expect(xml).toContain(`<keywords>venues ${names}</keywords>`);
    expect(xml.match(/Annual Meeting of the Association for Computational Linguistics/g)).toHaveLength(2);
  });
});
