/**
 * Leiden community detection for modularity with a resolution parameter (Traag, Waltman & van Eck 2019,
 * "From Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep. 9: 5233), on a weighted
 * undirected graph held in typed arrays (CSR). Each iteration: fast local moving (queue of nodes whose
 * neighbourhood changed), refinement inside every community (a node still on its own joins the
 * well-connected sub-community that gains most, so sub-communities stay connected), aggregation by the
 * refined partition with the moved partition as the start. Iterations repeat until the partition is stable.
 * Seeded (node order) and deterministic; the connectivity guarantee is backed by a final split of any
 * community into its connected components (which can only raise modularity).
 */

export interface WeightedEdges {
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** Compressed sparse rows of an undirected weighted graph (each edge stored in both directions). */
interface Csr {
  n: number;
  offset: Int32Array;
  nbr: Int32Array;
  w: Float64Array;
  /** Weighted degree (self-loop weight counted twice). */
  k: Float64Array;
  /** Twice the total edge weight (2m). */
  total: number;
}

function toCsr(n: number, src: ArrayLike<number>, tgt: ArrayLike<number>, wt: ArrayLike<number>, selfLoop?: Float64Array): Csr {
  const deg = new Int32Array(n + 1);
  const ne = src.length;
  for (let e = 0; e < ne; e++) {
    deg[src[e]!]!++;
    deg[tgt[e]!]!++;
  }
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + deg[i]!;
  const fill = offset.slice(0, n);
  const nbr = new Int32Array(offset[n]!);
  const w = new Float64Array(offset[n]!);
  const k = new Float64Array(n);
  let total = 0;
  for (let e = 0; e < ne; e++) {
    const a = src[e]!;
    const b = tgt[e]!;
    const x = wt[e]!;
    nbr[fill[a]!] = b;
    w[fill[a]!++] = x;
    nbr[fill[b]!] = a;
    w[fill[b]!++] = x;
    k[a] = k[a]! + x;
    k[b] = k[b]! + x;
    total += 2 * x;
  }
  if (selfLoop)
    for (let i = 0; i < n; i++) {
      k[i] = k[i]! + 2 * selfLoop[i]!;
      total += 2 * selfLoop[i]!;
    }
  return { n, offset, nbr, w, k, total };
}

/** Weighted degree of every node and twice the total weight (2m) of a graph given as an edge list. */
function degrees(n: number, edges: WeightedEdges): { k: Float64Array; m2: number } {
  const k = new Float64Array(n);
  let m2 = 0;
  for (let e = 0; e < edges.source.length; e++) {
    const a = edges.source[e]!;
    const b = edges.target[e]!;
    const x = edges.weight[e]!;
    k[a] = k[a]! + x;
    k[b] = k[b]! + x;
    m2 += 2 * x;
  }
  return { k, m2 };
}

/** `modularity` with the degrees given (`degrees` of the same graph): each Leiden iteration asks on one graph. */
function modularityWith(n: number, edges: WeightedEdges, deg: { k: Float64Array; m2: number }, community: ArrayLike<number>, gamma: number): number {
  const { k, m2 } = deg;
  let communities = 0;
  for (let i = 0; i < n; i++) communities = Math.max(communities, community[i]! + 1);
  const inside = new Float64Array(communities);
  const tot = new Float64Array(communities);
  const { source, target, weight } = edges;
  for (let e = 0; e < source.length; e++) {
    const ca = community[source[e]!]!;
    if (ca === community[target[e]!]) inside[ca] = inside[ca]! + 2 * weight[e]!;
  }
  if (m2 === 0) return 0;
  for (let i = 0; i < n; i++) tot[community[i]!] = tot[community[i]!]! + k[i]!;
  let q = 0;
  for (let c = 0; c < communities; c++) q += inside[c]! / m2 - gamma * (tot[c]! / m2) ** 2;
  return q;
}

/** Modularity of a partition (resolution gamma) of the graph given as an edge list. */
export function modularity(n: number, edges: WeightedEdges, community: ArrayLike<number>, gamma = 1): number {
  return modularityWith(n, edges, degrees(n, edges), community, gamma);
}

function shuffled(n: number, rng: () => number): Int32Array {
  const order = new Int32Array(n);
  // the first loop a function of its own (see `communityTotals`): 71 deopts in a 30k import in Chromium
  identity(order);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Renumber labels to 0..count-1 in order of first appearance; returns count. */
function compact(labels: Int32Array): number {
  const map = new Int32Array(labels.length).fill(-1);
  let count = 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (map[l] === -1) map[l] = count++;
    labels[i] = map[l]!;
  }
  return count;
}

/**
 * Each community's total weighted degree (into `tot`) and size (into `size`, when given). A function of its own, as
 * are the other passes that open a Leiden step: V8 compiles a hot loop of a long function by on-stack replacement,
 * and code compiled at a function's first loop, before the loops after it had ever run, left compiled code at each
 * of them (30 to 80 deopts per Leiden function in a 30k import, each call of the function again: the cached OSR
 * code is reused).
 */
function communityTotals(n: number, comm: Int32Array, k: Float64Array, tot: Float64Array, size: Int32Array | null): void {
  for (let i = 0; i < n; i++) {
    tot[comm[i]!] = tot[comm[i]!]! + k[i]!;
    if (size) size[comm[i]!]!++;
  }
}

/** The ids of the empty communities (size 0) into `empty`, highest first (so the lowest is on top); returns how many. */
function emptyCommunities(size: Int32Array, empty: Int32Array): number {
  let len = 0;
  for (let c = size.length - 1; c >= 0; c--) if (size[c] === 0) empty[len++] = c;
  return len;
}

/** Every node queued (in `order`) and marked as queued. */
function queueAll(order: Int32Array, queue: Int32Array, inQueue: Uint8Array): void {
  for (let i = 0; i < order.length; i++) {
    queue[i] = order[i]!;
    inQueue[order[i]!] = 1;
  }
}

/** labels[i] = i. */
function identity(labels: Int32Array): void {
  for (let i = 0; i < labels.length; i++) labels[i] = i;
}

/** The nodes of `order` that are `movable` queued (in that order) and marked as queued; returns how many. */
function queueMovable(order: Int32Array, movable: Uint8Array, queue: Int32Array, inQueue: Uint8Array): number {
  let len = 0;
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    if (!movable[v]) continue;
    queue[len++] = v;
    inQueue[v] = 1;
  }
  return len;
}

