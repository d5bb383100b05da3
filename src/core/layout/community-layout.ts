import { forceAtlas2 } from './force';
import { mulberry32 } from '../util/random';
import { PAPER_RADIUS, authorRadius } from './node-size';
import { removeOverlaps, spreadToDensity } from './overlap';

export interface LayoutInput {
  authorCount: number;
  paperAuthors: number[][];
  authorCommunity: number[];
  paperCommunity: number[];
  communityCount: number;
  links: { source: number[]; target: number[]; weight: number[] };
  paperCount: number[];
  seed: number;
  /** Fraction of nodes laid out so far (0..1), for progress displays. */
  onProgress?: (fraction: number) => void;
}

export interface Layout {
  authorX: Float64Array;
  authorY: Float64Array;
  paperX: Float64Array;
  paperY: Float64Array;
  communityX: Float64Array;
  communityY: Float64Array;
  communityRadius: Float64Array;
}

/** Target length of an author–paper edge inside a community, in layout units. */
const EDGE_LENGTH = 7;
/** Gap kept between two nodes of a community, in layout units. */
const NODE_MARGIN = 0.4;
/**
 * Overlap removal inside a community stops once no gap is short of NODE_MARGIN by more than this (nodes stay at
 * least 0.3 apart, never touching); insisting on every last 0.4 took 2–3 times the passes on acl_all's cores.
 */
const NODE_TOLERANCE = 0.1;
/**
 * Separating community discs stops once no gap is short of its margin by more than this share of it; insisting
 * on the whole margin used all 300 passes on acl_2016_2021_all and acl_all (86 with this; 50 instead of 261 on
 * acl_2020_main), with the same layout quality figure.
 */
const DISC_TOLERANCE = 0.3;

/**
 * ForceAtlas2 iterations placing the communities, whatever their number. It was 60 above 2,000 communities, and
 * acl_2016_2021_all crossed that with Leiden (2,063): its layout quality fell from 0.0918 to 0.0979, as links
 * between communities stretched to the length of random pairs. Quality (30k / 70k / 3k) by iterations, with
 * co-author weights at influence 0.5: 60: 0.0979 / 0.1164 / 0.0338; 120: 0.0918 / 0.1137 / 0.0332;
 * 150: 0.0883 / 0.1126 / 0.0335; 200: 0.0861 / 0.1125 / 0.0332; 300: 0.0848 / 0.1106 / 0.0331. With the
 * community graph weighted by co-author weight plus authorships (PLACEMENT_WEIGHT_INFLUENCE 1), 1 Dec 2026, on
 * the same communities (30k / 70k / 3k / cdl; 150 iterations at influence 0.5 before: 0.0907 / 0.1152 / 0.0329 /
 * 0.0344): 60: 0.0674 / 0.0897 / 0.0325 / 0.0301; 100: 0.0667 / 0.0889 / 0.0319 / 0.0300; 150: 0.0666 / 0.0861 /
 * 0.0320 / 0.0298.
 */
const PLACEMENT_ITERATIONS = 100;

/**
 * Attraction between two communities grows with their weight to this power (FA2's edge weight influence). At 0.5
 * the few heavy pairs hardly pulled harder than light ones and links between communities stayed long (80% of the
 * edge-length sum of the 30k came from 8% of the edges); quality (30k / 70k / 3k, 150 iterations) at 0.5 / 0.75 /
 * 1 / 1.5 / 2: 0.0897 / – / 0.0666 / 0.0656 / 0.0748; 0.1080 / – / 0.0861 / 0.0940 / 0.1029; 0.0334 / – / 0.0320 /
 * 0.0324 / 0.0364.
 */
const PLACEMENT_WEIGHT_INFLUENCE = 1;

/** Overlap-removal passes a compaction round of the community discs may take (see `separateDiscs`); it was 60. */
const COMPACT_PASSES = 15;

/** One community laid out on its own: its authors' then its papers' positions (centred on 0,0) and its disc radius. */
export interface CommunityPiece {
  xs: Float64Array;
  ys: Float64Array;
  radius: number;
}

