/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, PLOS ONE 9(6): e98679) on typed arrays, with a
 * Barnes–Hut quadtree held in flat typed arrays that are reused across iterations (no per-iteration
 * allocation). The forces and the per-node adaptive speed follow graphology-layout-forceatlas2 0.10
 * (linear attraction, repulsion kr·(m_i·m_j)/d, mass = 1 + weighted degree, gravity normal or strong),
 * so settings carry over; positions are float64 and the result depends only on the input (deterministic).
 */

export interface ForceEdges {
  /** Edge endpoints as node indices (0..n-1); each undirected edge once. */
  source: Int32Array;
  target: Int32Array;
  /** Edge weights (default 1 each). */
  weight?: Float64Array | null;
}

export interface ForceSettings {
  iterations: number;
  /** Repulsion strength kr (FA2 "scaling ratio"). */
  scalingRatio: number;
  gravity: number;
  /** Gravity independent of distance (FA2 "strong gravity"). */
  strongGravity: boolean;
  /** Attraction multiplied by weight^edgeWeightInfluence. */
  edgeWeightInfluence: number;
  /** Global slow-down (FA2 default for inferred settings: 1 + ln n). */
  slowDown: number;
  /** Use the Barnes–Hut approximation from this many nodes up (default 300). */
  barnesHutFrom?: number;
  /** Barnes–Hut opening criterion (default 1; Gephi's ForceAtlas2 uses 1.2, graphology's 0.5). */
  theta?: number;
  /**
   * Stop early once the mean displacement per node in an iteration falls below this fraction of the mean
   * edge length (checked every 5 iterations; 0 = never). Saves iterations where the picture no longer moves.
   */
  settle?: number;
  /**
   * Nodes that stay where they are (1) while the others move (graphology-layout-forceatlas2's `fixed` node
   * attribute): they still repel and attract the others. Null or absent: every node moves.
   */
  fixed?: Uint8Array | null;
}

/** Quadtree storage reused between calls (grows as needed). */
class QuadTree {
  cap = 0;
  child = new Int32Array(0); // 4 per cell, -1 = none
  body = new Int32Array(0); // leaf body, -1 = internal/empty
  mass = new Float64Array(0);
  mx = new Float64Array(0); // mass-weighted x sum, then centre
  my = new Float64Array(0);
  size = new Float64Array(0);
  cxs = new Float64Array(0); // cell centre
  cys = new Float64Array(0);
  count = 0;
  stack = new Int32Array(0);

  ensure(cells: number): void {
    if (cells <= this.cap) return;
    const cap = Math.max(cells, this.cap * 2, 64);
    this.child = new Int32Array(cap * 4);
    this.body = new Int32Array(cap);
    this.mass = new Float64Array(cap);
    this.mx = new Float64Array(cap);
    this.my = new Float64Array(cap);
    this.size = new Float64Array(cap);
    this.cxs = new Float64Array(cap);
    this.cys = new Float64Array(cap);
    this.cap = cap;
  }

  private newCell(cx: number, cy: number, size: number): number {
    if (this.count >= this.cap) this.grow();
    const c = this.count++;
    const b = c * 4;
    this.child[b] = -1;
    this.child[b + 1] = -1;
    this.child[b + 2] = -1;
    this.child[b + 3] = -1;
    this.body[c] = -1;
    this.mass[c] = 0;
    this.mx[c] = 0;
    this.my[c] = 0;
    this.size[c] = size;
    this.cxs[c] = cx;
    this.cys[c] = cy;
    return c;
  }

  private grow(): void {
    const old = this;
    const keep = {
      child: old.child,
      body: old.body,
      mass: old.mass,
      mx: old.mx,
      my: old.my,
      size: old.size,
      cxs: old.cxs,
      cys: old.cys,
    };
    const n = this.count;
    this.cap = 0;
    this.ensure(n * 2);
    this.child.set(keep.child.subarray(0, n * 4));
    this.body.set(keep.body.subarray(0, n));
    this.mass.set(keep.mass.subarray(0, n));
    this.mx.set(keep.mx.subarray(0, n));
    this.my.set(keep.my.subarray(0, n));
    this.size.set(keep.size.subarray(0, n));
    this.cxs.set(keep.cxs.subarray(0, n));
    this.cys.set(keep.cys.subarray(0, n));
  }

