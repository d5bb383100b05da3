/** The map's view by keyboard (KeyboardNavController): which keys zoom, where a Shift + arrow pan goes. Pure. */

/** Share of the canvas's width or height one Shift + arrow pans by. */
export const PAN_SHARE = 0.2;

/** What a key does to the view (zoom in or out, the whole map), or null: `+`/`=`, `-`, `0` (main row or keypad). */
export function viewKey(key: string): 'in' | 'out' | 'whole' | null {
  if (key === '+' || key === '=') return 'in';
  if (key === '-' || key === '_') return 'out';
  if (key === '0') return 'whole';
  return null;
}

/**
 * The camera's new centre (framed graph units) for a pan of `dir` (screen, y down) by `share` of the canvas:
 * the point now drawn that far from the canvas's centre, by `toFramed` (Sigma's `viewportToFramedGraph`).
 */
export function panTarget(
  size: { width: number; height: number },
  dir: [number, number],
  toFramed: (p: { x: number; y: number }) => { x: number; y: number },
  share = PAN_SHARE,
): { x: number; y: number } {
  return toFramed({ x: size.width / 2 + dir[0] * size.width * share, y: size.height / 2 + dir[1] * size.height * share });
}
