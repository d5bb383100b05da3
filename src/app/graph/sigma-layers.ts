/**
 * Sigma with fewer, lighter WebGL layers: `LightLayersSigma`, the renderer this app's canvas draws with
 * (sigma-container.tsx). On software WebGL (SwiftShader) every WebGL canvas changed in a frame is drawn by the
 * GPU process and read back by the compositor before the frame can be shown, while the main thread waits (a
 * Chrome trace of a click at 30k: `GLES2::ReadPixels` inside the frame's commit, one per WebGL layer), and
 * setting a WebGL layer up blocks the main thread on the GPU process too. Sigma 3.0 as it comes:
 * - creates three WebGL contexts (edges, nodes, and "hoverNodes", where it draws hovered and selected nodes a
 *   second time above their 2D hover card), each first at the default 300×150 and then resized (its drawing
 *   buffer made twice: `resize` took 100–440 ms for three layers in headless Chromium at load 11–15);
 * - compiles a shader program and its picking variant for each node program on the nodes layer (here dimmed
 *   squares, discs, squares: graph/node-types.ts), the same again on the hover layer, one for Sigma's default disc
 *   program ("circle", added to every renderer's node programs), the edge program, and the two of its arrow
 *   program, added to every renderer's edge programs;
 * - clears every WebGL layer at its first (empty) render and on every render after, so the first frame after
 *   the renderer is made reads back three blank layers.
 * This app's hover card (`controllers/labels.ts` `drawHover`) draws the node on the card, and nodes are picked
 * on the CPU (graph/pick.ts), so here:
 * - the hover layer is a canvas without a context (the layer stays in the DOM; nothing is drawn on it);
 * - no picking pass: the nodes layer is no picking layer and its programs have no picking variant;
 * - no arrow program (no edge here is directed), no default disc program (author discs have their own:
 *   graph/disc-program.ts);
 * - a WebGL canvas is sized before its context is made (one drawing buffer, of the right size);
 * - a layer that holds nothing is not cleared, nor are the 2D layers of hover cards and edge labels while they
 *   hold nothing: the empty first render changes no WebGL layer, a hover changes only 2D canvases, and a frame
 *   of a camera move (edges hidden while moving) changes only the nodes and labels layers;
 * - the hover cards' layer is left as it is when a render would draw the very same cards on it (same nodes,
 *   display data, viewport positions and size): each changed 2D canvas is copied for the compositor in the frame
 *   (`Canvas2DResourceProvider::ProduceCanvasResource`, 13–15 ms of the main thread for a window-sized layer),
 *   and the render that dims the map at a click redrew the selected author's card unchanged;
 * - a render scheduled with data to process (a full refresh: a selection's dimming, a level-of-detail refill)
 *   has it processed in a task of its own, the render's frame asked for after it, so that frame only draws:
 *   Sigma's `process` (every drawn node and edge into the programs' arrays, 17–19 ms of the 23–33 ms render in
 *   the frame that dims the 3k map at a click, CPU profiles at load 4–6) was done inside the frame. (A task
 *   queued beside the frame's request ran after the frame.)
 * The first frame of any map then sets up two WebGL contexts and one program for each kind of node and link
 * it draws (four) instead of three contexts and a dozen programs, with no blank frame read back before it. Sigma
 * 3.0 internals (`createWebGLContext`'s layers, `registerNodeProgram`, `registerEdgeProgram`, `clear`,
 * `renderHighlightedNodes`, the layers' contexts); a PNG export draws with a plain Sigma of its own
 * (@sigma/export-image), unaffected, in the same program order (graph/node-types.ts).
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, NodeCircleProgram } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';
import { drawnRadius } from './drawn-size';
import { clearLayer } from './layer-canvas';

type HoverDrawer = (context: CanvasRenderingContext2D, data: Record<string, unknown>, settings: Settings) => void;

/** What this file uses of a Sigma 3.0 instance's private state. */
interface SigmaInternals {
  webGLContexts: Record<string, WebGLRenderingContext>;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
  frameBuffers: Record<string, WebGLFramebuffer>;
  nodeDataCache: Record<string, NodeDisplayData & { type: string }>;
  nodePrograms: Record<string, { kill(): void; drawHover?: HoverDrawer }>;
  highlightedNodes: Set<string>;
  hoveredNode: string | null;
  mouseCaptor: { isMoving: boolean; draggedEvents: number; currentWheelDirection: number };
  pixelRatio: number;
  width: number;
  height: number;
  emit(event: string): void;
}

