/**
 * While a single community is shown alone ("Show only this one"), discs keep their size at every zoom: Sigma
 * enlarges a disc by the square root of the zoom (`zoomToSizeRatioFunction`, √ of the camera ratio), so framing
 * one community of the 30k map (1,243 authors, ratio ~0.1) drew its discs ~3× their overview size, one blob:
 * 8,038 overlapping pairs, 18% of its authors' discs clear of every other at the fourth root's growth, 49% and
 * 584 pairs at none. Zooming in spreads the authors further. The whole map (ratio 1) is drawn as before;
 * Sigma's default comes back when the other communities do.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { useAtlas } from '../store';

/** A disc's growth with the zoom while one community is shown alone: none (Sigma divides sizes by this of the camera ratio). */
export const aloneSizeRatio = (): number => 1;

export function CommunityAloneController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const alone = useAtlas((s) => {
    const n = s.dataset?.bundle.communities.length ?? 0;
    return n > 1 && s.filters.hiddenCommunities.size === n - 1;
  });

  useEffect(() => {
    if (!alone) return;
    sigma.setSetting('zoomToSizeRatioFunction', aloneSizeRatio);
    return () => {
      sigma.setSetting('zoomToSizeRatioFunction', Math.sqrt);
    };
  }, [sigma, graph, alone]);

  return null;
}