/** The authors and papers of each community, in index order (`communityMembers`). */
export interface CommunityMembers {
  authors: number[][];
  papers: number[][];
}

/** Each community's authors and papers, in index order. Linear; throws nothing. */
export function communityMembers(input: Pick<LayoutInput, 'authorCount' | 'authorCommunity' | 'paperCommunity' | 'communityCount'>): CommunityMembers {
  const authors: number[][] = Array.from({ length: input.communityCount }, () => []);
  const papers: number[][] = Array.from({ length: input.communityCount }, () => []);
  for (let a = 0; a < input.authorCount; a++) authors[input.authorCommunity[a]!]!.push(a);
  input.paperCommunity.forEach((c, p) => papers[c]!.push(p));
  return { authors, papers };
}

/**
 * Community `c` laid out on its own (ForceAtlas2 on its author–paper core, petals, overlap removal), from a random
 * source of its own seeded by the build's seed and `c`: a function of the input and `c` alone, so communities can
 * be laid out on different threads with the same result. `members`: `communityMembers(input)`. Throws nothing.
 */
export function layoutCommunity(input: LayoutInput, members: CommunityMembers, c: number): CommunityPiece {
  const authors = members.authors[c]!;
  const papers = members.papers[c]!;
  const n = authors.length + papers.length;
  const rng = mulberry32((input.seed ^ 0x5eed ^ Math.imul(c + 1, 0x9e3779b1)) >>> 0);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rs = new Float64Array(n);
  const localIndex = new Map<number, number>();
  authors.forEach((a, k) => {
    localIndex.set(a, k);
    rs[k] = authorRadius(input.paperCount[a]!);
  });
  papers.forEach((_, k) => (rs[authors.length + k] = PAPER_RADIUS));
  if (n > 1) layoutOne(authors, papers, input.paperAuthors, input.authorCommunity, c, localIndex, xs, ys, rs, rng);
  // centre on the centroid and measure the disc
  let cx = 0;
  let cy = 0;
  for (let k = 0; k < n; k++) ((cx += xs[k]!), (cy += ys[k]!));
  cx /= n;
  cy /= n;
  let radius = 0;
  for (let k = 0; k < n; k++) {
    xs[k] = xs[k]! - cx;
    ys[k] = ys[k]! - cy;
    radius = Math.max(radius, Math.hypot(xs[k]!, ys[k]!) + rs[k]!);
  }
  return { xs, ys, radius };
}

/**
 * Two-level layout: each community is laid out on its own (ForceAtlas2 on its author–paper subgraph, then
 * overlap removal), then the communities are placed as discs by ForceAtlas2 on the community graph
 * (weighted by co-author links between them) and pushed apart so no two discs overlap.
 * Deterministic for a given input and seed. Cost is about the sum of the communities' own layouts.
 * `done`: communities already laid out elsewhere (`layoutCommunity`, by index); the others are laid out here.
 */
export function communityLayout(input: LayoutInput, done: ReadonlyMap<number, CommunityPiece> = new Map()): Layout {
  const { authorCount, paperAuthors, authorCommunity, paperCommunity, communityCount } = input;
  const members = communityMembers(input);
  const authorX = new Float64Array(authorCount);
  const authorY = new Float64Array(authorCount);
  const paperX = new Float64Array(paperAuthors.length);
  const paperY = new Float64Array(paperAuthors.length);
  const communityRadius = new Float64Array(communityCount);

  const total = authorCount + paperAuthors.length;
  let doneNodes = 0;
  let lastReport = 0;
  for (let c = 0; c < communityCount; c++) {
    const authors = members.authors[c]!;
    const papers = members.papers[c]!;
    doneNodes += authors.length + papers.length;
    if (input.onProgress && doneNodes - lastReport > total / 50) {
      lastReport = doneNodes;
      input.onProgress((0.9 * doneNodes) / total);
    }
    const { xs, ys, radius } = done.get(c) ?? layoutCommunity(input, members, c);
    communityRadius[c] = radius;
    authors.forEach((a, k) => ((authorX[a] = xs[k]!), (authorY[a] = ys[k]!)));
    papers.forEach((p, k) => ((paperX[p] = xs[authors.length + k]!), (paperY[p] = ys[authors.length + k]!)));
  }

  const { x: communityX, y: communityY } = placeCommunities(input, communityRadius, mulberry32(input.seed ^ 0x5eed));
  toMapPositions({ authorCommunity, paperCommunity }, { authorX, authorY, paperX, paperY }, communityX, communityY);
  return { authorX, authorY, paperX, paperY, communityX, communityY, communityRadius };
}

