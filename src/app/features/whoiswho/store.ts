/**
 * Who is who: the review decisions on "same person?" suggestions, the alias lines accepted (merges and
 * splits) and how many of them the current dataset was built with, and the rebuild in progress.
 * Decisions belong to one paper list: they survive its own rebuilds and are cleared for another dataset.
 */
import { create } from 'zustand';
import type { AliasDecision } from '../../../core/queries/synonyms';
import { splitPartOf } from '../../../core/names/split-part';
import { useAtlas } from '../../store';
import type { Dataset } from '../../data/dataset';
import { writeDecisionsToUrl, type SavedDecisions } from './decisions-url';
import { openedMap } from './maps';
import { datasetKey, firstRefusal, keepDecisions } from './kept-decisions';
import { heldFlag } from '../../held-flag';
import { countOf } from '../../format';
import { acceptedKeeps, lineConflicts, linesWithoutMerge } from './merge-groups';
import { givesToAuthor } from './split-targets';

export type RebuildState =
  /** `done`: what the last Apply made of the map (`dataset`), said under its button while that map is shown. */
  | { status: 'idle'; done?: { dataset: Dataset; text: string } }
  /**
   * `lookingUp`: looking for the map kept in this browser for these decisions (rebuild.ts; a few ms): the Apply is
   * under way but nothing is being rebuilt, so no progress is shown.
   */
  | { status: 'running'; label: string; fraction: number; lookingUp?: boolean }
  | { status: 'error'; message: string };

export interface WhoIsWhoState {
  /** Review decisions on "same person?" suggestions, keyed by `pairKey(names)`; they survive a rebuild. */
  decisions: Record<string, 'accepted' | 'rejected'>;
  /** Alias lines accepted (merges and splits), in the order given; applied ones are in the current dataset. */
  aliasLines: DecisionLine[];
  /** How many alias lines the current dataset was built with (`applied.length`). */
  appliedLines: number;
  /** The alias lines the current dataset was built with (an undone line stays here until the next apply). */
  applied: DecisionLine[];
  rebuild: RebuildState;
  decide(key: string, decision: 'accepted' | 'rejected' | null, lines: AliasDecision[]): void;
  addAliasLines(lines: DecisionLine[]): void;
  /** Take accepted lines back (undo a split); applying again rebuilds without them. */
  removeAliasLines(lines: AliasDecision[]): void;
  setRebuild(rebuild: RebuildState): void;
  /** The current dataset was (re)built with exactly `lines`: remembered in the URL (see decisions-url.ts). */
  markApplied(lines: DecisionLine[]): void;
}

/** Key of a suggested pair that stays the same when the dataset is rebuilt (indices change, names do not). */
export const pairKey = (names: readonly [string, string]): string => `${names[0]}\u0000${names[1]}`;

export const sameLine = (x: AliasDecision, y: AliasDecision) => x.variant === y.variant && x.canonical === y.canonical && (x.paper ?? null) === (y.paper ?? null);

/**
 * Whether a who-is-who decision concerns the person written `spellings` (display name first): a merge or split line
 * (accepted, or in the map shown) that names one of them, a split of the name they were split from (`splitBase`), or
 * an accepted or rejected verdict on a pair that names one. The author card shows its one Apply bar then (it showed
 * one per section: a merge applied and a split accepted gave the card two). Throws nothing.
 */
export function decisionsConcern(
  spellings: readonly string[],
  state: Pick<WhoIsWhoState, 'aliasLines' | 'applied' | 'decisions'>,
): boolean {
  const names = new Set(spellings);
  const base = spellings.length > 0 ? splitBase(spellings[0]!) : '';
  const names1 = (l: AliasDecision) => names.has(l.variant) || names.has(l.canonical) || (!!l.paper && l.variant === base);
  if (state.aliasLines.some(names1) || state.applied.some(names1)) return true;
  return Object.keys(state.decisions).some((k) => k.split('\u0000').some((n) => names.has(n)));
}

