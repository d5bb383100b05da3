/**
 * The maps of one paper list built here with some of the review list's alias lines, kept by those lines: the
 * map as it was opened (no line) and the last few rebuilt ones. A step Back across an Apply shows the map its
 * history entry belongs to (history.ts) at once, as it was drawn, instead of building it again (seconds on a
 * large list); an Apply of lines already built is instant too. Another paper list forgets them.
 */
import type { Dataset } from '../../data/dataset';
import type { AliasDecision } from '../../../core/queries/synonyms';

/** Rebuilt maps kept besides the opened one (each holds its whole bundle: a few, not every Apply of a session). */
const KEPT = 2;

let opened: Dataset | null = null;
let built: { key: string; dataset: Dataset }[] = [];

/**
 * The key of a list of lines, in their order (the alias file is written in it; a later rule about one spelling
 * may meet an earlier one, so two orders are not taken for one map).
 */
export function linesKey(lines: readonly AliasDecision[]): string {
  return JSON.stringify(lines.map((l) => [l.variant, l.canonical, l.paper ?? null]));
}

/** Whether two lists hold the same lines in the same order. */
export const sameLines = (a: readonly AliasDecision[], b: readonly AliasDecision[]): boolean => linesKey(a) === linesKey(b);

/** Maps opened at start-up in place of the map as opened (kept-open.ts `keptMapAtStart`): that map and their lines. */
const openedAs = new WeakMap<Dataset, { asOpened: Dataset; lines: readonly AliasDecision[] }>();

/**
 * `kept`, the map of `lines` kept in this browser, is opened in place of `asOpened`, the paper list as opened (never
 * drawn): when `kept` is shown, `openedMap` takes `asOpened` for the map as opened and `kept` for the map of `lines`.
 */
export function openedInstead(kept: Dataset, asOpened: Dataset, lines: readonly AliasDecision[]): void {
  openedAs.set(kept, { asOpened, lines: [...lines] });
}

/** The paper list as opened behind `dataset`: the map it was opened in place of (`openedInstead`), else itself. */
export const asOpenedOf = (dataset: Dataset): Dataset => openedAs.get(dataset)?.asOpened ?? dataset;

/**
 * `dataset` is the paper list as opened, with none of the review list's lines (or a map opened in its place:
 * `openedInstead`, kept as the map of its lines): the maps of another list go.
 */
export function openedMap(dataset: Dataset): void {
  const instead = openedAs.get(dataset);
  const asOpened = instead?.asOpened ?? dataset;
  if (opened === asOpened && !instead) return;
  if (opened !== asOpened) built = [];
  opened = asOpened;
  if (instead) rememberMap(instead.lines, dataset);
}

/** `dataset` is the opened list rebuilt with `lines` (kept, the oldest other rebuilt map let go). */
export function rememberMap(lines: readonly AliasDecision[], dataset: Dataset): void {
  if (lines.length === 0) return;
  const key = linesKey(lines);
  built = [{ key, dataset }, ...built.filter((m) => m.key !== key)].slice(0, KEPT);
}

/** The map built with exactly `lines` (none: the opened one), if kept; null when it must be built. */
export function mapWith(lines: readonly AliasDecision[]): Dataset | null {
  if (lines.length === 0) return opened;
  const key = linesKey(lines);
  const hit = built.find((m) => m.key === key);
  if (hit) built = [hit, ...built.filter((m) => m !== hit)];
  return hit?.dataset ?? null;
}
