/**
 * The words of the who-is-who review list that are worked out rather than written: where two names part (marked in
 * the pair card) and what the figures of a name that is not claimed measure. Plain functions (no React), so that
 * unit tests can read them.
 */
import { BODY_PAPERS, CLAIM_PROBABILITY, type HomonymFlag } from '../../../core/queries/homonyms';
import { chanceIn100 } from '../../../core/text/chance';
import type { SamePersonSuggestion } from '../../../core/queries/synonyms';

/**
 * Where two names part, in whole words: the words both start with, the words both end with, and each name's own
 * words between (either may be empty), so that `start + a + end` is the first name and `start + b + end` the second.
 * A word is a run of non-space characters; spaces between a common and a differing word belong to the middle
 * on the side where the names part. "Eduard H Hovy" / "Eduard Hovy" part at "H " / "" (a character-level match
 * read "Eduard H▮ovy" / "Eduard H[ H]ovy"); "Ching-Yao Chung" / "Ching-Yao Chuang" at "Chung" / "Chuang". Two equal names give empty
 * middles. Throws nothing.
 */
export function nameDifference(a: string, b: string): { start: string; a: string; b: string; end: string } {
  // where each word starts (a word: a run of non-space characters), and the words
  const starts = (s: string) => {
    const out: number[] = [];
    for (const m of s.matchAll(/\S+/g)) out.push(m.index!);
    return out;
  };
  const words = (s: string, at: number[]) => at.map((i) => s.slice(i).match(/^\S+/)![0]);
  const sa = starts(a);
  const sb = starts(b);
  const wa = words(a, sa);
  const wb = words(b, sb);
  let i = 0;
  while (i < wa.length && i < wb.length && wa[i] === wb[i]) i++;
  let j = 0;
  while (j < wa.length - i && j < wb.length - i && wa[wa.length - 1 - j] === wb[wb.length - 1 - j]) j++;
  // the start runs to the first differing word (the spaces before it included) or, when the names part at their end,
  // to the end of the last common word (the spaces go with the middle: "Yash Kumar" / "Yash Kumar Lal"); the end
  // from the first common last word. (Display names have single spaces, so the common words are the same text in
  // both; else a's is taken.)
  const cut = (s: number[], w: string[], n: number) => (j === 0 && i > 0 ? s[i - 1]! + w[i - 1]!.length : i < s.length ? s[i]! : n);
  const cutA = cut(sa, wa, a.length);
  const cutB = cut(sb, wb, b.length);
  const endA = j > 0 ? sa[sa.length - j]! : a.length;
  const endB = j > 0 ? sb[sb.length - j]! : b.length;
  return { start: a.slice(0, cutA), a: a.slice(cutA, endA), b: b.slice(cutB, endB), end: a.slice(endA) };
}

/**
 * What a name that is not claimed has, in words that cannot be read as stronger than a claim (a tester: Lei Wang's
 * "about 96 in 100 that they are different people … not claimed" above the claimed Fei Liu's "about 58 in 100").
 * Claims are made on the body-of-work figure (`HomonymFlag.bodyProbability`), so it comes first, with the claim's
 * threshold; the name's figure (`HomonymFlag.probability`: that some group, small ones included, is a namesake's)
 * is named for what it measures and, where the name's commonness alone (1 − e^−namesakes) makes most of it, says so.
 */
export function candidateFigures(f: Pick<HomonymFlag, 'clusters' | 'bodies' | 'bodyProbability' | 'probability' | 'namesakes'>): string {
  const body =
    f.bodies >= 2
      ? `${chanceIn100(f.bodyProbability)} that a body of work (${BODY_PAPERS}+ papers) beside the largest is another person's, under the ${Math.round(CLAIM_PROBABILITY * 100)} a claim needs`
      : `no body of work (${BODY_PAPERS}+ papers) beside the largest, which a claim needs`;
  const commonness = 1 - Math.exp(-f.namesakes);
  const why =
    commonness >= 0.8 * f.probability
      ? `mostly from how common the name is (about ${f.namesakes.toFixed(1)} others of this name expected here)`
      : `from how the groups differ, on a name about ${f.namesakes.toFixed(1)} others here are expected to share`;
  return (
    `${f.clusters} groups · ${body} · ${chanceIn100(f.probability)} that some group, small ones included, is a namesake's, ${why}; ` +
    'but a side group of a few papers is one person\'s passing collaboration as often as a namesake\'s: not claimed'
  );
}

/**
 * A suggested pair's figures in one short line a user can check against the evidence under it, from what the
 * suggestion's score weighs (core/queries/synonyms.ts `pairLogOdds`): the probability, the shared co-authors, how
 * many people here have the rarer surname, and the papers the two names are on together; the kind of name fit is the
 * line under the names, each person's papers under their name. "about 49 in 100 · 5 shared co-authors · unique
 * surname". `s`: a suggestion (`surnamePeople` absent in older ones: the surname is then left out). Throws nothing.
 */
export function pairFigures(s: Pick<SamePersonSuggestion, 'score' | 'sharedCoauthors' | 'jointPapers' | 'surnamePeople'>): string[] {
  const shared = s.sharedCoauthors.length;
  const out = [chanceIn100(s.score), shared === 0 ? 'no shared co-author' : `${shared} shared co-author${shared === 1 ? '' : 's'}`];
  if (s.surnamePeople !== undefined) out.push(s.surnamePeople === 0 ? 'unique surname' : `surname of ${s.surnamePeople + 1} people`);
  const together = s.jointPapers.length;
  if (together > 0) out.push(`on ${together === 1 ? 'a paper' : `${together} papers`} together`);
  return out;
}

/**
 * The intro of the review list's claims ("May be several people"), true for what is listed: a claim on bodies of work
 * (`HomonymFlag.peopleIsFloor`) has a body of `BODY_PAPERS`+ papers beside the largest; the name a list was gathered
 * around is claimed on its groups alone, which may all be small (the seed's Jialiang Wang, groups of 5, 2, 1 and 1
 * papers, was listed under "…with a body of work (5+ papers) that shares no co-author with the largest…", a tester).
 * `flags`: the claims listed; `focalName`: the name of the one not claimed on bodies of work, if any. Throws nothing.
 */
export function claimsIntro(flags: readonly Pick<HomonymFlag, 'peopleIsFloor'>[], focalName: string | null): string {
  const onBodies = flags.some((f) => f.peopleIsFloor);
  const onGroups = flags.some((f) => !f.peopleIsFloor);
  const bodies =
    `their papers fall into groups that no co-author ties together, with a body of work (${BODY_PAPERS}+ papers) that shares no co-author with the largest ` +
    "and that is more likely than not another person's, on a name others here are likely to share";
  const groups =
    `${onBodies ? 'the name this list was gathered around' : 'The name this list was gathered around'}${focalName ? ` (${focalName})` : ''}: its papers fall into groups that no co-author ` +
    'ties together and that differ enough that different people are more likely than not, whatever the groups\' size (namesakes from anywhere may be in a list gathered by name)';
  const said = onBodies && onGroups ? `${bodies}; and ${groups}` : onBodies ? bodies : groups;
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}; most probable first.`;
}