/**
 * Fast local moving: nodes visited from a queue (random initial order); a node moves to the neighbouring
 * (or an empty) community with the largest modularity gain; the neighbours that now lie outside its
 * community are queued again. `movable` (1 per node; null: all): only these nodes are queued, so the others keep
 * their community (`mendPartition`). Returns whether anything moved.
 */
function moveNodesFast(g: Csr, comm: Int32Array, gamma: number, rng: () => number, movable: Uint8Array | null = null): boolean {
  const { n, offset, nbr, w, k, total } = g;
  // every array made and the order drawn before the first loop (see `communityTotals`)
  const tot = new Float64Array(n);
  const size = new Int32Array(n);
  // empty community ids as a stack (lowest on top); a typed array: pushing n numbers into an array was a fifth of this function's time
  const empty = new Int32Array(n);
  const queue = new Int32Array(n);
  const inQueue = new Uint8Array(n);
  const weightTo = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = shuffled(n, rng);
  communityTotals(n, comm, k, tot, size);
  let emptyLen = emptyCommunities(size, empty);
  let len = n;
  if (movable) len = queueMovable(order, movable, queue, inQueue);
  else queueAll(order, queue, inQueue);
  let head = 0;
  let moved = false;
  const scale = gamma / total;
  while (len > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    len--;
    inQueue[v] = 0;
    const cv = comm[v]!;
    const kv = k[v]!;
    const rowStart = offset[v]!;
    const rowEnd = offset[v + 1]!;
    let nt = 0;
    for (let e = rowStart; e < rowEnd; e++) {
      const u = nbr[e]!;
      if (u === v) continue;
      const c = comm[u]!;
      if (weightTo[c] === 0) touched[nt++] = c;
      weightTo[c] = weightTo[c]! + w[e]!;
    }
    // remove v from its community
    tot[cv] = tot[cv]! - kv;
    size[cv]!--;
    let best = cv;
    let bestGain = weightTo[cv]! - scale * kv * tot[cv]!;
    for (let t = 0; t < nt; t++) {
      const c = touched[t]!;
      if (c === cv) continue;
      const gain = weightTo[c]! - scale * kv * tot[c]!;
      if (gain > bestGain || (gain === bestGain && c < best)) {
        bestGain = gain;
        best = c;
      }
    }
    // an empty community is worth 0
    if (bestGain < 0 && size[cv]! > 0 && emptyLen > 0) {
      best = empty[--emptyLen]!;
      bestGain = 0;
    }
    for (let t = 0; t < nt; t++) weightTo[touched[t]!] = 0;
    tot[best] = tot[best]! + kv;
    size[best]!++;
    if (size[cv] === 0 && cv !== best) empty[emptyLen++] = cv;
    if (best !== cv) {
      comm[v] = best;
      moved = true;
      for (let e = rowStart; e < rowEnd; e++) {
        const u = nbr[e]!;
        if (inQueue[u] === 0 && comm[u] !== best && (!movable || movable[u])) {
          inQueue[u] = 1;
          const tail = head + len;
          queue[tail >= n ? tail - n : tail] = u;
          len++;
        }
      }
    }
  }
  return moved;
}

