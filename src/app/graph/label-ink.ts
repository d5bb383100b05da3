/**
 * How much of a drawn dot shows round a node's name drawn over it. Names are drawn above the discs (the label layer
 * is over the nodes), their letters stroked with a halo in the background colour: a small dot under the letters of
 * a name (an author's 5.8 px dot under the title "FaKnow: A Unified Library for Fake News Detection" on the seed's
 * phone view, none of it left in sight) is not seen, though it lies under the finger that taps the name. Measured by
 * drawing the name alone, as the label layer draws it (font, alignment, baseline, halo), on a small canvas over the
 * dot and counting the dot's pixels its ink leaves clear. Browser only (a 2D canvas).
 * The same drawing tells whether a pointer's tip is on a name's ink (`onNameInk`): a name drawn for a hover over a
 * disc is what the tip shows on its letters, the disc between them; and whether a finger is on a name's text, the
 * gaps between its letters and words included (`withinNameText`).
 */
import {
  communityLabelFont,
  COMMUNITY_DOT_PX,
  COMMUNITY_DOT_RIM_PX,
  COMMUNITY_LABEL_HALO_PX,
  nodeLabelBaseline,
  nodeLabelFont,
  NODE_LABEL_HALO_PX,
  type PlacedLabel,
} from './label-placement';

/** A drawn node's shape in viewport CSS px: its centre, its radius (half the side for a square). */
export interface DrawnShape {
  x: number;
  y: number;
  r: number;
  square: boolean;
}

/** The label layer's text style: Sigma's `labelFont` (a font family list), `labelSize` (px), `labelWeight`. */
export interface LabelStyle {
  font: string;
  size: number;
  weight: string;
}

/** Samples per CSS px on each axis: a 2.9 px dot is measured on ~130 samples. */
const SAMPLES_PER_PX = 2;
/** A sample whose ink is at least this opaque (0–255) hides the dot there (the halo's anti-aliased edge does not). */
const INK_ALPHA = 128;

let canvas: HTMLCanvasElement | null = null;

/**
 * The 2D context of a scratch canvas of at least `width` × `height` samples (`height` defaults to `width`), cleared, with the name `label` (a node's
 * in `style`, or a cluster's) drawn on it as the label layer draws it, viewport point `origin` at the canvas's top left and SAMPLES_PER_PX samples
 * per CSS px; null without a 2D canvas.
 */
function drawnName(label: PlacedLabel, style: LabelStyle, origin: { x: number; y: number }, width: number, height = width): CanvasRenderingContext2D | null {
  canvas ??= document.createElement('canvas');
  if (canvas.width < width || canvas.height < height) {
    canvas.width = Math.max(canvas.width, width);
    canvas.height = Math.max(canvas.height, height);
  }
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(SAMPLES_PER_PX, 0, 0, SAMPLES_PER_PX, -origin.x * SAMPLES_PER_PX, -origin.y * SAMPLES_PER_PX);
  ctx.lineJoin = 'round';
  if (label.kind === 'community') {
    // as drawPlacedLabels draws a cluster's name: centred on its anchor, a wider halo, and its colour dot (taken as
    // ink whether or not the canvas is coloured by cluster)
    ctx.font = communityLabelFont(style.font);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = COMMUNITY_LABEL_HALO_PX;
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillText(label.text, label.x, label.y);
    if (label.dotX !== undefined) {
      ctx.beginPath();
      ctx.arc(label.dotX, label.y, COMMUNITY_DOT_PX, 0, Math.PI * 2);
      ctx.fill();
      ctx.lineWidth = COMMUNITY_DOT_RIM_PX;
      ctx.stroke();
    }
    return ctx;
  }
  ctx.font = nodeLabelFont(style.font, style.size, label.node?.strong ?? false, style.weight, label.node?.paper);
  ctx.textAlign = label.align;
  ctx.textBaseline = 'alphabetic';
  ctx.lineWidth = NODE_LABEL_HALO_PX;
  const y = nodeLabelBaseline(label, style.size);
  ctx.strokeText(label.text, label.x, y);
  ctx.fillText(label.text, label.x, y);
  return ctx;
}

/** How near (CSS px, each way) to a name's ink a pointer's tip is on it: the arrow's tip, and a bold name's letters shifted. */
const TIP_PX = 1;

/**
 * Whether viewport point `point` (CSS px) is on the ink (letters or halo) of the name `label` drawn in `style`,
 * within `tip` px (default TIP_PX; 0: the point's own spot, a quarter px each way), or in a gap of its row no wider than
 * 2·`gap` px (ink within `gap` px on both sides: between two letters or two words; default 0, none): a node's name, or
 * a cluster's (its letters, halo and colour dot, in the cluster names' own font); false outside its box or without a
 * 2D canvas. Reads a few pixels of the name drawn alone.
 */