type WebGLLayerOptions = Parameters<Sigma['createWebGLContext']>[1];
type ProgramClass = new (gl: WebGLRenderingContext, frameBuffer: WebGLFramebuffer | undefined, renderer: Sigma) => { kill(): void };

/**
 * Which WebGL layers, and whether the 2D hover cards' layer, may hold a picture, per renderer. Not a field:
 * Sigma's constructor renders (and so clears) before a subclass's own fields exist. A layer is blank until a
 * render draws on it.
 */
const holding = new WeakMap<object, { nodes: boolean; edges: boolean; hovers: boolean; cards: string; edgesHidden: boolean }>();
const held = (sigma: object) => {
  let h = holding.get(sigma);
  if (!h) holding.set(sigma, (h = { nodes: false, edges: false, hovers: false, cards: '', edgesHidden: false }));
  return h;
};

/**
 * Whether the last render of `sigma` (a `LightLayersSigma`; false for another renderer) left the graph's edges
 * off because the camera or the pointer was moving (`hideEdgesOnMove`): a render once the move is over draws them
 * again. Sigma renders after a camera animation's last step only if that step changed the camera's state.
 */
export function edgesHiddenByMove(sigma: object): boolean {
  return holding.get(sigma)?.edgesHidden ?? false;
}

/**
 * The hover cards of `sigma` (a `LightLayersSigma`) drawn again at its next render even if their nodes and data
 * did not change: for what the cards' drawer reads besides them (its colours: controllers/labels.ts
 * `setLabelColors`, on a theme change).
 */
export function repaintHoverCards(sigma: object): void {
  held(sigma).cards = '';
}

/** Renderers with a task queued to process their data, then ask for the frame that renders it (`scheduleRender`). */
const processingAhead = new WeakSet<object>();

/**
 * Whether `sigma` (a Sigma 3.0; a `LightLayersSigma` or not) has a render due: its frame asked for
 * (`scheduleRender`: Sigma keeps it as `renderFrame`) or its data being processed before it is.
 */
export function renderDue(sigma: object): boolean {
  return processingAhead.has(sigma) || ((sigma as { renderFrame?: number | null }).renderFrame ?? null) !== null;
}

/**
 * Renderers whose labels layer is cleared by the one who draws on it (LabelsController: `ownLabelsLayer`), not by
 * each render: its labels may then be placed and drawn in a task after the render's frame, the last ones shown
 * until then.
 */
const labelsOwned = new WeakSet<object>();

/**
 * Whether the labels layer of `sigma` (a `LightLayersSigma`; no effect on another renderer) is left to its drawer
 * to clear (`owned`) or cleared by each render (Sigma's way, the default).
 */
export function ownLabelsLayer(sigma: object, owned: boolean): void {
  if (owned) labelsOwned.add(sigma);
  else labelsOwned.delete(sigma);
}

/**
 * Sigma 3.0 with the lighter layers described above. Same constructor and API as `Sigma`: `graph`, `container`
 * (an element with a size: Sigma throws on a zero-size one) and `settings`.
 */
export class LightLayersSigma<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends Sigma<N, E, G> {
  /**
   * Called by Sigma's constructor for its "edges", "nodes" and "hoverNodes" layers. The hover layer gets its
   * canvas and no context (returns null for it: Sigma's constructor ignores the value); the others are sized
   * to the container before their context is made, and get no picking frame buffer.
   */
  override createWebGLContext(id: string, options: WebGLLayerOptions = {}): WebGLRenderingContext {
    if (id === 'hoverNodes') {
      this.createCanvas(id);
      return null as unknown as WebGLRenderingContext;
    }
    const canvas = options.canvas ?? this.createCanvas(id, options.style ? { style: options.style } : {});
    const container = this.getContainer();
    const ratio = (this as unknown as SigmaInternals).pixelRatio;
    // the very attribute values Sigma's first resize sets (that one then leaves the drawing buffer as it is)
    if (container.offsetWidth > 0 && container.offsetHeight > 0) {
      canvas.setAttribute('width', `${container.offsetWidth * ratio}px`);
      canvas.setAttribute('height', `${container.offsetHeight * ratio}px`);
    }
    return super.createWebGLContext(id, { ...options, style: undefined, canvas, picking: false });
  }

