/**
 * A split that gives papers to an author already on the map: the split's chooser (HomonymSection.tsx) offers, beside
 * "stays with “Yang Liu”" and the new people "Yang Liu (2)", "(3)"…, the authors the name checks suggest are the same
 * person under another spelling ("Yang Janet Liu", from Yang Liu's card on the 30k map: body of work 2, the AMALGUM
 * papers with Amir Zeldes, is hers) and any author picked by name. Such a paper's alias lines are the split's own
 * (`variant<TAB>canonical<TAB>paper`, one per spelling of the name split), their canonical the other author's name as
 * the map writes it: the build gives that paper's author position to that person (core names/resolve-people.ts: a
 * line's canonical is found as the papers read it), so their paper count grows by the papers given and the name's
 * shrinks by as many.
 *
 * In a choice (split-choice.ts) a person is a number: 0 stays with the name, k ≥ 1 the k-th new person, and -(i + 1)
 * the author `targets[i]` (a display name). The core's split functions (core/queries/homonyms.ts) know 0 and k ≥ 1
 * only: `newPeopleView` gives them the choice with the other authors' papers kept back, and `givenSplitLines` writes
 * the lines of the papers given.
 */
import { paperSelector, splitDecisions, type PersonSplit, type SplitPart } from '../../../core/queries/homonyms';
import { splitPartOf } from '../../../core/names/split-part';
import type { Bundle } from '../../../core/bundle/types';
import type { AliasDecision } from '../../../core/queries/synonyms';

/** The person number of `targets[i]` in a choice (negative: an author on the map, not a new person). */
export const targetPerson = (i: number): number => -(i + 1);
/** The index in `targets` of the person number `person` (< 0), see `targetPerson`. */
export const targetIndex = (person: number): number => -person - 1;

/**
 * A choice's assignment and papers as the core's split functions take them (`assignedMoves`, `assignedDecisions`):
 * a part or paper given an author on the map (< 0) counts as staying (0), so that the new people and their papers
 * are the core's. `assignment`: one person per part; `papers`: paper index → person, chosen one by one. Throws nothing.
 */
export function newPeopleView(assignment: readonly number[], papers: ReadonlyMap<number, number>): { assignment: number[]; papers: Map<number, number> } {
  return { assignment: assignment.map((k) => Math.max(0, k)), papers: new Map([...papers].map(([p, k]) => [p, Math.max(0, k)])) };
}

/** Papers a split gives to an author on the map (`givenPapers`). */
export interface GivenPapers {
  /** The author's display name on the map (a line's canonical). */
  to: string;
  /** The person number in the choice, < 0 (`targetPerson`). */
  person: number;
  /** The parts given to them whole or in part (their papers given elsewhere one by one left out of `papers`). */
  parts: SplitPart[];
  /** Papers given to them one by one from parts given to someone else, ascending. */
  single: number[];
  /** Every paper they get (paper indices), ascending. */
  papers: number[];
}

/**
 * The papers each author on the map gets in a choice, in the order of `targets` (those who get none left out).
 * `parts`: `splitParts`'; `assignment`: one person per part; `papers`: paper index → person chosen one by one over its
 * part's (a paper in no part is ignored); `targets`: the display names of the persons -1, -2… Throws nothing.
 */
export function givenPapers(
  parts: readonly SplitPart[],
  assignment: readonly number[],
  papers: ReadonlyMap<number, number>,
  targets: readonly string[],
): GivenPapers[] {
  const out: GivenPapers[] = [];
  targets.forEach((to, i) => {
    const person = targetPerson(i);
    const given = parts.filter((_, k) => assignment[k] === person);
    const kept = given.flatMap((part) => part.papers).filter((p) => (papers.get(p) ?? person) === person);
    const taken = given.filter((part) => part.papers.some((p) => (papers.get(p) ?? person) === person));
    const single: number[] = [];
    parts.forEach((part, k) => {
      if (assignment[k] === person) return;
      for (const p of part.papers) if (papers.get(p) === person) single.push(p);
    });
    single.sort((a, b) => a - b);
    const all = [...kept, ...single].sort((a, b) => a - b);
    if (all.length > 0) out.push({ to, person, parts: taken, single, papers: all });
  });
  return out;
}

