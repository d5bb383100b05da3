/**
 * The co-author chain an address names (`chain=12.34`, url-state.ts) and the map it numbers: which map the page
 * shows, and whether the address's chain still waits for its map. A chain numbers the authors of one map; a link
 * with who-is-who decisions (`names=`) numbers the map rebuilt with them, which opens after the map as listed, and
 * a step Back or Forward to another dataset's entry numbers that dataset's map, opened after the step. One record
 * (`LinkChain`) and one function that moves it on (`linkChainAfter`), pure: chain/store.ts owns the record and does
 * what each move says (trace the chain, or carry the one traced by names).
 */
import { namesOtherDataset } from '../../url/url-state';

/** Where a dataset was opened from (the store's `source` as it was then): its `ds=` id and bundle address. */
export interface ShownSource {
  dataset: string | null;
  bundle: string | null;
}

/** An address's chain still to trace: it waits for the map it numbers. */
export interface PendingChain {
  /**
   * The history entry (url/history-writes.ts key) whose `chain=` it is; null: the link the page was opened with.
   * Another entry shown meanwhile drops it (its `chain=`, carried into the new entry's address, numbers another map).
   */
  entry: string | null;
  /**
   * True: the next dataset opened is the map as listed before the rebuild the address's `names=` asks for, not the
   * one the chain numbers (that opens next). False: the next dataset opened is the chain's map, or the map shown is,
   * once the decisions taken up on it bring no rebuild (none to apply, none readable, no paper lists, the rebuild failed).
   */
  skipListed: boolean;
}

/** What the chain store knows of addresses' chains. */
export interface LinkChain {
  /** Where the dataset shown was opened from; null before one is shown. Not the store's `source`, set on a step Back before its dataset is shown. */
  shown: ShownSource | null;
  /** The address's chain still to trace (null: none waits). */
  pending: PendingChain | null;
}

/**
 * What happened, as the chain store sees it:
 * - `start`: this module loaded (after the page's first frame), on the page's address (`chain`, `names`: whether it
 *   has them) with `open` the dataset shown then, if any;
 * - `opened`: a dataset was shown (`source`), the history entry shown being `entry()`;
 * - `taken-up`: who-is-who decisions were taken up on the map shown (`onShown`: the map they were taken up on is
 *   still the one shown), `rebuilds`: a rebuild with them comes; on entry `entry()`;
 * - `step`: Back or Forward to the entry `entry()`, whose address names `url`'s dataset and has `chain` / `names`.
 * `entry` gives a history entry's key (url/history-writes.ts); it is called only when a chain waits for an entry
 * (keying an entry writes its `history.state`, and there is no history outside a page).
 */
export type LinkChainEvent =
  | { kind: 'start'; chain: boolean; names: boolean; open: ShownSource | null }
  | { kind: 'opened'; source: ShownSource; entry: () => string }
  | { kind: 'taken-up'; rebuilds: boolean; onShown: boolean; entry: () => string }
  | { kind: 'step'; url: ShownSource; chain: boolean; names: boolean; entry: () => string };

/**
 * What the chain store does after an event: `trace` the chain the page's address names, on the map shown now;
 * `skip`: nothing on the map shown is the address's chain (a map opened: the chain traced before numbers another map
 * and goes, the address kept); `carry`: no address's chain waits (a map opened: the chain traced goes over to it by
 * names when it is the same paper list rebuilt by an Apply, else goes).
 */
export type LinkChainMove = 'trace' | 'skip' | 'carry';

/** The record before any event: no map shown, nothing waiting. */
export const NO_LINK_CHAIN: LinkChain = { shown: null, pending: null };

/**
 * The record after `event` and what to do (see `LinkChainMove`). Pure but for `entry()`: same arguments, same answer; throws what `entry()` throws.
 * The rules (chain/store.ts and whoiswho/restore.ts, each case a tester's):
 * - at start, a chain with no decisions on a map shown already is traced at once; one with decisions waits for the
 *   rebuilt map (skipping the map as listed when no map is shown yet);
 * - a map opened for an entry other than the waiting chain's drops it; the map as listed is skipped; the chain's
 *   own map traces it;
 * - decisions taken up with no rebuild to come (or whose rebuild failed) trace the waiting chain on the map shown,
 *   which is the one it numbers as far as the page can tell;
 * - a step to another dataset's entry makes its chain wait for that dataset (and its rebuild, with `names=`); a
 *   step within the dataset shown traces the entry's chain at once (nothing waits).
 */
export function linkChainAfter(state: LinkChain, event: LinkChainEvent): { state: LinkChain; move: LinkChainMove } {
  switch (event.kind) {
    case 'start': {
      const shown = event.open;
      if (!event.chain) return { state: { shown, pending: null }, move: 'skip' };
      if (shown && !event.names) return { state: { shown, pending: null }, move: 'trace' };
      return { state: { shown, pending: { entry: null, skipListed: event.names && !shown } }, move: 'skip' };
    }
    case 'opened': {
      const shown = event.source;
      const pending = state.pending && (state.pending.entry === null || state.pending.entry === event.entry()) ? state.pending : null;
      if (!pending) return { state: { shown, pending: null }, move: 'carry' };
      if (pending.skipListed) return { state: { shown, pending: { ...pending, skipListed: false } }, move: 'skip' };
      return { state: { shown, pending: null }, move: 'trace' };
    }
    case 'taken-up': {
      const { pending } = state;
      if (!pending || event.rebuilds || !event.onShown || (pending.entry !== null && pending.entry !== event.entry())) return { state, move: 'skip' };
      return { state: { ...state, pending: null }, move: 'trace' };
    }
    case 'step': {
      if (state.shown && namesOtherDataset(event.url, state.shown))
        return { state: { ...state, pending: event.chain ? { entry: event.entry(), skipListed: event.names } : null }, move: 'skip' };
      return { state: { ...state, pending: null }, move: 'trace' };
    }
  }
}

/** Authors' names as a bundle keeps them: each one's display name and its other spellings. */
interface AuthorNames {
  name: readonly string[];
  aliases: readonly (readonly string[])[];
}

/**
 * The chain from `from` to `to` on the map `old` (author indices) found again on `next`, the same paper list
 * rebuilt with who-is-who decisions, by its two ends' names: old index → display name → the author of `next` with
 * that display name, else the first with it among their spellings (a merged name is a spelling of the person
 * kept). Returns the new ends, or the old ends' names (`fromName`, `toName`) with those not found (`gone`, each
 * once, in chain order). Throws nothing.
 */
export function chainEndsByName(
  old: AuthorNames,
  next: AuthorNames,
  from: number,
  to: number,
): { found: true; from: number; to: number } | { found: false; fromName: string; toName: string; gone: string[] } {
  const find = (n: string | undefined) => {
    if (n === undefined) return -1;
    const i = next.name.indexOf(n);
    return i >= 0 ? i : next.aliases.findIndex((a) => a.includes(n));
  };
  const fromName = old.name[from];
  const toName = old.name[to];
  const newFrom = find(fromName);
  const newTo = find(toName);
  if (newFrom >= 0 && newTo >= 0) return { found: true, from: newFrom, to: newTo };
  const gone = [newFrom < 0 ? fromName : undefined, newTo < 0 ? toName : undefined].filter((n): n is string => n !== undefined);
  return { found: false, fromName: fromName ?? `author ${from}`, toName: toName ?? `author ${to}`, gone: [...new Set(gone)] };
}
