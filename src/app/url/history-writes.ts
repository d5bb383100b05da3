/**
 * The page's history entries, written at the end of the task that changed the state (a microtask), not in the
 * middle of it: UrlController queues each entry with the state it is for, and they are written, in order and each
 * as it would have been, once the task's synchronous changes are done; anything else that writes the page URL first
 * calls `flushHistory()`, so it keeps every entry queued before it: `replaceQuery`, used by the co-author chain,
 * the name decisions and the OpenAlex share link to put their parameters on the entry shown. A step Back or
 * Forward drops what is still queued (`dropHistory`): the entry stepped to says what is shown.
 *
 * Sessions 30–41 wrote the entries after the frame that showed the change (`pushState` cost 2–34 ms in a click's
 * task on the 70k map at load 10–12), and the user's next key or button wrote what was queued first. But a Back
 * taken before that frame still went one entry too far, out of the app when the click was the page's first
 * change: the browser's toolbar Back sends the page no input, and under load Chromium stepped Back on a mouse's
 * Back button without the page seeing the press (session 41's final CI; `test/e2e/back-before-paint.test.ts`
 * failed 2 runs in 6 at load 4–7, none in 11 with the write at the end of the task). Undoing the right step is
 * worth those milliseconds.
 */
import { heldFlag } from '../held-flag';

/**
 * One queued entry: `url(search)` gives the entry's path + query + hash from the page's query before it, `state()`
 * the entry's `history.state` (what the page shows with it that the URL does not say: `EntryState`).
 */
interface Entry {
  push: boolean;
  url: (search: string) => string;
  state: () => EntryState | null;
  /** The key of the entry written (`EntryKeyed`): a new one for a push, the entry's own for a replace. */
  key: string;
}

/**
 * What a history entry keeps beside its URL, in `history.state`: the text the search field showed with it
 * (`search`), put back by a step Back or Forward to the entry (UrlController) so the field never shows the text
 * typed for another step (a tester: after choosing an author from the search and Back, the field still said the
 * name). Not in the URL: a shared link or a reload opens with the field empty.
 */
export interface EntryState {
  search: string;
}

/** The search text an entry's `history.state` keeps ('' for an entry without one: written before it, or by another writer). */
export function entrySearch(state: unknown): string {
  const search = (state as Partial<EntryState> | null)?.search;
  return typeof search === 'string' ? search : '';
}

/**
 * Beside what the page keeps, each entry written here carries a key of its own in its `history.state` (`entry`),
 * so that what the page notes about an entry while the user is on it (the camera they left it with:
 * CameraController) is found again when a step Back or Forward comes back to it. The other writers keep the
 * entry's state as it is (replaceQuery) or copy it (the filters drawer's copy of an entry: the same map, the same
 * key); an entry without one (written before, or by another writer) is given one when it is shown.
 */
interface EntryKeyed {
  entry: string;
}

/** This page's prefix of entry keys (an entry kept across a reload has another page's key: no note of this page is found for it). */
const PAGE = Math.random().toString(36).slice(2, 10);
let keys = 0;
const freshKey = (): string => `${PAGE}.${++keys}`;

/** The key `state` (an entry's `history.state`) carries, or null. */
function keyOf(state: unknown): string | null {
  const key = (state as Partial<EntryKeyed> | null)?.entry;
  return typeof key === 'string' ? key : null;
}

/** The key of the entry the page is on (`history.state`), given one now if it has none. */
function currentKey(): string {
  const known = keyOf(window.history.state);
  if (known) return known;
  const key = freshKey();
  const state: unknown = window.history.state;
  window.history.replaceState({ ...(state && typeof state === 'object' ? state : {}), entry: key }, '', currentAddress());
  return key;
}

/** The key of the entry the state on screen belongs to: the last entry queued to be pushed, else the page's. */
let shown: string | null = null;
const leaveListeners = new Set<(key: string) => void>();

/** The key of the history entry the page is on now (`history.state`; a step Back or Forward's entry, in its `popstate`). */
export function pageEntry(): string {
  return currentKey();
}

/** The key of the history entry the state shown belongs to (queued or written); it names the entry for the page's whole life. */
export function shownEntry(): string {
  shown ??= currentKey();
  return shown;
}

/**
 * Calls `listener(key)` each time the user leaves the entry `key` for another: a new entry pushed (queued: in the
 * task of the change, before anything moved the camera) or a step Back or Forward (`dropHistory`, which the page's
 * step listeners call first). Returns the function that stops it.
 */
export function onEntryLeft(listener: (key: string) => void): () => void {
  leaveListeners.add(listener);
  return () => void leaveListeners.delete(listener);
}

