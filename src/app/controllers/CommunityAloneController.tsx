/**
 * While a single community is shown alone ("Show only this one"), discs grow more slowly with the zoom: Sigma
 * enlarges a disc by the square root of the zoom (`zoomToSizeRatioFunction`, √ of the camera ratio), so framing
 * one community of the 30k map (1,243 authors, ratio ~0.1) drew its discs ~3× their overview size, one blob
 * of overlapping discs (8,000 overlapping pairs); by the fourth root instead its authors can be told apart. The
 * whole map (ratio 1) is drawn as before; Sigma's default comes back when the other communities do.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { useAtlas } from '../store';

/** A disc's growth with the zoom while one community is shown alone: the camera ratio's fourth root. */
export const aloneSizeRatio = (ratio: number): number => Math.pow(ratio, 0.25);

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
