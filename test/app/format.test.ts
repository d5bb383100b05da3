/** Counts in the explorer read as English: "1 community", "2,400 communities" (the tester saw "1 communities"). */
import { describe, expect, it } from 'vitest';
import { countOf } from '../../src/app/format';

describe('countOf', () => {
  it.each([
    [1, 'community', '1 community'],
    [2400, 'community', '2,400 communities'],
    [1, 'paper', '1 paper'],
    [0, 'author', '0 authors'],
    [3, 'co-author', '3 co-authors'],
  ])('%d %s', (x, noun, text) => expect(countOf(x, noun)).toBe(text));
});
