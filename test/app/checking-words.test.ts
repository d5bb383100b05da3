import { describe, expect, it } from 'vitest';
import { lookingForSpellingsWords, namesProgressShare, namesProgressWords, noSpellingFoundWords, refreshingWords } from '../../src/app/features/whoiswho/checking-words';

describe("the author card's line while the name checks look for spellings", () => {
  it('a card that lists a spelling ("Also written Ondrej Bojar") looks for more, and says where the checks stand', () => {
    // a tester: "Also written Ondrej Bojar" above "Looking for other spellings of this person’s name…" for tens of seconds
    expect(lookingForSpellingsWords(1, { stage: 'waiting' })).toBe('Looking for more spellings of this name…');
    expect(lookingForSpellingsWords(1, { stage: 'sending', done: 0.5 })).toBe('Looking for more spellings of this name…');
    expect(lookingForSpellingsWords(2, { stage: 'running', done: 0.42 })).toBe('Looking for more spellings of this name… 42%');
    expect(noSpellingFoundWords(1)).toBe('No more spellings found on this map.');
  });

  it('a card with no other spelling looks for other spellings; every line fits one line of a phone card', () => {
    expect(lookingForSpellingsWords(0, { stage: 'running', done: 0.07 })).toBe('Looking for other spellings of this name… 7%');
    expect(noSpellingFoundWords(0)).toBe('No other spelling found on this map.');
    for (const k of [0, 1]) for (const p of [{ stage: 'waiting' as const }, { stage: 'sending' as const, done: 0.5 }, { stage: 'running' as const, done: 1 }]) expect(lookingForSpellingsWords(k, p).length).toBeLessThanOrEqual(46);
    // in a reader's words, not a log's (tester K read "Looking for more spellings: starting")
    for (const k of [0, 1]) for (const p of [{ stage: 'waiting' as const }, { stage: 'sending' as const, done: 0.5 }, { stage: 'running' as const, done: 0.3 }]) expect(lookingForSpellingsWords(k, p)).not.toMatch(/starting|about to start|done/);
    // the sidebar's words: the hand-over's share, then the checks'
    expect(namesProgressWords({ stage: 'sending', done: 0.48 })).toBe('getting the names ready, 48%');
    expect(namesProgressWords({ stage: 'running', done: 0.03 })).toBe('3% done');
  });
});

describe("the sidebar's one bar for the name checks", () => {
  it('only moves forward from the hand-over to the checks (it went back from 71% to 31%: a tester)', () => {
    const seen = [
      { stage: 'sending' as const, done: 0 },
      { stage: 'sending' as const, done: 0.71 },
      { stage: 'sending' as const, done: 1 },
      { stage: 'running' as const, done: 0 },
      { stage: 'running' as const, done: 0.31 },
      { stage: 'running' as const, done: 1 },
    ].map(namesProgressShare);
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('the line over the checks shown after an Apply', () => {
  it("says they are the map before's and how far the rebuilt map's are (the panels went back to 'getting the names ready, 5%')", () => {
    expect(refreshingWords({ stage: 'waiting' })).toBe('These are the checks of the map before it was rebuilt; checking the rebuilt map’s names: about to start.');
    expect(refreshingWords({ stage: 'sending', done: 0.05 })).toBe('These are the checks of the map before it was rebuilt; checking the rebuilt map’s names: getting the names ready, 5%.');
    expect(refreshingWords({ stage: 'running', done: 0.42 })).toBe('These are the checks of the map before it was rebuilt; checking the rebuilt map’s names: 42% done.');
  });
});
