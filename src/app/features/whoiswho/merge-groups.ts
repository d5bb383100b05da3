/**
 * Which accepted merges make one person together, and which merge lines contradict each other. Two accepted merges
 * that share a name ("Minh Van Nguyen ⇄ Minh Nguyen", then "Minh Nguyen ⇄ Minh Le Nguyen") make all their names one
 * person once applied (alias-file.ts `transitiveLines`): a tester saw three people become one of 21 papers with two
 * separate lines in the Accepted list and no word of it. Lines of a hand-edited link that give one spelling two
 * people ("Ching-Yao Chung → Ching-Yao Chuang", "Ching-Yao Chung → Tao Xu") would do the same silently: one of
 * them is applied and the note says which. Pure functions; names compared exactly, as the alias lines write them.
 */
import type { AliasDecision } from '../../../core/queries/synonyms';
import { listWords } from '../../format';
import { givesToAuthor } from './split-targets';

/** One accepted "same person" verdict: its key (store.ts `pairKey`), the name kept, the name merged, and its lines. */
export interface AcceptedMerge {
  key: string;
  keep: string;
  merge: string;
  /** Its alias lines (each spelling of the merged person → `keep`); none when the link kept the verdict only. */
  lines: readonly AliasDecision[];
}

/**
 * The accepted merges of `state`, in the order accepted: each accepted verdict key `keep\0merge` with the name-level
 * lines into `keep` (`aliasLines`: the store's accepted lines). Throws nothing.
 */
export function acceptedMerges(state: {
  decisions: Readonly<Record<string, 'accepted' | 'rejected'>>;
  aliasLines: readonly AliasDecision[];
}): AcceptedMerge[] {
  return Object.keys(state.decisions)
    .filter((k) => state.decisions[k] === 'accepted')
    .map((key) => {
      const [keep = '', merge = ''] = key.split('\u0000');
      return { key, keep, merge, lines: state.aliasLines.filter((l) => !l.paper && l.canonical === keep) };
    });
}

/**
 * `merges` grouped by the person they make: two merges are in one group when they share a name (kept, merged, or a
 * spelling one of their lines writes), directly or through other merges. Groups in the order of their first merge,
 * each in the order accepted. Union–find over names; O(names · α). Throws nothing.
 */
