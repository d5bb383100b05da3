/**
 * Push overlapping discs apart until none overlap (or the pass budget runs out); returns the passes used.
 * Mutates `xs` and `ys` in place (disc i at (xs[i], ys[i]) with radius rs[i], layout units; `margin` the gap
 * kept between discs, same units). Throws nothing.
 * Grid-accelerated: each pass costs O(n) for evenly sized discs. Larger discs move less.
 * `relax` is the share of an overlap each pair removes per meeting (0.5 each side = exactly touching);
 * pushing a little past touching (0.7) converges in about a fifth of the passes on dense community cores.
 * `tolerance`: an overlap of the margin shallower than this is still pushed but no longer keeps the passes going
 * (keep it below `margin`, so discs still never touch); 0: run until every margin is whole.
 */
export function removeOverlaps(xs: Float64Array, ys: Float64Array, rs: Float64Array, margin: number, maxPasses = 100, relax = 0.5, tolerance = 0): number {
  const n = xs.length;
  if (n < 2) return 0;
  // Cells sized for a typical disc; a pair is handled by its larger disc, which searches far enough.
  const sorted = Float64Array.from(rs).sort();
  const cell = 2 * (sorted[Math.floor(n / 2)]! + margin);
  // made once for every pass (a layout calls this for each of 2,000 communities, each for up to 100 passes: three
  // new arrays a pass kept V8's young array-buffer sweeping busy); a pass is functions of its own (see `gridOf`)
  const next = new Int32Array(n);
  const cx = new Int32Array(n);
  const cy = new Int32Array(n);
  const grid = new Float64Array(6);
  let head = new Int32Array(0);
  let pass = 0;
  for (; pass < maxPasses; pass++) {
    gridOf(xs, ys, cell, grid);
    const cols = grid[0]!;
    const rows = grid[1]!;
    if (head.length < cols * rows) head = new Int32Array(Math.max(cols * rows, head.length * 2));
    const cells = head.subarray(0, cols * rows).fill(-1);
    binDiscs(xs, ys, grid, cells, next, cx, cy);
    if (pushApart(xs, ys, rs, margin, relax, tolerance, grid, cells, next, cx, cy) === 0) break;
  }
  return pass;
}

/**
 * The pass's grid over the discs' centres: `grid` gets columns, rows, the cell's width and height, and the grid's
 * origin (the least x and y). A function of
 * its own, as are the pass's other two loops: compiled by on-stack replacement inside one long function, V8
 * (Chromium's Maglev) left the compiled loop at each pass's end ("exit from OSR'd inner loop").
 */
function gridOf(xs: Float64Array, ys: Float64Array, cell: number, grid: Float64Array): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i]! < minX) minX = xs[i]!;
    if (xs[i]! > maxX) maxX = xs[i]!;
    if (ys[i]! < minY) minY = ys[i]!;
    if (ys[i]! > maxY) maxY = ys[i]!;
  }
  const cols = Math.max(1, Math.min(4096, Math.ceil((maxX - minX) / cell) + 1));
  const rows = Math.max(1, Math.min(4096, Math.ceil((maxY - minY) / cell) + 1));
  grid[0] = cols;
  grid[1] = rows;
  grid[2] = (maxX - minX) / cols + 1e-9;
  grid[3] = (maxY - minY) / rows + 1e-9;
  grid[4] = minX;
  grid[5] = minY;
}

/** Each disc into its cell (`cells`: -1 when empty, else the last disc; `next`: the disc before it in the cell). */
function binDiscs(xs: Float64Array, ys: Float64Array, grid: Float64Array, cells: Int32Array, next: Int32Array, cx: Int32Array, cy: Int32Array): void {
  const cols = grid[0]!;
  const rows = grid[1]!;
  const cw = grid[2]!;
  const ch = grid[3]!;
  const minX = grid[4]!;
  const minY = grid[5]!;
  for (let i = 0; i < xs.length; i++) {
    const gx = Math.min(cols - 1, Math.floor((xs[i]! - minX) / cw));
    const gy = Math.min(rows - 1, Math.floor((ys[i]! - minY) / ch));
    cx[i] = gx;
    cy[i] = gy;
    const c = gy * cols + gx;
    next[i] = cells[c]!;
    cells[c] = i;
  }
}