/**
 * The alias lines of the papers a split gives to authors on the map: for each paper of `given`, one line per
 * spelling of the name split (as `splitDecisions` writes a new person's), `variant<TAB><the author's name><TAB>paper`,
 * each with `split` (the key the split's lines share, see store.ts `DecisionLine`). `split`: `peopleBehind`'s split
 * of the name. Throws nothing.
 */
export function givenSplitLines(bundle: Bundle, split: PersonSplit, given: readonly GivenPapers[], key: string): (AliasDecision & { split: string })[] {
  if (given.length === 0) return [];
  const groups = [split.groups[0]!, ...given.map((g) => ({ papers: g.papers, cluster: -1, coauthors: [] }))];
  const names = [undefined, ...given.map((g) => g.to)];
  return splitDecisions(bundle, { ...split, groups }, names).map((l) => ({ ...l, split: key }));
}

/**
 * The key of a split's lines (store.ts `DecisionLine.split`): the first new person's name when it makes one (as
 * before), else "<name> → <first author given papers>" (a split that only gives papers away). Throws nothing.
 */
export function splitKeyOf(name: string, firstNewPerson: string | undefined, given: readonly GivenPapers[]): string {
  return firstNewPerson ?? `${name} → ${given[0]?.to ?? ''}`;
}

/**
 * Whether a paper-level alias line gives its paper to an author on the map rather than to a new person of a split:
 * its canonical is not a split's numbered person ("Yang Liu (2)", core names/split-part.ts). Name-level lines
 * (merges) are not. Throws nothing.
 */
export function givesToAuthor(line: AliasDecision): boolean {
  return !!line.paper && splitPartOf(line.canonical).part === null;
}

/**
 * Compacts a choice's new people (1, 2, 3… in the order of their numbers, as core `compactAssignment`), keeping the
 * authors on the map (< 0) as they are. Returns the assignment and the papers chosen one by one. Throws nothing.
 */
export function compactChoice(assignment: readonly number[], papers: ReadonlyMap<number, number>): [number[], Map<number, number>] {
  const used = [...new Set([...assignment, ...papers.values()].filter((k) => k > 0))].sort((a, b) => a - b);
  const renumber = (k: number) => (k > 0 ? used.indexOf(k) + 1 : k);
  return [assignment.map(renumber), new Map([...papers].map(([p, k]) => [p, renumber(k)]))];
}

/**
 * The papers of `author` that the map was built giving them by a split of another name (`applied`: the alias lines
 * the map was built with; the lines of `givesToAuthor` whose canonical is the author's display name), each with the
 * name split ("Mira Vance"). Their card's groups say so: such papers may share no co-author with the author's own and
 * make a group of their own, which the check then offers to split off again (a tester: the receiving author's check
 * showed groups). Throws nothing.
 */
export function papersGivenTo(bundle: Bundle, author: number, applied: readonly AliasDecision[]): Map<number, string> {
  const name = bundle.authors.name[author];
  const out = new Map<number, string>();
  const from = new Map<string, string>();
  for (const l of applied) if (l.paper && l.canonical === name && givesToAuthor(l) && !from.has(l.paper)) from.set(l.paper, l.variant);
  if (from.size === 0) return out;
  const papers = bundle.papers.authors;
  for (let p = 0; p < papers.length; p++) {
    if (!papers[p]!.includes(author)) continue;
    const by = from.get(paperSelector(bundle, p));
    if (by !== undefined) out.set(p, by);
  }
  return out;
}

/**
 * What a group or part of a card says of the papers a split gave the author (`papersGivenTo`): "given by the split of
 * “Mira Vance”" when all of `papers` were, "2 given by the split of “Mira Vance”" when some, else ''. Throws nothing.
 */
export function givenWords(papers: readonly number[], given: ReadonlyMap<number, string>): string {
  const by = papers.map((p) => given.get(p)).filter((x): x is string => x !== undefined);
  if (by.length === 0) return '';
  const names = [...new Set(by)].map((n) => `“${n}”`);
  const splits = names.length === 1 ? `the split of ${names[0]}` : `the splits of ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return by.length === papers.length ? `given by ${splits}` : `${by.length} given by ${splits}`;
}
