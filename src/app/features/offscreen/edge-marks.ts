/**
 * Where the markers of off-screen items go (OffscreenMarks.tsx): the selected node's neighbours drawn outside the
 * part of the canvas the panels leave are grouped by the direction they lie in, seen from that part's middle, and
 * each group gets one marker at the edge of that part, on the line towards the group, pointing at it, with the
 * group's count. As map tools mark what lies beyond the screen's edge (the "off-screen indicators" of maps and
 * games: a pin at the edge, turned towards what it stands for).
 */
import type { CanvasPart } from '../../canvas-covers';
import { listWords, plural } from '../../format';

/**
 * What a count of marked items says of a selected node's `n` neighbours (`noun`: "paper", "co-author", "author",
 * followed by `of`, e.g. " of Dan Roth") and `chain` nodes of the traced co-author chain (its authors and the papers
 * of its steps, marked when the node is an author of it: controllers/chain-framed.ts `chainMarked`), e.g. "3 papers"
 * or "3 papers of Dan Roth and 2 of the co-author chain" or "2 of the co-author chain"; '' for none. Text, never HTML.
 * Pure.
 */
export function markedWords(n: number, noun: string, chain: number, of = ''): string {
  return listWords([...(n ? [`${n} ${plural(noun, n)}${of}`] : []), ...(chain ? [`${chain} of the co-author chain`] : [])]);
}

/** An item drawn at viewport position (`x`, `y`, CSS px of the canvas). */
export interface DrawnItem {
  key: string;
  x: number;
  y: number;
}

/** A marker: its centre (`x`, `y`, CSS px of the canvas), the direction it points in (`angle`, radians, 0 to the right, clockwise as y grows down), the items it stands for. */
export interface EdgeMark {
  x: number;
  y: number;
  angle: number;
  keys: string[];
}

/** Directions items are grouped in: eight sectors of 45° (right, lower right, down, …). */
const SECTORS = 8;

/**
 * How items are grouped into markers: 'sectors', one marker per direction (SECTORS: up to eight); 'edges', one per
 * edge of the part that the line from its middle towards the item crosses (up to four: a phone's small map, where
 * six 44 px markers covered much of what the sheet leaves, testers).
 */
export type MarkGrouping = 'sectors' | 'edges';

/**
 * The markers for `items` lying outside `part` (an item on its edge is inside): one per group (`grouping`: a
 * direction sector, or an edge of `part`), two closer than `size` + 4 px merged into one, each centred `inset` +
 * `size` / 2 px inside `part`'s edge where the line from `part`'s middle towards the group's mean direction meets
 * it, then moved along that edge clear of `obstacles` (boxes over the canvas: the zoom buttons, the legend) when one
 * covers it and there is room. Sizes in CSS px; `part` at least `2 · (inset + size)` wide and high (else none).
 * O(items). Throws nothing.
 */
