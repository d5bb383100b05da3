/**
 * What the tabs of this site tell each other about the datasets kept in this browser, and what a tab
 * remembers of an import it could not keep.
 * - `announceKeptChanged` / `onKeptChanged`: a dataset was saved or removed in one tab; the others refresh
 *   their dataset switcher (BroadcastChannel "atlas-datasets"; absent where the browser has none).
 * - `rememberUnsaved` / `unsavedReason`: the import `id` was shown but never saved, and why; a reload (or another
 *   tab) opening `?ds=id` can then say so instead of "removed or cleared". Kept in localStorage (the last 20),
 *   which is separate from the IndexedDB space that ran out; where localStorage fails too, nothing is kept.
 */
const CHANNEL = 'atlas-datasets';
const UNSAVED_KEY = 'atlas.unsaved';
const KEEP = 20;

let channel: BroadcastChannel | null | undefined;

function theChannel(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  return channel;
}

/** Tell the other tabs that the kept datasets changed (one was saved or removed here). */
export function announceKeptChanged(): void {
  theChannel()?.postMessage({ type: 'kept-changed' });
}

/** Call `listener` when another tab says the kept datasets changed; returns the unsubscribe function. */
export function onKeptChanged(listener: () => void): () => void {
  const ch = theChannel();
  if (!ch) return () => undefined;
  const handle = (e: MessageEvent) => {
    if ((e.data as { type?: string } | null)?.type === 'kept-changed') listener();
  };
  ch.addEventListener('message', handle);
  return () => ch.removeEventListener('message', handle);
}

/**
 * A short list of records kept in localStorage under `key`: newest first, one per `id`, at most KEEP; `valid` keeps
 * only well-formed entries of what was read. Where localStorage fails, reads are empty and writes keep nothing.
 */
function rememberedList<T extends { id: string }>(key: string, valid: (u: Partial<T>) => boolean) {
  const read = (): T[] => {
    try {
      const v = JSON.parse(window.localStorage.getItem(key) ?? '[]') as unknown;
      return Array.isArray(v) ? v.filter((u): u is T => !!u && typeof u.id === 'string' && valid(u as Partial<T>)) : [];
    } catch {
      return [];
    }
  };
  const write = (list: T[]) => {
    try {
      window.localStorage.setItem(key, JSON.stringify(list));
    } catch {
      // nothing kept
    }
  };
  return {
    find: (id: string): T | undefined => read().find((u) => u.id === id),
    put: (item: T) => write([item, ...read().filter((u) => u.id !== item.id)].slice(0, KEEP)),
    drop: (id: string) => {
      const list = read();
      if (list.some((u) => u.id === id)) write(list.filter((u) => u.id !== id));
    },
  };
}

/** Imports this browser could not save (no room, a private window), and why. */
const unsaved = rememberedList<{ id: string; name: string; reason: string; at: number }>(UNSAVED_KEY, (u) => typeof u.reason === 'string');

/**
 * Remember that the import `id` (dataset `name`) could not be saved, and `reason` (as shown to the user). Where
 * localStorage fails too, a reload will say the dataset is not in this browser.
 */
export function rememberUnsaved(id: string, name: string, reason: string): void {
  unsaved.put({ id, name, reason, at: Date.now() });
}

/** The import `id` was saved after all (it was remembered as not saved while it was being saved). */
export function forgetUnsaved(id: string): void {
  unsaved.drop(id);
}

/** Why the import `id` was never saved, if this browser remembers it failing; else null. */
export function unsavedReason(id: string): { name: string; reason: string } | null {
  const u = unsaved.find(id);
  return u ? { name: typeof u.name === 'string' ? u.name : id, reason: u.reason } : null;
}

const REMOVED_KEY = 'atlas.removed';

/** Imports removed in this browser's dataset switcher. */
const removed = rememberedList<{ id: string; name: string; at: number }>(REMOVED_KEY, (u) => typeof u.at === 'number');

/**
 * Remember that the import `id` (dataset `name`) was removed in this browser (the last 20, in localStorage), so a
 * link to it opened later says "removed", not "made in another browser". Where localStorage fails, nothing is kept
 * (a link to it then says it may have been made in another browser, or this browser's data cleared).
 */
export function rememberRemoved(id: string, name: string): void {
  removed.put({ id, name, at: Date.now() });
}

/** When (ms since 1970) and under what name the import `id` was removed in this browser, if remembered; else null. */
export function removedHere(id: string): { name: string; at: number } | null {
  const u = removed.find(id);
  return u ? { name: typeof u.name === 'string' ? u.name : id, at: u.at } : null;
}