/**
 * Refinement: inside each community of `comm`, start from singletons and let each node that is still on its
 * own and well connected to its community join the well-connected sub-community with the largest
 * non-negative gain. Returns the refined labels (compacted).
 */
function refine(g: Csr, comm: Int32Array, gamma: number, rng: () => number): Int32Array {
  const { n, offset, nbr, w, k, total } = g;
  // every array made and the order drawn before the first loop (see `communityTotals`)
  const refined = new Int32Array(n);
  const totC = new Float64Array(n);
  // ext[T]: weight from sub-community T to the rest of its community; totR[T]: its weighted degree
  const ext = new Float64Array(n);
  const totR = new Float64Array(n);
  const single = new Uint8Array(n).fill(1);
  const weightTo = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = shuffled(n, rng);
  identity(refined);
  communityTotals(n, comm, k, totC, null);
  weightInside(g, comm, ext, totR);
  const scale = gamma / total;
  for (let oi = 0; oi < n; oi++) {
    const v = order[oi]!;
    if (!single[v]) continue;
    const c = comm[v]!;
    const kv = k[v]!;
    const totc = totC[c]!;
    // v must be well connected to its community
    if (ext[v]! < scale * kv * (totc - kv)) continue;
    let nt = 0;
    const rowEnd = offset[v + 1]!;
    for (let e = offset[v]!; e < rowEnd; e++) {
      const u = nbr[e]!;
      if (u === v || comm[u] !== c) continue;
      const t = refined[u]!;
      if (weightTo[t] === 0) touched[nt++] = t;
      weightTo[t] = weightTo[t]! + w[e]!;
    }
    let best = -1;
    let bestGain = 0;
    for (let i = 0; i < nt; i++) {
      const t = touched[i]!;
      if (t === v) continue;
      const tr = totR[t]!;
      if (ext[t]! < scale * tr * (totc - tr)) continue;
      const gain = weightTo[t]! - scale * kv * tr;
      if (gain > bestGain || (gain === bestGain && best >= 0 && t < best)) {
        bestGain = gain;
        best = t;
      }
    }
    if (best >= 0) {
      ext[best] = ext[best]! + ext[v]! - 2 * weightTo[best]!;
      totR[best] = totR[best]! + kv;
      refined[v] = best;
      single[v] = 0;
      single[best] = 0;
      // members of best are no longer singletons; `single` is only read for v's own label, so marking the
      // label's first member (best) suffices because a singleton's label is itself.
    }
    for (let i = 0; i < nt; i++) weightTo[touched[i]!] = 0;
  }
  compact(refined);
  return refined;
}

