/**
 * Fewer WebGL layer updates per frame. On software WebGL (SwiftShader) every WebGL canvas changed in a frame
 * is drawn by the GPU process and read back by the compositor before the frame can be shown, while the main
 * thread waits (a Chrome trace of a click at 30k: `GLES2::ReadPixels` inside the frame's commit, one per WebGL
 * layer). Sigma 3.0 clears all three of its WebGL layers on every render and draws hovered and selected
 * nodes a second time on a WebGL layer of their own ("hoverNodes"), above their 2D hover card. This app's hover
 * card (`controllers/labels.ts` `drawHover`) already draws the node on the card, so that layer is never drawn
 * here, and a layer that holds nothing is not cleared again: a hover then changes only 2D canvases, and a frame
 * of a camera move (edges hidden while moving) changes only the nodes layer.
 * Sigma 3.0 internals (`clear`, `renderHighlightedNodes`, the layers' contexts), replaced on the one instance.
 */
import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';

type HoverDrawer = (context: CanvasRenderingContext2D, data: Record<string, unknown>, settings: Settings) => void;

interface SigmaInternals {
  webGLContexts: Record<string, WebGLRenderingContext>;
  canvasContexts: Record<string, CanvasRenderingContext2D>;
  nodeDataCache: Record<string, NodeDisplayData & { type: string }>;
  nodePrograms: Record<string, { drawHover?: HoverDrawer }>;
  highlightedNodes: Set<string>;
  hoveredNode: string | null;
  mouseCaptor: { isMoving: boolean; draggedEvents: number; currentWheelDirection: number };
  width: number;
  height: number;
  emit(event: string): void;
  clear(): unknown;
  renderHighlightedNodes(): void;
}

/** Replace Sigma's `clear` and `renderHighlightedNodes` on `sigma` as described above. */
export function lightenSigmaLayers(sigma: Sigma): void {
  const s = sigma as unknown as SigmaInternals;
  const settings = sigma.getSettings() as Settings;
  // whether a WebGL layer may hold a picture (a layer known to be empty needs no clear)
  let edgesDrawn = true;
  let hoverNodesDrawn = true;
  s.clear = function clear() {
    s.emit('beforeClear');
    const { nodes, edges, hoverNodes } = s.webGLContexts;
    nodes.bindFramebuffer(WebGLRenderingContext.FRAMEBUFFER, null);
    nodes.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
    // the render that follows draws the edges unless the camera or the pointer moves (hideEdgesOnMove)
    const moving = sigma.getCamera().isAnimated() || s.mouseCaptor.isMoving || !!s.mouseCaptor.draggedEvents || !!s.mouseCaptor.currentWheelDirection;
    const edgesNext = !(settings.hideEdgesOnMove && moving) && sigma.getGraph().size > 0;
    if (edgesDrawn || edgesNext) {
      edges.bindFramebuffer(WebGLRenderingContext.FRAMEBUFFER, null);
      edges.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
    }
    edgesDrawn = edgesNext;
    if (hoverNodesDrawn) {
      hoverNodes.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
      hoverNodesDrawn = false;
    }
    for (const id of ['labels', 'hovers', 'edgeLabels']) s.canvasContexts[id]?.clearRect(0, 0, s.width, s.height);
    s.emit('afterClear');
    return sigma;
  };
  // the hovered node and the highlighted (selected) ones: their 2D cards only, each drawing its node
  s.renderHighlightedNodes = function renderHighlightedNodes() {
    const context = s.canvasContexts.hovers;
    context.clearRect(0, 0, s.width, s.height);
    const keys: string[] = [];
    if (s.hoveredNode && s.nodeDataCache[s.hoveredNode] && !s.nodeDataCache[s.hoveredNode].hidden) keys.push(s.hoveredNode);
    for (const key of s.highlightedNodes) if (key !== s.hoveredNode) keys.push(key);
    for (const key of keys) {
      const data = s.nodeDataCache[key];
      if (!data) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      const draw = s.nodePrograms[data.type]?.drawHover ?? (settings.defaultDrawNodeHover as unknown as HoverDrawer);
      draw(context, { key, ...data, size: sigma.scaleSize(data.size), x, y }, settings);
    }
  };
}
