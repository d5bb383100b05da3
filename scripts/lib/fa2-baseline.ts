/** Layout quality of plain ForceAtlas2 (100 iterations, Barnes-Hut, random start) on the author–paper graph, for comparison. */
import { readFileSync } from 'node:fs';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { authorPaperGraph } from '../../src/core/graph/build-graph';
import { layoutQuality } from '../../src/core/layout/quality';
import { mulberry32 } from '../../src/core/util/random';
import type { Bundle } from '../../src/core/bundle/types';

const bundle = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Bundle;
const na = bundle.authors.name.length;
const g = authorPaperGraph(na, bundle.papers.authors);
const rng = mulberry32(1);
g.forEachNode((n) => g.mergeNodeAttributes(n, { x: rng() * 1000, y: rng() * 1000 }));
const t0 = performance.now();
forceAtlas2.assign(g, { iterations: 100, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: true } });
const ms = performance.now() - t0;
const ax = new Float64Array(na);
const ay = new Float64Array(na);
const px = new Float64Array(bundle.papers.title.length);
const py = new Float64Array(bundle.papers.title.length);
g.forEachNode((n, a) => {
  const i = Number(n.slice(1));
  if (n[0] === 'a') ((ax[i] = a.x), (ay[i] = a.y));
  else ((px[i] = a.x), (py[i] = a.y));
});
process.stdout.write(`${JSON.stringify({ fa2Ms: Math.round(ms), fa2Quality: Math.round(layoutQuality(ax, ay, px, py, bundle.papers.authors) * 10000) / 10000 })}\n`);
