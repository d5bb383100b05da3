/**
 * The name checks of the map shown before an Apply, carried over to the rebuilt map while its own checks run
 * (use-worker-insight.ts `carryNameChecks`): the review list and the sidebar's counts stay on screen, marked as being
 * refreshed, instead of "getting the names ready, 5%" for the whole re-check (13 s on the 30k map after one merge at
 * load 6–11, Apply click to answer 21.5 → 34.5 s: 9 s of it handing the rebuilt map to the worker).
 *
 * Why not a re-check of the touched names alone: every pair's score has the map's people count in it (`WEIGHTS.sizeLog`),
 * and the surname and given-name counts, the name priors of the homonym flags and the topic index are the whole map's,
 * so one merge can move any pair's score or any flag; only the whole re-check gives what a full check gives, and the
 * rebuilt map must reach the worker for it anyway (most of its time). So the checks of the map before are shown,
 * said to be the map before's, until the whole re-check answers, which then replaces them as they are.
 */
import type { Bundle } from '../../../core/bundle/types';
import { spellingsOf } from '../../../core/queries/synonyms';
import type { InsightsResults } from '../../workers/insights-protocol';

type NameChecks = InsightsResults['names'];

/** Each display name's index in `names`, a name written twice (never, in a built map) left out. */
function indexByName(names: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  const twice = new Set<string>();
  names.forEach((n, i) => {
    if (at.has(n)) twice.add(n);
    else at.set(n, i);
  });
  for (const n of twice) at.delete(n);
  return at;
}

/**
 * `checks` (of the map `from`) told in the terms of the map `to` (the map an Apply rebuilt from the same paper lists):
 * each pair and flag found again by its display names (authors are renumbered by a rebuild), with the rebuilt map's
 * spellings and paper counts; a pair or flag whose name is not on `to` (the spelling a merge gave to another) is left
 * out, and so is a shared co-author or a joint paper not found again (papers by index where their titles agree, else
 * by title). Scores, evidence and the order are the map before's. Throws nothing.
 */
export function carriedChecks(checks: NameChecks, from: Bundle, to: Bundle): NameChecks {
  const authorAt = indexByName(to.authors.name);
  const author = (i: number) => authorAt.get(from.authors.name[i]!);
  let paperAt: Map<string, number> | null = null;
  const paper = (p: number): number | undefined => {
    const title = from.papers.title[p]!;
    if (to.papers.title[p] === title) return p;
    paperAt ??= indexByName(to.papers.title);
    return paperAt.get(title);
  };
  const suggestions: NameChecks['suggestions'] = [];
  for (const s of checks.suggestions) {
    const keep = author(s.keep);
    const merge = author(s.merge);
    if (keep === undefined || merge === undefined) continue;
    suggestions.push({
      ...s,
      keep,
      merge,
      spellings: [spellingsOf(to, keep), spellingsOf(to, merge)],
      paperCounts: [to.authors.paperCount[keep]!, to.authors.paperCount[merge]!],
      sharedCoauthors: s.sharedCoauthors.map(author).filter((x): x is number => x !== undefined),
      jointPapers: s.jointPapers.map(paper).filter((p): p is number => p !== undefined),
    });
  }
  const flags: NameChecks['flags'] = [];
  for (const f of checks.flags) {
    const a = author(f.author);
    if (a === undefined) continue;
    flags.push({ ...f, author: a, papers: to.authors.paperCount[a]! });
  }
  return { suggestions, flags };
}

/**
 * What an Apply left alone, from the map shown before it (`from`) to the map it rebuilt (`to`): the authors of `to`
 * the decisions did not touch, each with their number on `from`, and whether the two list the same papers in the same
 * order. An author is untouched when `from` has one author of the same display name with the same papers (a merge's
 * kept name gained papers, a split's name lost some, an author given papers gained them: all touched; a merged
 * spelling or a split's new person has no such author). What a card, Rankings and the co-author chain show of the map
 * before, while the rebuilt map's own checks run, is shown for untouched authors alone (use-worker-insight.ts).
 */
