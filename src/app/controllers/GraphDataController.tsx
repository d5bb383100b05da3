/** Builds the graph for the loaded dataset, view and theme, and hands it to Sigma. Renders nothing. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { buildSigmaGraph, type AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { mark } from '../debug';
import type { Appearance } from './appearance';
import { applyVisibility } from '../graph/apply-visibility';

export function GraphDataController({ onGraph, appearance }: { onGraph: (graph: AtlasGraph) => void; appearance: Appearance }) {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const view = useAtlas((s) => s.view);
  const theme = useAtlas((s) => s.theme);

  // partial refreshes need Sigma to have processed the current graph: track it (before setGraph runs)
  useEffect(() => {
    const onProcessed = () => {
      appearance.state.processed = true;
    };
    sigma.on('afterProcess', onProcessed);
    return () => {
      sigma.off('afterProcess', onProcessed);
    };
  }, [sigma, appearance]);

  useEffect(() => {
    if (!dataset) return;
    const graph = buildSigmaGraph(dataset.bundle, view, theme);
    const visibility = useAtlas.getState().visibility;
    if (visibility) applyVisibility(graph, visibility);
    appearance.reset(graph, theme);
    mark('graphBuilt');
    sigma.setGraph(graph);
    onGraph(graph);
  }, [sigma, dataset, view, theme, onGraph, appearance]);

  return null;
}
