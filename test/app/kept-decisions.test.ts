/**
 * The who-is-who decisions kept per dataset for the tab (kept-decisions.ts), with invented names: a dataset's
 * decisions come back as they were kept, another dataset's stay apart, none left forgets them, and a stored value
 * that cannot be read is said to be unreadable (the page says so), not taken for "none".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetKey, keepDecisions, keptDecisions, setKeptStorage, type KeptStorage } from '../../src/app/features/whoiswho/kept-decisions';
import { encodeDecisions } from '../../src/app/features/whoiswho/decisions-url';

/** A sessionStorage stand-in: a map, or one that refuses every write (a full or turned-off storage). */
function fakeStorage(refuses = false): KeptStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (refuses) throw new Error('QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
  };
}

const merge = { variant: 'Orla Quennell-Bray', canonical: 'Orla Quennel-Bray', paper: null };
const split = { variant: 'Tamsin Oduya', canonical: 'Tamsin Oduya (2)', paper: 'Tidal Lexicons of the Fen Dialects', split: 'Tamsin Oduya (2)' };
const fen = { lines: [merge], pending: [split], dropped: [], decisions: { 'Orla Quennel-Bray\u0000Orla Quennell-Bray': 'accepted' as const } };

describe('decisions kept per dataset for the tab', () => {
  let storage: ReturnType<typeof fakeStorage>;
  beforeEach(() => {
    storage = fakeStorage();
    setKeptStorage(storage);
  });

  it('a dataset opened again gets its merges, splits and verdicts back; another dataset has none of them', () => {
    keepDecisions(datasetKey('fen-dialects', null)!, fen);
    expect(keptDecisions(datasetKey('fen-dialects', null)!)).toEqual({ saved: fen, unread: false });
    expect(keptDecisions(datasetKey('moor-ballads', null)!)).toEqual({ saved: null, unread: false });
  });

  it('they outlast the page (a reload in the tab): read back from the tab’s storage', () => {
    keepDecisions(datasetKey('fen-dialects', null)!, fen);
    // a new page of the same tab: memory empty, the storage kept
    setKeptStorage(storage);
    expect(keptDecisions(datasetKey('fen-dialects', null)!).saved).toEqual(fen);
  });

  it('every decision undone forgets the dataset’s entry', () => {
    const key = datasetKey('fen-dialects', null)!;
    keepDecisions(key, fen);
    keepDecisions(key, { lines: [], pending: [], dropped: [], decisions: {} });
    expect(keptDecisions(key)).toEqual({ saved: null, unread: false });
    expect(storage.items.size).toBe(0);
  });

  it('a stored value that cannot be read is unread (the page says so), not "none"', () => {
    storage.items.set('atlas.names.ds:fen-dialects', encodeDecisions(fen).slice(0, -5));
    expect(keptDecisions(datasetKey('fen-dialects', null)!)).toEqual({ saved: null, unread: true });
  });

  it('a storage that refuses them: kept in memory for the page', () => {
    setKeptStorage(fakeStorage(true));
    keepDecisions(datasetKey('fen-dialects', null)!, fen);
    expect(keptDecisions(datasetKey('fen-dialects', null)!).saved).toEqual(fen);
  });

  it('datasets are told apart by id, else by bundle path; a map with neither is not kept', () => {
    expect(datasetKey('fen-dialects', null)).toBe('ds:fen-dialects');
    expect(datasetKey(null, 'data/fen/bundle.json')).toBe('bundle:data/fen/bundle.json');
    expect(datasetKey(null, null)).toBeNull();
  });
});
