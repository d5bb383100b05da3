/**
 * Which bundle each graph handed to Sigma was built from (GraphDataController records it). While a new dataset
 * opens over a map, the canvas controllers still hold the old map's graph for a few tasks: what they would apply
 * of the new dataset (its filters, a re-draw with its labels) is not for that graph.
 */
import type { Bundle } from '../../core/bundle/types';
import type { AtlasGraph } from '../graph/sigma-graph';

const owners = new WeakMap<AtlasGraph, Bundle>();

/** Record that `graph` was built from `bundle`. */
export function setGraphBundle(graph: AtlasGraph, bundle: Bundle): void {
  owners.set(graph, bundle);
}

/** The bundle `graph` was built from (GraphDataController's graphs); undefined for any other graph. */
export function bundleOfGraph(graph: AtlasGraph): Bundle | undefined {
  return owners.get(graph);
}