/** Per node v: its weight to the other members of its community (`ext[v]`) and its weighted degree (`totR[v]`). */
function weightInside(g: Csr, comm: Int32Array, ext: Float64Array, totR: Float64Array): void {
  const { n, offset, nbr, w, k } = g;
  for (let v = 0; v < n; v++) {
    totR[v] = k[v]!;
    let x = 0;
    const cv = comm[v]!;
    const rowEnd = offset[v + 1]!;
    for (let e = offset[v]!; e < rowEnd; e++) {
      const u = nbr[e]!;
      if (u !== v && comm[u] === cv) x += w[e]!;
    }
    ext[v] = x;
  }
}

/** Nodes grouped by label (counting sort): label c's nodes are `members[start[c] .. start[c + 1])`, in node order. */
function membersByLabel(labels: Int32Array, count: number, members: Int32Array, start: Int32Array): void {
  for (let i = 0; i < labels.length; i++) start[labels[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = start.slice(0, count);
  for (let i = 0; i < labels.length; i++) members[fill[labels[i]!]!++] = i;
}

/** The next size of `aggregate`'s rows: doubled, at least `need`, at most `cap`. */
function grownSize(cap: number, need: number, now: number): number {
  return Math.min(cap, Math.max(need, now * 2));
}

/** A copy of `a`'s first `len` values in an array of `size`. */
function grownInts(a: Int32Array, len: number, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a.subarray(0, len));
  return b;
}

/** A copy of `a`'s first `len` values in an array of `size`. */
function grownFloats(a: Float64Array, len: number, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a.subarray(0, len));
  return b;
}

/**
 * The graph of communities: node per label, edge weights summed, internal weight kept as self-loops. Rows are
 * written straight into CSR (typed arrays, no edge list in between): community c's row lists every other
 * community its members touch, in the order first met.
 */
function aggregate(g: Csr, labels: Int32Array, count: number): Csr {
  // what the end reads, read first, and the opening pass a function (see `communityTotals`)
  const { n, offset, nbr, w, k: gk, total } = g;
  const members = new Int32Array(n);
  const start = new Int32Array(count + 1);
  membersByLabel(labels, count, members, start);
  const acc = new Float64Array(count);
  const seen = new Uint8Array(count);
  const touched = new Int32Array(count);
  // at most one entry per half-edge of g
  const cap = offset[n]!;
  let outNbr = new Int32Array(Math.min(cap, 1 << 16));
  let outW = new Float64Array(outNbr.length);
  const outOffset = new Int32Array(count + 1);
  const k = new Float64Array(count);
  let len = 0;
  for (let c = 0; c < count; c++) {
    let nt = 0;
    let kc = 0;
    const membersEnd = start[c + 1]!;
    for (let mi = start[c]!; mi < membersEnd; mi++) {
      const v = members[mi]!;
      kc += gk[v]!;
      const rowEnd = offset[v + 1]!;
      for (let e = offset[v]!; e < rowEnd; e++) {
        const d = labels[nbr[e]!]!;
        if (d === c) continue;
        if (seen[d] === 0) {
          seen[d] = 1;
          touched[nt++] = d;
        }
        acc[d] = acc[d]! + w[e]!;
      }
    }
    k[c] = kc;
    if (len + nt > outNbr.length) {
      const size = grownSize(cap, len + nt, outNbr.length);
      outNbr = grownInts(outNbr, len, size);
      outW = grownFloats(outW, len, size);
    }
    for (let t = 0; t < nt; t++) {
      const d = touched[t]!;
      outNbr[len] = d;
      outW[len++] = acc[d]!;
      acc[d] = 0;
      seen[d] = 0;
    }
    outOffset[c + 1] = len;
  }
  // k of a community: its members' weighted degrees (self-loops included), so the total stays 2m
  return { n: count, offset: outOffset, nbr: outNbr.subarray(0, len), w: outW.subarray(0, len), k, total };
}

