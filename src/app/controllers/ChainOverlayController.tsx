/**
 * A traced co-author chain drawn so each step can be told apart: its links on a 2D canvas layer above Sigma's
 * nodes (below the labels), each a straight line between the centres of the discs it joins (through the paper
 * behind the step when papers are drawn), then the chain's discs again over them, at their true positions.
 * Where two of the chain's authors would be drawn overlapping at the camera's zoom, their discs are drawn
 * smaller (`chainRadii`): the size factor goes into the appearance's `sizeCap`, so Sigma's own discs shrink with
 * them. On the 30k map Mona Diab and Kathleen McKeown lie 10 px apart at the chain's framing, their discs 29 and
 * 22 px: one disc carried two names; and the link to Graham Neubig ran under his community's dimmed discs, ending
 * inside it, not at his disc. Redrawn after each Sigma render.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { AppearanceState } from './appearance';
import { chainRadii } from '../graph/chain-radii';
import { drawnRadius } from '../graph/drawn-size';
import { fitLayerCanvas, killOwnLayer } from '../graph/layer-canvas';
import { nodeKey } from '../graph/node-keys';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { CANVAS_COLORS } from '../theme';

const LAYER = 'atlasChainOverlay';
export function ChainOverlayController({ graph, appearance }: { graph: AtlasGraph; appearance: { state: AppearanceState } }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'labels' }) as HTMLCanvasElement;
    canvas.style.pointerEvents = 'none';
    const ctx = canvas.getContext('2d');
    if (!ctx) return () => killOwnLayer(sigma, LAYER);
    let drawn = false;
    let frame: number | null = null;

    const clear = () => {
      const { width, height } = sigma.getDimensions();
      if (drawn) ctx.clearRect(0, 0, width, height);
      drawn = false;
    };
    // the size factors now in the reducer differ from `next` by more than a rounding: refresh those nodes
    const setCaps = (next: Map<string, number>) => {
      const caps = appearance.state.sizeCap;
      const changed = new Set<string>();
      for (const [k, f] of caps) if (!next.has(k) || Math.abs(next.get(k)! - f) > 0.02) changed.add(k);
      for (const [k, f] of next) if (!caps.has(k) || Math.abs(caps.get(k)! - f) > 0.02) changed.add(k);
      if (changed.size === 0) return;
      appearance.state.sizeCap = next;
      // (Sigma's graph: on a big map the level of detail's display graph, which may not hold every node)
      const drawnGraph = sigma.getGraph();
      const nodes = [...changed].filter((k) => drawnGraph.hasNode(k));
      // (indexed again: on a big map the level of detail's graph may hold a node Sigma has not indexed yet, and a
      // repaint without indexation threw "node … can't be repaint" on the 30k map; a chain's few nodes cost little)
      if (nodes.length > 0) sigma.refresh({ partialGraph: { nodes }, skipIndexation: false, schedule: true });
    };

    const draw = () => {
      frame = null;
      const { emphasis, hovered, theme } = useAtlas.getState();
      const { resized, width, height, ratio: dpr } = fitLayerCanvas(sigma, canvas);
      if (resized) drawn = false;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      if (!emphasis || emphasis.by !== 'chain') {
        setCaps(new Map());
        return clear();
      }
      const keys = emphasis.nodes.map(nodeKey).filter((k) => graph.hasNode(k) && !graph.getNodeAttribute(k, 'hidden'));
      const points = keys.map((k) => {
        const a = graph.getNodeAttributes(k);
        const p = sigma.graphToViewport(a);
        return { key: k, x: p.x, y: p.y, r: drawnRadius(sigma, a.size), scaled: sigma.scaleSize(a.size), color: a.color };
      });
      const radii = chainRadii(points);
      // (a factor of the size Sigma scales, before the drawn cap, graph/drawn-size.ts: the disc is drawn at the radius chosen)
      setCaps(new Map(points.map((p, i) => [p.key, Math.min(1, radii[i]! / Math.max(1e-9, p.scaled))])));
      // a hover shows its own neighbourhood; the chain is drawn again once it ends
      if (hovered) return clear();
      ctx.clearRect(0, 0, width, height);
      const at = new Map(points.map((p, i) => [p.key, { ...p, r: radii[i]! }]));
      const colors = CANVAS_COLORS[theme];
      ctx.strokeStyle = colors.edgeStrong;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (const step of emphasis.steps) {
        const from = at.get(nodeKey(step.from));
        const to = at.get(nodeKey(step.to));
        if (!from || !to) continue;
        const viaKey = step.via ? nodeKey(step.via) : null;
        const via = viaKey && graph.hasNode(viaKey) && !graph.getNodeAttribute(viaKey, 'hidden') ? sigma.graphToViewport(graph.getNodeAttributes(viaKey)) : null;
        ctx.moveTo(from.x, from.y);
        if (via) ctx.lineTo(via.x, via.y);
        ctx.lineTo(to.x, to.y);
      }
      ctx.stroke();
      // the discs over the links (the line ends at each centre, under its disc), each ringed in the background
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = colors.background;
      for (const p of [...at.values()].sort((a, b) => b.r - a.r)) {
        ctx.fillStyle = p.color;
        ctx.beginPath();
        ctx.arc(p.x, p.y, p.r, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
      }
      drawn = true;
    };

    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(draw);
    };
    const unsubscribe = useAtlas.subscribe((s, prev) => {
      if (s.emphasis !== prev.emphasis || s.hovered !== prev.hovered || s.theme !== prev.theme) queueMicrotask(schedule);
    });
    sigma.on('afterRender', draw);
    schedule();
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
      sigma.off('afterRender', draw);
      killOwnLayer(sigma, LAYER);
      appearance.state.sizeCap = new Map();
    };
  }, [sigma, graph, appearance]);

  return null;
}
