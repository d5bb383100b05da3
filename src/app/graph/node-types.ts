/**
 * Sigma node program keys and what they draw. Sigma draws program by program, in the order of its settings'
 * `nodeProgramClasses` (Canvas.tsx `NODE_PROGRAMS`), each after Sigma's own default `circle` (it merges its defaults
 * first: `resolveSettings`), which draws nothing here: no node is of type `circle`. So the order the app gives is
 * the order drawn by every renderer made with its settings: the one on screen, and the ones the exports make
 * (@sigma/export-image's `drawOnCanvas` makes a plain Sigma; picture-camera.ts `withPictureRenderer`). The discs'
 * key was `circle`, first in that order whatever the app gave: the on-screen renderer moved the dimmed squares
 * ahead of it by hand, the PNG export's renderer did not and drew the dimmed squares over the discs.
 */

/**
 * The program key of a paper square drawn dimmed (a selection, a chain or the ego view emphasises other nodes): its
 * program comes before the discs', so the dimmed squares are drawn below every disc. Drawn after the discs, as every
 * square is, they lay in nearly the background colour over the emphasised authors' discs and left them looking
 * pitted (2-step ego view of the 30k map on a phone).
 */
export const SQUARE_BELOW = 'squareBelow';

/** The program key of an author's disc (graph/disc-program.ts): after `SQUARE_BELOW`, before `square`. */
export const DISC = 'disc';

/** Whether Sigma's node `type` (its display data's program key) draws a square. */
export const isSquareType = (type: string | undefined): boolean => type === 'square' || type === SQUARE_BELOW;

/**
 * The disc's ring as a share of its radius (graph/disc-program.ts): 1/12, 0.5 px wide at a radius of 6 px, 1 px at
 * 12, 2 px at 24; under 6 px there is none.
 */
export const RING_SHARE = 1 / 12;

/**
 * The ring's width (px) on a disc of radius `radius` px as drawn, or 0 where the disc program leaves it out (half a
 * pixel or less: @sigma/node-border drops a border no wider than its `u_correctionRatio`, half a CSS pixel). For the
 * drawings of a disc outside WebGL (the hover card, the SVG export). Throws nothing.
 */
export function ringWidth(radius: number): number {
  const width = radius * RING_SHARE;
  return width > 0.5 ? width : 0;
}
