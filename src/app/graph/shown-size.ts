/**
 * How large discs are drawn when the filters leave part of the map: Sigma draws a node of size s at camera ratio r
 * s / zoomToSizeRatioFunction(r) px (√r by default: the whole map at ratio 1, discs growing by the square root of the
 * zoom). In a filtered view the discs keep their size from the whole map's ratio (1) down to the ratio that frames
 * the shown part (its `extent`: where a link with filters, the fit button and "Show only this one" take the camera),
 * and grow by √ of the zoom closer than that, as the whole map's do from ratio 1; and on a big map they are enlarged
 * by the room the hidden authors left around the shown ones (`ShownPart.room`). A filter changed on the page (the
 * camera left where it was) and the same filters opened from a link (the camera framing the shown part) draw the
 * same discs.
 *
 * Before, the 30k map's 2021 Findings papers (1,754 authors spread over the whole map) kept the overview's 1.5 px
 * discs and one drawn name (names need a 5 px disc: Canvas.tsx `labelRenderedSizeThreshold`), and the same with one
 * community (`only=`, 207 authors) drew no name at all, even zoomed in three times: a community alone kept its discs'
 * size at every zoom (the rule this one replaces, kept from ratio 1 to its framing: framed at √ growth, one community
 * of 1,243 authors was one blob). The unfiltered map is drawn as before (√r).
 *
 * The enlargement is for the room left on average over the shown part's box; where shown nodes still lie close
 * together each keeps only the share of it that leaves its neighbours' discs in sight (`roomShares`, drawn through
 * the node reducer: controllers/ShownSizeController.tsx).
 */

/** The most a filtered view's discs are enlarged for the room around them (at this, a one-paper author's disc on the 30k map is ~5 px). */
export const MAX_ROOM_SCALE = 3.5;

/** The shown part of a map: its extent against the whole map's, and the room each shown author has. */
export interface ShownPart {
  /**
   * The larger of the shown authors' bounding box's width and height over the whole map's (0..1]: about the camera
   * ratio that frames them (Sigma's ratio 1 frames the whole map). 1 when everything is shown.
   */
  extent: number;
  /**
   * All authors (shown or not) inside the shown authors' bounding box per shown author (≥ 1): how many times the
   * room an author has on the whole map each shown one has. 1 when everything is shown.
   */
  room: number;
}

/**
 * The shown part (`shown[i]` = 1: author i shown) of authors at (`x[i]`, `y[i]`) (graph coordinates; every author,
 * shown or not, in the same index order). Null when no author is shown. One pass over the authors for the boxes, one
 * to count; throws nothing.
 */
export function shownPart(x: ArrayLike<number>, y: ArrayLike<number>, shown: ArrayLike<number>): ShownPart | null {
  const n = Math.min(x.length, y.length, shown.length);
  let ax0 = Infinity, ay0 = Infinity, ax1 = -Infinity, ay1 = -Infinity;
  let sx0 = Infinity, sy0 = Infinity, sx1 = -Infinity, sy1 = -Infinity;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const px = x[i]!, py = y[i]!;
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    ax0 = Math.min(ax0, px); ax1 = Math.max(ax1, px); ay0 = Math.min(ay0, py); ay1 = Math.max(ay1, py);
    if (shown[i] !== 1) continue;
    count++;
    sx0 = Math.min(sx0, px); sx1 = Math.max(sx1, px); sy0 = Math.min(sy0, py); sy1 = Math.max(sy1, py);
  }
  if (count === 0) return null;
  const share = (s: number, a: number) => (a > 0 ? s / a : 1);
  const extent = Math.min(1, Math.max(share(sx1 - sx0, ax1 - ax0), share(sy1 - sy0, ay1 - ay0)));
  let inside = 0;
  for (let i = 0; i < n; i++) if (x[i]! >= sx0 && x[i]! <= sx1 && y[i]! >= sy0 && y[i]! <= sy1) inside++;
  // a single author (or a line of them) has a box of no width: it is framed at the closest zoom anyway
  return { extent: extent > 0 ? extent : 1, room: Math.max(1, inside / count) };
}

/**
 * Sigma's `zoomToSizeRatioFunction` for the shown part `part` (null, or everything shown: the whole map, Sigma's √r):
 * √(min(r, extent) / extent) divided by the room's enlargement, √room up to MAX_ROOM_SCALE (`enlarge` false: none;
 * a small map's discs, 4 px and up, and its every name in a view of 60 nodes or fewer, need none). From ratio 1 to
 * the shown part's framing a disc keeps its size (its whole-map size at ratio 1 times the enlargement), closer it
 * grows by √ of the zoom. Pure; throws nothing.
 */
