/**
 * The camera a picture of the view (PNG, SVG "this view as drawn") is taken with. On a phone the card is a bottom
 * sheet over half the canvas: the camera frames what the user sees in the strip above it (a selected author, an
 * ego view), so a picture of the whole canvas at the screen's camera held the map in its top third and, behind the
 * sheet, nothing (an ego view hides everyone else: the rest came out blank). With a sheet open the picture is
 * taken with the nodes drawn in that strip framed in the whole picture instead: centred, and zoomed in (up to
 * MAX_ZOOM) until they fill it as the camera fills a view (FILL). Elsewhere (no card, a card on the right) the
 * picture is the canvas as drawn. The PNG (`drawOnCanvas` at this camera) and the SVG of the view
 * (`withPictureRenderer`) are taken alike.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** Share of the picture's width and height the framed nodes may span (CameraController's FILL). */
const FILL = 0.85;
/** The most the picture zooms in beyond the screen's camera. */
const MAX_ZOOM = 3;

/**
 * The camera state for a picture of `sigma`'s view (see the module's comment), or null to take it as drawn (no
 * bottom sheet over the canvas, or nothing gained). Reads the page's `.details-panel` box and `sigma`'s drawn nodes
 * (display data: viewport pixels at the current camera). Throws nothing.
 */
export function pictureCamera(sigma: Sigma): CameraState | null {
  if (typeof document === 'undefined') return null;
  const container = sigma.getContainer().getBoundingClientRect();
  const panel = document.querySelector('.details-panel')?.getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  // only a bottom sheet (a card spanning the canvas's width) hides a band of the canvas's whole width
  if (!panel || panel.width < container.width * 0.9 || panel.height <= 0) return null;
  const free = Math.min(height, panel.top - container.top);
  if (!(free > 24) || free >= height - 1) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  sigma.getGraph().forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < 0 || p.x > width || p.y < 0 || p.y > free) return;
    const r = sigma.scaleSize(d.size);
    x0 = Math.min(x0, p.x - r); x1 = Math.max(x1, p.x + r);
    y0 = Math.min(y0, p.y - r); y1 = Math.max(y1, p.y + r);
  });
  const camera = sigma.getCamera().getState();
  // nothing drawn in the strip: its middle, at the screen's zoom
  const centre = x0 === Infinity ? { x: width / 2, y: free / 2 } : { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  const zoom = x0 === Infinity ? 1 : Math.min(MAX_ZOOM, Math.max(1, Math.min((FILL * width) / Math.max(1, x1 - x0), (FILL * height) / Math.max(1, y1 - y0))));
  const at = sigma.viewportToFramedGraph(centre);
  return { ...camera, x: at.x, y: at.y, ratio: camera.ratio / zoom };
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