function iterationsFor(n: number): number {
  if (n <= 50) return 100;
  if (n <= 300) return 50;
  if (n <= 1000) return 30;
  return 20;
}

/**
 * One community. Leaves (an author whose only paper here is one paper; a paper with a single author here)
 * are not simulated: they are set as petals around the node they hang from, which is both faster and
 * easier to read. ForceAtlas2 runs on the remaining core.
 */
function layoutOne(
  authors: number[],
  papers: number[],
  paperAuthors: number[][],
  authorCommunity: number[],
  c: number,
  localIndex: Map<number, number>,
  xs: Float64Array,
  ys: Float64Array,
  rs: Float64Array,
  rng: () => number,
): void {
  const n = authors.length + papers.length;
  const na = authors.length;
  // local edges, author k -- paper (na + j)
  const adj: number[][] = Array.from({ length: n }, () => []);
  papers.forEach((p, j) => {
    const pk = na + j;
    for (const a of paperAuthors[p]!) {
      if (authorCommunity[a] !== c) continue;
      const ak = localIndex.get(a)!;
      if (adj[pk]!.includes(ak)) continue;
      adj[pk]!.push(ak);
      adj[ak]!.push(pk);
    }
  });
  // leaf -> the node it hangs from (-1: core)
  const anchor = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    if (adj[k]!.length !== 1) continue;
    const other = adj[k]![0]!;
    // an isolated pair keeps its author in the core, the paper as its petal
    if (adj[other]!.length === 1 && k < na) continue;
    anchor[k] = other;
  }
  const core: number[] = [];
  for (let k = 0; k < n; k++) if (anchor[k] === -1) core.push(k);
  const petals: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < n; k++) if (anchor[k]! >= 0) petals[anchor[k]!]!.push(k);
  // A core node and its petals form a disc: up to 12 petals on one ring, more in a sunflower spiral.
  const petalStep = new Float64Array(n);
  const discRadius = new Float64Array(n);
  for (const k of core) {
    const ps = petals[k]!;
    if (ps.length === 0) {
      discRadius[k] = rs[k]!;
      continue;
    }
    let maxPetal = 0;
    for (const q of ps) maxPetal = Math.max(maxPetal, rs[q]!);
    petalStep[k] = 2 * maxPetal + 0.6;
    discRadius[k] = petalRadius(rs[k]!, petalStep[k]!, ps.length - 1, ps.length) + maxPetal;
  }

  const m = core.length;
  const cx = new Float64Array(m);
  const cy = new Float64Array(m);
  const cr = new Float64Array(m);
  core.forEach((k, i) => (cr[i] = discRadius[k]!));
  if (m > 1) {
    const pos = new Int32Array(n).fill(-1);
    core.forEach((k, i) => (pos[k] = i));
    const spread = Math.sqrt(m) * EDGE_LENGTH;
    for (let i = 0; i < m; i++) {
      const angle = rng() * Math.PI * 2;
      const dist = Math.sqrt(rng()) * spread;
      cx[i] = Math.cos(angle) * dist;
      cy[i] = Math.sin(angle) * dist;
    }
    const ps: number[] = [];
    const pt: number[] = [];
    for (const k of core)
      for (const o of adj[k]!) {
        if (k < o && pos[o]! >= 0) {
          ps.push(pos[k]!);
          pt.push(pos[o]!);
        }
      }
    const source = Int32Array.from(ps);
    const target = Int32Array.from(pt);
    forceAtlas2(cx, cy, { source, target }, {
      iterations: iterationsFor(m),
      slowDown: 1 + Math.log(m),
      gravity: 1,
      scalingRatio: 4,
      strongGravity: false,
      edgeWeightInfluence: 1,
    });
    let edgeLen = 0;
    for (let e = 0; e < source.length; e++) edgeLen += Math.hypot(cx[source[e]!]! - cx[target[e]!]!, cy[source[e]!]! - cy[target[e]!]!);
    const scale = source.length && edgeLen > 0 ? EDGE_LENGTH / (edgeLen / source.length) : 1;
    for (let i = 0; i < m; i++) ((cx[i] = cx[i]! * scale), (cy[i] = cy[i]! * scale));
    spreadToDensity(cx, cy, cr, NODE_MARGIN, 0.3);
    removeOverlaps(cx, cy, cr, NODE_MARGIN, 100, 0.7, NODE_TOLERANCE);
  }
  core.forEach((k, i) => {
    xs[k] = cx[i]!;
    ys[k] = cy[i]!;
  });
  // Petals around their core node.
  for (const k of core) {
    const ps = petals[k]!;
    if (!ps.length) continue;
    const start = rng() * Math.PI * 2;
    ps.forEach((q, t) => {
      const angle = ps.length <= 12 ? start + (t * 2 * Math.PI) / ps.length : start + t * 2.399963229728653;
      const r = petalRadius(rs[k]!, petalStep[k]!, t, ps.length);
      xs[q] = xs[k]! + Math.cos(angle) * r;
      ys[q] = ys[k]! + Math.sin(angle) * r;
    });
  }
  removeOverlaps(xs, ys, rs, NODE_MARGIN, 100, 0.5, NODE_TOLERANCE);
}

