/** Hides what the filters exclude by setting `hidden` on graph nodes (Sigma then skips their edges too). */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { parseNodeKey } from '../graph/node-keys';
import type { AtlasGraph } from '../graph/sigma-graph';
import type { Visibility } from '../graph/visibility';
import { useAtlas } from '../store';

const applied = new WeakMap<AtlasGraph, Visibility>();

/** Set `hidden` from `visibility`; returns false when it was already applied to this graph. */
export function applyVisibility(graph: AtlasGraph, visibility: Visibility): boolean {
  if (applied.get(graph) === visibility) return false;
  graph.updateEachNodeAttributes(
    (node, attrs) => {
      const ref = parseNodeKey(node);
      const visible = (ref.kind === 'author' ? visibility.author : visibility.paper)[ref.index] === 1;
      attrs.hidden = !visible;
      return attrs;
    },
    { attributes: ['hidden'] },
  );
  applied.set(graph, visibility);
  return true;
}

export function FiltersController({ graph }: { graph: AtlasGraph }) {
  const sigma = useSigma();
  const visibility = useAtlas((s) => s.visibility);
  useEffect(() => {
    if (visibility && applyVisibility(graph, visibility)) sigma.refresh();
  }, [sigma, graph, visibility]);
  return null;
}