export function shownSizeRatio(part: ShownPart | null, enlarge: boolean): (ratio: number) => number {
  if (!part || (part.extent >= 1 && part.room <= 1)) return Math.sqrt;
  const { extent } = part;
  const scale = enlargement(part, enlarge);
  return (ratio) => Math.sqrt(Math.min(ratio, extent) / extent) / scale;
}

/**
 * An enlarged disc reaches at most this share of the way to the nearest other shown node drawn apart from it on the
 * whole map: at 1, no disc covers the middle of such a neighbour, each author's disc stays in sight (at 0.5 none would
 * overlap at all, and the 30k map's 2021 Findings view kept 22 names of the 42 drawn at 3.5 times every disc).
 */
export const ROOM_REACH = 1;

/**
 * Each shown node's share (1/`scale`..1] of the room enlargement `scale` (≥ 1: `enlargement`) it is drawn with: where
 * the room the hidden authors left is not all around it, its disc grows only until it reaches ROOM_REACH of the way
 * to its nearest shown neighbour, and never below its whole-map size (1/`scale`). A neighbour its disc overlaps at
 * the whole-map size (a co-author laid out on it: the two are drawn as one dot at any size) holds nothing back. `x`,
 * `y`: the shown nodes' viewport positions (CSS px) at the framing of the shown part; `r`: their radii (CSS px)
 * drawn there with the whole enlargement; same length (non-finite positions: share 1). A uniform grid finds each
 * one's nearest neighbour within the distance that could hold it back (r / ROOM_REACH). Pure; throws nothing.
 *
 * Before, the 30k map's 2021 Findings papers drew every disc 3.5 times its size: its dense clusters were blobs, three
 * quarters of the discs' ink under another disc (a third at the whole-map size), the phone's view one blob. With the
 * shares: 58% on the desktop, the clusters told apart, and 49 names drawn (42 before).
 */
export function roomShares(x: ArrayLike<number>, y: ArrayLike<number>, r: ArrayLike<number>, scale: number): Float64Array {
  const n = Math.min(x.length, y.length, r.length);
  const out = new Float64Array(n).fill(1);
  if (!(scale > 1) || n < 2) return out;
  // a uniform grid of cells a median reach wide (the distance beyond which a neighbour holds nothing back: r / ROOM_REACH)
  const ok = (i: number) => Number.isFinite(x[i]!) && Number.isFinite(y[i]!) && r[i]! > 0;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const reaches: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!ok(i)) continue;
    x0 = Math.min(x0, x[i]!); x1 = Math.max(x1, x[i]!); y0 = Math.min(y0, y[i]!); y1 = Math.max(y1, y[i]!);
    reaches.push(r[i]! / ROOM_REACH);
  }
  if (reaches.length < 2) return out;
  reaches.sort((a, b) => a - b);
  // (at least a 1/1024 of the box's side: a bounded number of cells)
  const cell = Math.max(reaches[reaches.length >> 1]!, Math.max(x1 - x0, y1 - y0) / 1024, 1e-9);
  const cols = Math.floor((x1 - x0) / cell) + 1;
  const rows = Math.floor((y1 - y0) / cell) + 1;
  const col = (v: number) => Math.min(cols - 1, Math.max(0, Math.floor((v - x0) / cell)));
  const row = (v: number) => Math.min(rows - 1, Math.max(0, Math.floor((v - y0) / cell)));
  // the points by cell (a counting sort): cell c holds order[start[c]..start[c + 1])
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) if (ok(i)) start[row(y[i]!) * cols + col(x[i]!) + 1]!++;
  for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, cols * rows);
  const order = new Int32Array(start[cols * rows]!);
  for (let i = 0; i < n; i++) if (ok(i)) order[fill[row(y[i]!) * cols + col(x[i]!)]!++] = i;
  for (let i = 0; i < n; i++) {
    if (!ok(i)) continue;
    const px = x[i]!, py = y[i]!, ri = r[i]!, far = ri / ROOM_REACH;
    const ci = col(px), cj = row(py);
    let nearest = far;
    // rings of cells outward, until the ring is farther than the nearest found
    for (let k = 0; k <= Math.ceil(far / cell); k++) {
      if ((k - 1) * cell > nearest) break;
      for (let cy = Math.max(0, cj - k); cy <= Math.min(rows - 1, cj + k); cy++) {
        // (the ring's top and bottom rows whole, its other rows at their two ends)
        const whole = cy === cj - k || cy === cj + k;
        for (let cx = Math.max(0, ci - k); cx <= Math.min(cols - 1, ci + k); cx++) {
          if (!whole && cx !== ci - k && cx !== ci + k) continue;
          const c = cy * cols + cx;
          for (let o = start[c]!; o < start[c + 1]!; o++) {
            const j = order[o]!;
            if (j === i) continue;
            const dx = x[j]! - px, dy = y[j]! - py, d2 = dx * dx + dy * dy;
            if (d2 >= nearest * nearest) continue;
            // (a neighbour its disc overlaps at the whole-map size, a co-author laid out on it, is drawn as one dot with it)
            const apart = (ri + r[j]!) / scale;
            if (d2 >= apart * apart) nearest = Math.sqrt(d2);
          }
        }
      }
    }
    out[i] = Math.min(1, Math.max(1 / scale, (ROOM_REACH * nearest) / ri));
  }
  return out;
}

