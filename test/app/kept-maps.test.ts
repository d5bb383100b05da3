/**
 * Maps an Apply rebuilt, kept in this browser (src/app/features/import/kept-maps.ts): found only by the same dataset,
 * the same map as opened and exactly the same lines applied; one map per dataset (keeping another drops the one
 * before, so the store does not grow with every Apply); packed as gzip JSON and read back as it was. The store is a
 * Map standing in for IndexedDB's object store (datasets-db.ts runs `keepMap` on the real one in one transaction).
 * The store itself (datasets-db.ts) runs on fake-indexeddb, an in-memory IndexedDB for Node: no room for a map
 * (QuotaExceededError) leaves the map kept before as it was and the words say a reload rebuilds the map; maps of
 * another version of a served map are dropped, the current one's kept.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/pipeline';
import { keepMap, keptMapId, keptMapOwner, mapFingerprint, notKeptText, otherVersions, ownerRange, packJson, unpackJson, type KeptMapKey, type KeptMapRecord, type KeptMapStore } from '../../src/app/features/import/kept-maps';
import { describeStorageError, dropKeptMapsBut, hasKeptMap, loadKeptMap, saveKeptMap } from '../../src/app/features/import/datasets-db';
import { linesKey } from '../../src/app/features/whoiswho/maps';

const SEED = path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt');

/** A Map as the object store: its keys in IndexedDB's order (strings by code unit), a range inclusive. */
function memoryStore(): KeptMapStore & { map: Map<string, KeptMapRecord> } {
  const map = new Map<string, KeptMapRecord>();
  return {
    map,
    keys: async (lower, upper) => [...map.keys()].filter((k) => k >= lower && k <= upper).sort(),
    put: async (id, record) => map.set(id, record),
    delete: async (id) => map.delete(id),
  };
}

const record = (savedAt: number): KeptMapRecord => ({
  format: 1,
  savedAt,
  bundle: { bytes: new ArrayBuffer(8), gzip: false },
  abstracts: { bytes: new ArrayBuffer(2), gzip: false },
  previousMap: null,
  aliasNotes: [],
});

const merge = { variant: 'Ilse Varga-Nemes', canonical: 'Ilse Varga Nemes', paper: null };
const split = { variant: 'Tomo Arden', canonical: 'Tomo Arden (2)', paper: 'Paper one' };