export interface Across {
  from: Bundle;
  to: Bundle;
  /** Each author of `to`: their number on `from` when untouched (see above), else -1. */
  untouchedFrom: Int32Array;
  /** Each author of `from`: their number on `to` by display name, else -1 (a spelling a merge gave to another). */
  byName: Int32Array;
  /**
   * `to` lists the same papers as `from`, in the same order, with the same venues (so a paper's or a venue's number
   * means the same on both: an Apply rebuilds from the same paper lists, and moves authors only).
   */
  samePapers: boolean;
}

/** Whether `a` and `b` list the same papers (title, year, venue) in the same order, and the same venues. */
function samePaperLists(a: Bundle, b: Bundle): boolean {
  const n = a.papers.title.length;
  if (n !== b.papers.title.length || a.venues.length !== b.venues.length) return false;
  for (let i = 0; i < a.venues.length; i++) if (a.venues[i] !== b.venues[i]) return false;
  for (let p = 0; p < n; p++) {
    if (a.papers.title[p] !== b.papers.title[p] || a.papers.year[p] !== b.papers.year[p] || a.papers.venue[p] !== b.papers.venue[p]) return false;
  }
  return true;
}

/** The authors of each paper's byline as a list of paper numbers per author (ascending), for `bundle`. */
function papersByAuthor(bundle: Bundle): number[][] {
  const out: number[][] = bundle.authors.name.map(() => []);
  bundle.papers.authors.forEach((byline, p) => {
    for (const a of byline) out[a]!.push(p);
  });
  return out;
}

/** `Across` of an Apply that rebuilt `from` into `to` (see there). Throws nothing. */
export function acrossApply(from: Bundle, to: Bundle): Across {
  const samePapers = samePaperLists(from, to);
  const toAt = indexByName(to.authors.name);
  const fromAt = indexByName(from.authors.name);
  const byName = new Int32Array(from.authors.name.length).fill(-1);
  from.authors.name.forEach((n, i) => {
    const j = toAt.get(n);
    if (j !== undefined) byName[i] = j;
  });
  // a paper of `from` by its number on `to` (by title where the numbers differ)
  let paperAt: Map<string, number> | null = null;
  const paper = (p: number): number => {
    const title = from.papers.title[p]!;
    if (samePapers || to.papers.title[p] === title) return p;
    paperAt ??= indexByName(to.papers.title);
    return paperAt.get(title) ?? -1;
  };
  const fromPapers = papersByAuthor(from);
  const toPapers = papersByAuthor(to);
  const untouchedFrom = new Int32Array(to.authors.name.length).fill(-1);
  to.authors.name.forEach((n, j) => {
    const i = fromAt.get(n);
    if (i === undefined) return;
    const mine = toPapers[j]!;
    const before = fromPapers[i]!.map(paper).sort((x, y) => x - y);
    if (before.length === mine.length && before.every((p, k) => p === mine[k])) untouchedFrom[j] = i;
  });
  return { from, to, untouchedFrom, byName, samePapers };
}

/**
 * `checks` carried over an Apply (`carriedChecks`' answer, in `to`'s numbers) narrowed to the names it did not touch
 * (`Across.untouchedFrom`): the pairs whose two names are untouched, the flags of untouched names. Throws nothing.
 */
export function untouchedChecks(checks: NameChecks, across: Across): NameChecks {
  const untouched = (a: number) => across.untouchedFrom[a]! >= 0;
  return { suggestions: checks.suggestions.filter((s) => untouched(s.keep) && untouched(s.merge)), flags: checks.flags.filter((f) => untouched(f.author)) };
}

/**
 * What the checks of the map before an Apply leave out once carried over it (`carriedReview`): the entries that name
 * a name the Apply touched, to be checked again on the rebuilt map. A pair the Apply made one person (its two names
 * now one author's spellings: the merge accepted) is not among them: it is answered, not checked again.
 */
export interface CheckedAgain {
  /** Same-person pairs with a touched name. */
  pairs: number;
  /** Names claimed to be several people (`HomonymFlag.claimed`) that the Apply touched. */
  names: number;
  /** Names with separate groups of papers, not a claim, that the Apply touched. */
  candidates: number;
}

