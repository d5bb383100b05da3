/**
 * Where nodes of a graph are headed while they move (the ego view's own layout flying in or out:
 * features/network/EgoLayoutController.tsx), and the community labels' extents for positions other than the
 * bundle's. Read by whatever must act on where a node will be rather than where a frame of the move drew it: the
 * camera's framing (controllers/CameraController.tsx), the level of detail's choice of what is in view
 * (graph/lod.ts `refreshAttrs`), and the community labels (controllers/LabelsController.tsx).
 */
import type { AtlasGraph } from './sigma-graph';

const heading = new WeakMap<AtlasGraph, ReadonlyMap<string, { x: number; y: number }>>();
const extents = new WeakMap<AtlasGraph, { owner: object; extents: Float64Array }>();

/** Nodes of `graph` now moving, and where to (graph coordinates); null or empty: none moves. */
export function setDestinations(graph: AtlasGraph, destinations: ReadonlyMap<string, { x: number; y: number }> | null): void {
  if (destinations && destinations.size > 0) heading.set(graph, destinations);
  else heading.delete(graph);
}

/** Where node `key` of `graph` is headed, if it is moving. */
export function destinationOf(graph: AtlasGraph, key: string): { x: number; y: number } | undefined {
  return heading.get(graph)?.get(key);
}

/** Whether some node of `graph` is moving now (the ego view's layout flying in or out). */
export const moving = (graph: AtlasGraph): boolean => heading.has(graph);

/**
 * Where node `key` of `graph` rests: its destination while it moves, else its position (`attrs`, its attributes,
 * default: read from the graph). Throws graphology's NotFoundGraphError when the node is not in the graph.
 */
export function restingPosition(graph: AtlasGraph, key: string, attrs?: { x: number; y: number }): { x: number; y: number } {
  const to = heading.get(graph)?.get(key);
  if (to) return to;
  const a = attrs ?? graph.getNodeAttributes(key);
  return { x: a.x, y: a.y };
}

/**
 * The community labels' extents (core/bundle/preview.ts `communityExtents` layout) for the positions `graph`'s
 * nodes rest at, made for `owner` (the filters' visibility they were worked out for); null: the bundle's own
 * positions hold (no such extents, or made for other filters).
 */
export function placedExtents(graph: AtlasGraph | null, owner: object | null): Float64Array | null {
  if (!graph || !owner) return null;
  const e = extents.get(graph);
  return e && e.owner === owner ? e.extents : null;
}

/** Set (or with null, drop) the extents `placedExtents` gives for `graph` under `owner`. */
export function setPlacedExtents(graph: AtlasGraph, owner: object | null, value: Float64Array | null): void {
  if (owner && value) extents.set(graph, { owner, extents: value });
  else extents.delete(graph);
}

/**
 * How the ego view's own layout (features/network/ego-positions.ts `egoPositions`) is placed on `graph`'s coordinates:
 * its ego author (`author`, an author index) where the map has them (`x`, `y`), and `scale` graph units per layout
 * unit. The scale is the canvas's (EgoLayoutController `scaleFor`: a phone's rings are spread wider in graph units than
 * a desktop's, so that each screen's framing draws its discs apart), so a place in that layout is said in its own
 * units from the ego author to be the same on any screen (a shared link's `at=`, url/map-place.ts).
 */
export interface EgoPlacement {
  author: number;
  x: number;
  y: number;
  scale: number;
}

const egoPlacements = new WeakMap<AtlasGraph, EgoPlacement>();

/** Set (or with null, drop: the view keeps the map's positions, or is left) how `graph`'s ego layout is placed. */
export function setEgoPlacement(graph: AtlasGraph, placement: EgoPlacement | null): void {
  if (placement) egoPlacements.set(graph, placement);
  else egoPlacements.delete(graph);
}

/** How `graph`'s ego layout is placed (`EgoPlacement`), or null when no ego view lays it out as rings. */
export function egoPlacementOf(graph: AtlasGraph | null): EgoPlacement | null {
  return (graph && egoPlacements.get(graph)) ?? null;
}