  /** Clears only the layers that may hold a picture or (WebGL) that the render to follow draws on. */
  override clear(): this {
    const s = this as unknown as SigmaInternals;
    const h = held(this);
    s.emit('beforeClear');
    const { nodes, edges } = s.webGLContexts;
    const settings = this.getSettings();
    const graph = this.getGraph();
    // Sigma's render draws nothing on an empty graph; the edges unless the camera or the pointer moves
    // (hideEdgesOnMove)
    const moving = this.getCamera().isAnimated() || s.mouseCaptor.isMoving || !!s.mouseCaptor.draggedEvents || !!s.mouseCaptor.currentWheelDirection;
    const nodesNext = graph.order > 0;
    const edgesNext = !(settings.hideEdgesOnMove && moving) && graph.size > 0;
    if (nodes && (h.nodes || nodesNext)) {
      nodes.bindFramebuffer(WebGLRenderingContext.FRAMEBUFFER, null);
      nodes.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
    }
    if (edges && (h.edges || edgesNext)) {
      edges.bindFramebuffer(WebGLRenderingContext.FRAMEBUFFER, null);
      edges.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
    }
    h.nodes = nodesNext;
    h.edges = edgesNext;
    h.edgesHidden = !edgesNext && graph.size > 0 && nodesNext;
    // the 2D layers too (each changed one costs the frame a copy: 10 frames clearing three 2D canvases took
    // 516-1047 ms against 148-462 ms untouched, headless Chromium, load 17): the labels layer (LabelsController
    // draws on it after each render) unless its drawer clears it (`ownLabelsLayer`); the hover cards' layer if a card is on it; the edge labels' layer only if
    // Sigma draws edge labels (renderEdgeLabels, off here: it never touches that layer then)
    if (!labelsOwned.has(this)) s.canvasContexts.labels?.clearRect(0, 0, s.width, s.height);
    // the hover cards: cleared by the render's `renderHighlightedNodes` if they change, unless the render stops
    // before it (an empty graph, labels hidden while moving)
    if (h.hovers && (!nodesNext || (settings.hideLabelsOnMove && moving))) {
      if (s.canvasContexts.hovers) clearLayer(s.canvasContexts.hovers);
      h.hovers = false;
      h.cards = '';
    }
    if (settings.renderEdgeLabels) s.canvasContexts.edgeLabels?.clearRect(0, 0, s.width, s.height);
    s.emit('afterClear');
    return this;
  }

  /**
   * Sigma's scheduleRender; when the render has data to process (`refresh`), that is done in a task queued now
   * if it runs before the render's frame (then the render only draws), else by the render as Sigma does.
   */
  override scheduleRender(): this {
    const s = this as unknown as { needToProcess: boolean; renderFrame: number | null };
    // nothing to process, or a frame already asked for: Sigma's way
    if (!s.needToProcess || s.renderFrame !== null) return super.scheduleRender();
    if (processingAhead.has(this)) return this;
    processingAhead.add(this);
    setTimeout(() => {
      // rendered meanwhile (`render` called directly), or killed
      if (!processingAhead.delete(this)) return;
      if (s.needToProcess) {
        // as Sigma's render does before it processes (the sizes the processing reads)
        this.resize();
        (this as unknown as { process(): void }).process();
        s.needToProcess = false;
      }
      super.scheduleRender();
    }, 0);
    return this;
  }

  /** Sigma's kill (no render after it). */
  override kill(): void {
    processingAhead.delete(this);
    super.kill();
  }

  /** Sigma's resize; a canvas sized again (a new size, or `force`) is blank: its cards are drawn again. */
  override resize(force?: boolean): this {
    const s = this as unknown as SigmaInternals;
    const before = `${s.width}x${s.height}@${s.pixelRatio}`;
    super.resize(force);
    if (force || before !== `${s.width}x${s.height}@${s.pixelRatio}`) {
      const h = held(this);
      h.hovers = false;
      h.cards = '';
    }
    return this;
  }
}

/** A hover card to draw: the node program's drawer and the node's data at its place and drawn radius. */
interface HoverCard {
  draw: HoverDrawer;
  data: Record<string, unknown>;
}

/**
 * The hover cards `sigma` (any Sigma 3.0 renderer) draws: the hovered node's, then each highlighted (selected) one's,
 * each at its viewport place (CSS px) and drawn radius (`drawnRadius`: capped as the disc programs draw it). Reads
 * Sigma 3.0 internals (`hoveredNode`, `highlightedNodes`, `nodeDataCache`, `nodePrograms`); throws nothing.
 */
