/**
 * Publishes react-sigma's instance as the one Sigma handle (graph/sigma-instance.ts) while the canvas is mounted,
 * with fewer WebGL layer updates per frame (graph/sigma-layers.ts).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { setSigmaOnScreen } from '../graph/sigma-instance';
import { lightenSigmaLayers } from '../graph/sigma-layers';

export function SigmaInstanceController() {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    lightenSigmaLayers(sigma);
    setSigmaOnScreen(sigma);
    return () => setSigmaOnScreen(null);
  }, [sigma]);
  return null;
}
