/** Hides what the filters exclude by setting `hidden` on graph nodes (Sigma then skips their edges too). */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { applyVisibility } from '../graph/apply-visibility';
import type { AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';

export function FiltersController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const visibility = useAtlas((s) => s.visibility);
  useEffect(() => {
    if (visibility && applyVisibility(graph, visibility)) sigma.refresh();
  }, [sigma, graph, visibility]);
  return null;
}
