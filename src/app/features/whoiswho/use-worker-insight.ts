/**
 * Insights computed in the worker, as React state: the name checks once per dataset (started when the
 * page is idle, after the first frame), the split of one author when their card opens.
 */
import { useEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import type { Bundle } from '../../../core/bundle/types';
import type { AssignedPerson } from '../../../core/queries/homonyms';
import type { SamePersonSuggestion } from '../../../core/queries/synonyms';
import { mark } from '../../debug';
import { useAtlas } from '../../store';
import { forgetKeptBeside, keepBeside, runInsight, runOnKept, type InsightProgress } from '../../workers/insights-client';
import type { InsightsResults } from '../../workers/insights-protocol';
import { acrossApply, addCheckedAgain, carriedReview, carriedSplit, NONE_CHECKED_AGAIN, type Across, type CarriedReview, type CheckedAgain } from './carried-checks';

export type Pending<T> = { status: 'pending' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * The name checks start by themselves (when the page is idle after its first frame) and wait for quiet moments
 * for this long at most (insights-client.ts `runInsight`): on the 30k map they took 14 s from the first frame at
 * load 11, slice by slice, and overlapped the first clicks. Each of their slices of time in the worker waits for
 * one, and an author card's split runs between two slices.
 */
const NAMES_HOLD_MS = 15_000;
/**
 * A map of at most this many authors is small: its name checks take a few ms in the worker and its hand-over as
 * little, so they start as soon as its first frame is on screen and are not held back for quiet moments (a 2-author
 * import said "getting the names ready, 0%" 1.5 s after its build was done: the hand-over waited for a quiet, idle page).
 */
export const SMALL_MAP_AUTHORS = 1000;

/** Whether `bundle` is a small map (`SMALL_MAP_AUTHORS`). */
const isSmall = (bundle: Bundle) => bundle.authors.name.length <= SMALL_MAP_AUTHORS;

/** An author card's split waits this long at most for the click's frames (panel, camera move, refill). */
const SPLIT_HOLD_MS = 1500;

const names = new WeakMap<Bundle, Promise<InsightsResults['names']>>();
const namesDone = new WeakMap<Bundle, InsightsResults['names']>();

/**
 * Where the name checks of a map stand while the user waits: not begun yet (`waiting`: the page waits for a quiet
 * moment, at most NAMES_HOLD_MS), the map being handed to the worker (`sending`, `done` the share handed over), or
 * checking, `done` the share done (0–1, in whole hundredths both). The 70k map's checks take 20–45 s; its sidebar said "Checking 60,973 names…"
 * alone meanwhile.
 */
export type NamesProgress = { stage: 'waiting' } | InsightProgress;

const WAITING: NamesProgress = { stage: 'waiting' };
/** The progress of the map whose checks run now (one at a time: insights-client.ts `runInsight`). */
const namesProgress = create<{ bundle: Bundle | null; progress: NamesProgress }>(() => ({ bundle: null, progress: WAITING }));

/** Set the progress of `bundle`'s checks when what is shown of it changes (a stage, a whole hundredth). */
function setNamesProgress(bundle: Bundle, progress: InsightProgress): void {
  const next: InsightProgress = { stage: progress.stage, done: Math.floor(progress.done * 100) / 100 };
  const { bundle: was, progress: shown } = namesProgress.getState();
  if (was === bundle && shown.stage === next.stage && 'done' in shown && shown.done === next.done) return;
  namesProgress.setState({ bundle, progress: next });
}

/** Where the shown map's name checks stand (see `NamesProgress`); `waiting` before they have begun. */
export function useNamesProgress(): NamesProgress {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  return namesProgress((s) => (s.bundle === bundle ? s.progress : WAITING));
}

/** Same-person suggestions and homonym flags of `bundle` (computed once, in the worker). */
export function nameChecks(bundle: Bundle): Promise<InsightsResults['names']> {
  let p = names.get(bundle);
  if (!p) {
    // in the background: a slice of time at a time, after any job asked meanwhile (an author card's split waited
    // behind them for 8-14 s on the 30k map)
    p = runInsight(bundle, { kind: 'names' }, { holdMs: isSmall(bundle) ? 0 : NAMES_HOLD_MS, background: true, onProgress: (progress) => setNamesProgress(bundle, progress) });
    // for scripts/card-split.ts: the checks are asked (a card opened from now on has its split queued after them)
    mark('namesAsked');
    names.set(bundle, p);
    p.then(
      (value) => {
        namesDone.set(bundle, value);
        // the map before is no longer needed for what is shown of it meanwhile (`useSplit`, `useUntouchedNameChecks`),
        // here or in the worker (insights-client.ts `keepBeside`)
        forgetKeptBeside(bundle);
        carriedFrom.delete(bundle);
        // for tests and scripts/card-split.ts: every name's check is done
        mark('names');
      },
      () => {},
    );
    p.catch(() => names.delete(bundle));
  }
  return p;
}

function idleCallback(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

/**
 * `run` once the graph's first frame is on screen (`data-state="ready"` on <html>) and then (`idle`) the page is idle:
 * sending the bundle to the worker is one long task (seconds on the 30k map on a busy machine, in a CPU
 * profile of its first frame), which must not delay the first frame. Without `idle`, at once after that frame (a
 * small map's: `SMALL_MAP_AUTHORS`).
 */
function whenIdle(run: () => void, idle = true): () => void {
  const root = document.documentElement;
  const go = (): (() => void) => {
    if (idle) return idleCallback(run);
    run();
    return () => {};
  };
  if (root.dataset.state === 'ready') return go();
  let cancel = () => observer.disconnect();
  const observer = new MutationObserver(() => {
    if (root.dataset.state !== 'ready') return;
    observer.disconnect();
    cancel = go();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  return () => cancel();
}

/**
 * `start()`'s value as React state, asked again when `key` changes; a `null` key asks nothing. `when`: asked at once
 * (`now`), after the map's first frame (`ready`), or after it once the page is idle (`idle`: `whenIdle`).
 */
function useWorkerValue<T>(key: unknown, start: () => Promise<T>, when: 'now' | 'ready' | 'idle'): Pending<T> {
  const [state, setState] = useState<{ key: unknown; value: Pending<T> }>({ key, value: { status: 'pending' } });
  useEffect(() => {
    // nothing to ask (the value is known already)
    if (key === null) return undefined;
    let live = true;
    const go = () =>
      start().then(
        (value) => live && setState({ key, value: { status: 'ready', value } }),
        (err: unknown) => live && setState({ key, value: { status: 'error', message: err instanceof Error ? err.message : String(err) } }),
      );
    const cancel = when === 'now' ? (void go(), () => {}) : whenIdle(() => void go(), when === 'idle');
    return () => {
      live = false;
      cancel();
    };
    // `start` is derived from `key`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, when]);
  return state.key === key ? state.value : { status: 'pending' };
}

export function useNameChecks(): Pending<InsightsResults['names']> {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  // (a small map's at once after its first frame: `SMALL_MAP_AUTHORS`)
  const state = useWorkerValue(bundle, () => nameChecks(bundle), isSmall(bundle) ? 'ready' : 'idle');
  // a panel opened after the checks finished shows them at once
  const done = namesDone.get(bundle);
  return done ? { status: 'ready', value: done } : state;
}

/**
 * The checks of the map before an Apply to carry over to the rebuilt map (`carryNameChecks`), by the rebuilt bundle:
 * those of the map before (in its numbers) and what was left out of them already (an Apply made while the map before
 * showed carried checks in turn), told in the rebuilt map's terms when first asked (`carriedOf`).
 */
const toCarry = new WeakMap<Bundle, { checks: InsightsResults['names']; before: CheckedAgain }>();
/** `toCarry`'s entries told in the rebuilt map's terms (`carriedOf`), by the rebuilt bundle. */
const carried = new WeakMap<Bundle, CarriedReview>();

/**
 * The name checks of `from` (the map shown before an Apply: answered, or carried to it in turn) carried over to `to`,
 * the map the Apply rebuilt, to be shown while `to`'s own checks run (`useShownNameChecks`; carried-checks.ts says
 * why not a re-check of the touched names alone): the entries of the names the Apply did not touch (carried-checks.ts
 * `carriedReview`). Nothing when `from` has none yet or `to` has its own. The worker keeps `from` beside `to` until
 * `to`'s own checks answer (insights-client.ts `keepBeside`: a card's split of an untouched name is worked out on it).
 * Throws nothing.
 */
export function carryNameChecks(from: Bundle, to: Bundle): void {
  if (from === to || namesDone.has(to)) return;
  const done = namesDone.get(from);
  const before = done ? { checks: done, before: NONE_CHECKED_AGAIN } : carried.has(from) || toCarry.has(from) ? carriedOf(from) : null;
  if (before) toCarry.set(to, 'checks' in before ? before : { checks: before.value, before: before.checkedAgain });
  carriedFrom.set(to, { from, across: null });
  keepBeside(to, from);
}

/** The carried checks of the rebuilt map `bundle` (`carryNameChecks`), worked out when first asked; null: none. */
function carriedOf(bundle: Bundle): CarriedReview | null {
  const known = carried.get(bundle);
  if (known) return known;
  const entry = toCarry.get(bundle);
  const across = entry ? acrossOf(bundle) : null;
  if (!entry || !across) return null;
  const told = carriedReview(entry.checks, across);
  const value = { value: told.value, checkedAgain: addCheckedAgain(entry.before, told.checkedAgain) };
  carried.set(bundle, value);
  toCarry.delete(bundle);
  return value;
}

/**
 * The map shown before the Apply that rebuilt a map, by the rebuilt map, with what the Apply left alone (`Across`, worked
 * out when first asked); forgotten once the rebuilt map's own checks answer (`nameChecks`).
 */
const carriedFrom = new WeakMap<Bundle, { from: Bundle; across: Across | null }>();

/**
 * What the Apply that rebuilt `bundle` left alone (carried-checks.ts `Across`), while the rebuilt map's own checks run;
 * null for a map not rebuilt by an Apply in this page, or whose checks have answered.
 */
export function acrossOf(bundle: Bundle): Across | null {
  const entry = carriedFrom.get(bundle);
  if (!entry) return null;
  entry.across ??= acrossApply(entry.from, bundle);
  return entry.across;
}

/**
 * The name checks of the map shown for what is said of one name at a time (an author card's same-person line, the ⚑ of
 * Rankings, the co-author chain's doubt marks): its own once answered; until then, after an Apply, those of the map
 * before (`carryNameChecks`) for the names the Apply did not touch (carried-checks.ts `untouchedChecks`), `carried`
 * true with `across` (what it left alone: `Across.untouchedFrom` says which names a carried answer leaves out). They
 * showed nothing or "checking" for the whole re-check (Rankings' ⚑ 57 s, the chain's "Checking whether…" 24 s after
 * the rebuilt 30k map was shown, at load 20-30).
 */
export function useUntouchedNameChecks(): UntouchedNameChecks {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const checks = useShownNameChecks();
  if (checks.status !== 'ready' || !checks.carried) return checks.status === 'ready' ? { status: 'ready', value: checks.value, carried: false, across: null } : checks;
  const across = acrossOf(bundle);
  if (!across) return { status: 'ready', value: checks.value, carried: false, across: null };
  return { status: 'ready', value: checks.value, carried: true, across };
}

/** `useUntouchedNameChecks`' answer. */
export type UntouchedNameChecks =
  | Exclude<Pending<InsightsResults['names']>, { status: 'ready' }>
  | { status: 'ready'; value: InsightsResults['names']; carried: false; across: null }
  | { status: 'ready'; value: InsightsResults['names']; carried: true; across: Across };

/** A worker answer as shown: `carried` says it is the map before an Apply's, told in the rebuilt map's terms. */
export type Shown<T> = Exclude<Pending<T>, { status: 'ready' }> | { status: 'ready'; value: T; carried?: boolean };

/**
 * The name checks to show of the map shown: its own once answered (`useNameChecks`); until then, after an Apply, those
 * of the map before carried over for the names the Apply did not touch (`carryNameChecks`), `carried` true, with
 * `checkedAgain`, how many entries of touched names they leave out: the review list and the sidebar show them, said to
 * be the map before's while the map's own are worked out (they said "getting the names ready, 5%" for 13 s on the 30k
 * map, with no list and no "Map rebuilt…" line).
 */
export function useShownNameChecks(): ShownNameChecks {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const checks = useNameChecks();
  if (checks.status === 'ready') return { ...checks, carried: false };
  const before = carriedOf(bundle);
  return before ? { status: 'ready', value: before.value, carried: true, checkedAgain: before.checkedAgain } : checks;
}

/** `useShownNameChecks`' answer: `carried` says the checks shown are the map before's (see there). */
export type ShownNameChecks =
  | Exclude<Pending<InsightsResults['names']>, { status: 'ready' }>
  | { status: 'ready'; value: InsightsResults['names']; carried: false }
  | { status: 'ready'; value: InsightsResults['names']; carried: true; checkedAgain: CheckedAgain };

/** One author's same-person suggestions already answered (`useOwnSuggestions`), by `useKey`'s key. */
const ownDone = new WeakMap<object, SamePersonSuggestion[]>();
/** The same, asked and not yet answered. */
const ownAsked = new WeakMap<object, Promise<SamePersonSuggestion[]>>();

/**
 * The same-person suggestions that name `author`, most probable first, as the name checks of every name give them
 * (`useNameChecks`), but from a check of this author's name alone until those answer (core `suggestSamePerson` with
 * `only`: the same suggestions in the same order, so nothing on the card changes when every name's answer comes).
 * On the 30k map every name's check answered ~28 s after the map was ready, and Yang Liu's split chooser offered his
 * suggested same person, Yang Janet Liu, only then (a tester); his name's check alone takes ~0.5 s in Node (the
 * names' prep, kept for every name's check), another author's after it a few ms (`scripts/own-suggestions.ts`).
 * Pending until one of the two answers (an error of the check alone waits for every name's).
 */
export function useOwnSuggestions(author: number): Shown<SamePersonSuggestion[]> {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const checks = useNameChecks();
  // after an Apply, while neither answer has come: the map before's, for a name it did not touch (`useUntouchedNameChecks`)
  const untouched = useUntouchedNameChecks();
  const carriedAll = untouched.status === 'ready' && untouched.carried && untouched.across.untouchedFrom[author]! >= 0 ? untouched.value.suggestions : null;
  const fromCarried = useMemo(() => (carriedAll ? carriedAll.filter((s) => s.keep === author || s.merge === author) : null), [carriedAll, author]);
  const [key] = useKey(bundle, author);
  const all = checks.status === 'ready' ? checks.value.suggestions : null;
  const fromAll = useMemo(() => (all ? all.filter((s) => s.keep === author || s.merge === author) : null), [all, author]);
  const done = ownDone.get(key);
  const state = useWorkerValue(
    fromAll || done ? null : key,
    // (for tests: `own aN` marks the card's own same-person check answered)
    () => askOnce(ownAsked, ownDone, key, () => runInsight(bundle, { kind: 'own-suggestions', author }, { holdMs: SPLIT_HOLD_MS }), `own a${author}`),
    'now',
  );
  if (fromAll) return { status: 'ready', value: fromAll };
  if (done) return { status: 'ready', value: done };
  if (state.status === 'ready') return state;
  if (fromCarried) return { status: 'ready', value: fromCarried, carried: true };
  return { status: 'pending' };
}

/**
 * One worker question per key, asked once: the answer of an earlier ask (`done`), the ask still under way
 * (`asked`), or a new one (`ask`), kept in `done` when it answers and marked `label` in window.__atlas.timings;
 * an ask that fails is forgotten, so the next render asks again.
 * @returns the answer's promise; rejects as `ask` does
 */
function askOnce<T>(asked: WeakMap<object, Promise<T>>, done: WeakMap<object, T>, key: object, ask: () => Promise<T>, label: string): Promise<T> {
  const known = done.get(key);
  if (known !== undefined) return Promise.resolve(known);
  let pending = asked.get(key);
  if (!pending) {
    pending = ask().then((value) => {
      done.set(key, value);
      mark(label);
      return value;
    });
    asked.set(key, pending);
    pending.catch(() => asked.delete(key));
  }
  return pending;
}

/** Splits already computed, by `useKey`'s key: a card opened again shows its note at once, not 0–1.5 s later. */
const splitsDone = new WeakMap<object, InsightsResults['split']>();
/** Splits asked and not yet answered, by the same key. */
const splitsAsked = new WeakMap<object, Promise<InsightsResults['split']>>();

/** Splits of the map before an Apply told in the rebuilt map's terms (`carriedSplit`), by `useKey`'s key on the rebuilt map. */
const carriedSplits = new WeakMap<object, InsightsResults['split']>();
/**
 * The same, asked and not yet answered (the card's several-people line and its note of what is carried each ask:
 * SynonymSection.tsx `CarriedNote`), forgotten when answered or failed.
 */
const carriedAsked = new WeakMap<object, Promise<InsightsResults['split'] | null>>();

/**
 * The split of `author` of the rebuilt map `bundle` as the map before the Apply gave it (carried-checks.ts
 * `carriedSplit`), when the Apply did not touch them: the answer already worked out there, else asked of the worker
 * while it still keeps the map before (insights-client.ts `runOnKept`: also while the rebuilt map is being handed
 * over, never sending the map before again). Null when there is none to carry (not a rejection: a rejected ask is
 * reported on the console as a failure, and a name the Apply touched has nothing to carry by design).
 */
function carriedSplitOf(bundle: Bundle, author: number, key: object): Promise<InsightsResults['split'] | null> {
  const known = carriedSplits.get(key);
  if (known) return Promise.resolve(known);
  let asked = carriedAsked.get(key);
  if (!asked) {
    asked = askCarriedSplit(bundle, author, key);
    carriedAsked.set(key, asked);
    const forget = () => void carriedAsked.delete(key);
    asked.then(forget, forget);
  }
  return asked;
}

/** `carriedSplitOf`'s ask (see there). */
function askCarriedSplit(bundle: Bundle, author: number, key: object): Promise<InsightsResults['split'] | null> {
  const across = acrossOf(bundle);
  const before = across && across.samePapers ? across.untouchedFrom[author]! : -1;
  if (!across || before < 0) return Promise.resolve(null);
  const [fromKey] = keyOf(across.from, before);
  const carry = (value: InsightsResults['split']) => {
    const told = carriedSplit(value, across);
    if (told) carriedSplits.set(key, told);
    return told;
  };
  const done = splitsDone.get(fromKey);
  if (done) return Promise.resolve(carry(done));
  return runOnKept(across.from, { kind: 'split', author: before }).then((value) => {
    splitsDone.set(fromKey, value);
    return carry(value);
  });
}

/**
 * The people behind one author's name, with the alias lines that split them. After an Apply, until the rebuilt map's
 * answer comes, the map before's for a name the Apply did not touch (`carriedSplitOf`), `carried` true: the card's
 * "Checking whether this name is several people…" and the co-author chain's waited for the rebuilt map's hand-over to
 * the worker and the split after it.
 */
export function useSplit(author: number): Shown<InsightsResults['split']> {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const [key] = useKey(bundle, author);
  const done = splitsDone.get(key);
  // (asked first, so that it goes to the worker before the rebuilt map's own ask sends that map)
  const carriedKnown = carriedSplits.get(key);
  const carried = useWorkerValue(done || carriedKnown || !carriedFrom.has(bundle) ? null : key, () => carriedSplitOf(bundle, author, key), 'now');
  const state = useWorkerValue(
    done ? null : key,
    // one answer per (bundle, author), asked once: the card and a pair's note on the same name (PairFlagNote.tsx)
    // each asked, got two answers, and the user's choice kept by answer (split-choice.ts) was lost between them
    // (for tests: `split aN` marks the card's name check answered, whether or not it shows a note)
    () => askOnce(splitsAsked, splitsDone, key, () => runInsight(bundle, { kind: 'split', author }, { holdMs: SPLIT_HOLD_MS }), `split a${author}`),
    'now',
  );
  if (done) return { status: 'ready', value: done };
  if (state.status !== 'pending') return state;
  const before = carriedKnown ?? (carried.status === 'ready' ? carried.value : null);
  return before ? { status: 'ready', value: before, carried: true } : state;
}

/**
 * The evidence of `author`'s split as the user assigned it (core `assignedEvidence`, in the worker, which keeps the
 * topic index), asked again when the people change; `people` null asks nothing. While a new answer is on its way the
 * last one stays (a choice changed twice in a row does not blank the card's lines).
 */
export function useAssignedEvidence(author: number, people: readonly AssignedPerson[] | null): Pending<string[]> {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const key = people ? JSON.stringify([author, people]) : null;
  const state = useWorkerValue(key, () => runInsight(bundle, { kind: 'assigned-evidence', author, people: [...people!] }), 'now');
  const [last, setLast] = useState<{ bundle: Bundle; author: number; value: string[] } | null>(null);
  useEffect(() => {
    if (state.status === 'ready') setLast({ bundle, author, value: state.value });
  }, [state, bundle, author]);
  if (state.status === 'pending' && key !== null && last && last.bundle === bundle && last.author === author) return { status: 'ready', value: last.value };
  return state;
}

/** A stable key object per (bundle, author). */
const splitKeys = new WeakMap<Bundle, Map<number, object>>();
function useKey(bundle: Bundle, author: number): [object] {
  return keyOf(bundle, author);
}

/** `useKey`'s key, outside a component. */
function keyOf(bundle: Bundle, author: number): [object] {
  let byAuthor = splitKeys.get(bundle);
  if (!byAuthor) splitKeys.set(bundle, (byAuthor = new Map()));
  let key = byAuthor.get(author);
  if (!key) byAuthor.set(author, (key = {}));
  return [key];
}
