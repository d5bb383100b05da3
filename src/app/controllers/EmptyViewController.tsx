/**
 * A filter change brings what it leaves shown into view (years, venues, communities, a least number of papers, the
 * co-author view's links: whatever changes which authors are shown). The camera the app framed (a card's author with
 * their neighbours, left there after the card closed; a cluster; what earlier filters left; the whole map) is the
 * app's, not the user's: when the authors and papers shown no longer all lie in the part of the canvas the panels
 * leave (canvas-covers.ts `clearPart`), what is shown is framed as the fit button and a link with filters frame it
 * (`{ kind: 'shown' }`, CameraController.tsx `shownFraming`), flown as every framing of the app flies (`animationMs`).
 * A tester on the 3k map: a card's close-up kept after "Findings of the ACL: EMNLP 2020" was chosen showed 103 of its
 * 1,724 authors, the rest of the canvas empty, and only the fit button brought them into view.
 * - The user's own camera (a wheel zoom, a drag, the zoom buttons, a camera a step Back gave back: part-framed.ts
 *   `heldAppFraming`) stays where it is as long as anything shown is still in view (the fit button frames the rest);
 *   when nothing the filters leave is drawn in the part of the canvas the panels and the canvas's corner controls
 *   leave (`framingPart`) there is no view of the user's to keep, and a blank canvas reads as "nothing left": then it
 *   frames what is shown.
 * - A card open (its author or paper shown) holds the camera: the filter change leaves its framing as it is (a tester's
 *   card kept the map where it was); once that card is closed (×, Esc, a click on the map; not a step Back, which
 *   gives back a camera of its own), the change it held back brings what is shown into view as above, if the camera is
 *   still the app's. A card whose author or paper the filters hide holds nothing (`holdsCamera`).
 * - Not in the ego view (it frames its own network), nor when another move was asked for with the change or since
 *   ("Show only this one" frames its community, "Show on the map" its author, a card opened meanwhile its own).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { clearPart, framingPart, type CanvasPart } from '../canvas-covers';
import { restingPosition } from '../graph/node-moves';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { visibilityApplied } from '../graph/apply-visibility';
import { useAtlas } from '../store';
import { selectedNode, type AtlasState, type Selection } from '../store/types';
import type { Visibility } from '../graph/visibility';
import { shownNodes } from './CameraController';
import { heldAppFraming } from './part-framed';
import { fitShown } from './ZoomButtons';

/**
 * Whether none of `keys` (nodes of `graph`, where they rest) is drawn at `sigma`'s camera now inside `part` (canvas
 * CSS px). O(keys); stops at the first found. Throws nothing.
 */
export function noneInView(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, keys: readonly string[], part: CanvasPart): boolean {
  for (const key of keys) {
    const p = sigma.graphToViewport(restingPosition(graph, key));
    if (p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom) return false;
  }
  return true;
}

/**
 * Whether every one of `keys` (nodes of `graph`, where they rest) is drawn at `sigma`'s camera now inside `part`
 * (canvas CSS px): their bounding box's corners, converted once each (the camera turns nothing: a box stays a box).
 * O(keys) attribute reads, two conversions. Throws nothing.
 */
export function allInView(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, keys: readonly string[], part: CanvasPart): boolean {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const key of keys) {
    const { x, y } = restingPosition(graph, key);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x0 === Infinity) return true;
  const a = sigma.graphToViewport({ x: x0, y: y0 });
  const b = sigma.graphToViewport({ x: x1, y: y1 });
  return Math.min(a.x, b.x) >= part.left && Math.max(a.x, b.x) <= part.right && Math.min(a.y, b.y) >= part.top && Math.max(a.y, b.y) <= part.bottom;
}

/**
 * Whether the card `selection` holds the camera: any card open, unless it is an author's or a paper's that
 * `visibility` hides (its card says so: "Hidden on the map by the filters"; nothing of it is on the map to keep in
 * view: the 30k map, Ivan Vulić's card open, a year range, a venue and at least 5 papers left a blank canvas).
 */
function holdsCamera(selection: Selection | null, visibility: Visibility): boolean {
  if (selection === null) return false;
  const ref = selectedNode(selection);
  if (!ref) return true;
  return (ref.kind === 'author' ? visibility.author[ref.index] : visibility.paper[ref.index]) === 1;
}

/** Whether visibilities `a` and `b` show the same authors (a change of the paper nodes alone moves nothing). O(authors). */
function sameAuthors(a: Visibility, b: Visibility): boolean {
  if (a.author === b.author) return true;
  if (a.authorCount !== b.authorCount || a.author.length !== b.author.length) return false;
  for (let i = 0; i < a.author.length; i++) if (a.author[i] !== b.author[i]) return false;
  return true;
}

/** How many frames a check waits for a camera move under way to end before it gives up (about 4 s). */
const WAIT_FRAMES = 240;

export function EmptyViewController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    // a filter change the open card held back (brought into view once it closes)
    let heldBack = false;
    let frame = 0;
    /**
     * After the frame that hides what the filters left out (FiltersController) and once any camera move under way has
     * ended: what `visibility` shows brought into view, unless the store has moved on (other filters, another move
     * asked for than `asked`, a card that holds the camera, the ego view).
     */
    const check = (visibility: Visibility, asked: AtlasState['camera'], waited = 0) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = useAtlas.getState();
        if (now.visibility !== visibility || now.camera !== asked || now.filters.ego || holdsCamera(now.selection, visibility) || !visibilityApplied(graph, visibility)) return;
        const camera = sigma.getCamera();
        // (a move under way: the previous change's framing, a glide of the user's drag; looked at where it ends)
        if (camera.isAnimated()) return void (waited < WAIT_FRAMES && check(visibility, asked, waited + 1));
        const { keys, all } = shownNodes(graph, visibility);
        if (keys.length === 0) return;
        const container = sigma.getContainer();
        if (heldAppFraming(camera)) {
          if (!allInView(sigma, graph, keys, clearPart(container))) now.moveCamera({ kind: 'shown' });
          return;
        }
        if (all || !noneInView(sigma, graph, keys, framingPart(container))) return;
        fitShown(sigma as unknown as Sigma);
      });
    };
    const unsubscribe = useAtlas.subscribe((state, prev) => {
      if (state.dataset !== prev.dataset || !state.dataset || !state.visibility) {
        heldBack = false;
        return;
      }
      if (state.filters.ego || prev.filters.ego) {
        heldBack = false;
        if (state.filters !== prev.filters) cancelAnimationFrame(frame);
        return;
      }
      const held = holdsCamera(state.selection, state.visibility);
      if (state.filters !== prev.filters && prev.visibility && !sameAuthors(prev.visibility, state.visibility)) {
        if (held) heldBack = true;
        else check(state.visibility, state.camera);
        return;
      }
      // the card that held a change back closed (not by a step Back: that gives a camera back itself)
      if (heldBack && state.selection !== prev.selection && !held) {
        heldBack = false;
        if (state.origin !== 'history') check(state.visibility, state.camera);
      }
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [sigma, graph]);
  return null;
}
