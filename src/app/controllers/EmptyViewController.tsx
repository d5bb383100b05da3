/**
 * A filter change that leaves the view empty re-frames what it leaves shown. The camera is the user's: a filter
 * changed while they are zoomed in or panned leaves it where it is as long as anything shown is still in view (and
 * the zoom buttons' "Fit the shown map" frames the rest, ZoomButtons.tsx `fitShown`); but when nothing the filters
 * leave is drawn in the part of the canvas the panels leave (canvas-covers.ts `framingPart`), there is no view of the
 * user's to keep, and a blank canvas reads as "nothing left". Not while a card is open (its framing holds the
 * camera: a tester's card kept the map where it was, the fit button then framed the rest) unless the filters hide
 * its author or paper (`holdsCamera`), nor in the ego view (it
 * frames its own network), nor when another move was asked for meanwhile ("Show only this one" frames its community).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { framingPart } from '../canvas-covers';
import { restingPosition } from '../graph/node-moves';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { visibilityApplied } from '../graph/apply-visibility';
import { useAtlas } from '../store';
import { selectedNode, type Selection } from '../store/types';
import type { Visibility } from '../graph/visibility';
import { shownNodes } from './CameraController';
import { fitShown } from './ZoomButtons';

/**
 * Whether none of `keys` (nodes of `graph`, where they rest) is drawn at `sigma`'s camera now inside `part` (canvas
 * CSS px). O(keys); stops at the first found. Throws nothing.
 */
export function noneInView(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, keys: readonly string[], part: { left: number; top: number; right: number; bottom: number }): boolean {
  for (const key of keys) {
    const p = sigma.graphToViewport(restingPosition(graph, key));
    if (p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom) return false;
  }
  return true;
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

export function EmptyViewController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(
    () =>
      useAtlas.subscribe((state, prev) => {
        if (state.filters === prev.filters || state.dataset !== prev.dataset || !state.dataset || !state.visibility) return;
        if (holdsCamera(state.selection, state.visibility) || state.filters.ego || prev.filters.ego) return;
        const { visibility, camera: asked } = state;
        // after the frame that hides what the filters left out (FiltersController), and any move asked for with the
        // change (it is that move's to make)
        requestAnimationFrame(() => {
          const now = useAtlas.getState();
          if (now.visibility !== visibility || now.camera !== asked || holdsCamera(now.selection, visibility) || !visibilityApplied(graph, visibility)) return;
          if (sigma.getCamera().isAnimated()) return;
          const { keys, all } = shownNodes(graph, visibility);
          if (all || keys.length === 0 || !noneInView(sigma, graph, keys, framingPart(sigma.getContainer()))) return;
          fitShown(sigma as unknown as Sigma);
        });
      }),
    [sigma, graph],
  );
  return null;
}