/**
 * The room shares `share` (as `roomShares` gives them) of author discs of base sizes `size` (the display sizes the
 * author's "Size authors by" measure gives them: graph/node-sizes.ts `authorSizes`, in the measure's order), lowered
 * where needed so the discs are drawn in the measure's order: each disc's drawn size (size × share) at most the least
 * drawn size of any disc with a larger base size (equal base sizes: no order between them). Only lowers a share, so it
 * adds no overlap; never below 1/`scale` (a disc's whole-map size: a larger base size's drawn size is at least its own
 * base size / `scale`, so the bound is above this one's). Drawn sizes are then capped alike (graph/drawn-size.ts
 * `cappedRadius`, the same for every node), which keeps the order. Non-finite sizes keep their share. Pure (a new
 * array); throws nothing.
 *
 * Before, each disc kept the share its own crowding left it: on the 30k map's 2018 authors of 20 papers or more (paper
 * squares on) Dan Roth (22 papers) was drawn largest, at 1.6 times Iryna Gurevych (35, the most), a crowded prolific
 * author smaller than a lone one with fewer papers, against the legend ("author, by papers in 2018").
 */
export function orderedShares(size: ArrayLike<number>, share: ArrayLike<number>, scale: number): Float64Array {
  const n = Math.min(size.length, share.length);
  const out = Float64Array.from({ length: n }, (_, i) => share[i]!);
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => Number.isFinite(size[i]!) && size[i]! > 0 && Number.isFinite(share[i]!));
  order.sort((a, b) => size[b]! - size[a]!);
  // the least drawn size among the larger base sizes seen so far
  let least = Infinity;
  for (let g = 0; g < order.length; ) {
    let h = g;
    while (h < order.length && size[order[h]!]! === size[order[g]!]!) h++;
    let groupLeast = Infinity;
    for (let k = g; k < h; k++) {
      const i = order[k]!;
      if (size[i]! * out[i]! > least) out[i] = Math.max(1 / Math.max(1, scale), least / size[i]!);
      groupLeast = Math.min(groupLeast, size[i]! * out[i]!);
    }
    least = Math.min(least, groupLeast);
    g = h;
  }
  return out;
}

/**
 * The room enlargement `shownSizeRatio` gives the discs of the shown part `part` (1: none; `enlarge` as there):
 * √room, at most MAX_ROOM_SCALE. Pure; throws nothing.
 */
export function enlargement(part: ShownPart | null, enlarge: boolean): number {
  return part && enlarge ? Math.min(MAX_ROOM_SCALE, Math.max(1, Math.sqrt(part.room))) : 1;
}

/** A point of a plane (graph, framed or viewport coordinates). */
export interface Point {
  x: number;
  y: number;
}

/**
 * The affine map `convert` is (a coordinate change of Sigma's without rotation or perspective: graph to framed or
 * viewport coordinates through one fixed camera), taken from where it sends three points: each point then costs a
 * few multiplications, not `convert`'s matrices (Sigma's `graphToViewport` with a camera of its own: ~9 µs each, 0.6 s
 * for the 30k map's 66k nodes on the test machine). Calls `convert` three times; throws what it throws.
 */
export function affine(convert: (p: Point) => Point): (p: Point) => Point {
  const o = convert({ x: 0, y: 0 });
  const ex = convert({ x: 1, y: 0 });
  const ey = convert({ x: 0, y: 1 });
  const [ax, bx, ay, by] = [ex.x - o.x, ey.x - o.x, ex.y - o.y, ey.y - o.y];
  return (p) => ({ x: o.x + ax * p.x + bx * p.y, y: o.y + ay * p.x + by * p.y });
}

