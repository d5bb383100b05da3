/** Moves the camera when asked: to a node, to a community, back to the whole graph, or back to where the user was before the ego view or a card. */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { CameraState } from 'sigma/types';
import type { Bundle } from '../../core/bundle/types';
import { afterNextPaint, afterPanelPainted } from '../after-paint';
import { atlasDebug } from '../debug';
import { animationMs } from '../env';
import { featuresLoaded, preloadFeatures } from '../lazy-feature';
import { authorKey, nodeKey, paperKey, type NodeRef } from '../graph/node-keys';
import { isAuthorKey } from '../../core/graph/node-keys';
import { edgesHiddenByMove } from '../graph/sigma-layers';
import { appMovesCamera } from '../graph/camera-moves';
import { egoPlacementOf, restingPosition, type EgoPlacement } from '../graph/node-moves';
import { chainDiscsApart, chainRadii } from '../graph/chain-radii';
import { drawnRadius } from '../graph/drawn-size';
import { affine } from '../graph/shown-size';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import type { Visibility } from '../graph/visibility';
import { linkFraming, useAtlas } from '../store';
import { egoCameraTarget, selectedNode, type AtlasState, type CameraTarget, type Selection } from '../store/types';
import { isNarrow } from '../narrow';
import { captionMayShow, clearPart, drawerRight, framingPart, isWholeCanvas, withCaptionBand } from '../canvas-covers';
import { onEntryLeft, replaceQuery, shownEntry } from '../url/history-writes';
import { AT_PARAM, formatMapPlace, parseMapPlace, withoutMapPlace, type MapPlace } from '../url/map-place';
import { wholeGraphOnScreen } from '../graph/sigma-instance';
import { bundleOfGraph } from './graph-owner';
import { FREE_PART_CHANGED, FREE_PART_CHANGING, RESIZE_SETTLE_MS } from './resize-settle';
import { heldAppFraming, heldPartFraming, notePartFramed, sameCamera } from './part-framed';
import { labelsOnScreen } from './LabelsController';
import { chainMarked, keptWithChain } from './chain-framed';
import type Sigma from 'sigma';
import type { Camera } from 'sigma';

const FOCUS_RATIO = 0.35;
/** Camera shift used to measure how the view moves with the camera (framed units). */
const STEP = 0.01;
const NEUTRAL: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/**
 * `sigma`'s conversion from the graph's own coordinates to its framed ones (the normalised coordinates a camera
 * state is given in). From the graph's own coordinates: display data may hold un-normalised values until a scheduled
 * refresh runs. Both conversions through one fixed camera (NEUTRAL): without it, graphToViewport uses the matrix of
 * the last render and viewportToFramedGraph the camera's state now, which differ while the camera moves (a second
 * tap during the move, the compatibility click after a tap) and sent the camera off the graph. Taken as an affine map
 * from three points (`affine`): through Sigma ~9 µs a conversion, 1.2 s to frame the 30k map's 66k nodes. Valid
 * until the graph's extent or the canvas's size changes: make a new one per framing. Throws nothing.
 */
function graphToFramed(sigma: Sigma<NodeAttrs, EdgeAttrs>): (p: { x: number; y: number }) => { x: number; y: number } {
  return affine((p) => sigma.viewportToFramedGraph(sigma.graphToViewport(p, { cameraState: NEUTRAL }), { cameraState: NEUTRAL }));
}

/**
 * The camera state that frames `nodes` (in Sigma's normalised coordinates), or null if none is drawn.
 * Positions come from the whole graph `graph`: on a big map Sigma draws a level-of-detail graph that may not
 * hold the node right now (a resize to phone width with an author selected threw NotFoundGraphError here).
 */
function frameNodes(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, nodes: string[], maxRatio: number): NodesFraming | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const framed = graphToFramed(sigma);
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    if (a.hidden) continue;
    // where it rests: a node the ego view moves is framed where it is headed (graph/node-moves.ts)
    const at = restingPosition(graph, node, a);
    const d = framed(at);
    x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x);
    y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
  }
  if (x0 === Infinity) return null;
  const ratio = Math.min(maxRatio, Math.max(0.04, Math.max(x1 - x0, y1 - y0) * 1.3));
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, extent: { x: x1 - x0, y: y1 - y0 }, box: { x0, y0, x1, y1 } };
}

/**
 * The shown neighbours of `node` in `graph` (an author's papers in the papers view, its co-authors in the
 * co-author view; a paper's authors), as node keys. O(degree).
 */
function shownNeighbours(graph: AtlasGraph, node: string): string[] {
  const out: string[] = [];
  if (graph.hasNode(node)) graph.forEachNeighbor(node, (n, a) => void (a.hidden || out.push(n)));
  return out;
}

/** Neighbours framed with a selected node: all of up to this many, else the nearest NEAREST_SHARE of them. */
const ALL_NEIGHBOURS_UP_TO = 12;
/**
 * Share of a prolific author's neighbours framed, the nearest: a few papers laid out by far co-authors' clusters
 * zoomed a 148-paper author out to the whole map, the author's own cluster a speck.
 */
const NEAREST_SHARE = 0.85;

/**
 * Neighbours past the nearest NEAREST_SHARE are framed too when they end at a gap: up to one of them within this many
 * times the distance of the last of that share, the next one TAIL_GAP times as far as it or more (the rest of the
 * author's own cluster, the co-authors of other clusters left out). Pushpak Bhattacharyya in the 30k map's co-author
 * view: 163 of his 191 co-authors were framed (85%), the next ten, 1.04 to 1.36 times as far as the 163rd, were left
 * beyond the edge of a phone's strip above the sheet with the 18 of other clusters (2.3 times as far as the 173rd and
 * more); a desktop, framing wider to tell them apart, showed all 173.
 */
const NEAREST_REACH = 1.5;
/** The gap (ratio of one distance to the one before) that ends the neighbours framed past NEAREST_SHARE. */
const TAIL_GAP = 2;

/**
 * How many of `distances` (a selected node's neighbours' distances from it, sorted ascending; more than
 * ALL_NEIGHBOURS_UP_TO of them) are framed with it: the nearest NEAREST_SHARE, or more up to the widest gap of at
 * least TAIL_GAP after them whose nearer side is within NEAREST_REACH times the last of that share's distance. O(n).
 */
function nearestShare(distances: number[]): number {
  const share = Math.ceil(distances.length * NEAREST_SHARE);
  const reach = distances[share - 1]! * NEAREST_REACH;
  let best = share;
  let widest = TAIL_GAP;
  for (let i = share; i < distances.length && distances[i - 1]! <= reach; i++) {
    const gap = distances[i]! / Math.max(distances[i - 1]!, 1e-9);
    if (gap >= widest) [best, widest] = [i, gap];
  }
  return best;
}

/** A selected node's neighbours are spread until the median near one is this many drawn radii of the node from it… */
const SPREAD_RADII = 2;
/** …and the median near one's closest other shown item is this many pixels from it (told apart, each its own click). */
const APART_PX = 10;
/**
 * Neighbours sorted by distance from the node: where one is this many times further than the one before it, those
 * before are the near group and the rest a far group (Kathleen McKeown on the 30k map: 19 papers within 0.017 of the
 * frame, the next at 0.22; Graham Neubig 0.036 then 0.129; Mona Diab 0.017 then 0.066).
 */
const FAR_GAP = 3;
/** The least share of the framed neighbours a near group holds (a far group is the minority). */
const NEAR_SHARE_MIN = 1 / 3;
/** The most a framing without a far group zooms out past its choice to leave none of the neighbours under the card. */
const UNCOVER_MAX_OUT = 3;
/** Gap (px) kept between a framed item's drawn edge and the edge of the part of the canvas the panels leave. */
const EDGE_GAP = 10;

/**
 * How many of `distances` (sorted, ascending) form the near group: those before the widest gap of at least FAR_GAP
 * times (after at least NEAR_SHARE_MIN of them, and at least 3); all of them when there is no such gap. O(n).
 */
function nearCount(distances: number[]): number {
  const n = distances.length;
  let best = n;
  let widest = FAR_GAP;
  for (let i = Math.max(3, Math.ceil(n * NEAR_SHARE_MIN)); i < n; i++) {
    const gap = distances[i]! / Math.max(distances[i - 1]!, 1e-9);
    if (gap >= widest) [best, widest] = [i, gap];
  }
  return best;
}

/** A point framed with a selected node: its framed position (Sigma's normalised units) and size (node size units). */
interface Framed {
  at: { x: number; y: number };
  size: number;
}

/**
 * The least camera ratio in [lo, hi] for which `ok(ratio)` holds, `ok` false below some ratio and true above it
 * (bisection on the log of the ratio, 24 steps); `hi` when it fails there too. Throws nothing.
 */
