/**
 * Which drawn node is under a point of the canvas, found from the nodes' positions and sizes instead of
 * Sigma's GPU picking. Sigma picks by drawing every node a second time into a picking texture on each
 * frame and reading one pixel back (`readPixels`) on every pointer move and click; on software WebGL that
 * read waits for every pending frame to be drawn, seconds on a big map (a CPU profile of one click on the
 * 3k map: 6.1 s of 7.2 s blocked in `readPixels`). Here the drawn nodes are kept in a uniform grid over
 * their framed-graph positions (Sigma's normalised coordinates, which do not move with the camera),
 * copied after each of Sigma's re-indexes (what the following frames draw), and a pick looks only at the cells
 * within the largest drawn radius of the point: O(nodes near the point).
 *
 * "On top" follows Sigma's drawing order exactly: nodes on the hover layer (the hovered node and the
 * highlighted ones, drawn above everything) first; then node programs in their registration order
 * (dimmed squares, circles, then squares); within a program, the order Sigma put them in its buffers (`nodeProgramIndex`:
 * by zIndex at its last re-index, then graph order).
 */
import type Sigma from 'sigma';
import { drawnRadius } from './drawn-size';
import type { PlacedLabel } from './label-placement';
import { isSquareType } from './node-types';
import { isAuthorKey } from '../../core/graph/node-keys';

interface DisplayData {
  x: number;
  y: number;
  size: number;
  type: string;
  hidden: boolean;
}

/** The parts of Sigma's private state the pick reads (sigma 3.0). */
interface SigmaInternals {
  nodeDataCache: Record<string, DisplayData>;
  nodeProgramIndex: Record<string, number>;
  nodePrograms: Record<string, unknown>;
  highlightedNodes: Set<string>;
  hoveredNode: string | null;
  /** Set when the drawn graph changed and Sigma has not re-indexed it yet (positions not normalised yet). */
  needToProcess: boolean;
  /** The framed-graph -> clip-space matrix of the last render, and its inverse: the picture on the screen. */
  matrix: Float32Array;
  invMatrix: Float32Array;
}

/** A drawn node as Sigma last indexed it (a copy: Sigma's cache is rewritten before its next re-index). */
interface Drawn {
  key: string;
  x: number;
  y: number;
  size: number;
  square: boolean;
  /** Drawing rank: program order × 1e9 + Sigma's buffer index. */
  rank: number;
}

interface Grid {
  x0: number;
  y0: number;
  cell: number;
  cols: number;
  rows: number;
  /** Drawn nodes per cell, row-major. */
  cells: Drawn[][];
  /** The same nodes by key. */
  byKey: Map<string, Drawn>;
  maxSize: number;
}

/** A pick over the nodes Sigma draws; `dispose` stops following the graph. */
export interface NodePicker {
  /**
   * The node drawn on top at viewport point (x, y) (CSS pixels from the canvas's top left), or null. Its rim excepted:
   * a point less than RIM_PX inside the edge of the node on top, and clearly inside a node drawn below it, gives the
   * node below (the ego view stacks small discs by a big author's centre: Si Wu, 1.7 px across the middle of Chris
   * Dyer's 13 px disc, drawn on top, took the pointer on Dyer's centre, 1.65 px from Si Wu's).
   */
  nodeAt(point: { x: number; y: number }): string | null;
  /**
   * For a finger's tap that lands on no node: the drawn node whose disc (or square) edge is nearest to the point
   * within `tolerance` CSS pixels, or null. Nearest first (a node further away never wins over a nearer one);
   * at equal distance the one drawn on top. A point inside a node is at distance 0 (`nodeAt` answers that first).
   * With `accept`, only the nodes it accepts are candidates (the nearest dot drawn plainly, past a dimmed one nearer).
   */
  nodeNear(point: { x: number; y: number }, tolerance: number, accept?: (key: string) => boolean): string | null;
  /**
   * For a finger: of the drawn nodes whose disc (or square) lies under the point, the one whose centre is
   * nearest to it (at equal distance the one drawn on top), or null. Where discs overlap (a big author's disc
   * over a small one's), the finger on the small one's centre opens it, though the big one is drawn above.
   */
  nodeUnderFinger(point: { x: number; y: number }): string | null;
  /**
   * Node `key`'s disc (or square) in the picture picked against (`seenAt`): its centre (viewport CSS px) and radius
   * (CSS px; half the side for a square), or null when it is not drawn.
   */
  shapeOf(key: string): { x: number; y: number; r: number; square: boolean } | null;
  /**
   * Pick from here on against the picture a finger that landed at `time` (ms, `performance.now()` clock: a touch's
   * `timeStamp`) was aimed at (`aimedFrame`; pictures kept up to FRAME_HISTORY_MS back); null: the last picture
   * drawn (the default). Returns, when that is an earlier picture, when the render that replaced it began (the
   * names drawn before then are that picture's), else null.
   */
  seenAt(time: number | null): number | null;
  /** The picture picked against (set by `seenAt`): when its render was done (`performance.now()` ms), or null for the last one drawn. */
  seenPictureAt(): number | null;
  dispose(): void;
}

