/**
 * The overview's first picture of a big map, chosen from the bundle alone, and its file.
 *
 * The choice (one owner, used by the viewer's level of detail, graph/lod.ts, and by the build): the focal
 * author, the leader of each sizeable community, then the most prolific authors that the filters keep, up to
 * `NODE_BUDGET`; the strongest co-author links between them (every link inside a community, of the links between
 * two communities the strongest per pair for the `OVERVIEW_BRIDGES` strongest pairs), up to the link budget; the
 * whole map's bounding box, which frames it; and each community's extent (where its labels go).
 *
 * The file (`preview.json`, beside `bundle.json`, format `PREVIEW_FORMAT`): the build writes that choice for the
 * unfiltered map with what drawing it needs (the chosen authors' names, positions, paper counts and communities,
 * the chosen links, every community's size and label, the extents), so the viewer draws the first frame from a
 * ~0.3 MB file instead of waiting for the 10 MB bundle, its parse and its check. `picture` is null for a dataset
 * drawn whole (not a big graph) or whose first picture would hold a paper. `bundle` says which bundle it was made
 * for (format and counts); the viewer checks the chosen authors and links against the bundle when it arrives and
 * draws from the bundle when they differ (`previewMatches`).
 */
import * as v from 'valibot';
import { isBigGraph } from '../graph/big-graph';
import type { CoauthorAdjacency } from './indices';
import type { Bundle } from './types';

/** Nodes the level of detail draws at most (beyond what must be drawn: focus, selection). */
export const NODE_BUDGET = 1500;
/** Edges the level of detail draws at most. */
export const EDGE_BUDGET = 3000;
/** Co-author links drawn when no paper is (authors-and-papers view, zoomed out). */
export const LINK_BUDGET = 2000;
/** At overview, links between two communities (bridges) drawn at most: the strongest pair of communities first. */
export const OVERVIEW_BRIDGES = 250;
/** Communities at least this big get their leading author drawn at any zoom, so every group shows. */
export const REPRESENTED_COMMUNITY = 10;

/**
 * The first `budget` authors in drawing priority (the focal author, the leaders of communities of at least
 * `REPRESENTED_COMMUNITY` authors, then by papers, ties by index) that `visible` keeps (1), without ordering
 * every author: only the authors with at least as many papers as the last one needed are sorted, found by a
 * count of authors per paper count (the full sort of 37k authors was ~300 ms of the 30k first frame at load 15,
 * CPU profile). Returns author indices in that order. `paperCount`: papers per author index (whole numbers ≥ 0;
 * default the whole record's, a year range's `TimeSlice.papers` under one).
 */
export function authorPriorityHead(bundle: Bundle, visible: Uint8Array, budget: number, paperCount: ArrayLike<number> = bundle.authors.paperCount): number[] {
  const nA = bundle.authors.name.length;
  const { community } = bundle.authors;
  const out: number[] = [];
  const taken = new Uint8Array(nA);
  const take = (i: number) => {
    if (taken[i]) return;
    taken[i] = 1;
    if (visible[i] === 1 && out.length < budget) out.push(i);
  };
  if (bundle.focalAuthor !== null) take(bundle.focalAuthor);
  // a community's leader: its author with the most papers, the lowest index among equals
  const leader = new Int32Array(bundle.communities.length).fill(-1);
  for (let i = 0; i < nA; i++) {
    const c = community[i]!;
    if (leader[c] === -1 || paperCount[i]! > paperCount[leader[c]!]!) leader[c] = i;
  }
  bundle.communities.forEach((c, id) => {
    if (c.size >= REPRESENTED_COMMUNITY && leader[id]! >= 0) take(leader[id]!);
  });
  const need = budget - out.length;
  if (need <= 0) return out;
  // the least paper count that still has a place: counts of the visible authors not yet taken, most papers first
  let max = 0;
  for (let i = 0; i < nA; i++) max = Math.max(max, paperCount[i]!);
  const perCount = new Int32Array(max + 1);
  for (let i = 0; i < nA; i++) if (!taken[i] && visible[i] === 1) perCount[paperCount[i]!]!++;
  let least = max;
  for (let seen = 0; least > 0; least--) {
    seen += perCount[least]!;
    if (seen >= need) break;
  }
  const rest: number[] = [];
  for (let i = 0; i < nA; i++) if (!taken[i] && visible[i] === 1 && paperCount[i]! >= least) rest.push(i);
  rest.sort((a, b) => paperCount[b]! - paperCount[a]! || a - b);
  for (let k = 0; k < rest.length && out.length < budget; k++) out.push(rest[k]!);
  return out;
}