function leastRatio(ok: (ratio: number) => boolean, lo: number, hi: number): number {
  if (!ok(hi)) return hi;
  if (ok(lo)) return lo;
  for (let i = 0; i < 24; i++) {
    const mid = Math.sqrt(lo * hi);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * A selected node with its neighbours (an author's papers in the papers view, co-authors in the co-author view; a
 * paper's authors), framed in the part of the canvas the panels leave (canvas-covers.ts `framingPart`: left of a
 * desktop card, above a phone's sheet, clear of the zoom buttons and the legends), each framed item's whole disc
 * inside it:
 * - the framed neighbours are all of them up to ALL_NEIGHBOURS_UP_TO, else the nearest NEAREST_SHARE (with those after
 *   them up to a clear gap, `nearestShare`); for an author,
 *   a gap of FAR_GAP in their distances from the node splits them into a near group and a far one (`nearCount`); a
 *   paper's framed authors are never split;
 * - the zoom: `ratio` (the focus zoom, or a camera the user brought closer), zoomed out until all framed ones fit,
 *   zoomed in until the near ones are told apart (the median one SPREAD_RADII drawn radii of the node from it, its
 *   closest other item APART_PX away: distances grow as the zoom, discs as its square root, Sigma's default
 *   `zoomToSizeRatioFunction`, up to the drawn cap, graph/drawn-size.ts). When both cannot be had, the near group readable wins (as far as it fits): the far
 *   group then lies beyond the edge, in the direction its links lead (Kathleen McKeown's 19 near papers were drawn
 *   within 16 px of her disc and 9 of her far ones under the card); without a far group all the framed ones stay in
 *   view (zoomed in past that, the outer ones of a co-author view went under the card);
 * - where: the node in the middle of that part (without a far group always: all framed about it), else moved as
 *   little as brings all the framed items in (the near group's, when the far group does not fit); without a far group, zoomed out up to
 *   UNCOVER_MAX_OUT times where that leaves none of the node's shown neighbours (framed or not) under what covers
 *   the canvas.
 * When even the near group needs a wider zoom than Sigma's widest, the node alone, centred at `ratio`. Positions
 * where the nodes rest (graph/node-moves.ts). Null when the node is not drawn. Throws nothing.
 */
function frameWithNeighbours(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, node: string, ratio: number): Partial<CameraState> | null {
  const alone = frameNodes(sigma, graph, [node], ratio);
  if (!alone) return null;
  const toFramed = graphToFramed(sigma);
  const framedAt = (key: string) => toFramed(restingPosition(graph, key));
  const me: Framed = { at: framedAt(node), size: graph.getNodeAttribute(node, 'size') ?? 1 };
  const around = shownNeighbours(graph, node)
    .map((n): Framed & { d: number } => {
      const at = framedAt(n);
      return { at, size: graph.getNodeAttribute(n, 'size') ?? 1, d: Math.hypot(at.x - me.at.x, at.y - me.at.y) };
    })
    .sort((p, q) => p.d - q.d);
  const framed = around.length > ALL_NEIGHBOURS_UP_TO ? around.slice(0, nearestShare(around.map((p) => p.d))) : around;
  if (framed.length === 0) return clearOfPanels(sigma, { x: alone.x, y: alone.y, ratio });
  // a paper's authors are all kept in view (its card is about them): on a phone the 30k map's "How Good is Your
  // Tokenizer?" kept its three authors stacked near the square readable and left Ivan Vulić and Sebastian Ruder
  // beyond the edge (a tester); a far group is for an author's many papers or co-authors
  const nearN = isAuthorKey(node) ? nearCount(framed.map((p) => p.d)) : framed.length;
  const split = nearN < framed.length;
  // without a far group, readable is said of the nearest half (all of them stay in view)
  const near = framed.slice(0, split ? nearN : Math.ceil(framed.length / 2));
  const part = framingPart(sigma.getContainer());
  const { width: W, height: H } = sigma.getDimensions();
  const least = sigma.getSetting('minCameraRatio') || 0.001;
  const limit = sigma.getSetting('maxCameraRatio') ?? GROUP_MAX_RATIO;
  // viewport positions at zoom `r` with the node in the middle of the canvas
  const drawn = (points: Framed[], r: number) => {
    const state = { ...NEUTRAL, x: me.at.x, y: me.at.y, ratio: r };
    return points.map((p) => ({ ...sigma.framedGraphToViewport(p.at, { cameraState: state }), r: drawnRadius(sigma, p.size, r) }));
  };
  // the shifts (px, on each axis) that keep `points` drawn at `r` inside the part the panels leave: [from, to]
  const room = (points: Framed[], r: number) => {
    const ps = drawn([me, ...points], r);
    const axis = (k: 'x' | 'y', lo: number, hi: number) => [Math.max(...ps.map((p) => lo + p.r + EDGE_GAP - p[k])), Math.min(...ps.map((p) => hi - p.r - EDGE_GAP - p[k]))] as const;
    return { x: axis('x', part.left, part.right), y: axis('y', part.top, part.bottom) };
  };
  // (the node in the middle of that part: its place unless a far group is left out, `middle` the shift (px) there)
  const middle = { x: (part.left + part.right) / 2 - W / 2, y: (part.top + part.bottom) / 2 - H / 2 };
  const fits = (points: Framed[]) => (r: number) => {
    const { x, y } = room(points, r);
    return split ? x[0] <= x[1] && y[0] <= y[1] : x[0] <= middle.x && middle.x <= x[1] && y[0] <= middle.y && middle.y <= y[1];
  };
  const fitAll = leastRatio(fits(framed), least, limit);
  const fitNear = leastRatio(fits(near), least, limit);
  if (!fits(near)(fitNear)) return clearOfPanels(sigma, { x: alone.x, y: alone.y, ratio });
  // told apart at `r`: the median near neighbour SPREAD_RADII radii of the node out, its closest other item APART_PX away
  const readable = (r: number) => {
    const [c, ...ps] = drawn([me, ...near], r);
    const out = ps.map((p) => Math.hypot(p.x - c!.x, p.y - c!.y)).sort((a, b) => a - b);
    const apart = ps.map((p, i) => Math.min(...[c!, ...ps].filter((_, j) => j !== i + 1).map((q) => Math.hypot(q.x - p.x, q.y - p.y)))).sort((a, b) => a - b);
    const mid = (xs: number[]) => xs[Math.floor((xs.length - 1) / 2)]!;
    return mid(out) >= SPREAD_RADII * c!.r && mid(apart) >= APART_PX;
  };
  // the widest zoom at which the near group is readable (readable is true below some ratio)
  const read = leastRatio((r) => !readable(r), least, limit);
  // all in view and readable: the zoom `ratio` as near as that allows; else the near group readable, as far as it
  // fits (a camera the user brought closer is kept, as far as the near group fits), or without a far group all of
  // them in view
  const chosen = fitAll <= read ? Math.min(Math.max(ratio, fitAll), read) : split ? Math.max(fitNear, Math.min(ratio, read)) : fitAll;
  if (chosen > limit) return clearOfPanels(sigma, { x: alone.x, y: alone.y, ratio });
  // where: the node in the middle, moved as little as brings all in (else the near ones): `shift` (px) from there
  const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(Math.max(v, lo), hi);
  const placed = (r: number) => {
    const must = room(near, r);
    const all = room(framed, r);
    const allowed = (k: 'x' | 'y') => (all[k][0] <= all[k][1] ? all[k] : must[k]);
    const shift = { x: clamp(middle.x, allowed('x')), y: clamp(middle.y, allowed('y')) };
    // how many of all the shown neighbours (the ones not framed too) lie there under what covers the canvas
    const n = drawn(around, r).filter(({ x, y }) => {
      const [px, py] = [x + shift.x, y + shift.y];
      return px >= 0 && px <= W && py >= 0 && py <= H && (px < part.left || px > part.right || py < part.top || py > part.bottom);
    }).length;
    return { shift, n };
  };
  // without a far group, zoomed out a little (up to UNCOVER_MAX_OUT) when that leaves none of them under the cover:
  // Kathleen McKeown's outer co-authors, not framed, went under the card
  let zoom = chosen;
  let { shift, n } = placed(zoom);
  for (let r = zoom * 1.15; !split && n > 0 && r <= Math.min(limit, chosen * UNCOVER_MAX_OUT); r *= 1.15) {
    const next = placed(r);
    if (next.n === 0) [zoom, shift, n] = [r, next.shift, 0];
  }
  // the camera centre is the framed point drawn at the canvas's middle minus that shift
  const state = { ...NEUTRAL, x: me.at.x, y: me.at.y, ratio: zoom };
  const centre = sigma.viewportToFramedGraph({ x: W / 2 - shift.x, y: H / 2 - shift.y }, { cameraState: state });
  return { x: centre.x, y: centre.y, ratio: zoom };
}

/**
 * A chain's author is drawn readably at this radius (px) or more, or at its own size when that is less: on the 30k
 * map two authors of a chain laid out 10 px apart were drawn as 4 px discs (chain-radii.ts keeps them apart).
 */
const READABLE_RADIUS = 8;

/**
 * `framing` (a group of nodes framed in the part of the canvas the panels leave, `group` its framing by frameNodes)
 * zoomed in further, as far as the group still spans at most FILL of that part (`clearOfPanels` `fill`), until
 * each of `authors` (node keys) is drawn at READABLE_RADIUS or at its own size: the radii the chain overlay draws
 * them at (graph/chain-radii.ts `chainRadii`: smaller where two would overlap) grow with the zoom, distances as the
 * zoom, Sigma's discs as `scaleSize` (√ of the zoom by default). The least zoom that does it (bisection); the closest
 * framing when none does; `framing` as it is when its discs are readable already. Throws nothing.
 */
function framedApart(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, authors: string[], group: NodesFraming, framing: Partial<CameraState>): Partial<CameraState> {
  if (authors.length < 2) return framing;
  const from = framing.ratio ?? 1;
  const closest = clearOfPanels(sigma, group, 'panels', true, true);
  const to = closest.ratio ?? from;
  if (!(to < from)) return framing;
  const drawn = chainPoints(sigma, graph, authors, framing);
  const readable = (ratio: number): boolean => {
    const points = drawn(ratio);
    const radii = chainRadii(points);
    return points.every((p, i) => radii[i]! >= Math.min(p.r, READABLE_RADIUS) - 1e-6);
  };
  if (readable(from)) return framing;
  if (!readable(to)) return closest;
  // the least zoom in (the greatest ratio) at which they are readable, between the framing and the closest
  let [lo, hi] = [to, from];
  for (let i = 0; i < 16; i++) {
    const mid = Math.sqrt(lo * hi);
    if (readable(mid)) lo = mid;
    else hi = mid;
  }
  return clearOfPanels(sigma, { x: group.x, y: group.y, ratio: lo, extent: group.extent }, 'panels', true);
}

/**
 * Where `authors` (node keys of `graph`, where they rest) are drawn at zoom `ratio` with the camera at `framing`
 * (viewport px), and the radius of Sigma's disc for each: a function of the zoom. Throws nothing.
 */
function chainPoints(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, authors: string[], framing: Partial<CameraState>): (ratio: number) => { x: number; y: number; r: number }[] {
  const toFramed = graphToFramed(sigma);
  const framed = authors.map((key) => ({ at: toFramed(restingPosition(graph, key)), size: graph.getNodeAttribute(key, 'size') ?? 1 }));
  return (ratio) => {
    const state = { ...sigma.getCamera().getState(), ...framing, ratio };
    return framed.map(({ at, size }) => ({ ...sigma.framedGraphToViewport(at, { cameraState: state }), r: drawnRadius(sigma, size, ratio) }));
  };
}

/**
 * `nodes` (node keys of `graph` that it has) framed as a co-author chain is: in the part of the canvas the panels
 * leave, then closer until its authors are drawn apart at a readable size (`framedApart`, as far as they fit); with
 * whether its authors are drawn there as discs apart from each other (`apart`, graph/chain-radii.ts
 * `chainDiscsApart`: false when the chain fits only so wide that two of them are drawn as one). Null when none of them
 * is drawn. Throws nothing.
 */
function chainFraming(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, nodes: string[]): { framing: Partial<CameraState>; apart: boolean } | null {
  const group = frameNodes(sigma, graph, nodes, 1);
  if (!group) return null;
  const authors = nodes.filter((k) => isAuthorKey(k) && !graph.getNodeAttribute(k, 'hidden'));
  const framing = framedApart(sigma, graph, authors, group, clearOfPanels(sigma, group, 'panels'));
  return { framing, apart: authors.length < 2 || chainDiscsApart(chainPoints(sigma, graph, authors, framing)(framing.ratio ?? group.ratio ?? 1)) };
}

/** The widest zoom (camera ratio) a selected node and its neighbours are framed at when Sigma sets no limit of its own. */
const GROUP_MAX_RATIO = 4;

/** A framing: the camera state, and for several nodes their extent (framed units) that must fit in view. */
type Framing = Partial<CameraState> & { extent?: { x: number; y: number } };
/** A framing of drawn nodes, with their bounding box (framed units). */
type NodesFraming = Framing & { extent: { x: number; y: number }; box: { x0: number; y0: number; x1: number; y1: number } };
/** Share of the visible part a group of framed nodes may span. */
const FILL = 0.85;
/** The most a group framed to fill the visible part (`clearOfPanels` `fill`) is zoomed in past its own framing. */
const FILL_MAX_ZOOM = 2.5;

/**
 * Shift the camera so the target sits in the middle of the part of the canvas that what lies over it leaves
 * visible (canvas-covers.ts `framingPart`: the details panel, the Rankings table, the ego view's banner, the filters
 * chip, the import notice, the zoom buttons and the legends; `covers: 'notice'`: the notice alone); a group of
 * nodes (`extent`) is also zoomed out until it fits in that part (on a phone the ego view's authors went
 * under the sheet); with nothing over the canvas the framing is kept as it is, unless `alwaysFit` (a selected
 * node's neighbours, framed about the node, must fit however the canvas is covered). `fill` (with `alwaysFit`):
 * the group is zoomed in too until it spans FILL of that part (by at most FILL_MAX_ZOOM).
 */
function clearOfPanels(sigma: Sigma<NodeAttrs, EdgeAttrs>, framing: Framing, covers: 'panels' | 'notice' = 'panels', alwaysFit = false, fill = false): Partial<CameraState> {
  const { extent, ...state } = framing;
  const container = sigma.getContainer();
  const uncovered = clearPart(container, covers);
  // (the zoom buttons and the legends alone do not move a framing: only kept clear of when it moves)
  if (isWholeCanvas(container, uncovered) && !(extent && alwaysFit)) return state;
  const { left, top, right: w, bottom: h } = covers === 'panels' ? framingPart(container) : uncovered;
  const full = { ...sigma.getCamera().getState(), ...state };
  // the zoom Sigma will take (its least camera ratio): the shift is worked out at it (an author framed at 0.005
  // was shown at 0.01, Sigma's least, shifted for twice that zoom: 2 px above the sheet at 360×740 on the 30k map)
  full.ratio = zoomedInAtMost(sigma, full.ratio);
  // where the framed point now in the middle lands, and how far it moves per unit of camera shift, by the
  // forward mapping Sigma draws with (its inverse disagreed on a portrait canvas: the target went under the sheet)
  const shift = () => {
    const c = { x: full.x, y: full.y };
    const p0 = sigma.framedGraphToViewport(c, { cameraState: full });
    const px = sigma.framedGraphToViewport(c, { cameraState: { ...full, x: full.x + STEP } });
    const py = sigma.framedGraphToViewport(c, { cameraState: { ...full, y: full.y + STEP } });
    return { p0, dx: (px.x - p0.x) / STEP, dy: (py.y - p0.y) / STEP };
  };
  let { p0, dx, dy } = shift();
  if (!dx || !dy) return state;
  // a camera shift of one framed unit moves the picture by (dx, dy) pixels: so does a node one unit away
  if (extent) {
    const grow = Math.max((extent.x * Math.abs(dx)) / (FILL * (w - left)), (extent.y * Math.abs(dy)) / (FILL * (h - top)));
    // (`fill`: zoomed in as well, by at most FILL_MAX_ZOOM, until the group spans the part left: an ego view's
    // network was drawn ~180 px wide on a 390 px phone, in the margin frameNodes keeps for any viewport's shape)
    if (grow > 1 || (fill && grow < 1)) {
      full.ratio = zoomedInAtMost(sigma, full.ratio * Math.max(grow, 1 / FILL_MAX_ZOOM));
      ({ p0, dx, dy } = shift());
      if (!dx || !dy) return state;
    }
  }
  return { ...state, ratio: full.ratio, x: full.x + ((left + w) / 2 - p0.x) / dx, y: full.y + ((top + h) / 2 - p0.y) / dy };
}

/**
 * `ratio` (a camera zoom) no closer than `sigma`'s `minCameraRatio`, as Sigma's camera keeps it. (Not bounded above
 * here: a group that needs more than Sigma's widest zoom is told by its ratio, `frameWithNeighbours`.)
 */
function zoomedInAtMost(sigma: Sigma<NodeAttrs, EdgeAttrs>, ratio: number): number {
  return Math.max(sigma.getSetting('minCameraRatio') ?? 0, ratio);
}

/**
 * Whether `node` of `graph`, where it rests, is drawn at camera `camera` inside the part of the canvas that what lies
 * over it leaves (canvas-covers.ts `framingPart`: the details panel, the banner, the chip, the zoom buttons...), with a
 * margin of 16 px.
 * Reads the boxes from the page; throws nothing.
 */
function inClearView(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, node: string, camera: CameraState): boolean {
  const { left, top, right, bottom } = framingPart(sigma.getContainer());
  const framed = graphToFramed(sigma)(restingPosition(graph, node));
  const p = sigma.framedGraphToViewport(framed, { cameraState: camera });
  const m = 16;
  return p.x >= left + m && p.x <= right - m && p.y >= top + m && p.y <= bottom - m;
}

/**
 * Whether `sigma` frames its graph in a custom box (`setCustomBBox`, a big graph's level of detail) that its last
 * processing used: its positions then convert the same before and after the re-index it has pending (Sigma 3.0
 * internals: `customBBox`, and `normalizationFunction`, made from that box in `process`).
 */
function framedInFixedBox(sigma: Sigma<NodeAttrs, EdgeAttrs>): boolean {
  const s = sigma as unknown as { customBBox?: { x: [number, number]; y: [number, number] } | null; normalizationFunction?: (p: { x: number; y: number }) => { x: number; y: number } };
  const box = s.customBBox;
  const normalise = s.normalizationFunction;
  if (!box || typeof normalise !== 'function') return false;
  const ratio = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]);
  if (!(ratio > 0 && Number.isFinite(ratio))) return false;
  const [dx, dy] = [(box.x[0] + box.x[1]) / 2, (box.y[0] + box.y[1]) / 2];
  // two corners of the box, normalised as Sigma's processing of that box does (sigma/utils createNormalizationFunction)
  return [
    [box.x[0], box.y[0]],
    [box.x[1], box.y[1]],
  ].every(([x, y]) => {
    const p = normalise({ x: x!, y: y! });
    return Math.abs(p.x - (0.5 + (x! - dx) / ratio)) <= 1e-12 && Math.abs(p.y - (0.5 + (y! - dy) / ratio)) <= 1e-12;
  });
}

function targetNodes(graph: AtlasGraph, bundle: Bundle, target: CameraTarget): string[] {
  if (target.kind === 'node') {
    const key = nodeKey(target.ref);
    if (graph.hasNode(key)) return [key];
    // a paper in the co-author view: frame its authors
    return target.ref.kind === 'paper' ? bundle.papers.authors[target.ref.index].map(authorKey) : [];
  }
  if (target.kind === 'nodes') return target.refs.map(nodeKey).filter((k) => graph.hasNode(k));
  if (target.kind === 'community') {
    const out: string[] = [];
    bundle.authors.community.forEach((c, i) => c === target.id && out.push(authorKey(i)));
    if (out.length < 2) bundle.papers.community.forEach((c, p) => c === target.id && out.push(paperKey(p)));
    return out.filter((k) => graph.hasNode(k));
  }
  return [];
}

/**
 * The node keys of `graph` (the whole graph of the map on screen: authors `a<i>`, papers `p<i>`) that `visibility`
 * (the store's, graph/visibility.ts `computeVisibility`) shows, and whether that is every node of the graph
 * (`all`: no filter hides any). O(authors + papers). Throws nothing.
 */
export function shownNodes(graph: AtlasGraph, visibility: Visibility): { keys: string[]; all: boolean } {
  const keys: string[] = [];
  visibility.author.forEach((v, i) => {
    if (v === 1 && graph.hasNode(authorKey(i))) keys.push(authorKey(i));
  });
  visibility.paper.forEach((v, p) => {
    if (v === 1 && graph.hasNode(paperKey(p))) keys.push(paperKey(p));
  });
  return { keys, all: keys.length === graph.order };
}

/**
 * The camera state that frames what the filters leave shown (`visibility`: the store's) of `graph` (the whole graph
 * of the map on screen, not a big map's level of detail), for the canvas's "fit" button and key: the shown authors
 * and papers where they rest (an ego view's moved ones where it takes them), filling FILL of the part of the canvas
 * what lies over it leaves (canvas-covers.ts `framingPart`: left of a desktop card, above a phone's sheet, clear of
 * the zoom buttons), never wider than the whole map. 'whole' when no filter hides anything (the whole map, Sigma's
 * neutral camera, as before) or nothing shown is in `graph`. A tester: after a year range, a venue and at least 5
 * papers left 277 of 30k authors, "Show the whole graph" framed the whole unfiltered map, those 277 small in its
 * middle. Reads the page's boxes; throws nothing.
 */
export function shownFraming(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, visibility: Visibility): Partial<CameraState> | 'whole' {
  const { keys, all } = shownNodes(graph, visibility);
  if (all) return 'whole';
  const group = frameNodes(sigma, graph, keys, 1);
  if (!group) return 'whole';
  return clearOfPanels(sigma, group, 'panels', true, true);
}

/**
 * The ego view's ring layout on `graph` (graph/node-moves.ts `egoPlacementOf`) while it is the store's ego view's,
 * else null (no ego view, one that keeps the map's positions, or one not laid out yet).
 */
function ringsOf(graph: AtlasGraph | null): EgoPlacement | null {
  const placement = egoPlacementOf(graph);
  return placement && placement.author === useAtlas.getState().filters.ego?.author ? placement : null;
}

/**
 * `place` as a link says it (`at=`, url/map-place.ts) in the coordinates of `graph` (the whole graph of the map on
 * screen): in an ego view laid out as rings it is said from the ego author in the layout's own units, which each
 * canvas scales its own way (`ringsOf`; a phone's place opened on a desktop, whose rings lie closer together in graph
 * units, showed the whole network small and off the middle: a tester); elsewhere it is the graph's. Throws nothing.
 */
function fromLinkPlace(graph: AtlasGraph | null, place: MapPlace): MapPlace {
  const rings = ringsOf(graph);
  return rings ? { x: rings.x + place.x * rings.scale, y: rings.y + place.y * rings.scale, span: place.span * rings.scale } : place;
}

/** `place` in `graph`'s coordinates as a link says it (the inverse of `fromLinkPlace`). Throws nothing. */
function toLinkPlace(graph: AtlasGraph | null, place: MapPlace): MapPlace {
  const rings = ringsOf(graph);
  return rings ? { x: (place.x - rings.x) / rings.scale, y: (place.y - rings.y) / rings.scale, span: place.span / rings.scale } : place;
}

/**
 * The camera of `sigma` that shows `linkPlace` (a shared link's `at=`, url/map-place.ts: centre and span, in the
 * coordinates of `graph`, the whole graph of the map on screen, or of its ego view's rings: `fromLinkPlace`): the
 * centre in the middle of the part of the canvas the panels leave (canvas-covers.ts `clearPart`: above a phone's
 * sheet, left of a card), the span across that part's shorter side (so a phone and a desktop show the same part of
 * the map). Sigma's camera keeps the zoom within its bounds. Throws nothing.
 */
function placeCamera(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph | null, linkPlace: MapPlace): Partial<CameraState> {
  const place = fromLinkPlace(graph, linkPlace);
  const framed = graphToFramed(sigma);
  const c = framed(place);
  const e = framed({ x: place.x + place.span, y: place.y });
  // shown in the part of the canvas the panels leave (a phone's sheet, a card on the right): the sender's place was
  // taken there too (`placeToShare`)
  const part = clearPart(sigma.getContainer());
  const m = Math.min(part.right - part.left, part.bottom - part.top);
  // the span's length in pixels at zoom 1 (a length on screen goes as 1 / ratio)
  const at = { ...NEUTRAL, x: c.x, y: c.y };
  const p0 = sigma.framedGraphToViewport(c, { cameraState: at });
  const p1 = sigma.framedGraphToViewport(e, { cameraState: at });
  const px = Math.hypot(p1.x - p0.x, p1.y - p0.y);
  const ratio = zoomedInAtMost(sigma, px > 0 && m > 0 ? px / m : 1);
  // the camera that puts the centre in the middle of that part: with the camera on the centre, the point drawn at the
  // part's middle is as far from the centre as the camera must go the other way (no turning: a plain shift)
  const on = { ...NEUTRAL, x: c.x, y: c.y, ratio };
  const mid = sigma.viewportToFramedGraph({ x: (part.left + part.right) / 2, y: (part.top + part.bottom) / 2 }, { cameraState: on });
  return { x: 2 * c.x - mid.x, y: 2 * c.y - mid.y, ratio, angle: 0 };
}

/**
 * The camera CameraController's last move framed by itself (a card's node, a cluster, the filters' or the whole map),
 * with its camera, the move asked (`target`) and the graph and visibility it was framed on; null after a camera given
 * back or a link's `at=` (a place the user had chosen), or before any move.
 */
let linkFramed: { camera: Camera; state: CameraState; target: CameraTarget; graph: AtlasGraph; visibility: Visibility | null } | null = null;

/** A share made within this relative change of zoom and this share of the canvas from the framing keeps no place. */
const SAME_VIEW = 0.01;

/** Whether camera states `a` and `b` show the same part of the map, up to SAME_VIEW (of the zoom, and of the canvas). */
function sameView(a: CameraState, b: CameraState): boolean {
  const moved = Math.hypot(a.x - b.x, a.y - b.y) / a.ratio;
  return Math.abs(a.ratio / b.ratio - 1) <= SAME_VIEW && moved <= SAME_VIEW && a.angle === b.angle;
}

/**
 * Where a link to what the page shows now would open the camera by itself on this screen, without `at=` (store
 * `linkFraming`: an ego view's network, the card's author or paper, a cluster, what the filters leave shown, the
 * whole map), as a state of `sigma`'s camera: the last move's framing when it was that very one (same move, graph
 * and filters: the boxes over the canvas may have moved a pixel since), else that framing worked out now, as the
 * reader's page does (from Sigma's neutral camera). A tester: the sender set a year range, never moved the map, and
 * the link opened on the years' part of it, not the whole map the sender saw. Sigma's neutral camera when the map's
 * whole graph is not on screen yet or the framing draws nothing. Reads the store and the page's boxes; throws nothing.
 */
function ownFraming(sigma: Sigma<NodeAttrs, EdgeAttrs>): CameraState {
  const camera = sigma.getCamera();
  const { dataset, filters, visibility, selection } = useAtlas.getState();
  const graph = wholeGraphOnScreen();
  if (!dataset || !visibility || !graph || bundleOfGraph(graph) !== dataset.bundle) return NEUTRAL;
  const target = linkFraming(dataset.bundle, filters, visibility, selection);
  const last = linkFramed;
  if (last?.camera === camera && last.graph === graph && last.visibility === visibility && JSON.stringify(last.target) === JSON.stringify(target)) return last.state;
  const { state } = framingOf(sigma, graph, dataset.bundle, target, null);
  return state ? { ...NEUTRAL, ...camera.validateState(state) } : NEUTRAL;
}

/**
 * The part of the map `sigma` shows (url/map-place.ts: the centre and the span of the shorter side of the part of the
 * canvas the panels leave, canvas-covers.ts `clearPart`, in the graph's own coordinates), for a shared link's `at=`; null when the camera is where the link would frame it by
 * itself (`ownFraming`: the card's, the ego view's, the filters', the whole map), moved less than SAME_VIEW from it:
 * the link's own framing then fits the reader's screen better. Where a move under way is taken. Throws nothing.
 */
export function placeToShare(sigma: Sigma<NodeAttrs, EdgeAttrs>): MapPlace | null {
  const now = cameraAt(sigma.getCamera());
  if (sameView(now, ownFraming(sigma))) return null;
  return placeOf(sigma, now);
}

/**
 * The place on the map (url/map-place.ts) camera state `now` of `sigma` shows in the part of the canvas the panels
 * leave (`clearPart`, as laid out now): its middle and the span across its shorter side; null when the canvas has no
 * size or the numbers are not finite. Throws nothing.
 */
function placeOf(sigma: Sigma<NodeAttrs, EdgeAttrs>, now: CameraState): MapPlace | null {
  const { width, height } = sigma.getDimensions();
  if (!(Math.min(width, height) > 0)) return null;
  // the part of the canvas the panels leave, as the user sees it (a phone's sheet covers the lower half: the canvas's
  // middle lay under it, and the reader's desktop showed what the sender's sheet hid, a tester); `placeCamera` shows
  // the place in the reader's own such part
  const part = clearPart(sigma.getContainer());
  const cx = (part.left + part.right) / 2;
  const cy = (part.top + part.bottom) / 2;
  const side = Math.min(part.right - part.left, part.bottom - part.top);
  const toGraph = (x: number, y: number) => sigma.viewportToGraph({ x, y }, { cameraState: now });
  const c = toGraph(cx, cy);
  const a = toGraph(cx - side / 2, cy);
  const b = toGraph(cx + side / 2, cy);
  const span = Math.hypot(b.x - a.x, b.y - a.y);
  if (!([c.x, c.y, span].every(Number.isFinite) && span > 0)) return null;
  // (said from the ego author in the rings' own units in an ego view laid out as rings: `fromLinkPlace`)
  const place = toLinkPlace(wholeGraphOnScreen(), { x: c.x, y: c.y, span });
  return [place.x, place.y, place.span].every(Number.isFinite) && place.span > 0 ? place : null;
}

/**
 * The camera that shows the place the address says (`at=`, a shared link's, url/map-place.ts), while it shows it:
 * the address keeps the place, so a reload opens on it again, until the camera leaves it (the user's zoom or drag, a
 * card's framing); then it is taken out of the address once (`leavePlace`), never written as the camera moves. Null
 * when the address says no place, or the camera has left it.
 */
let placeShown: CameraState | null = null;

/** The place the page's address says (`at=`), or null. */
const addressPlace = (): MapPlace | null => parseMapPlace(new URLSearchParams(window.location.search).get(AT_PARAM));

/** The camera has left the address's place: the place is taken out of the address (in place, no entry). */
function leavePlace(): void {
  placeShown = null;
  if (new URLSearchParams(window.location.search).has(AT_PARAM)) replaceQuery(withoutMapPlace);
}

/** Whether camera state `state` of `sigma` shows `place` (a link's, drawn on `graph`: `placeCamera`), up to SAME_VIEW. */
function showsPlace(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph | null, state: CameraState, place: MapPlace): boolean {
  return sameView(state, { ...state, ...sigma.getCamera().validateState(placeCamera(sigma, graph, place)) });
}

/**
 * A move of CameraController's to `aim` (a camera state of `camera`, bounded as Sigma bounds it) for `target`, on
 * `graph`: a link's place (`at`) is noted as shown; any other move leaves the address's place (`leavePlace`) unless it
 * takes the camera to it (Back to the entry of a link, with the camera it was left with).
 */
function notePlace(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, target: CameraTarget, aim: CameraState): void {
  const place = addressPlace();
  if (!place) {
    placeShown = null;
    return;
  }
  if (target.kind === 'at' || showsPlace(sigma, graph, aim, place)) placeShown = aim;
  else leavePlace();
}

/**
 * The store as a step Back or Forward found it (read in its `popstate`'s capture phase, before the page's listeners
 * change it), while the step's place is still to be checked (`checkStepPlace`); null when none is.
 */
let stepFrom: AtlasState | null = null;

/**
 * After a step Back or Forward to an entry whose address says a place (`at=`) that moved no camera of its own (no
 * card's camera given back, no framing: a view switched back, the review list closed): the place stays in the address
 * only while the camera shows it (then `placeShown`), else it is taken out at once, in place (a tester: after a link's
 * place, the co-author view, a drag and Back, the address said the link's place, the map showed where the drag had
 * left it, and a reload jumped away). A step that asks for a move (its listeners, UrlController and the camera's
 * return, or the effects of the render it causes) has that move note the place (`notePlace`); one that opens another
 * map opens it on its place. Waits for the graph of the entry's view (a big map builds it over several tasks): until
 * then it is called again with each new graph. Reads the store and the page's address; throws nothing.
 */
function checkStepPlace(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  const before = stepFrom;
  if (!before) return;
  const after = useAtlas.getState();
  if (after.camera !== before.camera || after.source !== before.source || after.dataset !== before.dataset || after.load.status !== 'ready' || !after.dataset) {
    stepFrom = null;
    return;
  }
  const graph = wholeGraphOnScreen();
  if (!graph || bundleOfGraph(graph) !== after.dataset.bundle || graph.getAttribute('view') !== after.view) return;
  stepFrom = null;
  const place = addressPlace();
  if (!place) {
    placeShown = null;
    return;
  }
  const now = cameraAt(sigma.getCamera());
  if (showsPlace(sigma, graph, now, place)) placeShown = now;
  else leavePlace();
}

/**
 * Checks the place of each step Back or Forward (`checkStepPlace`) once the frame after it is painted, and again with
 * each graph drawn until the step's view has its own (`graph`: the whole graph on screen). The store of before the
 * step is read in the `popstate`'s capture phase, before the page's listeners change it (a guard that holds the step,
 * url/history-steps.ts, stops this listener too; its replay comes here again).
 */
function usePlaceOnSteps(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph): void {
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const onStep = () => {
      stepFrom = useAtlas.getState();
      cancel?.();
      cancel = afterNextPaint(() => {
        cancel = null;
        checkStepPlace(sigma);
      });
    };
    window.addEventListener('popstate', onStep, { capture: true });
    return () => {
      window.removeEventListener('popstate', onStep, { capture: true });
      cancel?.();
    };
  }, [sigma]);
  useEffect(() => {
    if (!stepFrom) return;
    return afterNextPaint(() => checkStepPlace(sigma));
  }, [sigma, graph]);
}

