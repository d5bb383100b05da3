/**
 * The ego view's positions on the map: the shown authors (and, in the authors-and-papers view, their shown
 * papers) laid out around the ego author by `egoLayout` (ego-layout.ts), scaled so that the camera's framing of
 * them (controllers/CameraController.tsx) draws no two discs over each other, and placed with the ego author
 * where the map has them.
 */
import type { Bundle } from '../../../core/bundle/types';
import { LINK_TOLERANCE, type Ego, type Visibility } from '../../graph/visibility';
import { authorKey, paperKey, parseNodeKey } from '../../graph/node-keys';
import type { AtlasGraph } from '../../graph/sigma-graph';
import { egoLayout, type EgoAuthor, type EgoPaper } from './ego-layout';

/**
 * Above this many shown authors the ego view keeps the map's positions: a network of thousands of people (two or
 * three steps from a prolific author) reads better on the map, where its communities are laid out, than as rings
 * too wide for the screen (1,514 authors two steps from Ivan Vulić on the 30k map; 4,514 three steps from Lilja
 * Øvrelid). One step from the most prolific authors of the 30k map stays under it (Christopher D. Manning: 129).
 */
export const EGO_LAYOUT_MAX_AUTHORS = 2000;

/**
 * Above this many shown nodes (authors and papers) the ego view keeps the map's positions too. Papers are petals
 * of their authors' discs, cheap to lay out and narrow: two steps from Lilja Øvrelid on the 30k map in the
 * authors-and-papers view (527 authors, 3,345 papers) kept the map's positions under the earlier single limit of
 * 2,000 nodes, and 1,635 pairs of discs lay more than half over each other there; laid out as rings (~80 ms) none
 * do. One step from Christopher D. Manning (129 authors, 1,052 papers) is laid out.
 */
export const EGO_LAYOUT_MAX_NODES = 5000;

/**
 * The ego view's nodes as `egoLayout` takes them, with their keys; null when the view keeps the map's positions
 * (`EGO_LAYOUT_MAX_AUTHORS`, `EGO_LAYOUT_MAX_NODES`).
 */
export function egoLayoutInput(
  bundle: Bundle,
  ego: Ego,
  visibility: Visibility,
  withPapers: boolean,
  sizeOf: (key: string) => number,
): { authors: EgoAuthor[]; papers: EgoPaper[] } | null {
  const nA = bundle.authors.name.length;
  if (!(ego.author >= 0 && ego.author < nA) || visibility.author[ego.author] !== 1) return null;
  if (visibility.authorCount > EGO_LAYOUT_MAX_AUTHORS || visibility.authorCount + (withPapers ? visibility.paperCount : 0) > EGO_LAYOUT_MAX_NODES) return null;
  const { x, y } = bundle.authors;
  // the shown authors, the ego author first; `slot[a]`: a's index among them (-1: not shown)
  const slot = new Int32Array(nA).fill(-1);
  const members: number[] = [ego.author];
  slot[ego.author] = 0;
  for (let a = 0; a < nA; a++) if (visibility.author[a] === 1 && a !== ego.author) slot[a] = members.push(a) - 1;
  // their shown links (as the filters walk them: graph/visibility.ts)
  const { source, target, weight, shared } = bundle.coauthorLinks;
  const atLeast = visibility.minLinkStrength - LINK_TOLERANCE;
  const links: number[] = [];
  for (let i = 0; i < source.length; i++) if (weight[i]! >= atLeast && slot[source[i]!]! >= 0 && slot[target[i]!]! >= 0) links.push(i);
  const m = members.length;
  const start = new Int32Array(m + 1);
  for (const i of links) {
    start[slot[source[i]!]! + 1]!++;
    start[slot[target[i]!]! + 1]!++;
  }
  for (let k = 0; k < m; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, m);
  const nextTo = new Int32Array(start[m]!);
  const via = new Int32Array(start[m]!);
  for (const i of links) {
    const s = slot[source[i]!]!;
    const t = slot[target[i]!]!;
    via[fill[s]!] = i;
    nextTo[fill[s]!++] = t;
    via[fill[t]!] = i;
    nextTo[fill[t]!++] = s;
  }
  // steps from the ego author
  const depth = new Int32Array(m).fill(-1);
  depth[0] = 0;
  let frontier = [0];
  for (let d = 1; frontier.length > 0; d++) {
    const out: number[] = [];
    for (const k of frontier) {
      for (let j = start[k]!; j < start[k + 1]!; j++) {
        if (depth[nextTo[j]!] !== -1) continue;
        depth[nextTo[j]!] = d;
        out.push(nextTo[j]!);
      }
    }
    frontier = out;
  }
  const authors: EgoAuthor[] = members.map((a, k) => {
    // papers shared with (and link weight to) the authors one step nearer; the strongest of them the parent
    let sum = 0;
    let w = 0;
    let parent = -1;
    let best = -1;
    for (let j = start[k]!; j < start[k + 1]!; j++) {
      const other = nextTo[j]!;
      if (depth[k]! < 1 || depth[other] !== depth[k]! - 1) continue;
      const link = via[j]!;
      sum += shared[link]!;
      w += weight[link]!;
      const strength = shared[link]! + weight[link]! * 1e-6;
      if (strength > best || (strength === best && other < parent)) {
        best = strength;
        parent = other;
      }
    }
    const key = authorKey(a);
    return {
      key,
      x: x[a]!,
      y: y[a]!,
      radius: sizeOf(key),
      // an author no shown link reaches (none should be: the filters keep only those reached) goes outermost
      depth: depth[k]! >= 0 ? depth[k]! : ego.steps + 1,
      shared: sum,
      weight: w,
      parent: depth[k]! > 1 ? parent : -1,
    };
  });
  const papers: EgoPaper[] = [];
  if (withPapers) {
    const { authors: byPaper } = bundle.papers;
    for (let p = 0; p < byPaper.length; p++) {
      if (visibility.paper[p] !== 1) continue;
      const shown: number[] = [];
      for (const a of byPaper[p]!) if (slot[a]! >= 0 && !shown.includes(slot[a]!)) shown.push(slot[a]!);
      if (shown.length === 0) continue;
      const key = paperKey(p);
      papers.push({ key, x: bundle.papers.x[p]!, y: bundle.papers.y[p]!, radius: sizeOf(key), authors: shown });
    }
  }
  return { authors, papers };
}

