/**
 * Who-is-who decisions that last: the alias lines the dataset was built with (merges and splits), the
 * ones accepted but not applied yet, applied ones taken back, and the review verdicts travel in the URL
 * (`?names=…`, deflated JSON in base64url), so a reload or a shared link rebuilds the dataset with the
 * applied lines and shows the rest as still to apply. The alias file stays the portable form
 * (download); this is its bookmark.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { AliasDecision } from '../../../core/queries/synonyms';
import { replaceQuery } from '../../url/history-writes';

import { NAMES_PARAM } from '../../url/held-selection';
import { heldFlag } from '../../held-flag';

export { NAMES_PARAM };

export interface SavedDecisions {
  /** The lines the dataset was built with (applied); a split's lines may carry `split` (store.ts `DecisionLine`). */
  lines: Line[];
  /** Lines accepted but not applied yet (optional: none). */
  pending?: Line[];
  /** Applied lines taken back, not applied yet (optional: none). */
  dropped?: Line[];
  decisions: Record<string, 'accepted' | 'rejected'>;
}

type Packed = string[];
/** A line as the link keeps it: variant, canonical[, paper[, split]] (a split's line names the split it came with). */
type Line = AliasDecision & { split?: string };
const pack = (lines: readonly Line[]): Packed[] =>
  lines.map((l) => (l.paper ? (l.split ? [l.variant, l.canonical, l.paper, l.split] : [l.variant, l.canonical, l.paper]) : [l.variant, l.canonical]));

/** Packed lines back to alias decisions; null when the value is not a list of 2–4 strings each. */
function unpack(value: unknown): Line[] | null {
  if (!Array.isArray(value)) return null;
  const lines: Line[] = [];
  for (const x of value) {
    if (!Array.isArray(x) || x.length < 2 || x.length > 4 || !x.every((v) => typeof v === 'string')) return null;
    lines.push(x[3] ? { variant: x[0], canonical: x[1], paper: x[2] ?? null, split: x[3] } : { variant: x[0], canonical: x[1], paper: x[2] ?? null });
  }
  return lines;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

/** The URL value for `saved` (empty when there is nothing to keep). */
export function encodeDecisions(saved: SavedDecisions): string {
  const pending = saved.pending ?? [];
  const dropped = saved.dropped ?? [];
  if (saved.lines.length === 0 && pending.length === 0 && dropped.length === 0 && Object.keys(saved.decisions).length === 0) return '';
  const compact: { l: Packed[]; d: SavedDecisions['decisions']; p?: Packed[]; x?: Packed[] } = { l: pack(saved.lines), d: saved.decisions };
  if (pending.length) compact.p = pack(pending);
  if (dropped.length) compact.x = pack(dropped);
  return toBase64Url(deflateSync(strToU8(JSON.stringify(compact)), { level: 9 }));
}

/** Read a URL value; null when it is not one of ours (a damaged link: nothing is applied). */
export function decodeDecisions(value: string): SavedDecisions | null {
  try {
    const o = JSON.parse(strFromU8(inflateSync(fromBase64Url(value)))) as { l?: unknown; d?: unknown; p?: unknown; x?: unknown };
    if (typeof o.d !== 'object' || o.d === null) return null;
    const lines = unpack(o.l);
    const pending = o.p === undefined ? [] : unpack(o.p);
    const dropped = o.x === undefined ? [] : unpack(o.x);
    if (!lines || !pending || !dropped) return null;
    const decisions: SavedDecisions['decisions'] = {};
    for (const [k, v] of Object.entries(o.d as Record<string, unknown>)) if (v === 'accepted' || v === 'rejected') decisions[k] = v;
    return { lines, pending, dropped, decisions };
  } catch {
    return null;
  }
}

/** Put `saved` into the page URL (replacing the history entry), or take the parameter out when empty. */
export function writeDecisionsToUrl(saved: SavedDecisions | null): void {
  // outside a page (the stores loaded by unit tests under Node) there is no link to keep the decisions in
  if (typeof window === 'undefined') return;
  const value = saved ? encodeDecisions(saved) : '';
  replaceQuery((search) => {
    const params = new URLSearchParams(search);
    if (value) params.set(NAMES_PARAM, value);
    else params.delete(NAMES_PARAM);
    const s = params.toString();
    return s ? `?${s}` : '';
  });
}

const applying = heldFlag();
/**
 * Runs `run` (synchronous), in which an Apply opens the map rebuilt with the user's decisions (rebuild.ts), or the
 * map rebuilt with the tab's decisions taken up on the map shown ("Apply my decisions" in a plain link's note, or the
 * dataset opened again): what the page showed that the map's numbers cannot carry is carried by names (the
 * co-author chain: chain/store.ts). Not a step Back/Forward (the entry says its own chain) nor a link's decisions
 * restored (the link's chain numbers the rebuilt map already).
 */
export function openingApplied<T>(run: () => T): T {
  return applying.during(run);
}

/** Whether an Apply is opening its rebuilt map now (see `openingApplied`). */
export const isOpeningApplied = (): boolean => applying.held();

/** What `decisionsTakenUp` said last: the map the decisions were taken up on, and whether its rebuild comes. */
export interface TakenUp {
  /** The dataset (store `dataset`) open when they were taken up. */
  dataset: object;
  /** True: a rebuild with the applied lines opens next (rebuild.ts); false: the map shown stays (none to apply, none readable, no paper lists, the rebuild failed). */
  rebuilds: boolean;
  /** True: the rebuild said to come (an earlier `decisionsTakenUp` with `rebuilds`) failed; the map shown stays, the link note says why. */
  failed: boolean;
}

let lastTakenUp: TakenUp | null = null;
const takenUpListeners = new Set<(taken: TakenUp) => void>();

/**
 * Said by restore.ts once it has taken up the decisions of `dataset` (a link's `names=`, or the tab's): whether
 * the map is rebuilt with them (`rebuilds`), and said again with `failed` when that rebuild failed. A link's
 * co-author chain (chain/store.ts) numbers the rebuilt map's authors and waits for it, or is traced on `dataset`
 * when no rebuild comes (a link with decisions accepted only: it waited for ever, the chain panel empty) or the
 * rebuild failed (it waited for ever too, and nothing said so).
 */
export function decisionsTakenUp(dataset: object, rebuilds: boolean, failed = false): void {
  lastTakenUp = { dataset, rebuilds, failed };
  for (const listener of takenUpListeners) listener(lastTakenUp);
}

/** The last `decisionsTakenUp` of the page (null: none yet): for a listener that came after it (modules load late). */
export const lastDecisionsTakenUp = (): TakenUp | null => lastTakenUp;

/** Calls `listener` at each `decisionsTakenUp`; returns the function that stops it. */
export function onDecisionsTakenUp(listener: (taken: TakenUp) => void): () => void {
  takenUpListeners.add(listener);
  return () => takenUpListeners.delete(listener);
}
