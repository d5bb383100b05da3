/**
 * Words said while the map's name checks run (use-worker-insight.ts `nameChecks`): the sidebar's and the review
 * list's progress (NameChecksStatus.tsx), and the author card's line while it looks for spellings (SynonymSection.tsx).
 */
import type { NamesProgress } from './use-worker-insight';

/** The progress in words: where the checks stand (`NamesProgress`), the share done as a whole percent. */
export function namesProgressWords(progress: NamesProgress): string {
  switch (progress.stage) {
    case 'waiting':
      return 'about to start';
    case 'sending':
      // the map handed to the worker (5-15 s on the 70k map after it is ready): how far, as the checks' share is said
      return `getting the names ready, ${Math.round(progress.done * 100)}%`;
    case 'running':
      return `${Math.round(progress.done * 100)}% done`;
  }
}

/**
 * What the sidebar and the review list say over the checks they show while those are the map before an Apply's
 * (use-worker-insight.ts `useShownNameChecks`, `carried`), with where the rebuilt map's own stand: "These are the
 * checks of the map before it was rebuilt; checking the rebuilt map's names: 42% done." Throws nothing.
 */
export function refreshingWords(progress: NamesProgress): string {
  return `These are the checks of the map before it was rebuilt; checking the rebuilt map’s names: ${namesProgressWords(progress)}.`;
}

/** The share of the whole of the name checks' bar the hand-over to the worker takes (the checks take the rest). */
export const SENDING_SHARE = 0.25;

/**
 * How far the sidebar's one bar is (0-1) at `progress`: the hand-over fills its first SENDING_SHARE, the checks the
 * rest, so it only moves forward though each stage says its own percent. 0 while waiting. Throws nothing.
 */
export function namesProgressShare(progress: NamesProgress): number {
  if (progress.stage === 'waiting') return 0;
  return progress.stage === 'sending' ? progress.done * SENDING_SHARE : SENDING_SHARE + progress.done * (1 - SENDING_SHARE);
}

/**
 * The author card's line while the name checks look for spellings of its name, in a reader's words, with how far
 * they are once they run: "Looking for more spellings of this name… 42%" when the card lists spellings already
 * ("Also written Ondrej Bojar" above it read as unknown: a tester), "Looking for other spellings of this name…" when
 * it lists none. Before the checks run (waiting, the names handed over) it says no stage: "starting" and "about to
 * start" read as a program's log (tester K). `knownSpellings`: the spellings the card lists beside the name. Short
 * enough for one line of a phone's card, as its answer is (`noSpellingFoundWords`), so the card does not move when
 * the answer comes. Throws nothing.
 */
export function lookingForSpellingsWords(knownSpellings: number, progress: NamesProgress): string {
  const words = `Looking for ${knownSpellings > 0 ? 'more' : 'other'} spellings of this name…`;
  return progress.stage === 'running' ? `${words} ${Math.round(progress.done * 100)}%` : words;
}

/** The card's line once the checks found no spelling to suggest (`lookingForSpellingsWords`' answer). Throws nothing. */
export function noSpellingFoundWords(knownSpellings: number): string {
  return knownSpellings > 0 ? 'No more spellings found on this map.' : 'No other spelling found on this map.';
}

/**
 * What marks a line shown of the map before an Apply while the rebuilt map's own checks run (use-worker-insight.ts
 * `useUntouchedNameChecks`, `useSplit`): beside Rankings' ⚑, under the author card's lines, after the chain's notes.
 */
export const CARRIED_WORDS = 'on the map before it was rebuilt';

/** The author card's line under what it shows of the map before an Apply (`CARRIED_WORDS`). Throws nothing. */
export function carriedCardWords(): string {
  return `As ${CARRIED_WORDS}; this name is being checked on the rebuilt map.`;
}
