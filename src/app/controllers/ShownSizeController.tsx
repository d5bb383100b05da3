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
import { useEffect, useMemo, useRef, useState } from 'react';
import { isBigGraph } from '../graph/big-graph';
import { cappedRadius } from '../graph/drawn-size';
import { authorKey, paperKey } from '../graph/node-keys';
import { isAuthorKey, keyIndex } from '../../core/graph/node-keys';
import { affine, enlargement, orderedShares, placeSquares, roomShares, shownPart, shownSizeRatio, shrinkBeyond, SQUARE_CHECK_RATIO, squaresOverAuthors, type DrawnNode, type Point } from '../graph/shown-size';
import { destinationOf, moving } from '../graph/node-moves';
import { bundleOfGraph } from './graph-owner';
import { MOVE_MS } from '../env';
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
 * with these filters opens, `framing`), their radii there drawn by `ratioOf` (the zoom-to-size function set) and capped
 * as drawn, where they are drawn (a paper square placed clear of the discs: `placeSquaresOn`); the authors' shares then
 * lowered so their discs are drawn in the order of their measure (graph/shown-size.ts `orderedShares`: by the base
 * sizes "Size authors by" gives, the squares left out of that order). Reads the page's boxes; throws nothing.
 */
function shares(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, visibility: Visibility, ratioOf: (ratio: number) => number, scale: number, framing: ReturnType<typeof shownFraming>): Map<string, number> {
  const out = new Map<string, number>();
  if (!(scale > 1)) return out;
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
  const room = roomShares(x, y, r, scale);
  // the author discs drawn in the order of their measure (their base sizes); the paper squares keep their shares
  const authors = keys.flatMap((key, i) => (isAuthorKey(key) ? [i] : []));
  const ordered = orderedShares(
    authors.map((i) => graph.getNodeAttributes(keys[i]!).size ?? 1),
    authors.map((i) => room[i]!),
    scale,
  );
  const kept = Float64Array.from(room);
  authors.forEach((i, k) => (kept[i] = ordered[k]!));
  keys.forEach((key, i) => {
    if (kept[i]! < 1) out.set(key, kept[i]!);
  });
  return out;
}

/**
 * The keys of the shown paper squares of `graph` (`visibility`: the store's) that cover the middle of one of their
 * own shown authors' discs when drawn at SQUARE_CHECK_RATIO (sizes by `ratioOf`, the zoom-to-size function set, times
 * `share`, the room shares, capped as drawn; where they are drawn): drawn after the discs they hid them
 * (graph/shown-size.ts `squaresOverAuthors`); with the squares placed clear of the discs (`squarePlaces`), only those
 * that found no clear spot. One look at each shown paper's authors; reads the canvas's size; throws nothing.
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
  const { keys, squares } = shownSquares(graph, visibility, drawn);
  const authorsOf = (i: number): DrawnNode[] => {
    const out: DrawnNode[] = [];
    graph.forEachNeighbor(keys[i]!, (n) => {
      if (isAuthorKey(n) && visibility.author[keyIndex(n)] === 1) out.push(drawn(n));
    });
    return out;
  };
  return new Set(squaresOverAuthors(squares, authorsOf).map((i) => keys[i]!));
}

/**
 * The shown paper squares of `graph` (`visibility`: the store's), as node keys and as `drawn` gives them (viewport
 * position and radius), in paper order. Throws nothing.
 */
function shownSquares(graph: AtlasGraph, visibility: Visibility, drawn: (key: string) => DrawnNode): { keys: string[]; squares: DrawnNode[] } {
  const keys: string[] = [];
  const squares: DrawnNode[] = [];
  visibility.paper.forEach((v, p) => {
    const key = paperKey(p);
    if (v !== 1 || !graph.hasNode(key)) return;
    keys.push(key);
    squares.push(drawn(key));
  });
  return { keys, squares };
}

/** How much farther out than the shown part's framing the paper squares are placed clear of the discs (a card opened or the canvas resized frames it a little farther out). */
const SQUARE_PLACE_MARGIN = 1.15;