export function edgeMarks(
  items: readonly DrawnItem[],
  part: CanvasPart,
  size: number,
  inset: number,
  obstacles: readonly CanvasPart[] = [],
  grouping: MarkGrouping = 'sectors',
): EdgeMark[] {
  const half = size / 2;
  const box = { left: part.left + inset + half, top: part.top + inset + half, right: part.right - inset - half, bottom: part.bottom - inset - half };
  if (box.right - box.left < size || box.bottom - box.top < size) return [];
  const cx = (part.left + part.right) / 2;
  const cy = (part.top + part.bottom) / 2;
  // which edge of the box markers are centred in the line from the middle in direction (dx, dy) crosses: 0 right,
  // 1 bottom, 2 left, 3 top (the mean direction of items crossing one edge crosses it too: each edge's directions
  // make a cone narrower than a half-turn)
  function edgeOf(dx: number, dy: number): number {
    const tx = dx !== 0 ? (dx > 0 ? box.right - cx : cx - box.left) / Math.abs(dx) : Infinity;
    const ty = dy !== 0 ? (dy > 0 ? box.bottom - cy : cy - box.top) / Math.abs(dy) : Infinity;
    return tx <= ty ? (dx > 0 ? 0 : 2) : dy > 0 ? 1 : 3;
  }
  const groups = new Map<number, { dx: number; dy: number; keys: string[] }>();
  for (const item of items) {
    if (item.x >= part.left && item.x <= part.right && item.y >= part.top && item.y <= part.bottom) continue;
    const dx = item.x - cx;
    const dy = item.y - cy;
    const d = Math.hypot(dx, dy) || 1;
    const sector = grouping === 'edges' ? edgeOf(dx, dy) : ((Math.round(Math.atan2(dy, dx) / ((2 * Math.PI) / SECTORS)) % SECTORS) + SECTORS) % SECTORS;
    const group = groups.get(sector) ?? { dx: 0, dy: 0, keys: [] };
    group.dx += dx / d;
    group.dy += dy / d;
    group.keys.push(item.key);
    groups.set(sector, group);
  }
  // where the line from the middle in direction (dx, dy) meets the box markers are centred in
  const onEdge = (dx: number, dy: number) => {
    const tx = dx > 0 ? (box.right - cx) / dx : dx < 0 ? (box.left - cx) / dx : Infinity;
    const ty = dy > 0 ? (box.bottom - cy) / dy : dy < 0 ? (box.top - cy) / dy : Infinity;
    const t = Math.min(tx, ty);
    return { x: cx + dx * t, y: cy + dy * t };
  };
  let marks = [...groups.values()].map((g) => ({ ...onEdge(g.dx, g.dy), dx: g.dx, dy: g.dy, keys: g.keys }));
  // markers that would touch are one (two sectors meeting at a corner of a narrow part)
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const [a, b] = [marks[i]!, marks[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) >= size + 4) continue;
        const [dx, dy] = [a.dx + b.dx, a.dy + b.dy];
        marks.splice(j, 1);
        marks[i] = { ...onEdge(dx, dy), dx, dy, keys: [...a.keys, ...b.keys] };
        merged = true;
        break outer;
      }
    }
  }
  marks = marks.map((m) => clearOf(m, box, half, obstacles));
  return marks.map((m) => ({ x: m.x, y: m.y, angle: Math.atan2(m.dy, m.dx), keys: m.keys }));
}

/**
 * The markers (`edgeMarks`, grouped by `grouping`: 'edges' on a touch screen, 'sectors' with a mouse) for `items`
 * lying outside `part`, and the caption
 * band across the top of `part` that says what they are (`captionHeight` px high, `captionGap` px below `part`'s top,
 * 8 px in from its sides; null when no item lies outside `part`). With a caption the markers are placed below it
 * (`target` px finger targets, `inset` px from `part`'s edges, off `obstacles`), but what they count is still what
 * lies outside `part`: an item under the caption is on the map the user sees (the pill is narrower than the map and
 * over it; the framing put it there), so it is not "out of sight". Counting it made Pushpak Bhattacharyya's card on
 * the 30k map on a phone say 22 co-authors out of sight where 18 lay beyond the map (4 framed at its top edge).
 * Sizes in CSS px of the canvas. With a mouse the caption says what the numbered circles are too (they had only a
 * tooltip, a tester). O(items). Throws nothing.
 */
export function captionedMarks(
  items: readonly DrawnItem[],
  part: CanvasPart,
  target: number,
  inset: number,
  obstacles: readonly CanvasPart[],
  captionHeight: number,
  captionGap: number,
  grouping: MarkGrouping = 'edges',
): { marks: EdgeMark[]; caption: CanvasPart | null } {
  const out = items.filter((i) => !(i.x >= part.left && i.x <= part.right && i.y >= part.top && i.y <= part.bottom));
  if (!out.length || !edgeMarks(out, part, target, inset, obstacles, grouping).length) return { marks: [], caption: null };
  const caption = { left: part.left + 8, top: part.top + captionGap, right: part.right - 8, bottom: part.top + captionGap + captionHeight };
  // every item of `out` lies outside the smaller part below the caption too: each one is counted by a marker
  const marks = edgeMarks(out, { ...part, top: caption.bottom + 2 }, target, inset, obstacles, grouping);
  return marks.length ? { marks, caption } : { marks: [], caption: null };
}

