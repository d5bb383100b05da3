/**
 * Tells tests and the benchmark when the graph is on screen: `data-state="ready"` on <html> after the
 * first frame drawn with the dataset and the features' chunks loaded (lazy-feature.tsx), and timings on
 * `window.__atlas`.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { AtlasGraph } from '../graph/sigma-graph';
import { atlasDebug } from '../debug';
import { preloadFeatures } from '../lazy-feature';
import { useAtlas } from '../store';

export function ReadyController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  useEffect(() => {
    let done = false;
    let live = true;
    const onRender = () => {
      if (done) return;
      done = true;
      // a big graph's first picture may have been drawn before (GraphDataController): firstFrame stays its time
      atlasDebug.timings.firstFrame ??= performance.now();
      // "ready" once the features' chunks are in too (feature-chunks.tsx; on a big graph long before this)
      void preloadFeatures().then(() => {
        if (!live) return;
        atlasDebug.timings.interactive ??= performance.now();
        atlasDebug.ready = true;
        document.documentElement.dataset.state = 'ready';
      });
      // once the graph is on screen, fill the search index and the panels' lookups in short slices,
      // so the first keystroke and click find them ready and the page stays responsive meanwhile
      const dataset = useAtlas.getState().dataset;
      if (dataset) {
        let spent = 0;
        const slice = () => {
          const t0 = performance.now();
          const done = dataset.search().fill(30);
          spent += performance.now() - t0;
          if (!done) return void setTimeout(slice, 0);
          const t2 = performance.now();
          dataset.search().warm();
          atlasDebug.timings.searchWarmMs ??= performance.now() - t2;
          atlasDebug.timings.searchIndexMs ??= spent;
          const t1 = performance.now();
          dataset.papersOf(0);
          dataset.coauthorsOf(0);
          atlasDebug.timings.panelIndexMs ??= performance.now() - t1;
        };
        setTimeout(slice, 50);
      }
    };
    sigma.on('afterRender', onRender);
    sigma.scheduleRender();
    return () => {
      live = false;
      sigma.off('afterRender', onRender);
    };
  }, [sigma, graph]);
  return null;
}
