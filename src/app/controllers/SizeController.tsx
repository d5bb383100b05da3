/**
 * Author disc sizes follow the store's "size by" (graph/node-sizes.ts) and the year range: when the measure
 * changes, betweenness arrives, the year range changes (every measure counts the range's papers and links then,
 * papers too) or a new graph is drawn under another measure or a range, every author node gets its size, and its
 * `zIndex` by the papers counted (the range's under a range: the most prolific of the range drawn on top). Once per
 * change, not per frame.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { isAuthorKey, keyIndex } from '../../core/graph/node-keys';
import { lodOf } from '../graph/lod';
import { authorSizes } from '../graph/node-sizes';
import { authorZIndex, type AtlasGraph } from '../graph/sigma-graph';
import { visibilityApplied } from '../graph/apply-visibility';
import { useAtlas } from '../store';
import type { SizeBy } from '../store/types';
import { authorPaperCounts, type TimeSlice } from '../../core/queries/time-slice';

/** The measure, betweenness values and year range each graph's sizes were last set for; a new graph is sized by all years' papers. */
const sizedBy = new WeakMap<AtlasGraph, { by: SizeBy; values: Float64Array | null; slice: TimeSlice | null }>();

export function SizeController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const betweenness = useAtlas((s) => s.betweenness);
  const values = betweenness.status === 'done' ? betweenness.values : null;
  // a year range's papers and links: every measure is the range's (null without a range)
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  useEffect(() => {
    // betweenness not computed yet: the sizes stay as they are until it is
    if (!dataset || (sizeBy === 'betweenness' && !values)) return;
    const applied = sizedBy.get(graph) ?? { by: 'papers', values: null, slice: null };
    if (applied.by === sizeBy && (sizeBy !== 'betweenness' || applied.values === values) && applied.slice === slice) return;
    const { bundle } = dataset;
    const sizes = authorSizes(bundle, sizeBy, values, slice);
    // the draw order by papers follows the range too (graph/sigma-graph.ts authorNodeAttrs: by all papers)
    const papers = authorPaperCounts(bundle, slice);
    let maxPapers = 0;
    for (let i = 0; i < papers.length; i++) if (papers[i]! > maxPapers) maxPapers = papers[i]!;
    const focal = bundle.focalAuthor;
    // set on the attribute objects in place, without graphology's update event: its listeners (the level of detail's
    // refill, graph/lod.ts) would each walk the 67k nodes of the 30k map once more, and the level of detail is ranked
    // and refilled below anyway; Sigma takes the new sizes in at `refresh`
    graph.forEachNode((node, attrs) => {
      if (!isAuthorKey(node)) return;
      const i = keyIndex(node);
      attrs.size = sizes[i]!;
      attrs.zIndex = authorZIndex(papers[i]!, maxPapers, focal === i);
    });
    sizedBy.set(graph, { by: sizeBy, values, slice });
    // a big graph draws its largest discs first: by these sizes now
    const lod = lodOf(graph);
    // (by the papers themselves when sized by papers: the disc sizes stop growing at a cap, where the counts still
    // tell the most prolific, as the first picture chooses them: graph/lod.ts previewSteps)
    if (lod) lod.rank(sizeBy === 'papers' ? (i) => papers[i]! : (i) => sizes[i]!);
    // a year range changed with the sizes: the filters' pass (FiltersController, whose effect runs next) updates the
    // nodes' `hidden`, on which the level of detail refills by this ranking and Sigma redraws; a refill and a redraw
    // here too were one more walk of the 30k map's nodes for a picture replaced in the same task
    const visibility = useAtlas.getState().visibility;
    if (visibility && !visibilityApplied(graph, visibility)) return;
    lod?.update();
    sigma.refresh();
  }, [sigma, graph, dataset, sizeBy, values, slice]);
  return null;
}
