/** Community labels drawn above the communities on Sigma's label layer while the view is zoomed out. Renders nothing. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { labelDotColours } from '../../graph/colours';
import { useAtlas } from '../../store';
import { CANVAS_COLORS } from '../../theme';
import { communityExtents, drawCommunityLabels } from './community-labels';

export function CommunityLabelsController() {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const visibility = useAtlas((s) => s.visibility);
  const colorBy = useAtlas((s) => s.colorBy);
  useEffect(() => {
    if (!dataset) return;
    const communityColors = labelDotColours(dataset.bundle, theme, colorBy);
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
    return () => {
      sigma.off('afterRender', draw);
    };
  }, [sigma, dataset, theme, visibility, colorBy]);
  return null;
}
