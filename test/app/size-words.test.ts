/**
 * The words for what a disc's size shows (src/app/size-words.ts), one list for the map's legend and an export's
 * caption: the legend says the short form after "author, by", the caption the longer one after "Disc size:".
 */
import { describe, expect, it } from 'vitest';
import { SIZE_WORDS } from '../../src/app/size-words';

describe('SIZE_WORDS', () => {
  it('gives the legend and the caption their words for every size setting', () => {
    expect(Object.keys(SIZE_WORDS).sort()).toEqual(['betweenness', 'degree', 'papers', 'strength']);
    expect(SIZE_WORDS.papers).toEqual({ legend: 'papers', caption: 'papers per author' });
    expect(SIZE_WORDS.degree).toEqual({ legend: 'degree (co-authors)', caption: 'degree (number of co-authors)' });
    expect(SIZE_WORDS.strength.legend).toBe('total link strength');
    expect(SIZE_WORDS.betweenness.caption).toBe('betweenness');
  });
});
