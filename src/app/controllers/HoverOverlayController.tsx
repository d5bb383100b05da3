/**
 * Hover emphasis on big graphs (level of detail), drawn without a WebGL re-render: software WebGL pays
 * for every layer on each full render, whereas a hover only needs the neighbourhood to stand out.
 * On a 2D canvas layer between Sigma's nodes and its labels: a translucent wash in the background colour
 * (the rest dims), then the hovered node's edges, its neighbours and itself at their viewport positions
 * (graph/hover-neighbourhood.ts). Their names are placed with every other label, collision-free, by the one
 * placement (LabelsController, graph/label-placement.ts), on the label layer above; the hovered node's card (Sigma's
 * hover layer, controllers/labels.ts) then writes no name of its own (`setHoverCardNames`). Redrawn when the hover
 * changes and after each Sigma render (camera moves, display graph refills), unless what it would draw is what
 * the layer holds (a render that only dims the map at a click, a hover left and entered again on the same node):
 * each changed 2D canvas costs its frame a copy for the compositor (10–15 ms on the 3k map's window).
 * Small graphs keep the reducer path (AppearanceController).
 * Each draw marks `hoverOverlay` in window.__atlas.timings (the benchmark's hover frame).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { mark } from '../debug';
import { hoverNeighbourhood } from '../graph/hover-neighbourhood';
import { clearLayer, fitLayerCanvas, killOwnLayer } from '../graph/layer-canvas';
import { lodOf } from '../graph/lod';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { CANVAS_COLORS } from '../theme';
import { setHoverCardNames } from './labels';

const LAYER = 'atlasHoverOverlay';
/** Opacity of the wash over everything outside the hovered neighbourhood. */
const WASH = 0.82;

export function HoverOverlayController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    if (!lodOf(graph)) return;
    // the hovered node's name is placed with the others (kept where it was drawn): its card writes none
    setHoverCardNames(false);
    // under the label layer: the labels (the neighbourhood's named first, the rest faint) are placed with
    // all the others by LabelsController, never here
    const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'labels' }) as HTMLCanvasElement;
    canvas.style.pointerEvents = 'none';
    const ctx = canvas.getContext('2d');
    if (!ctx) return () => setHoverCardNames(true);
    let drawn = false;
    // what the layer holds (`drawn`): the neighbourhood's nodes, links and colours at the size it was drawn at
    let drawnSignature = '';
    let frame: number | null = null;

    const draw = () => {
      frame = null;
      const { dataset, hovered, theme } = useAtlas.getState();
      // (sizing a canvas blanks it)
      const { resized, width, height, ratio } = fitLayerCanvas(sigma, canvas);
      if (resized) drawn = false;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const hood = hoverNeighbourhood(sigma, graph, dataset?.bundle ?? null, hovered);
      if (!hood) {
        if (drawn) clearLayer(ctx);
        drawn = false;
        return;
      }
      const colors = CANVAS_COLORS[theme];
      const signature = JSON.stringify([
        width,
        height,
        ratio,
        colors.background,
        colors.edgeStrong,
        hood.nodes.map((n) => [n.key, n.x, n.y, n.r, n.attrs.color, n.attrs.kind]),
        [...hood.emphasis.edges],
      ]);
      if (drawn && signature === drawnSignature) return;
      drawnSignature = signature;
      clearLayer(ctx);
      ctx.globalAlpha = WASH;
      ctx.fillStyle = colors.background;
      ctx.fillRect(0, 0, width, height);
      ctx.globalAlpha = 1;

      const at = new Map(hood.nodes.map((n) => [n.key, n]));
      ctx.strokeStyle = colors.edgeStrong;
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (const e of hood.emphasis.edges) {
        const s = at.get(graph.source(e));
        const t = at.get(graph.target(e));
        if (!s || !t) continue;
        ctx.moveTo(s.x, s.y);
        ctx.lineTo(t.x, t.y);
      }
      ctx.stroke();

      // nodes: the focus last (on top), each with a thin ring in the background colour so neighbours stay apart
      ctx.lineWidth = 1;
      ctx.strokeStyle = colors.background;
      for (const { x, y, r, attrs } of hood.nodes) {
        ctx.fillStyle = attrs.color;
        ctx.beginPath();
        if (attrs.kind === 'paper') ctx.rect(x - r, y - r, r * 2, r * 2);
        else ctx.arc(x, y, r, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
      }
      drawn = true;
      mark('hoverOverlay');
    };

    // after Sigma's own hover render in the same frame (it schedules it right after emitting enterNode)
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(draw);
    };
    const unsubscribe = useAtlas.subscribe((s, prev) => {
      if (s.hovered !== prev.hovered || s.theme !== prev.theme) queueMicrotask(schedule);
    });
    const camera = sigma.getCamera();
    camera.on('updated', schedule);
    sigma.on('afterRender', draw);
    schedule();
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
      camera.off('updated', schedule);
      sigma.off('afterRender', draw);
      killOwnLayer(sigma, LAYER);
      setHoverCardNames(true);
    };
  }, [sigma, graph]);

  return null;
}