export function onNameInk(label: PlacedLabel, point: { x: number; y: number }, style: LabelStyle, tip = TIP_PX, gap = 0): boolean {
  const b = label.box;
  if (point.x < b.x0 || point.x > b.x1 || point.y < b.y0 || point.y > b.y1) return false;
  // the square of side 2·tip about the point (one sample at least), at the canvas's top left; `gap` px more each side
  const half = Math.max(tip, 0.5 / SAMPLES_PER_PX);
  const side = Math.ceil(2 * half * SAMPLES_PER_PX);
  const reach = Math.ceil(gap * SAMPLES_PER_PX);
  const width = side + 2 * reach;
  const ctx = drawnName(label, style, { x: point.x - half - reach / SAMPLES_PER_PX, y: point.y - half }, width, side);
  if (!ctx) return false;
  const ink = ctx.getImageData(0, 0, width, side).data;
  let left = false;
  let right = false;
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < width; i++) {
      if (ink[(j * width + i) * 4 + 3]! < INK_ALPHA) continue;
      if (i >= reach && i < reach + side) return true;
      if (i < reach) left = true;
      else right = true;
    }
  }
  return left && right;
}

/**
 * Whether viewport point `point` (CSS px) lies on the text of the node name `label` drawn in `style` as a finger reads
 * it: inside the name's box, with the name's ink (letters or halo) within TIP_PX of the point's row both at or left of
 * it and at or right of it. The gaps between its letters and between its words are part of it: a fingertip (~10 px)
 * on "Jonathan Hildebrand" is on that name whether its centre falls on the "n", the "H" or the space between them
 * (the space of a 12 px name is ~3 px of bare canvas between the halos, wider than `onNameInk`'s tip: a tap on the
 * middle of that name opened a disc of the pile under it, on the 30k map at 390×844, when the name's middle fell on
 * the space). Above or below the letters, and beyond its first and last letter, the point is not on it. False
 * without a 2D canvas. Reads one strip of the name drawn alone, the box's width by 2·TIP_PX.
 */
export function withinNameText(label: PlacedLabel, point: { x: number; y: number }, style: LabelStyle): boolean {
  const b = label.box;
  if (point.x < b.x0 || point.x > b.x1 || point.y < b.y0 || point.y > b.y1) return false;
  const width = Math.max(1, Math.ceil((b.x1 - b.x0) * SAMPLES_PER_PX));
  const height = Math.ceil(2 * TIP_PX * SAMPLES_PER_PX);
  const ctx = drawnName(label, style, { x: b.x0, y: point.y - TIP_PX }, width, height);
  if (!ctx) return false;
  const ink = ctx.getImageData(0, 0, width, height).data;
  const at = Math.min(width - 1, Math.floor((point.x - b.x0) * SAMPLES_PER_PX));
  let left = false;
  let right = false;
  for (let j = 0; j < height && !(left && right); j++) {
    for (let i = 0; i < width; i++) {
      if (ink[(j * width + i) * 4 + 3]! < INK_ALPHA) continue;
      if (i <= at) left = true;
      if (i >= at) right = true;
    }
  }
  return left && right;
}

/**
 * The share (0–1) of `shape` (a disc, or a square) left clear of the ink of the node name `label` (its letters
 * and halo, drawn in `style` as the label layer draws them); 1 when the name does not reach it or no 2D canvas is
 * available. Cost: one name drawn on a canvas of the shape's size and read back (~0.1 ms for a 10 px dot).
 */
export function shareClearOfName(label: PlacedLabel, shape: DrawnShape, style: LabelStyle): number {
  const b = label.box;
  if (shape.x + shape.r < b.x0 || shape.x - shape.r > b.x1 || shape.y + shape.r < b.y0 || shape.y - shape.r > b.y1) return 1;
  const side = Math.max(1, Math.ceil(2 * shape.r * SAMPLES_PER_PX));
  const ctx = drawnName(label, style, { x: shape.x - shape.r, y: shape.y - shape.r }, side);
  if (!ctx) return 1;
  const ink = ctx.getImageData(0, 0, side, side).data;
  let inShape = 0;
  let clear = 0;
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const dx = (i + 0.5) / SAMPLES_PER_PX - shape.r;
      const dy = (j + 0.5) / SAMPLES_PER_PX - shape.r;
      if (!shape.square && dx * dx + dy * dy > shape.r * shape.r) continue;
      inShape++;
      if (ink[(j * side + i) * 4 + 3]! < INK_ALPHA) clear++;
    }
  }
  return inShape === 0 ? 1 : clear / inShape;
}
