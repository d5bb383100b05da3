/**
 * Exports of what the explorer shows: the view as PNG (Sigma's layers composited by @sigma/export-image,
 * with the labels as the canvas places them for the whole picture) or SVG (the same labels: `pictureLabels`),
 * the graph as GEXF (what the view shows: gexf-shown.ts), and CSV tables. GEXF and CSV are written in the insights worker.
 */
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { labelDotColours, nodeColours } from '../../graph/colours';
import { drawAtlasLabels } from '../../controllers/LabelsController';
import type { PlacedLabel } from '../../graph/label-placement';
import { useAtlas } from '../../store';
import { CANVAS_COLORS } from '../../theme';
import { runInsight } from '../../workers/insights-client';
import { viewToSvg } from './svg-export';
import { gexfShown } from './gexf-shown';
import { visibilityFor } from '../../graph/visibility';
import { downloadBlob, downloadText, fileBase } from '../../download';

export type ExportKind = 'png' | 'svg' | 'gexf' | 'authors-csv' | 'papers-csv' | 'pairs-csv';

/**
 * The labels of the exported picture, placed as the PNG places them on its renderer (`drawAtlasLabels` for the
 * whole picture: the same camera, size, selection and placement rules as the canvas, without the card, legends
 * and buttons over the canvas, which the picture does not have). The SVG writes these, so that its labels are
 * the PNG's: same side of each node, same anchor and place; the on-screen placement
 * (`labelsOnScreen`) moved names left of their nodes and slid community names aside for a card the file does
 * not show (a tester on `?ds=wang-jialiang&author=8`). Placed on a scratch 2D canvas (drawn there, unused).
 * Throws when the browser gives no 2D canvas to measure text with.
 */
export function pictureLabels(sigma: Sigma): readonly PlacedLabel[] {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to measure the labels with');
  return drawAtlasLabels(ctx, sigma);
}

/** Write and download one export of the current dataset and view. Resolves with the file name. */
export async function exportNow(kind: ExportKind, sigma: Sigma | null): Promise<string> {
  const { dataset, view, visibility, filters, theme, colorBy } = useAtlas.getState();
  if (!dataset) throw new Error('no dataset is open');
  const base = fileBase(dataset);
  const { bundle } = dataset;
  if (kind === 'png') {
    if (!sigma) throw new Error('the graph is not on screen');
    const colors = CANVAS_COLORS[theme];
    const blob = await toBlob(sigma, {
      format: 'png',
      backgroundColor: colors.background,
      // the labels as the canvas places them (authors and communities)
      withTempRenderer: (tmp) => {
        const ctx = tmp.getCanvases().labels?.getContext('2d');
        if (ctx) drawAtlasLabels(ctx, tmp);
      },
    });
    const name = `${base}.png`;
    downloadBlob(name, blob);
    return name;
  }
  if (kind === 'svg') {
    if (!sigma) throw new Error('the graph is not on screen');
    const text = viewToSvg(sigma, bundle, {
      colors: CANVAS_COLORS[theme],
      communityColors: labelDotColours(bundle, theme, colorBy),
      labels: pictureLabels(sigma),
      font: sigma.getSetting('labelFont'),
      labelSize: sigma.getSetting('labelSize'),
      labelWeight: sigma.getSetting('labelWeight'),
    });
    const name = `${base}.svg`;
    downloadText(name, text, 'image/svg+xml');
    return name;
  }
  if (kind === 'gexf') {
    // exactly what the view shows (and the menu counts): the masks and link threshold of its visibility
    const shown = gexfShown(view, visibility ?? visibilityFor(bundle, filters, view));
    const includePapers = shown.view === 'papers';
    const colours = nodeColours(bundle, theme, colorBy);
    const text = await runInsight(bundle, {
      kind: 'gexf',
      shown,
      // the same colours as the canvas (community or year)
      authorColours: colours.author,
      paperColours: includePapers ? colours.paper : undefined,
    });
    const name = `${base}.gexf`;
    downloadText(name, text, 'application/gexf+xml');
    return name;
  }
  const text =
    kind === 'papers-csv'
      ? await runInsight(bundle, { kind, abstracts: await dataset.abstracts().catch(() => null) })
      : await runInsight(bundle, { kind, years: filters.years });
  // a year range's tables (its figures, its pairs) say it in their name too
  const range = kind !== 'papers-csv' && filters.years ? `-${filters.years[0]}-${filters.years[1]}` : '';
  const name = `${base}-${kind === 'authors-csv' ? 'authors' : kind === 'papers-csv' ? 'papers' : 'coauthor-pairs'}${range}.csv`;
  downloadText(name, text, 'text/csv');
  return name;
}
