/**
 * Hover emphasis on big graphs (level of detail), drawn without a WebGL re-render: software WebGL pays
 * for every layer on each full render, whereas a hover only needs the neighbourhood to stand out.
 * On a 2D canvas layer between Sigma's labels and its hover card: a translucent wash in the background
 * colour (the rest dims), then the hovered node's edges, its neighbours and itself at their viewport
 * positions, and their labels (text via fillText). Redrawn when the hover changes and after each Sigma
 * render (camera moves, display graph refills). Small graphs keep the reducer path (AppearanceController).
 * Each draw marks `hoverOverlay` in window.__atlas.timings (the benchmark's hover frame).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { mark } from '../debug';
import { computeEmphasis } from '../graph/emphasis';
import { lodOf } from '../graph/lod';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { CANVAS_COLORS } from '../theme';

const LAYER = 'atlasHoverOverlay';
/** Opacity of the wash over everything outside the hovered neighbourhood. */
const WASH = 0.82;
/** Above this many neighbours, only the hovered node is labelled (as the reducers do on small graphs). */
const LABEL_ALL_LIMIT = 60;
const MAX_LABEL = 60;
/** Smallest drawn radius (px), so a neighbour drawn tiny at this zoom can still be seen. */
const MIN_RADIUS = 2.5;
/** Label positions tried, in lines from the node's centre. */
const SHIFTS = [0, 1, -1, 2, -2, 3, -3];

const clip = (text: string): string => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text);

export function HoverOverlayController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    if (!lodOf(graph)) return;
    const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'hovers' }) as HTMLCanvasElement;
    canvas.style.pointerEvents = 'none';
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    let drawn = false;
    let frame: number | null = null;

    const draw = () => {
      frame = null;
      const { dataset, hovered, theme } = useAtlas.getState();
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const emphasis = dataset && hovered ? computeEmphasis(graph, dataset.bundle, hovered) : null;
      if (!emphasis || emphasis.nodes.size === 0) {
        if (drawn) ctx.clearRect(0, 0, width, height);
        drawn = false;
        return;
      }
      const colors = CANVAS_COLORS[theme];
      ctx.clearRect(0, 0, width, height);
      ctx.globalAlpha = WASH;
      ctx.fillStyle = colors.background;
      ctx.fillRect(0, 0, width, height);
      ctx.globalAlpha = 1;

      // viewport position and drawn radius of each visible emphasised node
      const at = new Map<string, { x: number; y: number; r: number; a: NodeAttrs }>();
      for (const n of emphasis.nodes) {
        const a = graph.getNodeAttributes(n);
        if (a.hidden) continue;
        const p = sigma.graphToViewport(a);
        at.set(n, { x: p.x, y: p.y, r: sigma.scaleSize(a.size), a });
      }
      ctx.strokeStyle = colors.edgeStrong;
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (const e of emphasis.edges) {
        const s = at.get(graph.source(e));
        const t = at.get(graph.target(e));
        if (!s || !t) continue;
        ctx.moveTo(s.x, s.y);
        ctx.lineTo(t.x, t.y);
      }
      ctx.stroke();

      // nodes: the focus last (on top), each with a thin ring in the background colour so neighbours stay apart
      const order = [...at.keys()].sort((p, q) => Number(p === emphasis.focus) - Number(q === emphasis.focus));
      ctx.lineWidth = 1;
      ctx.strokeStyle = colors.background;
      for (const n of order) {
        const { x, y, r: size, a } = at.get(n)!;
        const r = Math.max(size, MIN_RADIUS);
        ctx.fillStyle = a.color;
        ctx.beginPath();
        if (a.kind === 'paper') ctx.rect(x - r, y - r, r * 2, r * 2);
        else ctx.arc(x, y, r, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
      }

      const size = sigma.getSetting('labelSize');
      const font = sigma.getSetting('labelFont');
      ctx.lineJoin = 'round';
      ctx.lineWidth = 3.5;
      const labelAll = at.size < LABEL_ALL_LIMIT;
      // labels: the focus first, then the bigger nodes; one that would overlap a label already drawn is left out
      const byImportance = [...order].reverse().sort(
        (p, q) => Number(q === emphasis.focus) - Number(p === emphasis.focus) || at.get(q)!.r - at.get(p)!.r,
      );
      const boxes: { x0: number; y0: number; x1: number; y1: number }[] = [];
      for (const n of byImportance) {
        const isFocus = n === emphasis.focus;
        if (!labelAll && !isFocus && !at.get(n)!.a.focal) continue;
        const { x, y, r: nodeSize, a } = at.get(n)!;
        const r = Math.max(nodeSize, MIN_RADIUS);
        const label = a.kind === 'paper' ? a.title : a.label;
        if (!label || x < -200 || x > width + 20 || y < -20 || y > height + 20) continue;
        ctx.font = `${isFocus || a.focal ? '700' : sigma.getSetting('labelWeight')} ${size}px ${font}`;
        const text = clip(label);
        const tx = x + r + 4;
        const w = ctx.measureText(text).width;
        // beside the node, else a line above or below it (neighbours often sit close together)
        const line = size + 3;
        const dy = SHIFTS.map((k) => k * line).find((d) => {
          const b0 = { x0: tx - 2, y0: y + d - line / 2, x1: tx + w + 2, y1: y + d + line / 2 };
          return !boxes.some((b) => b.x0 < b0.x1 && b0.x0 < b.x1 && b.y0 < b0.y1 && b0.y0 < b.y1);
        });
        if (dy === undefined) continue;
        boxes.push({ x0: tx - 2, y0: y + dy - line / 2, x1: tx + w + 2, y1: y + dy + line / 2 });
        const ty = y + dy + size / 3;
        ctx.strokeStyle = colors.labelHalo;
        ctx.strokeText(text, tx, ty);
        ctx.fillStyle = colors.label;
        ctx.fillText(text, tx, ty);
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
      sigma.killLayer(LAYER);
    };
  }, [sigma, graph]);

  return null;
}
