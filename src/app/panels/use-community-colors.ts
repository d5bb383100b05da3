import { useMemo } from 'react';
import { communityColors } from '../graph/palette';
import { useAtlas } from '../store';

/** The same community colours the canvas uses, for dots and swatches in the panels. */
export function useCommunityColors(): string[] {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  return useMemo(
    () => (dataset ? communityColors(dataset.bundle.communities.map((c) => c.size), theme) : []),
    [dataset, theme],
  );
}
