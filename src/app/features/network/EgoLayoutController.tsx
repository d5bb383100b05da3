/**
 * The ego view's own layout on the canvas (ego-positions.ts, ego-layout.ts): entering the view moves its nodes
 * from their places on the map to rings around the ego author; leaving it moves them back to exactly where the
 * map has them (the bundle's coordinates, which the graph was built with). The move is animated (MOVE_MS,
 * the camera's own duration, beside the camera's move to the group) unless animations are off (under test) or
 * the system asks for reduced motion; a graph's first drawing (a reload of an ego view's link, a view switch)
 * shows the ego layout at once. Renders nothing.
 *
 * Each frame of the move writes the nodes' `x`, `y` on their attribute objects (shared with a big graph's
 * display graph: graph/lod.ts) and has Sigma re-read the drawn ones; Sigma re-indexes before the frame that draws
 * them, and the pick (graph/pick.ts) copies positions after each re-index: what a frame draws is what a click
 * there picks. The camera frames where the nodes are headed (graph/node-moves.ts `restingPosition`), the level of
 * detail chooses what is in view by it, and the community labels are placed over the ego layout's communities.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type Sigma from 'sigma';
import type { Bundle } from '../../../core/bundle/types';
import { bundleOfGraph } from '../../controllers/graph-owner';
import { animationMs, MOVE_MS } from '../../env';
import { communityExtents } from '../../graph/label-placement';
import { graphBBox, lodOf } from '../../graph/lod';
import { authorKey, parseNodeKey } from '../../graph/node-keys';
import { setDestinations, setEgoPlacement, setPlacedExtents } from '../../graph/node-moves';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../../graph/sigma-graph';
import type { Visibility } from '../../graph/visibility';
import { useAtlas } from '../../store';
import { egoCameraTarget } from '../../store/types';
import { egoPositions, mapPosition, planEgoMoves } from './ego-positions';

type Point = { x: number; y: number };

/** The nodes each graph has away from their map positions, and where (their destinations, once there). */
const placed = new WeakMap<AtlasGraph, Map<string, Point>>();
/** Graphs whose first ego layout (or none) was applied: later changes are animated. */
const seen = new WeakSet<AtlasGraph>();
/** Maps (bundles) a graph was shown of: a later graph of one is a view switch. */
const shownBundles = new WeakSet<Bundle>();

/**
 * Graph units per layout unit (a pixel at camera ratio 1) for an ego layout reaching `reach` from its middle, so
 * that the camera's framing of it (at most ~60% of the canvas's shorter side, minus Sigma's padding: a card or the
 * banner take some) draws discs no nearer than the layout keeps them. Discs are drawn at size / √ratio pixels
 * and distances at P / ratio pixels per graph unit (P at ratio 1), so a layout of diameter E framed in F pixels
 * is drawn at ratio (E·g·P/F) and keeps its proportions when g ≥ E / (P·F); the camera's closest framing of a group
 * (ratio 0.04, CameraController's `frameNodes`) needs g ≥ √0.04 / P. 10% to spare; at most what frames the layout
 * at ratio MAX_FRAMED_RATIO.
 */
function scaleFor(sigma: Sigma<NodeAttrs, EdgeAttrs>, box: ReturnType<typeof graphBBox>): (reach: number) => number {
  const perUnit = pixelsPerUnit(sigma, box);
  const { width, height } = sigma.getDimensions();
  const framed = Math.max(120, 0.6 * (Math.min(width, height) - 96));
  return (reach) => {
    if (!(perUnit > 0 && Number.isFinite(perUnit))) return 1;
    const clear = Math.max((2 * reach) / (perUnit * framed), 0.2 / perUnit) * 1.1;
    // a network too wide for that at a zoom showing it whole (ratio MAX_FRAMED_RATIO) is drawn to fit there instead:
    // its discs then clear each other once zoomed in, as the map's do (1,514 authors two steps from Ivan Vulić on
    // the 30k map went past Sigma's widest zoom, the rings off the screen)
    return Math.min(clear, (MAX_FRAMED_RATIO * framed) / (2 * reach * perUnit));
  };
}