/** A node drawn on the canvas: its middle (viewport CSS px) and radius (half a square's side). */
export interface DrawnNode {
  x: number;
  y: number;
  r: number;
}

/**
 * The camera ratio the paper squares are checked against their authors' discs at (`squaresOverAuthors`): a little
 * farther out than the whole map's framing (Sigma's ratio 1; a view framed clear of the panels opens at ~1.16). A
 * square grows no faster than the gap to its author as the camera comes closer (√ of the zoom, or not at all in a
 * filtered view framed farther out than its shown part), so one that leaves its author's middle clear here leaves it
 * clear at every closer zoom.
 */
export const SQUARE_CHECK_RATIO = 1.5;

/**
 * Whether the paper square `square` covers the middle of the author disc `disc` (both drawn nodes at one framing):
 * drawn after the discs, it would hide most of the disc and take a click on its middle. Pure; throws nothing.
 */
export function squareOverDisc(square: DrawnNode, disc: DrawnNode): boolean {
  return Math.max(Math.abs(disc.x - square.x), Math.abs(disc.y - square.y)) < square.r;
}

/**
 * The indices of `squares` (paper squares drawn at one framing) that cover the middle of one of their own authors'
 * discs (`authorsOf(i)`: square i's authors' discs drawn at the same framing): those are drawn below the discs
 * (appearance.ts `squaresBelow`). Pure; throws nothing.
 */
export function squaresOverAuthors(squares: readonly DrawnNode[], authorsOf: (i: number) => readonly DrawnNode[]): number[] {
  const out: number[] = [];
  squares.forEach((square, i) => {
    if (authorsOf(i).some((disc) => squareOverDisc(square, disc))) out.push(i);
  });
  return out;
}

/** The least gap (CSS px) `placeSquares` leaves between a paper square and any disc or other square it places. */
export const SQUARE_GAP = 2;

/**
 * How far `placeSquares` may move a square from where the map's layout puts it, in multiples of the square's half side
 * and SQUARE_GAP: a square with no clear spot that near stays where the layout put it.
 */
export const SQUARE_REACH = 8;

/**
 * The most spots `placeSquares` tries in all (a crowded view, e.g. the 30k map's ACL 2020 with its 2,5xx authors: the
 * squares left with no clear spot each tried every spot within reach); the squares after stay where they were.
 */
export const SQUARE_SPOT_BUDGET = 30_000;

/** The most spots `placeSquares` tries for one square (about the rings of 25 px round a 5.6 px square). */
export const SQUARE_SPOTS_EACH = 400;

/** Whether a square of half side `h` centred at (x, y) keeps SQUARE_GAP px clear of the disc `d` (nearest points). */
const clearOfDisc = (x: number, y: number, h: number, d: DrawnNode): boolean => {
  const dx = Math.max(0, Math.abs(d.x - x) - h);
  const dy = Math.max(0, Math.abs(d.y - y) - h);
  return dx * dx + dy * dy >= (d.r + SQUARE_GAP) ** 2;
};

/**
 * Where paper squares are drawn so that none touches an author disc or another square, at one framing (viewport CSS
 * px). The map's layout keeps an author and the papers hanging from them ~11 layout units apart, its discs and squares
 * 1–3.5 units in radius; but the canvas draws nodes in pixels, not layout units: a filtered view framed about the
 * whole map's ratio (a venue spread over the map) draws a one-paper author ~2 px from their paper, the square 5.6 px in
 * half side, the disc 3.6 px: the disc sat on or under the square (the 3k map's AACL 2020 Student Research Workshop:
 * 66 of its 67 discs). Each square of `squares` (index order) keeps its place when it is clear of every disc of
 * `discs` and of the squares placed before it by SQUARE_GAP; else it takes the nearest clear spot on rings around its
 * place (rings and spots on them half its half side apart, up to SQUARE_REACH times its half side and the gap away,
 * SQUARE_SPOTS_EACH spots at most), the side away from its own authors (`authorsOf(i)`: indices into `discs`) tried
 * first; with none (or once SQUARE_SPOT_BUDGET spots were tried in all), it stays (null). Returns the new centre of
 * each square (null: where it was). Squares and discs kept clear here stay clear at every closer zoom (a gap grows
 * with the zoom, a node's size by at most its square root) and, sizes shrinking as distances do, farther out
 * (`shrinkBeyond`). A uniform grid whose cells list every disc and placed square that could touch a square centred in
 * them; throws nothing.
 */