export const useWhoIsWho = create<WhoIsWhoState>()((set, get) => ({
  decisions: {},
  aliasLines: [],
  appliedLines: 0,
  applied: [],
  rebuild: { status: 'idle' },
  decide: (key, decision, lines) => {
    const decisions = { ...get().decisions };
    let aliasLines = get().aliasLines.filter((l) => !lines.some((x) => sameLine(l, x)));
    if (decision === null) delete decisions[key];
    else decisions[key] = decision;
    if (decision === 'accepted') aliasLines = [...aliasLines, ...lines];
    set({ decisions, aliasLines });
  },
  addAliasLines: (lines) => {
    const fresh = lines.filter((l) => !get().aliasLines.some((x) => sameLine(l, x)));
    set({ aliasLines: [...get().aliasLines, ...fresh] });
  },
  removeAliasLines: (lines) => set({ aliasLines: get().aliasLines.filter((l) => !lines.some((x) => sameLine(l, x))) }),
  setRebuild: (rebuild) => set({ rebuild }),
  markApplied: (lines) => set({ applied: [...lines], appliedLines: lines.length }),
}));

/**
 * Takes up the pairs an imported alias file says are different people (`# different people` lines, core
 * names/aliases.ts `differentPeopleOf`) as "Different people" verdicts on the map just opened, so a pair rejected
 * before the file was downloaded is not offered again as undecided. `pairs` as [keep, merge] (the review list's
 * order, `pairKey`); a pair already decided here (either way round) is left as it is. Returns how many were taken up.
 */
export function takeUpDifferentPeople(pairs: readonly (readonly [string, string])[]): number {
  const decisions = { ...useWhoIsWho.getState().decisions };
  let taken = 0;
  for (const [a, b] of pairs) {
    if (decisions[pairKey([a, b])] || decisions[pairKey([b, a])]) continue;
    decisions[pairKey([a, b])] = 'rejected';
    taken++;
  }
  if (taken > 0) useWhoIsWho.setState({ decisions });
  return taken;
}

/** The name-level lines taken up from the page's link (restore.ts), so the card can say a merge is the link's. */
let linkLines: readonly AliasDecision[] = [];
/** Remember `lines` as the link's (restore.ts, when it takes up a link's `names=`); another dataset forgets them. */
export function setLinkLines(lines: readonly AliasDecision[]): void {
  linkLines = lines.filter((l) => !l.paper);
}
/** Whether `line` came with the page's link (else it is a decision made here, or kept in this tab). */
export const isLinkLine = (line: AliasDecision): boolean => linkLines.some((l) => sameLine(l, line));

/** What the URL keeps of `state` (see decisions-url.ts): applied lines, lines still to apply, verdicts. */
export function savedDecisions(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied' | 'decisions'>): SavedDecisions {
  return {
    lines: state.applied,
    pending: state.aliasLines.filter((l) => !state.applied.some((x) => sameLine(l, x))),
    dropped: state.applied.filter((l) => !state.aliasLines.some((x) => sameLine(l, x))),
    decisions: state.decisions,
  };
}

/** The key (kept-decisions.ts `datasetKey`) of the paper list the decisions are about: the one open (null: none, or no key). */
let listKey: string | null = null;

/** The key of the paper list open now (its rebuilds keep the dataset's id). */
function openKey(): string | null {
  const { dataset, source } = useAtlas.getState();
  return dataset ? datasetKey(dataset.id, source.bundle) : null;
}

/**
 * `state`'s decisions (savedDecisions) written where they last: into the page's link (`names=`, the entry shown) and
 * kept for this tab under the paper list they are about (kept-decisions.ts), so opening that list again finds them.
 */
export function writeDecisions(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied' | 'decisions'>): void {
  const saved = savedDecisions(state);
  writeDecisionsToUrl(saved);
  if (listKey !== null && !keepDecisions(listKey, saved) && firstRefusal()) sayNotKept();
}

