/**
 * How large a node is drawn on screen: Sigma's size for the camera's zoom (`scaleSize`: a disc grows by the square
 * root of the zoom, `zoomToSizeRatioFunction`), at most `maxDrawnRadius` of the canvas. Without that cap a framing
 * close enough to tell a prolific author's papers apart drew the author's own disc 85–90 px in radius (Iryna
 * Gurevych on the 30k map, phone and desktop alike), over half of her 148 papers and her co-authors: the very
 * things her card is about. The disc and square programs draw with the cap (graph/programs.ts `radiusCapped`), and
 * every reading of a drawn size (the pick, the labels, the hover card, the framing, the exports) goes through
 * `drawnRadius`, so what is picked and named is what is drawn.
 */
import type Sigma from 'sigma';

/** A node's drawn radius is at most this share of the canvas's shorter side… */
export const MAX_RADIUS_SHARE = 0.04;
/** …and never capped below this many CSS pixels (a prolific author's disc on the whole 30k map is 14 px). */
export const MAX_RADIUS_LEAST = 16;

/**
 * The largest radius (CSS px; half the side of a square) a node is drawn at on a canvas of `width` × `height` CSS
 * px: MAX_RADIUS_SHARE of its shorter side, at least MAX_RADIUS_LEAST (a phone's 390 px: 16 px; a 1440×900 desktop:
 * 36 px). Non-finite or non-positive sides give MAX_RADIUS_LEAST. Pure; throws nothing.
 */
export function maxDrawnRadius(width: number, height: number): number {
  const side = Math.min(width, height);
  return Number.isFinite(side) && side > 0 ? Math.max(MAX_RADIUS_LEAST, MAX_RADIUS_SHARE * side) : MAX_RADIUS_LEAST;
}

/**
 * `scaled` (a node's radius as Sigma scales it, CSS px: `sigma.scaleSize`) as drawn on a canvas of `width` × `height`
 * CSS px: no larger than `maxDrawnRadius`. Pure; throws nothing.
 */
export const cappedRadius = (scaled: number, width: number, height: number): number => Math.min(scaled, maxDrawnRadius(width, height));

/**
 * The radius (CSS px; half the side of a square) `sigma` draws a node of display size `size` (Sigma's size units,
 * its node display data's `size`) at: at camera ratio `ratio` (default: its camera's now), on its canvas as it is
 * sized now (`getDimensions`). Throws nothing.
 */
export function drawnRadius(sigma: Sigma, size: number, ratio?: number): number {
  const { width, height } = sigma.getDimensions();
  return cappedRadius(sigma.scaleSize(size, ratio), width, height);
}