  build(n: number, xs: Float64Array, ys: Float64Array, nodeMass: Float64Array): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const size = Math.max(maxX - minX, maxY - minY, 1e-9) * 1.0001;
    this.count = 0;
    this.ensure(n * 2 + 1);
    const root = this.newCell(minX + size / 2, minY + size / 2, size);
    for (let i = 0; i < n; i++) this.insert(root, i, xs, ys, nodeMass);
    // mass centres
    for (let c = 0; c < this.count; c++) {
      const m = this.mass[c]!;
      if (m > 0) {
        this.mx[c] = this.mx[c]! / m;
        this.my[c] = this.my[c]! / m;
      }
    }
  }

  private insert(root: number, i: number, xs: Float64Array, ys: Float64Array, nodeMass: Float64Array): void {
    const x = xs[i]!;
    const y = ys[i]!;
    const m = nodeMass[i]!;
    let c = root;
    for (let depth = 0; ; depth++) {
      this.mass[c] = this.mass[c]! + m;
      this.mx[c] = this.mx[c]! + x * m;
      this.my[c] = this.my[c]! + y * m;
      const b = this.body[c]!;
      if (b !== -1) {
        if (b === -2) return;
        if (depth > 48 || this.size[c]! < 1e-9) {
          // coincident bodies: the leaf keeps them as one aggregate
          this.body[c] = -2;
          return;
        }
        if (b >= 0) {
          // split: push the resident body one level down
          this.body[c] = -1;
          const q = this.quadrant(c, xs[b]!, ys[b]!);
          const child = this.makeChild(c, q);
          const bm = nodeMass[b]!;
          this.mass[child] = bm;
          this.mx[child] = xs[b]! * bm;
          this.my[child] = ys[b]! * bm;
          this.body[child] = b;
        }
      } else if (c === root && this.mass[c] === m) {
        // the empty root takes the first body
        this.body[c] = i;
        return;
      }
      const q = this.quadrant(c, x, y);
      let next = this.child[c * 4 + q]!;
      if (next === -1) {
        next = this.makeChild(c, q);
        this.mass[next] = m;
        this.mx[next] = x * m;
        this.my[next] = y * m;
        this.body[next] = i;
        return;
      }
      c = next;
    }
  }

  private quadrant(c: number, x: number, y: number): number {
    return (x >= this.cxs[c]! ? 1 : 0) + (y >= this.cys[c]! ? 2 : 0);
  }

  private makeChild(c: number, q: number): number {
    const h = this.size[c]! / 2;
    const cx = this.cxs[c]! + (q & 1 ? h / 2 : -h / 2);
    const cy = this.cys[c]! + (q & 2 ? h / 2 : -h / 2);
    const child = this.newCell(cx, cy, h);
    this.child[c * 4 + q] = child;
    return child;
  }
}

const sharedTree = new QuadTree();

/**
 * Runs ForceAtlas2 in place on `xs`/`ys` (n = xs.length nodes). `s.fixed` nodes (optional) do not move.
 * Returns the number of iterations run (fewer than asked when `settle` stopped it).
 *
 * Each phase of an iteration is a function of its own (repulsion, gravity, attraction, move): a layout calls this
 * once per community (2,000 times at 30k papers), mostly on small graphs, and V8 compiled one function holding every
 * phase's loops by on-stack replacement of one loop at a time, leaving the compiled loop at its end (Chromium's
 * Maglev: 130 "exit from OSR'd inner loop" deopts in a 30k import) and compiling the whole again and again. Small
 * functions called per iteration are compiled once each, as whole functions. Same arithmetic in the same order.
 */
