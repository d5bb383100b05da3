import { communityColors } from '../graph/palette';
import { useAtlas } from '../store';
import type { Theme } from '../theme';

const cache = new WeakMap<object, Partial<Record<Theme, string[]>>>();

/** The same community colours the canvas uses, for dots and swatches; computed once per dataset and theme. */
export function useCommunityColors(): string[] {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  if (!dataset) return [];
  let entry = cache.get(dataset);
  if (!entry) cache.set(dataset, (entry = {}));
  return (entry[theme] ??= communityColors(
    dataset.bundle.communities.map((c) => c.size),
    theme,
  ));
}
