/**
 * Two people of one name in the search's results (a Scopus export with "Müller, Thomas" under two Scopus author
 * ids): each result says what tells them apart; a name shown once says nothing more.
 */
import { describe, expect, it } from 'vitest';
import { namesakeHints } from '../../src/app/search/namesakes';
import { buildSearchIndex } from '../../src/app/search/search-index';
import { coauthorsOfAuthor, papersOfAuthor } from '../../src/app/data/dataset';
import { buildText } from '../core/helpers';

const HEADER = '"Authors","Author full names","Author(s) ID","Title","Year","Source title","EID"';
const row = (authors: [string, string, string][], title: string, year: number, eid: string) =>
  [
    authors.map(([short]) => short).join('; '),
    authors.map(([, full, id]) => `${full} (${id})`).join('; '),
    authors.map(([, , id]) => id).join('; '),
    title,
    String(year),
    'Journal of Invented Results',
    eid,
  ]
    .map((c) => `"${c}"`)
    .join(',');

const MUELLER_1: [string, string, string] = ['Müller T.', 'Müller, Thomas', '57100000001'];
const MUELLER_2: [string, string, string] = ['Müller T.', 'Müller, Thomas', '57100000002'];
const SCHMIDT: [string, string, string] = ['Schmidt A.', 'Schmidt, Anna', '57100000003'];
const OKAFOR: [string, string, string] = ['Okafor C.', 'Okafor, Chidi', '57100000004'];
const LINDQVIST: [string, string, string] = ['Lindqvist B.', 'Lindqvist, Berit', '57100000005'];

const csv = [
  HEADER,
  row([MUELLER_1, SCHMIDT], 'Soil moisture under winter wheat', 2012, '2-s2.0-1'),
  row([MUELLER_1, SCHMIDT, LINDQVIST], 'Soil moisture under barley', 2016, '2-s2.0-2'),
  row([MUELLER_1, LINDQVIST], 'Root depth of barley', 2020, '2-s2.0-3'),
  row([MUELLER_2, OKAFOR], 'Tidal currents in narrow straits', 2019, '2-s2.0-4'),
  row([OKAFOR, LINDQVIST], 'Straits and barley, compared', 2021, '2-s2.0-5'),
].join('\n');

describe('namesakes in the search results', () => {
  const { bundle } = buildText('scopus.csv', csv);
  const index = buildSearchIndex(bundle);
  const hintsFor = (q: string) => {
    const shown = index.search(q, () => true, 20).filter((h) => h.kind === 'author').map((h) => h.index);
    const hints = namesakeHints(bundle, shown, (a) => coauthorsOfAuthor(bundle, a), (a) => papersOfAuthor(bundle, a));
    return shown.map((a) => [bundle.authors.name[a], hints.get(a) ?? null]);
  };

  it('two Thomas Müllers (two Scopus ids) each show their main co-author and years; the more prolific first', () => {
    expect(hintsFor('Muller')).toEqual([
      ['Thomas Müller', 'with Anna Schmidt · 2012–2020'],
      ['Thomas Müller', 'with Chidi Okafor · 2019'],
    ]);
  });

  it('under a year range the hints stay the whole record\'s, and say so (the paper count beside them is the range\'s)', () => {
    const shown = index.search('Muller', () => true, 20).filter((h) => h.kind === 'author').map((h) => h.index);
    const hints = namesakeHints(bundle, shown, (a) => coauthorsOfAuthor(bundle, a), (a) => papersOfAuthor(bundle, a), true);
    expect(shown.map((a) => hints.get(a))).toEqual(['with Anna Schmidt · 2012–2020 (all years)', 'with Chidi Okafor · 2019 (all years)']);
  });

  it('a name shown once says nothing more', () => {
    expect(hintsFor('Okafor')).toEqual([['Chidi Okafor', null]]);
  });

  it('when the co-author and the years read the same, the cluster or the ORCID tells them apart', () => {
    const made = {
      authors: { name: ['Ana Ruiz', 'Ana Ruiz', 'Bo Li'], orcid: [null, '0000-0002-1825-0097', null], community: [0, 1, 0] },
      papers: { year: [2020, 2020] },
      communities: [{ label: 'coral reefs' }, { label: 'reef fish' }],
    } as unknown as Parameters<typeof namesakeHints>[0];
    const hints = namesakeHints(made, [0, 1, 2], () => [{ author: 2 }], (a) => [a]);
    expect(hints.get(0)).toBe('with Bo Li · 2020 · coral reefs');
    expect(hints.get(1)).toBe('with Bo Li · 2020 · reef fish');
    expect(hints.has(2)).toBe(false);
    // one cluster too: the ORCID, where there is one
    const oneCluster = { ...made, authors: { ...made.authors, community: [0, 0, 0] } } as typeof made;
    const again = namesakeHints(oneCluster, [0, 1], () => [{ author: 2 }], (a) => [a]);
    expect(again.get(0)).toBe('with Bo Li · 2020 · coral reefs');
    expect(again.get(1)).toBe('with Bo Li · 2020 · coral reefs · ORCID 0000-0002-1825-0097');
  });
});
