/**
 * Canvas events to store actions: click selects, hover emphasises, a click on empty canvas closes.
 * The node under the pointer is picked from the drawn nodes' positions and sizes (graph/pick.ts), not
 * read back from Sigma's GPU picking texture (seconds per pointer event on software WebGL); Sigma's
 * picking pass is turned off. A pick only names nodes Sigma has drawn and still holds data for (a click aside: below). A node's drawn
 * label picks it (click, hover, tap and the pointer cursor alike), on its letters and their halo before any disc under
 * them (labels are drawn above the discs); where a disc shows between or round the letters inside the label's box, a
 * mouse picks the disc (what the pointer's tip shows there); outside every drawn label's box, the disc drawn on top. A
 * cluster's name drawn on the map (not faint) is above the discs too: a click on its letters, or in its box over no
 * disc, opens that cluster's card and frames it (as the Clusters panel's row does); a disc showing between its
 * letters is the disc (a tester clicked the centres of small discs drawn under "Iryna Gurevych", "Diyi Yang" and a
 * cluster's name on the 3k map's overview and got those names' cards: 9 of 12 free-standing discs hit).
 * A faint name (drawn at a fifth of its opacity while something else is emphasised) hides nothing: a node drawn
 * plainly under it (an emphasised node, or the hovered neighbourhood's on a big graph) wins over it; over a dimmed
 * disc the faint name still picks its author. A name a big graph's hover added or moved (`byHover`: a co-author of
 * the hovered author, or a name pushed aside by theirs) hides a disc only under its letters, and only one whose author
 * was not named before the hover: between its letters, or over a disc the user read by its name, the disc wins (one
 * jump of the mouse from the hovered author onto another's disc picks that author), and on its letters over an
 * unnamed disc the name picks its author, where it is read.
 * A finger's tap that lands on nothing picks the nearest drawn node within TOUCH_SLACK_PX of it (nearest first); a
 * finger on a name's text (its letters, and the gaps between them and between its words) picks that name over the
 * discs under it, a dot under it only where the dot is small and shows round the name's letters (graph/label-ink.ts);
 * a finger in the box of a cluster's name drawn plainly opens that cluster, as a click does, over the dots within its
 * slack and the big discs under its letters (a small dot in sight under the finger, or a disc off the ink, excepted).
 * A name a hover shows for a node the level of detail does not draw (a hovered author's paper or co-author at the
 * 30k map's overview), and its disc or square on the hover layer, are clicked as a drawn one is and open that node's
 * card; on a move they keep the hover that shows them (they vanished under the pointer, and a click there picked
 * nothing).
 * A hovered node that leaves the drawn graph is no longer hovered (Sigma forgets it without a
 * leaveNode event), so no emphasis of it stays on screen; and the hover follows what is under a resting pointer
 * after each render and each drawing of the labels (a hover re-places the names: the name the pointer came to
 * rest on was drawn back under it with nothing hovered); but a node that a camera move of the app's own (a
 * selection's flight, a fit, a search's jump, a zoom button or key: graph/camera-moves.ts) brings under a resting
 * mouse is not hovered until the pointer moves or the user turns the wheel (pointer-moves.ts, which the card rows
 * ask too): its hover replaced the emphasis
 * of the author just clicked (the 30k map: the flight came to rest with another author's disc under the mouse). The
 * user's own wheel zoom or drag still hovers what it brings under the pointer.
 */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { nodeKey, parseNodeKey, type NodeRef } from '../graph/node-keys';
import { computeEmphasis } from '../graph/emphasis';
import { onLabelsDrawn, type PlacedLabel } from '../graph/label-placement';
import { onAppCameraMove } from '../graph/camera-moves';
import { movedSince, pointerMark, type PointerMark } from '../pointer-moves';
import { createNodePicker, HIDDEN_SHARE, pickAt, turnOffGpuPicking, type PickNodes } from '../graph/pick';
import { onNameInk, shareClearOfName, withinNameText } from '../graph/label-ink';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { hoverNeighbourhood } from '../graph/hover-neighbourhood';
import { lodOf } from '../graph/lod';
import type Sigma from 'sigma';
import { useAtlas } from '../store';
import { labelsOnScreen, labelsSeenAt, namedAtRest } from './LabelsController';
import { atlasDebug } from '../debug';

/** How far (CSS px) a finger may move between press and release for a tap (Sigma's `tapMoveTolerance`). */
const TAP_MOVE_PX = 10;