describe('maps kept for Apply', () => {
  it('one map per dataset: keeping the map of other lines drops the one before, and no other dataset’s', async () => {
    const store = memoryStore();
    const imported = keptMapOwner('local-abc', null)!;
    const served = keptMapOwner('acl_2020', null)!;
    const k1: KeptMapKey = { owner: imported, fingerprint: 'f0', lines: linesKey([merge]) };
    const k2: KeptMapKey = { owner: imported, fingerprint: 'f0', lines: linesKey([merge, split]) };
    const other: KeptMapKey = { owner: served, fingerprint: 'f9', lines: linesKey([merge]) };
    expect(await keepMap(store, k1, record(1))).toEqual([]);
    expect(await keepMap(store, other, record(2))).toEqual([]);
    // another set of decisions on the import: the old map goes, the served dataset's stays
    expect(await keepMap(store, k2, record(3))).toEqual([keptMapId(k1)]);
    expect([...store.map.keys()].sort()).toEqual([keptMapId(k2), keptMapId(other)].sort());
    // the same key again: replaced in place, nothing else dropped
    expect(await keepMap(store, k2, record(4))).toEqual([]);
    expect(store.map.get(keptMapId(k2))?.savedAt).toBe(4);
    expect(store.map.size).toBe(2);
    // the map as opened changed (a served map built again): its old map goes too
    const rebuiltServed: KeptMapKey = { ...other, fingerprint: 'fa' };
    expect(await keepMap(store, rebuiltServed, record(5))).toEqual([keptMapId(other)]);
    expect(store.map.size).toBe(2);
  });

  it('keys differ by dataset, map as opened and lines (their order too), and one dataset’s range holds no other’s', () => {
    const a: KeptMapKey = { owner: 'ds:local-a', fingerprint: 'f', lines: linesKey([merge, split]) };
    const ids = new Set([
      keptMapId(a),
      keptMapId({ ...a, owner: 'ds:local-b' }),
      keptMapId({ ...a, fingerprint: 'g' }),
      keptMapId({ ...a, lines: linesKey([split, merge]) }),
      keptMapId({ ...a, lines: linesKey([merge]) }),
    ]);
    expect(ids.size).toBe(5);
    // `ds:local-a` is a prefix of `ds:local-ab`: its range must not reach that dataset's maps
    const { lower, upper } = ownerRange('ds:local-a');
    const inRange = (k: string) => k >= lower && k <= upper;
    expect(inRange(keptMapId(a))).toBe(true);
    expect(inRange(keptMapId({ ...a, owner: 'ds:local-ab' }))).toBe(false);
    expect(inRange(keptMapId({ ...a, owner: 'ds:local-' }))).toBe(false);
    expect(keptMapOwner(null, 'data/x/bundle.json')).toBe('bundle:data/x/bundle.json');
    expect(keptMapOwner(null, null)).toBeNull();
  });

  it('the fingerprint is the map’s: the same for a copy, another for a map laid out otherwise', () => {
    const { bundle } = buildDataset([{ name: 'wang-jialiang.txt', text: readFileSync(SEED, 'utf8') }], { abstractsFile: null });
    const copy = structuredClone(bundle);
    expect(mapFingerprint(copy)).toBe(mapFingerprint(bundle));
    expect(mapFingerprint(bundle)).toMatch(/^[0-9a-f]{16}$/);
    const moved = structuredClone(bundle);
    moved.authors.x[3] = moved.authors.x[3]! + 1;
    expect(mapFingerprint(moved)).not.toBe(mapFingerprint(bundle));
    const renamed = structuredClone(bundle);
    renamed.authors.name[0] = `${renamed.authors.name[0]} (2)`;
    expect(mapFingerprint(renamed)).not.toBe(mapFingerprint(bundle));
  });

  it('a bundle packed as gzip JSON reads back equal, smaller than its JSON', async () => {
    const { bundle, abstracts } = buildDataset([{ name: 'wang-jialiang.txt', text: readFileSync(SEED, 'utf8') }], { abstractsFile: null });
    const packed = await packJson(bundle);
    expect(packed.gzip).toBe(true);
    expect(packed.bytes.byteLength).toBeLessThan(JSON.stringify(bundle).length / 2);
    expect(await unpackJson(packed)).toEqual(JSON.parse(JSON.stringify(bundle)));
    expect(await unpackJson(await packJson(abstracts))).toEqual(abstracts);
    await expect(unpackJson({ bytes: new Uint8Array([0x1f, 0x8b, 1, 2]).buffer, gzip: true })).rejects.toThrow();
  });
});

describe('maps kept in IndexedDB (datasets-db.ts, on fake-indexeddb)', () => {
  const owner = keptMapOwner('acl_2020', null)!;
  const k1: KeptMapKey = { owner, fingerprint: 'f0', lines: linesKey([merge]) };
  const k2: KeptMapKey = { owner, fingerprint: 'f0', lines: linesKey([merge, split]) };

  it('no room for the new map (QuotaExceededError): it rejects, the map kept before stays, and the words say a reload rebuilds it', async () => {
    await saveKeptMap(k1, record(1));
    expect(await hasKeptMap(k1)).toBe(true);
    // the browser refuses the record: no room left for the site
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let err: unknown = null;
    try {
      await saveKeptMap(k2, record(2));
    } catch (e) {
      err = e;
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe('QuotaExceededError');
    // nothing changed: the older map was not dropped for a new one that could not be kept
    expect((await loadKeptMap(k1))?.savedAt).toBe(1);
    expect(await hasKeptMap(k2)).toBe(false);
    // what the user reads under Apply
    expect(notKeptText(describeStorageError(err))).toBe(
      'The rebuilt map could not be saved in this browser: the browser has no room left for it (storage quota). Reloading this page will rebuild it, which takes as long as this Apply did.',
    );
  });

  it('maps of another version of the map as opened go; the current one’s and other datasets’ stay', async () => {
    const other: KeptMapKey = { owner: keptMapOwner('local-x', null)!, fingerprint: 'f0', lines: linesKey([merge]) };
    await saveKeptMap(k1, record(1));
    await saveKeptMap(other, record(3));
    // a map kept from the served map before it was built again (fingerprint f0), and one of the new version (f1)
    expect(await dropKeptMapsBut(owner, 'f1')).toBe(1);
    expect(await hasKeptMap(k1)).toBe(false);
    expect(await hasKeptMap(other)).toBe(true);
    const current: KeptMapKey = { ...k1, fingerprint: 'f1' };
    await saveKeptMap(current, record(4));
    expect(await dropKeptMapsBut(owner, 'f1')).toBe(0);
    expect(await hasKeptMap(current)).toBe(true);
    expect(otherVersions([keptMapId(k1), keptMapId(current)], 'f1')).toEqual([keptMapId(k1)]);
  });
});