/** Distance of petal t (of count) from its core node of radius r, petals `step` apart. */
function petalRadius(r: number, step: number, t: number, count: number): number {
  if (count <= 12) return Math.max(r + step * 0.5 + EDGE_LENGTH * 1.0, (count * step) / (2 * Math.PI));
  return r + step * (0.6 + 0.53 * Math.sqrt(t));
}

/** Communities as discs: ForceAtlas2 on the community graph from a size-ordered spiral, then no overlaps. */
function placeCommunities(input: LayoutInput, radius: Float64Array, rng: () => number): { x: Float64Array; y: Float64Array } {
  const m = radius.length;
  const x = new Float64Array(m);
  const y = new Float64Array(m);
  if (m === 1) return { x, y };
  // Sunflower spiral, largest community in the middle: a good, deterministic start.
  let area = 0;
  for (let c = 0; c < m; c++) {
    area += Math.PI * radius[c]! * radius[c]!;
    const r = Math.sqrt(area / Math.PI) * 1.2;
    const angle = c * 2.399963229728653;
    x[c] = Math.cos(angle) * r + rng() * 1e-3;
    y[c] = Math.sin(angle) * r;
  }
  // Community graph (pairs keyed a*m+b, a<b): summed co-author weight between communities, plus 1 for each
  // authorship of a paper placed in the other community (an author-paper edge of the picture that crosses
  // between the two: the long edges the layout quality measures).
  const { source, target, weight } = input.links;
  const { authorCommunity, paperAuthors, paperCommunity } = input;
  const between = new Map<number, number>();
  const add = (a: number, b: number, w: number) => {
    if (a === b) return;
    const key = a < b ? a * m + b : b * m + a;
    between.set(key, (between.get(key) ?? 0) + w);
  };
  for (let e = 0; e < source.length; e++) add(authorCommunity[source[e]!]!, authorCommunity[target[e]!]!, weight[e]!);
  for (let p = 0; p < paperAuthors.length; p++) for (const a of paperAuthors[p]!) add(authorCommunity[a]!, paperCommunity[p]!, 1);
  if (between.size > 0) {
    const keys = [...between.keys()].sort((p, q) => p - q);
    const es = new Int32Array(keys.length);
    const et = new Int32Array(keys.length);
    const ew = new Float64Array(keys.length);
    keys.forEach((k, e) => {
      es[e] = Math.floor(k / m);
      et[e] = k % m;
      ew[e] = between.get(k)!;
    });
    // FA2 works in its own units; run it on positions shrunk to that scale, then scale back up.
    const extent = Math.sqrt(area / Math.PI);
    const shrink = (Math.sqrt(m) * 10) / extent;
    for (let c = 0; c < m; c++) ((x[c] = x[c]! * shrink), (y[c] = y[c]! * shrink));
    forceAtlas2(x, y, { source: es, target: et, weight: ew }, {
      iterations: PLACEMENT_ITERATIONS,
      slowDown: 1 + Math.log(m),
      strongGravity: true,
      gravity: 0.5,
      scalingRatio: 10,
      edgeWeightInfluence: PLACEMENT_WEIGHT_INFLUENCE,
    });
    for (let c = 0; c < m; c++) ((x[c] = x[c]! / shrink), (y[c] = y[c]! / shrink));
  }
  separateDiscs(x, y, radius);
  return { x, y };
}

