/**
 * Sigma's `stagePadding` (the margin it keeps around the whole map at camera ratio 1) to the canvas's shape: 48 px
 * where the map's square meets the canvas's bottom corners (a landscape or square canvas: the legend and the zoom
 * buttons lie there), 16 px on a tall canvas, where the map's width is the limit and the bottom corners are far
 * below it. A phone's overview of the 30k map was drawn 294 of 390 px wide in the middle of the screen (testers);
 * now 358. Set again when the canvas crosses between the two (a phone turned; one re-process of the map then).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { stagePaddingFor } from '../graph/stage-padding';

export function StagePaddingController() {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    const container = sigma.getContainer();
    const fit = () => {
      const { width, height } = container.getBoundingClientRect();
      if (!(width > 0 && height > 0)) return;
      const padding = stagePaddingFor(width, height);
      if (sigma.getSetting('stagePadding') !== padding) sigma.setSetting('stagePadding', padding);
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(container);
    return () => resized.disconnect();
  }, [sigma]);
  return null;
}