/** The widest zoom (camera ratio) an ego layout is made to be seen whole at. */
const MAX_FRAMED_RATIO = 1.5;

/**
 * Pixels per graph unit at camera ratio 1 when Sigma frames the map's box `box` (its own matrix and normalisation,
 * sigma 3.0 utils `matrixFromCamera`, `getCorrectionRatio`, `createNormalizationFunction`): worked out from the box
 * and the canvas rather than read from Sigma's last processing, which may not have happened yet for a graph just
 * drawn (a shared link's ego view opened at start-up is then laid out at the scale its sender's was).
 */
export function pixelsPerUnit(sigma: Pick<Sigma, 'getDimensions' | 'getSetting'>, box: ReturnType<typeof graphBBox>): number {
  const { width, height } = sigma.getDimensions();
  const w = box.x[1] - box.x[0] || 1;
  const h = box.y[1] - box.y[0] || 1;
  const viewportRatio = height / width;
  const graphRatio = h / w;
  const correction =
    (viewportRatio < 1 && graphRatio > 1) || (viewportRatio > 1 && graphRatio < 1)
      ? 1
      : Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(1 / viewportRatio, viewportRatio));
  const side = Math.max(w, h);
  return ((Math.min(width, height) - 2 * (sigma.getSetting('stagePadding') ?? 0)) * correction) / side;
}

/** Whether moves are shown as moves: animations on, and no reduced motion asked for. */
function animated(): boolean {
  return animationMs() > 0;
}

const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : -1 + (4 - 2 * t) * t);

