/**
 * Builds the graph for the loaded dataset and view, in the theme and colour mode of the moment, and hands it to
 * Sigma. Renders nothing. A later theme or colour-mode switch recolours that graph in place (ColourController).
 * A big graph is built in slices with the page given a turn between them (graph/sigma-graph.ts), so opening
 * an import or switching the view never blocks the page for the whole build; until it is drawn, `data-state`
 * on <html> says "loading" (ReadyController says "ready" at its first frame).
 * When a big dataset opens in the authors-and-papers view with nothing selected and sizes by papers, its first
 * picture (the level of detail's overview, graph/lod.ts `previewDisplay`, in `previewSteps`) is drawn from the bundle before the
 * full graph is built (`timings.firstFrame`); the full graph follows in slices and replaces it with the same
 * picture, now answering hover and click ("ready", `timings.interactive`).
 * A dataset served with a preview file (core/bundle/preview.ts, `preview.json` beside the bundle; the store's
 * `preview`) has that first picture drawn from the file while the bundle still loads (`timings.firstFrame`,
 * `previewFromFile`); when the bundle arrives and the file matches it (`previewMatches`) and the page still
 * shows the plain overview, the picture stays on screen as it is (no choice, no drawing again) and the full
 * graph follows; otherwise the bundle's own first picture replaces it.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { setGraphBundle } from './graph-owner';
import { setWholeGraphOnScreen } from '../graph/sigma-instance';
import { buildSigmaGraph, buildSigmaGraphInSlices, nodeAttrFactory, yieldToPage, type AtlasGraph } from '../graph/sigma-graph';
import { authorPaperCounts } from '../../core/queries/time-slice';
import { isBigGraph } from '../graph/big-graph';
import { useAtlas } from '../store';
import { atlasDebug, mark } from '../debug';
import { labelExtents } from './LabelsController';
import { preloadFeatures } from '../lazy-feature';
import type { Appearance } from './appearance';
import { applyVisibility } from '../graph/apply-visibility';
import { createLod, graphBBox, previewFromFile, previewSteps, priorityOrderSteps, refreshAttrs, type Preview, type Priority } from '../graph/lod';
import type { PreviewFile } from '../../core/bundle/preview';
import { pictureDrawn } from '../data/first-picture';

/** The first picture drawn from a preview file (what Sigma shows until the bundle is in), with what it was drawn for. */
let fromFile: { file: PreviewFile; display: AtlasGraph; theme: string } | null = null;

/** Whether no author of the dataset is hidden (`visibleAuthor` all 1: the preview file is made for the unfiltered map). */
function allVisible(visibleAuthor: Uint8Array): boolean {
  for (let i = 0; i < visibleAuthor.length; i++) if (visibleAuthor[i] !== 1) return false;
  return true;
}

