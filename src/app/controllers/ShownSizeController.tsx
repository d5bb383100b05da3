/**
 * Disc sizes for the part of the map the filters leave (graph/shown-size.ts): Sigma's `zoomToSizeRatioFunction` set
 * from the shown authors' extent and the room around them, Sigma's default (√ of the camera ratio) for the whole map
 * and in the ego view (which moves its authors off the map's positions and frames them itself). Where shown nodes lie
 * close together, each keeps only the share of the room's enlargement that leaves it clear of its nearest shown
 * neighbour at the shown part's framing (`roomShares`, through the appearance's `roomShare`): the 30k map's 2021
 * Findings clusters were blobs at 3.5 times their discs' size. The shares are read at the canvas's size: they are read
 * again when the canvas is resized (a phone turned, a window resized), RESIZE_SETTLE_MS after its last change, not at
 * each frame of it (a 30k view's shares take ~100 ms). Before, they stayed those of the size the filters were set at:
 * a phone turned to 844×390 kept its portrait's shares, discs overlapping or held small.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useState } from 'react';
import { isBigGraph } from '../graph/big-graph';
import { cappedRadius } from '../graph/drawn-size';
import { authorKey, paperKey } from '../graph/node-keys';
import { isAuthorKey, keyIndex } from '../../core/graph/node-keys';
import { affine, enlargement, roomShares, shownPart, shownSizeRatio, SQUARE_CHECK_RATIO, squaresOverAuthors, type DrawnNode } from '../graph/shown-size';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import type { Visibility } from '../graph/visibility';
import { useAtlas } from '../store';
import type { Appearance } from './appearance';
import { shownFraming, shownNodes } from './CameraController';
import type Sigma from 'sigma';
import { RESIZE_SETTLE_MS } from './resize-settle';

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

/**
 * The keys of the shown paper squares of `graph` (`visibility`: the store's) that cover the middle of one of their
 * own shown authors' discs when drawn at SQUARE_CHECK_RATIO (sizes by `ratioOf`, the zoom-to-size function set, times
 * `share`, the room shares, capped as drawn): drawn after the discs they hid them (graph/shown-size.ts
 * `squaresOverAuthors`). One look at each shown paper's authors; reads the canvas's size; throws nothing.
 */
function squaresBelow(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, visibility: Visibility, ratioOf: (ratio: number) => number, share: Map<string, number>): Set<string> {
  const { width, height } = sigma.getDimensions();
  const ratio = SQUARE_CHECK_RATIO;
  const drawnAt = affine((p) => sigma.graphToViewport(p, { cameraState: { x: 0.5, y: 0.5, angle: 0, ratio } }));
  const drawn = (key: string): DrawnNode => {
    const a = graph.getNodeAttributes(key);
    const p = drawnAt(a);
    return { x: p.x, y: p.y, r: cappedRadius(((a.size ?? 1) * (share.get(key) ?? 1)) / ratioOf(ratio), width, height) };
  };
  const keys: string[] = [];
  const squares: DrawnNode[] = [];
  visibility.paper.forEach((v, p) => {
    const key = paperKey(p);
    if (v !== 1 || !graph.hasNode(key)) return;
    keys.push(key);
    squares.push(drawn(key));
  });
  const authorsOf = (i: number): DrawnNode[] => {
    const out: DrawnNode[] = [];
    graph.forEachNeighbor(keys[i]!, (n) => {
      if (isAuthorKey(n) && visibility.author[keyIndex(n)] === 1) out.push(drawn(n));
    });
    return out;
  };
  return new Set(squaresOverAuthors(squares, authorsOf).map((i) => keys[i]!));
}

/** Whether `a` and `b` hold the same keys. */
const sameKeys = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((k) => b.has(k));

/** The canvas's size of `sigma` (CSS px), "width×height". */
const sizeOf = (sigma: Sigma<NodeAttrs, EdgeAttrs>): string => {
  const { width, height } = sigma.getDimensions();
  return `${width}×${height}`;
};

/**
 * The canvas's size (CSS px, "width×height") of `sigma`, following Sigma's own `resize` events (emitted when it finds
 * its container resized, at its next render) once the size has held for RESIZE_SETTLE_MS. Throws nothing.
 */
function useSettledSize(sigma: Sigma<NodeAttrs, EdgeAttrs>): string {
  const [size, setSize] = useState(() => sizeOf(sigma));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const resized = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSize(sizeOf(sigma)), RESIZE_SETTLE_MS);
    };
    sigma.on('resize', resized);
    return () => {
      sigma.off('resize', resized);
      clearTimeout(timer);
    };
  }, [sigma]);
  return size;
}

export function ShownSizeController({ graph, appearance }: { graph: AtlasGraph; appearance: Appearance }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const bundle = useAtlas((s) => s.dataset?.bundle ?? null);
  const visibility = useAtlas((s) => s.visibility);
  const ego = useAtlas((s) => s.filters.ego !== null);
  // (the authors' disc sizes: the squares below are read again when they change)
  const sizeBy = useAtlas((s) => s.sizeBy);

  const size = useSettledSize(sigma);

  // the zoom-to-size function of the shown part (null: the whole map's, Sigma's √) and its room enlargement: the same
  // function while the filters stay (a new one re-processes every node)
  const sizing = useMemo(() => {
    if (!bundle || !visibility || ego || visibility.authorCount >= bundle.authors.name.length) return null;
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
    return { f: shownSizeRatio(part, enlarge), scale: enlargement(part, enlarge) };
  }, [graph, bundle, visibility, ego]);

  useEffect(() => {
    // (each setting re-processes what Sigma draws: not set again when it is the same; the shares, read by the node
    // reducer, are drawn by that processing, or by one asked for when the setting stays)
    const set = (f: (ratio: number) => number, share: Map<string, number>, below: Set<string>) => {
      const before = appearance.state.roomShare;
      const belowBefore = appearance.state.squaresBelow;
      appearance.state.roomShare = share;
      appearance.state.squaresBelow = below;
      if (sigma.getSetting('zoomToSizeRatioFunction') !== f) sigma.setSetting('zoomToSizeRatioFunction', f);
      else if (before.size > 0 || share.size > 0 || !sameKeys(belowBefore, below)) sigma.scheduleRefresh();
    };
    // (`size`: the shares and the squares below are those of the canvas's size, read again when it has changed)
    void size;
    // (none in the ego view: it moves its nodes off the map's positions and emphasises its own)
    const below = (f: (ratio: number) => number, share: Map<string, number>) => (visibility && !ego ? squaresBelow(sigma, graph, visibility, f, share) : new Set<string>());
    if (!sizing || !visibility) {
      set(Math.sqrt, new Map(), below(Math.sqrt, new Map()));
      return;
    }
    const share = shares(sigma, graph, visibility, sizing.f, sizing.scale);
    set(sizing.f, share, below(sizing.f, share));
  }, [sigma, graph, appearance, visibility, sizing, size, ego, sizeBy]);

  useEffect(
    () => () => {
      appearance.state.roomShare = new Map();
      appearance.state.squaresBelow = new Set();
      sigma.setSetting('zoomToSizeRatioFunction', Math.sqrt);
    },
    [sigma, appearance],
  );

  return null;
}
