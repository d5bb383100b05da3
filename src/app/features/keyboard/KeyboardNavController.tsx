/**
 * The canvas by keyboard: the canvas takes focus (Tab), the arrow keys move a cursor among the
 * neighbours of the selection (the neighbour lying most nearly in the arrow's direction on screen, from the
 * cursor), Enter opens the one under the cursor, which becomes the selection. With nothing selected, the
 * cursor starts at the focal author (or the author with most papers in view). The cursor is shown as a
 * hover (label and neighbourhood emphasised) and said in a live region for screen readers.
 *
 * The view by keyboard (a keyboard user could neither zoom nor pan, a tester): `+` (or `=`) and `-` zoom in and out
 * as the zoom buttons do (about the selection when it is in view: controllers/ZoomButtons.tsx), `0` shows the whole
 * map, Shift + an arrow key pans by a fifth of the canvas.
 *
 * The focus ring shows only for the keyboard: a click on the map gives it the focus too, and a key pressed then
 * (Escape, to close a card) made the browser draw its ring around the whole map (a tester); it comes back with a
 * key that works the map (arrows, Enter, zoom).
 */
import { useSigma } from '@react-sigma/core';
import './keyboard.css';
import { useEffect, useRef, useState } from 'react';
import { nodeKey, parseNodeKey } from '../../graph/node-keys';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../../graph/sigma-graph';
import { useAtlas } from '../../store';
import { selectedNode } from '../../store/types';
import type Sigma from 'sigma';
import { fitShown, moveTo, ZOOM_FACTOR, zoomBy } from '../../controllers/ZoomButtons';
import { panTarget, viewKey } from './view-keys';
import { authorPaperCounts } from '../../../core/queries/time-slice';

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Of `candidates`, the one in direction `dir` (screen, y down) from `from`: ahead of it (within 60° of the
 * direction), nearest when a sideways offset counts twice its distance ahead. Null when none lies that way.
 */
export function nextInDirection(
  from: { x: number; y: number },
  dir: [number, number],
  candidates: { key: string; x: number; y: number }[],
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const ahead = dx * dir[0] + dy * dir[1];
    const side = Math.abs(dx * dir[1] - dy * dir[0]);
    if (ahead <= 0 || side > ahead * Math.tan(Math.PI / 3)) continue;
    const score = ahead + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = c.key;
    }
  }
  return best;
}

function screenPosition(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, key: string): { x: number; y: number } {
  const a = graph.getNodeAttributes(key);
  return sigma.graphToViewport({ x: a.x, y: a.y });
}

/**
 * Where the cursor starts with nothing selected: the focal author, else the visible author with most papers in view
 * (in the year range, under one).
 */
function startNode(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph): string | null {
  const focal = graph.findNode((_n, a) => a.focal && !a.hidden);
  if (focal) return focal;
  const { width, height } = sigma.getDimensions();
  const { dataset, visibility } = useAtlas.getState();
  // papers as the map counts them: a year range's in it (graph/visibility.ts)
  const counts = dataset ? authorPaperCounts(dataset.bundle, visibility?.slice ?? null) : null;
  let best: string | null = null;
  let most = -1;
  graph.forEachNode((n, a) => {
    if (a.kind !== 'author' || a.hidden) return;
    const papers = counts?.[parseNodeKey(n).index] ?? 0;
    if (papers <= most) return;
    const p = sigma.graphToViewport({ x: a.x, y: a.y });
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return;
    most = papers;
    best = n;
  });
  return best;
}

