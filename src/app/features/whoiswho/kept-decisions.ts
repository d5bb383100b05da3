/**
 * The who-is-who decisions of each paper list opened in this tab, kept for the session: switching to another
 * dataset and back (the switcher, or a link without `names=`) brings back the decisions made on it, where the
 * page's link alone lost them (a tester: "Opening the dataset again from the switcher drops all decisions with no
 * message"). Kept in memory and in the tab's `sessionStorage` (a reload of the plain dataset's address in the same
 * tab finds them too), never sent anywhere. Each dataset's decisions are stored in the link's form
 * (decisions-url.ts `encodeDecisions`), under `atlas.names.<dataset key>`. The URL's `names=` stays what a reload or
 * a shared link reads; the alias file stays the portable form.
 */
import { decodeDecisions, encodeDecisions, type SavedDecisions } from './decisions-url';

/** Where the decisions are kept beside memory: the tab's `sessionStorage`, or a stand-in (unit tests). */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'atlas.names.';

/** The tab's sessionStorage, or null where there is none or it cannot be used (some private windows throw on access). */
function tabStorage(): KeptStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

let storage: KeptStorage | null | undefined;
const memory = new Map<string, string>();

let refusalSaid = false;

/** Use `next` in place of the tab's sessionStorage (null: memory only), and forget what memory holds and whether a refusal was said: a new page (unit tests). */
export function setKeptStorage(next: KeptStorage | null): void {
  storage = next;
  memory.clear();
  refusalSaid = false;
}

/**
 * True the first time it is asked in a page, false after: the page says once that the tab's storage refused the
 * decisions (`keepDecisions` false), not at every decision (each is refused alike).
 */
export function firstRefusal(): boolean {
  if (refusalSaid) return false;
  refusalSaid = true;
  return true;
}

const store = (): KeptStorage | null => (storage === undefined ? (storage = tabStorage()) : storage);

/**
 * The key a paper list's decisions are kept under: the dataset's id (`?ds=`; its rebuilds keep it), else the path
 * of a bundle opened by URL (`?bundle=`); null for a map with neither (nothing to find it by again).
 */
export function datasetKey(id: string | null, bundlePath: string | null): string | null {
  if (id !== null) return `ds:${id}`;
  return bundlePath !== null ? `bundle:${bundlePath}` : null;
}

/**
 * Keep `saved` as the decisions of the paper list `key` (none left: forgotten). Memory always holds them; a
 * sessionStorage that refuses them (full, or turned off) is passed over: they last until the page is left, and the
 * caller says so (`false`).
 * @returns true when the tab's storage holds what was kept (or nothing was left to keep); false when there is no
 * storage to keep them in or it threw on the write (quota exceeded, storage turned off): memory only. Never throws.
 */
export function keepDecisions(key: string, saved: SavedDecisions): boolean {
  const value = encodeDecisions(saved);
  if (value) memory.set(key, value);
  else memory.delete(key);
  try {
    const tab = store();
    if (value) {
      if (!tab) return false;
      tab.setItem(PREFIX + key, value);
    } else tab?.removeItem(PREFIX + key);
    return true;
  } catch {
    // memory keeps them for this page
    return value === '';
  }
}

/**
 * The decisions kept for the paper list `key`: `saved` null when none are kept; `unread` true when some were kept
 * but cannot be read (the stored text damaged), so the caller says they are not applied. Throws nothing.
 */
export function keptDecisions(key: string): { saved: SavedDecisions | null; unread: boolean } {
  let value: string | null | undefined = memory.get(key);
  if (value === undefined) {
    try {
      value = store()?.getItem(PREFIX + key) ?? null;
    } catch {
      value = null;
    }
  }
  if (!value) return { saved: null, unread: false };
  const saved = decodeDecisions(value);
  return saved ? { saved, unread: false } : { saved: null, unread: true };
}

const DECLINED_PREFIX = 'atlas.names-offer-declined.';
const declinedInMemory = new Map<string, string>();

/**
 * Remember that the user dismissed the offer of the tab's decisions `saved` on the paper list `key` (restore.ts
 * `offer`: a plain link opened in a tab keeping decisions for its map), so the same offer is not made again at every
 * load of such a link in this tab (a tester: it came back at every load). Other decisions (one changed, one more)
 * are offered again. Kept beside the decisions (memory and the tab's sessionStorage); never throws.
 */
export function declineOffer(key: string, saved: SavedDecisions): void {
  const value = encodeDecisions(saved);
  declinedInMemory.set(key, value);
  try {
    store()?.setItem(DECLINED_PREFIX + key, value);
  } catch {
    // memory keeps it for this page
  }
}

/** Whether the offer of `saved` on the paper list `key` was dismissed in this tab (`declineOffer`). Throws nothing. */
export function offerDeclined(key: string, saved: SavedDecisions): boolean {
  let value: string | null | undefined = declinedInMemory.get(key);
  if (value === undefined) {
    try {
      value = store()?.getItem(DECLINED_PREFIX + key) ?? null;
    } catch {
      value = null;
    }
  }
  return value !== null && value === encodeDecisions(saved);
}
