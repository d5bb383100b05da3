/**
 * Disc sizes for the part of the map the filters leave (graph/shown-size.ts): Sigma's `zoomToSizeRatioFunction` set
 * from the shown authors' extent and the room around them, Sigma's default (√ of the camera ratio) for the whole map
 * and in the ego view (which moves its authors off the map's positions and frames them itself).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { isBigGraph } from '../graph/big-graph';
import { authorKey } from '../graph/node-keys';
import { shownPart, shownSizeRatio } from '../graph/shown-size';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { useAtlas } from '../store';

export function ShownSizeController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const bundle = useAtlas((s) => s.dataset?.bundle ?? null);
  const visibility = useAtlas((s) => s.visibility);
  const ego = useAtlas((s) => s.filters.ego !== null);

  useEffect(() => {
    // (each setting re-processes what Sigma draws: not set again when it is the same)
    const set = (f: (ratio: number) => number) => {
      if (sigma.getSetting('zoomToSizeRatioFunction') !== f) sigma.setSetting('zoomToSizeRatioFunction', f);
    };
    if (!bundle || !visibility || ego || visibility.authorCount >= bundle.authors.name.length) {
      set(Math.sqrt);
      return;
    }
    // the authors where the map's layout puts them (the graph's positions: both views hold every author)
    const n = bundle.authors.name.length;
    const x = new Float64Array(n).fill(NaN);
    const y = new Float64Array(n).fill(NaN);
    for (let i = 0; i < n; i++) {
      const key = authorKey(i);
      if (!graph.hasNode(key)) continue;
      const a = graph.getNodeAttributes(key);
      x[i] = a.x;
      y[i] = a.y;
    }
    const part = shownPart(x, y, visibility.author);
    // a big map's discs (graph/sigma-graph.ts `authorSize`: 1.6 for one paper, sized by its authors and papers)
    set(shownSizeRatio(part, isBigGraph(n + bundle.papers.title.length)));
  }, [sigma, graph, bundle, visibility, ego]);

  useEffect(
    () => () => {
      sigma.setSetting('zoomToSizeRatioFunction', Math.sqrt);
    },
    [sigma],
  );

  return null;
}
