/**
 * One label placement for the canvas: author (and paper) names and community labels together, in
 * priority order, none over another, none cut by the screen's edges.
 *
 * Priority: the selected node (always named) and the focal author first; then the nodes the emphasis
 * forces a label on (a selection's neighbourhood, a traced chain), authors before papers, biggest first, trying the
 * four corners too; then the five biggest authors on screen (on a small map, SMALL_MAP_NODES drawn nodes or fewer,
 * every author); then the community labels (largest
 * community first, while zoomed out); then every other labelled node, biggest (most papers) first.
 * A candidate takes the first free spot among a few around its anchor (a node label: right of the disc,
 * else left, above, below; a community label: above its authors, else on them, else below, slid inside
 * the screen) and is left out when none is free, so free space is used and nothing collides. While a node is
 * hovered, it and the selected node keep the spot their name had in the placement before (`LabelInput.previous`):
 * a hover or a click on a drawn name never moves it from under the pointer. With nothing hovered the placement
 * reads nothing of the placements before it: the same view (data, camera, selection, canvas size) names the
 * same people at the same spots, however the page got there (a hover on the way, the camera's frames, a refill).
 *
 * A drawn name picks its node on its letters and halo; a disc showing between or round them under the name's box picks
 * the disc (graph/pick.ts `pickAt`).
 *
 * What is labelled is what a pointer picks there (issue 11): a node label is given only to a node whose
 * centre is drawn on top (no disc drawn above it covers its centre), so a click or hover on a labelled
 * disc's centre reaches that node. Sigma draws by zIndex, then graph order: so does the cover test.
 *
 * Pure geometry over Sigma's display data (`sigma.getNodeDisplayData`), plus the nodes a big graph's hover
 * draws on its own layer (`extra`: the hovered neighbourhood, named first, the rest faint), and a
 * `measure(text, font)` for text widths: the canvas layer (controllers/LabelsController.tsx), the PNG and
 * the SVG export use it. Nothing else places labels on the canvas.
 */
import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { COMMUNITY_LABEL_DISTINCT_MAX_CHARS } from '../../core/analyse/terms/label';
import { communityName } from '../format';
import { isSquareType } from './node-types';
import { drawnRadius } from './drawn-size';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  kind: 'node' | 'community';
  /** Node key ("a12", "p3") or community id as text. */
  key: string;
  text: string;
  /** The label's box in viewport pixels (text and halo). */
  box: Box;
  /** Where the text is drawn: anchor point (baseline middle) and alignment. */
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  /** Node labels: the node's centre and drawn radius (viewport pixels); bold for the focal and selected. */
  /** (`paper`: a paper's square, its title drawn in italic: `nodeLabelFont`.) */
  node?: { x: number; y: number; r: number; focal: boolean; strong: boolean; paper?: boolean };
  /** Community labels: where the colour dot goes. */
  dotX?: number;
  /** Drawn faint: something else is emphasised (a hover on a big graph washes the rest out). */
  dim?: boolean;
  /**
   * Drawn where it is only because of a hover (a placement with `LabelInput.extra`): a node's name that was not drawn
   * at this spot before the hover (`LabelInput.rest`; without it, every name of the hovered neighbourhood but the
   * hovered node's), the selected node's excepted. The pointer leaving the hovered node is aimed at the map as the
   * user read it before, so a disc under such a name wins over it (graph/pick.ts `pickAt`).
   */
  byHover?: boolean;
}

/** Zoomed in closer than this camera ratio, node labels take over and community labels go. */
export const COMMUNITY_LABEL_MAX_ZOOM = 0.2;
export const COMMUNITY_FONT_SIZE = 13;
const COMMUNITY_MIN_SIZE = 3;
/**
 * A community is labelled once its authors spread over this many pixels on screen (zooming in reveals smaller ones);
 * at 50 px no cluster of the 30k map was named at overview, where its clusters are 30-80 px blobs. On a small
 * screen the whole map is smaller: there (a canvas under SMALL_SCREEN_PX on its shorter side) the threshold is this share of it, down to
 * COMMUNITY_MIN_EXTENT_SMALL_PX (a 390 px phone showed the 30k map's biggest clusters at 17-22 px, and no name).
 */
const COMMUNITY_MIN_EXTENT_PX = 30;
const COMMUNITY_MIN_EXTENT_SHARE = 0.034;
const SMALL_SCREEN_PX = 800;
const COMMUNITY_MIN_EXTENT_SMALL_PX = 12;
/** This many of the biggest (most prolific) authors on screen are named before any community label. */
const PROLIFIC_FIRST = 5;
/**
 * With nothing emphasised on a map of more than SMALL_MAP_NODES drawn nodes, this share of the label budget (at least
 * PROLIFIC_FIRST) goes to the most prolific authors on screen before the cluster names, each trying its disc's four
 * corners as well as its sides: a researcher opening a field's map looks for its best-known authors first (VOSviewer
 * labels the biggest nodes first). With five, the 70k map's 14 cluster names took the middle of a desktop's overview
 * and its prolific authors' sides all lay over a neighbour's middle: the names drawn were small authors at the round
 * map's rim (David M. W. Powers, 8 papers; Rou Song, 7), none of the 25 most prolific.
 */
const PROLIFIC_SHARE = 0.4;
/**
 * In a crowded view (not `ROOMY_PX2_PER_DISC`) of a map of more than SMALL_MAP_NODES drawn nodes, with nothing
 * emphasised, only the most prolific authors on screen are named, this many per label of the budget (most papers
 * first), each trying its disc's corners too: where the biggest found no room, the names went to the one free ring
 * of space, the round map's rim, and a phone's overview of the 70k map named its smallest authors there (Rou Song,
 * 7 papers; Y. Wilks, 10) while the prolific ones in the middle went unnamed. Such a name reads as one of the
 * field's best-known; zoomed in, the lesser authors become the most prolific on screen and are named. (4 left the
 * 30k desktop overview 21 names, 6 left 23: names-off-discs wants 25 to read the map; 8 gives them, and the 70k
 * overview's names stay mostly the most prolific: prolific-named.)
 */
const PROMINENT_PER_LABEL = 8;
/**
 * A selected author's co-authors (strongest link first) named wherever there is room, before the rest; where no spot
 * beside their disc is clear of the author's paper squares, over those squares (never over another plainly drawn disc
 * or its middle, nor over a name). Over the squares it was the strongest three only: Iryna Gurevych's fourth (Steffen
 * Eger, 15 papers together, first in her card's list) stayed unnamed in her crowd of squares on the 30k map while
 * weaker co-authors at its rim were named (closest-named-30k).
 */
const CLOSEST_NAMED = 8;
/**
 * A canvas narrower than this (CSS px) is a phone's: there the strongest co-authors' names may also start at their
 * own disc's rim over a neighbour's middle (`placeLabels`), where no other spot is free.
 */
const PHONE_CANVAS_PX = 480;
/**
 * Least drawn radius (px) of a disc whose middle a closest co-author's name keeps off, and in a crowded view (not
 * `ROOMY_PX2_PER_DISC`) any name that nothing forces (`placeLabels`).
 */
export const CENTRE_MIN_R = 6;
/** Half the side (px) of the middle of a disc that such a name keeps off (a smaller disc's: its radius). */
export const CENTRE_PX = 3;
/**
 * A view with at least this much of the canvas (px²) per disc drawn on it leaves room round its discs: there a name
 * keeps off the middles of the small discs (under `CENTRE_MIN_R`) and of the paper squares too. The seed has 2,700
 * px² per disc on a 390x844 phone and 8,800 on a 1440x900 desktop; the 3k and 30k maps' overviews 190–640, zoomed to
 * a quarter 360–1,800.
 */
export const ROOMY_PX2_PER_DISC = 2000;
/**
 * How much wider (a share of the regular width) a name set in bold may be, at most: a name that nothing forces keeps
 * off the discs' middles in bold too (`placeLabels`), and only a spot within this of a middle has its bold width
 * measured.
 */
const BOLD_ROOM = 0.2;
/** `b` widened by `extra` px on the side its text grows to (`align`: left-aligned text grows right; centred, both ways). */
const widened = (b: Box, align: 'left' | 'right' | 'center', extra: number): Box =>
  align === 'left' ? { ...b, x1: b.x1 + extra } : align === 'right' ? { ...b, x0: b.x0 - extra } : { ...b, x0: b.x0 - extra / 2, x1: b.x1 + extra / 2 };
/**
 * A name moved off its disc (a row lifted above or below it) is moved at most this many lines, and only where it still
 * reads as its disc's (`placeLabels` `attached`): on the seed's desktop paper view "David Yan", lifted two lines, sat
 * under Philippe Hansen-Estruch's dot, and a reader took it for his.
 */
const LIFT_MAX_LINES = 1;
/**
 * A name moved off its disc reads as its disc's where every other author disc is at least this much further (px) from
 * the name's box than its own disc is (rim to box), and none lies on the way from its disc to the box.
 */
const ATTACH_MARGIN_PX = 1;
/**
 * The selected node's name may go up to this many lines above or below it where every nearer spot leaves one of the
 * forced authors (a selected paper's) no spot of their own (`placeLabels` `roomAfter`).
 */
const FURTHER_LINES = 5;
/** Drawn nodes up to which every node is labelled where there is room, whatever its drawn size (`minRadius` ignored). */
const SMALL_MAP_NODES = 60;
/** At most this many community labels at once: beyond that they hide the graph they describe. */
const COMMUNITY_MAX_LABELS = 14;
/**
 * On a small screen (a canvas under SMALL_SCREEN_PX on its shorter side) at most one community label per this much
 * of the canvas's area (px²), and at least COMMUNITY_MIN_LABELS_SMALL: a 390 px phone's overview of the 30k map had
 * five, written across most of its clusters (testers); now three (the largest communities). A map of a few
 * communities (no more than COMMUNITY_MAX_LABELS, all of which a desktop names) names the others too where the label
 * hides no node at all (a spot clear of every disc and square): the seed's fourth, "latent diffusion models" (7
 * authors), went unnamed on a 390×844 phone with empty room above its cluster. A map of hundreds keeps to its largest
 * three: one in any empty spot among them read as a fourth sample, not as the map's parts.
 */
const COMMUNITY_AREA_PER_LABEL_SMALL = 90_000;
const COMMUNITY_MIN_LABELS_SMALL = 2;
/**
 * A cluster's name that finds no spot over no node above, on or below its authors tries this many rows across them
 * (at most; half a line apart), each slid as the others are (`placeLabels`).
 */
const COMMUNITY_ROWS_ACROSS = 24;
/** The build keeps labels within this (longer only where a term tells two communities apart): shown whole. */
const COMMUNITY_MAX_CHARS = COMMUNITY_LABEL_DISTINCT_MAX_CHARS;
const MAX_NODE_LABEL = 60;
/** Gap kept between two labels, and between a label and the screen's edge (px). */
const GAP = 3;
const EDGE = 4;
/**
 * A community label keeps this far from the canvas's left and right edges (where it fits): at EDGE the seed's
 * "media foundation models · movie gen" ran to 7 px from a 390 px phone's edge and read as a name cut off there
 * (a tester). Narrower canvases keep it centred, down to EDGE.
 */