/**
 * While the camera shows the address's place (`placeShown`), the first change of the camera that leaves it (not a
 * step of CameraController's flight to it) takes the place out of the address: one write, not one per frame.
 */
function usePlaceKept(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  useEffect(() => {
    const camera = sigma.getCamera();
    const onUpdated = () => {
      if (!placeShown) return;
      // (CameraController's flight to the place, till it ends or another move takes over: its first step is taken
      // before Sigma says the camera is animated)
      if (aiming?.camera === camera && sameView(aiming.state, placeShown)) return;
      if (!sameView(camera.getState(), placeShown)) leavePlace();
    };
    camera.on('updated', onUpdated);
    return () => void camera.off('updated', onUpdated);
  }, [sigma]);
}

/** The flight CameraController started last, while it lasts: where it takes the camera. */
let aiming: { camera: Camera; state: CameraState } | null = null;

/**
 * Where `camera` is, or where it is flying to when one of CameraController's moves is under way (an ego view
 * entered while the camera still flew to the author chosen: the camera to come back to is the author's).
 */
function cameraAt(camera: Camera): CameraState {
  const now = camera.getState();
  return camera.isAnimated() && aiming?.camera === camera ? { ...aiming.state } : { ...now };
}

/** The zoom (camera ratio) CameraController's last move took `camera` to. */
let movedTo: { camera: Camera; ratio: number } | null = null;

