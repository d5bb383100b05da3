/**
 * The ego view's own layout: the ego author in the middle, the others on rings around them, so that no two discs
 * overlap and the closest collaborators sit nearest (on the map's precomputed layout a close collaborator's disc
 * lay under the ego author's: Lilja Øvrelid's hid Erik Velldal, 26 papers together, on the 30k map).
 *
 * Method (radial rings, after the "radial tree" pictures of ego networks, e.g. VOSviewer's and Gephi's radial
 * axis layouts): the authors are ordered by co-author steps from the ego author, then by papers shared with the
 * ego author (one step) or with the authors one step nearer (further out), then by link weight; they fill rings
 * outwards in that order, a ring taking discs while their angular widths fit its circumference (so none overlap
 * by construction), and one step's authors never sharing a ring with the next step's. Among the co-authors a new
 * ring also starts where the shared papers fall to half of the ring's first or fewer (at most `TIER_RINGS` times), so
 * distance reads as link strength. On its ring each author keeps the direction they have from the ego author on
 * the map (one step), or the direction of their strongest link one step nearer (further out), moved round the
 * ring only as much as their neighbours' widths need: the picture still relates to the map, a community's
 * authors stay side by side. In the authors-and-papers view each paper is a petal of one of its shown authors
 * (the nearest to the ego author, the first in the order above), on rings around that author's disc, facing its
 * other shown authors; an author's disc and petals together are what its ring makes room for.
 *
 * Pure and deterministic: same input, same positions (no randomness; ties broken by node key). Units are
 * Sigma's size units (a disc's `radius` is its node size); the caller scales the result onto the map.
 */

/** An author of the ego view. */
export interface EgoAuthor {
  /** Node key (ties are broken by it). */
  key: string;
  /** Position on the map's layout (any units: only directions are read). */
  x: number;
  y: number;
  /** Disc radius (layout units). */
  radius: number;
  /** Co-author steps from the ego author (0 for the ego author; beyond the view's steps for one no shown link reaches). */
  depth: number;
  /** Papers shared with the ego author (one step) or with the authors one step nearer (further out). */
  shared: number;
  /** Link weight to the same authors (ties of `shared`). */
  weight: number;
  /** Index (in the input's `authors`) of their strongest link one step nearer; -1 for none (the ego author, one step). */
  parent: number;
}

/** A paper of the ego view (the authors-and-papers view). */
export interface EgoPaper {
  key: string;
  x: number;
  y: number;
  radius: number;
  /** Its shown authors, as indices into the input's `authors` (at least one). */
  authors: readonly number[];
}

export interface EgoLayoutInput {
  /** The ego author first, then the others (in any order). */
  authors: readonly EgoAuthor[];
  papers: readonly EgoPaper[];
  /** Space kept between two discs on one ring (default `GAP`). */
  gap?: number;
  /** Space kept between two rings (default `RING_GAP`). */
  ringGap?: number;
}

export interface EgoLayout {
  /** Positions of `authors` (same order), the ego author at (0, 0). */
  authorX: Float64Array;
  authorY: Float64Array;
  /** Positions of `papers` (same order). */
  paperX: Float64Array;
  paperY: Float64Array;
  /** Distance from (0, 0) to the outermost disc's far edge. */
  reach: number;
}

/** Space between two discs on a ring (layout units: pixels at Sigma's camera ratio 1). */
export const GAP = 6;
/** Space between two rings: room for a line of label text between them. */
export const RING_GAP = 10;
/** Space between petals (papers) and between the petals and their author's disc. */
const PETAL_GAP = 1;
/** How many times the co-authors' rings break at a halving of shared papers (beyond: only when a ring is full). */
const TIER_RINGS = 4;
const TAU = Math.PI * 2;
/** The golden angle: directions for items that have none of their own (placed where the map has them together). */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Angle of (dx, dy), or `fallback` when the two points coincide. */
function direction(dx: number, dy: number, fallback: number): number {
  return dx === 0 && dy === 0 ? fallback : Math.atan2(dy, dx);
}

/** Angular width a disc of `radius` (plus half a `gap` each side) takes on a ring of radius `ring`. */
function angularWidth(radius: number, gap: number, ring: number): number {
  const s = (radius + gap / 2) / ring;
  return s >= 1 ? Math.PI : 2 * Math.asin(s);
}