/** `carriedReview`'s answer: the checks shown, in the rebuilt map's numbers, and what they leave out. */
export interface CarriedReview {
  /** The pairs whose two names the Apply did not touch, the flags of names it did not touch (`untouchedChecks`). */
  value: NameChecks;
  checkedAgain: CheckedAgain;
}

/** No entry left out (`CheckedAgain`). */
export const NONE_CHECKED_AGAIN: CheckedAgain = { pairs: 0, names: 0, candidates: 0 };

/** `a` and `b` summed, field by field. */
export function addCheckedAgain(a: CheckedAgain, b: CheckedAgain): CheckedAgain {
  return { pairs: a.pairs + b.pairs, names: a.names + b.names, candidates: a.candidates + b.candidates };
}

/**
 * The checks of the map before an Apply (`checks`, in `across.from`'s numbers) as the review list, the sidebar, a
 * card, Rankings and the chain show them on the rebuilt map (`across.to`) until its own: exactly the entries whose
 * names the Apply did not touch (`Across.untouchedFrom`), told in the rebuilt map's terms (`carriedChecks`), with how
 * many entries of touched names are left out (`CheckedAgain`), so that what is shown is said whole. The list had
 * shown a pair of the kept name of a merge (its evidence the map before's) while the card of that name showed none,
 * and dropped the merged-away name's other pair silently. Throws nothing.
 */
export function carriedReview(checks: NameChecks, across: Across): CarriedReview {
  const { from, to } = across;
  const value = untouchedChecks(carriedChecks(checks, from, to), across);
  // each spelling of `to` (display names and other spellings) by its author: a pair made one person is answered
  let spellingAt: Map<string, number> | null = null;
  const authorOfSpelling = (name: string): number | undefined => {
    if (!spellingAt) {
      spellingAt = new Map();
      to.authors.aliases.forEach((names, a) => {
        for (const n of names ?? []) if (!spellingAt!.has(n)) spellingAt!.set(n, a);
      });
      to.authors.name.forEach((n, a) => spellingAt!.set(n, a));
    }
    return spellingAt.get(name);
  };
  const untouched = (a: number): boolean => {
    const j = across.byName[a]!;
    return j >= 0 && across.untouchedFrom[j] === a;
  };
  let pairs = 0;
  for (const s of checks.suggestions) {
    if (untouched(s.keep) && untouched(s.merge)) continue;
    const [a, b] = [authorOfSpelling(from.authors.name[s.keep]!), authorOfSpelling(from.authors.name[s.merge]!)];
    if (a !== undefined && a === b) continue;
    pairs++;
  }
  let names = 0;
  let candidates = 0;
  for (const f of checks.flags) {
    if (untouched(f.author)) continue;
    if (f.claimed) names++;
    else candidates++;
  }
  return { value, checkedAgain: { pairs, names, candidates } };
}

type SplitAnswer = InsightsResults['split'];

/**
 * The split of an author worked out on `from` (the insights worker's `split` answer) told in `to`'s numbers, for the
 * author's card and the co-author chain while the rebuilt map's own answer is on its way: the author and every
 * co-author by display name; papers and venues as they are (`Across.samePapers`). Null when the two maps do not list
 * the same papers, when the author was touched by the Apply, or when a co-author named is not on `to`. Throws nothing.
 */
export function carriedSplit(value: SplitAnswer, across: Across): SplitAnswer | null {
  if (!across.samePapers) return null;
  const author = across.byName[value.split.author]!;
  if (author < 0 || across.untouchedFrom[author] !== value.split.author) return null;
  let lost = false;
  const to = (a: number) => {
    const j = across.byName[a] ?? -1;
    if (j < 0) lost = true;
    return j;
  };
  const groups = (gs: SplitAnswer['circles']) => gs.map((g) => ({ ...g, coauthors: g.coauthors.map(to) }));
  const split = { ...value.split, author, groups: groups(value.split.groups) };
  const circles = groups(value.circles);
  const evidence = value.evidence && { ...value.evidence, bodyFacts: value.evidence.bodyFacts.map((b) => ({ ...b, coauthor: b.coauthor < 0 ? -1 : to(b.coauthor) })) };
  return lost ? null : { ...value, split, evidence, circles };
}