/** Automatic hovers (no pointer move between) after which the hover stops following re-placed names: no ping-pong. */
const MAX_SETTLING_HOVERS = 3;

/**
 * @param graph the map's whole graph (on a big map Sigma draws a level of detail of it: graph/lod.ts), whose
 * hovered neighbourhood the hover layer draws (HoverOverlayController); null before the dataset's graph is built
 */
export function EventsController({ graph }: { graph: AtlasGraph | null }) {
  const sigma = useSigma();
  // read at each pick (the events are registered once, before the first graph: a preview's picture is picked too)
  const wholeGraph = useRef(graph);
  wholeGraph.current = graph;
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const { select, hover } = useAtlas.getState();
    const container = sigma.getContainer();
    // getNodeAtPosition is private in Sigma's types: replaced on this instance only (Sigma calls it on every
    // pointer move, press, release, click and wheel)
    const picker = sigma as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null };
    const positions = createNodePicker(sigma);
    // a node's name is part of it: the pointer on a drawn label picks its node as the disc does (a tester clicked
    // eight names on the 70k map and nothing opened). Labels are drawn above every disc (the label layer is over
    // the nodes), so a drawn name's letters win over a disc under them: with the disc first, 6 of the 46 names drawn at the
    // 30k map's overview opened the person whose disc lay under the text ("Ondřej Bojar" opened Karën Fort).
    // Labels never overlap; a disc wins outside every drawn label's box, inside one where it shows between or round
    // the letters (off their ink: a click on the centre of Masaaki Nagata's disc under the box of "Iryna Gurevych"
    // opened Iryna Gurevych, on the 3k map), or under a faint name when the disc
    // is drawn plainly (a paper square of the selected Ondřej Bojar under the faint "Filip Ginter" opened Filip
    // Ginter: what is drawn is what is clicked).
    // a cluster's name drawn on the map opens that cluster's card and frames it, as its row in the Clusters panel
    // does (a tester clicked a cluster's name and nothing happened). Drawn above the discs, it wins over a disc
    // under its letters as an author's name does (on the 30k map's overview most cluster names lie over discs: a
    // click on one opened an author hidden under the text), a disc showing between them wins (graph/pick.ts); not
    // while drawn faint (a selection or hover dims the clusters' names: the discs under them are what is seen).
    // Names never overlap one another.
    const inBox = (point: { x: number; y: number }, b: PlacedLabel['box']) => point.x >= b.x0 && point.x <= b.x1 && point.y >= b.y0 && point.y <= b.y1;
    const communityAt = (point: { x: number; y: number }, faintToo = true): number | null => {
      for (const l of shownLabels()) {
        if (l.kind !== 'community' || (l.dim && !faintToo)) continue;
        if (inBox(point, l.box)) return Number(l.key);
      }
      return null;
    };
    const layered = sigma as unknown as { hoveredNode: string | null; highlightedNodes: Set<string> };
    const cache = sigma as unknown as { nodeDataCache: Record<string, { color?: string } | undefined> };
    const labelStyle = () => ({ font: sigma.getSetting('labelFont'), size: sigma.getSetting('labelSize'), weight: sigma.getSetting('labelWeight') });
    // the last dot measured under a name (a finger's hover re-picks after each frame: the same answer, not redrawn)
    let hidden: { at: string; hidden: boolean } | null = null;
    // the hovered neighbourhood (drawn above a big graph's wash), per hover and drawn graph
    let hood: { hovered: unknown; graph: unknown; nodes: ReadonlySet<string> } | null = null;
    const nodes: PickNodes = {
      nodeAt: (point) => positions.nodeAt(point),
      nodeUnderFinger: (point) => positions.nodeUnderFinger(point),
      nodeNear: (point, tolerance, accept) => positions.nodeNear(point, tolerance, accept),
      has: (key) => sigma.getGraph().hasNode(key),
      // Sigma draws the hovered and the highlighted nodes again on its hover layer, above the labels' layer
      aboveNames: (key) => layered.hoveredNode === key || layered.highlightedNodes.has(key),
      shapeOf: (key) => positions.shapeOf(key),
      onInk: (point, label, tip, gap) => onNameInk(label, point, labelStyle(), tip, gap),
      onText: (point, label) => withinNameText(label, point, labelStyle()),
      namedAtRest: (key) => namedAtRest(sigma, key),
      hiddenUnder: (key, label) => {
        const shape = positions.shapeOf(key);
        if (!shape) return false;
        const style = labelStyle();
        const at = JSON.stringify([key, shape, label.text, label.x, label.y, label.align, label.node?.strong ?? false, style]);
        if (hidden?.at !== at) hidden = { at, hidden: shareClearOfName(label, shape, style) < HIDDEN_SHARE };
        return hidden.hidden;
      },
      plain: (key) => {
        const graph = sigma.getGraph() as unknown as AtlasGraph;
        if (!graph.hasNode(key)) return false;
        // dimmed by a selection or a chain (AppearanceController's reducer gives it its dimmed colour)
        const dimColor = graph.getNodeAttribute(key, 'dimColor');
        if (dimColor !== undefined && cache.nodeDataCache[key]?.color === dimColor) return false;
        const { hovered, dataset } = useAtlas.getState();
        if (!hovered || !dataset) return true;
        if (!hood || hood.hovered !== hovered || hood.graph !== graph) hood = { hovered, graph, nodes: computeEmphasis(graph, dataset.bundle, hovered).nodes };
        return hood.nodes.size === 0 || hood.nodes.has(key);
      },
      // a hover's name of a node the level of detail leaves out: a click opens that node; a move keeps the hover
      // that shows the name (Sigma hovers only nodes it draws: it reads their display data)
      undrawn: (key) => standsFor(key),
      undrawnAt: (point) => {
        // the hover layer's discs and squares of nodes Sigma does not draw, the last drawn (on top) first
        const { hovered, dataset } = useAtlas.getState();
        const graph = wholeGraph.current;
        if (!hovered || !dataset || !graph || !lodOf(graph)) return null;
        const drawn = hoverNeighbourhood(sigma as unknown as Sigma<NodeAttrs, EdgeAttrs>, graph, dataset.bundle, hovered);
        const shown = sigma.getGraph();
        for (let i = (drawn?.nodes.length ?? 0) - 1; i >= 0; i--) {
          const n = drawn!.nodes[i]!;
          if (shown.hasNode(n.key)) continue;
          const dx = Math.abs(point.x - n.x);
          const dy = Math.abs(point.y - n.y);
          if (n.attrs.kind === 'paper' ? dx <= n.r && dy <= n.r : Math.hypot(dx, dy) <= n.r) return standsFor(n.key);
        }
        return null;
      },
    };
    // what a node Sigma does not draw, shown by the hover (its name or its disc), picks: itself on a click, the
    // hovered node on a move (Sigma hovers only nodes it draws: it reads their display data)
    const standsFor = (key: string): string | null =>
      clicking ? key : pointerHovered !== null && sigma.getGraph().hasNode(pointerHovered) ? pointerHovered : null;
    // true while a click or a tap is dispatched (set before Sigma's listeners, which pick: capture on the
    // container; cleared once the event is done)
    let clicking = false;
    const onClickCapture = () => {
      clicking = true;
      setTimeout(() => {
        clicking = false;
      }, 0);
    };
    // the pointer's kind at its last press or move: a finger gets TOUCH_SLACK_PX (pointer events come before the
    // touch events Sigma picks on)
    let pointerType = 'mouse';
    // A finger's tap is picked against the picture the user saw when the finger came down (pick.ts `aimedFrame`):
    // the camera move of a first tap starts once its card is painted (0.4–0.8 s later on a phone), and a second
    // tap made meanwhile was answered after frames that had moved the map under the finger (a tap on Peter Vajda,
    // 500 ms after one on Bowen Shi, opened Apoorv Vyas). From the finger's press until it moves further than a
    // tap may, or a mouse or pen is used; the names as drawn on that picture (`labelsSeenAt` of `labelsUntil`).
    let touchDown: { x: number; y: number; labelsUntil: number | null } | null = null;
    const shownLabels = () => (touchDown && touchDown.labelsUntil !== null ? labelsSeenAt(touchDown.labelsUntil) : labelsOnScreen());
    // The names too are those drawn when the finger landed, though the camera did not move: the press hovers the
    // node under it, and that hover's drawing re-places the names (the hovered name set bold beside its disc, maybe
    // elsewhere); a finger lifted on a frame of it was picked against the moved names: a tap on the middle of
    // "Haojin Yang" opened Nico Ring, whose disc the name had left (phone-taps-30k under load).
    const onTouchStart = (e: TouchEvent) => {
      const t = e.touches[0];
      touchDown = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY, labelsUntil: positions.seenAt(e.timeStamp) ?? e.timeStamp } : null;
      if (!touchDown) positions.seenAt(null);
    };
    const onTouchMove = (e: TouchEvent) => {
      const t = e.touches[0];
      if (!touchDown || (t && Math.hypot(t.clientX - touchDown.x, t.clientY - touchDown.y) <= TAP_MOVE_PX)) return;
      touchDown = null;
      positions.seenAt(null);
    };
    picker.getNodeAtPosition = (point) => {
      const picked = pickAt(point, shownLabels(), nodes, pointerType === 'touch');
      if (touchDown) atlasDebug.lastTouchPick = { point, picked, pictureAt: positions.seenPictureAt(), at: performance.now() };
      return picked;
    };
    turnOffGpuPicking(sigma);
    const forgetGoneHover = () => {
      const hovered = useAtlas.getState().hovered;
      if (hovered && !sigma.getGraph().hasNode(nodeKey(hovered))) {
        container.style.cursor = '';
        hover(null);
      }
    };
    // Sigma says a node is left only when the pointer moves over the canvas: a camera move (a click frames
    // its author, a zoom button, a reset) or the pointer leaving for a button or panel left the old node
    // hovered, its neighbourhood and titles drawn on after the selection was closed (issue 11, item 3).
    // So the hover ends when the pointer leaves the canvas, and after each render that follows a camera move
    // or a change of the drawn graph unless the node drawn under the pointer is still the hovered one.
    // Only a hover the pointer made is ended this way: the keyboard cursor (features/keyboard) shows its node
    // as a hover too, with no pointer over the canvas, and ends it itself.
    let pointer: { x: number; y: number } | null = null;
    let pointerHovered: string | null = null;
    const internals = sigma as unknown as { hoveredNode: string | null };
    const hoverIsPointers = () => {
      const hovered = useAtlas.getState().hovered;
      return hovered !== null && nodeKey(hovered) === pointerHovered;
    };
    const dropHover = () => {
      internals.hoveredNode = null;
      const mine = hoverIsPointers();
      pointerHovered = null;
      if (mine) {
        container.style.cursor = '';
        hover(null);
      }
    };
    let onCommunity = false;
    // hovers made by `syncHover` since the pointer last moved
    let settling = 0;
    // a button held (the map dragged): nodes passing under the pointer are not hovered by `syncHover`
    let pressed = false;
    // The app moved the camera (graph/camera-moves.ts) since the user last moved the mouse or turned the wheel
    // (pointer-moves.ts): what comes to rest under the resting mouse is not hovered (neither by `syncHover` nor by
    // a move event that does not move it) until then. Syncing hovers only what the user's own action brought under
    // the pointer: a hover's re-placed names (why `syncHover` exists), the user's wheel zoom or drag. A finger is
    // left alone (a touch hovers only at its press).
    let appMoved: PointerMark | null = null;
    const movedUnder = () => appMoved !== null && !movedSince(appMoved);
    const stopAppMoves = onAppCameraMove((camera) => {
      if (camera === sigma.getCamera()) appMoved = pointerMark();
    });
    const onPointerDown = (e: PointerEvent) => {
      pointerType = e.pointerType;
      if (e.pointerType !== 'touch' && touchDown) {
        touchDown = null;
        positions.seenAt(null);
      }
      // a finger is where it is put (a touch has no pointer move before its press): the press's hover lasts while
      // the node is under it (`syncHover`), not one frame (it was dropped at the next render, the names re-placed
      // for it drawn once and placed back)
      if (e.pointerType === 'touch') {
        const r = container.getBoundingClientRect();
        pointer = { x: e.clientX - r.left, y: e.clientY - r.top };
      }
      pressed = true;
    };
    const onPointerUp = (e: PointerEvent) => {
      pressed = false;
      // a lifted finger is over nothing: its hover ends at the next render
      if (e.pointerType === 'touch') pointer = null;
    };
    const onPointerMove = (e: PointerEvent) => {
      pointerType = e.pointerType;
      settling = 0;
      const r = container.getBoundingClientRect();
      pointer = { x: e.clientX - r.left, y: e.clientY - r.top };
      // the pointer cursor over a cluster's name says it can be clicked (a node's hover sets its own)
      const over = pointerHovered === null && !early() && communityAt(pointer) !== null;
      if (over !== onCommunity) {
        onCommunity = over;
        if (pointerHovered === null) container.style.cursor = over ? 'pointer' : '';
      }
    };
    const onPointerLeave = () => {
      pointer = null;
      dropHover();
    };
    const enter = (node: string) => {
      if (early()) return void (container.style.cursor = 'progress');
      container.style.cursor = 'pointer';
      pointerHovered = node;
      hover(parseNodeKey(node));
    };
    // the check is a position pick (cheap), after every render and every drawing of the labels: a camera move, a
    // level-of-detail refill or a filter can each take the node from under the pointer, and a hover's placement of
    // the names can bring one back under it. The node under a resting mouse is hovered (as Sigma does on a move),
    // but not while the camera moves or the map is dragged (its last frame, or the labels placed at its stop, check again), and at most
    // MAX_SETTLING_HOVERS times without a move of the pointer (two hovers placing names under each other).
    const syncHover = () => {
      const hovered = useAtlas.getState().hovered;
      // the keyboard cursor's hover (or a panel's) is not the pointer's: left alone
      if (hovered !== null && !hoverIsPointers()) return;
      // (a finger's hover, made at its press, lasts while the node is under it, as before)
      if (!pointer || pointerType === 'touch') {
        if (hovered !== null && (!pointer || picker.getNodeAtPosition(pointer) !== pointerHovered)) dropHover();
        return;
      }
      const under = early() ? null : picker.getNodeAtPosition(pointer);
      if (under === pointerHovered && (under === null || hovered !== null)) return;
      if (under === null || pressed || movedUnder() || sigma.getCamera().isAnimated() || settling >= MAX_SETTLING_HOVERS) {
        if (hovered !== null) dropHover();
        return;
      }
      settling++;
      internals.hoveredNode = under;
      enter(under);
      (sigma as unknown as { scheduleHighlightedNodesRender(): void }).scheduleHighlightedNodesRender();
    };
    // (capture: before Sigma's own touch listeners, which pick)
    container.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
    document.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });
    container.addEventListener('click', onClickCapture, { capture: true });
    container.addEventListener('touchend', onClickCapture, { capture: true, passive: true });
    container.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('pointerup', onPointerUp);
    window.addEventListener('pointercancel', onPointerUp);
    container.addEventListener('pointermove', onPointerMove);
    container.addEventListener('pointerleave', onPointerLeave);
    sigma.on('afterRender', forgetGoneHover);
    sigma.on('afterRender', syncHover);
    const stopLabels = onLabelsDrawn(syncHover);
    // before the bundle is in (a preview file's picture: store `preview`, no dataset), a click on an author is
    // kept and answered once the dataset opens (the store checks the file against the bundle), the pointer says
    // the map is still loading, and nothing is hovered: no card, no name from anywhere but the bundle
    const early = () => useAtlas.getState().dataset === null;
    const { pickOnPreview } = useAtlas.getState();
    const click = (ref: NodeRef | null) => (early() ? pickOnPreview(ref && ref.kind === 'author' ? { kind: 'author', index: ref.index } : null) : select(ref));
    const clickStage = (point: { x: number; y: number }) => {
      const id = early() ? null : communityAt(point);
      if (id === null || id >= (useAtlas.getState().dataset?.bundle.communities.length ?? 0)) return click(null);
      select({ kind: 'community', id });
      useAtlas.getState().moveCamera({ kind: 'community', id });
    };
    registerEvents({
      clickNode: ({ node }) => click(parseNodeKey(node)),
      // a second click soon after the first arrives as a double click (which also zooms)
      doubleClickNode: ({ node }) => click(parseNodeKey(node)),
      clickStage: ({ event }) => clickStage(event),
      doubleClickStage: ({ event }) => clickStage(event),
      enterNode: ({ node }) => {
        // a move event at the mouse's resting place after an app's camera move (not a move of the pointer)
        if (movedUnder() && pointerType !== 'touch') return void (internals.hoveredNode = null);
        enter(node);
      },
      leaveNode: () => {
        container.style.cursor = '';
        pointerHovered = null;
        hover(null);
      },
    });
    return () => {
      sigma.off('afterRender', forgetGoneHover);
      sigma.off('afterRender', syncHover);
      stopLabels();
      container.removeEventListener('touchstart', onTouchStart, { capture: true });
      document.removeEventListener('touchmove', onTouchMove, { capture: true });
      container.removeEventListener('click', onClickCapture, { capture: true });
      container.removeEventListener('touchend', onClickCapture, { capture: true });
      container.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('pointercancel', onPointerUp);
      container.removeEventListener('pointermove', onPointerMove);
      container.removeEventListener('pointerleave', onPointerLeave);
      stopAppMoves();
      delete (picker as { getNodeAtPosition?: unknown }).getNodeAtPosition;
      positions.dispose();
    };
  }, [sigma, registerEvents]);

  return null;
}
