/**
 * Namesakes: two people of one name kept apart by the input's author ids (a Scopus export), each told of the other.
 * Names invented.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/pipeline';
import { namesakesOf } from '../../../src/core/queries/namesakes';

const cell = (c: string) => `"${c}"`;
const row = (authors: [string, string, string][], title: string, year: number, eid: string) =>
  [authors.map(([short]) => short).join('; '), authors.map(([, full, id]) => `${full} (${id})`).join('; '), authors.map(([, , id]) => id).join('; '), title, String(year), 'Journal of Invented Results', eid]
    .map(cell)
    .join(',');

describe('namesakesOf', () => {
  const okafor1: [string, string, string] = ['Okafor M.', 'Okafor, Maria', '57190000001'];
  const okafor2: [string, string, string] = ['Okafor M.', 'Okafor, Maria', '57190000099'];
  const quist: [string, string, string] = ['Quist A.L.', 'Quist, Ada Lorene', '57190000004'];
  const csv = [
    ['Authors', 'Author full names', 'Author(s) ID', 'Title', 'Year', 'Source title', 'EID'].map(cell).join(','),
    row([okafor1, quist], 'Soil carbon, revisited', 2021, '2-s2.0-1'),
    row([okafor1, quist], 'Peat depth mapping', 2022, '2-s2.0-2'),
    row([okafor2], 'An unrelated paper on cardiology', 2019, '2-s2.0-3'),
  ].join('\n');
  const { bundle } = buildDataset([{ name: 'scopus.csv', text: csv }], { labeler: null });
  const okafors = bundle.authors.name.flatMap((n, i) => (n === 'Maria Okafor' ? [i] : []));

  it('two Maria Okafor under two Scopus ids: each is the other\'s namesake, the one with more papers first', () => {
    expect(okafors).toHaveLength(2);
    const [a, b] = okafors as [number, number];
    expect(namesakesOf(bundle, a)).toEqual([b]);
    expect(namesakesOf(bundle, b)).toEqual([a]);
  });

  it('an author with a name of their own has none', () => {
    expect(namesakesOf(bundle, bundle.authors.name.indexOf('Ada Lorene Quist'))).toEqual([]);
  });
});