/**
 * Said (the page's note) when the tab's storage refuses the decisions (full, or turned off): once per page, since
 * every later decision would be refused alike. Without it a reload of the dataset's plain address, or opening it
 * again in this tab after the page was left, lost them silently (the switcher kept them only while the page lasted).
 */
export const NOT_KEPT_NOTE =
  'This tab’s storage refused your who-is-who decisions (it is full or turned off): they stay in this page’s address (names=) and last while the page is open, but a reload of the dataset’s plain address will not bring them back. To keep them, use “Download alias file” in Who is who.';
function sayNotKept(): void {
  const { linkNote } = useAtlas.getState();
  if (!linkNote?.includes(NOT_KEPT_NOTE)) useAtlas.setState({ linkNote: linkNote ? `${linkNote} ${NOT_KEPT_NOTE}` : NOT_KEPT_NOTE });
}

let urlHeld = 0;
/**
 * Keep the URL as it is while `run` goes on (restoring decisions from it at start-up: until the
 * rebuild is done the state holds less than the link); written from the state afterwards.
 */
export async function holdingUrl<T>(run: () => Promise<T>): Promise<T> {
  urlHeld++;
  try {
    return await run();
  } finally {
    urlHeld--;
    if (urlHeld === 0) writeDecisions(useWhoIsWho.getState());
  }
}

/** Runs `run` (synchronous) without writing its changes of the decisions into the URL (the caller writes it). */
export function withoutUrlWrites<T>(run: () => T): T {
  urlHeld++;
  try {
    return run();
  } finally {
    urlHeld--;
  }
}

const rebuilt = heldFlag();
/**
 * Runs `run` (synchronous), in which the dataset opened is this paper list rebuilt, or as opened: its decisions
 * stay (another dataset clears them) and the kept maps too (maps.ts).
 */
export function openingRebuilt<T>(run: () => T): T {
  return rebuilt.during(run);
}

/** Whether the dataset being opened now is the paper list shown, rebuilt or as opened (see `openingRebuilt`). */
export const isOpeningRebuilt = (): boolean => rebuilt.held();

// every verdict, accepted line, undo and apply goes into the link at once, so a reload keeps it
useWhoIsWho.subscribe((state, prev) => {
  if (urlHeld > 0 || (state.aliasLines === prev.aliasLines && state.applied === prev.applied && state.decisions === prev.decisions)) return;
  writeDecisions(state);
});

/** The name a split line's new person is named after: `Jialiang Wang (2)` → `Jialiang Wang`. */
export const splitBase = (canonical: string): string => splitPartOf(canonical).name;

/**
 * An accepted alias line as the store keeps it: a split's paper-level lines also carry `split`, the first new
 * person's name of the split they were accepted with (it tells two splits of one name apart: each new person's
 * name is used once, see `freshSplitNames`). Lines without it (a link of before) are grouped by name.
 */
export type DecisionLine = AliasDecision & { split?: string };

/**
 * The split lines `lines` (from core/queries/homonyms.ts `claimDecisions`, new people named `<base> (2)`,
 * `<base> (3)`… in that order) with new people's names that are not in use: `taken(name)` says whether a name is
 * already a person or spelling on the map or in the decisions (e.g. `Yang Liu (2)` from a split applied before),
 * and each new person gets the lowest `<base> (n)` not taken, in the order of the lines' numbers. Returns the lines
 * renamed, each with `split` (the first new name), and `names`: the new name of `<base> (k)` for every k from 2
 * to `count` + 1 (`count` ≥ the number of new people: the card names its groups with them). Throws nothing.
 */
