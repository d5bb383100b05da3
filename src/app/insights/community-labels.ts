/**
 * Community labels drawn on the canvas at each community's place while the view is zoomed out:
 * centred just above the community's visible authors (so they cover neither nodes nor node labels),
 * the largest communities first, a label skipped when it would overlap one already drawn, communities
 * the filters hide left out. Text only, on Sigma's label layer after each render.
 */
import type Sigma from 'sigma';
import type { Bundle } from '../../core/bundle/types';
import type { CanvasColors } from '../theme';

/** Zoomed in closer than this camera ratio, node labels take over and community labels go. */
export const COMMUNITY_LABEL_MAX_ZOOM = 0.2;
const MIN_SIZE = 3;
/** A community is labelled once its authors spread over this many pixels on screen (zooming in reveals smaller ones). */
const MIN_EXTENT_PX = 50;
/** At most this many labels at once: beyond that they hide the graph they describe. */
const MAX_LABELS = 14;
const FONT_SIZE = 13;
const MAX_CHARS = 42;

export interface CommunityLabelStyle {
  colors: CanvasColors;
  /** Colour of each community's dot; null: no dot (the canvas is coloured by something else). */
  communityColors: readonly string[] | null;
  /** From `communityExtents`: where each community's visible authors are. */
  extents: Float64Array;
  font: string;
}

/**
 * Extent of each community's visible authors in graph coordinates (x0, y0, x1, y1 per community;
 * Infinity when none is visible). Computed once per dataset and filter change, not per frame.
 */
export function communityExtents(bundle: Bundle, visibleAuthor: Uint8Array | null): Float64Array {
  const n = bundle.communities.length;
  const e = new Float64Array(n * 4);
  for (let c = 0; c < n; c++) e.set([Infinity, Infinity, -Infinity, -Infinity], c * 4);
  const { community, x, y } = bundle.authors;
  for (let a = 0; a < community.length; a++) {
    if (visibleAuthor && visibleAuthor[a] !== 1) continue;
    const k = community[a] * 4;
    e[k] = Math.min(e[k], x[a]);
    e[k + 1] = Math.min(e[k + 1], y[a]);
    e[k + 2] = Math.max(e[k + 2], x[a]);
    e[k + 3] = Math.max(e[k + 3], y[a]);
  }
  return e;
}

function clip(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
}

/** Draw the labels on `ctx` (a layer of `sigma`, already scaled to CSS pixels); returns the communities labelled. */
export function drawCommunityLabels(ctx: CanvasRenderingContext2D, sigma: Sigma, bundle: Bundle, style: CommunityLabelStyle): number[] {
  if (sigma.getCamera().ratio < COMMUNITY_LABEL_MAX_ZOOM) return [];
  const { width, height } = sigma.getDimensions();
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const drawn: number[] = [];
  const extent = style.extents;
  ctx.save();
  ctx.font = `650 ${FONT_SIZE}px ${style.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  // communities are numbered by size, largest first
  for (const c of bundle.communities) {
    if (drawn.length >= MAX_LABELS) break;
    if (c.size < MIN_SIZE || extent[c.id * 4] === Infinity) continue;
    const text = clip(c.label || `Community ${c.id + 1}`);
    const k = c.id * 4;
    const corner1 = sigma.graphToViewport({ x: extent[k], y: extent[k + 1] });
    const corner2 = sigma.graphToViewport({ x: extent[k + 2], y: extent[k + 3] });
    // centred above the topmost author (node radius and label height left clear)
    const p = { x: (corner1.x + corner2.x) / 2, y: Math.min(corner1.y, corner2.y) - FONT_SIZE - 8 };
    if (Math.max(Math.abs(corner1.x - corner2.x), Math.abs(corner1.y - corner2.y)) < MIN_EXTENT_PX) continue;
    const w = ctx.measureText(text).width + 18;
    const box = { x0: p.x - w / 2, y0: p.y - FONT_SIZE, x1: p.x + w / 2, y1: p.y + FONT_SIZE };
    if (box.x1 < 0 || box.x0 > width || box.y1 < 0 || box.y0 > height) continue;
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    drawn.push(c.id);
    ctx.lineWidth = 5;
    ctx.strokeStyle = style.colors.labelHalo;
    ctx.strokeText(text, p.x + 6, p.y);
    ctx.fillStyle = style.colors.label;
    ctx.fillText(text, p.x + 6, p.y);
    if (!style.communityColors) continue;
    // a dot in the community's colour before the text ties the label to the colour on the canvas
    ctx.beginPath();
    ctx.arc(p.x - w / 2 + 7, p.y, 4.5, 0, Math.PI * 2);
    ctx.fillStyle = style.communityColors[c.id] ?? style.colors.label;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.restore();
  return drawn;
}
