/**
 * The history entries UrlController queues (src/app/url/history-writes.ts): written at the end of the task that
 * queued them (a microtask: before any frame, timer or input), in order, each from the query the ones before it
 * left, pushed or replaced as asked; Back/Forward drops them.
 * The page's history, location and frames are stand-ins (unit tests run without a DOM).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface FakePage {
  entries: string[];
  /** Each entry's `history.state`. */
  states: unknown[];
  index: number;
  frames: (() => void)[];
  /** The page's listeners, by event type. */
  listeners: Map<string, ((event: unknown) => void)[]>;
}
let page: FakePage;

beforeEach(() => {
  vi.useFakeTimers();
  page = { entries: ['/?ds=a'], states: [null], index: 0, frames: [], listeners: new Map() };
  const url = () => new URL(page.entries[page.index]!, 'http://x');
  vi.stubGlobal('window', {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      page.listeners.set(type, [...(page.listeners.get(type) ?? []), listener]);
    },
    get location() {
      const u = url();
      return { pathname: u.pathname, search: u.search, hash: u.hash };
    },
    history: {
      get state() {
        return page.states[page.index];
      },
      pushState: (state: unknown, __: string, to: string) => {
        page.entries = [...page.entries.slice(0, page.index + 1), to];
        page.states = [...page.states.slice(0, page.index + 1), state];
        page.index++;
      },
      replaceState: (state: unknown, __: string, to: string) => {
        page.entries[page.index] = to;
        page.states[page.index] = state;
      },
    },
  });
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => page.frames.push(run));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The task that queued entries ends: its microtasks run (not a frame, not a timer). */
async function endOfTask() {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

const withParam = (k: string, v: string) => (search: string) => {
  const p = new URLSearchParams(search);
  p.set(k, v);
  return `/?${p}`;
};

describe('history entries written at the end of the task', () => {
  it('a selection is written at the end of its task, as a new entry, with no frame painted and no timer run', async () => {
    const { queueHistory } = await import('../../src/app/url/history-writes');
    queueHistory(true, withParam('author', '12'));
    expect(page.entries).toEqual(['/?ds=a']);
    await endOfTask();
    // (a step Back taken in the next task, before any frame: the toolbar's Back sends the page no input)
    expect(page.frames).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    expect(page.entries).toEqual(['/?ds=a', '/?ds=a&author=12']);
    expect(page.index).toBe(1);
  });

  it('several changes in one task make one entry each, in order, each from the query before it', async () => {
    const { queueHistory } = await import('../../src/app/url/history-writes');
    queueHistory(true, withParam('author', '12'));
    queueHistory(false, withParam('min', '3'));
    queueHistory(true, withParam('paper', '5'));
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a', '/?ds=a&author=12&min=3', '/?ds=a&author=12&min=3&paper=5']);
  });

  it('another writer flushes first: its parameter lands on the last queued entry, and is kept by later ones', async () => {
    const { flushHistory, queueHistory } = await import('../../src/app/url/history-writes');
    queueHistory(true, withParam('author', '12'));
    // the chain's writer: flush, then replace the current entry
    flushHistory();
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}&chain=1.2`);
    queueHistory(false, withParam('min', '2'));
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a', '/?ds=a&author=12&chain=1.2&min=2']);
  });

  it('an entry that would not change the URL is not written; Back/Forward drops what is queued', async () => {
    const { dropHistory, queueHistory } = await import('../../src/app/url/history-writes');
    queueHistory(true, () => '/?ds=a');
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a']);
    queueHistory(true, withParam('author', '7'));
    dropHistory();
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a']);
  });

  it('decisions taken up for the entry shown rebuild its map in place: the entry is replaced, none pushed (Forward stays)', async () => {
    const { inPlaceHistory, queueHistory } = await import('../../src/app/url/history-writes');
    queueHistory(true, withParam('ds', 'b'));
    await endOfTask();
    // Back to the first entry
    page.index = 0;
    inPlaceHistory(() => queueHistory(true, withParam('review', 'names')));
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a&review=names', '/?ds=b']);
    expect(page.index).toBe(0);
  });

  it('a step Back that opens the map of its entry queues no entry of its own (Forward stays)', async () => {
    const { quietHistory, queueHistory } = await import('../../src/app/url/history-writes');
    queueHistory(true, withParam('author', '12'));
    await endOfTask();
    // Back: the page is on the first entry again, with the second one ahead
    page.index = 0;
    expect(quietHistory(() => (queueHistory(true, withParam('author', '3')), 'opened'))).toBe('opened');
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a', '/?ds=a&author=12']);
    expect(page.index).toBe(0);
    // and afterwards entries are queued again
    queueHistory(true, withParam('author', '5'));
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a', '/?ds=a&author=5']);
  });

  it('each entry keeps the search text shown with it, for a step Back or Forward to put back', async () => {
    const { entrySearch, queueHistory } = await import('../../src/app/url/history-writes');
    let typed = 'dwork';
    // an author chosen from the search: the entry keeps the text as it is when the entry is written
    queueHistory(true, withParam('author', '12'), () => ({ search: typed }));
    typed = 'cynthia dwork';
    await endOfTask();
    expect(page.entries).toEqual(['/?ds=a', '/?ds=a&author=12']);
    expect(entrySearch(page.states[1])).toBe('cynthia dwork');
    // the first entry, written before anything was typed, and entries of other writers: an empty field
    expect(entrySearch(page.states[0])).toBe('');
    expect(entrySearch({ other: 1 })).toBe('');
    expect(entrySearch({ search: 4 })).toBe('');
    // a replaced entry takes the text shown when it is replaced
    typed = 'naor';
    queueHistory(false, withParam('min', '2'), () => ({ search: typed }));
    await endOfTask();
    expect(entrySearch(page.states[1])).toBe('naor');
  });

  it('tells which entry the user leaves, each entry by a key of its own: a push, then Back and Forward', async () => {
    const { dropHistory, onEntryLeft, queueHistory, shownEntry } = await import('../../src/app/url/history-writes');
    const left: string[] = [];
    onEntryLeft((key) => left.push(key));
    const first = shownEntry();
    // a card opened (A): the first entry is left, in the task of the change (before anything moves)
    queueHistory(true, withParam('author', '1'));
    expect(left).toEqual([first]);
    const a = shownEntry();
    expect(a).not.toBe(first);
    await endOfTask();
    // closed, then card B: each a new entry, each leaving the one before
    queueHistory(true, () => '/?ds=a');
    const closed = shownEntry();
    queueHistory(true, withParam('author', '2'));
    const b = shownEntry();
    await endOfTask();
    expect(left).toEqual([first, a, closed]);
    expect(new Set([first, a, closed, b]).size).toBe(4);
    // a filter change replaces the entry: the same entry, none left
    queueHistory(false, withParam('min', '2'));
    await endOfTask();
    expect(shownEntry()).toBe(b);
    expect(left).toHaveLength(3);
    // Back three times (the page's step listeners call dropHistory first): B, the closed map, then A are left
    for (const index of [2, 1, 0]) {
      page.index = index;
      dropHistory();
    }
    expect(left).toEqual([first, a, closed, b, closed, a]);
    expect(shownEntry()).toBe(first);
    // Forward: the first entry is left, A is shown again under its own key
    page.index = 1;
    dropHistory();
    expect(left.at(-1)).toBe(first);
    expect(shownEntry()).toBe(a);
    // a push that would not change the address is not written: the entry shown stays the page's
    queueHistory(true, () => '/?ds=a&author=1');
    await endOfTask();
    expect(shownEntry()).toBe(a);
  });
});
