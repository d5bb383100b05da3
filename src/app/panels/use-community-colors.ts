import { communityPalette } from '../graph/colours';
import { useAtlas } from '../store';

/** The community colours the canvas uses (graph/colours.ts), for dots and swatches. */
export function useCommunityColors(): string[] {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  return dataset ? communityPalette(dataset.bundle, theme) : [];
}