const COMMUNITY_EDGE = 14;
/**
 * Two community labels on one line keep at least this far apart (px, about two of the names' " · " separators): at
 * GAP, the whole Anthology's overview read "statistical machine translation · German ● machine translation" as one
 * name, 6 px between the two (real users). One above the other, GAP is enough: a line apart reads as two names.
 */
export const COMMUNITY_LABEL_GAP_X = 24;
/** Screen area per label at most (px²): a 1440x900 view shows up to about 110 names. */
const AREA_PER_LABEL = 11_500;
/** Candidates looked at per frame at most (the rest are smaller than those that found no room). */
const MAX_CANDIDATES = 1500;

export const communityLabelFont = (font: string): string => `650 ${COMMUNITY_FONT_SIZE}px ${font}`;
/**
 * The canvas font of a node's label: `weight` (bold when `strong`: the selected, hovered or focal node), `size` px,
 * the family list `font`; a paper's title (`paper`) in italic, as no author's name is: on a venue's map the titles and
 * the names beside them read alike (a tester). Pure.
 */
export const nodeLabelFont = (font: string, size: number, strong: boolean, weight = '500', paper = false): string => `${paper ? 'italic ' : ''}${strong ? '700' : weight} ${size}px ${font}`;

/** A node label longer than 60 characters ends in "…" (paper titles); names are shorter. */
export const clipNodeLabel = (text: string): string => (text.length > MAX_NODE_LABEL ? `${text.slice(0, MAX_NODE_LABEL - 1).trimEnd()}…` : text);

/** Too long a community label loses whole terms from its end (" · " separated), never part of a word, never ends in "…". */
export function clipCommunityLabel(text: string): string {
  const parts = text.split(' · ');
  while (parts.length > 1 && parts.join(' · ').length > COMMUNITY_MAX_CHARS) parts.pop();
  return parts.join(' · ');
}

// where each community's authors are (its label's place): one owner, shared with the build's preview file
export { communityExtents } from '../../core/bundle/preview';

/** Side of Occupancy's grid cells (px). */
const OCCUPANCY_CELL = 64;

/**
 * Boxes already taken, looked up through a coarse grid (a frame places ~100 labels among ~1,000 candidates, and
 * every drawn disc is one). Plain loops over the cells a box touches, no object made per query: this is the
 * placement's inner loop (CPU profile of a click on the 3k map: the grid's cell generator and its box per query
 * were a quarter of the placement's self time).
 */
export class Occupancy {
  private readonly cells = new Map<number, Box[]>();
  readonly boxes: Box[] = [];

  /**
   * Whether `b` (grown by `gap` pixels on each side; negative: shrunk) overlaps a taken box other than `except` (the
   * very box object added: a label's own node's disc, which a spot beside it may graze).
   */
  collides(b: Box, gap = GAP, except: Box | null = null): boolean {
    const x0 = b.x0 - gap;
    const y0 = b.y0 - gap;
    const x1 = b.x1 + gap;
    const y1 = b.y1 + gap;
    const i1 = Math.floor(x1 / OCCUPANCY_CELL);
    const j0 = Math.floor(y0 / OCCUPANCY_CELL);
    const j1 = Math.floor(y1 / OCCUPANCY_CELL);
    for (let i = Math.floor(x0 / OCCUPANCY_CELL); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(i * 100_003 + j);
        if (list === undefined) continue;
        for (let k = 0; k < list.length; k++) {
          const o = list[k]!;
          if (o !== except && o.x0 < x1 && x0 < o.x1 && o.y0 < y1 && y0 < o.y1) return true;
        }
      }
    }
    return false;
  }

  add(b: Box): void {
    this.boxes.push(b);
    const i1 = Math.floor(b.x1 / OCCUPANCY_CELL);
    const j0 = Math.floor(b.y0 / OCCUPANCY_CELL);
    const j1 = Math.floor(b.y1 / OCCUPANCY_CELL);
    for (let i = Math.floor(b.x0 / OCCUPANCY_CELL); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = i * 100_003 + j;
        const list = this.cells.get(k);
        if (list === undefined) this.cells.set(k, [b]);
        else list.push(b);
      }
    }
  }
}

/** Whether the two boxes overlap (touching edges do not). */
export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** From the rim of the disc (x, y, r) to the nearest point of box `b` (px; negative where the box lies over the disc). */
const rimGap = (m: { x: number; y: number; r: number }, b: Box): number => Math.hypot(Math.max(b.x0 - m.x, 0, m.x - b.x1), Math.max(b.y0 - m.y, 0, m.y - b.y1)) - m.r;

/** Distance (px) from the centre of `m` to the segment from (x0, y0) to (x1, y1). */
function segmentGap(m: { x: number; y: number }, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((m.x - x0) * dx + (m.y - y0) * dy) / len2));
  return Math.hypot(m.x - (x0 + t * dx), m.y - (y0 + t * dy));
}

/** A node drawn on screen, as the placement sees it (viewport pixels). */
export interface LabelNode {
  key: string;
  x: number;
  y: number;
  r: number;
  label: string | null;
  /** Must be named when there is room (a neighbourhood's forced labels). */
  force: boolean;
  focal: boolean;
  square: boolean;
}

/** A drawn node with its place in Sigma's drawing order. */
export interface Drawn extends LabelNode {
  /** Position in Sigma's drawing order (higher: drawn later, on top). */
  rank: number;
}

/**
 * The nodes Sigma draws inside the screen (with a margin), with their rank in its drawing order: by
 * zIndex, then graph order (Sigma's own stable sort when `zIndex` is on).
 */
function drawnNodes(sigma: Sigma, width: number, height: number): Drawn[] {
  const graph = sigma.getGraph();
  const zOn = sigma.getSetting('zIndex');
  const all: (Drawn & { z: number; order: number })[] = [];
  let order = 0;
  // Sigma 3.0's display data as it keeps it (`getNodeDisplayData` copies each node's: ~1,500 objects a placement)
  const cache = (sigma as unknown as { nodeDataCache?: Record<string, NodeDisplayData> }).nodeDataCache;
  graph.forEachNode((key, attrs) => {
    order++;
    const d = cache ? cache[key] : sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = drawnRadius(sigma, d.size);
    if (p.x < -r - 200 || p.y < -r - 20 || p.x > width + r + 20 || p.y > height + r + 20) return;
    all.push({
      key,
      x: p.x,
      y: p.y,
      r,
      label: typeof d.label === 'string' && d.label ? d.label : null,
      rank: 0,
      force: d.forceLabel === true,
      focal: attrs.focal === true,
      square: isSquareType(d.type),
      z: zOn ? (d.zIndex ?? 0) : 0,
      order,
    });
  });
  const byDrawing = [...all].sort((a, b) => a.z - b.z || a.order - b.order);
  byDrawing.forEach((n, i) => (n.rank = i));
  return all;
}

/** Smallest radius class of `coveredCentres` (px): class k holds the nodes of radius up to this × 2^k. */
const COVER_CLASS_PX = 8;

/**
 * For each drawn node (viewport pixels, `rank` = place in Sigma's drawing order): is its centre under a disc (or
 * square) drawn after it? Returns the keys of the covered nodes that have a label. The nodes are kept in one grid
 * per size class (radius up to 8, 16, 32… px), each with cells as wide as its largest radius, so a centre is
 * looked up in the 3×3 cells around it in each grid: a disc that covers it has its own centre there. One grid
 * with cells as wide as the largest disc put every node of a zoomed-in view in a few cells (a click's placement
 * on the 3k map: 27–50 ms in this function, most of the placement; CPU profile at load 12).
 */
export function coveredCentres(nodes: readonly Drawn[]): Set<string> {
  const grids: { cell: number; cells: Map<number, Drawn[]> }[] = [];
  for (const o of nodes) {
    let k = o.r <= COVER_CLASS_PX ? 0 : Math.ceil(Math.log2(o.r / COVER_CLASS_PX));
    while (COVER_CLASS_PX * 2 ** k < o.r) k++;
    let grid = grids[k];
    if (grid === undefined) grids[k] = grid = { cell: COVER_CLASS_PX * 2 ** k, cells: new Map() };
    const key = Math.floor(o.x / grid.cell) * 100_003 + Math.floor(o.y / grid.cell);
    const list = grid.cells.get(key);
    if (list === undefined) grid.cells.set(key, [o]);
    else list.push(o);
  }
  const used = grids.filter((g) => g !== undefined);
  const covered = new Set<string>();
  for (const n of nodes) {
    if (!n.label) continue;
    search: for (const { cell, cells } of used) {
      const ci = Math.floor(n.x / cell);
      const cj = Math.floor(n.y / cell);
      for (let i = ci - 1; i <= ci + 1; i++) {
        for (let j = cj - 1; j <= cj + 1; j++) {
          const list = cells.get(i * 100_003 + j);
          if (list === undefined) continue;
          for (const o of list) {
            if (o.rank <= n.rank) continue;
            const dx = Math.abs(o.x - n.x);
            const dy = Math.abs(o.y - n.y);
            const inside = o.square ? dx < o.r && dy < o.r : dx * dx + dy * dy < o.r * o.r;
            if (inside) {
              covered.add(n.key);
              break search;
            }
          }
        }
      }
    }
  }
  return covered;
}

/**
 * Whether the whole disc (or square) of `n` lies under one node drawn after it (`rank`) among `nodes` (viewport
 * pixels): nothing of it shows. A node whose centre is covered by a smaller disc still shows its rim. Linear in
 * `nodes`; throws nothing.
 */
export function hiddenWhole(n: Drawn, nodes: readonly Drawn[]): boolean {
  for (const o of nodes) {
    if (o.rank <= n.rank || o.r < n.r) continue;
    const dx = Math.abs(o.x - n.x);
    const dy = Math.abs(o.y - n.y);
    if (o.square ? dx + n.r <= o.r && dy + n.r <= o.r : Math.hypot(dx, dy) + n.r <= o.r) return true;
  }
  return false;
}

export interface LabelInput {
  /**
   * The communities (index = id; numbered by size, largest first) with their size and label: the bundle's, or a
   * preview file's before the bundle is there; null: no community labels.
   */
  communities: readonly { readonly size: number; readonly label: string }[] | null;
  /** From `communityExtents`; null: no community labels. */
  extents: Float64Array | null;
  /** Node keys put first: the selected and the hovered node (in that order; null where none). */
  first: (string | null)[];
  font: string;
  labelSize: number;
  labelWeight?: string;
  /** Least drawn radius (px) for a node to get a label when nothing forces one. */
  minRadius: number;
  /** Parts of the canvas covered by the page (details panel, legend, zoom buttons), viewport pixels: no label goes there. */
  obstacles?: Box[];
  /**
   * Nodes drawn above everything Sigma draws, in this order (the last on top): a hovered neighbourhood on a big
   * graph, drawn on a 2D layer (graph/hover-neighbourhood.ts). They replace Sigma's own entries of the same key.
   */
  extra?: LabelNode[];
  /** While set, the labels of other nodes, the community labels and the focal ring are drawn faint (`dim`). */
  emphasised?: ReadonlySet<string> | null;
  /** The community labels drawn faint: the map dims all but a selection or a traced chain. */
  dimCommunities?: boolean;
  /**
   * Names placed first among those nothing forces, in this order (rank from 0): a selected author's co-authors, most
   * papers together first (graph/emphasis.ts `coauthors`). While the map dims the rest they, and the faint names, take
   * only a spot that hides no paper square and no plainly drawn disc. Absent: by size alone.
   */
  priority?: ReadonlyMap<string, number> | null;
  /**
   * The people the open card names as its own (a selected paper's authors, a selected author, a pair's two, a traced
   * chain's or another feature's emphasised authors, the ego view's named co-authors): a name of theirs that finds no
   * spot that reads as its disc's (`LIFT_MAX_LINES`) is still placed as before rather than left out. Absent: every
   * forced name counts so.
   */
  own?: ReadonlySet<string> | null;
  /**
   * The node labels drawn before this placement (the canvas's last: `labelsOnScreen()`), read only while a node is
   * hovered (`first[1]`; with nothing hovered the placement is the view's alone): a node of `first` (the
   * selected and the hovered node) whose name is among them keeps its spot, the same side of its disc
   * (`labelSide`), where that spot is still free. A hover re-places the labels, and the hovered name went to the
   * right of its disc whatever side it was drawn on: "Pushpak Bhattacharyya", drawn left of his disc, jumped to
   * its right as the pointer reached it, and a click where the name had been hit nothing (13 of 39 names tested
   * on the 30k map).
   */
  previous?: readonly PlacedLabel[];
  /**
   * With `extra` (a hover): the labels drawn with nothing hovered at the same camera and graph, if known; which names
   * the hover put where they are (`PlacedLabel.byHover`).
   */
  rest?: readonly PlacedLabel[] | null;
}

