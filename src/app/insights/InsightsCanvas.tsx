/**
 * The insight tools' side of the canvas, one controller per job (each renders nothing):
 * community labels when zoomed out, a click on a co-author link, colour by year.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { parseNodeKey } from '../graph/node-keys';
import { mix } from '../graph/palette';
import type { AtlasGraph } from '../graph/sigma-graph';
import { useCommunityColors } from '../panels/use-community-colors';
import { useAtlas } from '../store';
import { CANVAS_COLORS } from '../theme';
import { yearColours } from './analysis';
import { communityExtents, drawCommunityLabels } from './community-labels';
import { edgeAtPoint } from './edge-at-point';
import { setSigmaOnScreen } from './sigma-handle';
import { useInsights } from './store';

function CommunityLabelsController() {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const visibility = useAtlas((s) => s.visibility);
  const palette = useCommunityColors();
  const colorBy = useInsights((s) => s.colorBy);
  useEffect(() => {
    if (!dataset) return;
    const communityColors = colorBy === 'community' ? palette : null;
    const extents = communityExtents(dataset.bundle, visibility?.author ?? null);
    const style = { colors: CANVAS_COLORS[theme], communityColors, extents, font: sigma.getSetting('labelFont') };
    const draw = () => {
      const ctx = sigma.getCanvases().labels?.getContext('2d');
      if (!ctx) return;
      const drawn = drawCommunityLabels(ctx, sigma, dataset.bundle, style);
      sigma.getContainer().dataset.communityLabels = drawn.join(',');
    };
    sigma.on('afterRender', draw);
    sigma.scheduleRender();
    setSigmaOnScreen(sigma);
    return () => {
      sigma.off('afterRender', draw);
      setSigmaOnScreen(null);
    };
  }, [sigma, dataset, theme, visibility, palette, colorBy]);
  return null;
}

/** In the co-author view a link can be clicked: the card of the two co-authors opens. */
function LinkClickController({ graph }: { graph: AtlasGraph }) {
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
      useInsights.getState().openDetail({ kind: 'pair', a: Math.min(a, b), b: Math.max(a, b) });
    };
    sigma.on('clickStage', onClick);
    return () => {
      sigma.off('clickStage', onClick);
    };
  }, [sigma, graph, view]);
  return null;
}

const originalColours = new WeakMap<AtlasGraph, Map<string, [string, string]>>();

/** Colour by year: each author by the mean year of their papers, each paper by its year (viridis). */
function YearColourController({ graph }: { graph: AtlasGraph }) {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const colorBy = useInsights((s) => s.colorBy);
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

export function InsightsCanvas({ graph }: { graph: AtlasGraph | null }) {
  return (
    <>
      <CommunityLabelsController />
      {graph && (
        <>
          <LinkClickController graph={graph} />
          <YearColourController graph={graph} />
        </>
      )}
    </>
  );
}
