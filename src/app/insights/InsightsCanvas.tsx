/**
 * The insight tools' side of the canvas, one controller per job (each renders nothing):
 * community labels when zoomed out, a click on a co-author link, colour by year, framing a chain.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { CameraState } from 'sigma/types';
import { ANIMATION_MS } from '../env';
import { authorKey, parseNodeKey } from '../graph/node-keys';
import { mix } from '../graph/palette';
import type { AtlasGraph } from '../graph/sigma-graph';
import { useCommunityColors } from '../panels/use-community-colors';
import { useAtlas } from '../store';
import { CANVAS_COLORS } from '../theme';
import { yearColours } from './analysis';
import { drawCommunityLabels } from './community-labels';
import { setSigmaOnScreen } from './sigma-handle';
import { useInsights } from './store';

function CommunityLabelsController() {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const hidden = useAtlas((s) => s.filters.hiddenCommunities);
  const communityColors = useCommunityColors();
  useEffect(() => {
    if (!dataset) return;
    const style = { colors: CANVAS_COLORS[theme], communityColors, hidden, font: sigma.getSetting('labelFont') };
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
  }, [sigma, dataset, theme, hidden, communityColors]);
  return null;
}

/** In the co-author view a link can be clicked: the card of the two co-authors opens. */
function LinkClickController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const view = useAtlas((s) => s.view);
  useEffect(() => {
    const wanted = view === 'coauthors';
    if (sigma.getSetting('enableEdgeEvents') !== wanted) sigma.setSetting('enableEdgeEvents', wanted);
    if (!wanted) return;
    const container = sigma.getContainer();
    const onClick = ({ edge }: { edge: string }) => {
      const [s, t] = graph.extremities(edge);
      const a = parseNodeKey(s).index;
      const b = parseNodeKey(t).index;
      useInsights.getState().openDetail({ kind: 'pair', a: Math.min(a, b), b: Math.max(a, b) });
    };
    const onEnter = () => (container.style.cursor = 'pointer');
    const onLeave = () => (container.style.cursor = '');
    sigma.on('clickEdge', onClick);
    sigma.on('enterEdge', onEnter);
    sigma.on('leaveEdge', onLeave);
    return () => {
      sigma.off('clickEdge', onClick);
      sigma.off('enterEdge', onEnter);
      sigma.off('leaveEdge', onLeave);
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

/** Frame the chain when a new one is found (the whole chain in view, clear of the panels). */
function ChainCameraController() {
  const sigma = useSigma();
  const chain = useInsights((s) => s.path.chain);
  useEffect(() => {
    if (!chain || chain.authors.length < 2) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const a of chain.authors) {
      const d = sigma.getNodeDisplayData(authorKey(a));
      if (!d) continue;
      x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x);
      y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
    }
    if (x0 === Infinity) return;
    const camera = sigma.getCamera();
    const state: Partial<CameraState> = {
      x: (x0 + x1) / 2,
      y: (y0 + y1) / 2,
      ratio: Math.min(1, Math.max(0.08, Math.max(x1 - x0, y1 - y0) * 1.4)),
    };
    if (ANIMATION_MS === 0) camera.setState(state);
    else void camera.animate(state, { duration: ANIMATION_MS, easing: 'quadraticInOut' });
  }, [sigma, chain]);
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
          <ChainCameraController />
        </>
      )}
    </>
  );
}