function separateDiscs(xs: Float64Array, ys: Float64Array, radius: Float64Array): void {
  const m = xs.length;
  const rs = radius;
  const margin = 2 + Math.sqrt(m) * 0.1;
  spreadToDensity(xs, ys, rs, margin, 0.4);
  removeOverlaps(xs, ys, rs, margin, 300, 0.5, DISC_TOLERANCE * margin);
  // Compact: shrink towards the centre and separate again while that still removes empty space. A round that
  // cannot separate the discs within COMPACT_PASSES is undone and ends the compaction: on every real corpus
  // (acl_2020_main, cdl, geom, acl_2016_2021_all, acl_all) the first round already fails, and its 60 passes were
  // 0.34 s of the 30k's placement at load 16 for nothing; the seed's rounds take 1-9 passes.
  for (let round = 0; round < 12; round++) {
    const bx = Float64Array.from(xs);
    const by = Float64Array.from(ys);
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < m; i++) ((cx += xs[i]! * rs[i]! ** 2), (cy += ys[i]! * rs[i]! ** 2));
    let w = 0;
    for (let i = 0; i < m; i++) w += rs[i]! ** 2;
    cx /= w;
    cy /= w;
    for (let i = 0; i < m; i++) {
      xs[i] = cx + (xs[i]! - cx) * 0.85;
      ys[i] = cy + (ys[i]! - cy) * 0.85;
    }
    const passes = removeOverlaps(xs, ys, rs, margin, COMPACT_PASSES);
    if (passes >= COMPACT_PASSES) {
      xs.set(bx);
      ys.set(by);
      break;
    }
  }
}

/**
 * ForceAtlas2 iterations of a warm start (`warmCommunityLayout`) moving a changed community's new and changed nodes
 * among its kept ones; the cold layout of a community takes 20–100 on its core after a random start.
 */
const WARM_ITERATIONS = 30;

/**
 * Where a warm-started layout (`warmCommunityLayout`) starts: the previous map's positions of this build's nodes,
 * in layout units (the bundle's x/y).
 */
export interface WarmLayoutStart {
  /** Per author of the input: its position on the previous map; NaN where it had none (a new person). */
  authorX: Float64Array;
  authorY: Float64Array;
  /** Per paper of the input: its position on the previous map; NaN where it had none. */
  paperX: Float64Array;
  paperY: Float64Array;
  /** Per author: 1 when laid out again (its papers changed: a merge, a split), 0 when it is kept where it was. */
  authorChanged: Uint8Array;
  /** Per paper: 1 when laid out again (its byline's people changed), 0 when kept. */
  paperChanged: Uint8Array;
  /**
   * Per community of the input: the disc (centre and radius) of the previous map's community it continues or, if
   * none, that holds most of its authors; NaN: none. A node kept lies in it: one that was elsewhere (an author a
   * community took over from another) is laid out again beside its new community's nodes.
   */
  homeX: Float64Array;
  homeY: Float64Array;
  homeRadius: Float64Array;
}

