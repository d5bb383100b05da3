/** Colour by year on the canvas: each author by the mean year of their papers, each paper by its year (viridis). Renders nothing. */
import { useEffect } from 'react';
import { yearColours } from '../../data/per-bundle';
import { parseNodeKey } from '../../graph/node-keys';
import { mix } from '../../graph/palette';
import type { AtlasGraph } from '../../graph/sigma-graph';
import { useAtlas } from '../../store';
import { CANVAS_COLORS } from '../../theme';

const originalColours = new WeakMap<AtlasGraph, Map<string, [string, string]>>();

export function YearColourController({ graph }: { graph: AtlasGraph }) {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const colorBy = useAtlas((s) => s.colorBy);
  useEffect(() => {
    if (!dataset) return;
    const saved = originalColours.get(graph);
    if (colorBy === 'community') {
      if (!saved) return;
      graph.updateEachNodeAttributes((node, attrs) => {
        const c = saved.get(node);
        if (c) [attrs.color, attrs.dimColor] = c;
        return attrs;
      }, { attributes: ['color'] });
      originalColours.delete(graph);
      return;
    }
    const { colours, scale } = yearColours(dataset.bundle);
    const { background, paper } = CANVAS_COLORS[theme];
    const mixed = new Map<string, string>();
    const mixOnce = (a: string, b: string, t: number) => {
      const k = `${a}${b}${t}`;
      let v = mixed.get(k);
      if (v === undefined) mixed.set(k, (v = mix(a, b, t)));
      return v;
    };
    const keep = saved ?? new Map<string, [string, string]>();
    graph.updateEachNodeAttributes((node, attrs) => {
      if (!saved) keep.set(node, [attrs.color, attrs.dimColor]);
      const ref = parseNodeKey(node);
      const colour = ref.kind === 'author' ? colours[ref.index] : mixOnce(scale.colour(dataset.bundle.papers.year[ref.index]), paper, 0.45);
      attrs.color = colour;
      attrs.dimColor = mixOnce(colour, background, 0.8);
      return attrs;
    }, { attributes: ['color'] });
    originalColours.set(graph, keep);
  }, [graph, dataset, theme, colorBy]);
  return null;
}
