/**
 * A 2D layer canvas of the map's own (made with Sigma's `createCanvas`: the hover overlay, a traced chain, a link
 * under the mouse) sized to Sigma's viewport at the device pixel ratio, as Sigma sizes its layers.
 */
/**
 * Sizes `canvas` to `sigma`'s viewport (CSS px) times `window.devicePixelRatio` when it differs, and its size on the
 * page (style width and height) to the viewport's.
 * @param sigma the Sigma renderer whose dimensions the layer follows
 * @param canvas the layer's canvas
 * @returns `resized` (true when the canvas was sized now, which blanks it), the viewport's `width` and `height`
 * (CSS px) and the pixel `ratio` the drawing's transform takes; never throws
 */
export function fitLayerCanvas(sigma: { getDimensions(): { width: number; height: number } }, canvas: HTMLCanvasElement): { resized: boolean; width: number; height: number; ratio: number } {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  // its size on the page is the viewport's (CSS px): without it a canvas shows at its pixel size, twice the map's
  // on a screen of ratio 2 (a phone, a Retina laptop), and a chain or a hover was drawn 2× too large and elsewhere
  const cssWidth = `${width}px`;
  const cssHeight = `${height}px`;
  if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
  if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
  if (canvas.width === w && canvas.height === h) return { resized: false, width, height, ratio };
  canvas.width = w;
  canvas.height = h;
  return { resized: true, width, height, ratio };
}

/**
 * Clears the whole of a 2D layer of the map (the hover cards', the hover overlay's, a chain's) by drawing
 * transparency over it with the "copy" operation, at the identity transform. `clearRect` over the whole canvas left
 * the picture on it in Chromium after a pinch (software 2D canvas, phone, ratio 3; a tester, 3k map: a node's card
 * and the overlay's wash stayed drawn while the map moved under them, 4 runs of 4 of `/work/notes/pinch-repro.mjs`'s
 * steps, with the clear called and nothing drawn after it; with this clear, 0 of 4). The cause inside Chromium is
 * not known (a read-back after each clear also hid it).
 * @param ctx the layer's 2D context; its transform and state are left as they were; never throws
 */
export function clearLayer(ctx: CanvasRenderingContext2D): void {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'copy';
  ctx.fillStyle = 'rgba(0,0,0,0)';
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.restore();
}

/**
 * Removes the map's own layer `id` (made with Sigma's `createCanvas`) when the renderer still has it. A renderer
 * killed first (its container's layout-effect clean-up runs before the controllers' passive ones when the canvas is
 * made again) has dropped every layer already, and Sigma's `killLayer` then throws "cannot kill layer …, which does
 * not exist": the graph's panel said "The graph could not be shown (Sigma: cannot kill layer atlasChainOverlay…)"
 * after a helper's imports with theme and size changes.
 * @param sigma the renderer (Sigma 3: `getCanvases` lists the canvas layers it still has)
 * @param id the layer's id, as given to `createCanvas`; never throws for a layer already gone
 */
export function killOwnLayer(sigma: { getCanvases(): Record<string, HTMLCanvasElement>; killLayer(id: string): unknown }, id: string): void {
  if (id in sigma.getCanvases()) sigma.killLayer(id);
}
