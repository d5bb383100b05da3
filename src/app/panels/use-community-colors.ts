import type { Bundle } from '../../core/bundle/types';
import { communityPalette, nodeColours } from '../graph/colours';
import { useAtlas } from '../store';
import type { ColorBy } from '../store/types';
import type { Theme } from '../theme';

/** The community colours the canvas uses (graph/colours.ts), for dots and swatches. */
export function useCommunityColors(): string[] {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  return dataset ? communityPalette(dataset.bundle, theme) : [];
}

/**
 * Each author's dot colour in the panels, by author index: the map's own colour for that author's disc
 * (`nodeColours(...).author`, memoised per bundle, theme and setting), so a dot beside a name matches the disc
 * under "Colour authors by: Mean year" as under "Community" (the cards' dots kept the community colours while the
 * map showed years, a tester). Throws nothing.
 */
export function authorDotColours(bundle: Bundle, theme: Theme, colorBy: ColorBy): readonly string[] {
  return nodeColours(bundle, theme, colorBy).author;
}

/** `authorDotColours` for the open map, its theme and its "Colour authors by" setting (empty with no map open). */
export function useAuthorColors(): readonly string[] {
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const colorBy = useAtlas((s) => s.colorBy);
  return dataset ? authorDotColours(dataset.bundle, theme, colorBy) : [];
}
