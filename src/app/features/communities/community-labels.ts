/**
 * Community labels drawn on the canvas at each community's place while the view is zoomed out:
 * centred just above the community's visible authors (so they cover neither nodes nor node labels),
 * the largest communities first, a label skipped when it would overlap one already drawn, communities
 * the filters hide left out. Text only, on Sigma's label layer after each render.
 */
import type Sigma from 'sigma';
import type { Bundle } from '../../../core/bundle/types';
import type { CanvasColors } from '../../theme';

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

/** Too long a label loses whole terms from its end (" · " separated), never part of a word, never ends in "…". */
function clip(text: string): string {
  const parts = text.split(' · ');
  while (parts.length > 1 && parts.join(' · ').length > MAX_CHARS) parts.pop();
  return parts.join(' · ');
}

export interface CommunityLabelPlacement {
  id: number;
  text: string;
  /** Centre of the text, in viewport pixels. */
  x: number;
  y: number;
  /** Where the colour dot goes (left of the text). */
  dotX: number;
}

export const communityLabelFont = (font: string) => `650 ${FONT_SIZE}px ${font}`;

/** Which community labels to draw, and where (the same for the canvas and the SVG export). */
export function placeCommunityLabels(sigma: Sigma, bundle: Bundle, extents: Float64Array, measure: (text: string) => number): CommunityLabelPlacement[] {
  if (sigma.getCamera().ratio < COMMUNITY_LABEL_MAX_ZOOM) return [];
  const { width, height } = sigma.getDimensions();
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const out: CommunityLabelPlacement[] = [];
  // communities are numbered by size, largest first
  for (const c of bundle.communities) {
    if (out.length >= MAX_LABELS) break;
    const k = c.id * 4;
    if (c.size < MIN_SIZE || extents[k] === Infinity) continue;
    const corner1 = sigma.graphToViewport({ x: extents[k], y: extents[k + 1] });
    const corner2 = sigma.graphToViewport({ x: extents[k + 2], y: extents[k + 3] });
    if (Math.max(Math.abs(corner1.x - corner2.x), Math.abs(corner1.y - corner2.y)) < MIN_EXTENT_PX) continue;
    // centred above the topmost author (node radius and label height left clear)
    const p = { x: (corner1.x + corner2.x) / 2, y: Math.min(corner1.y, corner2.y) - FONT_SIZE - 8 };
    const text = clip(c.label || `Community ${c.id + 1}`);
    const w = measure(text) + 18;
    const box = { x0: p.x - w / 2, y0: p.y - FONT_SIZE, x1: p.x + w / 2, y1: p.y + FONT_SIZE };
    if (box.x1 < 0 || box.x0 > width || box.y1 < 0 || box.y0 > height) continue;
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    out.push({ id: c.id, text, x: p.x + 6, y: p.y, dotX: p.x - w / 2 + 7 });
  }
  return out;
}

/** Draw the labels on `ctx` (a layer of `sigma`, already scaled to CSS pixels); returns the communities labelled. */
export function drawCommunityLabels(ctx: CanvasRenderingContext2D, sigma: Sigma, bundle: Bundle, style: CommunityLabelStyle): number[] {
  ctx.save();
  ctx.font = communityLabelFont(style.font);
  const labels = placeCommunityLabels(sigma, bundle, style.extents, (t) => ctx.measureText(t).width);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    ctx.lineWidth = 5;
    ctx.strokeStyle = style.colors.labelHalo;
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = style.colors.label;
    ctx.fillText(l.text, l.x, l.y);
    if (!style.communityColors) continue;
    // a dot in the community's colour before the text ties the label to the colour on the canvas
    ctx.beginPath();
    ctx.arc(l.dotX, l.y, 4.5, 0, Math.PI * 2);
    ctx.fillStyle = style.communityColors[l.id] ?? style.colors.label;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.restore();
  return labels.map((l) => l.id);
}
