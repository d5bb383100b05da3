import { describe, expect, it } from 'vitest';
import { carriedCardWords, checkedAgainWords, lookingForSpellingsWords, namesProgressShare, namesProgressWords, noSpellingFoundWords, refreshingWords } from '../../src/app/features/whoiswho/checking-words';

describe("the author card's line while the name checks look for spellings", () => {
  it('a card that lists a spelling ("Also written Ondrej Bojar") looks for more, and says where the checks stand', () => {
    // a tester: "Also written Ondrej Bojar" above "Looking for other spellings of this person’s name…" for tens of seconds
    expect(lookingForSpellingsWords(1, { stage: 'waiting' })).toBe('Looking for more spellings of this name…');
    expect(lookingForSpellingsWords(1, { stage: 'sending', done: 0.5 })).toBe('Looking for more spellings of this name…');
    expect(lookingForSpellingsWords(2, { stage: 'running', done: 0.42 })).toBe('Looking for more spellings of this name… 42%');
  });

  it('says that no other spelling was found in one wording, whether or not the card lists spellings (a split person\'s card and its name\'s said it two ways)', () => {
    // (whatever the card lists: a caller passing the card's spellings, as before, gets the same words)
    const said = noSpellingFoundWords as (knownSpellings?: number) => string;
    for (const known of [undefined, 0, 1, 3]) expect(said(known)).toBe('No other spelling to suggest on this map.');
  });

  it('a card with no other spelling looks for other spellings; every line fits one line of a phone card', () => {
    expect(lookingForSpellingsWords(0, { stage: 'running', done: 0.07 })).toBe('Looking for other spellings of this name… 7%');
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
  const none = { pairs: 0, names: 0, candidates: 0 };
  it("says they are the map before's, of the names the decisions left, and how far the rebuilt map's are (the panels went back to 'getting the names ready, 5%')", () => {
    const head = 'These are the checks of the map before it was rebuilt, for the names your decisions left as they were.';
    expect(refreshingWords({ stage: 'waiting' }, none)).toBe(`${head} Checking the rebuilt map’s names: about to start.`);
    expect(refreshingWords({ stage: 'sending', done: 0.05 }, none)).toBe(`${head} Checking the rebuilt map’s names: getting the names ready, 5%.`);
    expect(refreshingWords({ stage: 'running', done: 0.42 }, none)).toBe(`${head} Checking the rebuilt map’s names: 42% done.`);
  });

  it('says what they leave out: the entries of the names the decisions changed (the list dropped two pairs silently)', () => {
    expect(refreshingWords({ stage: 'running', done: 0.42 }, { pairs: 2, names: 0, candidates: 0 })).toBe(
      'These are the checks of the map before it was rebuilt, for the names your decisions left as they were; left out for the names you changed: 2 pairs. Checking the rebuilt map’s names: 42% done.',
    );
    expect(checkedAgainWords({ pairs: 1, names: 1, candidates: 0 })).toBe('1 pair and 1 name that may be several people');
    expect(checkedAgainWords({ pairs: 0, names: 2, candidates: 3 })).toBe('2 names that may be several people and 3 names with separate groups of papers');
    expect(checkedAgainWords({ pairs: 1200, names: 0, candidates: 1 })).toBe('1,200 pairs and 1 name with separate groups of papers');
    expect(checkedAgainWords(none)).toBe('');
  });
});

describe("the author card's one line under what it shows of the map before an Apply", () => {
  it('names the lines it is about, once for both (it was said under each: twice)', () => {
    expect(carriedCardWords({ split: true, spellings: true })).toBe(
      'Whether this name is several people, and who may be the same person: as on the map before it was rebuilt; this name is being checked on the rebuilt map.',
    );
    expect(carriedCardWords({ split: true, spellings: false })).toBe(
      'Whether this name is several people: as on the map before it was rebuilt; this name is being checked on the rebuilt map.',
    );
    expect(carriedCardWords({ split: false, spellings: true })).toBe('Who may be the same person: as on the map before it was rebuilt; this name is being checked on the rebuilt map.');
  });
});