/**
 * The community layout warm-started from the previous map (`start`): the map the user knew wherever the build did
 * not change it. Per community: one whose nodes are all kept (unchanged, and inside their community's disc on the
 * previous map) is not laid out at all, its nodes stay where they were; one with changed or new nodes keeps the
 * others where they were (ForceAtlas2's fixed nodes) and starts each of those beside its kept neighbours (a
 * merged person where the part with more papers was, `nodesOnPreviousMap`; a split's new person beside its papers,
 * around the original), runs a short ForceAtlas2 (`WARM_ITERATIONS`, the community layout's settings, Jacomy et al.
 * 2014) on them and their neighbours, moving only them, then removes overlaps (`removeOverlaps`, which may nudge kept nodes); a community none of
 * whose nodes is kept is laid out cold (`layoutCommunity`). The communities then start where their nodes'
 * centroid is and only their discs' overlaps are removed (no ForceAtlas2 of the community graph, which would move
 * every disc). Same result for the same input and start (deterministic). Returns the layout as `communityLayout`'s;
 * throws nothing.
 */
export function warmCommunityLayout(input: LayoutInput, start: WarmLayoutStart): Layout {
  const { authorCount, paperAuthors, authorCommunity, paperCommunity, communityCount } = input;
  const members = communityMembers(input);
  const authorX = new Float64Array(authorCount);
  const authorY = new Float64Array(authorCount);
  const paperX = new Float64Array(paperAuthors.length);
  const paperY = new Float64Array(paperAuthors.length);
  const communityX = new Float64Array(communityCount).fill(NaN);
  const communityY = new Float64Array(communityCount).fill(NaN);
  const communityRadius = new Float64Array(communityCount);
  for (let c = 0; c < communityCount; c++) {
    if (input.onProgress && c % 64 === 0) input.onProgress((0.9 * c) / communityCount);
    const authors = members.authors[c]!;
    const papers = members.papers[c]!;
    const na = authors.length;
    const n = na + papers.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const rs = new Float64Array(n);
    const fixed = new Uint8Array(n);
    const placed = new Uint8Array(n);
    const hx = start.homeX[c]!;
    const hy = start.homeY[c]!;
    const hr = start.homeRadius[c]!;
    let keptCount = 0;
    let knownX = 0;
    let knownY = 0;
    let known = 0;
    const take = (k: number, x: number, y: number, changed: number) => {
      if (Number.isNaN(x)) return;
      knownX += x;
      knownY += y;
      known++;
      // (NaN home: no disc, so nothing is inside)
      if (!(Math.hypot(x - hx, y - hy) <= hr + 1e-6)) return;
      xs[k] = x;
      ys[k] = y;
      placed[k] = 1;
      if (!changed) {
        fixed[k] = 1;
        keptCount++;
      }
    };
    authors.forEach((a, k) => {
      rs[k] = authorRadius(input.paperCount[a]!);
      take(k, start.authorX[a]!, start.authorY[a]!, start.authorChanged[a]!);
    });
    papers.forEach((p, j) => {
      rs[na + j] = PAPER_RADIUS;
      take(na + j, start.paperX[p]!, start.paperY[p]!, start.paperChanged[p]!);
    });
    if (keptCount === 0) {
      // nothing to keep: laid out as a new community, where its nodes were (if anywhere)
      const piece = layoutCommunity(input, members, c);
      authors.forEach((a, k) => ((authorX[a] = piece.xs[k]!), (authorY[a] = piece.ys[k]!)));
      papers.forEach((p, j) => ((paperX[p] = piece.xs[na + j]!), (paperY[p] = piece.ys[na + j]!)));
      communityRadius[c] = piece.radius;
      if (known > 0) {
        communityX[c] = knownX / known;
        communityY[c] = knownY / known;
      }
      continue;
    }
    if (keptCount < n) warmOne(input, authors, papers, c, xs, ys, rs, fixed, placed);
    let cx = 0;
    let cy = 0;
    for (let k = 0; k < n; k++) ((cx += xs[k]!), (cy += ys[k]!));
    cx /= n;
    cy /= n;
    let radius = 0;
    for (let k = 0; k < n; k++) radius = Math.max(radius, Math.hypot(xs[k]! - cx, ys[k]! - cy) + rs[k]!);
    communityX[c] = cx;
    communityY[c] = cy;
    communityRadius[c] = radius;
    authors.forEach((a, k) => ((authorX[a] = xs[k]! - cx), (authorY[a] = ys[k]! - cy)));
    papers.forEach((p, j) => ((paperX[p] = xs[na + j]! - cx), (paperY[p] = ys[na + j]! - cy)));
  }
  placeNewDiscs(communityX, communityY, communityRadius, mulberry32(input.seed ^ 0x5eed));
  const m = communityCount;
  // the gap the cold layout leaves at least (its margin less its tolerance): a pair of discs as far apart as on the
  // previous map is not pushed (with the whole margin, every pair short of it by less than the tolerance was, and the
  // pushes spread over the whole map: 3% of its extent moved on the 3k map after one merge); with the tolerance
  // of that margin, 15 passes on the 3k map after one merge where none took 77, the same authors moved
  const margin = (2 + Math.sqrt(m) * 0.1) * (1 - DISC_TOLERANCE);
  removeOverlaps(communityX, communityY, communityRadius, margin, 300, 0.5, DISC_TOLERANCE * margin);
  toMapPositions({ authorCommunity, paperCommunity }, { authorX, authorY, paperX, paperY }, communityX, communityY);
  input.onProgress?.(0.95);
  return { authorX, authorY, paperX, paperY, communityX, communityY, communityRadius };
}