export function mergeGroups(merges: readonly AcceptedMerge[]): AcceptedMerge[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const namesOf = (m: AcceptedMerge) => [m.keep, m.merge, ...m.lines.flatMap((l) => [l.variant, l.canonical])];
  for (const m of merges) {
    const [first, ...rest] = namesOf(m);
    for (const n of rest) {
      const a = find(first!);
      const b = find(n);
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, AcceptedMerge[]>();
  for (const m of merges) {
    const root = find(m.keep);
    const g = groups.get(root);
    if (g) g.push(m);
    else groups.set(root, [m]);
  }
  return [...groups.values()];
}

/** The people's names a group of merges makes one person: every name kept or merged, once each, in alphabetical order. */
export function peopleOf(group: readonly AcceptedMerge[]): string[] {
  return [...new Set(group.flatMap((m) => [m.keep, m.merge]))].sort((a, b) => a.localeCompare(b));
}


/**
 * What accepting `next` would make one person when another accepted merge already joins one of its names: the
 * people's names (`peopleOf`, 3 or more), or null when `next` joins no name an accepted merge joined. `merges`: the
 * accepted ones (`next` among them or not). Throws nothing.
 */
export function chainIfAccepted(merges: readonly AcceptedMerge[], next: AcceptedMerge): string[] | null {
  const all = [...merges.filter((m) => m.key !== next.key), next];
  const group = mergeGroups(all).find((g) => g.includes(next))!;
  return group.length > 1 ? peopleOf(group) : null;
}

/** "This makes Minh Le Nguyen, Minh Nguyen and Minh Van Nguyen one person." */
export const onePersonText = (names: readonly string[]): string => `This makes ${listWords(names)} one person.`;

/** A spelling that merge lines give to two or more people: the line applied and the lines left out. */
export interface LineConflict {
  variant: string;
  applied: AliasDecision;
  left: AliasDecision[];
}

/**
 * The name-level lines of `lines` that give one spelling to two different people, and the lines to apply. Lines all
 * backed by accepted merges (a chain the user accepted, and confirmed) are no conflict: they are one person. Else the
 * first line backed by an accepted merge is applied (`acceptedKeeps`: the names kept by accepted merges), or the
 * first line, and the others of that spelling are left out (a hand-edited link: "Ching-Yao Chung → Ching-Yao
 * Chuang" and "Ching-Yao Chung → Tao Xu" merged all three). Paper-level lines (splits) pass as they are. `lines` in
 * the order accepted; returns `applies` in that order. Throws nothing.
 */
export function lineConflicts<L extends AliasDecision>(
  lines: readonly L[],
  acceptedKeeps: ReadonlySet<string>,
): { applies: L[]; conflicts: LineConflict[] } {
  const byVariant = new Map<string, L[]>();
  for (const l of lines) {
    if (l.paper || l.variant === l.canonical) continue;
    const same = byVariant.get(l.variant) ?? [];
    if (!same.some((x) => x.canonical === l.canonical)) same.push(l);
    byVariant.set(l.variant, same);
  }
  const out = new Set<AliasDecision>();
  const conflicts: LineConflict[] = [];
  for (const [variant, same] of byVariant) {
    if (same.length < 2 || same.every((l) => acceptedKeeps.has(l.canonical))) continue;
    const applied = same.find((l) => acceptedKeeps.has(l.canonical)) ?? same[0]!;
    const left = same.filter((l) => l !== applied);
    conflicts.push({ variant, applied, left });
    for (const l of left) out.add(l);
  }
  const leftOut = (l: L) => [...out].some((x) => x.variant === l.variant && x.canonical === l.canonical && !l.paper);
  return { applies: lines.filter((l) => !leftOut(l)), conflicts };
}

/**
 * The conflicts in words, one sentence each: `“Ching-Yao Chung” is given to two people by these lines: “Ching-Yao
 * Chung → Ching-Yao Chuang” is applied; “Ching-Yao Chung → Tao Xu” is not (Undo the one that is wrong).`
 */
export function conflictText(c: LineConflict): string {
  const line = (l: AliasDecision) => `“${l.variant} → ${l.canonical}”`;
  const people = c.left.length + 1;
  return `“${c.variant}” is given to ${people === 2 ? 'two' : people} people by these lines: ${line(c.applied)} is applied; ${c.left.map(line).join(', ')} ${c.left.length === 1 ? 'is' : 'are'} not (Undo the one that is wrong in the Accepted list).`;
}

/**
 * The name-level accepted lines that no accepted merge holds (a hand-edited link's, or one made before verdicts were
 * kept): grouped by the name they keep, in the order accepted, so the review list lists them with their Undo.
 */
export function linesWithoutMerge<L extends AliasDecision>(aliasLines: readonly L[], acceptedKeeps: ReadonlySet<string>): { keep: string; lines: L[] }[] {
  const byKeep = new Map<string, L[]>();
  for (const l of aliasLines) {
    if (l.paper || l.variant === l.canonical || acceptedKeeps.has(l.canonical)) continue;
    const g = byKeep.get(l.canonical) ?? [];
    g.push(l);
    byKeep.set(l.canonical, g);
  }
  return [...byKeep].map(([keep, lines]) => ({ keep, lines }));
}

/** The names kept by the accepted merges of `decisions` (keys `keep\0merge`). */
export function acceptedKeeps(decisions: Readonly<Record<string, 'accepted' | 'rejected'>>): Set<string> {
  return new Set(Object.keys(decisions).filter((k) => decisions[k] === 'accepted').map((k) => k.split('\u0000')[0]!));
}

/**
 * How many of a link's decisions name no author of the map: accepted or rejected verdicts (`keep\0merge`) neither
 * of whose names `known` knows, and lines (applied, accepted, taken back) whose variant it does not know. `known`:
 * whether a name is an author's name or spelling on the map (the caller compares as the build does). Returns the
 * count of decisions looked at (`of`), how many name no author (`missing`), and up to 3 of their names.
 */
export function decisionsNotInMap(
  saved: { lines: readonly AliasDecision[]; pending?: readonly AliasDecision[]; dropped?: readonly AliasDecision[]; decisions: Readonly<Record<string, string>> },
  known: (name: string) => boolean,
): { of: number; missing: number; names: string[] } {
  const names: string[] = [];
  let of = 0;
  let missing = 0;
  const miss = (name: string) => {
    missing++;
    if (names.length < 3 && !names.includes(name)) names.push(name);
  };
  const keyed = new Set<string>();
  for (const key of Object.keys(saved.decisions)) {
    const [a = '', b = ''] = key.split('\u0000');
    keyed.add(a);
    of++;
    if (!known(a) && !known(b)) miss(a);
  }
  // lines of no verdict (splits, hand-written merges): one decision per name they keep or split
  const byName = new Map<string, boolean>();
  for (const l of [...saved.lines, ...(saved.pending ?? []), ...(saved.dropped ?? [])]) {
    const name = l.paper ? l.variant : l.canonical;
    if (!l.paper && keyed.has(name)) continue;
    byName.set(name, (byName.get(name) ?? false) || known(l.variant));
  }
  for (const [name, inMap] of byName) {
    of++;
    if (!inMap) miss(name);
  }
  return { of, missing, names };
}

/** Merge chains the user confirmed in this page ("Make them one person"), by their people (`peopleOf`, joined by NUL). */
const confirmedChains = new Set<string>();

/** Marks the chain making `people` one person as confirmed (ReviewPanel's chain question, or Apply asked): not asked again. */
export function confirmChain(people: readonly string[]): void {
  confirmedChains.add([...people].sort((a, b) => a.localeCompare(b)).join('\u0000'));
}

/** A clash among accepted decisions that Apply asks about first: its kind, its people, and the sentence said. */
export interface DecisionClash {
  /** 'chain': merges sharing a name make 3+ people one; 'split': merges join two names a split separates. */
  kind: 'chain' | 'split';
  /** The people's names it concerns (a chain's all, a split's two). */
  people: string[];
  text: string;
}

/**
 * What applying the accepted decisions would do that no one decision says, so Apply asks first: merges sharing a name
 * that make three or more people one (unless confirmed in this page: `confirmChain`; a hand-edited link's lines all
 * backed by accepted verdicts made three people one without a word), and merges joining two names a split separates
 * ("Jialiang Wang (2)" merged back into "Jialiang Wang" while the split of "Jialiang Wang" gives it papers). Only
 * clashes with a line the map shown does not have yet (`applied`): one already built is not asked again. The lines
 * Apply applies are `lineConflicts`'s. Union–find over names; O(lines · α). Throws nothing.
 */
export function decisionClashes(state: {
  decisions: Readonly<Record<string, 'accepted' | 'rejected'>>;
  aliasLines: readonly AliasDecision[];
  applied: readonly AliasDecision[];
}): DecisionClash[] {
  const built = (l: AliasDecision) => state.applied.some((x) => x.variant === l.variant && x.canonical === l.canonical && (x.paper ?? null) === (l.paper ?? null));
  const out: DecisionClash[] = [];
  for (const g of mergeGroups(acceptedMerges(state))) {
    if (g.length < 2) continue;
    const people = peopleOf(g);
    if (confirmedChains.has(people.join('\u0000')) || g.every((m) => m.lines.length > 0 && m.lines.every(built))) continue;
    out.push({ kind: 'chain', people, text: `${onePersonText(people)} (${g.length} merges you accepted share a name.)` });
  }
  const applies = lineConflicts(state.aliasLines, acceptedKeeps(state.decisions)).applies;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const merges = applies.filter((l) => !l.paper && l.variant !== l.canonical);
  for (const l of merges) {
    const a = find(l.variant);
    const b = find(l.canonical);
    if (a !== b) parent.set(a, b);
  }
  const seen = new Set<string>();
  for (const l of applies) {
    // (a line giving a paper to an author on the map joins them on that paper, as the merge does: no clash)
    if (!l.paper || l.variant === l.canonical || givesToAuthor(l) || find(l.variant) !== find(l.canonical)) continue;
    const key = `${l.variant}\u0000${l.canonical}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const joining = merges.filter((m) => find(m.variant) === find(l.variant));
    if ([l, ...joining].every(built)) continue;
    out.push({
      kind: 'split',
      people: [l.variant, l.canonical],
      text: `A merge makes “${l.variant}” and “${l.canonical}” one person (${joining.map((m) => `“${m.variant} → ${m.canonical}”`).join(', ')}), and the split of “${l.variant}” keeps them apart: applied together, neither is as you decided. Undo the one that is wrong in the Accepted list.`,
    });
  }
  return out;
}
