/**
 * Node colours follow the store's colour mode (community or year): when it changes, every node of the
 * graph gets its colour and dimmed colour from the visual getters (graph/colours.ts). A new graph is
 * built in the current mode already (graph attribute `colorBy`), so nothing is redone then.
 */
import { useEffect } from 'react';
import { nodeColours } from '../graph/colours';
import { parseNodeKey } from '../graph/node-keys';
import type { AtlasGraph } from '../graph/sigma-graph';
import { useAtlas } from '../store';

export function ColourController({ graph }: { graph: AtlasGraph }) {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const colorBy = useAtlas((s) => s.colorBy);
  useEffect(() => {
    if (!dataset || graph.getAttribute('colorBy') === colorBy) return;
    const fill = nodeColours(dataset.bundle, theme, colorBy);
    graph.setAttribute('colorBy', colorBy);
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        const { kind, index } = parseNodeKey(node);
        attrs.color = kind === 'author' ? fill.author[index]! : fill.paper[index]!;
        attrs.dimColor = kind === 'author' ? fill.authorDim[index]! : fill.paperDim[index]!;
        return attrs;
      },
      { attributes: ['color'] },
    );
  }, [graph, dataset, theme, colorBy]);
  return null;
}
