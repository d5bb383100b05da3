/** Two files of one name from two folders, and a list imported again (a tester: told apart only by time). */
import { describe, expect, it } from 'vitest';
import { distinctNames, freeName } from '../../../src/core/bundle/distinct-names';

describe('names told apart', () => {
  it('a repeated file name is numbered as a file manager numbers copies; others stay', () => {
    expect(distinctNames(['same.bib', 'same.bib', 'a.ris', 'same.bib'])).toEqual(['same.bib', 'same.bib (2)', 'a.ris', 'same.bib (3)']);
    expect(distinctNames(['a', 'a (2)', 'a'])).toEqual(['a', 'a (2)', 'a (3)']);
    expect(distinctNames([])).toEqual([]);
  });

  it('a dataset name already in the switcher takes the first free number', () => {
    const taken = new Set(['same', 'same (2)']);
    expect(freeName('same', (n) => taken.has(n))).toBe('same (3)');
    expect(freeName('other', (n) => taken.has(n))).toBe('other');
  });
});
