/** Sigma node program keys beyond the attributes' own (`circle`, `square`). */
/**
 * The program key of a paper square drawn dimmed (a selection, a chain or the ego view emphasises other nodes): its
 * program is registered before the discs' (Canvas.tsx), so Sigma, which draws program by program, draws the dimmed
 * squares below every disc. Drawn after the discs, as every square is, they lay in nearly the background colour over
 * the emphasised authors' discs and left them looking pitted (2-step ego view of the 30k map on a phone).
 */
export const SQUARE_BELOW = 'squareBelow';

/** Whether Sigma's node `type` (its display data's program key) draws a square. */
export const isSquareType = (type: string | undefined): boolean => type === 'square' || type === SQUARE_BELOW;
