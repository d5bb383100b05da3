/**
 * The paper lists a dataset was built from, kept so it can be rebuilt (with aliases) exactly as it was
 * imported: the same sources — a chosen file as its bytes (the `File`), pasted text as text — go back to
 * the build worker, which decodes them the one way it decoded them the first time (a Latin-1 file stays
 * Latin-1). A dataset built in memory is remembered by its host (`rememberSources`); a dataset served
 * with the app names its lists in the dataset index (`inputs`), fetched as bytes when needed; its alias file
 * is decoded here by the same `decodeInput` as the CLI's (the page combines it with the review list's lines).
 */
import { decodeInputFile } from '../../core/ingest/decode-input';
import type { InputFile } from '../../core/ingest/types';
import { appUrl } from '../env';
import type { Dataset } from './dataset';
import type { DatasetEntry } from './load-bundle';

/**
 * A paper list handed to a build: a file the user chose or bytes fetched from the app (both decoded in
 * the worker), or pasted text.
 */
export type ImportSource =
  | { kind: 'file'; file: File }
  | { kind: 'bytes'; name: string; bytes: ArrayBuffer }
  | { kind: 'text'; name: string; text: string };

export interface DatasetSources {
  inputs: ImportSource[];
  /** The alias file the dataset was first built with (kept when rebuilding). */
  aliases: InputFile | null;
}

const remembered = new WeakMap<Dataset, DatasetSources | Promise<DatasetSources>>();
/** Sources kept elsewhere (an import's, in IndexedDB), read only when a rebuild needs them. */
const loaders = new WeakMap<Dataset, () => Promise<DatasetSources>>();

/** For a dataset built in memory: the sources it came from, so it can be rebuilt with aliases. */
export function rememberSources(dataset: Dataset, sources: DatasetSources): void {
  remembered.set(dataset, sources);
}

/**
 * For a dataset whose sources are kept but not read yet (an imported map opened from this browser, its paper lists
 * in IndexedDB): `load` reads them when a rebuild first asks (`sourcesOf`), once; a read that fails is tried again
 * at the next ask. `load` rejects when they cannot be read (its message is the rebuild's error).
 */
export function rememberSourcesLoader(dataset: Dataset, load: () => Promise<DatasetSources>): void {
  loaders.set(dataset, load);
}

const noSources = new WeakMap<Dataset, string>();

/**
 * For a dataset whose paper lists are known not to be kept (an import saved before imports kept them, or with no room
 * for them): why, as a clause ("this map was imported before …"), which the who-is-who panels and the link note say
 * with what to do (drop the paper list again).
 */
export function rememberNoSources(dataset: Dataset, why: string): void {
  noSources.set(dataset, why);
}

/** Why the paper lists of `dataset` are not kept (`rememberNoSources`), or null when that is not known. */
export const whyNoSources = (dataset: Dataset): string | null => noSources.get(dataset) ?? null;

function entryOf(dataset: Dataset, entries: DatasetEntry[]): DatasetEntry | undefined {
  return dataset.id === null ? undefined : entries.find((e) => e.id === dataset.id && e.inputs);
}

/** Whether the paper lists behind `dataset` are at hand (else only the alias file can be downloaded). */
export function hasSources(dataset: Dataset, entries: DatasetEntry[]): boolean {
  return remembered.has(dataset) || loaders.has(dataset) || entryOf(dataset, entries) !== undefined;
}

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const res = await fetch(appUrl(path));
  if (!res.ok) throw new Error(`${path} could not be read (HTTP ${res.status})`);
  return res.arrayBuffer();
}

/**
 * The sources of `dataset`: remembered, else fetched (once) from the paths its index entry lists.
 * Rejects when they are not available in the browser or a fetch fails (HTTP status in the message).
 */
export async function sourcesOf(dataset: Dataset, entries: DatasetEntry[]): Promise<DatasetSources> {
  const known = remembered.get(dataset);
  if (known) return known;
  const load = loaders.get(dataset);
  if (load) {
    const reading = load();
    remembered.set(dataset, reading);
    reading.catch(() => remembered.delete(dataset));
    return reading;
  }
  const entry = entryOf(dataset, entries);
  if (!entry?.inputs) throw new Error('the paper lists this dataset was built from are not available in the browser');
  const pending = Promise.all([
    Promise.all(entry.inputs.map(fetchBytes)),
    // read as the CLI reads it (core's decodeInput: a Latin-1 alias file stays Latin-1, gzip is inflated)
    entry.aliases ? fetchBytes(entry.aliases).then((bytes) => decodeInputFile(new Uint8Array(bytes), entry.aliases!)) : null,
  ]).then(([files, aliases]) => ({ inputs: files.map((bytes, k) => ({ kind: 'bytes' as const, name: entry.inputs![k], bytes })), aliases }));
  remembered.set(dataset, pending);
  pending.catch(() => remembered.delete(dataset));
  return pending;
}