/**
 * Where the ego view puts each of its nodes (node key -> graph coordinates), or null when it keeps the map's
 * positions (`egoLayoutInput`). `unitsPerPixel(reach)`: graph units per layout unit for a layout reaching `reach`
 * layout units from its middle (the caller's scale for the canvas: EgoLayoutController). The ego author stays
 * where the map has them. Deterministic: same bundle, filters and sizes, same positions.
 */
export function egoPositions(
  bundle: Bundle,
  ego: Ego,
  visibility: Visibility,
  withPapers: boolean,
  sizeOf: (key: string) => number,
  unitsPerPixel: (reach: number) => number,
): Map<string, { x: number; y: number }> | null {
  const input = egoLayoutInput(bundle, ego, visibility, withPapers, sizeOf);
  if (!input) return null;
  const layout = egoLayout(input);
  const g = unitsPerPixel(layout.reach);
  const cx = bundle.authors.x[ego.author]!;
  const cy = bundle.authors.y[ego.author]!;
  const out = new Map<string, { x: number; y: number }>();
  input.authors.forEach((a, k) => out.set(a.key, { x: cx + layout.authorX[k]! * g, y: cy + layout.authorY[k]! * g }));
  input.papers.forEach((p, k) => out.set(p.key, { x: cx + layout.paperX[k]! * g, y: cy + layout.paperY[k]! * g }));
  return out;
}

/** Where the map (the bundle's layout, which the graph was built with) has node `key`. */
export function mapPosition(bundle: Bundle, key: string): { x: number; y: number } {
  const ref = parseNodeKey(key);
  const cols = ref.kind === 'author' ? bundle.authors : bundle.papers;
  return { x: cols.x[ref.index]!, y: cols.y[ref.index]! };
}

/** A node's move: from where it is to where it goes. */
export interface EgoMove {
  key: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * The moves from `before` (the nodes of `graph` the ego view had placed, at those places: empty when none) to
 * `wanted` (`egoPositions`' places; null: the map's): each node of either that is not where it should be goes to
 * its place in `wanted`, else back to exactly where the map has it (`mapPosition`). `next`: the nodes placed off
 * the map afterwards. Nodes `graph` lacks are left out. Pure: reads `graph`, changes nothing.
 */
export function planEgoMoves(
  graph: AtlasGraph,
  bundle: Bundle,
  before: ReadonlyMap<string, { x: number; y: number }>,
  wanted: ReadonlyMap<string, { x: number; y: number }> | null,
): { moves: EgoMove[]; next: Map<string, { x: number; y: number }> } {
  const moves: EgoMove[] = [];
  const keys = new Set([...before.keys(), ...(wanted?.keys() ?? [])]);
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    const to = wanted?.get(key) ?? mapPosition(bundle, key);
    if (a.x !== to.x || a.y !== to.y) moves.push({ key, from: { x: a.x, y: a.y }, to });
  }
  return { moves, next: new Map(wanted ?? []) };
}
