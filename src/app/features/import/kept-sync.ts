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

interface Unsaved {
  id: string;
  name: string;
  reason: string;
  at: number;
}

function readUnsaved(): Unsaved[] {
  try {
    const v = JSON.parse(window.localStorage.getItem(UNSAVED_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((u): u is Unsaved => !!u && typeof u.id === 'string' && typeof u.reason === 'string') : [];
  } catch {
    return [];
  }
}

/** Remember that the import `id` (dataset `name`) could not be saved, and `reason` (as shown to the user). */
export function rememberUnsaved(id: string, name: string, reason: string): void {
  try {
    const list = [{ id, name, reason, at: Date.now() }, ...readUnsaved().filter((u) => u.id !== id)].slice(0, KEEP);
    window.localStorage.setItem(UNSAVED_KEY, JSON.stringify(list));
  } catch {
    // no localStorage either: a reload will say the dataset is not in this browser
  }
}

/** The import `id` was saved after all (it was remembered as not saved while it was being saved). */
export function forgetUnsaved(id: string): void {
  try {
    const list = readUnsaved();
    if (list.some((u) => u.id === id)) window.localStorage.setItem(UNSAVED_KEY, JSON.stringify(list.filter((u) => u.id !== id)));
  } catch {
    // nothing was kept
  }
}

/** Why the import `id` was never saved, if this browser remembers it failing; else null. */
export function unsavedReason(id: string): { name: string; reason: string } | null {
  const u = readUnsaved().find((x) => x.id === id);
  return u ? { name: typeof u.name === 'string' ? u.name : id, reason: u.reason } : null;
}

const REMOVED_KEY = 'atlas.removed';

interface Removed {
  id: string;
  name: string;
  at: number;
}

function readRemoved(): Removed[] {
  try {
    const v = JSON.parse(window.localStorage.getItem(REMOVED_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((u): u is Removed => !!u && typeof u.id === 'string' && typeof u.at === 'number') : [];
  } catch {
    return [];
  }
}

/**
 * Remember that the import `id` (dataset `name`) was removed in this browser (the last 20, in localStorage), so a
 * link to it opened later says "removed", not "made in another browser". Where localStorage fails, nothing is kept.
 */
export function rememberRemoved(id: string, name: string): void {
  try {
    const list = [{ id, name, at: Date.now() }, ...readRemoved().filter((u) => u.id !== id)].slice(0, KEEP);
    window.localStorage.setItem(REMOVED_KEY, JSON.stringify(list));
  } catch {
    // nothing kept: a link to it says it may have been made in another browser, or this browser's data cleared
  }
}

/** When (ms since 1970) and under what name the import `id` was removed in this browser, if remembered; else null. */
export function removedHere(id: string): { name: string; at: number } | null {
  const u = readRemoved().find((x) => x.id === id);
  return u ? { name: typeof u.name === 'string' ? u.name : id, at: u.at } : null;
}
