/** Builds the graph for the loaded dataset, view and theme, and hands it to Sigma. Renders nothing. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { buildSigmaGraph, type AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { atlasDebug, mark } from '../debug';
import type { Appearance } from './appearance';
import { applyVisibility } from '../graph/apply-visibility';
import { createLod, graphBBox } from '../graph/lod';

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
    const graph = buildSigmaGraph(dataset.bundle, view, theme, useAtlas.getState().colorBy);
    const visibility = useAtlas.getState().visibility;
    if (visibility) applyVisibility(graph, visibility);
    // big graphs: Sigma draws a display graph of what matters in view (level of detail), framed like the whole
    const lod = createLod(graph, dataset.bundle);
    appearance.reset(graph, theme, lod !== null);
    mark('graphBuilt');
    atlasDebug.graph = graph;
    sigma.setCustomBBox(lod ? graphBBox(graph) : null);
    sigma.setGraph(lod ? lod.display : graph);
    onGraph(graph);
  }, [sigma, dataset, view, theme, onGraph, appearance]);

  return null;
}
