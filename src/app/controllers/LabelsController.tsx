/**
 * The canvas labels: author and paper names and community labels, placed together by
 * graph/label-placement.ts (priority order, collision-free, inside the screen) and drawn on Sigma's label
 * layer after each render (Sigma's own label drawing is off: `renderLabels: false`). The labels drawn are
 * published as `window.__atlas.labels` (boxes in viewport pixels) and kept for the SVG export; the
 * communities labelled are also `data-community-labels` on the canvas container. Renders nothing.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { atlasDebug } from '../debug';
import { labelDotColours } from '../graph/colours';
import { communityExtents, drawPlacedLabels, placeLabels, textMeasurer, type Box, type LabelInput, type PlacedLabel } from '../graph/label-placement';
import { nodeKey } from '../graph/node-keys';
import { useAtlas } from '../store';
import { selectedNode } from '../store/types';
import { CANVAS_COLORS } from '../theme';

let lastPlaced: PlacedLabel[] = [];

/** The labels drawn on the canvas at its last render (the SVG export writes the same). */
export const labelsOnScreen = (): readonly PlacedLabel[] => lastPlaced;

let measureCtx: CanvasRenderingContext2D | null = null;
let measure: ((text: string, font: string) => number) | null = null;

/** What the placement needs from the store and Sigma's settings; extents are memoised per dataset and filter. */
const extentsCache = new WeakMap<object, Float64Array>();

/** What the page lays over the canvas: the details panel (card or bottom sheet), the legends, the zoom buttons. */
const COVERS = '.details-panel, .legend, .year-legend, .react-sigma-controls, .ego-banner, .import-notice';

/** The boxes of `COVERS` in the canvas's viewport pixels. */
function coveredParts(sigma: Sigma): Box[] {
  const container = sigma.getContainer();
  const origin = container.getBoundingClientRect();
  const out: Box[] = [];
  for (const el of document.querySelectorAll(COVERS)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    out.push({ x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top });
  }
  return out;
}

function labelInput(sigma: Sigma, onScreen: boolean): LabelInput {
  const { dataset, visibility, selection } = useAtlas.getState();
  const bundle = dataset?.bundle ?? null;
  let extents: Float64Array | null = null;
  if (bundle) {
    const owner = (visibility ?? bundle) as object;
    extents = extentsCache.get(owner) ?? null;
    if (!extents) extentsCache.set(owner, (extents = communityExtents(bundle, visibility?.author ?? null)));
  }
  const sel = selectedNode(selection);
  return {
    bundle,
    extents,
    // the hovered node's name is on its hover card, above every label: it does not move the others
    first: [sel ? nodeKey(sel) : null],
    font: sigma.getSetting('labelFont'),
    labelSize: sigma.getSetting('labelSize'),
    labelWeight: sigma.getSetting('labelWeight'),
    minRadius: sigma.getSetting('labelRenderedSizeThreshold'),
    obstacles: onScreen ? coveredParts(sigma) : [],
  };
}

/**
 * Place and draw the labels of what `sigma` draws on `ctx` (a layer scaled to CSS pixels): the canvas's
 * label layer (`onScreen`: no label under the panel, legends or zoom buttons), or the PNG export's
 * temporary renderer (the whole picture). Returns what was drawn.
 */
export function drawAtlasLabels(ctx: CanvasRenderingContext2D, sigma: Sigma, onScreen = false): PlacedLabel[] {
  const { dataset, theme, colorBy } = useAtlas.getState();
  if (!measure) {
    measureCtx = document.createElement('canvas').getContext('2d');
    if (!measureCtx) return [];
    measure = textMeasurer(measureCtx);
  }
  const input = labelInput(sigma, onScreen);
  const placed = placeLabels(sigma, input, measure);
  const colors = CANVAS_COLORS[theme];
  drawPlacedLabels(
    ctx,
    placed,
    { label: colors.label, labelHalo: colors.labelHalo, focal: colors.focal, community: dataset ? labelDotColours(dataset.bundle, theme, colorBy) : null },
    input.font,
    input.labelSize,
    input.labelWeight,
  );
  return placed.labels;
}

export function LabelsController() {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const theme = useAtlas((s) => s.theme);
  const visibility = useAtlas((s) => s.visibility);
  const colorBy = useAtlas((s) => s.colorBy);

  useEffect(() => {
    const draw = () => {
      const ctx = sigma.getCanvases().labels?.getContext('2d');
      if (!ctx) return;
      lastPlaced = drawAtlasLabels(ctx, sigma, true);
      atlasDebug.labels = lastPlaced;
      sigma.getContainer().dataset.communityLabels = lastPlaced
        .filter((l) => l.kind === 'community')
        .map((l) => l.key)
        .join(',');
    };
    sigma.on('afterRender', draw);
    sigma.scheduleRender();
    return () => {
      sigma.off('afterRender', draw);
    };
  }, [sigma, dataset, theme, visibility, colorBy]);

  return null;
}
