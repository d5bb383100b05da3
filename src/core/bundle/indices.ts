/**
 * Indices over a finished bundle: co-author adjacency and each author's papers, as CSR typed arrays,
 * built once per bundle and cached in a WeakMap (kept apart from the queries that use them, as
 * graphology keeps `indices/` apart from algorithms). Used by the build, the queries and the viewer.
 */
import type { Bundle } from './types';


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

/** `coauthorAdjacency(bundle)` if it was built already, else undefined (for paths that must not pay for it). */
export const builtCoauthorAdjacency = (bundle: Bundle): CoauthorAdjacency | undefined => adjacencyCache.get(bundle);

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

/** Throws RangeError unless `a` is an author index of `bundle`. */
export function checkAuthor(bundle: Bundle, a: number): void {
  if (!Number.isInteger(a) || a < 0 || a >= bundle.authors.name.length) {
    throw new RangeError(`no author with index ${a} (the bundle has ${bundle.authors.name.length})`);
  }
}
