/**
 * Node and edge reducers for hover/selection emphasis. They read a small state object that the
 * AppearanceController updates once per focus change, so a reducer never walks the graph.
 * On big graphs the rest is not dimmed for a selection: that would re-process every node at each click,
 * whereas emphasising only the neighbourhood touches a few nodes (a partial refresh). A feature's request (a
 * traced co-author chain) dims the rest on every graph: within one community the chain would not stand out.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { NO_EMPHASIS, type Emphasis } from '../graph/emphasis';
import { ringColourer } from '../graph/colours';
import { SQUARE_BELOW } from '../graph/node-types';
import type { EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { CANVAS_COLORS, type Theme } from '../theme';

/** Above this many emphasised nodes, only the focus gets a forced label. */
const LABEL_ALL_LIMIT = 60;

export interface AppearanceState {
  emphasis: Emphasis;
  /** Sigma has processed the current graph (a partial refresh needs its program indices). */
  processed: boolean;
  selected: string | null;
  /** Key of the hovered-or-selected node the emphasis was computed for. */
  focusRef: string | null;
  /** Level of detail decides which edges Sigma gets: draw them all. */
  lod: boolean;
  strongEdge: string;
  /**
   * Drawn-size factors (0..1] by node key: a traced chain's authors drawn smaller where the chain's discs would
   * overlap at the camera's zoom (ChainOverlayController writes them; empty when no chain is shown).
   */
  sizeCap: Map<string, number>;
  /**
   * Drawn-size factors (0..1] by node key in a filtered view of a big map: the share of the room enlargement a shown
   * node keeps where its shown neighbours are near (ShownSizeController writes them, graph/shown-size.ts
   * `roomShares`; empty on the whole map, so it is drawn as before).
   */
  roomShare: Map<string, number>;
  /**
   * Paper squares drawn below the discs though not dimmed (`SQUARE_BELOW`): those that, drawn from the whole map's
   * framing outward, would cover the middle of one of their own shown authors' discs (ShownSizeController writes them,
   * graph/shown-size.ts `squaresOverAuthors`). Drawn after the discs, as squares are, they hid the author under the
   * paper: the AACL 2020 Student Research Workshop on the 3k map (`venues=1`) drew 46 of its 67 discs under a square,
   * and a click on such a disc's centre opened the paper.
   */
  squaresBelow: Set<string>;
  /** A disc's ring colour from its fill on the theme of the moment (graph/colours.ts `ringColourer`). */
  ring: (color: string) => string;
}

/** (`ringColor`: the disc program's ring, graph/disc-program.ts, set here from the colour drawn.) */
type NodeData = NodeAttrs & Partial<NodeDisplayData> & { ringColor?: string };
type EdgeData = EdgeAttrs & Partial<EdgeDisplayData>;

/**
 * The rest of the map is dimmed now: something is emphasised (a hover on small graphs, a selection, a traced
 * chain). On big graphs too: Sigma draws only the level of detail's display graph, a few thousand items, so
 * dimming the rest is cheap and a selected author's network stands out at every size (it did not above 8,000
 * nodes before: a tester's "no fade on selection at 30k"). The label placement dims the names with it.
 */
export const isDimming = (state: AppearanceState): boolean => state.emphasis.nodes.size > 0;