/**
 * The rim of a drawn disc or square (CSS px inside its edge) where a node drawn below it, with the point clearly
 * inside that one, is picked instead (`nodeAt`): about the anti-aliased edge, a pixel that shows both. A disc under
 * RIM_PX in radius is picked only where no node drawn below is clearly under the point.
 */
export const RIM_PX = 1;

/** How long the camera of each drawn picture is kept for `seenAt` (ms). */
const FRAME_HISTORY_MS = 3000;

/** A picture Sigma drew: when its render began and ended (`performance.now()` ms), its camera. */
export interface Frame {
  start: number;
  at: number;
  matrix: Float32Array;
  invMatrix: Float32Array;
  ratio: number;
}

/**
 * How long before a finger lands (ms) a change on screen is taken as unseen: a finger already on its way does not
 * change course for a change shown less than a reaction time (~250 ms) before it lands, and a frame reaches the
 * screen after its render ends. (At 120 ms a second tap 137 ms after the first frame of the first tap's move, which
 * had jumped a third of the way at once after the card's paint held the main thread, opened the wrong author.)
 */
export const AIM_MS = 250;

/**
 * The index in `frames` (pictures in the order drawn, each kept while it was on screen) of the one a finger landing
 * at `time` was aimed at, or -1 when none was drawn by then: the last one drawn by `time`, unless the camera began
 * to move (from a picture that stayed AIM_MS or more) less than AIM_MS before `time`: then the picture it moved
 * from. A tester's second tap, on Peter Vajda, 500 ms after one on Bowen Shi, came 80 ms after the first frame of
 * that tap's camera move (380 ms in the drawing) and opened Geet Sethi, who had come under the finger. Pure.
 */
export function aimedFrame(frames: readonly Pick<Frame, 'at'>[], time: number): number {
  let i = -1;
  while (i + 1 < frames.length && frames[i + 1]!.at <= time) i++;
  if (i <= 0) return i;
  // back to the first picture of the move this one belongs to (pictures that each stayed less than AIM_MS)
  let j = i;
  while (j > 0 && frames[j]!.at - frames[j - 1]!.at < AIM_MS) j--;
  if (j === 0) return i;
  return frames[j]!.at > time - AIM_MS ? j - 1 : i;
}


/**
 * A position-based node pick for `sigma`, following the graph it draws (also after `setGraph`).
 * Also turns off Sigma's picking pass for nodes (`turnOffGpuPicking`), which nothing reads any more.
 */