export function freshSplitNames(
  lines: readonly AliasDecision[],
  base: string,
  taken: (name: string) => boolean,
  count = 0,
): { lines: DecisionLine[]; names: Map<string, string> } {
  const numbers = new Set<number>();
  const prefix = `${base} (`;
  for (const l of lines) {
    const m = l.canonical.startsWith(prefix) ? /^(\d+)\)$/.exec(l.canonical.slice(prefix.length)) : null;
    if (m) numbers.add(Number(m[1]));
  }
  for (let k = 2; k <= count + 1; k++) numbers.add(k);
  const names = new Map<string, string>();
  let next = 2;
  for (const k of [...numbers].sort((a, b) => a - b)) {
    while (taken(`${base} (${next})`)) next++;
    names.set(`${base} (${k})`, `${base} (${next})`);
    next++;
  }
  const renamed = lines.map((l) => ({ ...l, canonical: names.get(l.canonical) ?? l.canonical }));
  const split = renamed[0]?.canonical;
  return { lines: renamed.map((l) => (l.paper && split ? { ...l, split } : l)), names };
}

/**
 * Whether a name is in use on the map (a person's display name or spelling) or in the decisions (a name an
 * accepted or applied line writes or renames): `names` and `aliases` as the bundle's author columns.
 */
export function nameInUse(
  names: readonly string[],
  aliases: readonly (readonly string[])[],
  state: Pick<WhoIsWhoState, 'aliasLines' | 'applied'>,
): (name: string) => boolean {
  const inDecisions = new Set<string>();
  for (const l of [...state.aliasLines, ...state.applied]) {
    inDecisions.add(l.canonical);
    inDecisions.add(l.variant);
  }
  return (name) => inDecisions.has(name) || names.includes(name) || aliases.some((a) => a.includes(name));
}

export interface AcceptedSplit {
  /** Which split: the first new person's name (lines with `split`), else the name split (older links). */
  key: string;
  /** The name that was split (the person who keeps it). */
  name: string;
  /** The new people's names, e.g. `Jialiang Wang (2)`, in the order first accepted. */
  into: string[];
  /**
   * The authors on the map it gives papers to (split-targets.ts: "Yang Janet Liu" given body of work 2 of "Yang
   * Liu"), each with how many papers, in the order first accepted; they are no new people.
   */
  given: { to: string; papers: number }[];
  /** Its paper-level alias lines (see core/queries/homonyms.ts `splitDecisions`). */
  lines: DecisionLine[];
  /** applied: in the current dataset; pending: accepted, not applied yet; undone: applied, then taken back (not applied yet). */
  status: 'applied' | 'pending' | 'undone';
}

/**
 * The splits among the accepted alias lines and those the current dataset was built with: paper-level
 * lines grouped by the split they were accepted with (`DecisionLine.split`; lines without it by the name they
 * split), so a second split of a name (after the first was applied) is a split of its own. In the order accepted.
 */
export function acceptedSplits(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied'>): AcceptedSplit[] {
  const byKey = new Map<string, AcceptedSplit & { accepted: boolean; built: boolean; givenPapers: Map<string, Set<string>> }>();
  const add = (l: DecisionLine, accepted: boolean) => {
    if (!l.paper) return;
    // (a line giving a paper to an author on the map names the name split as its variant: the split's first line's
    // spelling is the name's display name, `splitDecisions`)
    const gives = givesToAuthor(l);
    const name = gives ? l.variant : splitBase(l.canonical);
    const key = l.split ?? name;
    let split = byKey.get(key);
    if (!split) byKey.set(key, (split = { key, name, into: [], given: [], lines: [], status: 'applied', accepted: false, built: true, givenPapers: new Map() }));
    if (gives) {
      const papers = split.givenPapers.get(l.canonical) ?? new Set();
      papers.add(l.paper);
      split.givenPapers.set(l.canonical, papers);
    } else if (!split.into.includes(l.canonical)) split.into.push(l.canonical);
    if (accepted) {
      split.accepted = true;
      split.lines.push(l);
      if (!state.applied.some((x) => sameLine(l, x))) split.built = false;
    } else if (!state.aliasLines.some((x) => sameLine(l, x))) split.lines.push(l);
  };
  for (const l of state.aliasLines) add(l, true);
  for (const l of state.applied) add(l, false);
  return [...byKey.values()].map(({ accepted, built, givenPapers, ...sp }) => ({
    ...sp,
    given: [...givenPapers].map(([to, papers]) => ({ to, papers: papers.size })),
    status: !accepted ? 'undone' : built ? 'applied' : 'pending',
  }));
}

