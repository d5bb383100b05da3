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
  const scale = enlarge ? Math.min(MAX_ROOM_SCALE, Math.sqrt(part.room)) : 1;
  return (ratio) => Math.sqrt(Math.min(ratio, extent) / extent) / scale;
}