/**
 * The zoom a node is framed from: FOCUS_RATIO, or the camera's zoom when the user brought it closer than that. A
 * zoom a framing chose is not the user's: from it, twelve authors chosen one after another were each framed closer
 * than the last (0.175 → 0.088 → … 0.038 on the 30k map).
 */
function focusFrom(camera: Camera): number {
  const now = cameraAt(camera).ratio;
  const framed = movedTo?.camera === camera && Math.abs(now / movedTo.ratio - 1) <= 1e-6;
  return framed ? FOCUS_RATIO : Math.min(now, FOCUS_RATIO);
}

/** A camera the user had on the map `dataset` in `view`, noted before a step that moves it. */
interface CameraNote {
  dataset: object;
  view: string;
  state: CameraState;
}

/** The camera as it was before the ego view was entered (null: none entered since the map opened). */
let beforeEgo: CameraNote | null = null;

/**
 * The camera each history entry was left with (by the key of the entry, url/history-writes.ts `onEntryLeft`): a
 * step Back or Forward to an entry without a card comes back to it. One note per entry, not one for the last card
 * opened: after card A, ×, card B, the steps Back to the map before A came back to where B was opened (a tester).
 */
const leftWith = new Map<string, CameraNote>();

/**
 * The camera the history entry `key` (url/history-writes.ts `shownEntry`) was left with on the map and view shown
 * now (the user's zoom and drag, or the app's framing), or null (none noted: an entry of before a reload, another map
 * or view). A step Back or Forward to a card gives it back while it still shows the card's node (UrlController), and
 * frames the card as its link opens it otherwise.
 */