/**
 * The spot of a placed node label around its disc, as an index of `placeLabels`'s options: 0 right of the disc
 * (text aligned left), 1 left of it, 2 above, 3 below, then the four corners (4 right-above, 5 right-below,
 * 6 left-above, 7 left-below). Null for a community label (no disc). `label.node` is the disc it was placed
 * beside; the label's own `y` against the disc's centre tells the rows apart.
 */
export function labelSide(label: PlacedLabel): number | null {
  const n = label.node;
  if (label.kind !== 'node' || !n) return null;
  const dy = label.y - n.y;
  const row = Math.abs(dy) < 0.5 ? 0 : dy < 0 ? -1 : 1;
  if (label.align === 'center') return row < 0 ? 2 : 3;
  if (row === 0) return label.align === 'left' ? 0 : 1;
  return label.align === 'left' ? (row < 0 ? 4 : 5) : row < 0 ? 6 : 7;
}

/** A ring around the focal author (viewport pixels), drawn whether or not its name found room. */
export interface Ring {
  x: number;
  y: number;
  r: number;
  dim?: boolean;
  /** The ringed node's key. */
  key?: string;
}

export interface Placement {
  /** In the order they were placed (priority order). */
  labels: PlacedLabel[];
  rings: Ring[];
}

/**
 * Place the labels of what `sigma` draws now (after its last render). `measure(text, font)` gives a
 * text's width in pixels.
 */
