/** Hides what the filters exclude by setting `hidden` on graph nodes (Sigma then skips their edges too). */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { applyVisibility } from '../graph/apply-visibility';
import type { AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import { bundleOfGraph } from './graph-owner';

export function FiltersController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const visibility = useAtlas((s) => s.visibility);
  useEffect(() => {
    // a new dataset opening over this graph: its filters are not this graph's (GraphDataController applies
    // them to the new graph before drawing it); applying them here re-drew the old map for nothing
    const owner = bundleOfGraph(graph);
    if (owner && owner !== useAtlas.getState().dataset?.bundle) return;
    if (visibility && applyVisibility(graph, visibility)) sigma.refresh();
  }, [sigma, graph, visibility]);
  return null;
}