/** An applied merge taken back (Undo), waiting for the next apply: the name it kept and the spellings it merged into it. */
export interface UndoneMerge {
  keep: string;
  merged: string[];
}

/** The merges the current dataset was built with and no accepted decision holds any more, one per kept name. */
export function undoneMerges(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied'>): UndoneMerge[] {
  const byKeep = new Map<string, string[]>();
  for (const l of state.applied) {
    if (l.paper || state.aliasLines.some((x) => sameLine(l, x))) continue;
    const merged = byKeep.get(l.canonical) ?? [];
    if (!merged.includes(l.variant)) merged.push(l.variant);
    byKeep.set(l.canonical, merged);
  }
  return [...byKeep].map(([keep, merged]) => ({ keep, merged }));
}

/** "Undone: “Chuang” → “Chung” — apply to rebuild without it." (one sentence for all of them), or '' when none. */
export function undoneMergesText(undone: readonly UndoneMerge[]): string {
  if (undone.length === 0) return '';
  const each = undone.map((u) => `${u.merged.map((m) => `“${m}”`).join(', ')} → “${u.keep}”`).join('; ');
  return `Undone: ${each} — apply to rebuild without ${undone.length === 1 ? 'it' : 'them'}.`;
}

/**
 * The person of the map named `name` (display name, else a spelling), or -1: `names` and `aliases` as the
 * bundle's author columns. After merges made transitively (alias-file.ts) a kept name may be a spelling of another.
 */
export function personNamed(names: readonly string[], aliases: readonly (readonly string[])[], name: string): number {
  const i = names.indexOf(name);
  return i >= 0 ? i : aliases.findIndex((a) => a.includes(name));
}

/**
 * The accepted merges whose lines the map was built with but that the map does not show (the two names are not one
 * person on it: an alias file's own line overruled them, say), as `keep\0merge` keys. `names`/`aliases` as the
 * bundle's author columns. The status counts them as not applied (it said "all applied" of a merge dropped).
 */
export function mergesNotInMap(
  names: readonly string[],
  aliases: readonly (readonly string[])[],
  state: Pick<WhoIsWhoState, 'aliasLines' | 'applied' | 'decisions'>,
): string[] {
  return Object.keys(state.decisions).filter((k) => {
    if (state.decisions[k] !== 'accepted') return false;
    const [keep, merge] = k.split('\u0000') as [string, string];
    const lines = state.aliasLines.filter((l) => !l.paper && l.canonical === keep);
    if (lines.length === 0 || lines.some((l) => !state.applied.some((x) => sameLine(l, x)))) return false;
    const person = personNamed(names, aliases, keep);
    return person < 0 || !(names[person] === merge || aliases[person]!.includes(merge));
  });
}

/** A same-person pair answered by a split (`splitAnswer`): papers of `from` given to `to`, the pair's other name. */
export interface SplitAnswer {
  from: string;
  to: string;
  /** Papers the split gives. */
  papers: number;
  status: 'applied' | 'pending';
}

/**
 * Whether a split accepted here (applied or not, not undone) gives papers of one name of the pair `names` to the
 * other (split-targets.ts: Yang Liu's body of work 2 given to Yang Janet Liu): the user has said which of the name's
 * papers are the other's, so "Same person" (all of one joined to the other) is no longer asked of the pair; the list
 * and the card say so (both offered it after the split was applied, a tester). The answer of the first such split,
 * else null. Throws nothing.
 */
