/** In the co-author view a link can be clicked: the card of the two co-authors opens. Renders nothing. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { parseNodeKey } from '../../graph/node-keys';
import type { AtlasGraph } from '../../graph/sigma-graph';
import { useAtlas } from '../../store';
import { edgeAtPoint } from './edge-at-point';

export function LinkClickController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const view = useAtlas((s) => s.view);
  useEffect(() => {
    if (view !== 'coauthors') return;
    const onClick = ({ event }: { event: { x: number; y: number } }) => {
      const edge = edgeAtPoint(sigma, event.x, event.y);
      if (edge === null) return;
      const [s, t] = graph.extremities(edge);
      const a = parseNodeKey(s).index;
      const b = parseNodeKey(t).index;
      useAtlas.getState().select({ kind: 'pair', a: Math.min(a, b), b: Math.max(a, b) });
    };
    sigma.on('clickStage', onClick);
    return () => {
      sigma.off('clickStage', onClick);
    };
  }, [sigma, graph, view]);
  return null;
}
