/**
 * Words said while the map's name checks run (use-worker-insight.ts `nameChecks`): the sidebar's and the review
 * list's progress (NameChecksStatus.tsx), and the author card's line while it looks for spellings (SynonymSection.tsx).
 */
import { countOf, listWords } from '../../format';
import type { CheckedAgain } from './carried-checks';
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
 * (use-worker-insight.ts `useShownNameChecks`, `carried`): whose they are, that they are the names the decisions left
 * as they were, what they leave out (`checkedAgain`: entries of the names the decisions changed, carried-checks.ts
 * `carriedReview`), and where the rebuilt map's own stand: "These are the checks of the map before it was rebuilt, for
 * the names your decisions left as they were; left out for the names you changed: 2 pairs. Checking the rebuilt map’s
 * names: 42% done." The list said it showed the map before's checks while it had dropped two of its pairs and kept
 * others whose names a merge had changed. Throws nothing.
 */
export function refreshingWords(progress: NamesProgress, checkedAgain: CheckedAgain): string {
  const left = checkedAgainWords(checkedAgain);
  return `These are the checks of the map before it was rebuilt, for the names your decisions left as they were${left ? `; left out for the names you changed: ${left}` : ''}. Checking the rebuilt map’s names: ${namesProgressWords(progress)}.`;
}

/**
 * The entries of the map before's checks left out after an Apply (`CheckedAgain`) in words: "2 pairs, 1 name that may
 * be several people and 3 names with separate groups of papers"; "" for none. Throws nothing.
 */
export function checkedAgainWords({ pairs, names, candidates }: CheckedAgain): string {
  const parts: string[] = [];
  if (pairs > 0) parts.push(countOf(pairs, 'pair'));
  if (names > 0) parts.push(`${countOf(names, 'name')} that may be several people`);
  if (candidates > 0) parts.push(`${countOf(candidates, 'name')} with separate groups of papers`);
  return listWords(parts);
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

/**
 * The card's line once the checks found no other spelling to suggest (`lookingForSpellingsWords`' answer): one wording
 * on every card, whether or not it lists spellings ("Also written Ondrej Bojar: No other spelling found" reads as
 * none besides those). A tester read "No more spellings found on this map." on a split person's card opened from a
 * shared link and "No other spelling found on this map." on the name's own card: two wordings of one fact. It says
 * what it answers, a suggestion: "Also written Ching-Yao Chung" above "No other spelling found on this map." on a
 * merged person's card read as a contradiction (a tester). Throws nothing.
 */
export function noSpellingFoundWords(): string {
  return 'No other spelling to suggest on this map.';
}

/**
 * What marks a line shown of the map before an Apply while the rebuilt map's own checks run (use-worker-insight.ts
 * `useUntouchedNameChecks`, `useSplit`): beside Rankings' ⚑, under the author card's lines, after the chain's notes.
 */
export const CARRIED_WORDS = 'on the map before it was rebuilt';

/**
 * The author card's one line under what it shows of the map before an Apply (`CARRIED_WORDS`): which of its lines are
 * the map before's (`split`: whether the name may be several people; `spellings`: the same-person line), said once
 * under both (it was said under each, twice on a card with both). Throws nothing.
 */
export function carriedCardWords({ split, spellings }: { split: boolean; spellings: boolean }): string {
  const what = split && spellings ? 'Whether this name is several people, and who may be the same person' : split ? 'Whether this name is several people' : 'Who may be the same person';
  return `${what}: as ${CARRIED_WORDS}; this name is being checked on the rebuilt map.`;
}