export function createNodePicker(sigma: Sigma): NodePicker {
  const internals = sigma as unknown as SigmaInternals;
  // The grid is a copy of Sigma's node data cache, taken at a pick while no re-index is pending (the cache
  // then holds exactly what is drawn) and kept until a pick after the next re-index: no copy on re-indexes
  // nobody picks after (each hover re-indexes). While a re-index is pending the cache is half rewritten (a
  // hovered node's entry holds raw, unnormalised coordinates): reading it then picked nothing under a tap,
  // since a tap's press hovers the node and its release comes before the next frame (every tap on a phone
  // did nothing). The last copy is what is still on the screen.
  let grid: Grid | null = null;
  let stale = true;
  const reindexed = () => {
    stale = true;
  };
  sigma.on('afterProcess', reindexed);
  // the camera of each picture drawn (its framed-graph <-> viewport matrices), for a pick against an earlier one:
  // `start` when the render that drew it began, `at` when it was done (a frame drawing the same picture adds none)
  const frames: Frame[] = [];
  let renderStart = 0;
  const starting = () => {
    renderStart = performance.now();
  };
  const drawn = () => {
    const now = performance.now();
    const last = frames[frames.length - 1];
    if (last && last.matrix.every((v, i) => v === internals.matrix[i])) return;
    frames.push({ start: renderStart, at: now, matrix: Float32Array.from(internals.matrix), invMatrix: Float32Array.from(internals.invMatrix), ratio: sigma.getCamera().ratio });
    while (frames.length > 2 && frames[1]!.at < now - FRAME_HISTORY_MS) frames.shift();
  };
  sigma.on('beforeRender', starting);
  sigma.on('afterRender', drawn);
  let seen: Frame | null = null;
  const picture = (): { matrix: Float32Array; invMatrix: Float32Array; ratio?: number } => seen ?? internals;

  const build = (): Grid => {
    const { nodeDataCache, nodeProgramIndex } = internals;
    const programRank = new Map(Object.keys(internals.nodePrograms).map((type, i) => [type, i]));
    const drawn: Drawn[] = [];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, maxSize = 0;
    sigma.getGraph().forEachNode((key) => {
      const d = nodeDataCache[key];
      const index = nodeProgramIndex[key];
      // a node Sigma has not put in its buffers yet is not drawn (and its position is not normalised yet)
      if (!d || d.hidden || index === undefined) return;
      drawn.push({ key, x: d.x, y: d.y, size: d.size, square: isSquareType(d.type), rank: (programRank.get(d.type) ?? 0) * 1e9 + index });
      if (d.x < x0) x0 = d.x;
      if (d.x > x1) x1 = d.x;
      if (d.y < y0) y0 = d.y;
      if (d.y > y1) y1 = d.y;
      if (d.size > maxSize) maxSize = d.size;
    });
    if (drawn.length === 0) return { x0: 0, y0: 0, cell: 1, cols: 1, rows: 1, cells: [[]], byKey: new Map(), maxSize: 0 };
    // about two nodes a cell
    const side = Math.max(x1 - x0, y1 - y0, 1e-9);
    const perSide = Math.max(1, Math.ceil(Math.sqrt(drawn.length / 2)));
    const cell = side / perSide;
    const cols = Math.floor((x1 - x0) / cell) + 1;
    const rows = Math.floor((y1 - y0) / cell) + 1;
    const cells: Drawn[][] = Array.from({ length: cols * rows }, () => []);
    for (const d of drawn) cells[Math.floor((d.y - y0) / cell) * cols + Math.floor((d.x - x0) / cell)].push(d);
    return { x0, y0, cell, cols, rows, cells, byKey: new Map(drawn.map((d) => [d.key, d])), maxSize };
  };

  /**
   * The drawn nodes within `slack` pixels of `point` (0: under it), each with its distance from the point to its
   * shape's edge (0 inside) and its drawing rank (the hover layer on top), via `visit`.
   */
  const fresh = (): void => {
    if (stale && !internals.needToProcess) {
      grid = build();
      stale = false;
    }
  };

  const scan = (point: { x: number; y: number }, slack: number, visit: (key: string, distance: number, rank: number, centre: number, depth: number) => void): void => {
    fresh();
    // before Sigma's first re-index nothing is drawn yet
    if (!grid) return;
    const g = grid;
    if (g.maxSize === 0) return;
    const { highlightedNodes, hoveredNode } = internals;
    const graph = sigma.getGraph();
    // Both ways through the transform of the picture on the screen (Sigma's last render). Sigma's own
    // viewportToFramedGraph rebuilds its matrix from the graph's extent instead, and between a full refresh
    // (a hover's emphasis re-indexes the graph) and the next frame that extent is a placeholder ([0, 1]) on
    // maps without a fixed bounding box: the point then landed far from every node, and a tap's release, which
    // comes before that frame (the press hovered the node), picked nothing.
    const shown = picture();
    const toFramed = { matrix: shown.invMatrix };
    const toViewport = { matrix: shown.matrix };
    const centre = sigma.viewportToFramedGraph(point, toFramed);
    const step = sigma.viewportToFramedGraph({ x: point.x + 1, y: point.y }, toFramed);
    // framed-graph length of one pixel, and the reach of the largest drawn node (squares reach √2 further)
    const perPixel = Math.hypot(step.x - centre.x, step.y - centre.y);
    // (the drawn sizes too are the shown frame's: they follow the camera's zoom, up to a share of the canvas)
    const ratio = shown.ratio ?? sigma.getCamera().ratio;
    const reach = (drawnRadius(sigma, g.maxSize, ratio) * Math.SQRT2 + slack) * perPixel;
    const c0 = Math.max(0, Math.floor((centre.x - reach - g.x0) / g.cell));
    const c1 = Math.min(g.cols - 1, Math.floor((centre.x + reach - g.x0) / g.cell));
    const r0 = Math.max(0, Math.floor((centre.y - reach - g.y0) / g.cell));
    const r1 = Math.min(g.rows - 1, Math.floor((centre.y + reach - g.y0) / g.cell));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (const d of g.cells[r * g.cols + c]) {
          // a node dropped since the copy is not picked (it leaves the screen at the next frame)
          if (!graph.hasNode(d.key)) continue;
          const p = sigma.framedGraphToViewport(d, toViewport);
          const radius = drawnRadius(sigma, d.size, ratio);
          const dx = Math.abs(p.x - point.x);
          const dy = Math.abs(p.y - point.y);
          const distance = d.square ? Math.hypot(Math.max(0, dx - radius), Math.max(0, dy - radius)) : Math.max(0, Math.hypot(dx, dy) - radius);
          if (distance > slack) continue;
          // the hovered node and the highlighted ones are drawn above everything
          const onHoverLayer = d.key === hoveredNode || highlightedNodes.has(d.key);
          // how far inside its edge the point lies (px; negative outside)
          const depth = d.square ? Math.min(radius - dx, radius - dy) : radius - Math.hypot(dx, dy);
          visit(d.key, distance, (onHoverLayer ? 1e12 : 0) + d.rank, Math.hypot(dx, dy), depth);
        }
      }
    }
  };

  const nodeAt = (point: { x: number; y: number }): string | null => {
    // the node drawn on top among those the point is clearly inside (RIM_PX or more from the edge); where it is
    // clearly inside none, the node drawn on top among those under it
    let best: string | null = null;
    let bestRank = -Infinity;
    let clear: string | null = null;
    let clearRank = -Infinity;
    scan(point, 0, (key, _distance, rank, _centre, depth) => {
      if (rank > bestRank) {
        bestRank = rank;
        best = key;
      }
      if (depth >= RIM_PX && rank > clearRank) {
        clearRank = rank;
        clear = key;
      }
    });
    return clear ?? best;
  };

  const nodeNear = (point: { x: number; y: number }, tolerance: number, accept?: (key: string) => boolean): string | null => {
    let best: string | null = null;
    let bestDistance = Infinity;
    let bestRank = -Infinity;
    scan(point, Math.max(0, tolerance), (key, distance, rank) => {
      if ((distance < bestDistance || (distance === bestDistance && rank > bestRank)) && (!accept || accept(key))) {
        bestDistance = distance;
        bestRank = rank;
        best = key;
      }
    });
    return best;
  };

  const nodeUnderFinger = (point: { x: number; y: number }): string | null => {
    let best: string | null = null;
    let bestCentre = Infinity;
    let bestRank = -Infinity;
    scan(point, 0, (key, _distance, rank, centre) => {
      if (centre < bestCentre || (centre === bestCentre && rank > bestRank)) {
        bestCentre = centre;
        bestRank = rank;
        best = key;
      }
    });
    return best;
  };

  const shapeOf = (key: string): { x: number; y: number; r: number; square: boolean } | null => {
    fresh();
    const d = grid?.byKey.get(key);
    if (!d || !sigma.getGraph().hasNode(key)) return null;
    const shown = picture();
    const p = sigma.framedGraphToViewport(d, { matrix: shown.matrix });
    return { x: p.x, y: p.y, r: drawnRadius(sigma, d.size, shown.ratio ?? sigma.getCamera().ratio), square: d.square };
  };

  return {
    nodeAt,
    nodeNear,
    nodeUnderFinger,
    shapeOf,
    seenAt(time) {
      const k = time === null ? -1 : aimedFrame(frames, time);
      seen = k >= 0 && k < frames.length - 1 ? frames[k]! : null;
      return seen ? frames[k + 1]!.start : null;
    },
    seenPictureAt: () => seen?.at ?? null,
    dispose() {
      sigma.off('afterProcess', reindexed);
      sigma.off('beforeRender', starting);
      sigma.off('afterRender', drawn);
    },
  };
}