/** The user leaves the entry shown for the entry `next`. */
function leaveFor(next: string): void {
  const left = shownEntry();
  if (left === next) return;
  shown = next;
  for (const listener of leaveListeners) listener(left);
}

let queued: Entry[] = [];
/** A microtask is queued to write what is queued (one per task: it writes all of it; queued empty, it writes nothing). */
let flushQueued = false;
/** While above 0, no entry is queued (`quietHistory`). */
const quiet = heldFlag();
/** While held, an entry queued replaces the current one rather than pushing a new one (`inPlaceHistory`). */
const inPlace = heldFlag();
/** While held, the first entry queued is pushed, whatever its change (`stepHistory`); `stepTaken` once it was. */
const stepping = heldFlag();
let stepTaken = false;

/** The page's path + query + hash, as history entries are written. */
export const currentAddress = (): string => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/**
 * Writes every queued entry now, in order: each is computed from the page's query as the ones before it left it,
 * and is skipped when it would not change the URL (as UrlController did when it wrote at once).
 */
export function flushHistory(): void {
  const entries = queued;
  queued = [];
  for (const e of entries) {
    const url = e.url(window.location.search);
    if (url === currentAddress()) {
      // a push that changes nothing is not written: the state shown stays the current entry's
      if (e.push && shown === e.key) shown = currentKey();
      continue;
    }
    const state = { ...e.state(), entry: e.key };
    if (e.push) window.history.pushState(state, '', url);
    else window.history.replaceState(state, '', url);
  }
}

/**
 * Forgets the queued entries (Back/Forward stepped to an entry since: that one now says the state); the entry stepped
 * to is the one shown from now on (`onEntryLeft` is told of the one left).
 */
export function dropHistory(): void {
  queued = [];
  leaveFor(currentKey());
}

/**
 * Queue a history entry (`push`: a new entry, a step Back undoes; else the current one replaced), written at
 * the end of the current task (a microtask) or at the next `flushHistory()`, whichever comes first (a page left
 * by a reload or a link leaves in a task of its own: the entry is written by then). `url` receives the page's
 * query (`?…` or '') at that moment;
 * `state` (called then too) gives the entry's `history.state` (none: null).
 */
export function queueHistory(push: boolean, url: (search: string) => string, state: () => EntryState | null = () => null): void {
  if (quiet.held()) return;
  const step = stepping.held() && !stepTaken;
  if (step) stepTaken = true;
  const pushed = (push || step) && !inPlace.held();
  const key = pushed ? freshKey() : shownEntry();
  if (pushed) leaveFor(key);
  queued.push({ push: pushed, url, state, key });
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(() => {
      flushQueued = false;
      flushHistory();
    });
  }
}

/**
 * Runs `run` (synchronous) with no history entry queued by the state changes it makes: a step Back or Forward that
 * first puts back the map its entry belongs to (features/whoiswho/history.ts) opens that map as a dataset, which
 * would push an entry (cutting the Forward entries off); the entry stepped to already says the state. Returns
 * `run`'s value; what it throws is thrown.
 */
export function quietHistory<T>(run: () => T): T {
  return quiet.during(run);
}

/**
 * Runs `run` (synchronous) as one step of the user's that Back undoes, though its state changes would each replace the
 * entry shown (filters do): the first entry they queue is pushed, the others replace it. The review list's "Show both
 * on the map" changed the filters (the years and least paper count of the 30k map went) in place of the list's entry,
 * and Back left the app (tester J). The entries queued before are written first. Returns `run`'s value; what it
 * throws is thrown.
 */
export function stepHistory<T>(run: () => T): T {
  flushHistory();
  stepTaken = false;
  return stepping.during(run);
}

/**
 * Runs `run` (synchronous) with every history entry its state changes queue written in place of the current one,
 * none pushed: the map of a dataset opened for the entry shown is rebuilt with that entry's own who-is-who decisions
 * (features/whoiswho/restore.ts), which is no step of the user's (it pushed an entry, and Forward was lost). Returns
 * `run`'s value; what it throws is thrown.
 */
export function inPlaceHistory<T>(run: () => T): T {
  return inPlace.during(run);
}

/**
 * Replaces the current entry's query with `edit(query)` (both '' or `?…`), once the queued entries are written, so
 * the parameters go on the entry that shows the state (not on the one before a selection made in the same task);
 * nothing is written when the query stays the same.
 */
export function replaceQuery(edit: (search: string) => string): void {
  flushHistory();
  const next = edit(window.location.search);
  if (next !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
}

// the entry the page opened on keyed now, at start-up, not by a replaceState in the task of the first click
if (typeof window !== 'undefined' && window.history) shown = currentKey();
