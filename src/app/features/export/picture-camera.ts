/**
 * The camera a picture of the view (PNG, SVG "this view as drawn") is taken with. An open card covers part of the
 * canvas, and the camera frames what the user sees in the part it leaves (a selected author, an ego view): on a
 * phone the bottom sheet covers the lower half, on a desktop the card the right third. A picture of the whole
 * canvas at the screen's camera held the map in the part left and, behind the card, nothing (on a phone an ego view
 * hides everyone else: the rest came out blank; on a desktop a small map framed left of the card: its right third
 * blank). With a card open the picture is taken with the nodes drawn in the part it leaves framed in the whole
 * picture instead: centred, and zoomed in (up to MAX_ZOOM) until they fill it as the camera fills a view (FILL).
 * Elsewhere (no card) the picture is the canvas as drawn. The PNG (`drawOnCanvas` at this camera) and the SVG of the
 * view (`withPictureRenderer`) are taken alike.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { drawnRadius } from '../../graph/drawn-size';

/** Share of the picture's width and height the framed nodes may span (CameraController's FILL). */
const FILL = 0.85;
/** The most the picture zooms in beyond the screen's camera. */
const MAX_ZOOM = 3;

/**
 * The part of `sigma`'s canvas (CSS px from its top left) an open card leaves in view: above a bottom sheet (a card
 * spanning the canvas's width) or left of a card on the right; null when no card covers part of the canvas, or
 * too little is left (24 px or less). Reads the page's `.details-panel` box. Throws nothing.
 */
function partLeft(sigma: Sigma): { width: number; height: number } | null {
  const container = sigma.getContainer().getBoundingClientRect();
  const panel = document.querySelector('.details-panel')?.getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  if (!panel || panel.width <= 0 || panel.height <= 0) return null;
  // a bottom sheet hides a band of the canvas's whole width
  if (panel.width >= container.width * 0.9) {
    const free = Math.min(height, panel.top - container.top);
    return free > 24 && free < height - 1 ? { width, height: free } : null;
  }
  // a card on the right (over the canvas) hides the canvas's right part
  const free = Math.min(width, panel.left - container.left);
  return free > 24 && free < width - 1 && panel.top < container.bottom && panel.bottom > container.top ? { width: free, height } : null;
}

/**
 * The camera state for a picture of `sigma`'s view (see the module's comment), or null to take it as drawn (no
 * card over part of the canvas); within the camera's bounds (`validateState`: a renderer set to it is at it).
 * Reads the page's `.details-panel` box and `sigma`'s drawn nodes (display data: viewport pixels at the current
 * camera). Throws nothing.
 */
export function pictureCamera(sigma: Sigma): CameraState | null {
  if (typeof document === 'undefined') return null;
  const part = partLeft(sigma);
  if (!part) return null;
  const { width, height } = sigma.getDimensions();
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  sigma.getGraph().forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < 0 || p.x > part.width || p.y < 0 || p.y > part.height) return;
    const r = drawnRadius(sigma, d.size);
    x0 = Math.min(x0, p.x - r); x1 = Math.max(x1, p.x + r);
    y0 = Math.min(y0, p.y - r); y1 = Math.max(y1, p.y + r);
  });
  const camera = sigma.getCamera().getState();
  // nothing drawn in the part left: its middle, at the screen's zoom
  const centre = x0 === Infinity ? { x: part.width / 2, y: part.height / 2 } : { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  const zoom = x0 === Infinity ? 1 : Math.min(MAX_ZOOM, Math.max(1, Math.min((FILL * width) / Math.max(1, x1 - x0), (FILL * height) / Math.max(1, y1 - y0))));
  const at = sigma.viewportToFramedGraph(centre);
  // as a renderer's camera takes it (its least ratio, `minCameraRatio`): the counts read at this state off the
  // screen's renderer are then the picture's
  const aim = { ...camera, x: at.x, y: at.y, ratio: camera.ratio / zoom };
  return { ...aim, ...sigma.getCamera().validateState(aim) };
}

/**
 * `take(renderer)` run on a renderer of `sigma`'s graph and settings drawn at camera state `camera`, the size of
 * `sigma`'s canvas, off screen (as @sigma/export-image's `drawOnCanvas` makes its own), killed afterwards: for the
 * SVG of the view at `pictureCamera`'s framing, read as the PNG reads its renderer. Rethrows what `take` throws.
 */
export function withPictureRenderer<T>(sigma: Sigma, camera: CameraState, take: (renderer: Sigma) => T): T {
  const { width, height } = sigma.getDimensions();
  const root = document.createElement('div');
  Object.assign(root.style, { width: `${width}px`, height: `${height}px`, position: 'absolute', right: '101%', bottom: '101%' });
  document.body.appendChild(root);
  const SigmaClass = sigma.constructor as new (graph: ReturnType<Sigma['getGraph']>, container: HTMLElement, settings: ReturnType<Sigma['getSettings']>) => Sigma;
  const renderer = new SigmaClass(sigma.getGraph(), root, sigma.getSettings());
  try {
    renderer.getCamera().setState(camera);
    renderer.setCustomBBox(sigma.getCustomBBox());
    renderer.refresh();
    return take(renderer);
  } finally {
    renderer.kill();
    root.remove();
  }
}
