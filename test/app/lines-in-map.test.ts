/** A `names=` link's lines checked against the map before a rebuild (a tester: an 81 s rebuild of the 30k map to apply nothing). */
import { describe, expect, it } from 'vitest';
import { linesInMap } from '../../src/app/features/whoiswho/lines-in-map';

const map = { authors: { name: ['Ching-Yao Chung', 'Jane Doe'], aliases: [['Chung, C.-Y.'], ['Doe, J.']] } } as never;

describe('linesInMap', () => {
  it('a line whose variant no author of the map is written as is missing; one written so applies (accents, case, order aside)', () => {
    const lines = [
      { variant: 'Nobody Here', canonical: 'Jane Doe' },
      { variant: 'doe, jane', canonical: 'Jane Q. Doe' },
      { variant: 'Chung, C.-Y.', canonical: 'Ching-Yao Chung' },
    ];
    const { applies, missing } = linesInMap(map, lines);
    expect(applies).toEqual([lines[1], lines[2]]);
    expect(missing).toEqual([lines[0]]);
  });

  it('a chain a → b, b → c applies whole when a is in the map, given in any order', () => {
    const lines = [
      { variant: 'Jane Q. Doe', canonical: 'J. Q. Doe' },
      { variant: 'Jane Doe', canonical: 'Jane Q. Doe' },
    ];
    expect(linesInMap(map, lines).missing).toEqual([]);
  });

  it('no line of the link names an author here: none applies (the map is not rebuilt)', () => {
    expect(linesInMap(map, [{ variant: 'Someone Else', canonical: 'Other One' }]).applies).toEqual([]);
  });
});
