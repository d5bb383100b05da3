/**
 * Author disc sizes follow the store's "size by" (graph/node-sizes.ts): when it changes, or betweenness
 * arrives, or a new graph is drawn with another measure than papers, every author node gets its size.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { parseNodeKey } from '../graph/node-keys';
import { lodOf } from '../graph/lod';
import { authorSizes } from '../graph/node-sizes';
import type { AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';
import type { SizeBy } from '../store/types';
import type { TimeSlice } from '../../core/queries/time-slice';

/** The measure (and betweenness values) each graph's sizes were last set for; a new graph is sized by papers. */
const sizedBy = new WeakMap<AtlasGraph, { by: SizeBy; values: Float64Array | null; slice: TimeSlice | null }>();

export function SizeController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const betweenness = useAtlas((s) => s.betweenness);
  const values = betweenness.status === 'done' ? betweenness.values : null;
  // a year range's links: total link strength and degree are the range's (null without a range)
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  useEffect(() => {
    // betweenness not computed yet: the sizes stay as they are until it is
    if (!dataset || (sizeBy === 'betweenness' && !values)) return;
    const applied = sizedBy.get(graph) ?? { by: 'papers', values: null, slice: null };
    const bySlice = sizeBy === 'strength' || sizeBy === 'degree';
    if (applied.by === sizeBy && (sizeBy !== 'betweenness' || applied.values === values) && (!bySlice || applied.slice === slice)) return;
    const sizes = authorSizes(dataset.bundle, sizeBy, values, slice);
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        const ref = parseNodeKey(node);
        if (ref.kind === 'author') attrs.size = sizes[ref.index];
        return attrs;
      },
      { attributes: ['size'] },
    );
    sizedBy.set(graph, { by: sizeBy, values, slice });
    // a big graph draws its largest discs first: by these sizes now
    const lod = lodOf(graph);
    if (lod) {
      lod.rank((i) => sizes[i]);
      lod.update();
    }
    sigma.refresh();
  }, [sigma, graph, dataset, sizeBy, values, slice]);
  return null;
}
