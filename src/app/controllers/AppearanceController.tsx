/**
 * Emphasis on the canvas, read only from the store: the hovered node, else a feature's emphasis request
 * (a traced co-author chain), else the selected node — with its neighbours and their edges — stands out
 * (the rest dims; not for a selected author or paper the filters hide: `filtersHide`, nor for a request of nodes
 * the camera is not taken to, the review list's pair, while none of them is in view: `requestSeen`); in the ego view, with its author or nothing selected, the whole network shown (`egoEmphasis`). On big graphs (level of detail) hover is left to HoverOverlayController. The emphasised set is computed once per focus change; the reducers
 * (controllers/appearance.ts) only look it up. Only the nodes and edges that change are re-processed,
 * except when dimming switches on or off.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { afterPanelPainted } from '../after-paint';
import { computeEmphasis, egoEmphasis, resolveEmphasis } from '../graph/emphasis';
import { ringColourer } from '../graph/colours';
import { lodOf } from '../graph/lod';
import { filtersHide } from '../graph/visibility';
import { nodeKey } from '../graph/node-keys';
import { repaintHoverCards } from '../graph/sigma-layers';
import type { AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { selectedNode } from '../store/types';
import { CANVAS_COLORS } from '../theme';
import { clearPart } from '../canvas-covers';
import type { EmphasisRequest } from '../store/types';
import type { Appearance } from './appearance';
import { setLabelColors } from './labels';

/**
 * Whether Sigma has a program slot for each of `nodes` and `edges` (keys), i.e. processed them in its last pass,
 * so a partial refresh without indexation can repaint them (Sigma 3.0 internals: `nodeProgramIndex`,
 * `edgeProgramIndex`).
 */
function indexedBySigma(sigma: ReturnType<typeof useSigma>, nodes: string[], edges: string[]): boolean {
  const internals = sigma as unknown as { nodeProgramIndex: Record<string, number>; edgeProgramIndex: Record<string, number> };
  return nodes.every((n) => internals.nodeProgramIndex[n] !== undefined) && edges.every((e) => internals.edgeProgramIndex[e] !== undefined);
}

/** Whether two sets of node keys hold the same keys. */
const sameNodes = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
};

/**
 * Whether `request` is to be drawn now: always, unless it is `inViewOnly` (EmphasisRequest: the review list's pair);
 * then only while one of its nodes is drawn (in `graph`, not hidden) inside the part of the canvas the panels leave
 * (canvas-covers.ts `clearPart`), where Sigma's last render put it. Reads the page's boxes; throws nothing.
 */
function requestSeen(sigma: ReturnType<typeof useSigma>, graph: AtlasGraph, request: EmphasisRequest): boolean {
  if (!request.inViewOnly) return true;
  const part = clearPart(sigma.getContainer());
  return request.nodes.some((ref) => {
    const key = nodeKey(ref);
    if (!graph.hasNode(key)) return false;
    const a = graph.getNodeAttributes(key);
    if (a.hidden) return false;
    const p = sigma.graphToViewport({ x: a.x, y: a.y });
    return p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom;
  });
}

