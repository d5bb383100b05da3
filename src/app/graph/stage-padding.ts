/** Sigma's `stagePadding` by the canvas's shape (controllers/StagePaddingController.tsx sets it). */

/** The padding (CSS px) clear of the legend laid over the map's bottom-left corner (12 px from the edge, 30 px high). */
export const STAGE_PADDING = 48;
/** The padding (CSS px) on a tall canvas: a margin for the outer discs. */
export const TALL_STAGE_PADDING = 16;

/**
 * The stage padding (CSS px) for a canvas `width` × `height` (CSS px): TALL_STAGE_PADDING when the map's square,
 * `width` - 2 · TALL_STAGE_PADDING across and centred, ends at least STAGE_PADDING above the canvas's bottom (where
 * the legend and the zoom buttons are), else STAGE_PADDING. Pure; throws nothing.
 */
export function stagePaddingFor(width: number, height: number): number {
  return height - width >= 2 * (STAGE_PADDING - TALL_STAGE_PADDING) ? TALL_STAGE_PADDING : STAGE_PADDING;
}