export function forceAtlas2(xs: Float64Array, ys: Float64Array, edges: ForceEdges, s: ForceSettings): number {
  const n = xs.length;
  if (n < 2) return 0;
  const ne = edges.source.length;
  const src = edges.source;
  const tgt = edges.target;
  const mass = new Float64Array(n).fill(1);
  const ewc = new Float64Array(ne);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const odx = new Float64Array(n);
  const ody = new Float64Array(n);
  const conv = new Float64Array(n).fill(1);
  massesAndWeights(src, tgt, edges.weight ?? null, s.edgeWeightInfluence, mass, ewc);
  const kr = s.scalingRatio;
  const useBH = n >= (s.barnesHutFrom ?? 300);
  const theta2 = (s.theta ?? 1) ** 2;
  const tree = sharedTree;
  const settle = s.settle ?? 0;
  let it = 0;
  for (; it < s.iterations; it++) {
    keepLastForces(n, dx, dy, odx, ody);
    if (useBH) {
      tree.build(n, xs, ys, mass);
      if (tree.stack.length < tree.count) tree.stack = new Int32Array(tree.count * 2);
      repelBarnesHut(n, xs, ys, mass, kr, theta2, tree, dx, dy);
    } else repelPairs(n, xs, ys, mass, kr, dx, dy);
    gravitate(n, xs, ys, mass, s.gravity, s.strongGravity, dx, dy);
    const edgeLen = attract(ne, src, tgt, ewc, xs, ys, dx, dy, settle > 0);
    const moved = move(n, xs, ys, mass, dx, dy, odx, ody, conv, s.slowDown, settle > 0, s.fixed ?? null);
    if (settle > 0 && it % 5 === 4 && ne > 0 && moved / n < settle * (edgeLen / ne)) {
      it++;
      break;
    }
  }
  return it;
}

/** Node masses (1 + weighted degree) into `mass` (filled with 1) and each edge's attraction factor into `ewc`. */
function massesAndWeights(src: Int32Array, tgt: Int32Array, w: Float64Array | null, influence: number, mass: Float64Array, ewc: Float64Array): void {
  for (let e = 0; e < src.length; e++) {
    const we = w ? w[e]! : 1;
    mass[src[e]!] = mass[src[e]!]! + we;
    mass[tgt[e]!] = mass[tgt[e]!]! + we;
    ewc[e] = influence === 0 ? 1 : influence === 1 ? we : Math.pow(we, influence);
  }
}

/** The last iteration's forces to `odx`/`ody`, this one's zeroed. */
function keepLastForces(n: number, dx: Float64Array, dy: Float64Array, odx: Float64Array, ody: Float64Array): void {
  for (let i = 0; i < n; i++) {
    odx[i] = dx[i]!;
    ody[i] = dy[i]!;
    dx[i] = 0;
    dy[i] = 0;
  }
}

/** Repulsion through the Barnes–Hut tree built over the positions (`tree.stack` large enough). */
function repelBarnesHut(n: number, xs: Float64Array, ys: Float64Array, mass: Float64Array, kr: number, theta2: number, tree: QuadTree, dx: Float64Array, dy: Float64Array): void {
  const { child, body, mass: cm, mx, my, size, stack } = tree;
  for (let i = 0; i < n; i++) {
    const xi = xs[i]!;
    const yi = ys[i]!;
    const mi = mass[i]!;
    let fx = 0;
    let fy = 0;
    let sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
      const c = stack[--sp]!;
      if (body[c] === i) continue;
      const ddx = xi - mx[c]!;
      const ddy = yi - my[c]!;
      const d2 = ddx * ddx + ddy * ddy;
      const b = c * 4;
      if (body[c] !== -1 || (size[c]! * size[c]!) / d2 < theta2) {
        if (d2 > 1e-12) {
          const f = (kr * mi * cm[c]!) / d2;
          fx += ddx * f;
          fy += ddy * f;
        }
        continue;
      }
      for (let q = 0; q < 4; q++) {
        const ch = child[b + q]!;
        if (ch !== -1) stack[sp++] = ch;
      }
    }
    dx[i] = dx[i]! + fx;
    dy[i] = dy[i]! + fy;
  }
}