/**
 * Angles on a circle for items wanting angles `targets` (radians) with angular widths `widths` (their sum at most
 * 2π): each as near its target as its neighbours allow, the items in the order of their targets (ties by index),
 * two neighbours' centres at least half their widths' sum apart. Neighbours overlapping are pushed apart in turn
 * (up to 200 passes); if some still overlap, the items are spread in that order with the slack shared evenly,
 * as near their targets as a common turn allows. Throws nothing.
 */
export function arrangeOnCircle(targets: readonly number[], widths: readonly number[]): number[] {
  const n = targets.length;
  if (n === 0) return [];
  if (n === 1) return [targets[0]!];
  const norm = targets.map((t) => ((t % TAU) + TAU) % TAU);
  const order = norm.map((_, i) => i).sort((a, b) => norm[a]! - norm[b]! || a - b);
  const phi = order.map((i) => norm[i]!);
  const need = order.map((i, k) => (widths[i]! + widths[order[(k + 1) % n]!]!) / 2);
  const gapAt = (k: number) => phi[(k + 1) % n]! - phi[k]! + (k === n - 1 ? TAU : 0);
  for (let pass = 0; pass < 200; pass++) {
    let worst = 0;
    for (let k = 0; k < n; k++) {
      const deficit = need[k]! - gapAt(k);
      if (deficit <= 0) continue;
      worst = Math.max(worst, deficit);
      const push = deficit / 2 + 1e-12;
      phi[k] = phi[k]! - push;
      phi[(k + 1) % n] = phi[(k + 1) % n]! + push;
    }
    if (worst <= 1e-12) break;
  }
  let ok = true;
  for (let k = 0; k < n && ok; k++) if (gapAt(k) < need[k]! - 1e-9) ok = false;
  if (!ok) {
    // in order, the slack shared evenly, turned to the circular mean of the targets' offsets
    const slack = Math.max(0, TAU - need.reduce((s, v) => s + v, 0)) / n;
    const base = [0];
    for (let k = 1; k < n; k++) base.push(base[k - 1]! + need[k - 1]! + slack);
    let sx = 0;
    let sy = 0;
    for (let k = 0; k < n; k++) {
      sx += Math.cos(phi[k]! - base[k]!);
      sy += Math.sin(phi[k]! - base[k]!);
    }
    const turn = direction(sx, sy, norm[order[0]!]!);
    for (let k = 0; k < n; k++) phi[k] = turn + base[k]!;
  }
  const out = new Array<number>(n);
  order.forEach((i, k) => (out[i] = phi[k]!));
  return out;
}

/** Petal rings of one author: each paper's ring (index into `rings`), the rings' distances, and the footprint's radius. */
interface Petals {
  papers: number[];
  ringOf: number[];
  rings: number[];
  footprint: number;
}

/** The petal rings around a disc of `radius` for `papers` (indices, most important first) of radius up to `p`. */
function petalRings(radius: number, papers: number[], p: number): Petals {
  const rings: number[] = [];
  const ringOf: number[] = [];
  let k = 0;
  while (k < papers.length) {
    const d = radius + PETAL_GAP + p + rings.length * (2 * p + PETAL_GAP);
    const w = angularWidth(p, PETAL_GAP, d);
    const ring = rings.length;
    rings.push(d);
    let used = 0;
    while (k < papers.length && (used === 0 || used + w <= TAU + 1e-12)) {
      ringOf.push(ring);
      used += w;
      k++;
    }
  }
  return { papers, ringOf, rings, footprint: rings.length ? rings[rings.length - 1]! + p : radius };
}

/**
 * The ego view's layout of `input` (see the module's comment): the ego author (`authors[0]`) at (0, 0), no two
 * discs (authors and papers) overlapping, the co-author sharing the most papers with the ego author on the
 * nearest ring. Throws an Error when `authors` is empty or a paper names no author or one out of range.
 */
