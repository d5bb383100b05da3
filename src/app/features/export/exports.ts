/**
 * Exports of what the explorer shows: the view as PNG (Sigma's layers composited by @sigma/export-image, with the
 * labels as the canvas places them for the whole picture) or as SVG (the same labels: `pictureLabels`); every
 * author and link at the view's framing as SVG (the whole graph, not the level of detail's part: svg-export.ts
 * `wholeMapToSvg`); the graph as GEXF (what the view shows: gexf-shown.ts); CSV tables. Each picture has a caption
 * band under it (caption.ts: the dataset, what colour and size mean, the counts, how much of the map it holds, the
 * date). GEXF and CSV are written in the insights worker.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { labelDotColours, nodeColours } from '../../graph/colours';
import { drawAtlasLabels } from '../../controllers/LabelsController';
import { bundleOfGraph } from '../../controllers/graph-owner';
import type { PlacedLabel } from '../../graph/label-placement';
import type { AtlasGraph, GraphView } from '../../graph/sigma-graph';
import { wholeGraphOnScreen } from '../../graph/sigma-instance';
import { drawHoverCardsAsOnScreen } from '../../graph/sigma-layers';
import { useAtlas } from '../../store';
import { CANVAS_COLORS } from '../../theme';
import type { Bundle } from '../../../core/bundle/types';
import { runInsight } from '../../workers/insights-client';
import { count, countOf } from '../../format';
import { framingCounts, pictureCounts, pictureToSvg, viewPicture, wholeMapPicture, type Picture } from './svg-export';
import { captionFacts, layoutCaption, paintCaption, viewExtent, wholeExtent, type CaptionLayout } from './caption';
import { exportShown, gexfShown, shownFilters } from './gexf-shown';
import { filtersOn, shownFilterWords, shownSuffix } from '../../../core/export/shown-set';
import { visibilityFor, type Visibility } from '../../graph/visibility';
import type { Filters } from '../../graph/visibility';
import { downloadBlob, downloadText, fileBase } from '../../download';
import { nextPaint } from '../../after-paint';
import { subsetSpan } from '../../../core/queries/venue-words';
import { pictureCamera, withPictureRenderer } from './picture-camera';

export type ExportKind = 'png' | 'svg' | 'svg-map' | 'gexf' | 'authors-csv' | 'papers-csv' | 'pairs-csv' | 'vosviewer' | 'gephi-tables';

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

/**
 * The whole graph of `bundle`'s map in `view` when it is built (graph/sigma-instance.ts `wholeGraphOnScreen`: on a
 * big map Sigma draws only a level-of-detail part of it), else null: a big map's first picture is drawn before
 * its whole graph, and while another dataset or view opens the graph held is the previous one's.
 */
export function wholeGraphOf(bundle: Bundle, view: GraphView): AtlasGraph | null {
  const graph = wholeGraphOnScreen();
  return graph && bundleOfGraph(graph) === bundle && graph.getAttribute('view') === view ? graph : null;
}

/** The screen's device pixel ratio (the PNG is drawn at it; the canvas's links fade over 1 / ratio px). */
const pixelRatio = (): number => (typeof window !== 'undefined' && window.devicePixelRatio) || 1;

/** What the Export menu says of the three pictures, from the view on screen and the whole graph (when built). */
export interface PictureLines {
  /** The PNG and the SVG of the view: how many authors the view draws, of how many. */
  view: string;
  /** The SVG of every author: how many authors (and papers) at this framing; null before the whole graph is built. */
  whole: string | null;
}

/**
 * The picture of the view `sigma` draws, as the PNG and the SVG "this view as drawn" take it: the one source of
 * the counts said of it (the Export menu's line and the pictures' captions). With a card open over part of the
 * canvas it is taken at the picture's own framing (picture-camera.ts `pictureCamera`, the camera both files are
 * drawn with), else as drawn. (The menu counted the screen's canvas, behind the card too, "553 of 20,816 authors
 * drawn", while the PNG's caption counted its own framing, "578 of 20,816": a tester.) The picture and its counts
 * are read off `sigma`'s display data at that camera (svg-export.ts `viewPicture`, `framingCounts`: what a renderer
 * drawn there holds); only the labels need a renderer of their own there (`withPictureRenderer`: the placement reads
 * its camera), made when `withLabels` (the SVG). The menu made that renderer at each opening just to count, 150–350
 * ms before it showed on the 30k map with a card open.
 * `picture` at device pixel ratio `ratio`; `inFrame`: the whole graph's authors at that framing (null before the
 * whole graph of `bundle` in `view` is built, or not asked for: `withInFrame` false, a walk of every node of the
 * whole graph saved); `labels`: the names the picture places (`pictureLabels`) when `withLabels`, else null;
 * `framed`: taken at a framing of its own (a card open). Throws when the browser gives no 2D canvas to measure the
 * labels with (`withLabels` only).
 */
