/**
 * Imported datasets kept in this browser (IndexedDB) until the user removes them.
 * The list entry, the bundle, the abstracts and the report are separate records, so the switcher reads
 * only the small entries and the viewer reads the abstracts only when a panel needs them.
 * Used by the build worker (which saves) and the page (which lists, opens and removes).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BuildReport } from '../../../core/bundle/report-types';
import type { Abstracts, Bundle } from '../../../core/bundle/types';
import type { ImportedMeta } from './build-protocol';

const DB_NAME = 'coauthor-atlas';
const DB_VERSION = 1;

interface AtlasDb extends DBSchema {
  datasets: { key: string; value: ImportedMeta };
  bundles: { key: string; value: Bundle };
  abstracts: { key: string; value: Abstracts };
  reports: { key: string; value: BuildReport };
}

const STORES = ['datasets', 'bundles', 'abstracts', 'reports'] as const;

let opening: Promise<IDBPDatabase<AtlasDb>> | null = null;

function db(): Promise<IDBPDatabase<AtlasDb>> {
  opening ??= openDB<AtlasDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      for (const name of STORES) if (!database.objectStoreNames.contains(name)) database.createObjectStore(name);
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

/** Save everything in one transaction: either the whole dataset is there afterwards or none of it. */
export async function saveImported(meta: ImportedMeta, bundle: Bundle, abstracts: Abstracts, report: BuildReport): Promise<void> {
  const tx = (await db()).transaction(STORES, 'readwrite');
  await Promise.all([
    tx.objectStore('bundles').put(bundle, meta.id),
    tx.objectStore('abstracts').put(abstracts, meta.id),
    tx.objectStore('reports').put(report, meta.id),
    tx.objectStore('datasets').put(meta, meta.id),
    tx.done,
  ]);
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

export async function removeImported(id: string): Promise<void> {
  const tx = (await db()).transaction(STORES, 'readwrite');
  await Promise.all([...STORES.map((name) => tx.objectStore(name).delete(id)), tx.done]);
}

export function describeStorageError(err: unknown): string {
  const name = err instanceof DOMException ? err.name : '';
  if (name === 'QuotaExceededError') return 'the browser has no room left for it (storage quota)';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'this browser does not allow saving here (private window?)';
  return err instanceof Error ? err.message : String(err);
}