/**
 * One changed community of `warmCommunityLayout`, in place on its nodes' positions (authors then papers; `placed`
 * those with a start, `fixed` those kept): the others start beside their placed neighbours (or, with none, beside
 * the kept nodes' centre), then ForceAtlas2 moves all but the fixed ones, then overlaps are removed.
 */
function warmOne(input: LayoutInput, authors: number[], papers: number[], c: number, xs: Float64Array, ys: Float64Array, rs: Float64Array, fixed: Uint8Array, placed: Uint8Array): void {
  const na = authors.length;
  const n = na + papers.length;
  const rng = mulberry32((input.seed ^ 0x3a7e ^ Math.imul(c + 1, 0x9e3779b1)) >>> 0);
  const localIndex = new Map<number, number>();
  authors.forEach((a, k) => localIndex.set(a, k));
  const adj: number[][] = Array.from({ length: n }, () => []);
  const es: number[] = [];
  const et: number[] = [];
  papers.forEach((p, j) => {
    for (const a of input.paperAuthors[p]!) {
      const k = localIndex.get(a);
      if (k === undefined || adj[na + j]!.includes(k)) continue;
      adj[na + j]!.push(k);
      adj[k]!.push(na + j);
      es.push(k);
      et.push(na + j);
    }
  });
  // the kept nodes' centre: gravity pulls towards it (ForceAtlas2's origin), and where a node with no placed neighbour starts
  let ox = 0;
  let oy = 0;
  let kept = 0;
  for (let k = 0; k < n; k++) if (fixed[k]) ((ox += xs[k]!), (oy += ys[k]!), kept++);
  ox /= kept;
  oy /= kept;
  const jitter = (k: number, x: number, y: number, spread: number) => {
    const angle = rng() * Math.PI * 2;
    const r = spread * (0.5 + 0.5 * rng());
    xs[k] = x + Math.cos(angle) * r;
    ys[k] = y + Math.sin(angle) * r;
  };
  // breadth first from the placed nodes, a level at a time (in index order): each node beside the placed
  // neighbours it has
  const queued = new Uint8Array(n);
  let level: number[] = [];
  for (let k = 0; k < n; k++) if (!placed[k] && adj[k]!.some((o) => placed[o])) ((queued[k] = 1), level.push(k));
  while (level.length > 0) {
    for (const k of level) {
      let x = 0;
      let y = 0;
      let count = 0;
      for (const o of adj[k]!) if (placed[o]) ((x += xs[o]!), (y += ys[o]!), count++);
      jitter(k, x / count, y / count, EDGE_LENGTH);
    }
    for (const k of level) placed[k] = 1;
    const next: number[] = [];
    for (const k of level) for (const o of adj[k]!) if (!placed[o] && !queued[o]) ((queued[o] = 1), next.push(o));
    level = next.sort((p, q) => p - q);
  }
  for (let k = 0; k < n; k++) if (!placed[k]) jitter(k, ox, oy, EDGE_LENGTH * 2);
  for (let k = 0; k < n; k++) ((xs[k] = xs[k]! - ox), (ys[k] = ys[k]! - oy));
  // ForceAtlas2 on the nodes that move and their neighbours (fixed) only: on the whole community it worked out the
  // forces on thousands of fixed nodes (0.5-1 s per changed community of the 30k map at load 25, for a few nodes);
  // the overlaps with the others are removed after
  const local = new Int32Array(n).fill(-1);
  const nodes: number[] = [];
  const enter = (k: number) => {
    if (local[k] === -1) ((local[k] = nodes.length), nodes.push(k));
  };
  for (let k = 0; k < n; k++) {
    if (fixed[k]) continue;
    enter(k);
    for (const o of adj[k]!) enter(o);
  }
  nodes.sort((p, q) => p - q);
  nodes.forEach((k, i) => (local[k] = i));
  const ls: number[] = [];
  const lt: number[] = [];
  es.forEach((s, e) => {
    const t = et[e]!;
    if (local[s]! >= 0 && local[t]! >= 0 && !(fixed[s] && fixed[t])) (ls.push(local[s]!), lt.push(local[t]!));
  });
  const lx = Float64Array.from(nodes, (k) => xs[k]!);
  const ly = Float64Array.from(nodes, (k) => ys[k]!);
  forceAtlas2(lx, ly, { source: Int32Array.from(ls), target: Int32Array.from(lt) }, {
    iterations: WARM_ITERATIONS,
    slowDown: 1 + Math.log(n),
    gravity: 1,
    scalingRatio: 4,
    strongGravity: false,
    edgeWeightInfluence: 1,
    fixed: Uint8Array.from(nodes, (k) => fixed[k]!),
  });
  nodes.forEach((k, i) => {
    xs[k] = lx[i]!;
    ys[k] = ly[i]!;
  });
  // (the gap kept nodes have at least: those as far apart as they were are not pushed, see `warmCommunityLayout`)
  removeOverlaps(xs, ys, rs, NODE_MARGIN - NODE_TOLERANCE, 100, 0.5, NODE_TOLERANCE / 2);
  for (let k = 0; k < n; k++) ((xs[k] = xs[k]! + ox), (ys[k] = ys[k]! + oy));
}