export function GraphDataController({ onGraph, appearance }: { onGraph: (graph: AtlasGraph) => void; appearance: Appearance }) {
  const sigma = useSigma();
  const dataset = useAtlas((s) => s.dataset);
  const view = useAtlas((s) => s.view);
  const preview = useAtlas((s) => s.preview);

  // the preview file's picture, while the bundle loads (the store holds a preview only then, and only for the
  // plain overview: data/open-dataset.ts)
  useEffect(() => {
    const { dataset: open, theme } = useAtlas.getState();
    if (!preview?.picture || open || sigma.getGraph().order > 0) return void pictureDrawn();
    mark('previewStart');
    const drawn = previewFromFile(preview.picture, theme);
    mark('previewChosen');
    fromFile = { file: preview, display: drawn.display, theme };
    appearance.reset(theme, true);
    sigma.once('afterRender', () => {
      mark('previewFrame');
      const now = performance.now();
      atlasDebug.timings.firstFrame ??= now;
      atlasDebug.timings.previewFromFile ??= now;
      // what that first frame showed, for the e2e check that the full graph shows the same (read-only)
      atlasDebug.previewFrame = { graph: drawn.display, labels: atlasDebug.labels ?? [] };
      pictureDrawn();
    });
    sigma.setCustomBBox(drawn.bbox);
    sigma.setGraph(drawn.display);
  }, [sigma, preview, appearance]);

  // partial refreshes need Sigma to have processed the current graph: track it (before setGraph runs)
  useEffect(() => {
    const onProcessed = () => {
      appearance.state.processed = true;
    };
    sigma.on('afterProcess', onProcessed);
    return () => {
      sigma.off('afterProcess', onProcessed);
    };
  }, [sigma, appearance]);

  useEffect(() => {
    if (!dataset) return;
    let cancelled = false;
    const { bundle } = dataset;
    const { colorBy, theme } = useAtlas.getState();
    /** What the level of detail draws of `graph` (null: all of it), the filters of the moment applied first. */
    const displayOf = (graph: AtlasGraph, priority?: Priority, fill = true) => {
      const visibility = useAtlas.getState().visibility;
      if (visibility && applyVisibility(graph, visibility) && priority) refreshAttrs(graph, priority);
      // big graphs: Sigma draws a display graph of what matters in view (level of detail), framed like the whole
      return createLod(graph, bundle, priority, { fill });
    };
    const show = (graph: AtlasGraph, lod: ReturnType<typeof createLod>, bbox?: ReturnType<typeof graphBBox>): void => {
      // a refill goes to Sigma as one batch: its graph listeners off meanwhile (each added node or edge would be
      // an event it answers), then one re-index of the display graph (Sigma 3.0 internals)
      if (lod) {
        const internals = sigma as unknown as { unbindGraphHandlers(): void; bindGraphHandlers(): void; hoveredNode: string | null };
        lod.quietly = (run) => {
          internals.unbindGraphHandlers();
          try {
            run();
          } finally {
            internals.bindGraphHandlers();
            // what Sigma's node-dropped listener would have done: forget a hovered node that is gone
            if (internals.hoveredNode !== null && !lod.display.hasNode(internals.hoveredNode)) internals.hoveredNode = null;
            sigma.refresh({ schedule: true });
          }
        };
      }
      appearance.reset(theme, lod !== null);
      mark('graphBuilt');
      atlasDebug.graph = graph;
      sigma.setCustomBBox(lod ? (bbox ?? graphBBox(graph)) : null);
      sigma.setGraph(lod ? lod.display : graph);
      setGraphBundle(graph, bundle);
      // the whole graph, for the export of every author (on a big graph Sigma draws only part of it)
      setWholeGraphOnScreen(graph);
      onGraph(graph);
    };

    if (isBigGraph(bundle.authors.name.length + bundle.papers.title.length)) {
      const opening = document.documentElement.dataset.state !== 'ready';
      if (!opening) document.documentElement.dataset.state = 'loading';
      // the full graph in slices, then what the level of detail needs of it, each step its own task with the page
      // given a turn between them (opening the 30k import at load 22: one 648 ms task for all of it, CPU profile:
      // the filters' pass over every node, the drawing priority 229 ms, its first choice 208 ms)
      const build = async () => {
        // the filters of the moment written into the nodes as they are made; applied again below only if they
        // changed meanwhile (the same object: the nodes are done)
        const atStart = useAtlas.getState().visibility;
        const graph = await buildSigmaGraphInSlices(bundle, view, theme, colorBy, () => cancelled, undefined, atStart);
        if (!graph || cancelled) return;
        const visibility = useAtlas.getState().visibility;
        if (visibility) applyVisibility(graph, visibility, visibility === atStart);
        await yieldToPage();
        if (cancelled) return;
        const bbox = graphBBox(graph);
        await yieldToPage();
        if (cancelled) return;
        let priority: Priority | undefined;
        if (isBigGraph(graph.order)) {
          const steps = priorityOrderSteps(graph, bundle);
          let step = steps.next();
          while (!step.done) {
            await yieldToPage();
            if (cancelled) return;
            step = steps.next();
          }
          priority = step.value;
        }
        await yieldToPage();
        if (cancelled) return;
        // the filters again if they changed meanwhile (and the new attribute objects), then the display graph; its
        // drawing the next task
        const lod = displayOf(graph, priority, false);
        // the display graph's first choice, then its filling, each a task of its own (one task before: ~100 ms CPU
        // in a sampled trace of the 30k import's opening, with a mark-compact of 82 ms CPU landing in it)
        if (lod) {
          lod.prepare();
          await yieldToPage();
          if (cancelled) return;
          lod.update();
        }
        await yieldToPage();
        if (!cancelled) show(graph, lod, bbox);
      };
      const { selection, sizeBy, visibility } = useAtlas.getState();
      // a map already on screen (an import or another dataset opened over it) answers meanwhile: the first
      // picture's choice and its drawing are tasks of their own after the React update (issue 12: no block over
      // 100 ms while an import opens); at start-up nothing is on screen and they follow at once (no extra
      // turn before the first frame)
      // the preview file's picture on screen, as the bundle gives it, for the plain overview in the same theme
      // and colours: it stays (the full graph next); anything else on screen is a map opened before
      const kept = fromFile !== null && sigma.getGraph() === fromFile.display ? fromFile : null;
      fromFile = null;
      const overMap = sigma.getGraph().order > 0 && kept === null;
      const drawPreview = async () => {
        if (overMap) await yieldToPage();
        if (cancelled) return;
        const wanted = opening && view === 'papers' && selection === null && sizeBy === 'papers' && visibility !== null;
        // (the store keeps the preview on opening only when it matches the bundle: `previewMatches`, decided there once)
        if (kept && wanted && colorBy === 'community' && kept.theme === theme && allVisible(visibility.author) && useAtlas.getState().preview === kept.file) {
          atlasDebug.timings.previewKept ??= performance.now();
          void preloadFeatures();
          requestAnimationFrame(() => setTimeout(() => !cancelled && void build(), 0));
          return;
        }
        mark('previewStart');
        // the nodes' colours (every author and paper, kept for the full graph) and the choice of what to draw
        // a link with a year range: the discs by the range's papers, as the full graph then has them (SizeController)
        const attrs = wanted ? nodeAttrFactory(bundle, theme, colorBy, authorPaperCounts(bundle, visibility.slice)) : null;
        if (attrs && overMap) await yieldToPage();
        if (cancelled) return;
        mark('previewAttrs');
        // the choice in steps, each its own task when a map is on screen (30k import at load 23: one task of
        // 90 ms CPU, 734 ms wall, the longest of the opening; trace)
        let preview: Preview | null = null;
        if (attrs && visibility) {
          const steps = previewSteps(bundle, attrs, visibility.author, visibility.slice);
          let step = steps.next();
          while (!step.done) {
            if (overMap) await yieldToPage();
            if (cancelled) return;
            step = steps.next();
          }
          preview = step.value;
        }
        mark('previewChosen');
        if (!preview) return void build();
        // the community labels' extents too, in a task of their own before the drawing's (its labels are placed in it)
        if (overMap) {
          await yieldToPage();
          if (cancelled) return;
          labelExtents(bundle, visibility);
          await yieldToPage();
        }
        if (cancelled) return;
        appearance.reset(theme, true);
        // the full graph is built once the first picture is on screen (after the frame that paints it)
        sigma.once('afterRender', () => {
          mark('previewFrame');
          atlasDebug.timings.firstFrame ??= performance.now();
          // the features' chunks (sidebar panels, dialogs, cards) load now, between the full graph's slices
          void preloadFeatures();
          requestAnimationFrame(() => setTimeout(() => !cancelled && void build(), 0));
        });
        sigma.setCustomBBox(preview.bbox);
        sigma.setGraph(preview.display);
      };
      void drawPreview();
    } else {
      const graph = buildSigmaGraph(bundle, view, theme, colorBy);
      show(graph, displayOf(graph));
    }
    return () => {
      cancelled = true;
    };
  }, [sigma, dataset, view, onGraph, appearance]);

  return null;
}