export function placeLabels(sigma: Sigma, input: LabelInput, measure: (text: string, font: string) => number): Placement {
  const { width, height } = sigma.getDimensions();
  const { labelSize, font } = input;
  const lineH = labelSize + 4;
  let nodes = drawnNodes(sigma, width, height);
  if (input.extra?.length) {
    const replaced = new Set(input.extra.map((n) => n.key));
    nodes = nodes.filter((n) => !replaced.has(n.key));
    let top = nodes.length;
    for (const n of input.extra) nodes.push({ ...n, rank: top++ });
  }
  const covered = coveredCentres(nodes);
  // every drawn disc, so a label prefers a spot that hides no node (the seed's "David Yan" was written over a
  // co-author's dot); a soft rule: where every spot covers some node (a dense cluster), the label still goes
  const discs = new Occupancy();
  // and the forced nodes' discs apart (a selection's neighbourhood, a chain), when there are any
  let forcedDiscs: Occupancy | null = null;
  const forcedCentres: { x: number; y: number }[] = [];
  // each on-screen node's disc box, the one object added to `discs`, `forcedDiscs` and `shown`: a name's own disc is
  // not a disc it hides (a corner spot beside a chain author's disc grazes its box; counted, every spot of Logan
  // Lebanoff's hid a chain disc, his name took the spot over Fei Liu's disc and Fei Liu went unnamed: 30k map, phone)
  const ownDisc = new Map<string, Box>();
  // the middles of the discs drawn plainly while the map dims the rest (the emphasis and the co-authors), big enough to
  // be told apart (`CENTRE_MIN_R`): a closest co-author's name, where every spot hides some disc, takes one over no
  // other such disc's middle, so that it reads as its own disc's name (a dimmed disc under a plain name does not)
  const centres = new Occupancy();
  const ownCentre = new Map<string, Box>();
  for (const n of nodes) {
    if (n.x < -n.r || n.y < -n.r || n.x > width + n.r || n.y > height + n.r) continue;
    const box = { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r };
    ownDisc.set(n.key, box);
    discs.add(box);
    if (!n.square && n.r >= CENTRE_MIN_R && (input.emphasised?.has(n.key) || input.priority?.has(n.key))) {
      const c = { x0: n.x - CENTRE_PX, y0: n.y - CENTRE_PX, x1: n.x + CENTRE_PX, y1: n.y + CENTRE_PX };
      ownCentre.set(n.key, c);
      centres.add(c);
    }
    if (n.force) {
      (forcedDiscs ??= new Occupancy()).add(box);
      forcedCentres.push({ x: n.x, y: n.y });
    }
  }
  // the middles of the nodes drawn plainly (all of them while nothing is dimmed) whose centre shows (no disc drawn
  // above covers it), on screen: a name that nothing forces takes no spot over one (`placeNode`), as a closest
  // co-author's name keeps off the plainly drawn discs' middles. The soft rule above (a spot that hides no disc, else
  // the first free one) wrote names across a neighbour's middle where every side was taken: the seed on a phone had
  // "Yaqiao Luo" over Yen-Cheng Liu's disc (her right side taken by the cluster name "latent diffusion models", her
  // left the first free spot) and "Ji Hou" over Felix Juefei-Xu's (his right side off the canvas, left and below taken
  // by names); such a name reads as that disc's. Which nodes count: where the view leaves room round its discs
  // (`ROOMY_PX2_PER_DISC`: the seed at any size) every disc and paper square; in a crowd (a big map's overview, where
  // every spot lies over some small dot: the 3k map's overview kept 6 names of 46) the discs of `CENTRE_MIN_R` and more
  const inScreen = nodes.filter((n) => n.x >= 0 && n.y >= 0 && n.x <= width && n.y <= height);
  const roomy = width * height >= ROOMY_PX2_PER_DISC * inScreen.filter((n) => !n.square).length;
  const middles = new Occupancy();
  const ownMiddle = new Map<string, Box>();
  for (const n of inScreen) {
    if (covered.has(n.key) || (!roomy && (n.square || n.r < CENTRE_MIN_R))) continue;
    if (input.emphasised && !input.emphasised.has(n.key) && !input.priority?.has(n.key)) continue;
    const m = Math.min(CENTRE_PX, n.r);
    const c = { x0: n.x - m, y0: n.y - m, x1: n.x + m, y1: n.y + m };
    ownMiddle.set(n.key, c);
    middles.add(c);
  }
  // the discs a label should hide least of all, where every free spot hides some disc (a dense cluster): the paper
  // squares (4.5 px: a name over one hid it whole, and a click on the square opened the name's author: the seed's
  // "David Yan" over p0, the 30k map's faint "Filip Ginter" over a paper of the selected Ondřej Bojar) and the nodes
  // drawn plainly while the rest is dimmed (`input.emphasised`); a community label keeps off them too (the seed's
  // "diffusion transformer" was written over p6)
  const shown = new Occupancy();
  // …and of those, the discs alone (not the paper squares): the strongest co-authors' names may lie over squares
  const shownDiscs = new Occupancy();
  // …and of those, the ones drawn plainly (the emphasis's paper squares and discs, not the dimmed papers): a name drawn
  // plainly that only `shown` keeps off takes a spot over dimmed squares alone, rather than go unnamed and leave its
  // room to a faint name (3k map, Iryna Gurevych's card: every spot round Ivan Vulić's disc lay over one of his own
  // dimmed papers, his name went, and the faint "Anna Korhonen" was written beside his disc)
  const shownPlain = new Occupancy();
  for (const n of nodes) {
    // (a selected author's co-authors, drawn plainly too, are not among them: the selected name then took another side
    // on a second click than on the first, 3k map's Yue Zhang, and their names may cover one another's discs as any)
    if (!n.square && (!input.emphasised?.has(n.key) || input.priority?.has(n.key))) continue;
    const box = ownDisc.get(n.key);
    if (box) shown.add(box);
    if (box && !n.square) shownDiscs.add(box);
    if (box && (!input.emphasised || input.emphasised.has(n.key))) shownPlain.add(box);
  }
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const occupied = new Occupancy();
  for (const b of input.obstacles ?? []) occupied.add(b);
  // the texts placed and the page's obstacles, without the labelled discs: a forced name (a chain's author) yields
  // only to these over the middle of its disc, not to a bigger chain author's disc it overlaps (Logan Lebanoff's
  // disc, 9 px from Fei Liu's centre, found Fei Liu's disc there and went unnamed: 30k map)
  const texts = new Occupancy();
  for (const b of input.obstacles ?? []) texts.add(b);
  const out: PlacedLabel[] = [];
  const budget = Math.max(8, Math.round((width * height) / AREA_PER_LABEL));
  const inside = (b: Box) => b.x0 >= EDGE && b.y0 >= EDGE && b.x1 <= width - EDGE && b.y1 <= height - EDGE;
  const firstKeys = new Set(input.first.filter((k): k is string => k !== null));
  /** The hovered node (`input.first[1]`), if any. */
  const hoveredKey = input.first[1] ?? null;
  // where the selected and the hovered node were named before (`input.previous`): the side of the disc, and the
  // text's anchor against the disc's centre with the disc's radius then. Only while a node is hovered (the pointer
  // rests on the map): a placement with nothing hovered is made afresh. Kept then too, the selected name's spot
  // came from whatever placement came before it: after a hover on the way (the pointer crossing Tobias Falke's
  // disc on its way to the card, then leaving the map), Iryna Gurevych's name, selected on the 30k map, sat left of
  // her disc instead of right of it, and Ivan Habernal, Margot Mieskes and Giulia Dore's names gave way to Steffen
  // Eger, Robert West and Ulrike Padó's: the same link named other people (a tester opening it twice)
  const kept = new Map<string, { side: number; dx: number; dy: number; r: number; align: PlacedLabel['align'] }>();
  for (const l of hoveredKey === null ? [] : (input.previous ?? [])) {
    if (!firstKeys.has(l.key) || !l.node) continue;
    const side = labelSide(l);
    if (side !== null) kept.set(l.key, { side, dx: l.x - l.node.x, dy: l.y - l.node.y, r: l.node.r, align: l.align });
  }

  // the nodes named so far
  const placedKeys = new Set<string>();
  // the author discs on screen by cell (of their centres), for `attached`
  const authorCells = new Map<number, Drawn[]>();
  let maxAuthorR = 0;
  for (const m of nodes) {
    if (m.square || m.x < -m.r || m.y < -m.r || m.x > width + m.r || m.y > height + m.r) continue;
    const k = Math.floor(m.x / OCCUPANCY_CELL) * 100_003 + Math.floor(m.y / OCCUPANCY_CELL);
    const list = authorCells.get(k);
    if (list === undefined) authorCells.set(k, [m]);
    else list.push(m);
    maxAuthorR = Math.max(maxAuthorR, m.r);
  }
  /**
   * Whether a name of `n` in box `b` reads as `n`'s: `n`'s disc is the nearest author disc to the box (rim to box, by
   * ATTACH_MARGIN_PX), and no other author disc lies on the way from its centre to the box.
   */
  const attached = (n: Drawn, b: Box): boolean => {
    const mine = rimGap(n, b);
    const reach = Math.max(0, mine) + ATTACH_MARGIN_PX + maxAuthorR;
    const qx = Math.min(b.x1, Math.max(b.x0, n.x));
    const qy = Math.min(b.y1, Math.max(b.y0, n.y));
    const i1 = Math.floor((Math.max(b.x1, n.x) + reach) / OCCUPANCY_CELL);
    const j0 = Math.floor((Math.min(b.y0, n.y) - reach) / OCCUPANCY_CELL);
    const j1 = Math.floor((Math.max(b.y1, n.y) + reach) / OCCUPANCY_CELL);
    for (let i = Math.floor((Math.min(b.x0, n.x) - reach) / OCCUPANCY_CELL); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        for (const m of authorCells.get(i * 100_003 + j) ?? []) {
          if (m.key === n.key) continue;
          if (rimGap(m, b) < mine + ATTACH_MARGIN_PX || segmentGap(m, n.x, n.y, qx, qy) < m.r) return false;
        }
      }
    }
    return true;
  };
  /**
   * For the name of `sel` (the selected node, or a forced author named before the others): whether a spot `b` for it
   * leaves each forced author not named yet (drawn, with a name) that has a free spot of its own now (beside its disc,
   * or lifted as `attached` allows) one still, with `sel`'s disc taken.
   */
  const roomAfter = (sel: Drawn): ((b: Box) => boolean) => {
    const seen = (m: Drawn) => m.x >= 0 && m.y >= 0 && m.x <= width && m.y <= height && (!covered.has(m.key) || !hiddenWhole(m, nodes));
    const selDisc: Box = { x0: sel.x - sel.r, y0: sel.y - sel.r, x1: sel.x + sel.r, y1: sel.y + sel.r };
    const near = (a: Box, c: Box) => a.x0 - GAP < c.x1 && c.x0 < a.x1 + GAP && a.y0 - GAP < c.y1 && c.y0 < a.y1 + GAP;
    const roomNow: Box[][] = [];
    for (const m of nodes) {
      if (!m.force || m.square || m.key === sel.key || placedKeys.has(m.key) || !m.label || !seen(m)) continue;
      const w = measure(clipNodeLabel(m.label), nodeLabelFont(font, labelSize, m.focal || firstKeys.has(m.key), input.labelWeight, m.square));
      const spots = ownSpots(m, w).filter((o) => inside(o.box) && !occupied.collides(o.box) && (!o.lift || attached(m, o.box)));
      if (spots.length) roomNow.push(spots.map((o) => o.box));
    }
    return (b) => roomNow.every((spots) => spots.some((o) => !near(o, b) && !near(o, selDisc)));
  };
  /** The spots of `n`'s name (`w` px wide) that read as its disc's: its sides, above and below, its corners, rows lifted up to LIFT_MAX_LINES. */
  const ownSpots = (n: Drawn, w: number): { box: Box; lift: number }[] => {
    const gap = n.r + (n.focal ? 6 : 4);
    const spots = [
      { box: { x0: n.x + gap - 2, y0: n.y - lineH / 2, x1: n.x + gap + w + 2, y1: n.y + lineH / 2 }, lift: 0 },
      { box: { x0: n.x - gap - w - 2, y0: n.y - lineH / 2, x1: n.x - gap + 2, y1: n.y + lineH / 2 }, lift: 0 },
    ];
    const dx = n.r * 0.7 + 2;
    const dy = n.r * 0.7 + lineH / 2;
    for (const [sx, sy] of [[1, -1], [1, 1], [-1, -1], [-1, 1]] as const) {
      const x = n.x + sx * dx;
      const y = n.y + sy * dy;
      spots.push({ box: sx > 0 ? { x0: x - 2, y0: y - lineH / 2, x1: x + w + 2, y1: y + lineH / 2 } : { x0: x - w - 2, y0: y - lineH / 2, x1: x + 2, y1: y + lineH / 2 }, lift: 0 });
    }
    for (let lift = 0; lift <= LIFT_MAX_LINES * lineH; lift += 4) {
      const up = n.y - n.r - 2 - lift;
      const down = n.y + n.r + 2 + lift;
      spots.push({ box: { x0: n.x - w / 2 - 2, y0: up - lineH, x1: n.x + w / 2 + 2, y1: up }, lift });
      spots.push({ box: { x0: n.x - w / 2 - 2, y0: down, x1: n.x + w / 2 + 2, y1: down + lineH }, lift });
    }
    return spots;
  };

  // a node label's text anchored at (x, y) (baseline middle, as drawn) in `align`, `w` pixels wide, with its box
  const spotAt = (x: number, y: number, align: PlacedLabel['align'], w: number) => {
    const x0 = align === 'left' ? x - 2 : align === 'right' ? x - w - 2 : x - w / 2 - 2;
    return { x, y, align, box: { x0, y0: y - lineH / 2, x1: x0 + w + 4, y1: y + lineH / 2 } };
  };

  const placeNode = (n: Drawn, must: boolean, diagonals = false, closest = false, cornersToo = false): void => {
    if (!n.label) return;
    // the disc of a labelled node stays clear too, so a later label never hides the node a label names: a node
    // whose disc a label already covers gets none (checked first, before its text is measured: in a crowded view
    // most candidates end here)
    const disc: Box = { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r };
    // (a forced name, e.g. a traced chain's step, only yields to something over the middle of its disc: two chain
    // authors whose discs touch are both named, each on its free side)
    // (an author's: a paper's title keeps off every disc, so it never hides an author it names: 30k, Syn-QG over Manning)
    const overDiscs = diagonals && !n.square;
    if (!must && (overDiscs ? texts.collides(disc, -n.r / 2) : occupied.collides(disc, GAP))) return;
    const strong = n.focal || firstKeys.has(n.key);
    let text = clipNodeLabel(n.label);
    const f = nodeLabelFont(font, labelSize, strong, input.labelWeight, n.square);
    let w = measure(text, f);
    const gap = n.r + (n.focal ? 6 : 4);
    if (must) {
      // a name that must be drawn (the selection) and fits on no side is shortened to the widest room, ending in
      // "…": on a phone a selected paper's 60-character title fit nowhere and went unnamed (the card beside it
      // draws no text)
      const room = Math.max(width - EDGE - (n.x + gap) - 2, n.x - gap - EDGE - 2, 2 * Math.min(n.x - EDGE, width - EDGE - n.x) - 4);
      for (let guard = 0; w > room && text.length > 8 && guard < 8; guard++) {
        text = `${text.slice(0, Math.max(7, Math.floor((text.length * room) / w) - 1)).trimEnd()}…`;
        w = measure(text, f);
      }
    }
    const options: { x: number; y: number; align: PlacedLabel['align']; box: Box }[] = [
      { x: n.x + gap, y: n.y, align: 'left', box: { x0: n.x + gap - 2, y0: n.y - lineH / 2, x1: n.x + gap + w + 2, y1: n.y + lineH / 2 } },
      { x: n.x - gap, y: n.y, align: 'right', box: { x0: n.x - gap - w - 2, y0: n.y - lineH / 2, x1: n.x - gap + 2, y1: n.y + lineH / 2 } },
      { x: n.x, y: n.y - n.r - 2 - lineH / 2, align: 'center', box: { x0: n.x - w / 2 - 2, y0: n.y - n.r - 2 - lineH, x1: n.x + w / 2 + 2, y1: n.y - n.r - 2 } },
      { x: n.x, y: n.y + n.r + 2 + lineH / 2, align: 'center', box: { x0: n.x - w / 2 - 2, y0: n.y + n.r + 2, x1: n.x + w / 2 + 2, y1: n.y + n.r + 2 + lineH } },
    ];
    const before = strong ? kept.get(n.key) : undefined;
    // (the four corners, when tried: their text starts at the disc's rim, as the sides' does)
    const corners: typeof options = [];
    // (and a name of the most prolific authors on screen that found no free side, `placeProlific`: in a big map's
    // crowded cluster the sides of a prolific author's disc lie over its neighbours' middles, while a corner often
    // reaches the cluster's edge)
    if (diagonals || cornersToo || (before !== undefined && before.side >= 4)) {
      // a forced name (a traced chain's step) also tries the four corners: beside a chain's next author, whose name
      // takes the row, the sides and the top and bottom are often all taken (a tester's chain on the 3k map)
      // (a prolific author's corner name, nothing forcing it: its box's near corner 2 px out from the disc's rim
      // along both axes (√2·2 px at 45°), as a side's text starts past the rim; 0.7 r put that corner on the rim,
      // and the map-3k check "each name stays beside its disc" measured the box 1.9 px over the disc)
      const clearCorner = cornersToo && !diagonals;
      const dx = clearCorner ? n.r * Math.SQRT1_2 + 4 : n.r * 0.7 + 2;
      const dy = clearCorner ? n.r * Math.SQRT1_2 + 2 + lineH / 2 : n.r * 0.7 + lineH / 2;
      for (const [sx, sy] of [[1, -1], [1, 1], [-1, -1], [-1, 1]] as const) {
        const x = n.x + sx * dx;
        const y = n.y + sy * dy;
        const box = sx > 0 ? { x0: x - 2, y0: y - lineH / 2, x1: x + w + 2, y1: y + lineH / 2 } : { x0: x - w - 2, y0: y - lineH / 2, x1: x + 2, y1: y + lineH / 2 };
        corners.push({ x, y, align: sx > 0 ? 'left' : 'right', box });
      }
      options.push(...corners);
    }
    // its rows above and below lifted off the node, up to two lines (a row stays over the node it names)
    const lifted: typeof options = [];
    // (each row's lift, px past the spot above or below the disc)
    const liftOf = new Map<(typeof options)[number], number>();
    for (let lift = 4; lift <= 2 * lineH; lift += 4) {
      const up = n.y - n.r - 2 - lift;
      const down = n.y + n.r + 2 + lift;
      const above = { x: n.x, y: up - lineH / 2, align: 'center' as const, box: { x0: n.x - w / 2 - 2, y0: up - lineH, x1: n.x + w / 2 + 2, y1: up } };
      const below = { x: n.x, y: down + lineH / 2, align: 'center' as const, box: { x0: n.x - w / 2 - 2, y0: down, x1: n.x + w / 2 + 2, y1: down + lineH } };
      lifted.push(above, below);
      liftOf.set(above, lift).set(below, lift);
    }
    // a selected or hovered name also tries the lifted rows: beside a selected paper's square its author's disc is
    // often as big as the title is tall, and a long title covers it on every side of the square (the sides last,
    // past the corners)
    if ((strong && forcedDiscs) || closest) options.push(...lifted);
    // a closest co-author's name may also be written across its own disc's middle, last: in a dense cluster every spot
    // beside the disc lies over a neighbour's middle, and a name there read as the neighbour's (30k map, Graham
    // Neubig's "Antonios Anastasopoulos" written across Eduard Hovy's disc)
    if (closest) options.push(spotAt(n.x, n.y, 'center', w));
    // the first free spot (inside the screen, clear of every label) that hides no drawn disc, else the first free
    // one (the box shrunk by a pixel: its own disc, `gap` away, and a disc it only grazes do not count)
    // (where every free spot hides a disc, one that hides no other forced node's: a chain author's name over the
    // next author of the chain hid that author's name too)
    // The selected, hovered or focal node (`strong`, named whatever the crowd): a name already drawn keeps its spot
    // (`input.previous`), the same place while the disc keeps its size, the text only set in bold; else the first
    // free spot that hides none of the forced names' discs (its neighbourhood, named next: the selected paper
    // "Syn-QG…", its title written over Christopher D. Manning's disc beside its square, left its own author
    // unnamed), else the first free one. (Sigma's hover card writes no name on a big graph: `setHoverCardNames`.)
    // a name that nothing forces (nor a selection, a hover or the focal ring) takes no spot over another disc's middle
    // (`middles`), in bold as well as in its own weight: a hover sets it in bold at the same spot, wider (the seed's
    // "Peizhao Zhang", hovered on a desktop, then ran over the middle of a neighbour's disc); where every free spot
    // does, it goes unnamed (zoomed in, the discs part and it finds room). The hovered name, placed afresh (not drawn
    // before the hover), takes the first spot over no such middle where one is free, before the first free spot that
    // only keeps off the forced discs and paper squares
    const guarded = !must && !strong && !n.force && !diagonals && !closest;
    const hoverPlaced = strong && n.key === hoveredKey;
    const myMiddle = ownMiddle.get(n.key) ?? null;
    let boldExtra: number | undefined;
    const hidesMiddle = (o: (typeof options)[number]): boolean => {
      if (strong) return middles.collides(o.box, 0, myMiddle);
      // (bold is at most BOLD_ROOM wider: only a spot whose widened box reaches a middle has its bold width measured)
      if (!middles.collides(widened(o.box, o.align, w * BOLD_ROOM), 0, myMiddle)) return false;
      boldExtra ??= Math.max(0, measure(text, nodeLabelFont(font, labelSize, true, input.labelWeight, n.square)) - w);
      return middles.collides(widened(o.box, o.align, boldExtra), 0, myMiddle);
    };
    // a lifted row moves the name off its disc: taken only up to one line off (`LIFT_MAX_LINES`) where the name still
    // reads as its disc's (`attached`)
    const liftOk = (o: (typeof options)[number]): boolean => {
      const lift = liftOf.get(o);
      return lift === undefined || n.square || (lift <= LIFT_MAX_LINES * lineH && attached(n, o.box));
    };
    // Where the view leaves room round its discs (`ROOMY_PX2_PER_DISC`: the seed at any size), an author's name beside its
    // disc (a side, a corner, the row above or below) is held to the rule a lifted row is held to (`attached`): no other
    // author disc touches its box, and its own disc is the nearest to it. The first free spot hiding no disc's middle
    // grazed a neighbour's rim: on the seed's desktop cards of Peter Vajda and Tao Xu, "Adam Polyak" 0-2 px from Ching-Yao
    // Chuang's and Ann Lee's discs (his own 2 px off), "Carleigh Wood" 1.7 px over Licheng Yu's (a tester). Placed again
    // as before (`strict` false: a name the app must show), a spot breaking it is taken only where it is far enough off
    // its disc to be tied to it by a leader line (`leaderOf`). (The selected name's last resort, `must`, stays; the focal
    // author's ring name is named first beside its ring whatever lies there, as before: the seed's "Jialiang Wang" over
    // Xin Luo's 4 px dot, which e2e phone-taps taps through it.) A crowded
    // view keeps its names by the middles rule alone: there every spot lies by some small dot.
    const besideOk = (o: (typeof options)[number], strict: boolean): boolean =>
      !roomy || n.square || n.focal || attached(n, o.box) || (!strict && rimGap(n, o.box) > LEADER_MIN_GAP_PX);
    // the selected node's name, placed first, leaves each forced author (a selected paper's) a spot of their own
    // beside their disc where they had one (`roomAfter`): the seed's "Learnings from Scaling Visual Tokenizers…",
    // selected from Tao Xu's card on a desktop, took the row under its square, the only sides of David Yan's disc,
    // and his name went two lines down, under Philippe Hansen-Estruch's dot
    const roomFor = must && n.key === input.first[0] && forcedDiscs ? roomAfter(n) : null;
    // rows further off the node than `lifted` (up to FURTHER_LINES lines), for that name only
    const further = (): typeof options => {
      const rows: typeof options = [];
      for (let lift = 2 * lineH + 4; lift <= FURTHER_LINES * lineH; lift += 4) {
        const up = n.y - n.r - 2 - lift;
        const down = n.y + n.r + 2 + lift;
        rows.push({ x: n.x, y: up - lineH / 2, align: 'center', box: { x0: n.x - w / 2 - 2, y0: up - lineH, x1: n.x + w / 2 + 2, y1: up } });
        rows.push({ x: n.x, y: down + lineH / 2, align: 'center', box: { x0: n.x - w / 2 - 2, y0: down, x1: n.x + w / 2 + 2, y1: down + lineH } });
      }
      return rows;
    };
    // `strict`: no lifted row that breaks the rule above. A name the app must show (the selected or hovered node's, a
    // selected author's closest co-authors', the open card's own people: `LabelInput.own`) that finds no spot so is
    // placed again as before, where a lifted row may take it; any other goes unnamed
    // (and a forced author's name, a spot that leaves the forced authors after it theirs, where one does: placed before
    // Xinlei Chen's, Philippe Hansen-Estruch's name took the row under his disc, Xinlei Chen's only spot)
    const personRoom = !must && !strong && n.force && !n.square && diagonals ? roomAfter(n) : null;
    const choose = (strict: boolean, room = false): (typeof options)[number] | undefined => {
      let hoverOffShown: (typeof options)[number] | undefined;
      let crowding: (typeof options)[number] | undefined;
      let chosen: (typeof options)[number] | undefined;
      let firstFree: (typeof options)[number] | undefined;
      let clearOfForced: (typeof options)[number] | undefined;
      let clearOfShown: (typeof options)[number] | undefined;
      let clearOfPlain: (typeof options)[number] | undefined;
      let clearOfCentres: (typeof options)[number] | undefined;
      let overPapersOnly: (typeof options)[number] | undefined;
      let besideOwn: (typeof options)[number] | undefined;
      // (every closest co-author may lie over the selected author's paper squares: `CLOSEST_NAMED`)
      const overPapers = closest;
      const myCentre = ownCentre.get(n.key) ?? null;
      // the spots whose text starts at the disc's rim: right and left of it, then its corners
      const beside = [options[0], options[1], ...corners];
      // (the very spot while the disc keeps its size: a row lifted off the node stays lifted; else the same side)
      const keptSpot = before && (Math.abs(before.r - n.r) < 0.5 ? spotAt(n.x + before.dx, n.y + before.dy, before.align, w) : options[before.side]);
      // (the selected node's old spot, kept beside its node while the camera moved and its neighbours moved against it,
      // is given up where it now hides one of the neighbourhood's discs: the title of "Syn-QG…", selected from
      // Christopher D. Manning's card and placed before the camera framed the paper, kept its offset and lay over
      // Manning's disc once framed, and Manning went unnamed (30k map, on a loaded machine). The hovered name keeps
      // its spot whatever it covers: the pointer rests on it)
      const own = ownDisc.get(n.key) ?? null;
      const hidesForced = (b: Box) => n.key !== hoveredKey && !!forcedDiscs && forcedDiscs.collides(b, -1, own);
      if (keptSpot && inside(keptSpot.box) && !occupied.collides(keptSpot.box) && !hidesForced(keptSpot.box)) chosen = keptSpot;
      // (a selected or hovered author's name takes a row lifted off its disc only where that row hides no other disc: lifted
      // over a co-author's disc it read as that co-author's name, and a tap on it opened them. On a phone, in Iryna
      // Gurevych's 1-step network on the 30k map, her bold name sat 32 px above her disc, on Ido Dagan's; every spot
      // beside her disc hid some co-author, and the lifted row hid only one whose disc the rule did not count. It then
      // stays beside its own disc, as on a desktop, and goes lifted over a disc only where nothing else is free)
      let detachedFree: (typeof options)[number] | undefined;
      for (const o of chosen ? [] : options) {
        if (!inside(o.box) || occupied.collides(o.box)) continue;
        if (strict && !liftOk(o)) continue;
        if (!besideOk(o, strict)) continue;
        if (room && !personRoom!(o.box)) continue;
        if (guarded && hidesMiddle(o)) continue;
        if (strong && !n.square && lifted.includes(o) && discs.collides(o.box, -1, own)) {
          detachedFree ??= o;
          continue;
        }
        firstFree ??= o;
        const offForced = !forcedDiscs || !forcedDiscs.collides(o.box, -1, own);
        const offShown = offForced && !shown.collides(o.box, -1, own);
        if (hoverPlaced && offShown && hidesMiddle(o)) {
          hoverOffShown ??= o;
          continue;
        }
        if (strong ? offShown : !discs.collides(o.box, -1, own)) {
          // (the selected node's name, where it would leave one of the forced authors no spot of their own: the next)
          if (roomFor && !roomFor(o.box)) {
            crowding ??= o;
            continue;
          }
          chosen = o;
          break;
        }
        if (!clearOfForced && (strong || forcedDiscs) && offForced) clearOfForced = o;
        if (!strong && !clearOfShown && offShown) clearOfShown = o;
        if (!strong && !clearOfPlain && offForced && !shownPlain.collides(o.box, -1, own)) clearOfPlain = o;
        if (closest && !clearOfCentres && offShown && !centres.collides(o.box, 0, myCentre)) clearOfCentres = o;
        if (overPapers && offForced && !shownDiscs.collides(o.box, -1, own)) {
          if (!overPapersOnly && !centres.collides(o.box, 0, myCentre)) overPapersOnly = o;
          // (right or left of its own disc, its text starting at the disc's rim, a name reads as that disc's even over
          // a neighbour's middle: in a crowd every other spot lies over some co-author's middle)
          // (on a phone only: there the squares and discs of a prolific author's network fill the canvas above the sheet)
          // (and at its rim's corners, after the sides: on a phone Iryna Gurevych's third strongest, Ivan Habernal, lay
          // between her disc and the canvas's left edge, his sides taken by her disc and the edge, and went unnamed)
          if (!besideOwn && width < PHONE_CANVAS_PX && beside.includes(o)) besideOwn = o;
        }
      }
      // (a row further off the node that leaves every forced author a spot, else the spot that leaves some none)
      if (!chosen && crowding) chosen = further().find((o) => inside(o.box) && !occupied.collides(o.box) && !(forcedDiscs?.collides(o.box, -1, own) ?? false) && !shown.collides(o.box, -1, own) && roomFor!(o.box)) ?? crowding;
      chosen ??= hoverOffShown;
      if (closest) {
        // (and nowhere else: written over another disc's middle, it names that disc to a reader, and a wrong name on a
        // person is worse than none; zoomed in, the cluster opens and the name finds its spot)
        // The closest (`CLOSEST_NAMED`) may lie over the selected author's paper squares, where no spot is
        // clear of them: on a phone, Iryna Gurevych's 148 squares (30k map) covered every spot around her co-authors'
        // discs, and none of them was named (only "Clifton Poth", further out), the card's list their only names
        chosen ??= clearOfCentres ?? overPapersOnly ?? besideOwn;
        if (!chosen) return undefined;
      }
      // a forced name (a chain's author) with no spot beside its disc that is free and hides no other forced disc
      // takes a free row lifted off it, one hiding no other forced disc first: a chain framed close puts its outer
      // authors near the canvas's edge, where a name fits on one side only, and two small authors there named each
      // other out (30k map, Lilja Øvrelid → Yue Zhang: Manfred Stede's 4 px disc 90 px from the left edge, Elmar
      // Nöth's beside it; Elmar Nöth's name on their right left Stede no side, Stede's there covered Elmar Nöth's disc)
      let liftedClear: (typeof options)[number] | undefined;
      let liftedFree: (typeof options)[number] | undefined;
      // (only where the free spot beside it covers another forced node's centre, which then goes unnamed: a hover's
      // co-authors keep their spots, the lifted rows take more room than they free)
      const overCentre = (b: Box) => forcedCentres.some((c) => (c.x !== n.x || c.y !== n.y) && c.x > b.x0 && c.x < b.x1 && c.y > b.y0 && c.y < b.y1);
      if (!chosen && !clearOfShown && !clearOfForced && diagonals && !strong && (!firstFree || overCentre(firstFree.box))) {
        const free = lifted.filter((o) => inside(o.box) && !occupied.collides(o.box) && (!strict || liftOk(o)) && besideOk(o, strict) && (!room || personRoom!(o.box)));
        liftedClear = free.find((o) => !forcedDiscs || !forcedDiscs.collides(o.box, -1, own));
        liftedFree = free[0];
      }
      // a name drawn plainly that nothing forces, while the map dims the rest (a selected author's co-author: the second
      // ring, graph/emphasis.ts) takes a spot that hides no paper square and no plainly drawn disc, or goes unnamed: one
      // over the selected author's paper hid it and a click there opened the co-author (30k, Ondřej Bojar's squares)
      // (and a faint name, a big map's other names under a selection: it hid the selected author's co-authors' discs,
      // "Liang Wang" over Leonardo F. R. Ribeiro's, a tester on Iryna Gurevych's 30k card)
      const faint = !!input.emphasised && !input.emphasised.has(n.key);
      // (the closest co-authors, `CLOSEST_NAMED`, are named whatever they cover, as a name is placed with nothing dimmed:
      // around a prolific author every spot hides a square or a disc, and Gurevych's nine closest went unnamed)
      const rank = input.priority?.get(n.key);
      const yields = !!input.dimCommunities && !must && !strong && !n.force && (faint || (rank !== undefined && rank >= CLOSEST_NAMED));
      if (!chosen && yields) {
        // (a plainly drawn name, a co-author past the closest, may lie over dimmed paper squares: named there, it reads
        // as its disc's; a faint name keeps off every square)
        chosen = clearOfShown ?? (faint ? undefined : clearOfPlain);
        if (!chosen) return undefined;
      }
      chosen ??= clearOfShown ?? clearOfForced ?? liftedClear ?? firstFree ?? liftedFree ?? detachedFree;
      // a forced name (a chain's author) drawn over a bigger disc finds every spot on that disc: it goes where no text
      // is, over no forced node's centre (Elmar Nöth, a 4 px disc drawn on Manfred Stede's 14 px one, 6 px from its
      // centre, had no spot clear of it and went unnamed: 30k map)
      if (!chosen && overDiscs) chosen = options.find((o) => inside(o.box) && (!strict || liftOk(o)) && besideOk(o, strict) && (!room || personRoom!(o.box)) && !texts.collides(o.box) && !forcedCentres.some((c) => c.x > o.box.x0 && c.x < o.box.x1 && c.y > o.box.y0 && c.y < o.box.y1));
      if (!chosen && must) chosen = options.find((o) => inside(o.box) && (!strict || liftOk(o)));
      return chosen;
    };
    const exempt = must || closest || (input.own ? input.own.has(n.key) : n.force);
    const chosen = (personRoom ? choose(true, true) : undefined) ?? choose(true) ?? (exempt && !n.square ? choose(false) : undefined);
    if (!chosen) return;
    placedKeys.add(n.key);
    occupied.add(chosen.box);
    texts.add(chosen.box);
    occupied.add(disc);
    out.push({ kind: 'node', key: n.key, text, box: chosen.box, x: chosen.x, y: chosen.y, align: chosen.align, node: { x: n.x, y: n.y, r: n.r, focal: n.focal, strong, paper: n.square } });
  };

  // a name that nothing forces, beside its disc; where no side is free, with `corners`, at one of its disc's corners
  // (only then: a side that hides a small dot is still the name's place, as before)
  const placeProlific = (n: Drawn, corners: boolean): void => {
    const count = out.length;
    placeNode(n, false);
    if (corners && out.length === count) placeNode(n, false, false, false, true);
  };

  // 1. the selected node (always named), then the focal author
  const done = new Set<string>();
  for (const k of firstKeys) {
    const n = byKey.get(k);
    if (!n || done.has(k)) continue;
    done.add(k);
    // each is named even where crowded (the selected node, and on big graphs the hovered one)
    placeNode(n, true);
  }
  const rings: Ring[] = [];
  for (const n of nodes) {
    if (!n.focal) continue;
    rings.push({ x: n.x, y: n.y, r: n.r, key: n.key });
    if (done.has(n.key)) continue;
    done.add(n.key);
    placeNode(n, false);
  }
  // 2. labels the emphasis forces (a selection's neighbourhood, a traced chain): authors' names before papers' titles
  // (a title is long: placed first, it took the room of a chain's author), biggest first
  // (discs of one drawn size by their drawing order, most papers on top: a big map's overview draws its hundreds of
  // most prolific authors at the discs' cap, and by key alone the 70k map named Yorick Wilks, 84 papers, before
  // Pushpak Bhattacharyya, 296)
  // (only with nothing emphasised: a card's or a chain's names keep the order they had, by key, which the checks of
  // a selected author's crowd were made on: Iryna Gurevych's card on the 30k map put a faint name beside an unnamed
  // co-author with the drawing order)
  const calmView = !input.emphasised && !input.dimCommunities && !input.priority?.size;
  const bySize = (a: Drawn, b: Drawn) => b.r - a.r || (calmView ? b.rank - a.rank : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const authorsFirst = (a: Drawn, b: Drawn) => Number(a.square) - Number(b.square) || bySize(a, b);
  const priority = input.priority;
  // (a node whose centre a smaller disc or square drawn above it covers still shows: named, unless a disc drawn above
  // it hides the whole of it; for a forced node and for a selected author's co-author, whose centre one of the
  // author's paper squares often covers: Graham Neubig's closest, Antonios Anastasopoulos, 21 papers together, went
  // unnamed under a square while one-paper co-authors at the cluster's rim were named, 30k map)
  const shows = (n: Drawn) => !covered.has(n.key) || !hiddenWhole(n, nodes);
  const forced = nodes.filter((m) => m.force && !done.has(m.key)).sort(authorsFirst);
  // the closest co-authors (`CLOSEST_NAMED`, most papers together first) before the papers' titles: placed after them,
  // their discs lay under the selected author's titles and went unnamed (70k map, Stephen Helmreich: David Farwell,
  // 11 papers together, under "Parallel Syntactic Annotation of Multiple Languages")
  const closest = priority?.size
    ? nodes
        .filter((m) => !m.force && !done.has(m.key) && m.label && (priority.get(m.key) ?? CLOSEST_NAMED) < CLOSEST_NAMED)
        .sort((a, b) => priority.get(a.key)! - priority.get(b.key)! || bySize(a, b))
    : [];
  const inView = (n: Drawn) => n.x >= 0 && n.y >= 0 && n.x <= width && n.y <= height;
  for (const n of [...forced.filter((m) => !m.square), ...closest.filter(inView), ...forced.filter((m) => m.square)]) {
    done.add(n.key);
    // (a closest co-author is placed as a forced name is: beside a disc it overlaps, whose name is drawn, it yields
    // only to a text over the middle of its own disc, and tries the corners: in a dense cluster every co-author's
    // disc touches a named one, Graham Neubig's own among them)
    if (shows(n)) placeNode(n, false, true, !n.force);
  }
  // 2b. the few biggest (most prolific) authors on screen, before the community labels take their room
  // a small map (a lab's or one person's list) names every node that finds room, however small its disc: an
  // imported list of 4 authors with one paper each (4 px discs) showed no name at all
  const minRadius = nodes.length <= SMALL_MAP_NODES ? 0 : input.minRadius;
  const onScreen = (n: Drawn) => n.label && !done.has(n.key) && n.r >= minRadius && (priority?.has(n.key) ? shows(n) : !covered.has(n.key)) && inView(n);
  // (sorted once: the rest, step 4, is this list after the few taken here)
  // (a selected author's co-authors first, most papers together first: Iryna Gurevych's nine closest went unnamed
  // on the 30k map behind faint names of others, which took the label budget and the room; then names drawn
  // plainly before faint ones)
  const plain = input.dimCommunities ? input.emphasised : null;
  const rankOf = (n: Drawn) => priority?.get(n.key) ?? Number.MAX_SAFE_INTEGER;
  const byPriority = priority?.size || plain ? (a: Drawn, b: Drawn) => rankOf(a) - rankOf(b) || Number(!!plain && !plain.has(a.key)) - Number(!!plain && !plain.has(b.key)) || bySize(a, b) : bySize;
  const rest = nodes.filter(onScreen).sort(byPriority);
  // (on a small map every name first: there the community labels are a few and each one's place is beside some
  // author, whose name went when a community label took its room: the small maps' larger discs left a one-paper
  // author of a 9-author map unnamed under "correlation · automatic systems")
  // (while the map dims all but an emphasis, every name drawn plainly before the community labels, which are faint
  // then: a faint cluster name took the room of a co-author's past the fifth; `rest` has them first)
  const smallMap = nodes.length <= SMALL_MAP_NODES;
  const firstFaint = plain ? rest.findIndex((n) => !plain.has(n.key) && !priority?.has(n.key)) : 0;
  const plainHead = firstFaint < 0 ? rest.length : firstFaint;
  // (with nothing emphasised, a share of the budget goes to the most prolific authors before the cluster names, each
  // trying its disc's corners too: `PROLIFIC_SHARE`)
  const calm = calmView;
  const prolificFirst = smallMap || !calm ? PROLIFIC_FIRST : Math.max(PROLIFIC_FIRST, Math.round(budget * PROLIFIC_SHARE));
  for (let i = 0; i < (smallMap ? rest.length : Math.min(rest.length, Math.max(prolificFirst, plainHead))); i++) {
    if (i >= prolificFirst && !smallMap && out.length >= budget) break;
    done.add(rest[i]!.key);
    placeProlific(rest[i]!, calm && !smallMap);
  }
  // 3. community labels, while zoomed out
  if (input.communities && input.extents && sigma.getCamera().ratio >= COMMUNITY_LABEL_MAX_ZOOM) {
    const cf = communityLabelFont(font);
    const h = COMMUNITY_FONT_SIZE + 8;
    let count = 0;
    const short = Math.min(width, height);
    const minExtent = short >= SMALL_SCREEN_PX ? COMMUNITY_MIN_EXTENT_PX : Math.max(COMMUNITY_MIN_EXTENT_SMALL_PX, Math.min(COMMUNITY_MIN_EXTENT_PX, COMMUNITY_MIN_EXTENT_SHARE * short));
    const maxLabels =
      short >= SMALL_SCREEN_PX ? COMMUNITY_MAX_LABELS : Math.min(COMMUNITY_MAX_LABELS, Math.max(COMMUNITY_MIN_LABELS_SMALL, Math.floor((width * height) / COMMUNITY_AREA_PER_LABEL_SMALL)));
    // (a map of a few communities: each named where there is room, past the small screen's share only where the label
    // hides no node: `COMMUNITY_AREA_PER_LABEL_SMALL`)
    const few = input.communities.filter((c) => c.size >= COMMUNITY_MIN_SIZE).length <= COMMUNITY_MAX_LABELS;
    // the community labels placed so far (larger communities first): a name on the same line as one of them keeps
    // COMMUNITY_LABEL_GAP_X from it, or goes to another spot
    const named: Box[] = [];
    const besideNamed = (b: Box) => named.some((o) => o.y0 < b.y1 && b.y0 < o.y1 && o.x0 < b.x1 + COMMUNITY_LABEL_GAP_X && b.x0 < o.x1 + COMMUNITY_LABEL_GAP_X);
    // communities are numbered by size, largest first
    for (let id = 0; id < input.communities.length; id++) {
      const c = input.communities[id]!;
      if (count >= (few ? COMMUNITY_MAX_LABELS : maxLabels)) break;
      const spare = count >= maxLabels;
      const k = id * 4;
      const e = input.extents;
      if (c.size < COMMUNITY_MIN_SIZE || e[k] === Infinity) continue;
      const p1 = sigma.graphToViewport({ x: e[k], y: e[k + 1] });
      const p2 = sigma.graphToViewport({ x: e[k + 2], y: e[k + 3] });
      if (Math.max(Math.abs(p1.x - p2.x), Math.abs(p1.y - p2.y)) < minExtent) continue;
      // the part of the community on screen
      const x0 = Math.max(0, Math.min(p1.x, p2.x));
      const x1 = Math.min(width, Math.max(p1.x, p2.x));
      const top = Math.min(p1.y, p2.y);
      const bottom = Math.max(p1.y, p2.y);
      if (x0 >= x1 || bottom < 0 || top > height) continue;
      const text = clipCommunityLabel(communityName(c, id));
      // dot, gap, text
      const w = measure(text, cf) + 18;
      if (w > width - 2 * EDGE) continue;
      const cx = (x0 + x1) / 2;
      const margin = Math.min(COMMUNITY_EDGE, (width - w) / 2);
      const slide = (x: number) => Math.min(width - margin - w / 2, Math.max(margin + w / 2, x));
      // above its authors, on them, below them; then a line further above and below, taken only where they hide
      // nothing the first three would (a cluster's papers lie outside its authors' extent: the seed's p6, above its
      // cluster's authors on a phone, had the name written over it); then rows across its authors, half a line apart
      // (`COMMUNITY_ROWS_ACROSS`), taken only where they hide no node at all
      const rows = [top - COMMUNITY_FONT_SIZE - 8, (Math.max(0, top) + Math.min(height, bottom)) / 2, bottom + COMMUNITY_FONT_SIZE + 8, top - COMMUNITY_FONT_SIZE - 8 - h, bottom + COMMUNITY_FONT_SIZE + 8 + h];
      const across = Math.min(COMMUNITY_ROWS_ACROSS, Math.floor((bottom - top) / (h / 2)));
      for (let j = 1; j < across; j++) rows.push(top + (j * (bottom - top)) / across);
      // each row in turn, the row's own centre first, then slid along the row by up to a third of the label's width
      // each way (further, it read as another cluster's name): the first free spot that hides no node at all (no disc,
      // no paper square: `bare`), else the first free one that hides no paper square and no plainly drawn node of an
      // emphasis (`shown`), else the first free one of the first three rows. (The first clear spot alone wrote the
      // seed's "latent diffusion models", framed on a 390×844 phone, across its cluster's only paper square, whose tap
      // then opened the cluster: the row above was taken by a name, the one below by another; between its authors'
      // rows the canvas was bare.)
      let firstFree: Box | undefined;
      let clear: Box | undefined;
      let bare: Box | undefined;
      for (let i = 0; i < rows.length && !bare; i++) {
        const y = Math.min(height - EDGE - h / 2, Math.max(EDGE + h / 2, rows[i]!));
        for (const sx of [0, -0.35, 0.35].map((s) => slide(cx + s * w))) {
          const box = { x0: sx - w / 2, y0: y - h / 2, x1: sx + w / 2, y1: y + h / 2 };
          if (occupied.collides(box) || besideNamed(box)) continue;
          const overNodes = discs.collides(box, 0);
          if (spare && overNodes) continue;
          if (!overNodes) {
            bare = box;
            break;
          }
          if (i < 3) firstFree ??= box;
          if (i < 5 && !clear && !shown.collides(box, -1)) clear = box;
        }
      }
      const box = bare ?? clear ?? firstFree;
      if (box) {
        const x = (box.x0 + box.x1) / 2;
        const y = (box.y0 + box.y1) / 2;
        occupied.add(box);
        named.push(box);
        out.push({ kind: 'community', key: String(id), text, box, x: x + 6, y, align: 'center', dotX: x - w / 2 + 7 });
        count++;
      }
    }
  }
  // 4. every other labelled node, biggest first, while the budget lasts
  // (the plainly drawn names past the fifth were placed before the community labels: not tried again)
  const from = smallMap ? PROLIFIC_FIRST : Math.max(prolificFirst, plainHead);
  // (a crowded view of a big map with nothing emphasised names only its most prominent authors: `PROMINENT_PER_LABEL`)
  // (counted among every author disc on screen, those whose middle another disc covers too: in a cluster most discs lie
  // under a bigger one, and among the uncovered alone the rim's small authors were within the first hundred)
  const prominent = calm && !smallMap && !roomy;
  const head = prominent ? new Set(inScreen.filter((n) => !n.square).sort(bySize).slice(0, budget * PROMINENT_PER_LABEL).map((n) => n.key)) : null;
  for (let i = from; i < rest.length && i < from + MAX_CANDIDATES && out.length < budget; i++) {
    if (head && !head.has(rest[i]!.key)) continue;
    placeProlific(rest[i]!, prominent);
  }
  const emphasised = input.emphasised;
  if (input.extra?.length) {
    const selected = input.first[0] ?? null;
    if (input.rest) {
      // a name not drawn at this spot with nothing hovered (its anchor and alignment, within half a pixel: the hovered
      // name is bold, wider, where it was drawn): new, or moved by the hover
      const before = new Map(input.rest.filter((l) => l.kind === 'node').map((l) => [l.key, l]));
      const same = (a: PlacedLabel, b: PlacedLabel | undefined) => !!b && a.align === b.align && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
      for (const l of out) if (l.kind === 'node' && l.key !== selected && !same(l, before.get(l.key))) l.byHover = true;
    } else {
      const byHover = new Set(input.extra.map((n) => n.key));
      for (const k of firstKeys) byHover.delete(k);
      for (const l of out) if (l.kind === 'node' && byHover.has(l.key)) l.byHover = true;
    }
  }
  if (input.dimCommunities) for (const l of out) if (l.kind === 'community') l.dim = true;
  if (emphasised) {
    for (const l of out) if (l.kind === 'community' || !emphasised.has(l.key)) l.dim = true;
    for (const ring of rings) ring.dim = !nodes.some((n) => n.focal && emphasised.has(n.key) && n.x === ring.x && n.y === ring.y);
  }
  return { labels: out, rings };
}