/**
 * Communities with no place on the previous map (NaN centre: none of their nodes was on it) go just outside the
 * map's extent, each at an angle of its own; in place. Throws nothing.
 */
function placeNewDiscs(x: Float64Array, y: Float64Array, radius: Float64Array, rng: () => number): void {
  let extent = 0;
  for (let c = 0; c < x.length; c++) if (!Number.isNaN(x[c]!)) extent = Math.max(extent, Math.hypot(x[c]!, y[c]!) + radius[c]!);
  for (let c = 0; c < x.length; c++) {
    if (!Number.isNaN(x[c]!)) continue;
    const angle = rng() * Math.PI * 2;
    x[c] = Math.cos(angle) * (extent + radius[c]!);
    y[c] = Math.sin(angle) * (extent + radius[c]!);
    extent += 2 * radius[c]!;
  }
}

/**
 * Moves each author and paper from its community's own frame (positions about the community's centre) to the map's,
 * in place: adds its community's centre (`communityX`, `communityY`, map units). Arrays by author and paper index.
 * Throws nothing.
 */
function toMapPositions(
  of: Pick<LayoutInput, 'authorCommunity' | 'paperCommunity'>,
  at: { authorX: Float64Array; authorY: Float64Array; paperX: Float64Array; paperY: Float64Array },
  communityX: ArrayLike<number>,
  communityY: ArrayLike<number>,
): void {
  of.authorCommunity.forEach((c, a) => {
    at.authorX[a] = at.authorX[a]! + communityX[c]!;
    at.authorY[a] = at.authorY[a]! + communityY[c]!;
  });
  of.paperCommunity.forEach((c, p) => {
    at.paperX[p] = at.paperX[p]! + communityX[c]!;
    at.paperY[p] = at.paperY[p]! + communityY[c]!;
  });
}