export function egoLayout(input: EgoLayoutInput): EgoLayout {
  const { authors, papers } = input;
  const gap = input.gap ?? GAP;
  const ringGap = input.ringGap ?? RING_GAP;
  const n = authors.length;
  if (n === 0) throw new Error('egoLayout: no ego author (authors is empty)');
  const ego = authors[0]!;
  // the order: steps, then papers shared, then link weight, then key
  const order = authors.map((_, i) => i).slice(1);
  order.sort((a, b) => {
    const p = authors[a]!;
    const q = authors[b]!;
    return (p.depth < q.depth ? -1 : p.depth > q.depth ? 1 : 0) || q.shared - p.shared || q.weight - p.weight || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0);
  });
  const rank = new Int32Array(n);
  order.forEach((i, k) => (rank[i] = k + 1));

  // each paper a petal of its shown author placed first
  const petalsOf = new Map<number, number[]>();
  papers.forEach((paper, j) => {
    if (paper.authors.length === 0) throw new Error(`egoLayout: paper ${paper.key} has no shown author`);
    let anchor = -1;
    for (const a of paper.authors) {
      if (!(a >= 0 && a < n)) throw new Error(`egoLayout: paper ${paper.key} names author ${a}, not among the ${n} authors`);
      if (anchor === -1 || rank[a]! < rank[anchor]!) anchor = a;
    }
    let list = petalsOf.get(anchor);
    if (!list) petalsOf.set(anchor, (list = []));
    list.push(j);
  });
  const petals = new Map<number, Petals>();
  const footprint = new Float64Array(n);
  for (let i = 0; i < n; i++) footprint[i] = authors[i]!.radius;
  for (const [a, list] of petalsOf) {
    // papers with more shown authors first (nearest their author), then by key
    list.sort((p, q) => papers[q]!.authors.length - papers[p]!.authors.length || (papers[p]!.key < papers[q]!.key ? -1 : 1));
    let p = 0;
    for (const j of list) p = Math.max(p, papers[j]!.radius);
    const rings = petalRings(authors[a]!.radius, list, p);
    petals.set(a, rings);
    footprint[a] = rings.footprint;
  }

  const authorX = new Float64Array(n);
  const authorY = new Float64Array(n);
  let inner = footprint[0]!;
  let reach = inner;
  let k = 0;
  let tiers = 0;
  while (k < order.length) {
    // one ring: the next authors in order while their widths fit, of one step, one tier of shared papers
    const first = authors[order[k]!]!;
    const members: number[] = [];
    let maxF = 0;
    for (; k < order.length; k++) {
      const i = order[k]!;
      const a = authors[i]!;
      if (members.length > 0) {
        if (a.depth !== first.depth) break;
        if (first.depth === 1 && tiers < TIER_RINGS && a.shared <= first.shared / 2) {
          tiers++;
          break;
        }
      }
      const f = Math.max(maxF, footprint[i]!);
      const ring = inner + ringGap + f;
      let used = 0;
      for (const m of members) used += angularWidth(footprint[m]!, gap, ring);
      used += angularWidth(footprint[i]!, gap, ring);
      if (members.length > 0 && used > TAU) break;
      members.push(i);
      maxF = f;
    }
    const ring = inner + ringGap + maxF;
    const targets = members.map((i) => {
      const a = authors[i]!;
      if (a.parent >= 0 && a.parent < n && a.parent !== i) {
        const p = a.parent;
        return direction(authorX[p]!, authorY[p]!, direction(a.x - ego.x, a.y - ego.y, rank[i]! * GOLDEN));
      }
      return direction(a.x - ego.x, a.y - ego.y, rank[i]! * GOLDEN);
    });
    const angles = arrangeOnCircle(
      targets,
      members.map((i) => angularWidth(footprint[i]!, gap, ring)),
    );
    members.forEach((i, m) => {
      authorX[i] = ring * Math.cos(angles[m]!);
      authorY[i] = ring * Math.sin(angles[m]!);
    });
    inner = ring + maxF;
    reach = inner;
  }

  // the petals, each facing its paper's other shown authors (else its direction on the map)
  const paperX = new Float64Array(papers.length);
  const paperY = new Float64Array(papers.length);
  for (const [a, { papers: list, ringOf, rings }] of petals) {
    const at = authors[a]!;
    const ax = authorX[a]!;
    const ay = authorY[a]!;
    const p = Math.max(...list.map((j) => papers[j]!.radius));
    for (let r = 0; r < rings.length; r++) {
      const on = list.filter((_, m) => ringOf[m] === r);
      const targets = on.map((j) => {
        const paper = papers[j]!;
        let sx = 0;
        let sy = 0;
        let count = 0;
        for (const b of paper.authors) {
          if (b === a) continue;
          sx += authorX[b]! - ax;
          sy += authorY[b]! - ay;
          count++;
        }
        const own = direction(paper.x - at.x, paper.y - at.y, j * GOLDEN);
        return count > 0 ? direction(sx, sy, own) : own;
      });
      const w = angularWidth(p, PETAL_GAP, rings[r]!);
      const angles = arrangeOnCircle(targets, on.map(() => w));
      on.forEach((j, m) => {
        paperX[j] = ax + rings[r]! * Math.cos(angles[m]!);
        paperY[j] = ay + rings[r]! * Math.sin(angles[m]!);
      });
    }
  }
  return { authorX, authorY, paperX, paperY, reach };
}