export function cameraLeftWith(key: string): { state: CameraState } | null {
  const note = leftWith.get(key);
  const { dataset, view } = useAtlas.getState();
  return note && note.dataset === dataset && note.view === view ? { state: { ...note.state } } : null;
}

/**
 * Whether `selection` is a card that frames nothing of the map (the Who-is-who list) and lies over it: the whole map
 * is framed in the part of the canvas the card leaves (canvas-covers.ts `framingPart`), not under it. A tester: the
 * review list opened over the 30k map's overview hid Ting Liu's cluster and the community labels on its right. (A
 * node's, a cluster's and a pair's cards frame what they show; a card shown in a cluster's or a node's place when it
 * failed keeps that framing.)
 */
const fitsBeside = (selection: Selection | null): boolean => selection?.kind === 'review';

/**
 * The whole map as CameraController's last move framed it (a `fit`), and whether it was framed beside the review
 * list (`fitsBeside`); null once another move took the camera elsewhere.
 */
let overview: { camera: Camera; state: CameraState; beside: boolean } | null = null;

/**
 * While the camera still shows the whole map as last framed (no zoom or pan of the user's since), the card opened
 * or closed that frames nothing (`fitsBeside`) frames it again: beside the review list once it opens, on the whole
 * canvas again once it closes. A map zoomed or panned by the user is left where it is. Watches the store.
 */
function useOverviewBesideCards(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  useEffect(
    () =>
      useAtlas.subscribe((state, prev) => {
        if (state.selection === prev.selection || state.dataset !== prev.dataset || !state.dataset) return;
        const beside = fitsBeside(state.selection);
        // (a card that frames its own node or cluster moves the camera itself)
        if (!beside && state.selection !== null) return;
        const camera = sigma.getCamera();
        if (overview?.camera !== camera || overview.beside === beside || !sameCamera(cameraAt(camera), overview.state)) return;
        state.moveCamera({ kind: 'fit' });
      }),
    [sigma],
  );
}

