/**
 * Disc sizes for the part of the map the filters leave (graph/shown-size.ts): Sigma's `zoomToSizeRatioFunction` set
 * from the shown authors' extent and the room around them, Sigma's default (√ of the camera ratio) for the whole map
 * and in the ego view (which moves its authors off the map's positions and frames them itself). Where shown nodes lie
 * close together, each keeps only the share of the room's enlargement that leaves it clear of its nearest shown
 * neighbour at the shown part's framing (`roomShares`, through the appearance's `roomShare`): the 30k map's 2021
 * Findings clusters were blobs at 3.5 times their discs' size.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { isBigGraph } from '../graph/big-graph';
import { cappedRadius } from '../graph/drawn-size';
import { authorKey } from '../graph/node-keys';
import { affine, enlargement, roomShares, shownPart, shownSizeRatio } from '../graph/shown-size';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import type { Visibility } from '../graph/visibility';
import { useAtlas } from '../store';
import type { Appearance } from './appearance';
import { shownFraming, shownNodes } from './CameraController';
import type Sigma from 'sigma';

/**
 * The share of the enlargement `scale` each shown node of `graph` (`visibility`: the store's) keeps, by node key (only
 * those under 1): from where the nodes are drawn at the camera that frames the shown part (`shownFraming`, as a link
 * with these filters opens), their radii there drawn by `ratioOf` (the zoom-to-size function set) and capped as drawn.
 * Reads the page's boxes; throws nothing.
 */
function shares(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, visibility: Visibility, ratioOf: (ratio: number) => number, scale: number): Map<string, number> {
  const out = new Map<string, number>();
  if (!(scale > 1)) return out;
  const framing = shownFraming(sigma, graph, visibility);
  if (framing === 'whole') return out;
  const camera = { x: 0.5, y: 0.5, angle: 0, ratio: framing.ratio ?? 1 };
  const { width, height } = sigma.getDimensions();
  const { keys } = shownNodes(graph, visibility);
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  const r = new Float64Array(keys.length);
  const drawnAt = affine((p) => sigma.graphToViewport(p, { cameraState: camera }));
  keys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    const p = drawnAt(a);
    x[i] = p.x;
    y[i] = p.y;
    r[i] = cappedRadius((a.size ?? 1) / ratioOf(camera.ratio), width, height);
  });
  const kept = roomShares(x, y, r, scale);
  keys.forEach((key, i) => {
    if (kept[i]! < 1) out.set(key, kept[i]!);
  });
  return out;
}

export function ShownSizeController({ graph, appearance }: { graph: AtlasGraph; appearance: Appearance }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const bundle = useAtlas((s) => s.dataset?.bundle ?? null);
  const visibility = useAtlas((s) => s.visibility);
  const ego = useAtlas((s) => s.filters.ego !== null);

  useEffect(() => {
    // (each setting re-processes what Sigma draws: not set again when it is the same; the shares, read by the node
    // reducer, are drawn by that processing, or by one asked for when the setting stays)
    const set = (f: (ratio: number) => number, share: Map<string, number>) => {
      const before = appearance.state.roomShare;
      appearance.state.roomShare = share;
      if (sigma.getSetting('zoomToSizeRatioFunction') !== f) sigma.setSetting('zoomToSizeRatioFunction', f);
      else if (before.size > 0 || share.size > 0) sigma.scheduleRefresh();
    };
    if (!bundle || !visibility || ego || visibility.authorCount >= bundle.authors.name.length) {
      set(Math.sqrt, new Map());
      return;
    }
    // the authors where the map's layout puts them (the graph's positions: both views hold every author)
    const n = bundle.authors.name.length;
    const x = new Float64Array(n).fill(NaN);
    const y = new Float64Array(n).fill(NaN);
    for (let i = 0; i < n; i++) {
      const key = authorKey(i);
      if (!graph.hasNode(key)) continue;
      const a = graph.getNodeAttributes(key);
      x[i] = a.x;
      y[i] = a.y;
    }
    const part = shownPart(x, y, visibility.author);
    // a big map's discs (graph/sigma-graph.ts `authorSize`: 1.6 for one paper, sized by its authors and papers)
    const enlarge = isBigGraph(n + bundle.papers.title.length);
    const f = shownSizeRatio(part, enlarge);
    set(f, shares(sigma, graph, visibility, f, enlargement(part, enlarge)));
  }, [sigma, graph, appearance, bundle, visibility, ego]);

  useEffect(
    () => () => {
      appearance.state.roomShare = new Map();
      sigma.setSetting('zoomToSizeRatioFunction', Math.sqrt);
    },
    [sigma, appearance],
  );

  return null;
}
