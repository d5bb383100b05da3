/**
 * The people a split makes of one name ("Anna Kowalczyk", "Anna Kowalczyk (2)") are never suggested as one person
 * again, whichever way the map was built (the split applied in the page, or its alias file imported with the paper
 * list: a tester saw "Jialiang Wang ⇄ Jialiang Wang (2)" offered after an import), and the "(2)" is no surname.
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { aliasFileFor, suggestSamePerson } from '../../../src/core/queries/synonyms';
import { partsOfOneSplit, splitPartOf } from '../../../src/core/names/split-part';

const jsonl = (rows: { title: string; authors: string[] }[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');

// Anna Kowalczyk's papers fall into two groups (two people); "Anna M. Kowalczyk" is one of them written another way
const rows = [
  { title: 'Glacier melt models one', authors: ['Anna Kowalczyk', 'Pieter Vos', 'Lena Brandt'] },
  { title: 'Glacier melt models two', authors: ['Anna Kowalczyk', 'Pieter Vos'] },
  { title: 'Glacier melt models three', authors: ['Anna Kowalczyk', 'Lena Brandt'] },
  { title: 'Protein folding kinetics one', authors: ['Anna Kowalczyk', 'Tomas Reyes', 'Ines Duarte'] },
  { title: 'Protein folding kinetics two', authors: ['Anna Kowalczyk', 'Tomas Reyes'] },
  { title: 'Protein folding kinetics three', authors: ['Anna M. Kowalczyk', 'Tomas Reyes', 'Ines Duarte'] },
];
const split = aliasFileFor(
  ['Protein folding kinetics one', 'Protein folding kinetics two'].flatMap((paper) => [{ variant: 'Anna Kowalczyk', canonical: 'Anna Kowalczyk (2)', paper }]),
);

describe('the parts of a split are not offered as one person again', () => {
  it('reads "(2)" as a split part, not a name part', () => {
    expect(splitPartOf('Anna Kowalczyk (2)')).toEqual({ name: 'Anna Kowalczyk', part: 2 });
    expect(splitPartOf('Anna Kowalczyk')).toEqual({ name: 'Anna Kowalczyk', part: null });
    expect(partsOfOneSplit('Anna Kowalczyk', 'Anna Kowalczyk (2)')).toBe(true);
    expect(partsOfOneSplit('Anna Kowalczyk (2)', 'Anna Kowalczyk (3)')).toBe(true);
    expect(partsOfOneSplit('Anna Kowalczyk', 'Anna M. Kowalczyk')).toBe(false);
    expect(partsOfOneSplit('Anna Kowalczyk (2)', 'Anna M. Kowalczyk')).toBe(false);
  });

  it('a map built with the split (an imported alias file) suggests no pair of its parts', () => {
    const { bundle } = buildText('kowalczyk.jsonl', jsonl(rows), { aliases: { name: 'kowalczyk-aliases.tsv', text: split } });
    expect(bundle.authors.name).toContain('Anna Kowalczyk (2)');
    const suggestions = suggestSamePerson(bundle, { minProbability: 0 });
    const pairs = suggestions.map((s) => [...s.names].sort().join(' / '));
    expect(pairs).not.toContain('Anna Kowalczyk / Anna Kowalczyk (2)');
    // the part split off may still be another spelling's person: its surname is Kowalczyk, as the other two's
    const other = suggestions.find((s) => s.names.includes('Anna Kowalczyk (2)') && s.names.includes('Anna M. Kowalczyk'));
    expect(other).toBeDefined();
    expect(other!.evidence.join(' | ')).not.toMatch(/unique in the dataset/);
    expect(other!.detail).not.toContain('(2)');
  });
});