/**
 * A placement tied to the picture it was made for: each node label's and ring's node centre, and each community
 * label's box centre, in Sigma's framed-graph coordinates (camera-independent), and the camera's size scale then
 * (`sigma.scaleSize(1)`), so `followPlacement` can move it with the camera without placing again.
 */
export interface AnchoredPlacement {
  placement: Placement;
  /** x, y per label (in `placement.labels` order), then per ring. */
  framed: Float64Array;
  scale: number;
}

/** `placement` (viewport pixels, made after `sigma`'s last render) with its anchors in framed-graph coordinates. */
export function anchorPlacement(sigma: Sigma, placement: Placement): AnchoredPlacement {
  const { labels, rings } = placement;
  const framed = new Float64Array((labels.length + rings.length) * 2);
  // back through the inverse of the matrix the placement's positions came from (its last render's; Sigma 3.0
  // keeps it as `invMatrix`): the camera may have moved since, with its render still to come
  const invMatrix = (sigma as unknown as { invMatrix?: Float32Array }).invMatrix;
  const put = (i: number, x: number, y: number) => {
    const f = sigma.viewportToFramedGraph({ x, y }, invMatrix ? { matrix: invMatrix } : {});
    framed[i * 2] = f.x;
    framed[i * 2 + 1] = f.y;
  };
  labels.forEach((l, i) => (l.node ? put(i, l.node.x, l.node.y) : put(i, (l.box.x0 + l.box.x1) / 2, (l.box.y0 + l.box.y1) / 2)));
  rings.forEach((r, i) => put(labels.length + i, r.x, r.y));
  return { placement, framed, scale: sigma.scaleSize(1) };
}