/**
 * Stop Sigma drawing nodes into its picking texture (a second pass over every node on every frame, and a
 * fresh canvas-sized texture each frame) once nothing reads it: node programs lose their picking program
 * and the nodes layer is no longer a picking layer. Sigma 3.0 internals; programs registered later (a change
 * of `nodeProgramClasses`, which this app never makes) would draw the picking pass again, harmlessly.
 */
export function turnOffGpuPicking(sigma: Sigma): void {
  const s = sigma as unknown as {
    nodePrograms: Record<string, { pickProgram: unknown }>;
    pickingLayers: Set<string>;
  };
  for (const program of Object.values(s.nodePrograms)) program.pickProgram = null;
  s.pickingLayers.delete('nodes');
}

/** How far (CSS px) from a finger's tap a node is still picked when the tap lands on none (a fingertip is ~10 px across). */
export const TOUCH_SLACK_PX = 11;

/** A drawn node as the pick rule sees it (`pickAt`). */
export interface PickNodes {
  /** The node drawn on top under the point, or null. */
  nodeAt(point: { x: number; y: number }): string | null;
  /** The node nearest the point within `tolerance` px (nearest first), or null; with `accept`, of the nodes it accepts only. */
  nodeNear(point: { x: number; y: number }, tolerance: number, accept?: (key: string) => boolean): string | null;
  /** Of the nodes under the point, the one whose centre is nearest to it (a finger's pick among overlapping discs), or null. */
  nodeUnderFinger(point: { x: number; y: number }): string | null;
  /**
   * Whether the node is drawn above the names: on Sigma's hover layer (the hovered node and the highlighted ones, each
   * on its card), which lies over the labels' layer. Optional: without it no node is taken as above the names.
   */
  aboveNames?(key: string): boolean;
  /** Whether the node is drawn plainly (not dimmed, not under a hover's wash). */
  plain(key: string): boolean;
  /** Whether the node is still in the drawn graph (a label of a dropped node picks nothing). */
  has(key: string): boolean;
  /**
   * Whether the node's dot is hidden under the name `label` (a node's, or a cluster's) drawn over it: less than HIDDEN_SHARE of its disc
   * (or square) shows round the name's letters and halo (graph/label-ink.ts), in the picture picked against.
   */
  hiddenUnder(key: string, label: PlacedLabel): boolean;
  /** Node `key`'s disc (or square) as drawn: centre and radius (CSS px; half the side for a square), or null when not drawn. */
  shapeOf(key: string): { x: number; y: number; r: number } | null;
  /**
   * Whether the point is on the ink (letters or halo; a cluster's colour dot) of the name `label` (a node's or a
   * cluster's) as drawn (graph/label-ink.ts), within `tip` px of it (a default of about a pixel when not given), or in a
   * gap between its letters or words no wider than 2·`gap` px (none when not given).
   */
  onInk(point: { x: number; y: number }, label: PlacedLabel, tip?: number, gap?: number): boolean;
  /**
   * Whether the point is on the text of the node name `label` as drawn, as a finger reads it: on its row of letters
   * from its first letter's ink to its last's, the gaps between letters and words included (graph/label-ink.ts
   * `withinNameText`).
   */
  onText(point: { x: number; y: number }, label: PlacedLabel): boolean;
  /**
   * Whether the node's name was drawn before the hover on screen (with nothing hovered, at the same camera): the user
   * read that disc as its author; null when not known.
   */
  namedAtRest(key: string): boolean | null;
  /**
   * What the name of `key`, drawn by a hover for a node Sigma does not draw (a neighbour the level of detail leaves
   * out: on the 30k map's overview most of a hovered author's papers and co-authors), picks: on a click or a tap,
   * that node (its card opens; the level of detail then draws it); on a pointer move, the node hovered now, so the
   * hover that drew the name, and the name, stay while the pointer is on it (Sigma can only hover a node it draws);
   * null when neither (nothing hovered by the pointer, or `key` is no node of the map). Optional: without it such
   * a name picks nothing.
   */
  undrawn?(key: string): string | null;
  /**
   * The same for the disc or square a hover draws for such a node (the hover layer, above every node Sigma draws
   * but the neighbourhood's own): what the one under `point` picks, or null when none is under it.
   */
  undrawnAt?(point: { x: number; y: number }): string | null;
}