export function AppearanceController({ graph, appearance }: { graph: AtlasGraph; appearance: Appearance }) {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const hovered = useAtlas((s) => s.hovered);
  const selection = useAtlas((s) => selectedNode(s.selection));
  const theme = useAtlas((s) => s.theme);
  // what a feature asks for (a traced co-author chain) stays emphasised while nothing is hovered
  const requested = useAtlas((s) => s.emphasis);
  // the ego view: its whole network is emphasised while its author (or nothing) is selected
  const ego = useAtlas((s) => s.filters.ego);
  const visibility = useAtlas((s) => s.visibility);
  const showPapers = useAtlas((s) => s.filters.showPapers);

  useEffect(() => {
    setLabelColors(CANVAS_COLORS[theme]);
    // the hover cards' layer keeps cards whose nodes did not change: these are drawn in the new colours
    repaintHoverCards(sigma);
    // the emphasised links' colour (the graph itself is recoloured in place: ColourController)
    appearance.state.strongEdge = CANVAS_COLORS[theme].edgeStrong;
    // and the discs' rings (darker on the light theme, lighter on the dark)
    appearance.state.ring = ringColourer(theme);
    sigma.refresh({ schedule: true });
  }, [theme, appearance, sigma]);

  // the selection the canvas shows: a new one is emphasised after the frame that paints its details panel
  const shownSelection = useRef<typeof selection>(null);
  // a new selection waiting for that frame (other changes meanwhile, e.g. the hover, do not restart the wait)
  const pending = useRef<{ selection: typeof selection; cancel: () => void } | null>(null);
  // (forgotten once cancelled: React's development mode unmounts and mounts each component once more, and a
  // cancelled wait left here made the next run think the selection was on its way: a map opened from a link
  // with an author never dimmed the rest)
  useEffect(
    () => () => {
      pending.current?.cancel();
      pending.current = null;
    },
    [],
  );

  // what the deferred emphasis reads when it runs (the values of the latest render)
  const latest = useRef({ dataset, hovered, selection, requested, ego, visibility, showPapers });
  latest.current = { dataset, hovered, selection, requested, ego, visibility, showPapers };
  // the emphasis step of the latest effect run: a deferred one must not use the graph or appearance of the run
  // that queued it (they may have changed while it waited: the effect returns early for the same selection)
  const emphasiseLatest = useRef<() => void>(() => {});
  // whether the request (an `inViewOnly` one) was in view when last drawn (`requestSeen`)
  const seen = useRef(true);

  // an `inViewOnly` request (the review list's pair) is drawn again when it comes into view or leaves it: after each
  // render with the camera at rest (a flight's frames keep the last answer) and when the card or sheet is resized
  useEffect(() => {
    if (!requested?.inViewOnly) return;
    const check = () => {
      if (sigma.getCamera().isAnimated() || !latest.current.requested || pending.current) return;
      if (requestSeen(sigma, graph, latest.current.requested) !== seen.current) emphasiseLatest.current();
    };
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(check);
    };
    sigma.on('afterRender', check);
    const resized = new ResizeObserver(later);
    resized.observe(sigma.getContainer());
    const panel = document.querySelector('.details-panel');
    if (panel) resized.observe(panel);
    return () => {
      sigma.off('afterRender', check);
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [sigma, graph, requested]);

  useEffect(() => {
    const emphasise = (): void => {
      const { dataset, hovered, requested, ego, visibility, showPapers } = latest.current;
      if (!dataset) return;
      // a selected author or paper the filters hide is no focus: nothing of it is drawn, and the whole map dimmed about
      // it read as faded, the part the filters show too (its card says it is hidden and offers to show it)
      const selection = latest.current.selection && visibility && filtersHide(dataset.bundle, showPapers, visibility, latest.current.selection) ? null : latest.current.selection;
      const { state } = appearance;
      const prev = state.emphasis;
      const prevSelected = state.selected;
      // big graphs: hover is drawn on a 2D overlay (HoverOverlayController), never through the reducers,
      // so a hover costs no WebGL re-render; the reducers keep the selection (or a feature's request)
      const lod = lodOf(graph);
      const shown = lod ? null : hovered;
      const egoShown = !shown && !requested && ego && visibility && (selection === null || (selection.kind === 'author' && selection.index === ego.author));
      // (a request of nodes the camera is not taken to, the review list's pair, while none of them is in view: no
      // dimming about what the map does not show; the edge markers point at them, OffscreenMarks.tsx)
      seen.current = requested ? requestSeen(sigma, graph, requested) : true;
      const next = egoShown
        ? egoEmphasis(graph, dataset.bundle, ego.author, visibility.author)
        : !shown && requested && seen.current
          ? resolveEmphasis(graph, requested)
          : computeEmphasis(graph, dataset.bundle, shown ?? selection, { coauthors: !shown });
      const selected = selection && graph.hasNode(nodeKey(selection)) ? nodeKey(selection) : null;
      // (the same nodes, not only as many: the review list's pair after pair are two discs each, and the second pair
      // was never drawn)
      if (prev.focus === next.focus && sameNodes(prev.nodes, next.nodes) && (prev.named?.size ?? -1) === (next.named?.size ?? -1) && (prev.coauthors?.size ?? -1) === (next.coauthors?.size ?? -1) && prevSelected === selected) return;
      const dimmingChanged = (next.nodes.size > 0) !== (prev.nodes.size > 0);
      state.emphasis = next;
      state.selected = selected;
      // big graphs: the display graph gains the new neighbourhood (and loses the old one)
      // (the second ring too: a selected author's co-authors, drawn plainly, and their links to the author's papers)
      if (lod) lod.forced = { nodes: new Set([...next.nodes, ...(next.coauthors ?? []), ...(selected ? [selected] : [])]), edges: next.coauthorEdges ? new Set([...next.edges, ...next.coauthorEdges]) : next.edges };
      lod?.update();
      if (!state.processed || dimmingChanged) {
        state.processed = false;
        sigma.scheduleRefresh();
        return;
      }
      const nodes = new Set([...prev.nodes, ...next.nodes, ...(prev.coauthors ?? []), ...(next.coauthors ?? [])]);
      if (prevSelected) nodes.add(prevSelected);
      if (selected) nodes.add(selected);
      const drawn = sigma.getGraph();
      const edges = [...new Set([...prev.edges, ...next.edges, ...(prev.coauthorEdges ?? []), ...(next.coauthorEdges ?? [])])].filter((e) => drawn.hasEdge(e));
      const changed = [...nodes].filter((n) => drawn.hasNode(n));
      // a partial refresh without indexation repaints only what Sigma has indexed: anything it has not (a graph
      // swapped in since its last pass) makes Sigma throw "edge … can't be repaint", which took the canvas down
      // once after a who-is-who split (a tester, not reproduced): such a change is one full pass instead
      if (!lod && !indexedBySigma(sigma, changed, edges)) {
        state.processed = false;
        sigma.scheduleRefresh();
        return;
      }
      // the display graph may hold nodes Sigma has not indexed yet: re-index it (it is small)
      sigma.refresh({ partialGraph: { nodes: changed, edges }, skipIndexation: !lod, schedule: true });
    };
    emphasiseLatest.current = emphasise;
    // a click is answered by the details panel first; the canvas follows in the frames after (after-paint.ts).
    // Until then the canvas keeps the previous selection's emphasis (a hover on a small graph meanwhile is
    // drawn at once, with it).
    if (dataset && selection !== shownSelection.current) {
      if (pending.current?.selection === selection) return;
      pending.current?.cancel();
      pending.current = {
        selection,
        cancel: afterPanelPainted(() => {
          pending.current = null;
          shownSelection.current = latest.current.selection;
          emphasiseLatest.current();
        }),
      };
      return;
    }
    emphasise();
  }, [sigma, appearance, graph, dataset, hovered, selection, requested, ego, visibility, showPapers]);

  return null;
}
