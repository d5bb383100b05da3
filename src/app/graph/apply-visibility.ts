/** Carry the filters' visibility onto graph nodes as Sigma's `hidden` attribute (their edges follow). */
import { parseNodeKey } from './node-keys';
import type { AtlasGraph } from './sigma-graph';
import type { Visibility } from './visibility';

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