/**
 * A dot with less than this share of its disc showing round a name drawn over it is not seen (a finger on the name
 * means the name). Xin Luo's 8 px dot under "Jialiang Wang" on the seed's phone view shows 21% below the letters and
 * is tapped as a dot; the dots under the title "FaKnow: …" that the letters hide show 0–2%.
 */
export const HIDDEN_SHARE = 0.1;

/**
 * A dot at most this radius (CSS px) under a name's letters is a target of its own on a phone: a finger on the
 * letters over it means the dot when it shows round them (the seed's Xin Luo, radius 4, under "Jialiang Wang"); a
 * bigger disc under the letters (a pile of big discs on the 30k map, radius 10+) lies under the name as its ground,
 * and the finger means the name read there.
 */
export const SMALL_DOT_PX = 6;

/**
 * A gap in a name's row of letters (between two letters, or two words) at most twice this wide (CSS px) is part of the
 * name for a mouse, over a disc showing in it: the middle of "Josef van Genabith" at the 30k map's overview fell in a
 * space between its words over Carlo Strapparava's disc. (A 12 px name's space shows ~1–3 px of bare canvas between
 * the halos.)
 */
export const NAME_GAP_PX = 2.5;

const inBox = (point: { x: number; y: number }, b: PlacedLabel['box']) => point.x >= b.x0 && point.x <= b.x1 && point.y >= b.y0 && point.y <= b.y1;

