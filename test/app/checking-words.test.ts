import { describe, expect, it } from 'vitest';
import { lookingForSpellingsWords, namesProgressWords, noSpellingFoundWords } from '../../src/app/features/whoiswho/checking-words';

describe("the author card's line while the name checks look for spellings", () => {
  it('a card that lists a spelling ("Also written Ondrej Bojar") looks for more, and says where the checks stand', () => {
    // a tester: "Also written Ondrej Bojar" above "Looking for other spellings of this person’s name…" for tens of seconds
    expect(lookingForSpellingsWords(1, { stage: 'waiting' })).toBe('Looking for more spellings: about to start');
    expect(lookingForSpellingsWords(1, { stage: 'sending' })).toBe('Looking for more spellings: starting');
    expect(lookingForSpellingsWords(2, { stage: 'running', done: 0.42 })).toBe('Looking for more spellings: 42% done');
    expect(noSpellingFoundWords(1)).toBe('No more spellings found on this map.');
  });

  it('a card with no other spelling looks for other spellings; every line fits one line of a phone card', () => {
    expect(lookingForSpellingsWords(0, { stage: 'running', done: 0.07 })).toBe('Looking for other spellings: 7% done');
    expect(noSpellingFoundWords(0)).toBe('No other spelling found on this map.');
    for (const k of [0, 1]) for (const p of [{ stage: 'waiting' as const }, { stage: 'sending' as const }, { stage: 'running' as const, done: 1 }]) expect(lookingForSpellingsWords(k, p).length).toBeLessThanOrEqual(44);
    // the sidebar's words stay as they were
    expect(namesProgressWords({ stage: 'sending' })).toBe('getting the names ready');
  });
});