/**
 * Where the shown paper squares of `graph` (`visibility`: the store's; the authors-and-papers view) are drawn so that
 * none touches a shown disc or another square at camera ratio `ratio` and every closer zoom (graph/shown-size.ts
 * `placeSquares`), by node key, graph coordinates: only those moved. Discs and squares at their sizes there (by
 * `ratioOf`, the zoom-to-size function set, with the whole room enlargement: the room shares only make them smaller),
 * capped as drawn. Reads the canvas's size; throws nothing.
 */
function squarePlaces(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, visibility: Visibility, ratioOf: (ratio: number) => number, ratio: number): Map<string, Point> {
  const out = new Map<string, Point>();
  const { width, height } = sigma.getDimensions();
  const camera = { cameraState: { x: 0.5, y: 0.5, angle: 0, ratio } };
  const drawnAt = affine((p) => sigma.graphToViewport(p, camera));
  const graphAt = affine((p) => sigma.viewportToGraph(p, camera));
  const drawn = (key: string): DrawnNode => {
    const a = graph.getNodeAttributes(key);
    const p = drawnAt(a);
    return { x: p.x, y: p.y, r: cappedRadius((a.size ?? 1) / ratioOf(ratio), width, height) };
  };
  const discs: DrawnNode[] = [];
  const discIndex = new Map<string, number>();
  visibility.author.forEach((v, i) => {
    const key = authorKey(i);
    if (v !== 1 || !graph.hasNode(key)) return;
    discIndex.set(key, discs.length);
    discs.push(drawn(key));
  });
  const { keys, squares } = shownSquares(graph, visibility, drawn);
  const authorsOf = (i: number): number[] => {
    const own: number[] = [];
    graph.forEachNeighbor(keys[i]!, (n) => {
      const k = discIndex.get(n);
      if (k !== undefined) own.push(k);
    });
    return own;
  };
  placeSquares(discs, squares, authorsOf).forEach((at, i) => {
    if (at) out.set(keys[i]!, graphAt(at));
  });
  return out;
}

/** The paper squares each graph draws away from the map's layout (`placeSquaresOn`), and where. */
const placedSquares = new WeakMap<AtlasGraph, Map<string, Point>>();

/**
 * Draws the paper squares of `places` (node key → graph coordinates) of `graph` there: their `x`, `y` (attribute
 * objects shared with a big map's display graph; Sigma 3.0 takes positions from the attributes, not from the node
 * reducer), noted for `unplaceSquares`. Whether any node moved. Throws nothing.
 */
function placeSquaresOn(graph: AtlasGraph, places: ReadonlyMap<string, Point>): boolean {
  let moved = false;
  const noted = placedSquares.get(graph) ?? new Map<string, Point>();
  for (const [key, at] of places) {
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    moved ||= a.x !== at.x || a.y !== at.y;
    a.x = at.x;
    a.y = at.y;
    noted.set(key, { x: at.x, y: at.y });
  }
  if (noted.size > 0) placedSquares.set(graph, noted);
  return moved;
}

/**
 * Puts the paper squares `placeSquaresOn` moved on `graph` back where the map's layout has them (the bundle's
 * positions), those still where it put them (an ego view's move takes them elsewhere: left to it). Whether any moved.
 * Throws nothing.
 */