/**
 * At overview, what keeps the community structure readable (issue 11: the 30k overview was a hairball of
 * bridges): every link inside a community is kept, and of the links between two communities only the
 * strongest one per pair of communities, for the `maxBridges` strongest pairs. `items` in any order; returns the
 * kept ones, strongest first (ties by `tie`, so the choice is deterministic).
 */
export function thinBridges<T>(
  items: readonly T[],
  communities: (item: T) => readonly [number, number],
  weight: (item: T) => number,
  tie: (item: T) => number,
  maxBridges: number = OVERVIEW_BRIDGES,
): T[] {
  const order = [...items].sort((a, b) => weight(b) - weight(a) || tie(a) - tie(b));
  const pairs = new Set<string>();
  const out: T[] = [];
  for (const item of order) {
    const [c, d] = communities(item);
    if (c === d) {
      out.push(item);
      continue;
    }
    if (pairs.size >= maxBridges) continue;
    const pair = c < d ? `${c},${d}` : `${d},${c}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    out.push(item);
  }
  return out;
}

/**
 * The co-author links (indices into `bundle.coauthorLinks`) drawn between the authors `drawnAuthors` (author
 * indices): those with both ends drawn, at `overview` thinned (`thinBridges`), else the strongest first when
 * more than `budget`; at most `budget`, in drawing order. With `adjacency` (indices.ts `coauthorAdjacency`) the
 * drawn authors' own links are walked instead of every link of the bundle, with the same result.
 */
export function linkChoice(bundle: Bundle, drawnAuthors: readonly number[], budget: number, overview: boolean, adjacency?: CoauthorAdjacency): number[] {
  const drawn = new Uint8Array(bundle.authors.name.length);
  let distinct = 0;
  for (const a of drawnAuthors) {
    if (drawn[a] === 1) continue;
    drawn[a] = 1;
    distinct++;
  }
  // the same authors, budget and kind as the bundle's last choice: that choice again (a copy)
  const last = lastChoice.get(bundle);
  if (last && last.budget === budget && last.overview === overview && last.distinct === distinct && drawnAuthors.every((a) => last.drawn[a] === 1)) return last.out.slice();
  const out = chooseLinks(bundle, drawnAuthors, drawn, budget, overview, adjacency);
  lastChoice.set(bundle, { drawn, distinct, budget, overview, out: out.slice() });
  return out;
}

/**
 * Each bundle's last `linkChoice`: the authors it was for (1 in `drawn`, `distinct` of them), its budget and kind,
 * and the links chosen. A big map's first overview asks for the links of the very authors its first picture was
 * drawn with (graph/lod.ts: the full graph's first choice is that picture, by design), and choosing them again
 * was ~25 ms of CPU of the 30k import's opening (sorting the candidates, `thinBridges`; sampled trace, load 10-15).
 */
const lastChoice = new WeakMap<Bundle, { drawn: Uint8Array; distinct: number; budget: number; overview: boolean; out: number[] }>();

/** `linkChoice`'s work: `drawn` marks the authors `drawnAuthors` (1). */
function chooseLinks(bundle: Bundle, drawnAuthors: readonly number[], drawn: Uint8Array, budget: number, overview: boolean, adjacency?: CoauthorAdjacency): number[] {
  const { source, target, weight } = bundle.coauthorLinks;
  const { community } = bundle.authors;
  let candidates: number[] = [];
  if (adjacency) {
    // each link once, from its lower-numbered end; then in link order, as the scan gives them
    const { offsets, items, link } = adjacency;
    for (const a of drawnAuthors) for (let k = offsets[a]!; k < offsets[a + 1]!; k++) if (items[k]! > a && drawn[items[k]!]) candidates.push(link[k]!);
    candidates = Array.from(Int32Array.from(candidates).sort());
  } else for (let i = 0; i < source.length; i++) if (drawn[source[i]!] && drawn[target[i]!]) candidates.push(i);
  if (overview) candidates = thinBridges(candidates, (i) => [community[source[i]!]!, community[target[i]!]!], (i) => weight[i]!, (i) => i);
  else if (candidates.length > budget) candidates.sort((a, b) => weight[b]! - weight[a]! || a - b);
  return candidates.length > budget ? candidates.slice(0, budget) : candidates;
}

/** Widen `range` ([least, greatest]) to hold every value of `values`. */
function extendRange(values: readonly number[], range: [number, number]): void {
  let lo = range[0];
  let hi = range[1];
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  range[0] = lo;
  range[1] = hi;
}

/** A bounding box in graph coordinates: [least, greatest] on each axis. */
export type BBox = { x: [number, number]; y: [number, number] };

/**
 * The authors of a big map's first picture in the authors-and-papers view (`authorPriorityHead` of those
 * `visibleAuthor` keeps, up to `NODE_BUDGET`) and the whole map's bounding box; null when that picture would
 * hold a paper (fewer visible authors than the budget) or the map is not big (drawn whole). `paperCount`: the
 * papers per author the choice goes by (default the whole record's; a year range's under one, as the full graph's
 * level of detail is ranked then: controllers/SizeController.tsx).
 */
export function previewAuthors(bundle: Bundle, visibleAuthor: Uint8Array, paperCount: ArrayLike<number> = bundle.authors.paperCount): { authors: number[]; bbox: BBox } | null {
  const nA = bundle.authors.name.length;
  const nP = bundle.papers.title.length;
  if (!isBigGraph(nA + nP) || nP === 0) return null;
  const authors = authorPriorityHead(bundle, visibleAuthor, NODE_BUDGET, paperCount);
  if (authors.length < NODE_BUDGET) return null;
  // plain comparisons, one column at a time: Math.min/max over the 110,000 coordinates of the 30k map cost a
  // cold page 3× as much (Node, CPU time: 22–53 → 8–15 ms)
  const x: [number, number] = [Infinity, -Infinity];
  const y: [number, number] = [Infinity, -Infinity];
  extendRange(bundle.authors.x, x);
  extendRange(bundle.papers.x, x);
  extendRange(bundle.authors.y, y);
  extendRange(bundle.papers.y, y);
  return { authors, bbox: { x, y } };
}

/** The links of the first picture whose authors are `authors` (`previewAuthors`): at overview, within the budgets. */
export const previewLinks = (bundle: Bundle, authors: readonly number[]): number[] => linkChoice(bundle, authors, Math.min(LINK_BUDGET, EDGE_BUDGET), true);

/** Share of a community's authors left out on each side of its extent: a few outliers do not stretch it. */
const EXTENT_TRIM = 0.1;

/**
 * Where each community's visible authors are, in graph coordinates (x0, y0, x1, y1 per community;
 * Infinity when none is visible): the box holding the middle 80% of them on each axis (all of them in
 * communities under 10 authors), so a label goes by the community's body, not by a stray member.
 * `visibleAuthor` null: every author. Computed once per dataset and filter change, not per frame.
 */
export function communityExtents(bundle: Bundle, visibleAuthor: Uint8Array | null): Float64Array {
  const n = bundle.communities.length;
  const e = new Float64Array(n * 4);
  for (let c = 0; c < n; c++) {
    e[c * 4] = e[c * 4 + 1] = Infinity;
    e[c * 4 + 2] = e[c * 4 + 3] = -Infinity;
  }
  const { community, x, y } = bundle.authors;
  // the visible authors' coordinates grouped by community in two typed arrays (a counting sort), each group
  // then sorted natively: on the first frame's path, where an array per community sorted with a comparator
  // cost ~145 ms at 30k papers (CPU profile, load 12)
  const start = new Int32Array(n + 1);
  for (let a = 0; a < community.length; a++) if (!visibleAuthor || visibleAuthor[a] === 1) start[community[a]! + 1]!++;
  for (let c = 0; c < n; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, n);
  const xs = new Float64Array(start[n]!);
  const ys = new Float64Array(start[n]!);
  for (let a = 0; a < community.length; a++) {
    if (visibleAuthor && visibleAuthor[a] !== 1) continue;
    const k = fill[community[a]!]!++;
    xs[k] = x[a]!;
    ys[k] = y[a]!;
  }
  for (let c = 0; c < n; c++) {
    const m = start[c + 1]! - start[c]!;
    if (m === 0) continue;
    const cx = xs.subarray(start[c], start[c + 1]).sort();
    const cy = ys.subarray(start[c], start[c + 1]).sort();
    const lo = m >= 10 ? Math.floor(m * EXTENT_TRIM) : 0;
    const hi = m - 1 - lo;
    e[c * 4] = cx[lo]!;
    e[c * 4 + 1] = cy[lo]!;
    e[c * 4 + 2] = cx[hi]!;
    e[c * 4 + 3] = cy[hi]!;
  }
  return e;
}

/** The preview file's format: a viewer reads only this one (another is left alone, the bundle drawn instead). */
export const PREVIEW_FORMAT = 1;

const int = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
const range = v.tuple([finite, finite]);
// columns are checked by one loop each (a valibot pipe per item made the check of the 30k map's file ~60 ms, about
// as long as drawing it)
const column = <T>(ok: (x: unknown) => boolean) => v.custom<T[]>((c) => Array.isArray(c) && c.every(ok));
const isInt = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const isFinite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const ints = column<number>(isInt);
const numbers = column<number>(isFinite);
const strings = column<string>((x) => typeof x === 'string');
const numbersOrNull = column<number | null>((x) => x === null || isFinite(x));

/** The preview file (see the module's header); its TypeScript type derives from it. */
export const PreviewFileSchema = v.object({
  format: v.literal(PREVIEW_FORMAT),
  /** The bundle it was made for: its format and counts. */
  bundle: v.object({ format: int, authors: int, papers: int, links: int }),
  /** The unfiltered overview's first picture, or null (the map is drawn whole, or its first picture holds a paper). */
  picture: v.nullable(
    v.object({
      /** The whole map's bounding box (graph coordinates): the first picture is framed like the whole map. */
      bbox: v.object({ x: range, y: range }),
      focalAuthor: v.nullable(int),
      /** The most papers of any author (marks are stacked by papers: `zIndex`). */
      maxPaperCount: int,
      /** The chosen authors, in drawing priority: index in the bundle and the bundle's columns for them. */
      authors: v.object({ index: ints, name: strings, x: numbers, y: numbers, paperCount: ints, community: ints }),
      /** The chosen co-author links, in drawing order: index in `bundle.coauthorLinks`, ends (author indices), weight. */
      links: v.object({ index: ints, source: ints, target: ints, weight: numbers }),
      /** Every community's size and label (index = community id): their colours and labels. */
      communities: v.object({ size: ints, label: strings }),
      /** `communityExtents(bundle, null)`, 4 numbers per community; null for Infinity (no author). */
      extents: numbersOrNull,
    }),
  ),
});
export type PreviewFile = v.InferOutput<typeof PreviewFileSchema>;
export type PreviewPicture = NonNullable<PreviewFile['picture']>;

/** The picture's drawn authors, links and community data taken from `bundle` for the authors and links chosen. */
function pictureOf(bundle: Bundle, chosen: { authors: number[]; bbox: BBox }, links: number[], extents: Float64Array): PreviewPicture {
  const { authors: A, coauthorLinks: L } = bundle;
  let maxPaperCount = 0;
  for (const n of A.paperCount) maxPaperCount = Math.max(maxPaperCount, n);
  const ids = chosen.authors;
  return {
    bbox: chosen.bbox,
    focalAuthor: bundle.focalAuthor,
    maxPaperCount,
    authors: {
      index: ids,
      name: ids.map((i) => A.name[i]!),
      x: ids.map((i) => A.x[i]!),
      y: ids.map((i) => A.y[i]!),
      paperCount: ids.map((i) => A.paperCount[i]!),
      community: ids.map((i) => A.community[i]!),
    },
    links: { index: links, source: links.map((i) => L.source[i]!), target: links.map((i) => L.target[i]!), weight: links.map((i) => L.weight[i]!) },
    communities: { size: bundle.communities.map((c) => c.size), label: bundle.communities.map((c) => c.label) },
    extents: Array.from(extents, (e) => (Number.isFinite(e) ? e : null)),
  };
}

/**
 * The preview file of `bundle` (see the module's header): the unfiltered overview's first picture, chosen by
 * `previewAuthors` and `previewLinks` with every author visible, or `picture: null`.
 */
export function makePreviewFile(bundle: Bundle): PreviewFile {
  const nA = bundle.authors.name.length;
  const chosen = previewAuthors(bundle, new Uint8Array(nA).fill(1));
  return {
    format: PREVIEW_FORMAT,
    bundle: { format: bundle.format, authors: nA, papers: bundle.papers.title.length, links: bundle.coauthorLinks.source.length },
    picture: chosen && pictureOf(bundle, chosen, previewLinks(bundle, chosen.authors), communityExtents(bundle, null)),
  };
}

/**
 * A parsed `preview.json` checked against the schema and its own lengths; null when it is of another format or
 * does not hold together (the viewer then draws from the bundle, as without the file: the preview is only a
 * head start, never a reason to refuse a dataset).
 */
export function readPreviewFile(value: unknown): PreviewFile | null {
  const parsed = v.safeParse(PreviewFileSchema, value);
  if (!parsed.success) return null;
  const file = parsed.output;
  const p = file.picture;
  if (!p) return file;
  const { authors: a, links: l, communities: c } = p;
  const n = a.index.length;
  const nC = c.size.length;
  if ([a.name, a.x, a.y, a.paperCount, a.community].some((col) => col.length !== n)) return null;
  if ([l.source, l.target, l.weight].some((col) => col.length !== l.index.length) || c.label.length !== nC || p.extents.length !== nC * 4) return null;
  if (a.index.some((i) => i >= file.bundle.authors) || a.community.some((k) => k >= nC) || l.index.some((i) => i >= file.bundle.links)) return null;
  const drawn = new Set(a.index);
  if (drawn.size !== n || l.source.some((s) => !drawn.has(s)) || l.target.some((t) => !drawn.has(t))) return null;
  return file;
}

/**
 * Whether `file`'s picture is what `bundle` gives: the same format and counts, and each chosen author and link
 * the bundle's own (index, name, position, papers, community; ends and weight), every community's size and
 * label. O(picture + communities), not O(bundle): the check that lets the viewer keep the picture on screen
 * when the bundle arrives instead of choosing it again.
 */
export function previewMatches(file: PreviewFile, bundle: Bundle): boolean {
  const b = file.bundle;
  if (b.format !== bundle.format || b.authors !== bundle.authors.name.length || b.papers !== bundle.papers.title.length || b.links !== bundle.coauthorLinks.source.length) return false;
  const p = file.picture;
  if (!p) return true;
  const { authors: A, coauthorLinks: L } = bundle;
  if (p.focalAuthor !== bundle.focalAuthor) return false;
  for (let k = 0; k < p.authors.index.length; k++) {
    const i = p.authors.index[k]!;
    if (A.name[i] !== p.authors.name[k] || A.x[i] !== p.authors.x[k] || A.y[i] !== p.authors.y[k] || A.paperCount[i] !== p.authors.paperCount[k] || A.community[i] !== p.authors.community[k]) return false;
  }
  for (let k = 0; k < p.links.index.length; k++) {
    const i = p.links.index[k]!;
    if (L.source[i] !== p.links.source[k] || L.target[i] !== p.links.target[k] || L.weight[i] !== p.links.weight[k]) return false;
  }
  if (p.communities.size.length !== bundle.communities.length) return false;
  return bundle.communities.every((c, i) => c.size === p.communities.size[i] && c.label === p.communities.label[i]);
}