export function viewPictureTaken(
  sigma: Sigma,
  bundle: Bundle,
  view: GraphView,
  ratio = 1,
  withLabels = false,
  withInFrame = true,
): { picture: Picture; inFrame: number | null; labels: readonly PlacedLabel[] | null; framed: boolean } {
  const aim = pictureCamera(sigma);
  const graph = withInFrame ? wholeGraphOf(bundle, view) : null;
  const picture = viewPicture(sigma, ratio, aim);
  const inFrame = graph ? framingCounts(sigma, graph, aim).authors : null;
  const labels = !withLabels ? null : aim ? withPictureRenderer(sigma, aim, pictureLabels) : pictureLabels(sigma);
  return { picture, inFrame, labels, framed: aim !== null };
}

/**
 * The Export menu's words for the pictures of the view `sigma` draws now, for `bundle` under `visibility` in
 * `view`: "1,514 of 36,784 authors drawn" (the authors of the picture as the files take it, `viewPictureTaken`:
 * the count their captions say) and "all 36,784 authors, 29,546 papers and their links" (at the view's framing).
 * Walks the drawn graph and (for the whole-map line) the whole graph's positions; throws nothing.
 */
export function pictureLines(sigma: Sigma, bundle: Bundle, visibility: Visibility, view: GraphView): PictureLines {
  // (the whole graph's authors at the picture's framing are the caption's, not the menu's)
  const taken = viewPictureTaken(sigma, bundle, view, 1, false, false);
  const drawn = pictureCounts(taken.picture).authors;
  const shown = visibility.authorCount;
  const viewLine = drawn >= shown ? `all ${countOf(shown, 'author')}` : `${count(drawn)} of ${countOf(shown, 'author')} drawn`;
  const graph = wholeGraphOf(bundle, view);
  if (!graph) return { view: viewLine, whole: null };
  const inFrame = framingCounts(sigma, graph);
  const papers = inFrame.papers > 0 ? `, ${countOf(inFrame.papers, 'paper')}` : '';
  const head = inFrame.authors >= shown ? `all ${countOf(shown, 'author')}` : `all ${countOf(inFrame.authors, 'author')} in frame`;
  // (said only when both pictures have the screen's framing: with a card open the view's picture has its own)
  const same = !taken.framed && drawn >= inFrame.authors ? ' (this view draws them all already)' : '';
  return { view: viewLine, whole: `${head}${papers} and their links${same}` };
}