/**
 * The gap (CSS px) kept between a marker's disc, with its arrow (`ARROW_REACH` beyond the disc, whichever way it
 * points), and an obstacle (the zoom buttons, the legend). It was 4 px from the disc alone: on the 70k map at 1440×900
 * (Iryna Gurevych's card) a marker sat on the zoom buttons' top edge, its arrow over them, and another against the
 * legend's end (a tester).
 */
const OBSTACLE_GAP = 6;

/**
 * `mark` (centred at x, y, `half` px each side) moved along the edge of `box` it lies on, the least way that takes
 * it, and the arrow it may point any way with (`ARROW_REACH`), off every one of `obstacles` (`OBSTACLE_GAP` px apart)
 * and keeps it in `box`; as it is when nothing covers it or no such place is found.
 */
function clearOf<T extends { x: number; y: number }>(mark: T, box: CanvasPart, half: number, obstacles: readonly CanvasPart[]): T {
  const reach = half + ARROW_REACH + OBSTACLE_GAP;
  const hits = (x: number, y: number) => obstacles.some((o) => x + reach > o.left && x - reach < o.right && y + reach > o.top && y - reach < o.bottom);
  if (!hits(mark.x, mark.y)) return mark;
  const onSide = Math.abs(mark.x - box.left) < 0.5 || Math.abs(mark.x - box.right) < 0.5;
  const candidates: { x: number; y: number }[] = [];
  for (const o of obstacles) {
    if (onSide) candidates.push({ x: mark.x, y: o.top - reach }, { x: mark.x, y: o.bottom + reach });
    else candidates.push({ x: o.left - reach, y: mark.y }, { x: o.right + reach, y: mark.y });
  }
  const fine = candidates
    .filter((c) => c.x >= box.left && c.x <= box.right && c.y >= box.top && c.y <= box.bottom && !hits(c.x, c.y))
    .sort((p, q) => Math.hypot(p.x - mark.x, p.y - mark.y) - Math.hypot(q.x - mark.x, q.y - mark.y));
  return fine[0] ? { ...mark, ...fine[0] } : mark;
}

/** How far a marker's arrow reaches beyond its disc (CSS px): its 5 px gap and 8 px length (offscreen.css). */
export const ARROW_REACH = 13;
/** Half the arrow's width (CSS px). */
const ARROW_HALF = 6;

/**
 * The boxes `marks` take on the canvas (CSS px of the canvas), each its disc of `size` px and the arrow's tip
 * (ARROW_REACH beyond the disc in the marker's direction), grown by `margin` px: what the canvas's names keep off
 * (controllers/LabelsController.tsx, through canvas-covers.ts `setEdgeMarkBoxes`). Pure; throws nothing.
 */
export function markBoxes(marks: readonly EdgeMark[], size: number, margin = 2): CanvasPart[] {
  const half = size / 2;
  return marks.map((m) => {
    const tipX = m.x + Math.cos(m.angle) * (half + ARROW_REACH);
    const tipY = m.y + Math.sin(m.angle) * (half + ARROW_REACH);
    return {
      left: Math.min(m.x - half, tipX - ARROW_HALF) - margin,
      top: Math.min(m.y - half, tipY - ARROW_HALF) - margin,
      right: Math.max(m.x + half, tipX + ARROW_HALF) + margin,
      bottom: Math.max(m.y + half, tipY + ARROW_HALF) + margin,
    };
  });
}