/**
 * The anchored placement moved with the camera of `sigma`'s last render, nothing placed again (O(labels)): each
 * node label stays beside its node (on the same side, at the same gap from its disc, which grows or shrinks with
 * the zoom), a community label moves with the graph under it, a ring with its node. For the frames of a camera
 * move (a click's flight to its author: placing ~1,000 candidates again on each frame was the largest part of the
 * click's JavaScript, CPU profile of the 30k map); the camera stopped, the labels are placed again (`placeLabels`).
 * Labels may leave the screen while the camera moves; one that comes to overlap a label placed before it is left out
 * (`clearOfEachOther`): no name is drawn over another in any frame of the move.
 */
export function followPlacement(sigma: Sigma, anchored: AnchoredPlacement): Placement {
  const { placement, framed } = anchored;
  const k = sigma.scaleSize(1) / anchored.scale;
  // a node's radius now, from its display data (a disc drawn at the canvas's cap does not grow: graph/drawn-size.ts),
  // else the one it had grown with the zoom
  const cache = (sigma as unknown as { nodeDataCache?: Record<string, NodeDisplayData | undefined> }).nodeDataCache;
  const radiusNow = (key: string | undefined, r: number): number => {
    const d = key === undefined ? undefined : cache?.[key];
    return d ? drawnRadius(sigma, d.size) : r * k;
  };
  const at = (i: number) => sigma.framedGraphToViewport({ x: framed[i * 2]!, y: framed[i * 2 + 1]! });
  const moved = placement.labels.map((l, i): PlacedLabel => {
    const p = at(i);
    let dx: number;
    let dy: number;
    let node = l.node;
    if (node) {
      const r = radiusNow(l.key, node.r);
      // the label's side of the disc: right of it (align left), left of it (align right), above or below
      if (l.align === 'left') dx = p.x + r - (node.x + node.r);
      else if (l.align === 'right') dx = p.x - r - (node.x - node.r);
      else dx = p.x - node.x;
      if (l.align !== 'center') dy = p.y - node.y;
      else if (l.y < node.y) dy = p.y - r - (node.y - node.r);
      else dy = p.y + r - (node.y + node.r);
      node = { ...node, x: p.x, y: p.y, r };
    } else {
      dx = p.x - (l.box.x0 + l.box.x1) / 2;
      dy = p.y - (l.box.y0 + l.box.y1) / 2;
    }
    const box = { x0: l.box.x0 + dx, y0: l.box.y0 + dy, x1: l.box.x1 + dx, y1: l.box.y1 + dy };
    return { ...l, box, x: l.x + dx, y: l.y + dy, ...(node ? { node } : {}), ...(l.dotX !== undefined ? { dotX: l.dotX + dx } : {}) };
  });
  const labels = clearOfEachOther(moved);
  const rings = placement.rings.map((ring, i): Ring => {
    const p = at(placement.labels.length + i);
    return { ...ring, x: p.x, y: p.y, r: radiusNow(ring.key, ring.r) };
  });
  return { labels, rings };
}

