/** Where the canvas's zoom buttons zoom about (controllers/ZoomButtons.tsx). */

/**
 * The viewport point (canvas pixels) a zoom button zooms about: the selected node's drawn centre `selected` when
 * it lies in the visible part of the canvas (`visible`: the canvas from (0, 0) to (width, height) less what the
 * details panel covers on its right or bottom), else the middle of that visible part. Pure; throws nothing.
 */
export function zoomAnchor(selected: { x: number; y: number } | null, visible: { width: number; height: number }): { x: number; y: number } {
  if (selected && selected.x >= 0 && selected.y >= 0 && selected.x <= visible.width && selected.y <= visible.height) return { x: selected.x, y: selected.y };
  return { x: visible.width / 2, y: visible.height / 2 };
}