/**
 * What the canvas picks at `point` (CSS px from the canvas's top left) under the drawn `labels`: a node key, or
 * null (nothing, or a cluster's name: `clickStage` opens that). Pure; throws nothing.
 *
 * A mouse (`touch` false) picks what is drawn on top, as the pointer's tip shows it: the hovered node or a highlighted
 * one under the point (`aboveNames`: drawn on its card above the names); a drawn node name under the
 * point, on its letters or their halo (`onInk`), or over no disc (a faint one only where no node drawn plainly is under
 * the point: then that node); where a disc shows between or round a plain name's letters inside its box, that disc
 * (a tester clicked the centres of discs under "Iryna Gurevych" and "Diyi Yang" on the 3k map and got those names'
 * cards); a name put there by a
 * hover (`byHover`) where a disc is under the point only on its letters and their halo (`onInk`), and only over the
 * disc of an author whose name was not drawn before the hover (`namedAtRest` false): between its letters the disc
 * shows and wins, and a disc the user read by its name before the hover keeps the pointer that jumps onto it
 * (hovering Eduard Hovy named his co-author Dan Jurafsky over Monojit Choudhury's disc, and one jump onto that disc
 * opened Jurafsky, on the 30k map; a label-to-label sweep found Lucia Specia → François Yvon alike under "Ondřej
 * Bojar"), while on its letters over an unnamed disc the name a hover shows is clicked as any name is (the disc took
 * every point of it); a name a hover shows for a node Sigma does not draw (level of detail) is clicked the same way,
 * and on a move keeps the hover that shows it (`PickNodes.undrawn`: at the 30k map's overview a hovered author's
 * paper titles vanished under the pointer and a click there picked nothing); a cluster's name drawn
 * plainly, on its ink or over no disc (nothing: its card opens on the stage's click); a cluster's name drawn faint (a
 * chain or a selection dims the rest), on its ink over a dimmed disc (nothing: the name the user reads there, not the
 * faint disc under its faint letters; a disc drawn plainly there is the disc); the node drawn on top under the
 * point. (Method: the
 * drawing order of the canvas's layers, labels above nodes, the faint ones at 22% opacity showing the node under them.)
 *
 * A finger (`touch` true) on a node name's text (`onText`: its letters and the gaps between them and between its words)
 * means that name, over the discs under it, but for a small
 * dot (radius ≤ SMALL_DOT_PX) showing round the letters, or a node drawn above the names; elsewhere it means the dot it
 * is put on: a dot under the finger wins (of overlapping discs, the one whose centre is nearest: `nodeUnderFinger`);
 * then a dot within TOUCH_SLACK_PX of it (nearest edge first); a node's name only where no dot is under the finger or
 * within the slack. A cluster's name drawn plainly, in its box, means the cluster (null: its card opens on the stage's
 * tap, as on a click) over the dots within the slack and big discs under its letters; a dot under the finger there
 * only where it is small and shows round the letters, or off the name's ink (a click's rule; a paper square
 * also in the gaps between its letters and words: a square is its paper's only target). A tester's taps on the
 * seed (390×844): Philippe Hansen-Estruch's dot opened the card of the cluster named over it, Xin Luo's opened
 * Jialiang Wang, whose name lay over it. A cluster's name drawn faint (a chain or selection dims the rest), in its box
 * and with no node name there: a dot drawn plainly under the finger, or a dimmed one off the name's ink (it shows
 * there); then the nearest dot drawn plainly within the slack; else the cluster (a dimmed dot under the letters or
 * within the slack takes no tap from it, as none takes a click). Except a dot a name hides (a name drawn plainly, not faint, that leaves less than HIDDEN_SHARE of the dot in sight: `hiddenUnder`): a finger on that name's
 * box means the name the user reads, not a dot they cannot see (a tap on the title "FaKnow: …" of the seed's phone view,
 * Jialiang Wang selected, opened Xi Yin, whose dot its letters cover).
 */
