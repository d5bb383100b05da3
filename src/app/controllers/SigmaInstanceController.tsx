/**
 * Publishes the canvas's Sigma instance (sigma-container.tsx) as the one Sigma handle (graph/sigma-instance.ts)
 * while the canvas is mounted.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { setSigmaOnScreen } from '../graph/sigma-instance';

export function SigmaInstanceController() {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    setSigmaOnScreen(sigma);
    return () => setSigmaOnScreen(null);
  }, [sigma]);
  return null;
}