export function splitAnswer(names: readonly [string, string], splits: readonly AcceptedSplit[]): SplitAnswer | null {
  for (const sp of splits) {
    if (sp.status === 'undone') continue;
    for (const [from, to] of [names, [names[1], names[0]]] as const) {
      const given = sp.name === from ? sp.given.find((g) => g.to === to) : undefined;
      if (given) return { from, to, papers: given.papers, status: sp.status };
    }
  }
  return null;
}

/**
 * A split's answer in words: "Answered by the split that gives 5 papers of “Yang Liu” to “Yang Janet Liu” (applied)";
 * the count written as every other count (format.ts `countOf`: "1 paper", "1,200 papers").
 */
export function splitAnswerWords(a: SplitAnswer): string {
  return `Answered by the split that gives ${countOf(a.papers, 'paper')} of “${a.from}” to “${a.to}” (${a.status === 'applied' ? 'applied' : 'not applied yet'})`;
}

/**
 * The suggestions that do not undo a split: two people a split accepted here made of one name (e.g.
 * `Jialiang Wang` and `Jialiang Wang (2)`) were decided to be different people, so they are not
 * offered as "same person" again; nor while the split's Undo waits to be applied (the map still shows them
 * apart, and the Undo already joins them: a tester saw "Jialiang Wang ⇄ Jialiang Wang (2)" offered then, with
 * "(2)" read as part of a name).
 */
export function notSplitApart<T extends { names: readonly [string, string] }>(suggestions: readonly T[], splits: readonly AcceptedSplit[]): T[] {
  const live = splits;
  if (live.length === 0) return [...suggestions];
  const sameSplit = (a: string, b: string) => live.some((sp) => [sp.name, ...sp.into].includes(a) && [sp.name, ...sp.into].includes(b));
  return suggestions.filter((s) => !sameSplit(s.names[0], s.names[1]));
}

/** The user's name decisions, counted as they were made (a merge of two names, a split of one), not as alias lines. */
export interface DecisionCounts {
  /** Merges accepted (the verdicts "same person"), and those of them not applied yet. */
  merges: number;
  pendingMerges: number;
  /** Splits accepted (one per name split, whatever the people it makes), and those not applied yet. */
  splits: number;
  pendingSplits: number;
  /** Applied merges and splits taken back, not applied yet (the map still has them). */
  undoneMerges: number;
  undoneSplits: number;
  /** Merges whose lines the map was built with but that the map does not show (`mergesNotInMap`; 0 when not asked). */
  notInMap?: number;
}

/**
 * The decisions behind the accepted alias lines: each accepted "same person" verdict is one merge (its lines
 * are those into the kept name), each name with paper-level lines one split (`acceptedSplits`); a merge or split
 * is pending while one of its lines is not in the map, undone when the map has lines no decision holds any more.
 * `state` as the store holds it; throws nothing.
 */
export function decisionCounts(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied' | 'decisions'>, notInMap = 0): DecisionCounts {
  const has = (lines: readonly AliasDecision[], l: AliasDecision) => lines.some((x) => sameLine(l, x));
  const merges = Object.keys(state.decisions).filter((k) => state.decisions[k] === 'accepted');
  const linesOf = (keep: string) => state.aliasLines.filter((l) => !l.paper && l.canonical === keep);
  const pendingMerges = merges.filter((k) => linesOf(k.split('\u0000')[0]!).some((l) => !has(state.applied, l))).length;
  // merges applied and taken back: their lines are in the map and in no accepted decision, one per kept name
  const undoneMerges = new Set(state.applied.filter((l) => !l.paper && !has(state.aliasLines, l)).map((l) => l.canonical)).size;
  const splits = acceptedSplits(state);
  // lines no accepted verdict holds (a hand-edited link's): a merge each, by the name they keep
  // (a line left out for giving a spelling a second person is no merge the map has or will have: the note says it)
  const keeps = acceptedKeeps(state.decisions);
  const loose = linesWithoutMerge(lineConflicts(state.aliasLines, keeps).applies, keeps);
  return {
    merges: merges.length + loose.length,
    pendingMerges: pendingMerges + loose.filter((x) => x.lines.some((l) => !has(state.applied, l))).length,
    splits: splits.filter((sp) => sp.status !== 'undone').length,
    pendingSplits: splits.filter((sp) => sp.status === 'pending').length,
    undoneMerges,
    undoneSplits: splits.filter((sp) => sp.status === 'undone').length,
    ...(notInMap > 0 ? { notInMap } : {}),
  };
}

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 merge and 2 splits", "2 merges", "1 split" (parts at 0 are left out). */
function mergesAndSplits(merges: number, splits: number): string {
  const parts = [merges > 0 ? counted(merges, 'merge') : '', splits > 0 ? counted(splits, 'split') : ''].filter(Boolean);
  return parts.join(' and ');
}

