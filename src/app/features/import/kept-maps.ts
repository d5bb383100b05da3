/**
 * Maps rebuilt with who-is-who decisions (an Apply), kept in this browser so that a reload of the applied link opens
 * the map as it was rebuilt instead of building it again from the paper lists (1–2.5 minutes for the 30k ACL map,
 * every reload). One map is kept per dataset: the last one rebuilt; keeping another replaces it (a record per Apply
 * would grow without end). A record is found only for the same map as opened (its `fingerprint`) and exactly the
 * same alias lines applied (`lines`), so a changed set of decisions, or a served map built again, never shows a stale
 * map. The map and its abstracts are kept as gzip-compressed JSON, as the paper lists are (datasets-db.ts). A kept map
 * also goes when its dataset opens as another version (`otherVersions`: a served map built again), when the user undoes
 * every decision and applies that, and with its import (whoiswho/kept-open.ts, datasets-db.ts `removeImported`).
 * Keys, clean-up and packing live here (no IndexedDB): datasets-db.ts runs them in its transactions.
 */
import type { BuildReport } from '../../../core/bundle/report-types';
import type { Bundle } from '../../../core/bundle/types';

/** What a kept map is found by: whose map (`owner`), built from which map as opened, with which lines applied. */
export interface KeptMapKey {
  /** The dataset: `ds:ID` (an import's or a served dataset's id), or `bundle:PATH` for a bundle opened by its address (`keptMapOwner`). */
  owner: string;
  /** `mapFingerprint` of the map as opened (the rebuild's start): a served map built again is another map. */
  fingerprint: string;
  /** The alias lines applied, as `linesKey` writes them (in their order). */
  lines: string;
}

/** JSON bytes, gzip-compressed when `gzip` (`packJson`). */
export interface PackedJson {
  bytes: ArrayBuffer;
  gzip: boolean;
}

/** A kept map as stored: the rebuilt bundle and its abstracts, each JSON, gzip-compressed when the browser can. */
export interface KeptMapRecord {
  /** 1: this shape. */
  format: 1;
  /** ms since the epoch. */
  savedAt: number;
  /** The bundle as JSON bytes (`packJson`). */
  bundle: PackedJson;
  /** The abstracts (`Abstracts`) as JSON bytes. */
  abstracts: PackedJson;
  /** What the rebuild kept of the map it started from (the build report's `previousMap`), for the words after Apply. */
  previousMap: NonNullable<BuildReport['previousMap']> | null;
  /** The build's notes about the alias lines, each "file, line N: note" (rebuild.ts `aliasNotesOf`). */
  aliasNotes: string[];
}

/** The owner part of a key: `ds:ID` for a dataset with an id (imported or served), else `bundle:PATH`; null: neither. */
export function keptMapOwner(id: string | null, bundlePath: string | null): string | null {
  if (id !== null) return `ds:${id}`;
  return bundlePath !== null ? `bundle:${bundlePath}` : null;
}

const SEP = '\u0000';

/** The record key of `key` (IndexedDB string key): owner, fingerprint and lines, separated by U+0000. */
export function keptMapId(key: KeptMapKey): string {
  return `${key.owner}${SEP}${key.fingerprint}${SEP}${key.lines}`;
}

/**
 * Bounds of every record key of `owner` (for `IDBKeyRange.bound(lower, upper)`): the keys starting with the owner
 * and U+0000 (U+0001 sorts right after it, and no owner holds U+0000).
 */
export function ownerRange(owner: string): { lower: string; upper: string } {
  return { lower: `${owner}${SEP}`, upper: `${owner}\u0001` };
}

/**
 * Of `ids` (record keys of one owner, `keptMapId`), those of maps rebuilt from another map as opened than the one of
 * `fingerprint` (`mapFingerprint`): a served map built again since. No reload can open them (their key never
 * matches again), so they are only room taken. Pure.
 */
export function otherVersions(ids: readonly string[], fingerprint: string): string[] {
  return ids.filter((id) => id.split(SEP)[1] !== fingerprint);
}

/** The minimal store `keepMap` works on: an IndexedDB object store in a transaction, or a Map in tests. */
export interface KeptMapStore {
  /** The keys between `lower` and `upper` (inclusive). */
  keys(lower: string, upper: string): Promise<string[]>;
  put(id: string, record: KeptMapRecord): Promise<unknown>;
  delete(id: string): Promise<unknown>;
}

/**
 * Keep `record` as the map of `key`, and drop every other map kept for the same owner (an older Apply's, a map as
 * opened before a served map was built again): one map per dataset. Resolves to the keys dropped. Rejects with the
 * store's error (a `QuotaExceededError` DOMException when there is no room).
 */
export async function keepMap(store: KeptMapStore, key: KeptMapKey, record: KeptMapRecord): Promise<string[]> {
  const id = keptMapId(key);
  const { lower, upper } = ownerRange(key.owner);
  const stale = (await store.keys(lower, upper)).filter((k) => k !== id);
  // the old ones first: their room is the new one's
  for (const k of stale) await store.delete(k);
  await store.put(id, record);
  return stale;
}

/**
 * What an Apply says (after its own words, rebuild.ts) when its map could not be kept in this browser (`problem`: the browser's words, a clause:
 * `describeStorageError`): "The rebuilt map could not be saved in this browser: the browser has no room left for it
 * (storage quota). Reloading this page will rebuild it, which takes as long as this Apply did." Throws nothing.
 */
export const notKeptText = (problem: string): string =>
  `The rebuilt map could not be saved in this browser: ${problem.replace(/\.$/, '')}. Reloading this page will rebuild it, which takes as long as this Apply did.`;

/** FNV-1a over a string's UTF-16 code units, continued from `h` (32 bits). */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const fingerprints = new WeakMap<Bundle, string>();

/**
 * A short fingerprint of a map (16 hex digits): its name, options, counts, every author's name and place and every
 * community's label. Two builds of different paper lists (or of the same ones by other code: other places) differ;
 * the same bundle gives the same fingerprint. Remembered per bundle (one pass over the authors: a few ms at 30k).
 */
export function mapFingerprint(bundle: Bundle): string {
  const known = fingerprints.get(bundle);
  if (known) return known;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const head = JSON.stringify([bundle.name, bundle.options, bundle.stats, bundle.papers.title.length]);
  a = fnv(a, head);
  b = fnv(b, head);
  const { name, x, y } = bundle.authors;
  for (let i = 0; i < name.length; i++) {
    a = fnv(a, name[i]!);
    b = fnv(b, `${x[i]},${y[i]}`);
  }
  for (const c of bundle.communities) b = fnv(b, c.label);
  const out = a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  fingerprints.set(bundle, out);
  return out;
}

/**
 * `value` as JSON bytes, gzip-compressed (CompressionStream) where the browser has it; `gzip` says which.
 * Throws what JSON.stringify throws (a cycle).
 */
export async function packJson(value: unknown): Promise<PackedJson> {
  const raw = new TextEncoder().encode(JSON.stringify(value));
  if (typeof CompressionStream === 'function') {
    try {
      return { bytes: await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer(), gzip: true };
    } catch {
      // kept as it is
    }
  }
  return { bytes: raw.slice().buffer, gzip: false };
}

/** The value `packJson` packed. Rejects when the bytes are not what it wrote (damaged gzip, invalid JSON). */
export async function unpackJson({ bytes, gzip }: PackedJson): Promise<unknown> {
  const text = gzip ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
  return JSON.parse(text) as unknown;
}