function hoverCards(sigma: Sigma): HoverCard[] {
  const s = sigma as unknown as SigmaInternals;
  const settings = sigma.getSettings() as unknown as Settings;
  const keys: string[] = [];
  if (s.hoveredNode && s.nodeDataCache[s.hoveredNode] && !s.nodeDataCache[s.hoveredNode]!.hidden) keys.push(s.hoveredNode);
  for (const key of s.highlightedNodes) if (key !== s.hoveredNode) keys.push(key);
  const cards: HoverCard[] = [];
  for (const key of keys) {
    const data = s.nodeDataCache[key];
    if (!data) continue;
    const { x, y } = sigma.framedGraphToViewport(data);
    const draw = s.nodePrograms[data.type]?.drawHover ?? (settings.defaultDrawNodeHover as unknown as HoverDrawer);
    cards.push({ draw, data: { key, ...data, size: drawnRadius(sigma, data.size), x, y } });
  }
  return cards;
}

/**
 * Draws on `context` (a 2D layer of `sigma`'s size, scaled to CSS px) the hover cards of `sigma` (any Sigma 3.0
 * renderer: a PNG export's plain one, @sigma/export-image) as `LightLayersSigma` draws them on screen: each card
 * drawing its node at the capped radius, and no second WebGL drawing of the node over them. Sigma 3.0's own
 * `renderHighlightedNodes` draws each card at the uncapped radius (`scaleSize`) and then the node again on its WebGL
 * "hoverNodes" layer over the card: in the PNG the selected author's disc covered the start of her name and left an
 * inner ring (a tester, Iryna Gurevych on the 30k map). The layer is cleared first. Throws nothing.
 */
export function drawHoverCardsAsOnScreen(sigma: Sigma, context: CanvasRenderingContext2D): void {
  clearLayer(context);
  const settings = sigma.getSettings() as unknown as Settings;
  for (const { draw, data } of hoverCards(sigma)) draw(context, data, settings);
}

// Sigma 3.0's private methods, replaced on the subclass's prototype (TypeScript does not let a subclass
// declare a method its base declares private)
Object.assign(LightLayersSigma.prototype, {
  /** Sigma's render (a render due from `scheduleRender` is this one: its frame is not asked for again). */
  render(this: LightLayersSigma) {
    processingAhead.delete(this);
    return (Sigma.prototype as unknown as { render(this: Sigma): Sigma }).render.call(this as unknown as Sigma);
  },
  /**
   * A node program on the nodes layer only: no copy for the hover layer, which is never drawn; but for Sigma's own
   * disc program, which Sigma adds to every renderer's settings (`DEFAULT_NODE_PROGRAM_CLASSES`, key "circle") and
   * no node here draws with (author discs are `DISC`: graph/node-types.ts). Sigma draws the programs in the
   * settings' order, which is the app's (dimmed squares below the discs).
   */
  registerNodeProgram(this: LightLayersSigma, key: string, NodeProgram: ProgramClass) {
    const s = this as unknown as SigmaInternals;
    if ((NodeProgram as unknown) === NodeCircleProgram) return this;
    s.nodePrograms[key]?.kill();
    s.nodePrograms[key] = new NodeProgram(s.webGLContexts.nodes!, s.frameBuffers.nodes, this as unknown as Sigma);
    return this;
  },
  /**
   * An edge program on the edges layer, but for Sigma's arrow program, which Sigma adds to every renderer's
   * settings (`DEFAULT_EDGE_PROGRAM_CLASSES`: two programs, its head and its body): co-authorship is undirected
   * and no edge here is of type "arrow" (one would make Sigma throw "could not find a suitable program").
   */
  registerEdgeProgram(this: LightLayersSigma, key: string, EdgeProgram: ProgramClass) {
    const s = this as unknown as SigmaInternals & { edgePrograms: Record<string, { kill(): void }> };
    if ((EdgeProgram as unknown) === EdgeArrowProgram) return this;
    s.edgePrograms[key]?.kill();
    s.edgePrograms[key] = new EdgeProgram(s.webGLContexts.edges!, s.frameBuffers.edges, this as unknown as Sigma);
    return this;
  },
  /**
   * The hovered node and the highlighted (selected) ones: their 2D cards only, each drawing its node; the layer
   * left untouched when the cards are the ones on it (same nodes, display data, positions, label font and size).
   */
  renderHighlightedNodes(this: LightLayersSigma) {
    const s = this as unknown as SigmaInternals;
    const settings = this.getSettings() as unknown as Settings;
    const context = s.canvasContexts.hovers!;
    const h = held(this);
    const cards = hoverCards(this);
    const signature = cards.length ? JSON.stringify([s.width, s.height, s.pixelRatio, settings.labelFont, settings.labelSize, settings.labelWeight, cards.map((c) => c.data)]) : '';
    if (signature === h.cards && h.hovers === cards.length > 0) return;
    if (h.hovers) clearLayer(context);
    for (const { draw, data } of cards) draw(context, data, settings);
    h.hovers = cards.length > 0;
    h.cards = signature;
  },
});