/** Text widths for the caption's layout, on a scratch 2D canvas. Throws when the browser gives none. */
function captionMeasure(): (text: string, font: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to measure the caption with');
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/**
 * The filters beyond years, venues and the ego view (said by the counts) that hide authors or links in `view`, in
 * words (core/export/shown-set.ts `shownFilterWords`: "at least 3 papers"), or null when none is on. Throws nothing.
 */
function otherFiltersWords(bundle: Bundle, filters: Filters, view: GraphView): string | null {
  const f = shownFilters(bundle, filters, view);
  if (!f) return null;
  const other = { ...f, ego: null };
  return filtersOn(other) ? shownFilterWords(bundle, other) : null;
}

/**
 * The caption of `picture` (the view as drawn, or the whole map: `kind`) laid out at its width, from the store's
 * dataset, filters, theme and colours of the moment. `inFrame`: the whole graph's authors in frame, when known.
 */
function captionOf(picture: Picture, kind: 'view' | 'whole', font: string, inFrame: number | null): CaptionLayout {
  const { dataset, theme, colorBy, sizeBy, view, filters, visibility } = useAtlas.getState();
  const bundle = dataset!.bundle;
  const shown = visibility ?? visibilityFor(bundle, filters, view);
  const counts = pictureCounts(picture);
  const papersShown = view === 'papers' && filters.showPapers;
  const ego = filters.ego;
  const extent = kind === 'view' ? viewExtent(counts.authors, inFrame, shown.authorCount) : wholeExtent(counts.authors, counts.papers, counts.links, shown.authorCount, ego !== null);
  // the ego view hides every author outside one network: the caption says whose (other filters may hide more)
  // (and the people of a co-author chain traced in it, shown with it: graph/visibility.ts `AlsoShown`)
  const onChain = shown.alsoShownAuthors > 0 ? `, and ${countOf(shown.alsoShownAuthors, 'author')} on a co-author chain` : '';
  const hiddenBy = ego ? `the network of ${bundle.authors.name[ego.author] ?? `author ${ego.author}`}, ${ego.steps} ${ego.steps === 1 ? 'step' : 'steps'}${onChain}` : 'filters';
  const facts = captionFacts({
    bundle,
    theme,
    colorBy,
    sizeBy,
    shown: { authors: shown.authorCount, papers: shown.paperCount, papersShown },
    communities: counts.communities,
    // the papers view draws authorship lines once papers are drawn; before (a big map zoomed out) the strongest
    // co-author links stand in for them (graph/lod.ts)
    lines: counts.links === 0 ? 'none' : view === 'coauthors' ? 'coauthor' : counts.papers === 0 ? 'stand-in' : 'authorship',
    papersDrawn: counts.papers > 0,
    focalDrawn: counts.focal,
    extent,
    hiddenBy,
    years: filters.years,
    venues: filters.venues ? subsetSpan(bundle, { years: null, venues: filters.venues }) : null,
    filters: otherFiltersWords(bundle, filters, view),
    date: new Date(),
  });
  return layoutCaption(facts, picture.width, font, captionMeasure());
}

/**
 * The PNG of the view `sigma` draws: its layers composited at the device pixel ratio (@sigma/export-image's
 * `drawOnCanvas`, the labels placed for the whole picture), with the caption band drawn under it in the theme's
 * colours; with a card open over part of the canvas, at the camera of `pictureCamera` (picture-camera.ts). Throws when the browser gives no 2D canvas or no PNG.
 */
async function viewPng(sigma: Sigma): Promise<Blob> {
  const { theme, dataset, view } = useAtlas.getState();
  const colors = CANVAS_COLORS[theme];
  const font = sigma.getSetting('labelFont');
  // with a card over part of the canvas, the picture frames what the part it leaves shows (picture-camera.ts);
  // else the canvas as drawn. The caption's counts: the picture as taken (`viewPictureTaken`, as the menu says it)
  const aim = pictureCamera(sigma);
  const { picture, inFrame } = viewPictureTaken(sigma, dataset!.bundle, view);
  const map = await drawOnCanvas(sigma, {
    backgroundColor: colors.background,
    cameraState: aim,
    // the screen's layers, in its order: links, nodes, labels, hover cards over them. Not the plain renderer's
    // "hoverNodes" (WebGL), where Sigma draws the selected node again over its card: in the PNG the selected
    // author's disc covered the start of her name, with an inner ring (graph/sigma-layers.ts). Nor the mouse's
    // and edge labels' (empty).
    layers: ['edges', 'nodes', 'labels', 'hovers'],
    // the labels as the canvas places them (authors and communities); the hover cards as the screen draws them
    withTempRenderer: (tmp) => {
      const canvases = tmp.getCanvases();
      const ctx = canvases.labels?.getContext('2d');
      if (ctx) drawAtlasLabels(ctx, tmp);
      const cards = canvases.hovers?.getContext('2d');
      if (cards) drawHoverCardsAsOnScreen(tmp, cards);
    },
  });
  const caption = captionOf(picture, 'view', font, inFrame);
  const ratio = map.width / picture.width;
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = Math.round((picture.height + caption.height) * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the picture on');
  ctx.drawImage(map, 0, 0);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  paintCaption(ctx, caption, picture.height, colors, font);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG of the picture'))), 'image/png'));
}

/**
 * The SVG of the view as drawn (`kind` 'view') or of every author and link at its framing ('whole'), with the
 * PNG's labels and the caption. Throws when the whole graph is not built yet ('whole') or no 2D canvas exists.
 */
function pictureSvg(sigma: Sigma, kind: 'view' | 'whole'): string {
  const { dataset, theme, colorBy, view } = useAtlas.getState();
  const bundle = dataset!.bundle;
  const ratio = pixelRatio();
  let picture: Picture;
  let inFrame: number | null = null;
  let labels: readonly PlacedLabel[] | null = null;
  if (kind === 'whole') {
    const graph = wholeGraphOf(bundle, view);
    if (!graph) throw new Error('the whole map is still being built: try again in a moment');
    picture = wholeMapPicture(sigma, graph, ratio);
  } else {
    // with a card open, at the PNG's framing (picture-camera.ts), read off a renderer drawn there
    ({ picture, inFrame, labels } = viewPictureTaken(sigma, bundle, view, ratio, true));
  }
  const font = sigma.getSetting('labelFont');
  return pictureToSvg(picture, bundle.name, {
    colors: CANVAS_COLORS[theme],
    communityColors: labelDotColours(bundle, theme, colorBy),
    labels: labels ?? pictureLabels(sigma),
    font,
    labelSize: sigma.getSetting('labelSize'),
    labelWeight: sigma.getSetting('labelWeight'),
    caption: captionOf(picture, kind, font, inFrame),
    pixelRatio: ratio,
  });
}

/**
 * Write and download one export of the current dataset and view. Resolves with the file name. `signal`: aborting it
 * cancels an export written in the insights worker (GEXF, tables, VOSviewer/Gephi ZIPs): rejected with an Error whose
 * message is `CANCELLED` (workers/insights-client.ts), nothing downloaded. Rejects with the worker's error otherwise.
 */
export async function exportNow(kind: ExportKind, sigma: Sigma | null, signal?: AbortSignal): Promise<string> {
  const { dataset, view, visibility, filters, theme, colorBy } = useAtlas.getState();
  if (!dataset) throw new Error('no dataset is open');
  const base = fileBase(dataset);
  const { bundle } = dataset;
  // what every export holds: what the view shows under all of its filters, from the one place the app decides it
  // (the store's visibility: gexf-shown.ts `exportShown`); the tables, the VOSviewer and Gephi files and the GEXF hold
  // its authors, links and papers, the pictures draw them
  const shownNow = visibility ?? visibilityFor(bundle, filters, view);
  const shown = exportShown(bundle, filters, view, shownNow);
  // every file says which in its name, in words a user knows: `-2019-2020`, `-lrec-2020`, `-2020-acl-emnlp`, `-min2`
  const suffix = shownSuffix(bundle, shown);
  if (kind === 'png') {
    if (!sigma) throw new Error('the graph is not on screen');
    const blob = await viewPng(sigma);
    const name = `${base}${suffix}.png`;
    downloadBlob(name, blob);
    return name;
  }
  if (kind === 'svg' || kind === 'svg-map') {
    if (!sigma) throw new Error('the graph is not on screen');
    // every author of a big map is a second or so of work in one task: the menu's "Preparing…" is painted first
    if (kind === 'svg-map') await nextPaint();
    const text = pictureSvg(sigma, kind === 'svg' ? 'view' : 'whole');
    // a year range's pictures say it in their names, as every export of it
    const name = kind === 'svg' ? `${base}${suffix}.svg` : `${base}${suffix}-every-author.svg`;
    downloadText(name, text, 'image/svg+xml');
    return name;
  }
  if (kind === 'gexf') {
    // exactly what the view shows (and the menu counts): the masks and link threshold of its visibility
    const gexf = gexfShown(view, shownNow, shown.filters ?? null);
    const includePapers = gexf.view === 'papers';
    const colours = nodeColours(bundle, theme, colorBy);
    const text = await runInsight(bundle, {
      kind: 'gexf',
      shown: gexf,
      // the same colours as the canvas (community or year)
      authorColours: colours.author,
      paperColours: includePapers ? colours.paper : undefined,
    }, { signal });
    const name = `${base}${suffix}.gexf`;
    downloadText(name, text, 'application/gexf+xml');
    return name;
  }
  // --- VOSviewer map + network files, Gephi spreadsheet tables: the network the view shows (its authors, the links
  // between them at their strengths over the year range's and venues' papers: core/export/shown-set.ts
  // `shownNetwork`), two files in one ZIP (core/export/bundle-files.ts)
  if (kind === 'vosviewer' || kind === 'gephi-tables') {
    const zip = await runInsight(bundle, { kind, base, shown }, { signal });
    const name = `${base}${suffix}-${kind === 'vosviewer' ? 'vosviewer' : 'gephi-tables'}.zip`;
    downloadBlob(name, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    return name;
  }
  // ---
  const text =
    kind === 'papers-csv'
      ? await runInsight(bundle, { kind, abstracts: await dataset.abstracts().catch(() => null), shown }, { signal })
      : await runInsight(bundle, { kind, shown }, { signal });
  const name = `${base}-${kind === 'authors-csv' ? 'authors' : kind === 'papers-csv' ? 'papers' : 'coauthor-pairs'}${suffix}.csv`;
  // with the UTF-8 byte order mark: Excel on Windows garbled accented names without it (a tester)
  downloadText(name, text, 'text/csv', { bom: true });
  return name;
}