export function pickAt(point: { x: number; y: number }, labels: readonly PlacedLabel[], nodes: PickNodes, touch: boolean): string | null {
  // a hover's name of a node Sigma does not draw: what it stands for (`PickNodes.undrawn`), null when nothing
  const undrawn = (l: PlacedLabel): string | null => (l.byHover && nodes.undrawn ? nodes.undrawn(l.key) : null);
  if (touch) {
    // the node name drawn plainly where the finger is (names never overlap): a dot it hides does not take the tap
    const name = labels.find((l) => l.kind === 'node' && !l.dim && inBox(point, l.box) && nodes.has(l.key)) ?? null;
    const seen = (key: string) => name === null || key === name.key || !nodes.hiddenUnder(key, name);
    const under = nodes.nodeUnderFinger(point);
    // a node the hover layer draws (not drawn by Sigma) over bare canvas or a washed dot: what is seen there
    const shownByHover = under === null || !nodes.plain(under) ? (nodes.undrawnAt?.(point) ?? null) : null;
    if (shownByHover !== null) return shownByHover;
    // the finger on a name's text: the name is what is seen there, drawn over the discs (a tester tapped the middle
    // of "Timothy Baldwin", drawn over a pile of big discs on the 30k map, and got Alexander Mehler, a disc of the
    // pile) — unless a node drawn above the names (the hovered one, a highlighted one) is under it, or a small dot
    // that shows round the letters (Xin Luo's under "Jialiang Wang": the finger is put on the dot). The space between
    // two words is on the text: the middle of "Jonathan Hildebrand" fell on it (bare canvas between the halos, the
    // pile's disc showing) in some placements, and a tap there opened another author (a CI run of phone-taps-30k)
    if (name !== null && nodes.onText(point, name)) {
      const top = nodes.aboveNames ? nodes.nodeAt(point) : null;
      const dot = under !== null && under !== name.key && seen(under) ? nodes.shapeOf(under) : null;
      if (!(top !== null && nodes.aboveNames!(top)) && !(dot !== null && dot.r <= SMALL_DOT_PX)) return name.key;
    }
    // a cluster's name drawn plainly, in its box: the name (null: the stage's tap opens its card), though dots lie
    // within the finger's slack of the point (they take no tap from the words drawn over them); a dot under the
    // finger only where it is small (radius ≤ SMALL_DOT_PX) and shows round the letters, or shows off the name's ink
    // (a click's rule). A tester's taps on the words of "information extraction" on the 3k map at 390×844 opened
    // authors of the pile under it (the dot nearest the finger, 6 of 7 taps), where a click there opened the cluster
    const community = labels.find((l) => l.kind === 'community' && !l.dim && inBox(point, l.box)) ?? null;
    if (community !== null) {
      const top = nodes.aboveNames ? nodes.nodeAt(point) : null;
      if (top !== null && nodes.aboveNames!(top)) return top;
      if (under === null) return null;
      // a small dot under the finger that shows round the letters is a target of its own, as under a node's name
      // (the seed's Philippe Hansen-Estruch under "media foundation models · Movie Gen"); a disc off the ink shows
      const dot = nodes.shapeOf(under);
      if (dot !== null && dot.r <= SMALL_DOT_PX && !nodes.hiddenUnder(under, community)) return under;
      // a paper square under the finger off the letters' own ink (the gaps between them included) is the paper: a
      // square is a paper's only target, and the seed's "latent diffusion models", written across its cluster's only
      // square on a 390×844 phone, took every tap on it
      if (!isAuthorKey(under) && !nodes.onInk(point, community, 0, 0)) return under;
      return nodes.onInk(point, community, 0, NAME_GAP_PX) ? null : under;
    }
    // a cluster's name drawn faint (a chain or a selection dims the rest), in its box: a dot drawn plainly (the
    // emphasis: a chain's author) under the finger; a dimmed dot under it only off the name's ink (it shows there, as
    // a click takes it); then the nearest dot drawn plainly within the finger's slack; else the cluster. A dimmed dot
    // takes no tap from the name's letters: faint letters over a faint dot, the user reads the name (a tester's taps
    // on the faint letters of two names beside a traced chain on the 3k map at 390×844 opened the dimmed authors
    // under them, about a third of the points along the names), nor from the words within the slack ("open-domain
    // question answering" opened Tiago Pimentel, 7.5 px off, 3 of 3; on the 70k map "Chinese · neural machine
    // translation" opened Johanna D. Moore, where a click opened the cluster)
    const faintCommunity = name === null ? (labels.find((l) => l.kind === 'community' && l.dim && inBox(point, l.box)) ?? null) : null;
    if (faintCommunity !== null) {
      const top = nodes.aboveNames ? nodes.nodeAt(point) : null;
      if (top !== null && nodes.aboveNames!(top)) return top;
      if (under !== null && (nodes.plain(under) || !nodes.onInk(point, faintCommunity, 0, NAME_GAP_PX))) return under;
      return nodes.nodeNear(point, TOUCH_SLACK_PX, (key) => nodes.plain(key));
    }
    if (under !== null && seen(under)) return under;
    const near = nodes.nodeNear(point, TOUCH_SLACK_PX);
    if (near !== null && seen(near)) return near;
    for (const l of labels) {
      if (l.kind !== 'node' || !inBox(point, l.box)) continue;
      if (!nodes.has(l.key)) {
        const stands = undrawn(l);
        if (stands !== null) return stands;
        continue;
      }
      return l.key;
    }
    return near;
  }
  // the hovered (or a highlighted) node is drawn on its card above every name: under the pointer it is what is seen.
  // A hover re-places the names (its neighbours' are forced), and on the seed "David Yan" went over the square of
  // the paper hovered, "Learnings from Scaling Visual Tokenizers…": the next pick took the name, the hover jumped to
  // David Yan and back, and ended with nothing hovered (3 of the seed's 9 papers never hovered)
  const top = nodes.aboveNames ? nodes.nodeAt(point) : null;
  if (top !== null && nodes.aboveNames!(top)) return top;
  for (const l of labels) {
    if (l.kind !== 'node' || !inBox(point, l.box)) continue;
    const drawn = nodes.has(l.key);
    const stands = drawn ? l.key : undrawn(l);
    if (stands === null) continue;
    const under = nodes.nodeAt(point);
    if (under !== null && under !== l.key && under !== stands) {
      // a hover's name: off its letters, or over a disc named before the hover; a faint name: a disc drawn plainly
      // under it, anywhere; a name drawn plainly: off its letters and halo, where the disc shows between and round them
      if (l.byHover ? !nodes.onInk(point, l) || nodes.namedAtRest(under) !== false : l.dim ? nodes.plain(under) : !nodes.onInk(point, l, 0, NAME_GAP_PX)) return under;
    }
    return stands;
  }
  // a cluster's name drawn plainly: on its letters (and halo, and colour dot) the name (its card opens on the stage's
  // click); a disc showing between its letters is the disc. (For names drawn plainly the ink is taken at the pointer's
  // own spot, no pixel of slack: a disc's centre a pixel below the halo of "Roberto Navigli" opened Roberto Navigli;
  // but the gaps between its letters and words are the name's: NAME_GAP_PX.)
  for (const l of labels) if (l.kind === 'community' && !l.dim && inBox(point, l.box) && (nodes.nodeAt(point) === null || nodes.onInk(point, l, 0, NAME_GAP_PX))) return null;
  // a disc the hover layer draws for a node Sigma does not draw lies above the washed discs, under the neighbourhood's
  const under = nodes.nodeAt(point);
  const shownByHover = under === null || !nodes.plain(under) ? (nodes.undrawnAt?.(point) ?? null) : null;
  if (shownByHover !== null) return shownByHover;
  // a cluster's name drawn faint (a chain or a selection dims the rest): on its ink a dimmed disc takes no click (faint
  // letters over a faint disc: the user reads the name, and the cluster opens, as on a finger's tap); a disc drawn
  // plainly there, or a dimmed one off the ink (showing between or round the letters), is the disc
  if (under !== null && !nodes.plain(under)) {
    for (const l of labels) if (l.kind === 'community' && l.dim && inBox(point, l.box) && nodes.onInk(point, l, 0, NAME_GAP_PX)) return null;
  }
  return under;
}