/** Repulsion between every pair of nodes (small graphs). */
function repelPairs(n: number, xs: Float64Array, ys: Float64Array, mass: Float64Array, kr: number, dx: Float64Array, dy: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const xi = xs[i]!;
    const yi = ys[i]!;
    const mi = mass[i]!;
    for (let j = i + 1; j < n; j++) {
      const ddx = xi - xs[j]!;
      const ddy = yi - ys[j]!;
      const d2 = ddx * ddx + ddy * ddy;
      if (d2 > 0) {
        const f = (kr * mi * mass[j]!) / d2;
        dx[i] = dx[i]! + ddx * f;
        dy[i] = dy[i]! + ddy * f;
        dx[j] = dx[j]! - ddx * f;
        dy[j] = dy[j]! - ddy * f;
      }
    }
  }
}

/** Gravity towards the origin, normal or strong. */
function gravitate(n: number, xs: Float64Array, ys: Float64Array, mass: Float64Array, gravity: number, strong: boolean, dx: Float64Array, dy: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    const d = Math.sqrt(x * x + y * y);
    if (d <= 0) continue;
    const f = strong ? mass[i]! * gravity : (mass[i]! * gravity) / d;
    dx[i] = dx[i]! - x * f;
    dy[i] = dy[i]! - y * f;
  }
}

/** Linear attraction along the edges; returns the edges' summed length when `measure` (else 0). */
function attract(ne: number, src: Int32Array, tgt: Int32Array, ewc: Float64Array, xs: Float64Array, ys: Float64Array, dx: Float64Array, dy: Float64Array, measure: boolean): number {
  let edgeLen = 0;
  for (let e = 0; e < ne; e++) {
    const a = src[e]!;
    const b = tgt[e]!;
    const ddx = xs[a]! - xs[b]!;
    const ddy = ys[a]! - ys[b]!;
    const f = -ewc[e]!;
    dx[a] = dx[a]! + ddx * f;
    dy[a] = dy[a]! + ddy * f;
    dx[b] = dx[b]! - ddx * f;
    dy[b] = dy[b]! - ddy * f;
    if (measure) edgeLen += Math.sqrt(ddx * ddx + ddy * ddy);
  }
  return edgeLen;
}

/** The move with per-node adaptive speed (graphology's FA2 0.10 rule); returns the summed displacement when `measure` (else 0). */
function move(
  n: number,
  xs: Float64Array,
  ys: Float64Array,
  mass: Float64Array,
  dx: Float64Array,
  dy: Float64Array,
  odx: Float64Array,
  ody: Float64Array,
  conv: Float64Array,
  slowDown: number,
  measure: boolean,
  fixed: Uint8Array | null,
): number {
  let moved = 0;
  for (let i = 0; i < n; i++) {
    if (fixed !== null && fixed[i] === 1) continue;
    const ddx = dx[i]!;
    const ddy = dy[i]!;
    const sx = odx[i]! - ddx;
    const sy = ody[i]! - ddy;
    const swinging = mass[i]! * Math.sqrt(sx * sx + sy * sy);
    const tx = odx[i]! + ddx;
    const ty = ody[i]! + ddy;
    const traction = Math.sqrt(tx * tx + ty * ty) / 2;
    const sw = 1 + Math.sqrt(swinging);
    const speed = (conv[i]! * Math.log(1 + traction)) / sw;
    conv[i] = Math.min(1, Math.sqrt((speed * (ddx * ddx + ddy * ddy)) / sw));
    const k = speed / slowDown;
    xs[i] = xs[i]! + ddx * k;
    ys[i] = ys[i]! + ddy * k;
    if (measure) moved += Math.abs(ddx * k) + Math.abs(ddy * k);
  }
  return moved;
}
