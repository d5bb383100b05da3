/**
 * Tells tests and the benchmark when the graph is on screen: `data-state="ready"` on <html> after the
 * first frame drawn with the dataset, and timings on `window.__atlas`.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { AtlasGraph } from '../graph/sigma-graph';
import { atlasDebug } from '../debug';
import { useAtlas } from '../store';

export function ReadyController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  useEffect(() => {
    atlasDebug.sigma = sigma;
    let done = false;
    const onRender = () => {
      if (done) return;
      done = true;
      atlasDebug.timings.firstFrame ??= performance.now();
      atlasDebug.ready = true;
      document.documentElement.dataset.state = 'ready';
      // build the search index once the graph is on screen, before the first keystroke needs it
      const dataset = useAtlas.getState().dataset;
      if (dataset) {
        setTimeout(() => {
          const t0 = performance.now();
          dataset.search();
          atlasDebug.timings.searchIndexMs ??= performance.now() - t0;
        }, 50);
      }
    };
    sigma.on('afterRender', onRender);
    sigma.scheduleRender();
    return () => {
      sigma.off('afterRender', onRender);
    };
  }, [sigma, graph]);
  return null;
}
