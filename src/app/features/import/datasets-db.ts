/**
 * Imported datasets kept in this browser (IndexedDB) until the user removes them.
 * The list entry, the bundle, the abstracts, the report and the paper lists it was built from are separate records,
 * so the switcher reads only the small entries, the viewer reads the abstracts only when a panel needs them and the
 * paper lists only when the user applies who-is-who decisions (a rebuild, also after a reload: a tester's merge on an
 * imported map was undone by a reload, Apply greyed out for want of "this map's paper lists").
 * Used by the build worker (which saves) and the page (which lists, opens and removes).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BuildReport } from '../../../core/bundle/report-types';
import type { Abstracts, Bundle } from '../../../core/bundle/types';
import type { ImportedMeta } from './build-protocol';
import { keepMap, keptMapId, keptMapOwner, otherVersions, ownerRange, type KeptMapKey, type KeptMapRecord } from './kept-maps';

const DB_NAME = 'coauthor-atlas';
/**
 * 2: the `sources` store (the paper lists of each import, for Apply after a reload). 3: the `rebuilt` store (the map
 * an Apply rebuilt, one per dataset: kept-maps.ts).
 */
const DB_VERSION = 3;

/**
 * One paper list kept with an import: its bytes as chosen (`gzip`: compressed here, with CompressionStream, when it
 * is large; the build's reader inflates gzip by its magic bytes whatever the name), or pasted text.
 */
export type KeptSource = { kind: 'bytes'; name: string; bytes: ArrayBuffer; gzip: boolean } | { kind: 'text'; name: string; text: string };

/** The paper lists an import was built from (its alias file apart), and the alias file it applied (name + text). */
export interface KeptSources {
  inputs: KeptSource[];
  aliases: { name: string; text: string } | null;
}

interface AtlasDb extends DBSchema {
  datasets: { key: string; value: ImportedMeta };
  bundles: { key: string; value: Bundle };
  abstracts: { key: string; value: Abstracts };
  reports: { key: string; value: BuildReport };
  sources: { key: string; value: KeptSources };
  /** Keyed by `keptMapId` (owner, fingerprint, lines); an import's owner is `ds:ID`. */
  rebuilt: { key: string; value: KeptMapRecord };
}

/** The stores of one import, keyed by its id. */
const STORES = ['datasets', 'bundles', 'abstracts', 'reports', 'sources'] as const;
const ALL_STORES = [...STORES, 'rebuilt'] as const;

let opening: Promise<IDBPDatabase<AtlasDb>> | null = null;

function db(): Promise<IDBPDatabase<AtlasDb>> {
  opening ??= openDB<AtlasDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      for (const name of ALL_STORES) if (!database.objectStoreNames.contains(name)) database.createObjectStore(name);
    },
    // another tab upgrades the database: let it, and open again next time
    blocking() {
      void opening?.then((d) => d.close());
      opening = null;
    },
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

/**
 * Save everything in one transaction: either the whole dataset is there afterwards or none of it. `sources` null:
 * saved without its paper lists (Apply then needs the paper list imported again after a reload).
 * Rejects with the browser's error (a DOMException `QuotaExceededError` when there is no room: `describeStorageError`).
 */
export async function saveImported(meta: ImportedMeta, bundle: Bundle, abstracts: Abstracts, report: BuildReport, sources: KeptSources | null = null): Promise<void> {
  const tx = (await db()).transaction(STORES, 'readwrite');
  await Promise.all([
    tx.objectStore('bundles').put(bundle, meta.id),
    tx.objectStore('abstracts').put(abstracts, meta.id),
    tx.objectStore('reports').put(report, meta.id),
    ...(sources ? [tx.objectStore('sources').put(sources, meta.id)] : []),
    tx.objectStore('datasets').put(meta, meta.id),
    tx.done,
  ]);
}

/** Whether the paper lists of the import `id` are kept here (its key alone is read, not the lists). */
export async function hasImportedSources(id: string): Promise<boolean> {
  return (await (await db()).getKey('sources', id)) !== undefined;
}

/** The paper lists of the import `id` as kept (undefined: none kept, an import saved before they were). */
export async function loadImportedSources(id: string): Promise<KeptSources | undefined> {
  return (await db()).get('sources', id);
}