export function createAppearance() {
  const state: AppearanceState = { emphasis: NO_EMPHASIS, processed: false, selected: null, focusRef: null, lod: false, strongEdge: CANVAS_COLORS.light.edgeStrong, sizeCap: new Map(), roomShare: new Map(), squaresBelow: new Set(), ring: ringColourer('light') };

  // Sigma hands reducers a fresh shallow copy of the attributes: changing it in place is safe.
  const nodeReducer = (node: string, data: NodeData): NodeData => {
    const e = state.emphasis;
    // the disc's ring, from the colour it is drawn in
    const ringed = data.kind === 'author';
    const isSelected = node === state.selected;
    // an author's rank by papers (0..1, see sigma-graph.ts) keeps the prolific on top within each layer
    const rank = data.kind === 'author' && !data.focal ? (data.zIndex ?? 1) - 1 : 0;
    const cap = state.sizeCap.get(node);
    if (cap !== undefined && data.size !== undefined) data.size *= cap;
    const share = state.roomShare.get(node);
    if (share !== undefined && data.size !== undefined) data.size *= share;
    if (e.coauthors?.has(node) && !e.nodes.has(node) && !isSelected) {
      // a selected author's co-author (the second ring, authors-and-papers view): in its own colour and ring, its name
      // kept (placed as room allows, not forced), above the dimmed rest and under the author and their papers
      if (data.focal) data.forceLabel = true;
      data.zIndex = 1 + rank;
      if (ringed) data.ringColor = state.ring(data.color);
      return data;
    }
    if (e.nodes.size === 0 || (!e.nodes.has(node) && !isSelected)) {
      if (data.focal) data.forceLabel = true;
      if (isDimming(state)) {
        data.color = data.dimColor;
        // drawn below every disc (graph/programs.ts `SQUARE_BELOW`): a dimmed square over an emphasised disc pitted it
        if (data.type === 'square') (data as { type: string }).type = SQUARE_BELOW;
        // a big map keeps the other names, drawn faint by LabelsController (a reader finds their way and clicks
        // the next author by name); a small one shows only the emphasised names
        if (!data.focal && !state.lod) data.label = null;
        data.zIndex = rank;
        // no ring on a dimmed disc (one in its own colour): the rest of the map recedes. Rings mixed from the dimmed
        // colour, lighter than it on the dark theme and darker on the light, drew every disc of the context in
        // outline, as busy as the emphasised ones
        if (ringed) data.ringColor = data.color;
        return data;
      }
      // a square that would cover one of its authors' discs whole is drawn below the discs (`squaresBelow`)
      if (data.type === 'square' && state.squaresBelow.has(node)) (data as { type: string }).type = SQUARE_BELOW;
      if (ringed) data.ringColor = state.ring(data.color);
      return data;
    }
    const isFocus = node === e.focus || isSelected;
    if (data.kind === 'paper') data.label = isFocus || e.nodes.size < LABEL_ALL_LIMIT ? data.title : null;
    data.forceLabel = isFocus || e.nodes.size < LABEL_ALL_LIMIT || data.focal || e.named?.has(node) === true;
    data.highlighted = isFocus;
    // above the rest, the smaller disc over the bigger one (2 + 1/(1 + size): in (2, 3)), the selected node too: a
    // chain's author drawn 5.5 px from a bigger one's centre was hidden under it, unnamed (Elmar Nöth under Manfred
    // Stede, Logan Lebanoff under Fei Liu, 30k map), and a selected author's disc hid ~40 of their 42 papers and
    // their closest co-authors (Lilja Øvrelid, Ivan Vulić); the hovered node alone stays on top of all
    data.zIndex = isFocus && !isSelected ? 4 : 2 + 1 / (1 + Math.max(0, data.size ?? 0));
    if (ringed) data.ringColor = state.ring(data.color);
    return data;
  };

  const edgeReducer = (edge: string, data: EdgeData): EdgeData => {
    const e = state.emphasis;
    if (e.edges.has(edge)) {
      data.color = state.strongEdge;
      data.size = Math.max(data.size, 1);
      data.zIndex = 1;
    } else if (e.coauthorEdges?.has(edge)) {
      // a link from the selected author's paper to a co-author: drawn in its own colour, under the author's links
      data.zIndex = 0;
      data.hidden = false;
    } else if (isDimming(state) || (!data.overview && !state.lod)) {
      data.hidden = true;
    }
    return data;
  };

  /** A new graph: nothing emphasised yet. */
  const reset = (theme: Theme, lod = false): void => {
    state.emphasis = NO_EMPHASIS;
    state.processed = false;
    state.selected = null;
    state.focusRef = null;
    state.lod = lod;
    state.strongEdge = CANVAS_COLORS[theme].edgeStrong;
    state.ring = ringColourer(theme);
    state.sizeCap = new Map();
  };

  return { state, nodeReducer, edgeReducer, reset };
}

export type Appearance = ReturnType<typeof createAppearance>;
