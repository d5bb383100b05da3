/** Builds the graph for the loaded dataset and view, and hands it to Sigma. Renders nothing. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { buildSigmaGraph, type AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { applyVisibility } from './FiltersController';

export function GraphDataController({ onGraph }: { onGraph: (graph: AtlasGraph) => void }) {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const view = useAtlas((s) => s.view);
  const theme = useAtlas((s) => s.theme);

  useEffect(() => {
    if (!dataset) return;
    const graph = buildSigmaGraph(dataset.bundle, view, theme);
    const visibility = useAtlas.getState().visibility;
    if (visibility) applyVisibility(graph, visibility);
    const large = graph.order > 5000 || graph.size > 20000;
    sigma.setSetting('hideEdgesOnMove', large);
    sigma.setSetting('labelRenderedSizeThreshold', large ? 7 : 5);
    sigma.setGraph(graph);
    onGraph(graph);
  }, [sigma, dataset, view, theme, onGraph]);

  return null;
}
