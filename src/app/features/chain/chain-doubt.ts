/**
 * Whether a step of a co-author chain may pass from one person to another: the chain goes through a name flagged
 * as possibly several people (src/core/queries/homonyms.ts) and the paper that brings the chain to that name and
 * the paper that takes it on are in different groups of that name's papers. Pure: PathPanel.tsx shows the note.
 */
import { CANDIDATE_PROBABILITY, CLAIM_PROBABILITY, mayBePeople, type HomonymEvidence, type PersonSplit } from '../../../core/queries/homonyms';
import { chanceIn100 } from '../../../core/text/chance';
import { authorPaperIndex, row } from '../../../core/bundle/indices';
import type { Bundle } from '../../../core/bundle/types';

/**
 * The papers of `author` in groups that share no co-author, directly or through the author's other papers (two
 * papers are in one group when some co-author other than `author` is on both, joined transitively): for each of
 * the author's papers its group's index, by paper index; a paper with no co-author is in none (absent). The
 * groups before `homonyms.ts` joins them into clusters (`PersonSplit.groups` of `peopleBehind` are the clusters).
 * Linear in the authors of the author's papers. Throws a RangeError for an author index outside the bundle.
 */
export function coauthorGroups(bundle: Bundle, author: number): Map<number, number> {
  if (!Number.isInteger(author) || author < 0 || author >= bundle.authors.name.length) throw new RangeError(`no author with index ${author}`);
  const papers = [...row(authorPaperIndex(bundle), author)];
  const parent = papers.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWith = new Map<number, number>();
  const alone = new Set<number>();
  papers.forEach((p, i) => {
    const others = bundle.papers.authors[p]!.filter((c) => c !== author);
    if (others.length === 0) alone.add(i);
    for (const c of others) {
      const j = firstWith.get(c);
      if (j === undefined) firstWith.set(c, i);
      else parent[find(i)] = find(j);
    }
  });
  const out = new Map<number, number>();
  const ids = new Map<number, number>();
  papers.forEach((p, i) => {
    if (alone.has(i)) return;
    const root = find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    out.set(p, ids.get(root)!);
  });
  return out;
}

/**
 * Whether the step of a chain through a person that arrives by paper `paperIn` and leaves by paper `paperOut` (paper
 * indices) may pass from one person to another at all: the two papers are in different groups of that person's
 * co-authors (`groups`: `coauthorGroups` of the person). When they are not, `chainDoubt` gives no note whatever the
 * name's check finds (a cluster of groups, and a body of work, are made of whole groups), so the chain need not ask
 * the check nor say it is running. A paper in no group (no co-author) parts nothing. Throws nothing.
 */
export function stepMayPart(groups: ReadonlyMap<number, number>, paperIn: number, paperOut: number): boolean {
  const x = groups.get(paperIn);
  const y = groups.get(paperOut);
  return x !== undefined && y !== undefined && x !== y;
}

export interface ChainDoubtNote {
  /**
   * 'bodies': a claim, the two papers are in different bodies of work (one probably another person's);
   * 'groups': a claim, the two papers are in different groups of the name's papers (no co-author in common);
   * 'candidate': not claimed, only a candidate, and the two papers are in different groups.
   */
  kind: 'bodies' | 'groups' | 'candidate';
  /** How many people the name may be (the claim's count; for a candidate, its groups of papers that nothing ties). */
  people: number;
  /** `people` is a floor ("at least 2", `HomonymEvidence.peopleIsFloor`). */
  floor?: boolean;
  /** The note in words, without the ⚑. */
  text: string;
}

/**
 * The note for the step of a chain through `name` that arrives by paper `paperIn` and leaves by paper `paperOut`
 * (paper indices of the bundle), or null when that step stays in one group of the name's papers (`split.groups`,
 * and for a claim also `groups`, the name's `coauthorGroups`, when given), or the name is
 * neither claimed nor a candidate (`evidence.probability` below `CANDIDATE_PROBABILITY`, or no evidence: a
 * name with one cluster). `split` and `evidence` are the insights worker's answer for the name (`peopleBehind`,
 * `homonymEvidence`). A claim resting on bodies of work says "different bodies of work" when the step leaves one
 * body for another of which one is probably another person's, else "different groups of their papers" when the
 * groups differ (a tester's chain left a small side group of Yang Liu's papers for the main body: no note at all
 * before: its two papers were in one cluster, different groups of co-authors); a candidate, only on a change of
 * cluster, says "is possibly more than one person (about P in 100)", a weaker wording than a claim's "may be".
 * A paper in no group (no co-author: never in a chain) gives no note. Throws nothing.
 */