function unplaceSquares(graph: AtlasGraph): boolean {
  const noted = placedSquares.get(graph);
  const bundle = bundleOfGraph(graph);
  placedSquares.delete(graph);
  if (!noted || !bundle) return false;
  let moved = false;
  for (const [key, at] of noted) {
    if (!graph.hasNode(key) || destinationOf(graph, key)) continue;
    const a = graph.getNodeAttributes(key);
    if (a.x !== at.x || a.y !== at.y) continue;
    const p = keyIndex(key);
    a.x = bundle.papers.x[p]!;
    a.y = bundle.papers.y[p]!;
    moved = true;
  }
  return moved;
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

  // the zoom-to-size function set, shrinking sizes beyond the ratio the squares are placed at: the same function while
  // its parts stay (a new one re-processes every node)
  const shrunk = useRef<{ base: (ratio: number) => number; from: number; f: (ratio: number) => number } | null>(null);
  const shrinking = (base: (ratio: number) => number, from: number) => {
    if (!Number.isFinite(from)) return base;
    const s = shrunk.current;
    if (s && s.base === base && s.from === from) return s.f;
    shrunk.current = { base, from, f: shrinkBeyond(base, from) };
    return shrunk.current.f;
  };

  // (read again once an ego view's nodes have flown back: its move's end writes their map positions over the squares')
  const [afterMove, setAfterMove] = useState(0);

  useEffect(() => {
    // (each setting re-processes what Sigma draws: not set again when it is the same; the shares, read by the node
    // reducer, are drawn by that processing, or by one asked for when the setting stays)
    const set = (f: (ratio: number) => number, share: Map<string, number>, below: Set<string>, moved: boolean) => {
      const before = appearance.state.roomShare;
      const belowBefore = appearance.state.squaresBelow;
      appearance.state.roomShare = share;
      appearance.state.squaresBelow = below;
      if (sigma.getSetting('zoomToSizeRatioFunction') !== f) sigma.setSetting('zoomToSizeRatioFunction', f);
      else if (before.size > 0 || share.size > 0 || moved || !sameKeys(belowBefore, below)) sigma.scheduleRefresh();
    };
    // (`size`: the shares and the squares below are those of the canvas's size, read again when it has changed)
    void size;
    void afterMove;
    // the squares placed before back where the map's layout puts them (what the framing and the new places start from)
    const unplaced = unplaceSquares(graph);
    // (none in the ego view: it moves its nodes off the map's positions and emphasises its own)
    const below = (f: (ratio: number) => number, share: Map<string, number>) => (visibility && !ego ? squaresBelow(sigma, graph, visibility, f, share) : new Set<string>());
    if (!sizing || !visibility) {
      set(Math.sqrt, new Map(), below(Math.sqrt, new Map()), unplaced);
      return;
    }
    const framing = shownFraming(sigma, graph, visibility);
    // the squares clear of the discs from a little farther out than that framing inward, and sizes shrinking as
    // distances do farther out than that and than the whole map's ratio (1: a filtered view keeps its discs' size
    // from there down to its framing, graph/shown-size.ts `shownSizeRatio`); none placed while an ego view's nodes fly
    // back to the map (its move's end puts them where the map has them): placed once they are there
    const flying = moving(graph);
    const at = framing === 'whole' || flying ? NaN : (framing.ratio ?? 1) * SQUARE_PLACE_MARGIN;
    const f = shrinking(sizing.f, Math.max(at, 1));
    const places = Number.isFinite(at) ? squarePlaces(sigma, graph, visibility, f, at) : new Map<string, Point>();
    // (the shares and the squares below from where the squares are drawn)
    const moved = placeSquaresOn(graph, places);
    // (at the framing of the squares where they are drawn, as the camera frames the shown part: a disc grown to its
    // nearest neighbour's middle at the layout's framing, a little closer, reached past it at the camera's)
    const share = shares(sigma, graph, visibility, f, sizing.scale, places.size > 0 ? shownFraming(sigma, graph, visibility) : framing);
    set(f, share, below(f, share), moved || unplaced);
    if (flying) {
      const timer = setTimeout(() => setAfterMove((n) => n + 1), MOVE_MS + 50);
      return () => clearTimeout(timer);
    }
  }, [sigma, graph, appearance, visibility, sizing, size, ego, sizeBy, afterMove]);

  useEffect(
    () => () => {
      appearance.state.roomShare = new Map();
      appearance.state.squaresBelow = new Set();
      unplaceSquares(graph);
      sigma.setSetting('zoomToSizeRatioFunction', Math.sqrt);
    },
    [sigma, graph, appearance],
  );

  return null;
}