/** One Leiden run from a start partition (labels compacted); returns the partition of the original nodes. */
function leidenRun(base: Csr, start: Int32Array, gamma: number, rng: () => number): Int32Array {
  let g = base;
  // membership of the original nodes in the current graph's nodes
  const node = new Int32Array(base.n);
  for (let i = 0; i < base.n; i++) node[i] = i;
  let comm = Int32Array.from(start);
  for (let level = 0; level < 64; level++) {
    moveNodesFast(g, comm, gamma, rng);
    const count = compact(comm);
    if (count === g.n) break;
    const refined = refine(g, comm, gamma, rng);
    const rc = compact(refined);
    // the aggregate's start partition: the moved community of each refined sub-community
    const next = new Int32Array(rc);
    for (let v = 0; v < g.n; v++) next[refined[v]!] = comm[v]!;
    for (let i = 0; i < base.n; i++) node[i] = refined[node[i]!]!;
    if (rc === g.n) {
      // refinement kept every node apart: aggregation would change nothing
      comm = next;
      break;
    }
    g = aggregate(g, refined, rc);
    comm = next;
  }
  const out = new Int32Array(base.n);
  for (let i = 0; i < base.n; i++) out[i] = comm[node[i]!]!;
  compact(out);
  return out;
}

/** Split every community into its connected components (labels compacted). */
function splitDisconnected(g: Csr, comm: Int32Array): Int32Array {
  const { n } = g;
  const out = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let next = 0;
  for (let s = 0; s < n; s++) if (out[s] === -1) claimComponent(g, comm, out, stack, s, next++);
  return out;
}

/**
 * Labels `label` every node reached from `s` through nodes of its community (depth first, `stack` as room). A
 * function of its own: compiled by on-stack replacement inside the loop over every node, this walk was left at
 * the end of each component (2,203 deopts in a 30k import in Chromium, the node loop run uncompiled between).
 */
function claimComponent(g: Csr, comm: Int32Array, out: Int32Array, stack: Int32Array, s: number, label: number): void {
  const { offset, nbr } = g;
  out[s] = label;
  let sp = 0;
  stack[sp++] = s;
  while (sp > 0) {
    const v = stack[--sp]!;
    for (let e = offset[v]!; e < offset[v + 1]!; e++) {
      const u = nbr[e]!;
      if (out[u] === -1 && comm[u] === comm[v]) {
        out[u] = label;
        stack[sp++] = u;
      }
    }
  }
}

export interface LeidenOptions {
  /** Resolution gamma (1 = standard modularity). */
  resolution: number;
  /** Random source (node orders); the result is a function of the graph and this source. */
  rng: () => number;
  /**
   * A random source of its own for each start (start index 0, 1, ...): each start is then a function of the graph
   * and its index alone, so starts can run on different threads (`leidenStart`) and give the same partition.
   * Without it the starts draw one after another from `rng`.
   */
  startRng?: (start: number) => () => number;
  /** Independent starts from singletons; the partition with the highest modularity is kept (default 1). */
  restarts?: number;
  /** Iterations per start; each continues from the last partition (default 10). */
  iterations?: number;
  /** Stop a start after this many iterations in a row that did not raise modularity (default 1). */
  patience?: number;
  /**
   * Where every start begins (a community label per node, any whole numbers): a partition known to be good, such
   * as the previous map's communities, which Leiden then refines (Traag et al. 2019 start from any partition).
   * Null or absent: from singletons.
   */
  initial?: Int32Array | null;
}

/** One Leiden start: its partition (labels not compacted), modularity and iterations run. */
export interface LeidenStart {
  community: Int32Array;
  modularity: number;
  iterations: number;
}

function runStart(g: Csr, n: number, edges: WeightedEdges, o: LeidenOptions, rng: () => number): LeidenStart {
  let part: Int32Array = new Int32Array(n);
  if (o.initial) {
    // (any whole numbers: `compact` needs labels below n)
    const labelOf = new Map<number, number>();
    o.initial.forEach((l, i) => {
      let c = labelOf.get(l);
      if (c === undefined) labelOf.set(l, (c = labelOf.size));
      part[i] = c;
    });
  } else for (let i = 0; i < n; i++) part[i] = i;
  let q = -Infinity;
  let idle = 0;
  let iterations = 0;
  const deg = degrees(n, edges);
  for (let it = 0; it < (o.iterations ?? 10); it++) {
    iterations++;
    const nextPart = splitDisconnected(g, leidenRun(g, part, o.resolution, rng));
    const nq = modularityWith(n, edges, deg, nextPart, o.resolution);
    if (nq <= q + 1e-12) {
      if (++idle >= (o.patience ?? 1)) break;
      continue;
    }
    idle = 0;
    part = nextPart;
    q = nq;
  }
  return { community: part, modularity: q, iterations };
}