export function chainDoubt(
  name: string,
  split: PersonSplit,
  evidence: HomonymEvidence | null,
  paperIn: number,
  paperOut: number,
  groups: ReadonlyMap<number, number> | null = null,
): ChainDoubtNote | null {
  if (!evidence) return null;
  const groupOf = (p: number) => split.groups.findIndex((g) => g.papers.includes(p));
  const a = groupOf(paperIn);
  const b = groupOf(paperOut);
  if (evidence.claimed && evidence.bodyProbability >= CLAIM_PROBABILITY) {
    const bodyOf = (p: number) => evidence.bodyFacts.findIndex((f) => f.papers.includes(p));
    const x = bodyOf(paperIn);
    const y = bodyOf(paperOut);
    if (x >= 0 && y >= 0 && x !== y && Math.max(evidence.bodyFacts[x]!.probability, evidence.bodyFacts[y]!.probability) >= CLAIM_PROBABILITY)
      return {
        kind: 'bodies',
        people: evidence.people,
        floor: evidence.peopleIsFloor,
        text: `${name} may be ${mayBePeople(evidence)}: the papers before and after this step are in different bodies of work (body ${x + 1} and body ${y + 1}, no co-author in common), so this chain may pass from one person to another.`,
      };
  }
  if (evidence.claimed && (a < 0 || b < 0 || a === b) && groups) {
    // one cluster (its groups tied by a co-author's co-author or by their topics), but no co-author in common
    const x = groups.get(paperIn);
    const y = groups.get(paperOut);
    if (x === undefined || y === undefined || x === y) return null;
    // the card lists both papers in one group (a tester: "in different groups of their papers" beside Yang Liu's card,
    // both step papers in "Group 1 · 81 papers"): the note says which group, and what parts the two papers within it
    const within = a >= 0 && a === b ? ` are both in group ${a + 1} of ${name}'s card, but in parts of it that share no co-author (tied only through co-authors' co-authors or alike topics)` : ' share no co-author, nor through their other papers';
    return {
      kind: 'groups',
      people: evidence.people,
      floor: evidence.peopleIsFloor,
      text: `${name} may be ${mayBePeople(evidence)}: the papers before and after this step${within}, so this chain may pass from one person to another.`,
    };
  }
  if (a < 0 || b < 0 || a === b) return null;
  if (evidence.claimed)
    return {
      kind: 'groups',
      people: evidence.people,
      floor: evidence.peopleIsFloor,
      text: `${name} may be ${mayBePeople(evidence)}: the papers before and after this step are in different groups of their papers (group ${a + 1} and group ${b + 1}, no co-author in common), so this chain may pass from one person to another.`,
    };
  if (evidence.probability < CANDIDATE_PROBABILITY) return null;
  return {
    kind: 'candidate',
    people: evidence.people,
    text: `${name} is possibly more than one person (${chanceIn100(evidence.probability)}): the papers before and after this step are in different groups of their papers (group ${a + 1} and group ${b + 1}, no co-author in common), so this chain might pass from one person to another; a candidate, not a claim.`,
  };
}

/**
 * The one-line summary above a chain's steps for its notes (`chainDoubt`, in chain order; nulls skipped), or
 * null when there is none: "Passes through a name that may be 2 people (Fei Liu)" for a claim, "…a name that is
 * possibly more than one person…" when every note is a candidate's; several names are listed. Throws nothing.
 */
export function chainDoubtSummary(notes: readonly ({ name: string; note: ChainDoubtNote } | null)[]): string | null {
  const given = notes.filter((n): n is { name: string; note: ChainDoubtNote } => n !== null);
  if (given.length === 0) return null;
  const claims = given.filter((n) => n.note.kind !== 'candidate');
  const shown = claims.length ? claims : given;
  const names = [...new Set(shown.map((n) => n.name))];
  const people = Math.max(...shown.map((n) => n.note.people));
  const floor = shown.some((n) => n.note.people === people && n.note.floor);
  const what = claims.length ? `may be ${floor ? 'at least ' : ''}${people} people` : 'is possibly more than one person';
  return names.length === 1 ? `Passes through a name that ${what} (${names[0]})` : `Passes through ${names.length} names that ${claims.length ? 'may each be several people' : 'are possibly several people'} (${names.join(', ')})`;
}