export function EgoLayoutController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const dataset = useAtlas((s) => s.dataset);
  const ego = useAtlas((s) => s.filters.ego);
  const visibility = useAtlas((s) => s.visibility);
  // the discs' sizes are part of the layout
  const sizeBy = useAtlas((s) => s.sizeBy);
  // (betweenness's values once computed, not its progress: SizeController's sizes follow the same)
  const betweenness = useAtlas((s) => (s.betweenness.status === 'done' ? s.betweenness.values : null));
  const frame = useRef<number | null>(null);
  /** The move under way's end (nodes at their destinations), while one is under way. */
  const ending = useRef<(() => void) | null>(null);

  useEffect(() => {
    const bundle = dataset?.bundle;
    // a new dataset opening over this graph: not this graph's filters
    if (!bundle || bundleOfGraph(graph) !== bundle) return;
    // (recorded after this run: a graph after the first of its map)
    queueMicrotask(() => shownBundles.add(bundle));
    // a move still under way ends where it was headed before the next is planned: the plan starts from the placed
    // positions (its destinations), and a move cut short left nodes between two places when nothing moved again
    // (leaving the ego view, then the year range's links re-weighted: nodes stuck mid-way on the map)
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    ending.current?.();
    const lod = lodOf(graph);
    const before = placed.get(graph) ?? new Map<string, Point>();
    const withPapers = graph.getAttribute('view') === 'papers';
    // (the scale the layout is given on this canvas, noted with where it is placed: a shared link's place in it)
    const scaled = scaleFor(sigma, mapBoxOf(graph, bundle));
    const noted = { scale: 0 };
    const wanted =
      ego && visibility && graph.hasNode(authorKey(ego.author))
        ? egoPositions(bundle, ego, visibility, withPapers, (key) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'size') : 1), (reach) => (noted.scale = scaled(reach)))
        : null;
    setEgoPlacement(graph, wanted && ego && noted.scale > 0 ? { author: ego.author, ...mapPosition(bundle, authorKey(ego.author)), scale: noted.scale } : null);
    const { moves, next } = planEgoMoves(graph, bundle, before, wanted);
    placed.set(graph, next);
    setPlacedExtents(graph, visibility, wanted && visibility ? placedCommunityExtents(bundle, wanted, visibility) : null);
    const first = !seen.has(graph);
    seen.add(graph);
    if (moves.length === 0) return;
    // a view switched in the ego view (a new graph of a map already shown): its ego layout is not the last one's
    // (papers make room round their authors in one view only), so it is framed again; a map's opening frames it already
    if (first && wanted && visibility && ego && shownBundles.has(bundle)) useAtlas.getState().moveCamera(egoCameraTarget(ego.author, visibility.author));
    // a graph Sigma frames by its nodes' extent keeps its map's box while nodes are away, so nothing else shifts
    if (!lod && next.size > 0) sigma.setCustomBBox(mapBoxOf(graph, bundle));
    setDestinations(graph, new Map(moves.map((m) => [m.key, m.to])));
    // the level of detail chooses what is in view by where the nodes are headed
    if (lod) {
      lod.invalidate();
      lod.update();
    }
    const drawnKeys = () => {
      const drawn = sigma.getGraph();
      const out: string[] = [];
      for (const m of moves) if (drawn.hasNode(m.key)) out.push(m.key);
      return out;
    };
    const put = (t: number) => {
      for (const m of moves) {
        const a = graph.getNodeAttributes(m.key);
        // hidden nodes (leaving the view) go at once; the shown ones by `t`
        const s = a.hidden ? 1 : t;
        a.x = s === 1 ? m.to.x : m.from.x + (m.to.x - m.from.x) * s;
        a.y = s === 1 ? m.to.y : m.from.y + (m.to.y - m.from.y) * s;
      }
      sigma.refresh({ partialGraph: { nodes: drawnKeys() }, schedule: true });
    };
    const finish = () => {
      frame.current = null;
      ending.current = null;
      put(1);
      setDestinations(graph, null);
      if (lod) {
        lod.invalidate();
        lod.update();
      } else if (next.size === 0) sigma.setCustomBBox(null);
      sigma.scheduleRender();
    };
    if (first || !animated()) return finish();
    ending.current = finish;
    const start = performance.now();
    const step = () => {
      const t = Math.min(1, (performance.now() - start) / MOVE_MS);
      if (t >= 1) return finish();
      put(easeInOut(t));
      frame.current = requestAnimationFrame(step);
    };
    put(0);
    frame.current = requestAnimationFrame(step);
  }, [sigma, graph, dataset, ego, visibility, sizeBy, betweenness]);

  // a graph let go mid-move (a view switch, another dataset): nothing more is written to it
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      ending.current = null;
      setDestinations(graph, null);
    },
    [graph],
  );
  return null;
}

const mapBoxes = new WeakMap<AtlasGraph, ReturnType<typeof graphBBox>>();

/**
 * The box of `graph`'s nodes at their map positions (memoised per graph): what Sigma frames the graph by when
 * nothing is away (a big graph's level of detail sets it as its custom box, graph/lod.ts `graphBBox`), and what a
 * small graph keeps while nodes are away, so that nothing else shifts.
 */
function mapBoxOf(graph: AtlasGraph, bundle: Bundle): ReturnType<typeof graphBBox> {
  const known = mapBoxes.get(graph);
  if (known) return known;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  graph.forEachNode((key) => {
    const p = mapPosition(bundle, key);
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
  });
  const box: ReturnType<typeof graphBBox> = { x: [x0, x1], y: [y0, y1] };
  mapBoxes.set(graph, box);
  return box;
}

/** The community labels' extents over the ego layout's positions (the shown authors'), for LabelsController. */
function placedCommunityExtents(bundle: Bundle, at: ReadonlyMap<string, Point>, visibility: Visibility): Float64Array {
  const x = Float64Array.from(bundle.authors.x);
  const y = Float64Array.from(bundle.authors.y);
  for (const [key, p] of at) {
    const ref = parseNodeKey(key);
    if (ref.kind !== 'author') continue;
    x[ref.index] = p.x;
    y[ref.index] = p.y;
  }
  return communityExtents({ ...bundle, authors: { ...bundle.authors, x: x as unknown as number[], y: y as unknown as number[] } }, visibility.author);
}