/** Pushes every overlapping pair apart once; returns the overlaps deeper than `tolerance`. */
function pushApart(
  xs: Float64Array,
  ys: Float64Array,
  rs: Float64Array,
  margin: number,
  relax: number,
  tolerance: number,
  grid: Float64Array,
  head: Int32Array,
  next: Int32Array,
  cx: Int32Array,
  cy: Int32Array,
): number {
  const cols = grid[0]!;
  const rows = grid[1]!;
  const cw = grid[2]!;
  const ch = grid[3]!;
  let overlaps = 0;
  for (let i = 0; i < xs.length; i++) {
    const ri = rs[i]! + margin;
    const reachX = Math.ceil((2 * ri) / cw);
    const reachY = Math.ceil((2 * ri) / ch);
    for (let gy = Math.max(0, cy[i]! - reachY); gy <= Math.min(rows - 1, cy[i]! + reachY); gy++) {
      for (let gx = Math.max(0, cx[i]! - reachX); gx <= Math.min(cols - 1, cx[i]! + reachX); gx++) {
        for (let j = head[gy * cols + gx]!; j !== -1; j = next[j]!) {
          if (j === i || rs[j]! > rs[i]! || (rs[j] === rs[i] && j < i)) continue;
          const need = ri + rs[j]! + margin;
          const dx = xs[j]! - xs[i]!;
          const dy = ys[j]! - ys[i]!;
          const d2 = dx * dx + dy * dy;
          if (d2 >= need * need) continue;
          const d = Math.sqrt(d2);
          if (need - d > tolerance) overlaps++;
          const ux = d > 1e-9 ? dx / d : Math.cos(i * 2.4 + j);
          const uy = d > 1e-9 ? dy / d : Math.sin(i * 2.4 + j);
          const push = (need - d) * relax + 1e-6;
          const wi = rs[j]! / (rs[i]! + rs[j]!);
          const wj = 1 - wi;
          xs[i] = xs[i]! - ux * push * 2 * wi;
          ys[i] = ys[i]! - uy * push * 2 * wi;
          xs[j] = xs[j]! + ux * push * 2 * wj;
          ys[j] = ys[j]! + uy * push * 2 * wj;
        }
      }
    }
  }
  return overlaps;
}

/**
 * Scale positions about their centroid (never shrinking) so the discs cover at most `density` of the
 * layout's area: overlap removal then only has local work left. Mutates `xs` and `ys` in place (radii `rs`,
 * `margin` in layout units; `density` a share of area, 0..1). Throws nothing.
 */
export function spreadToDensity(xs: Float64Array, ys: Float64Array, rs: Float64Array, margin: number, density: number): void {
  const n = xs.length;
  if (n < 2) return;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) ((cx += xs[i]!), (cy += ys[i]!));
  cx /= n;
  cy /= n;
  let sq = 0;
  let discArea = 0;
  for (let i = 0; i < n; i++) {
    sq += (xs[i]! - cx) ** 2 + (ys[i]! - cy) ** 2;
    discArea += Math.PI * (rs[i]! + margin) ** 2;
  }
  // A uniform disc of radius R has rms distance R/sqrt(2) from its centre.
  const radius = Math.sqrt((2 * sq) / n);
  const area = Math.PI * radius * radius;
  if (area <= 0) return;
  const scale = Math.sqrt(discArea / density / area);
  if (scale <= 1) return;
  for (let i = 0; i < n; i++) {
    xs[i] = cx + (xs[i]! - cx) * scale;
    ys[i] = cy + (ys[i]! - cy) * scale;
  }
}
