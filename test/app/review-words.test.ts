import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// the panels' modules read the page (window) when loaded: imported once a stand-in is there
let aliasBuiltWithText: typeof import('../../src/app/features/whoiswho/AliasActions').aliasBuiltWithText;
let aliasBuiltWithNote: typeof import('../../src/app/features/whoiswho/AliasActions').aliasBuiltWithNote;
let splitAliasNotes: typeof import('../../src/app/features/whoiswho/AliasActions').splitAliasNotes;
let reviewNextStep: typeof import('../../src/app/features/whoiswho/ReviewPanel').reviewNextStep;
beforeAll(async () => {
  const store = new Map<string, string>();
  vi.stubGlobal('window', {
    location: { href: 'http://atlas.test/', search: '' },
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    matchMedia: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }),
  });
  ({ aliasBuiltWithText, aliasBuiltWithNote, splitAliasNotes } = await import('../../src/app/features/whoiswho/AliasActions'));
  ({ reviewNextStep } = await import('../../src/app/features/whoiswho/ReviewPanel'));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('the review list\'s words', () => {
  it('after an Undo the alias file\'s line count is said plainly, as a fact about the map shown, not as a note like an error', () => {
    const notes = ['aliases.tsv (review list), line 1: the alias file (as the CLI\'s --aliases): 5 lines merging or splitting names', 'aliases.tsv (review list), line 4: no paper has "Tove Arnesen" on it'];
    const { notes: kept, builtWith } = splitAliasNotes(notes);
    expect(builtWith).toBe(5);
    expect(kept).toEqual([notes[1]]);
    expect(aliasBuiltWithText(5, { applied: 0, pending: 1, takenBack: 0 })).toBe('The map shown was built with 5 alias lines; the 1 line accepted now is not applied yet.');
    expect(aliasBuiltWithText(1, { applied: 0, pending: 0, takenBack: 1 })).toBe('The map shown was built with 1 alias line; none is accepted now: Undo in the explorer rebuilds it without them.');
    expect(splitAliasNotes([]).builtWith).toBeNull();
  });

  // a tester (seed): a merge and a split into 4 applied, a reload, the split undone: the line said "the 1 line accepted
  // now is not applied yet" of the merge, which is applied
  it('says of each line accepted now whether the map shown has it, and which lines of the map were taken back, in every state of accept, Apply, Undo and reload', () => {
    // merge and split applied, the split undone (not applied yet)
    expect(aliasBuiltWithText(4, { applied: 1, pending: 0, takenBack: 3 })).toBe(
      'The map shown was built with 4 alias lines, 3 of them taken back since; the 1 line accepted now is applied: Apply in the explorer rebuilds it without the ones taken back.',
    );
    expect(aliasBuiltWithText(2, { applied: 1, pending: 0, takenBack: 1 })).toBe(
      'The map shown was built with 2 alias lines, 1 of them taken back since; the 1 line accepted now is applied: Apply in the explorer rebuilds it without the one taken back.',
    );
    // a merge applied, another accepted since (not applied yet)
    expect(aliasBuiltWithText(1, { applied: 1, pending: 2, takenBack: 0 })).toBe('The map shown was built with 1 alias line; of the 3 lines accepted now, 1 is applied and 2 are not yet.');
    // a merge applied and undone, another accepted since
    expect(aliasBuiltWithText(1, { applied: 0, pending: 1, takenBack: 1 })).toBe('The map shown was built with 1 alias line, taken back since; the 1 line accepted now is not applied yet.');
    expect(aliasBuiltWithText(3, { applied: 0, pending: 2, takenBack: 3 })).toBe('The map shown was built with 3 alias lines, all taken back since; the 2 lines accepted now are not applied yet.');
    // one of two applied lines undone, another accepted
    expect(aliasBuiltWithText(2, { applied: 1, pending: 1, takenBack: 1 })).toBe('The map shown was built with 2 alias lines, 1 of them taken back since; of the 2 lines accepted now, 1 is applied and 1 is not yet.');
    // every line accepted is applied and none taken back: nothing to say that the Apply button's "Applied" does not
    expect(aliasBuiltWithText(3, { applied: 3, pending: 0, takenBack: 0 })).toBe('The map shown was built with 3 alias lines; the 3 lines accepted now are applied.');
  });

  // a tester (seed): one merge applied, then undone and another accepted: 1 line accepted against 1 built, and the
  // line under Apply said nothing while Apply still had the swap to make
  it('says what is accepted differs from what is applied when lines were swapped one for one, the counts equal', () => {
    // one merge undone, another accepted
    expect(aliasBuiltWithNote(1, 1, { applied: 0, pending: 1, takenBack: 1 })).toBe(
      'The map shown was built with 1 alias line, taken back since; the 1 line accepted now is not applied yet.',
    );
    // one of two undone, another accepted
    expect(aliasBuiltWithNote(2, 2, { applied: 1, pending: 1, takenBack: 1 })).toBe(
      'The map shown was built with 2 alias lines, 1 of them taken back since; of the 2 lines accepted now, 1 is applied and 1 is not yet.',
    );
    // both undone, two others accepted
    expect(aliasBuiltWithNote(2, 2, { applied: 0, pending: 2, takenBack: 2 })).toBe(
      'The map shown was built with 2 alias lines, all taken back since; the 2 lines accepted now are not applied yet.',
    );
    // two of three swapped
    expect(aliasBuiltWithNote(3, 3, { applied: 1, pending: 2, takenBack: 2 })).toBe(
      'The map shown was built with 3 alias lines, 2 of them taken back since; of the 3 lines accepted now, 1 is applied and 2 are not yet.',
    );
  });

  it('says nothing under Apply when the map shown has every line accepted and no other, and what differs otherwise', () => {
    // all applied, nothing taken back, or no alias file: the "Applied" button says it
    expect(aliasBuiltWithNote(3, 3, { applied: 3, pending: 0, takenBack: 0 })).toBeNull();
    expect(aliasBuiltWithNote(null, 0, { applied: 0, pending: 0, takenBack: 0 })).toBeNull();
    expect(aliasBuiltWithNote(null, 2, { applied: 0, pending: 2, takenBack: 0 })).toBeNull();
    // the counts differ: as before
    expect(aliasBuiltWithNote(5, 1, { applied: 0, pending: 1, takenBack: 0 })).toBe('The map shown was built with 5 alias lines; the 1 line accepted now is not applied yet.');
    expect(aliasBuiltWithNote(1, 0, { applied: 0, pending: 0, takenBack: 1 })).toBe('The map shown was built with 1 alias line; none is accepted now: Undo in the explorer rebuilds it without them.');
    expect(aliasBuiltWithNote(4, 1, { applied: 1, pending: 0, takenBack: 3 })).toBe(
      'The map shown was built with 4 alias lines, 3 of them taken back since; the 1 line accepted now is applied: Apply in the explorer rebuilds it without the ones taken back.',
    );
    expect(aliasBuiltWithNote(1, 3, { applied: 1, pending: 2, takenBack: 0 })).toBe('The map shown was built with 1 alias line; of the 3 lines accepted now, 1 is applied and 2 are not yet.');
  });

  it('the intro promises Apply only where the map can be rebuilt', () => {
    // where the bar is on a desktop and on a phone's sheet alike ("(below)" lay 220,000 px down a phone's 30k list)
    expect(reviewNextStep(true)).toContain('then Apply in the explorer (the bar at the bottom of this card, once you accept one) to rebuild the map');
    expect(reviewNextStep(false)).not.toContain('Apply in the explorer');
    expect(reviewNextStep(false)).toContain('import the paper list with the alias file (the bar at the bottom of this card, once you accept one)');
    expect(reviewNextStep(false, 'x')).not.toContain('(below)');
  });
});
