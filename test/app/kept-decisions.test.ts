/**
 * The who-is-who decisions kept per dataset for the tab (kept-decisions.ts), with invented names: a dataset's
 * decisions come back as they were kept, another dataset's stay apart, none left forgets them, and a stored value
 * that cannot be read is said to be unreadable (the page says so), not taken for "none".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetKey, keepDecisions, keptDecisions, setKeptStorage, type KeptStorage } from '../../src/app/features/whoiswho/kept-decisions';
import { encodeDecisions } from '../../src/app/features/whoiswho/decisions-url';
import { NOT_KEPT_NOTE, useWhoIsWho } from '../../src/app/features/whoiswho/store';
import { prepareDataset } from '../../src/app/data/dataset';
import { useAtlas } from '../../src/app/store';
import { buildFiles, SEED_PATH } from '../core/helpers';

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

  it('a storage that refuses them: kept in memory for the page, and the caller is told they will not outlast it', () => {
    setKeptStorage(fakeStorage(true));
    expect(keepDecisions(datasetKey('fen-dialects', null)!, fen)).toBe(false);
    expect(keptDecisions(datasetKey('fen-dialects', null)!).saved).toEqual(fen);
    // no storage at all (turned off): the same
    setKeptStorage(null);
    expect(keepDecisions(datasetKey('fen-dialects', null)!, fen)).toBe(false);
    // a storage that takes them
    setKeptStorage(fakeStorage());
    expect(keepDecisions(datasetKey('fen-dialects', null)!, fen)).toBe(true);
  });

  it('datasets are told apart by id, else by bundle path; a map with neither is not kept', () => {
    expect(datasetKey('fen-dialects', null)).toBe('ds:fen-dialects');
    expect(datasetKey(null, 'data/fen/bundle.json')).toBe('bundle:data/fen/bundle.json');
    expect(datasetKey(null, null)).toBeNull();
  });
});

describe('a tab whose storage refuses the decisions', () => {
  const seed = buildFiles([SEED_PATH]).bundle;
  const atlasBefore = useAtlas.getState();
  const whoBefore = useWhoIsWho.getState();
  afterEach(() => {
    useAtlas.setState(atlasBefore, true);
    useWhoIsWho.setState(whoBefore, true);
    setKeptStorage(null);
  });

  it('the page says so once, in its note, beside what the note said already; a later refusal adds nothing', () => {
    setKeptStorage(fakeStorage(true));
    useAtlas.getState().openDataset(prepareDataset(seed, async () => [], 'fen-dialects'));
    useAtlas.setState({ linkNote: 'This link asks for author 900; this map has 9.' });
    const [a, b] = seed.authors.name;
    useWhoIsWho.getState().decide(`${a}\u0000${b}`, 'accepted', [{ variant: b!, canonical: a!, paper: null }]);
    const note = useAtlas.getState().linkNote!;
    expect(note).toContain('This link asks for author 900');
    expect(note).toContain('storage refused your who-is-who decisions');
    expect(note).toContain('Download alias file');
    // the next decision is refused alike: not said again
    useWhoIsWho.getState().decide(`${b}\u0000${a}`, 'rejected', []);
    expect(useAtlas.getState().linkNote!.split(NOT_KEPT_NOTE).length - 1).toBe(1);
    // dismissed, and refused again: still once per page
    useAtlas.getState().dismissLinkNote();
    useWhoIsWho.getState().decide(`${a}\u0000${b}`, null, []);
    expect(useAtlas.getState().linkNote).toBeNull();
  });

  it('a storage that takes them says nothing', () => {
    setKeptStorage(fakeStorage());
    useAtlas.getState().openDataset(prepareDataset(seed, async () => [], 'fen-dialects'));
    const [a, b] = seed.authors.name;
    useWhoIsWho.getState().decide(`${a}\u0000${b}`, 'accepted', [{ variant: b!, canonical: a!, paper: null }]);
    expect(useAtlas.getState().linkNote).toBeNull();
  });
});
