/**
 * Node and link colours follow the store's theme and colour mode (community or year): when either changes,
 * the graph is recoloured in place (graph/sigma-graph.ts `recolourGraph`, colours from graph/colours.ts), so
 * the camera, the selection and the level of detail stay. A new graph is built in the current theme and mode
 * already (graph attributes `theme`, `colorBy`), so nothing is redone then.
 */
import { useEffect } from 'react';
import { recolourGraph, type AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';

export function ColourController({ graph }: { graph: AtlasGraph }) {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const colorBy = useAtlas((s) => s.colorBy);
  useEffect(() => {
    if (dataset) recolourGraph(graph, dataset.bundle, theme, colorBy);
  }, [graph, dataset, theme, colorBy]);
  return null;
}