/**
 * Start number `start` of `leiden` alone (needs `o.startRng`): what that start finds when `leiden` runs it,
 * for handing starts to other threads; give the results back to `leiden` as `o`'s `done`. Throws when `o` has no `startRng`.
 */
export function leidenStart(n: number, edges: WeightedEdges, o: LeidenOptions, start: number): LeidenStart {
  if (!o.startRng) throw new Error('leidenStart needs startRng: starts drawing from one shared rng depend on each other');
  return runStart(toCsr(n, edges.source, edges.target, edges.weight), n, edges, o, o.startRng(start));
}

/**
 * Leiden communities of an undirected weighted graph on nodes 0..n-1 (edges listed once each, no
 * self-loops needed). Returns the community of each node (0..count-1, connected communities) and the
 * modularity of the partition at the given resolution; `iterations`: Leiden iterations run over all starts.
 * `done`: starts already run elsewhere (`leidenStart`, with `o.startRng`), by start index; the others run here.
 * The highest modularity wins, ties to the lower start index.
 */
export function leiden(n: number, edges: WeightedEdges, o: LeidenOptions, done: ReadonlyMap<number, LeidenStart> = new Map()): { community: Int32Array; count: number; modularity: number; iterations: number } {
  const g = toCsr(n, edges.source, edges.target, edges.weight);
  if (n === 0) return { community: new Int32Array(0), count: 0, modularity: 0, iterations: 0 };
  let iterations = 0;
  let best: Int32Array | null = null as Int32Array | null;
  let bestQ = -Infinity;
  const restarts = Math.max(1, o.restarts ?? 1);
  for (let r = 0; r < restarts; r++) {
    const run = done.get(r) ?? runStart(g, n, edges, o, o.startRng ? o.startRng(r) : o.rng);
    iterations += run.iterations;
    if (run.modularity > bestQ) {
      bestQ = run.modularity;
      best = run.community;
    }
  }
  const community = Int32Array.from(best!);
  const count = compact(community);
  return { community, count, modularity: bestQ, iterations };
}

/**
 * A known partition mended where the graph changed, leaving the rest as it was: the previous map's communities after
 * who-is-who decisions (a merge joins two people's links, a split parts them). Leiden's fast local moving (Traag,
 * Waltman & van Eck 2019, its first phase; Louvain's local moving, Blondel et al. 2008) run from `initial` on the
 * `movable` nodes only (1 per node: the people the decisions changed and their co-authors), each moved to the
 * neighbouring community of largest modularity gain at resolution `gamma` until none gains; then every community is
 * split into its connected components (Leiden's guarantee: a split person may have held a community together). No
 * refinement or aggregation: those re-cut communities the decisions did not touch (a full warm Leiden run moved 281
 * authors of communities far from one merged name on the 30k map). `rng`: the order nodes are first visited in.
 * Returns each node's community (0 .. count - 1, in order of first appearance) and the modularity at `gamma`.
 * Throws nothing.
 */
export function mendPartition(
  n: number,
  edges: WeightedEdges,
  initial: Int32Array,
  movable: Uint8Array,
  gamma: number,
  rng: () => number,
): { community: Int32Array; count: number; modularity: number } {
  if (n === 0) return { community: new Int32Array(0), count: 0, modularity: 0 };
  const g = toCsr(n, edges.source, edges.target, edges.weight);
  // labels renumbered 0 .. count - 1 (any whole numbers come in: a new person's label is past the old communities')
  const labelOf = new Map<number, number>();
  const comm = Int32Array.from(initial, (l) => {
    let c = labelOf.get(l);
    if (c === undefined) labelOf.set(l, (c = labelOf.size));
    return c;
  });
  moveNodesFast(g, comm, gamma, rng, movable);
  const community = splitDisconnected(g, comm);
  const count = compact(community);
  return { community, count, modularity: modularity(n, edges, community, gamma) };
}