export function placeSquares(discs: readonly DrawnNode[], squares: readonly DrawnNode[], authorsOf: (i: number) => readonly number[]): ({ x: number; y: number } | null)[] {
  const out: ({ x: number; y: number } | null)[] = squares.map(() => null);
  if (squares.length === 0) return out;
  let maxSquare = 0;
  for (const s of squares) if (Number.isFinite(s.r)) maxSquare = Math.max(maxSquare, s.r);
  const cell = Math.max(4, 2 * maxSquare + SQUARE_GAP);
  const cells = new Map<number, number[]>();
  const keyOf = (cx: number, cy: number) => cx * 1_048_583 + cy;
  /** Lists node `id` in every cell a square's centre could lie in and touch it (`reach`: its half width plus a square's and the gap). */
  const add = (x: number, y: number, reach: number, id: number) => {
    for (let cx = Math.floor((x - reach) / cell); cx <= Math.floor((x + reach) / cell); cx++)
      for (let cy = Math.floor((y - reach) / cell); cy <= Math.floor((y + reach) / cell); cy++) {
        const k = keyOf(cx, cy);
        const list = cells.get(k);
        if (list) list.push(id);
        else cells.set(k, [id]);
      }
  };
  discs.forEach((d, i) => {
    if (Number.isFinite(d.x) && Number.isFinite(d.y) && Number.isFinite(d.r)) add(d.x, d.y, d.r + maxSquare + SQUARE_GAP, i);
  });
  // placed squares by ids after the discs'
  const placed: DrawnNode[] = [];
  let budget = SQUARE_SPOT_BUDGET;
  const clear = (x: number, y: number, h: number): boolean => {
    budget--;
    const list = cells.get(keyOf(Math.floor(x / cell), Math.floor(y / cell)));
    if (!list) return true;
    for (const id of list) {
      if (id < discs.length) {
        if (!clearOfDisc(x, y, h, discs[id]!)) return false;
      } else {
        const q = placed[id - discs.length]!;
        if (Math.max(Math.abs(q.x - x), Math.abs(q.y - y)) < h + q.r + SQUARE_GAP) return false;
      }
    }
    return true;
  };
  squares.forEach((s, i) => {
    if (!Number.isFinite(s.x) || !Number.isFinite(s.y) || !Number.isFinite(s.r)) return;
    let at = { x: s.x, y: s.y };
    if (!clear(s.x, s.y, s.r)) {
      // the side away from its authors first (their middle; none, or on it: to the right)
      let ax = 0;
      let ay = 0;
      const own = authorsOf(i).filter((k) => discs[k] && Number.isFinite(discs[k]!.x) && Number.isFinite(discs[k]!.y));
      for (const k of own) ((ax += discs[k]!.x), (ay += discs[k]!.y));
      const away = own.length && Math.hypot(s.x - ax / own.length, s.y - ay / own.length) > 1e-6 ? Math.atan2(s.y - ay / own.length, s.x - ax / own.length) : 0;
      const step = Math.max(1, s.r / 2);
      const reach = SQUARE_REACH * (s.r + SQUARE_GAP);
      let found: { x: number; y: number } | null = null;
      const until = budget - SQUARE_SPOTS_EACH;
      for (let t = step; t <= reach && !found && budget > Math.max(0, until); t += step) {
        const n = Math.max(8, Math.ceil((2 * Math.PI * t) / step));
        for (let k = 0; k < n && !found; k++) {
          // 0, +1, -1, +2, -2, …: the nearest angles to `away` first
          const turn = k % 2 === 1 ? (k + 1) / 2 : -k / 2;
          const angle = away + (turn * 2 * Math.PI) / n;
          const x = s.x + t * Math.cos(angle);
          const y = s.y + t * Math.sin(angle);
          if (clear(x, y, s.r)) found = { x, y };
        }
      }
      if (!found) return;
      at = found;
      out[i] = found;
    }
    placed.push({ x: at.x, y: at.y, r: s.r });
    add(at.x, at.y, s.r + maxSquare + SQUARE_GAP, discs.length + placed.length - 1);
  });
  return out;
}

/**
 * `f` (a zoom-to-size function: Sigma's `zoomToSizeRatioFunction`) with sizes shrinking as distances do beyond camera
 * ratio `from` (farther out): f(r) · r / `from` there, as f below. Paper squares placed clear of the discs at `from`
 * (`placeSquares`) stay clear when the camera zooms out past it: a filtered view kept its discs' size at every wider
 * zoom while the map between them shrank, the squares closing over their authors again. Pure; throws nothing.
 */
export function shrinkBeyond(f: (ratio: number) => number, from: number): (ratio: number) => number {
  return (ratio) => f(ratio) * Math.max(1, ratio / from);
}
