/**
 * What lies over the map's canvas, and the part of it that is left in view: the one reading of the page's boxes the
 * camera frames a selection in (controllers/CameraController.tsx).
 */

/** A part of the canvas, in its own CSS pixels (0,0 at its top-left corner): `left`..`right` by `top`..`bottom`. */
export interface CanvasPart {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The gap kept between something over the top of the canvas (the ego view's banner, the filters chip) and a framed node. */
const TOP_GAP = 8;

/** The box of the first element `selector` names, if it is laid out (null for none, or one not displayed). */
function boxOf(selector: string): DOMRect | null {
  const box = document.querySelector(selector)?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? box : null;
}

/**
 * The least width (CSS px) of the canvas an open drawer must leave beside it to count as a cover: on a tablet held
 * upright (820 px) it leaves 480 px of the map, in which a chain picked in it is framed; on a phone held upright
 * (390 px) it leaves 55 px, and the map is framed as if it were closed (it is a modal dialog over the map there).
 */
const BESIDE_DRAWER_MIN = 240;

/**
 * Where the open drawer (narrow screens: the side panel over the map's left side, styles/frame.css) ends, in the CSS
 * px of the canvas whose page box is `canvas`, when it leaves at least BESIDE_DRAWER_MIN px of the canvas beside it;
 * null when no drawer is open over the canvas (closed, the desktop's sidebar beside the canvas, a phone's drawer).
 * Its box as laid out when open, not as it slides in (a transform): the camera frames for where it ends up. Reads the
 * page's layout; throws nothing.
 */
export function drawerRight(canvas: DOMRect): number | null {
  const drawer = document.querySelector<HTMLElement>('.drawer-open > .sidebar');
  const parent = drawer?.offsetParent;
  if (!drawer || !parent || getComputedStyle(drawer).position !== 'absolute' || drawer.offsetWidth === 0) return null;
  const right = parent.getBoundingClientRect().left + drawer.offsetLeft + drawer.offsetWidth - canvas.left;
  return right > 0 && canvas.width - right >= BESIDE_DRAWER_MIN ? right : null;
}

/**
 * The part of the canvas `container` (Sigma's container element) that is not under what lies over it, in the
 * container's CSS pixels. `covers`:
 * - 'panels': the details panel (a bottom sheet, spanning ≥ 90% of the canvas's width, takes the bottom; a card on
 *   the right, the right), the Rankings table on the left (desktop; on a phone it covers all and closes on a choice)
 *   and the open drawer on the left (narrow screens, where it leaves room beside it: `drawerRight`; a chain picked
 *   in it on a tablet was framed half under it, a tester),
 *   across the top the ego view's banner and the filters chip (narrow screens: a selected author framed in the top
 *   part of the map went under the chip, a tester at 360×740) and the chain chip under it (features/chain/ChainChip.tsx), the link note (panels/LinkNote.tsx: a chain's end
 *   went under a note saying the link's decisions could not be applied), and at the bottom the import notice and
 *   the banner of a rebuild that failed (the chain's other end went under it);
 * - 'notice': the import notice alone (the whole map framed with a card open stays the overview).
 * Each cover leaves some of the canvas (a sheet or a card at least a third of its height or width, the top's covers
 * at most half of what is left). Reads the boxes from the page (layout); throws nothing.
 */
export function clearPart(container: HTMLElement, covers: 'panels' | 'notice' = 'panels'): CanvasPart {
  const box = container.getBoundingClientRect();
  const panels = covers === 'panels';
  let right = box.width;
  let bottom = box.height;
  // the notice of a map just built ("built in 451 ms: …") lies across the bottom of the canvas
  const notice = boxOf('.import-notice');
  if (notice && notice.top > box.top) bottom = Math.max(bottom / 2, Math.min(bottom, notice.top - box.top - 8));
  if (!panels) return { left: 0, top: 0, right, bottom };
  // the banner of a rebuild that failed stays until dismissed, across the bottom as the import notice
  const failed = boxOf('.rebuild-banner[data-state="error"]');
  if (failed && failed.top > box.top + bottom / 2) bottom = Math.max(bottom / 2, Math.min(bottom, failed.top - box.top - 8));
  const panel = boxOf('.details-panel');
  if (panel) {
    if (panel.width >= box.width * 0.9) bottom = Math.max(bottom / 3, Math.min(bottom, panel.top - box.top));
    else right = Math.max(right / 3, Math.min(right, panel.left - box.left));
  }
  const rankings = boxOf('.rankings');
  let left = rankings && rankings.width < box.width * 0.9 ? Math.max(0, rankings.right - box.left + 4) : 0;
  if (left >= right - 24) left = 0;
  // the drawer open over the map's left side (narrow screens), where it leaves room beside it
  const drawer = drawerRight(box);
  if (drawer !== null) left = Math.max(left, drawer + 4);
  // what lies across the top, from the canvas's top edge (the chip is not shown in the ego view, the banner is)
  let top = 0;
  for (const selector of ['.ego-banner', '.filter-chip', '.chain-chip', '.link-note:not(.rebuild-banner)']) {
    const over = boxOf(selector);
    if (over && over.top < box.top + bottom / 2) top = Math.max(top, over.bottom - box.top + TOP_GAP);
  }
  top = Math.min(bottom / 2, Math.max(0, top));
  return { left, top, right, bottom };
}

/**
 * What sits in a corner of the canvas, over the map, and stays there whatever is open: the zoom buttons
 * (`.react-sigma-controls`) and the legends.
 */
const CORNER_COVERS = ['.react-sigma-controls', '.legend', '.year-legend'];

/** Gap (CSS px) between a corner cover (`CORNER_COVERS`) and the part a framing keeps to (`framingPart`). */
const CORNER_GAP = 4;

/**
 * The boxes of what sits in a corner of the canvas `container` (the zoom buttons, the legends) that are laid out, in
 * the container's CSS pixels. Reads the boxes from the page; throws nothing.
 */
export function cornerCovers(container: HTMLElement): CanvasPart[] {
  const at = container.getBoundingClientRect();
  const out: CanvasPart[] = [];
  for (const selector of CORNER_COVERS) {
    const box = boxOf(selector);
    if (box) out.push({ left: box.left - at.left, top: box.top - at.top, right: box.right - at.left, bottom: box.bottom - at.top });
  }
  return out;
}

/**
 * The part of the canvas `container` a selection is framed in (controllers/CameraController.tsx): `clearPart`'s
 * ('panels'), less each corner cover (`cornerCovers`: the zoom buttons, the legends) that reaches into it, cut off
 * with the side of the part it lies along: of the four cuts, the one that keeps most of the part's area, keeping at
 * least half its width and half its height (else that cover is left in); and less the band the edge markers' caption
 * may take across its top (`setCaptionRoom`) inside `withCaptionBand(true, …)`. A tester on a phone (390×844, the seed,
 * Peter Vajda selected): one of his paper squares was framed under the zoom buttons, and a tap there zoomed the map.
 * Reads the boxes from the page (layout); throws nothing.
 */
export function framingPart(container: HTMLElement): CanvasPart {
  const clear = clearPart(container);
  let part = clear;
  const area = (p: CanvasPart) => (p.right - p.left) * (p.bottom - p.top);
  for (const c of cornerCovers(container)) {
    if (c.right <= part.left || c.left >= part.right || c.bottom <= part.top || c.top >= part.bottom) continue;
    const [w, h] = [part.right - part.left, part.bottom - part.top];
    const cuts = [
      { ...part, right: Math.min(part.right, c.left - CORNER_GAP) },
      { ...part, left: Math.max(part.left, c.right + CORNER_GAP) },
      { ...part, bottom: Math.min(part.bottom, c.top - CORNER_GAP) },
      { ...part, top: Math.max(part.top, c.bottom + CORNER_GAP) },
    ].filter((p) => p.right - p.left >= w / 2 && p.bottom - p.top >= h / 2);
    if (cuts.length) part = cuts.reduce((a, b) => (area(b) > area(a) ? b : a));
  }
  // the band the edge markers' caption may take across the top of the part (`setCaptionRoom`), keeping at least half
  // of the part's height
  if (captionRoom > 0 && captionBand) part = { ...part, top: Math.max(part.top, Math.min(clear.top + captionRoom, part.top + (part.bottom - part.top) / 2)) };
  return part;
}

/** The height (CSS px) of the band across the top of `clearPart` the edge markers' caption may take (0: none). */
let captionRoom = 0;
/** Whether `framingPart` leaves out that band now (`withCaptionBand`). */
let captionBand = false;

/** Whether the edge markers, and so their caption, may be shown now (`setCaptionRoom`: a node selected). */
export const captionMayShow = (): boolean => captionRoom > 0;

/**
 * `run()`'s result with `framingPart` leaving out (`on`) or not the band the edge markers' caption may take across
 * the top of the part (`setCaptionRoom`): the camera frames below it when its framing would leave one of the
 * selected node's neighbours out of sight, the caption then shown (controllers/CameraController.tsx `framingOf`).
 * Throws what `run` throws.
 */
export function withCaptionBand<T>(on: boolean, run: () => T): T {
  const was = captionBand;
  captionBand = on;
  try {
    return run();
  } finally {
    captionBand = was;
  }
}

/**
 * Record that the edge markers (features/offscreen/OffscreenMarks.tsx) may be shown, with their caption ("1 paper out
 * of sight: tap a number…") across the top of the part the panels leave, `px` high from that part's top edge with
 * the gap kept below it; 0 when none can be (no node selected, no emphasis the camera is not taken to). Set as the
 * selection changes, before the camera frames anything for it: a part's framing (a chain…) that would leave one of the node's
 * neighbours out of sight is then made below that band (`withCaptionBand`), though the caption comes only after the
 * move (the top paper of a co-author chain framed with an author's card open was drawn under it, a tester at
 * 820×1180).
 * Throws nothing.
 */
export function setCaptionRoom(px: number): void {
  captionRoom = Math.max(0, px);
}

/** Whether `part` is the whole of `container`'s canvas (nothing lies over it). */
export function isWholeCanvas(container: HTMLElement, part: CanvasPart): boolean {
  const box = container.getBoundingClientRect();
  return part.left === 0 && part.top === 0 && part.right === box.width && part.bottom === box.height;
}

/** The edge markers' boxes now drawn (features/offscreen/OffscreenMarks.tsx), in the canvas's CSS px. */
let edgeMarks: readonly CanvasPart[] = [];

/**
 * Record the boxes of the edge markers (features/offscreen/OffscreenMarks.tsx: off-screen neighbours of a selected
 * node) for the camera just rendered, in the canvas's CSS px; [] when none are shown. Set in the same render's
 * `afterRender` that moves them, before React draws them: the canvas's names (controllers/LabelsController.tsx) keep
 * off them without reading the page's layout, and a placement made for that render already knows where they go, so
 * their move with the camera asks for no placement of its own. Throws nothing.
 */
export function setEdgeMarkBoxes(boxes: readonly CanvasPart[]): void {
  edgeMarks = boxes;
}

/** The edge markers' boxes last recorded (`setEdgeMarkBoxes`), in the canvas's CSS px. */
export const edgeMarkBoxes = (): readonly CanvasPart[] => edgeMarks;