export function KeyboardNavController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const cursor = useRef<string | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    const container = sigma.getContainer();
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-roledescription', 'co-authorship map');
    container.setAttribute(
      'aria-label',
      'Map. Arrow keys move between the neighbours of the selected author, Enter opens. Plus and minus zoom, 0 shows the whole map, Shift with an arrow key pans.',
    );
    container.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight Enter + - 0 Shift+ArrowUp Shift+ArrowDown Shift+ArrowLeft Shift+ArrowRight');
    container.classList.add('keyboard-canvas');

    const name = (key: string) => {
      const a = graph.getNodeAttributes(key);
      return a.kind === 'author' ? (a.label ?? a.title) : `paper: ${a.title}`;
    };
    const show = (key: string) => {
      cursor.current = key;
      useAtlas.getState().hover(parseNodeKey(key));
      container.dataset.cursor = key;
      const p = screenPosition(sigma, graph, key);
      const { width, height } = sigma.getDimensions();
      // off screen: bring it into view
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) useAtlas.getState().moveCamera({ kind: 'node', ref: parseNodeKey(key) });
      setSaid(`${name(key)}. Enter opens.`);
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const view = viewKey(e.key);
      const dir = DIRECTIONS[e.key];
      // a key that works the map: the focus ring is back (it is hidden after a click, see the module comment)
      if (view || dir || e.key === 'Enter' || e.key === ' ') delete container.dataset.pointerFocus;
      if (view) {
        e.preventDefault();
        // (the whole map, or what the filters leave shown: as the zoom buttons' third)
        const part = view === 'whole' && fitShown(sigma as unknown as Sigma);
        if (view !== 'whole') zoomBy(sigma as unknown as Sigma, view === 'in' ? ZOOM_FACTOR : 1 / ZOOM_FACTOR);
        setSaid(view === 'whole' ? (part ? 'Shown map.' : 'Whole map.') : view === 'in' ? 'Zoomed in.' : 'Zoomed out.');
        return;
      }
      if (dir && e.shiftKey) {
        e.preventDefault();
        const target = panTarget(sigma.getDimensions(), dir, (p) => sigma.viewportToFramedGraph(p));
        moveTo(sigma as unknown as Sigma, { x: target.x, y: target.y });
        return;
      }
      const { selection, select } = useAtlas.getState();
      const anchorRef = selectedNode(selection);
      const anchor = anchorRef && graph.hasNode(nodeKey(anchorRef)) ? nodeKey(anchorRef) : null;
      if (e.key === 'Enter' || e.key === ' ') {
        const key = cursor.current ?? anchor;
        if (!key || !graph.hasNode(key)) return;
        e.preventDefault();
        cursor.current = key;
        // the selection itself: already open (selecting it again would only redraw its card)
        if (key !== anchor) select(parseNodeKey(key));
        // the cursor's hover ends: opened, the node is shown as its card's selection, as a click shows it (with its
        // co-authors named and linked). The hover's emphasis (its neighbourhood only) stayed over the selection's: a
        // tester's Enter on Xin Luo left his co-authors Weiling Li and Yurong Zhong faded and unnamed. The cursor
        // stays on the node: the arrow keys go on from it
        const hovered = useAtlas.getState().hovered;
        if (hovered && nodeKey(hovered) === key) useAtlas.getState().hover(null);
        setSaid(`${name(key)} opened.`);
        return;
      }
      if (!dir) return;
      e.preventDefault();
      if (!anchor) {
        const start = cursor.current && graph.hasNode(cursor.current) ? cursor.current : startNode(sigma, graph);
        if (!start) return;
        if (cursor.current !== start) return show(start);
        // no selection: move among the start's neighbours
        return move(start, start, dir);
      }
      const from = cursor.current && graph.hasNode(cursor.current) && (cursor.current === anchor || graph.areNeighbors(anchor, cursor.current)) ? cursor.current : anchor;
      move(anchor, from, dir);
    };
    const move = (anchor: string, from: string, dir: [number, number]) => {
      const candidates: { key: string; x: number; y: number }[] = [];
      const add = (key: string) => {
        if (key === from || graph.getNodeAttribute(key, 'hidden')) return;
        candidates.push({ key, ...screenPosition(sigma, graph, key) });
      };
      graph.forEachNeighbor(anchor, add);
      add(anchor);
      const next = nextInDirection(screenPosition(sigma, graph, from), dir, candidates);
      if (next) show(next);
      else setSaid(`No neighbour that way from ${name(from)}.`);
    };
    // focus from a click (pointerdown comes before the focus): no ring until a key works the map
    const onPointerDown = () => {
      container.dataset.pointerFocus = '';
    };
    const onBlur = () => {
      delete container.dataset.pointerFocus;
      if (cursor.current && useAtlas.getState().hovered && nodeKey(useAtlas.getState().hovered!) === cursor.current) useAtlas.getState().hover(null);
      cursor.current = null;
      delete container.dataset.cursor;
    };
    container.addEventListener('keydown', onKey);
    container.addEventListener('pointerdown', onPointerDown);
    container.addEventListener('blur', onBlur);
    return () => {
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('blur', onBlur);
    };
  }, [sigma, graph]);

  return (
    <div className="visually-hidden" aria-live="polite" data-testid="canvas-keyboard-status">
      {said}
    </div>
  );
}
