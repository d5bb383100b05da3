/**
 * How two people connect: the papers they share and the shortest chain of co-authors between them.
 *
 * Both work on a `Bundle` alone, so they run in the build and in the viewer. The indices they need
 * (co-author adjacency and each author's papers, as CSR typed arrays) are built once per bundle and
 * cached in a WeakMap, so repeated questions on the same bundle cost only the search itself.
 */
import type { Bundle } from '../bundle/types';

/** Compressed sparse rows: the items of row `i` are `items[offsets[i] .. offsets[i + 1])`, ascending. */
export interface CsrIndex {
  offsets: Int32Array;
  items: Int32Array;
}

/** Co-author adjacency: neighbours of author `i`, and for each neighbour the index of the link in `coauthorLinks`. */
export interface CoauthorAdjacency extends CsrIndex {
  link: Int32Array;
}

const adjacencyCache = new WeakMap<Bundle, CoauthorAdjacency>();
const authorPapersCache = new WeakMap<Bundle, CsrIndex>();

/** Neighbours of every author along `coauthorLinks`, sorted ascending (built once per bundle). */
export function coauthorAdjacency(bundle: Bundle): CoauthorAdjacency {
  const cached = adjacencyCache.get(bundle);
  if (cached) return cached;
  const n = bundle.authors.name.length;
  const { source, target } = bundle.coauthorLinks;
  const m = source.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[source[e] + 1]++;
    offsets[target[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const items = new Int32Array(2 * m);
  const link = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = source[e];
    const t = target[e];
    items[fill[s]] = t;
    link[fill[s]++] = e;
    items[fill[t]] = s;
    link[fill[t]++] = e;
  }
  sortRowsWithPayload(offsets, items, link);
  const adjacency = { offsets, items, link };
  adjacencyCache.set(bundle, adjacency);
  return adjacency;
}

/** The papers of every author (paper indices ascending), built once per bundle. */
export function authorPaperIndex(bundle: Bundle): CsrIndex {
  const cached = authorPapersCache.get(bundle);
  if (cached) return cached;
  const n = bundle.authors.name.length;
  const byline = bundle.papers.authors;
  const offsets = new Int32Array(n + 1);
  for (const authors of byline) for (const a of authors) offsets[a + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const items = new Int32Array(offsets[n]);
  // Papers are visited in ascending order, so each row comes out sorted.
  for (let p = 0; p < byline.length; p++) for (const a of byline[p]) items[fill[a]++] = p;
  const index = { offsets, items };
  authorPapersCache.set(bundle, index);
  return index;
}

/** Row `i` of a CSR index as a view (no copy). */
export function row(index: CsrIndex, i: number): Int32Array {
  return index.items.subarray(index.offsets[i], index.offsets[i + 1]);
}

/** Index of the link between `a` and `b` in `coauthorLinks`, or -1. */
export function linkBetween(bundle: Bundle, a: number, b: number): number {
  const adjacency = coauthorAdjacency(bundle);
  let lo = adjacency.offsets[a];
  let hi = adjacency.offsets[a + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = adjacency.items[mid];
    if (v === b) return adjacency.link[mid];
    if (v < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Papers on which both `a` and `b` are authors, newest first (year descending, papers without a
 * year last, then paper index ascending). Empty when they share none or `a === b`.
 */
export function sharedPapers(bundle: Bundle, a: number, b: number): number[] {
  checkAuthor(bundle, a);
  checkAuthor(bundle, b);
  if (a === b) return [];
  const index = authorPaperIndex(bundle);
  const shared = intersectSorted(row(index, a), row(index, b));
  const year = bundle.papers.year;
  return shared.sort((p, q) => {
    const yp = year[p];
    const yq = year[q];
    if (yp !== yq) {
      if (yp === null) return 1;
      if (yq === null) return -1;
      return yq - yp;
    }
    return p - q;
  });
}

/** One step of a co-author chain: `from` and `to` wrote `paper` together. */
export interface ChainStep {
  from: number;
  to: number;
  /** The paper shown for this step: of their shared papers, the one with fewest authors (then newest, then lowest index). */
  paper: number;
  /** How many papers the two share in all. */
  sharedCount: number;
}

export interface CoauthorChain {
  /** Authors from `a` to `b` inclusive; `[a]` when a === b. */
  authors: number[];
  /** `authors.length - 1` steps. */
  steps: ChainStep[];
}

/**
 * The shortest chain of co-authors from `a` to `b` (breadth-first search over `coauthorLinks`,
 * every link counts 1), or null when they are not connected. Ties between equally short chains
 * are broken deterministically (lower author indices are explored first).
 */
export function shortestCoauthorChain(bundle: Bundle, a: number, b: number): CoauthorChain | null {
  checkAuthor(bundle, a);
  checkAuthor(bundle, b);
  if (a === b) return { authors: [a], steps: [] };
  const { offsets, items } = coauthorAdjacency(bundle);
  const n = bundle.authors.name.length;
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  parent[a] = a;
  queue[0] = a;
  let head = 0;
  let tail = 1;
  search: while (head < tail) {
    const u = queue[head++];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const v = items[k];
      if (parent[v] !== -1) continue;
      parent[v] = u;
      if (v === b) break search;
      queue[tail++] = v;
    }
  }
  if (parent[b] === -1) return null;
  const authors: number[] = [b];
  for (let v = b; v !== a; v = parent[v]) authors.push(parent[v]);
  authors.reverse();
  const steps: ChainStep[] = [];
  for (let i = 0; i + 1 < authors.length; i++) {
    const from = authors[i];
    const to = authors[i + 1];
    const shared = sharedPapers(bundle, from, to);
    steps.push({ from, to, paper: mostDirectPaper(bundle, shared), sharedCount: shared.length });
  }
  return { authors, steps };
}

/** Of papers two people share, the one with fewest authors; ties: newest, then lowest index. -1 if none. */
function mostDirectPaper(bundle: Bundle, papers: number[]): number {
  let best = -1;
  for (const p of papers) {
    if (best === -1) {
      best = p;
      continue;
    }
    const np = bundle.papers.authors[p].length;
    const nb = bundle.papers.authors[best].length;
    // `papers` is already newest first, so only a strictly smaller byline replaces the current pick.
    if (np < nb) best = p;
  }
  return best;
}

/** Sorted intersection of two ascending integer lists. */
export function intersectSorted(x: ArrayLike<number>, y: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      out.push(x[i]);
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return out;
}

function checkAuthor(bundle: Bundle, a: number): void {
  if (!Number.isInteger(a) || a < 0 || a >= bundle.authors.name.length) {
    throw new RangeError(`no author with index ${a} (the bundle has ${bundle.authors.name.length})`);
  }
}

/** Sort each CSR row ascending, carrying a parallel payload array along. */
function sortRowsWithPayload(offsets: Int32Array, items: Int32Array, payload: Int32Array): void {
  const rows = offsets.length - 1;
  for (let r = 0; r < rows; r++) {
    const start = offsets[r];
    const end = offsets[r + 1];
    let sorted = true;
    for (let k = start + 1; k < end; k++) {
      if (items[k - 1] > items[k]) {
        sorted = false;
        break;
      }
    }
    if (sorted) continue;
    const order = Array.from({ length: end - start }, (_, k) => start + k).sort((p, q) => items[p] - items[q]);
    const sortedItems = order.map((k) => items[k]);
    const sortedPayload = order.map((k) => payload[k]);
    items.set(sortedItems, start);
    payload.set(sortedPayload, start);
  }
}