/**
 * What the accepted decisions are and whether the map has them, in words (the review list and the author card):
 * `1 merge and 1 split accepted, not applied yet.`, `2 merges accepted, all applied.`,
 * `2 merges accepted; 1 merge not applied yet.`, `No merge or split accepted; 1 split undone, not applied yet.`
 */
export function decisionStatus(c: DecisionCounts): string {
  const accepted = c.merges + c.splits;
  const pending = c.pendingMerges + c.pendingSplits;
  const undone = c.undoneMerges + c.undoneSplits;
  const missing = c.notInMap ?? 0;
  if (accepted === 0 && undone === 0) return 'No merge or split accepted yet.';
  let head = accepted > 0 ? `${mergesAndSplits(c.merges, c.splits)} accepted` : 'No merge or split accepted';
  if (pending === 0 && undone === 0 && missing === 0) return `${head}, all applied.`;
  const rest: string[] = [];
  // applied, yet the map does not have it (never "all applied" then: a tester)
  if (missing > 0) rest.push(`${counted(missing, 'merge')} applied but not on the map (see the notes below)`);
  if (pending > 0 && pending === accepted) head += ', not applied yet';
  else if (pending > 0) rest.push(`${mergesAndSplits(c.pendingMerges, c.pendingSplits)} not applied yet`);
  if (undone > 0) rest.push(`${mergesAndSplits(c.undoneMerges, c.undoneSplits)} undone, not applied yet`);
  return rest.length === 0 ? `${head}.` : `${head}; ${rest.join('; ')}.`;
}

/** Accepted lines that the current dataset does not have yet, plus applied lines taken back since. */
export function pendingChanges(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied'>): number {
  const added = state.aliasLines.filter((l) => !state.applied.some((x) => sameLine(l, x))).length;
  const removed = state.applied.filter((l) => !state.aliasLines.some((x) => sameLine(l, x))).length;
  return added + removed;
}

// a dataset opened (another, or the same one again): the decisions shown go, and those of the list opened are taken up
// (restore.ts: from the entry's `names=`, else as kept for it in this tab); a rebuild of the same list keeps them.
// Neither the link nor what the tab keeps is written here: the entry of the dataset left keeps its `names=` (a step
// Back to it found them rewritten away, a tester), and what the tab keeps for it stays.
useAtlas.subscribe((state, prev) => {
  if (state.dataset === prev.dataset || rebuilt.held() || useWhoIsWho.getState().rebuild.status === 'running') return;
  if (state.dataset) openedMap(state.dataset);
  listKey = openKey();
  linkLines = [];
  withoutUrlWrites(() => useWhoIsWho.setState({ decisions: {}, aliasLines: [], appliedLines: 0, applied: [] }));
});
// the dataset open when this module loads (after the first frame) is the paper list as opened
if (useAtlas.getState().dataset) {
  openedMap(useAtlas.getState().dataset!);
  listKey = openKey();
}