/** Whether `selection` is a card whose opening moves the camera (a node's, framed with its neighbours; a cluster's). */
const framesOnOpen = (selection: Selection | null): boolean => selectedNode(selection) !== null || selection?.kind === 'community';

/**
 * The camera a user stepping back comes back to. Two notes, each taken before the step that moves the camera and
 * given back by the step that undoes it, as a `{ kind: 'camera' }` move:
 * - leaving the ego view: the camera they had before entering it (with the map's nodes back where they were; a
 *   change of steps in the view keeps it), else (an ego view opened from a link, or the graph view switched
 *   meanwhile: another graph, framed in another box) the selected node framed, else the ego author. Every way out
 *   (the banner's and the card's "Show everyone", Esc, a step Back) comes back alike; each way in (the card, a
 *   step Forward) notes the camera first.
 * - a step Back (or Forward) from a card to no card: the camera that entry of the history was left with (by opening
 *   a card from it: a click, the search; or by a step Back or Forward away from it), not the close-up the card
 *   framed (a tester: Back after an author's card left the map zoomed on that author). One note per entry
 *   (url/history-writes.ts `onEntryLeft`): after card A, ×, card B, Back to the map before A gives the camera of
 *   before A, not the one B was opened from. A card closed by the user (×, Esc, a click on empty map) leaves the map
 *   where it is, as before.
 * Watches the store, so that the step's origin (the selection's `origin`) and the ego filter are read as they
 * change. The notes are for one map: another map, or the same rebuilt, drops them; a note of another graph view
 * (framed in another box) is not used.
 */
function useCameraReturn(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  // each entry left (a step of the user's, Back or Forward), its camera noted: where the map is, or where a move
  // under way takes it (the entry's own card framed), before the step that leaves it moves the camera
  useEffect(
    () =>
      onEntryLeft((key) => {
        const { dataset, view } = useAtlas.getState();
        if (dataset) leftWith.set(key, { dataset, view, state: cameraAt(sigma.getCamera()) });
      }),
    [sigma],
  );
  useEffect(
    () =>
      useAtlas.subscribe((state, prev) => {
        const was = prev.filters.ego;
        const now = state.filters.ego;
        if (state.dataset !== prev.dataset) {
          beforeEgo = null;
          leftWith.clear();
          return;
        }
        if (!state.dataset) return;
        const note = (): CameraNote => ({ dataset: state.dataset!, view: state.view, state: cameraAt(sigma.getCamera()) });
        const usable = (n: CameraNote | null | undefined) => (n?.dataset === state.dataset && n.view === state.view ? n.state : null);
        // a card closed in the ego view on a narrow screen: the network is framed again in the map the bottom
        // sheet (or the side card) gave back (it stayed ~180 px wide at the top of a phone, the lower 60% empty)
        if (now && was && was.author === now.author && was.steps === now.steps && prev.selection !== null && state.selection === null && isNarrow()) {
          if (state.visibility) state.moveCamera(egoCameraTarget(now.author, state.visibility.author));
          return;
        }
        if ((was === null) === (now === null)) {
          // a step Back (or Forward) to no card, with the ego view as it was: the camera that entry was left with
          // (before its card was opened, or the step that left it)
          if (framesOnOpen(prev.selection) && state.selection === null && state.origin === 'history') {
            const back = usable(leftWith.get(shownEntry()));
            if (back) state.moveCamera({ kind: 'camera', state: back });
          }
          return;
        }
        if (was === null) {
          beforeEgo = note();
          return;
        }
        const back = usable(beforeEgo);
        beforeEgo = null;
        const selected = selectedNode(state.selection);
        const node = selected ?? { kind: 'author' as const, index: was.author };
        state.moveCamera(back ? { kind: 'camera', state: back, ...(selected ? { keep: selected } : {}) } : { kind: 'node', ref: node });
      }),
    [sigma],
  );
}

/**
 * Room (CSS px) kept, on a resize that leaves the user's own camera, between the selected node's disc (and its name)
 * and the edge of the part of the canvas the panels leave (`framingPart`): the edge markers are drawn in a band along
 * that edge (features/offscreen/OffscreenMarks.tsx: a 36 px disc 12 px in, a phone's 44 px target 4 px in; their
 * caption 28 px across the top), and a disc at that edge lay under them (a tester: "13" and "3" drawn over Graham
 * Neubig's disc after the window was narrowed).
 */
const KEPT_CLEAR_PX = 56;

/**
 * Whether the selected node (`selection`'s author or paper) is drawn now, where it rests, inside the part of the canvas
 * the panels leave (canvas-covers.ts `clearPart`); null when no node is selected or `graph` does not show it. Reads
 * the page's boxes; throws nothing.
 */
function selectedInClearPart(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph | null, selection: Selection | null): boolean | null {
  const ref = selectedNode(selection);
  const key = ref && nodeKey(ref);
  if (!graph || !key || !graph.hasNode(key) || graph.getNodeAttribute(key, 'hidden')) return null;
  const part = clearPart(sigma.getContainer());
  const p = sigma.graphToViewport(restingPosition(graph, key));
  return p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom;
}

/**
 * The shift (CSS px, on one axis) that brings a selected node's `keep` (from..to: its disc, its name and the room
 * around them) inside `lo`..`hi`: the least (0 when it lies inside already); when it is larger than that part (a
 * narrow strip beside a card, its name placed beside the disc), the node's centre `at` on the part's middle, where a
 * name placed above or below it has most room on either side and the disc is farthest from the edge markers on both
 * edges. Throws nothing.
 */
function leastShift(lo: number, hi: number, from: number, to: number, at: number): number {
  if (to - from > hi - lo) return (lo + hi) / 2 - at;
  return from < lo ? lo - from : to > hi ? hi - to : 0;
}

/**
 * The user's camera `at` (their zoom and drag) moved the least that brings `key` (a node of `graph`, where it rests)
 * with its name (as last placed, `labelsOnScreen`) and KEPT_CLEAR_PX of room around them into the part of the canvas
 * the panels leave (`framingPart`), at the same zoom (`leastShift`); null when they lie there already. Reads the
 * page's boxes; throws nothing.
 */