/** Every imported dataset, newest first. */
export async function listImported(): Promise<ImportedMeta[]> {
  const all = await (await db()).getAll('datasets');
  return all.sort((a, b) => b.createdAt - a.createdAt);
}

export async function loadImportedMeta(id: string): Promise<ImportedMeta | undefined> {
  return (await db()).get('datasets', id);
}

export async function loadImportedBundle(id: string): Promise<Bundle | undefined> {
  return (await db()).get('bundles', id);
}

export async function loadImportedAbstracts(id: string): Promise<Abstracts | undefined> {
  return (await db()).get('abstracts', id);
}

export async function loadImportedReport(id: string): Promise<BuildReport | undefined> {
  return (await db()).get('reports', id);
}

/** Remove the import `id`: its map, abstracts, report, paper lists and the map an Apply rebuilt from it. */
export async function removeImported(id: string): Promise<void> {
  const tx = (await db()).transaction(ALL_STORES, 'readwrite');
  const { lower, upper } = ownerRange(keptMapOwner(id, null)!);
  await Promise.all([...STORES.map((name) => tx.objectStore(name).delete(id)), tx.objectStore('rebuilt').delete(IDBKeyRange.bound(lower, upper)), tx.done]);
}

/**
 * Keep `record` as the map rebuilt with `key`'s lines, in place of any other map kept for the same dataset, in one
 * transaction (kept-maps.ts `keepMap`). Rejects with the browser's error (`QuotaExceededError` when there is no room:
 * nothing is changed then, the map kept before stays: the transaction is aborted, also when the put itself throws,
 * where it would otherwise commit the other maps' deletion alone).
 */
export async function saveKeptMap(key: KeptMapKey, record: KeptMapRecord): Promise<void> {
  const tx = (await db()).transaction('rebuilt', 'readwrite');
  const store = tx.objectStore('rebuilt');
  const done = tx.done;
  try {
    await keepMap(
      {
        keys: (lower, upper) => store.getAllKeys(IDBKeyRange.bound(lower, upper)),
        put: (k, value) => store.put(value, k),
        delete: (k) => store.delete(k),
      },
      key,
      record,
    );
  } catch (err) {
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // aborted already (the browser's own quota error)
    }
    throw err;
  }
  await done;
}

/** The map kept for `key` (exactly its owner, fingerprint and lines), or undefined. */
export async function loadKeptMap(key: KeptMapKey): Promise<KeptMapRecord | undefined> {
  return (await db()).get('rebuilt', keptMapId(key));
}

/** Whether a map is kept for `key` (its key alone is read, not the map). Rejects with the browser's error. */
export async function hasKeptMap(key: KeptMapKey): Promise<boolean> {
  return (await (await db()).getKey('rebuilt', keptMapId(key))) !== undefined;
}

/** Drop every map kept for `owner` (a kept one that could not be read). */
export async function dropKeptMaps(owner: string): Promise<void> {
  const { lower, upper } = ownerRange(owner);
  await (await db()).delete('rebuilt', IDBKeyRange.bound(lower, upper));
}

/**
 * Drop the maps kept for `owner` that were rebuilt from another version of its map than the one of `fingerprint`
 * (kept-maps.ts `otherVersions`), in one transaction; resolves to how many were dropped. Rejects with the browser's error.
 */
export async function dropKeptMapsBut(owner: string, fingerprint: string): Promise<number> {
  const { lower, upper } = ownerRange(owner);
  const tx = (await db()).transaction('rebuilt', 'readwrite');
  const store = tx.objectStore('rebuilt');
  const stale = otherVersions((await store.getAllKeys(IDBKeyRange.bound(lower, upper))).map(String), fingerprint);
  await Promise.all([...stale.map((k) => store.delete(k)), tx.done]);
  return stale.length;
}

export function describeStorageError(err: unknown): string {
  const name = err instanceof DOMException ? err.name : '';
  if (name === 'QuotaExceededError') return 'the browser has no room left for it (storage quota)';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'this browser does not allow saving here (private window?)';
  return err instanceof Error ? err.message : String(err);
}