/**
 * `labels` (in priority order, as placed) without each one whose box overlaps the box of one kept before it. Moved with
 * the camera (`followPlacement`), names placed apart no longer keep apart: a zoom moves the discs apart by its factor
 * while the names keep their size, and each side name moves out with its disc's growing rim, so two names placed a gap
 * apart run into each other (30k map, Dan Roth opened from the search on a loaded machine: "Qiang Ning", placed above
 * his disc before the flight, drawn over "Dan Roth" in its last frames). The name placed first (the selected one)
 * stays; the other comes back with the placement made once the camera stops. O(labels); throws nothing.
 */
export function clearOfEachOther(labels: readonly PlacedLabel[]): PlacedLabel[] {
  const taken = new Occupancy();
  const out: PlacedLabel[] = [];
  for (const l of labels) {
    if (taken.collides(l.box, 0)) continue;
    taken.add(l.box);
    out.push(l);
  }
  return out;
}

/** Width (CSS px) of the halo stroked round a node's name in the background colour, under its text. */
export const NODE_LABEL_HALO_PX = 3.5;

/** Width (CSS px) of the halo stroked round a cluster's name, its colour dot's radius and the dot's rim (the halo's colour). */
export const COMMUNITY_LABEL_HALO_PX = 5;
export const COMMUNITY_DOT_PX = 4.5;
export const COMMUNITY_DOT_RIM_PX = 1.5;