function keptInView(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, key: string, at: CameraState): CameraState | null {
  const part = framingPart(sigma.getContainer());
  const p = sigma.graphToViewport(restingPosition(graph, key), { cameraState: at });
  const r = drawnRadius(sigma, graph.getNodeAttribute(key, 'size') ?? 1, at.ratio) + KEPT_CLEAR_PX;
  const keep = { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
  // its name as placed about its disc (beside it, above or below, as the placement chose)
  const name = labelsOnScreen().find((l) => l.key === key && l.node);
  if (name?.node) {
    keep.x0 = Math.min(keep.x0, p.x + name.box.x0 - name.node.x - KEPT_CLEAR_PX);
    keep.x1 = Math.max(keep.x1, p.x + name.box.x1 - name.node.x + KEPT_CLEAR_PX);
    keep.y0 = Math.min(keep.y0, p.y + name.box.y0 - name.node.y - KEPT_CLEAR_PX);
    keep.y1 = Math.max(keep.y1, p.y + name.box.y1 - name.node.y + KEPT_CLEAR_PX);
  }
  const dx = leastShift(part.left, part.right, keep.x0, keep.x1, p.x);
  const dy = leastShift(part.top, part.bottom, keep.y0, keep.y1, p.y);
  if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return null;
  // the picture moved by (dx, dy): the point drawn that far from the canvas's middle the other way is the new centre
  const { width, height } = sigma.getDimensions();
  const centre = sigma.viewportToFramedGraph({ x: width / 2 - dx, y: height / 2 - dy }, { cameraState: at });
  return { ...at, x: centre.x, y: centre.y };
}

/**
 * A canvas resized (a window narrowed or widened, a phone turned: its card a bottom sheet or a side card), once its
 * size has held for RESIZE_SETTLE_MS (quick successive resizes settle once, at the last size):
 * - while the camera still shows the app's own framing (part-framed.ts `heldAppFraming`: no zoom or drag of the user's
 *   since, no camera given back): that framing is made again for the new size, as a fresh load at that size makes
 *   it: a card's author with their neighbours in the part the card leaves, a cluster, a chain, an ego view's network,
 *   what the filters leave shown ("Fit the shown map"), the whole map. A tester: Graham Neubig's card open on the 30k
 *   map at 1440×900, the window narrowed to 900×700 left his disc at the card's left edge, his name cut and the edge
 *   markers over it (Sigma keeps the camera's centre in the canvas's middle); a phone with a year's part framed,
 *   turned, showed it in a fifth of the width. (An author's close-up left after its card closed, or kept while
 *   another card is open, is not that card's framing: it is left as the user's.)
 * - a camera the user moved keeps their zoom and the point at the canvas's middle (Sigma's own), but a selected author
 *   or paper they had in the part the panels leave (`clearPart`, as last drawn before the resize) is not left under the
 *   card: the camera is dragged the least that brings its disc, its name and the room of the edge markers back into
 *   that part (`keptInView`). The least drag, not a new framing: the user chose the zoom and what is around the
 *   author on screen, and a shift keeps both (only what the narrower canvas cannot hold any more leaves it); an
 *   author they had dragged out of sight on purpose stays out of sight.
 * - while the camera shows the place a link's address says (`at=`, `placeShown`): that place is framed again in the
 *   new part the panels leave, as the link opened at that size frames it, and the address keeps it (it lost it when
 *   the resize moved the camera, and then said nothing of what was seen: a tester).
 * A phone's bottom sheet resized by its handle (panels/SheetHandle.tsx, `FREE_PART_CHANGING`/`FREE_PART_CHANGED`)
 * changes the part of the map the panels leave as a resize does, and is framed for the same way once it rests (its
 * handle kept only a covered selection in view, with a framing of its own, a tester); the whole screen's sheet leaves
 * no map to frame for.
 * Says the resize handled in debug.ts `resizeSettled` (tests wait for it, then for the move it asked). Throws nothing.
 */
function useFramingOnResize(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  useEffect(() => {
    const sizeOf = () => {
      const { width, height } = sigma.getDimensions();
      return `${width}×${height}`;
    };
    let size = sizeOf();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // whether the selected node was drawn in the part the panels leave at the last render before the resize began
    // (frozen from the first resize of a burst until it settles: the renders between are at the new sizes)
    let seen: { selection: Selection; inView: boolean } | null = null;
    let resizing = false;
    // what `seen` was read for (the selection, the camera, the canvas's size): a render that changed none of them (a
    // hover, the labels) reads no boxes of the page
    let seenFor = '';
    let seenSelection: Selection | null = null;
    const onRender = () => {
      // (nor under a sheet at the whole screen: what is read is what the map showed before it rose, and is kept in
      // view again as it comes down)
      if (resizing || document.documentElement.dataset.sheet === 'full') return;
      const { selection } = useAtlas.getState();
      const { x, y, ratio } = sigma.getCamera().getState();
      const key = `${x},${y},${ratio},${sizeOf()}`;
      if (selection === seenSelection && key === seenFor) return;
      [seenSelection, seenFor] = [selection, key];
      const inView = selection && selectedInClearPart(sigma, wholeGraphOnScreen(), selection);
      seen = selection && inView !== null ? { selection, inView } : null;
    };
    // `sheet`: the bottom sheet's height changed (the canvas's size did not)
    const settled = (sheet = false) => {
      resizing = false;
      const before = seen;
      const now = sizeOf();
      if (now === size && !sheet) return;
      size = now;
      const camera = sigma.getCamera();
      const at = cameraAt(camera);
      const { selection, dataset, moveCamera } = useAtlas.getState();
      const ref = selectedNode(selection);
      const target = dataset ? heldAppFraming(camera, at) : null;
      const graph = wholeGraphOnScreen();
      const key = ref ? nodeKey(ref) : null;
      // the selected node the user had in the part the panels leave, drawn
      const keep = dataset && graph && key !== null && before?.selection === selection && before.inView && graph.hasNode(key) && !graph.getNodeAttribute(key, 'hidden') ? key : null;
      // the place of the link's address, still shown
      const place = dataset && graph && placeShown && sameView(at, placeShown) ? addressPlace() : null;
      if (place && graph) {
        // framed again in the new part, as the link opened at this size frames it (the address keeps it), unless that
        // leaves the selected node out: then the user's camera dragged the least that keeps it, and the address says
        // the place now shown (a reload shows what is seen)
        const framed = { ...at, ...camera.validateState(placeCamera(sigma, graph, place)) };
        const kept = keep !== null && !inClearView(sigma, graph, keep, framed) ? (keptInView(sigma, graph, keep, at) ?? at) : null;
        const shown = kept && placeOf(sigma, kept);
        if (kept && shown) {
          replaceQuery((search) => {
            const params = new URLSearchParams(search);
            params.set(AT_PARAM, formatMapPlace(shown));
            return `?${params.toString()}`;
          });
          moveCamera({ kind: 'camera', state: kept });
        } else moveCamera({ kind: 'at', place });
      }
      // the app's framing: made again for this size (a node's, while its card is open)
      else if (target && (target.kind !== 'node' || (ref !== null && nodeKey(ref) === nodeKey(target.ref)))) moveCamera(target);
      else if (keep !== null && graph) {
        const kept = keptInView(sigma, graph, keep, at);
        if (kept) moveCamera({ kind: 'camera', state: kept });
      }
      atlasDebug.resizeSettled = now;
    };
    const resized = () => {
      resizing = true;
      clearTimeout(timer);
      timer = setTimeout(settled, RESIZE_SETTLE_MS);
    };
    // the bottom sheet: what was read before it moved is kept (`resizing`) until it rests; at the whole screen it
    // leaves no map (nothing framed for it, and nothing read until it comes down)
    const sheetMoving = () => {
      resizing = true;
    };
    const sheetResting = () => {
      clearTimeout(timer);
      if (document.documentElement.dataset.sheet === 'full') {
        resizing = false;
        return;
      }
      settled(true);
    };
    sigma.on('resize', resized);
    sigma.on('afterRender', onRender);
    window.addEventListener(FREE_PART_CHANGING, sheetMoving);
    window.addEventListener(FREE_PART_CHANGED, sheetResting);
    return () => {
      sigma.off('resize', resized);
      sigma.off('afterRender', onRender);
      window.removeEventListener(FREE_PART_CHANGING, sheetMoving);
      window.removeEventListener(FREE_PART_CHANGED, sheetResting);
      clearTimeout(timer);
    };
  }, [sigma]);
}

/**
 * The drawer opened or closed on a narrow screen (over the map's left side: canvas-covers.ts `clearPart` counts it
 * where it leaves room beside it, a tablet's 480 px): when the camera still shows the app's framing of a part of the
 * map (part-framed.ts `heldPartFraming`: a chain, an ego view's network, a cluster, what the filters leave), that part
 * is framed again in what the drawer leaves, and in the whole canvas once it closes. A tester on a tablet (820×1180):
 * the chain chip opened the drawer at the chain panel, over two of the chain's five authors. A selected node's own
 * framing is left as it is (a card opened from the drawer closes it, and moves the camera itself). Throws nothing.
 */
function usePartFramedOnDrawer(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  useEffect(() => {
    let cancel: (() => void) | null = null;
    // whether the drawer last opened counted as a cover (a phone's leaves too little beside it: nothing to frame again)
    let beside = false;
    const unsubscribe = useAtlas.subscribe((state, prev) => {
      if (state.drawerOpen === prev.drawerOpen || !isNarrow()) return;
      cancel?.();
      cancel = null;
      // (a drawer closed by a choice that moves the camera itself, a card opened from it: that move is the one)
      if (state.selection !== prev.selection || state.camera !== prev.camera) return;
      const request = state.camera;
      // (once the drawer's class is on the page: the framing reads its box)
      cancel = afterNextPaint(() => {
        cancel = null;
        const covered = beside;
        beside = state.drawerOpen && drawerRight(sigma.getContainer().getBoundingClientRect()) !== null;
        if (!(state.drawerOpen ? beside : covered)) return;
        const camera = sigma.getCamera();
        const target = heldPartFraming(camera, cameraAt(camera));
        const { selection, dataset, moveCamera, camera: asked } = useAtlas.getState();
        if (!target || !dataset || asked !== request || (target.kind !== 'nodes' && selectedNode(selection) !== null)) return;
        moveCamera(target);
      });
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [sigma]);
}

/**
 * The camera state `target` (a move asked of the store: `CameraTarget`) frames on `sigma`, drawing `graph` (the whole
 * graph of the map on screen, of `bundle`), and whether it is the whole map (`whole`: a fit, or the filters hiding
 * nothing). `camera`: the camera it moves from (a node is framed from the user's closer zoom: `focusFrom`); null for a
 * page just opened on a link (Sigma's neutral camera: the zoom FOCUS_RATIO), as the reader of a shared link gets it.
 * `state` is null when nothing of the target is drawn. Reads the store's selection and visibility, and the boxes of
 * what covers the canvas; throws nothing.
 */
function framingOf(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, bundle: Bundle, asked: CameraTarget, camera: Camera | null): { state: Partial<CameraState> | null; whole: boolean } {
  // an author of the traced co-author chain: the chain framed, the author in it (chain-framed.ts `keptWithChain`)
  const target = keptWithChain(asked, useAtlas.getState().emphasis);
  const plain = withCaptionBand(false, () => coveredFraming(sigma, graph, bundle, target, camera));
  // a part of the map framed with a card open (a chain, an ego view's network, a cluster, what the filters leave)
  // that leaves one of the selected node's neighbours out of sight: framed again below the band the edge markers'
  // caption then takes (a chain's top paper was drawn under "1 paper out of sight: tap a number…" on a tablet and a
  // phone, testers). A selected node's own framing is left as it is: its far group is meant to lie out of sight,
  // and the names placed keep off the caption (Iryna Gurevych's card on a phone, 30k map: her three strongest
  // co-authors named; in a part 34 px lower one of them was not)
  if (!BAND_TARGETS.has(target.kind) || !plain.state || !captionMayShow()) return plain;
  if (!leavesOutOfSight(sigma, graph, { ...(camera ?? sigma.getCamera()).getState(), ...plain.state })) return plain;
  return withCaptionBand(true, () => coveredFraming(sigma, graph, bundle, target, camera));
}

/** The moves framed below the edge markers' caption when they leave a marked node out of sight (`framingOf`). */
const BAND_TARGETS: ReadonlySet<CameraTarget['kind']> = new Set(['nodes', 'community', 'shown']);

/**
 * Whether camera state `state` leaves one of the nodes the edge markers point at (features/offscreen/OffscreenMarks.tsx:
 * the selected node's shown neighbours, or the nodes of an emphasis the camera is not taken to) outside the part of
 * the canvas the panels leave (canvas-covers.ts `clearPart`), where they rest: the markers, and their caption across
 * the top of that part, are then shown once the camera is there. Reads the store and the page's boxes; throws nothing.
 */
function leavesOutOfSight(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, state: CameraState): boolean {
  const { selection, emphasis } = useAtlas.getState();
  const node = selectedNode(selection);
  const keys: string[] = [];
  const drawn = (ref: NodeRef) => graph.hasNode(nodeKey(ref)) && !graph.getNodeAttribute(nodeKey(ref), 'hidden');
  if (node && graph.hasNode(nodeKey(node))) {
    graph.forEachNeighbor(nodeKey(node), (n, a) => void (a.hidden || keys.push(n)));
    // (an author of the traced chain: the chain's nodes are marked too, chain-framed.ts `chainMarked`)
    for (const ref of chainMarked(emphasis, node)) if (drawn(ref)) keys.push(nodeKey(ref));
  } else if (!node && emphasis?.inViewOnly) for (const ref of emphasis.nodes) if (graph.hasNode(nodeKey(ref)) && !graph.getNodeAttribute(nodeKey(ref), 'hidden')) keys.push(nodeKey(ref));
  if (keys.length === 0) return false;
  const part = clearPart(sigma.getContainer());
  return keys.some((key) => {
    const p = sigma.graphToViewport(restingPosition(graph, key), { cameraState: state });
    return !(p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom);
  });
}

/**
 * `framingOf` in the part of the canvas what lies over it leaves (canvas-covers.ts `framingPart`, with or without the
 * band of the edge markers' caption as `withCaptionBand` says). Same contract.
 */
function coveredFraming(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, bundle: Bundle, target: CameraTarget, camera: Camera | null): { state: Partial<CameraState> | null; whole: boolean } {
  // the whole map clears only the import notice: a fit with a card open (Show the whole graph) stays the overview
  // (with a card open that frames nothing, the Who-is-who list: in the part of the canvas it leaves, `fitsBeside`)
  // what the filters leave shown (a link's filters, `shown`): framed as the fit button frames it; the whole map
  // when they hide nothing
  const { visibility, selection } = useAtlas.getState();
  const shown = target.kind === 'shown' && visibility ? shownFraming(sigma, graph, visibility) : 'whole';
  const whole = target.kind === 'fit' || (target.kind === 'shown' && shown === 'whole');
  if (whole) return { state: clearOfPanels(sigma, { x: 0.5, y: 0.5, ratio: 1, angle: 0, extent: { x: 1, y: 1 } }, fitsBeside(selection) ? 'panels' : 'notice'), whole };
  if (shown !== 'whole') return { state: shown, whole };
  if (target.kind === 'at') return { state: placeCamera(sigma, graph, target.place), whole };
  if (target.kind === 'camera') {
    // (a node to keep in view that this camera leaves out: an author chosen inside the ego view, far from the one
    // it was entered from, is framed as choosing it framed it)
    const keep = target.keep && graph.hasNode(nodeKey(target.keep)) ? nodeKey(target.keep) : null;
    const framed = keep && !inClearView(sigma, graph, keep, target.state);
    return { state: framed ? frameWithNeighbours(sigma, graph, keep, Math.min(target.state.ratio, FOCUS_RATIO)) : { ...target.state }, whole };
  }
  const nodes = targetNodes(graph, bundle, target);
  // one node: centred, with its papers or co-authors in view too (an author's nine papers: four were on screen)
  if (target.kind === 'node' && nodes.length === 1) return { state: frameWithNeighbours(sigma, graph, nodes[0]!, camera ? focusFrom(camera) : FOCUS_RATIO), whole };
  // a chain: closer, until its authors are drawn apart at a readable size (as far as it fits); one framed for an
  // author of it selected (`near`, chain-framed.ts `keptWithChain`) that fits only so wide that two of its authors
  // are drawn as one: the author with its neighbours on the chain, when they are drawn apart (the rest of the chain
  // is marked at the edge, OffscreenMarks)
  if (target.kind === 'nodes' && target.apart && !target.fill) {
    const all = chainFraming(sigma, graph, nodes);
    if (all && !all.apart && target.near) {
      const near = chainFraming(sigma, graph, target.near.map(nodeKey).filter((k) => graph.hasNode(k)));
      if (near?.apart) return { state: near.framing, whole };
    }
    return { state: all?.framing ?? null, whole };
  }
  const group = frameNodes(sigma, graph, nodes, target.kind === 'node' ? Math.min(camera ? camera.ratio : NEUTRAL.ratio, FOCUS_RATIO) : 1);
  // a community shown alone fills the canvas the panels leave (it was drawn in about 40% of its width)
  const fill = (target.kind === 'nodes' && target.fill === true) || target.kind === 'community';
  const state = group && clearOfPanels(sigma, group, 'panels', fill, fill);
  return { state, whole };
}

/** Says the camera move `seq` (the store's `camera.seq`) carried out to its end (debug.ts `cameraMoved`). */
function moved(seq: number): void {
  atlasDebug.cameraMoved = Math.max(atlasDebug.cameraMoved ?? 0, seq);
}

export function CameraController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const request = useAtlas((s) => s.camera);
  const dataset = useAtlas((s) => s.dataset);
  useCameraReturn(sigma);
  useOverviewBesideCards(sigma);
  usePlaceKept(sigma);
  useFramingOnResize(sigma);
  usePartFramedOnDrawer(sigma);
  usePlaceOnSteps(sigma, graph);
  // the request last carried out: a new graph (a view switch, a filter that rebuilds it) reruns this effect with
  // the same request, which must not pull the camera back to an author the user has since closed or zoomed away from
  const done = useRef<number | null>(null);

  useEffect(() => {
    if (!request || !dataset || done.current === request.seq) return;
    const move = () => {
      // a click's move, for a selection since closed (Escape) or replaced before the move began: the map stays
      // where the user left it (it flew to the closed author up to 2.6 s after Escape at load 17)
      if (request.selection && useAtlas.getState().selection !== request.selection) {
        done.current = request.seq;
        moved(request.seq);
        return;
      }
      const camera = sigma.getCamera();
      const { target } = request;
      const { state, whole } = framingOf(sigma, graph, dataset.bundle, target, camera);
      if (!state) return;
      done.current = request.seq;
      if (state.ratio !== undefined) movedTo = { camera, ratio: state.ratio };
      const from = camera.getState();
      // what a link frames by itself (its card, filters or the whole map); not a camera given back or a link's `at=`
      linkFramed = target.kind === 'camera' || target.kind === 'at' ? null : { camera, state: { ...from, ...state }, target, graph, visibility: useAtlas.getState().visibility };
      notePlace(sigma, graph, target, { ...from, ...camera.validateState(state) });
      overview = whole ? { camera, state: { ...from, ...state }, beside: fitsBeside(useAtlas.getState().selection) } : null;
      // (a node's move for an author of the traced chain framed the chain: noted as the chain's framing, which a
      // drawer opened or a canvas resized frames again, `usePartFramedOnDrawer`)
      notePartFramed(camera, { ...from, ...camera.validateState(state) }, keptWithChain(target, useAtlas.getState().emphasis));
      // no animation where there is nothing to move: its frames would each render with the edges hidden
      // (hideEdgesOnMove), and none of them changing the camera, none would draw them again
      const ms = animationMs();
      // (not the user's own move: the node it brings under a resting mouse is not hovered, EventsController)
      appMovesCamera(camera);
      if (ms === 0 || sameCamera(from, { ...from, ...state })) {
        camera.setState(state);
        moved(request.seq);
      } else {
        const aim = { ...from, ...state };
        aiming = { camera, state: aim };
        void camera.animate(state, { duration: ms, easing: 'quadraticInOut' }).then(() => {
          if (aiming?.state === aim) aiming = null;
          stopWatching();
          edgesBack();
          moved(request.seq);
        });
        // a card closed (Escape) while the camera still flies to its author: the map goes back to where the user
        // left it (a quiet machine paints the card and starts the move before an Escape pressed at once arrives).
        // A selection replaced by another needs nothing: that one's move takes over
        if (request.selection) {
          unwatch = useAtlas.subscribe((s) => {
            if (s.selection !== null) return;
            stopWatching();
            if (!camera.isAnimated()) return;
            appMovesCamera(camera);
            void camera.animate(from, { duration: ms / 2, easing: 'quadraticOut' }).then(edgesBack);
          });
        }
      }
    };
    let unwatch: (() => void) | null = null;
    const stopWatching = () => {
      unwatch?.();
      unwatch = null;
    };
    // a move over (not taken over by another) whose last render was one of its frames, edges hidden: Sigma renders
    // after the last step only if it changed the camera, so the edges are drawn by a render asked for here
    const edgesBack = () => {
      if (!sigma.getCamera().isAnimated() && edgesHiddenByMove(sigma)) sigma.scheduleRender();
    };
    // a selection may have asked Sigma to re-index the graph (emphasis): until its next render the graph's
    // extent is a placeholder, and positions converted now would frame the wrong place (on a portrait
    // screen the author went under the sheet). Then move after that render; unless Sigma frames the graph in a
    // fixed box, which the re-index keeps (a big graph's level of detail): then the move starts at once, and
    // the render that dims the map is its first frame (with the edges hidden while it moves), not a frame of
    // its own before it (the 3k map's first click: that frame drew the dimmed edges, shown until the move
    // hid them a frame or two later, and was the click's longest task)
    let waiting = false;
    const start = () => {
      if (!(sigma as unknown as { needToProcess?: boolean }).needToProcess || framedInFixedBox(sigma)) return move();
      waiting = true;
      sigma.once('afterRender', move);
    };
    // the camera moves once the details panel a click opened is on screen (after-paint.ts): the frames of its
    // move redraw the WebGL layers, which on software WebGL would hold the panel back
    // and once the features' parts over the canvas (ego banner, Rankings: in chunks of their own, lazy-feature.tsx)
    // are drawn, since the framing keeps clear of them (a shared ego view's link, opened at start-up)
    let live = true;
    const cancel = afterPanelPainted(() => {
      if (featuresLoaded()) start();
      else void preloadFeatures().then(() => live && start());
    });
    return () => {
      live = false;
      cancel();
      stopWatching();
      if (waiting) sigma.off('afterRender', move);
    };
  }, [sigma, graph, dataset, request]);

  return null;
}
