/**
 * The maps of one paper list kept by the alias lines they were built with (src/app/features/whoiswho/maps.ts): a
 * step Back across an Apply finds the map of its entry there. Invented names; datasets are stand-ins.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/app/data/dataset';
import { mapWith, openedMap, rememberMap, sameLines } from '../../src/app/features/whoiswho/maps';

const map = (name: string) => ({ name }) as unknown as Dataset;
const merge = [{ variant: 'Ilse Varga-Nemes', canonical: 'Ilse Varga Nemes', paper: null }];
const split = [{ variant: 'Tomo Arden', canonical: 'Tomo Arden (2)', paper: 'Paper one' }];

describe('maps kept by their lines', () => {
  it('the map as opened has no line; rebuilt ones are found by their lines; the oldest of three goes', () => {
    const opened = map('opened');
    openedMap(opened);
    expect(mapWith([])).toBe(opened);
    expect(mapWith(merge)).toBeNull();
    const merged = map('merged');
    rememberMap(merge, merged);
    // the same lines written anew (a link read back) find it
    expect(mapWith(merge.map((l) => ({ ...l })))).toBe(merged);
    rememberMap(split, map('split'));
    rememberMap([...merge, ...split], map('both'));
    expect(mapWith(merge)).toBeNull();
    expect(mapWith(split)?.name).toBe('split');
    expect(mapWith([])).toBe(opened);
  });

  it('another paper list forgets them', () => {
    openedMap(map('one'));
    rememberMap(merge, map('one merged'));
    const other = map('other');
    openedMap(other);
    expect(mapWith(merge)).toBeNull();
    expect(mapWith([])).toBe(other);
  });

  it('a paper left out of a line counts as none', () => {
    expect(sameLines([{ variant: 'A B', canonical: 'C D' }], [{ variant: 'A B', canonical: 'C D', paper: null }])).toBe(true);
    expect(sameLines(merge, split)).toBe(false);
  });
});