/** The baseline (CSS px) a node's name `l` is drawn on, at label size `labelSize` (px): its anchor is the text's middle. */
export const nodeLabelBaseline = (l: Pick<PlacedLabel, 'y'>, labelSize: number): number => l.y + labelSize / 3;

/**
 * A name whose box lies further than this from its own disc's rim (viewport pixels) is joined to the disc by a leader
 * line (`leaderOf`). Names beside their disc (a side or a corner: at most ~4 px off) get none; a name the app must
 * show (a card's own people, a selected author's closest co-authors) that found no spot reading as its disc's
 * (`LIFT_MAX_LINES`) is kept further off, and was read as a neighbour's (a tester: on the seed's phone card of Ji Hou,
 * "Sam Tsai" 34 px above his disc, nearer Matthew Yu's, "Christina Zhang" 22 px off, nearer Haoyu Ma's).
 */
export const LEADER_MIN_GAP_PX = 8;
/** A leader line's width (CSS pixels) and opacity (of the names' own colour): a hairline that reads as a tie, not a link. */
const LEADER_LINE_PX = 1;
const LEADER_ALPHA = 0.7;

/**
 * The leader line of a node's name placed away from its disc: from the disc's rim towards the name's box, to the
 * box's nearest point (viewport pixels), as a cartographer's leader ties a displaced label to its feature (Imhof,
 * "Positioning names on maps", 1975). Null for a community's name, a node label without its disc, or a name whose box
 * is within `LEADER_MIN_GAP_PX` of the disc's rim. Throws nothing.
 */
export function leaderOf(label: Pick<PlacedLabel, 'kind' | 'box' | 'node'>): { x0: number; y0: number; x1: number; y1: number } | null {
  const n = label.node;
  if (label.kind !== 'node' || !n) return null;
  const { box } = label;
  const x1 = Math.min(Math.max(n.x, box.x0), box.x1);
  const y1 = Math.min(Math.max(n.y, box.y0), box.y1);
  const d = Math.hypot(x1 - n.x, y1 - n.y);
  if (!(d - n.r > LEADER_MIN_GAP_PX)) return null;
  const ux = (x1 - n.x) / d;
  const uy = (y1 - n.y) / d;
  return { x0: n.x + ux * (n.r + 1), y0: n.y + uy * (n.r + 1), x1, y1 };
}

/** Opacity of a faint label (`dim`): what shows through a hover's wash (HoverOverlayController). */
export const DIM_LABEL_ALPHA = 0.22;

export interface LabelColours {
  label: string;
  labelHalo: string;
  focal: string;
  /** Opacity of a faint label (default `DIM_LABEL_ALPHA`): the theme's `labelFaintAlpha`. */
  dimAlpha?: number;
  /** Dot colour per community (null: no dot, the canvas is coloured by something else). */
  community: readonly string[] | null;
}

/**
 * Draw placed labels on a 2D context already scaled to CSS pixels (Sigma's label layer): text with a
 * halo in the background colour; a ring around the focal author; a dot in the community's colour.
 */
export function drawPlacedLabels(ctx: CanvasRenderingContext2D, { labels, rings }: Placement, colours: LabelColours, font: string, labelSize: number, labelWeight = '500'): void {
  ctx.save();
  ctx.lineJoin = 'round';
  const faint = colours.dimAlpha ?? DIM_LABEL_ALPHA;
  for (const ring of rings) {
    ctx.globalAlpha = ring.dim ? faint : 1;
    ctx.beginPath();
    ctx.arc(ring.x, ring.y, ring.r + 3, 0, Math.PI * 2);
    ctx.lineWidth = 2;
    ctx.strokeStyle = colours.focal;
    ctx.stroke();
  }
  // leaders first: a name's halo then covers the line's end under its letters
  ctx.lineWidth = LEADER_LINE_PX;
  ctx.strokeStyle = colours.label;
  for (const l of labels) {
    const leader = leaderOf(l);
    if (!leader) continue;
    ctx.globalAlpha = (l.dim ? faint : 1) * LEADER_ALPHA;
    ctx.beginPath();
    ctx.moveTo(leader.x0, leader.y0);
    ctx.lineTo(leader.x1, leader.y1);
    ctx.stroke();
  }
  for (const l of labels) {
    ctx.globalAlpha = l.dim ? faint : 1;
    if (l.kind === 'node' && l.node) {
      ctx.font = nodeLabelFont(font, labelSize, l.node.strong, labelWeight, l.node.paper);
      ctx.textAlign = l.align;
      ctx.textBaseline = 'alphabetic';
      const y = nodeLabelBaseline(l, labelSize);
      ctx.lineWidth = NODE_LABEL_HALO_PX;
      ctx.strokeStyle = colours.labelHalo;
      ctx.strokeText(l.text, l.x, y);
      ctx.fillStyle = colours.label;
      ctx.fillText(l.text, l.x, y);
      continue;
    }
    ctx.font = communityLabelFont(font);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = COMMUNITY_LABEL_HALO_PX;
    ctx.strokeStyle = colours.labelHalo;
    // a faint cluster name is drawn on its halo at full strength, its letters faint on it: drawn faint as a whole, halo
    // and all, over a dense cluster of discs its letters were lost in the ink under them (a tester: "media fo…dation
    // models · Movie Gen" over the seed's blue cluster, on a phone with a card open). On the halo the name stands from
    // it as a faint name stands from the bare page (theme.ts `labelFaintAlpha`). (Faint node names stay faint whole: a
    // halo each at full strength would hide the dimmed map.)
    ctx.globalAlpha = 1;
    ctx.strokeText(l.text, l.x, l.y);
    ctx.globalAlpha = l.dim ? faint : 1;
    ctx.fillStyle = colours.label;
    ctx.fillText(l.text, l.x, l.y);
    if (!colours.community || l.dotX === undefined) continue;
    ctx.beginPath();
    ctx.arc(l.dotX, l.y, COMMUNITY_DOT_PX, 0, Math.PI * 2);
    ctx.fillStyle = colours.community[Number(l.key)] ?? colours.label;
    ctx.fill();
    ctx.lineWidth = COMMUNITY_DOT_RIM_PX;
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Indices of the authors with the most papers first (ties: lower index first), at most `limit` of them, from
 * `paperCount` (papers per author, whole numbers ≥ 0): a counting sort, linear in the authors (a comparison sort
 * of the 70k map's ~100k authors would hold an idle slice for tens of ms). For the label widths measured ahead.
 */
export function mostProlific(paperCount: ArrayLike<number>, limit: number): number[] {
  const n = paperCount.length;
  const count = (i: number) => Math.max(0, Math.floor(paperCount[i]!));
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, count(i));
  // starts[b]: where bucket b (max - papers) begins in the order
  const starts = new Array<number>(max + 2).fill(0);
  for (let i = 0; i < n; i++) starts[max - count(i) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[starts[max - count(i)]!++] = i;
  return order.slice(0, limit);
}

/**
 * Text widths, memoised per font (a frame measures the same names again and again, and LabelsController measures
 * the most prolific authors' names ahead in idle time); at most `limit` kept (then the memo starts again).
 */
export function textMeasurer(ctx: CanvasRenderingContext2D, limit = 50_000): (text: string, font: string) => number {
  // one map per font, keyed by the text itself (no key string made per lookup)
  const byFont = new Map<string, Map<string, number>>();
  let size = 0;
  return (text, font) => {
    let cache = byFont.get(font);
    if (cache === undefined) byFont.set(font, (cache = new Map()));
    let w = cache.get(text);
    if (w === undefined) {
      if (size >= limit) {
        for (const m of byFont.values()) m.clear();
        size = 0;
      }
      ctx.font = font;
      cache.set(text, (w = ctx.measureText(text).width));
      size++;
    }
    return w;
  };
}

const drawnListeners = new Set<() => void>();

/**
 * Call `listener` after each drawing of the canvas's labels (`labelsDrawn`, called by LabelsController once the
 * labels it drew are `labelsOnScreen()`): a hover re-places the names without a render of Sigma's, so what a
 * resting pointer is over can change with no render (controllers/EventsController.tsx checks it again). Returns
 * the function that stops it. Throws nothing.
 */
export function onLabelsDrawn(listener: () => void): () => void {
  drawnListeners.add(listener);
  return () => void drawnListeners.delete(listener);
}

/** Tell the `onLabelsDrawn` listeners that the canvas's labels were drawn again (each listener's throw is its own). */
export function labelsDrawn(): void {
  for (const listener of [...drawnListeners]) {
    try {
      listener();
    } catch (error) {
      console.error(error);
    }
  }
}
