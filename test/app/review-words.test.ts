import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// the panels' modules read the page (window) when loaded: imported once a stand-in is there
let aliasBuiltWithText: typeof import('../../src/app/features/whoiswho/AliasActions').aliasBuiltWithText;
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
  ({ aliasBuiltWithText, splitAliasNotes } = await import('../../src/app/features/whoiswho/AliasActions'));
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
    expect(aliasBuiltWithText(5, 1)).toBe('The map shown was built with 5 alias lines; the 1 line accepted now is not applied yet.');
    expect(aliasBuiltWithText(1, 0)).toBe('The map shown was built with 1 alias line; none is accepted now: Undo in the explorer rebuilds it without them.');
    expect(splitAliasNotes([]).builtWith).toBeNull();
  });

  it('the intro promises Apply only where the map can be rebuilt', () => {
    expect(reviewNextStep(true)).toContain('then Apply in the explorer (below) to rebuild the map');
    expect(reviewNextStep(false)).not.toContain('Apply in the explorer');
    expect(reviewNextStep(false)).toContain('import the paper list with the alias file (below)');
  });
});
