/**
 * Hover/selection emphasis: the focus, its neighbours and their edges stand out, the rest dims.
 * The emphasised set is computed once per focus change; the reducers only look it up.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { computeEmphasis, NO_EMPHASIS, type Emphasis } from '../graph/emphasis';
import { nodeKey } from '../graph/node-keys';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from '../graph/sigma-graph';
import { chainEmphasis, useInsights } from '../insights';
import { useAtlas } from '../store';
import { CANVAS_COLORS } from '../theme';
import { setLabelColors } from './labels';

export function AppearanceController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const dataset = useAtlas((s) => s.dataset);
  const hovered = useAtlas((s) => s.hovered);
  const selection = useAtlas((s) => s.selection);
  const theme = useAtlas((s) => s.theme);
  // a traced co-author chain stays emphasised while nothing is hovered
  const chain = useInsights((s) => s.path.chain);
  const emphasis = useRef<Emphasis>(NO_EMPHASIS);
  const selectedKey = useRef<string | null>(null);

  // reducers: installed once, read the current emphasis
  useEffect(() => {
    const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> & Partial<NodeAttrs> => {
      const e = emphasis.current;
      const selected = node === selectedKey.current;
      if (e.nodes.size === 0) {
        return selected || data.focal ? { ...data, forceLabel: true, highlighted: selected } : data;
      }
      if (e.nodes.has(node)) {
        const isFocus = node === e.focus || selected;
        return {
          ...data,
          label: data.kind === 'paper' ? (isFocus || e.nodes.size < 40 ? data.title : null) : data.label,
          forceLabel: data.kind === 'author' || isFocus,
          highlighted: isFocus,
          zIndex: isFocus ? 4 : 2,
        };
      }
      return { ...data, color: data.dimColor, label: data.focal ? data.label : null, zIndex: 0, forceLabel: data.focal };
    };
    const edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> & Partial<EdgeAttrs> => {
      const e = emphasis.current;
      if (e.nodes.size === 0) return data.overview ? data : { ...data, hidden: true };
      if (e.edges.has(edge)) {
        return { ...data, color: CANVAS_COLORS[useAtlas.getState().theme].edgeStrong, size: Math.max(data.size, 1), zIndex: 1 };
      }
      return { ...data, hidden: true };
    };
    sigma.setSetting('nodeReducer', nodeReducer);
    sigma.setSetting('edgeReducer', edgeReducer);
  }, [sigma]);

  useEffect(() => {
    setLabelColors(CANVAS_COLORS[theme]);
  }, [theme]);

  useEffect(() => {
    if (!dataset) return;
    const focus = hovered ?? selection;
    emphasis.current = !hovered && chain ? chainEmphasis(graph, chain) : computeEmphasis(graph, dataset.bundle, focus);
    selectedKey.current = selection ? nodeKey(selection) : null;
    sigma.refresh();
  }, [sigma, graph, dataset, hovered, selection, chain]);

  return null;
}
