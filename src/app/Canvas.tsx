/**
 * The Sigma canvas (drawn with lighter WebGL layers: graph/sigma-layers.ts) with its controllers, one job each (each renders nothing): data, events, level of
 * detail, filters, colours, appearance, hover overlay, camera, readiness; then the features' own canvas jobs
 * (a click on a co-author link). Controllers read only the store.
 */
import { ControlsContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { useCallback, useMemo, useState } from 'react';
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';
import { createAppearance } from './controllers/appearance';
import { AppearanceController } from './controllers/AppearanceController';
import { EmptyViewController } from './controllers/EmptyViewController';
import { CameraController } from './controllers/CameraController';
import { ColourController } from './controllers/ColourController';
import { EventsController } from './controllers/EventsController';
import { FiltersController } from './controllers/FiltersController';
import { GraphDataController } from './controllers/GraphDataController';
import { ChainOverlayController } from './controllers/ChainOverlayController';
import { ShownSizeController } from './controllers/ShownSizeController';
import { HoverOverlayController } from './controllers/HoverOverlayController';
import { LodController } from './controllers/LodController';
import { drawHover, PaperNodeProgram } from './controllers/labels';
import { LabelsController } from './controllers/LabelsController';
import { ReadyController } from './controllers/ReadyController';
import { ReducedMotionController } from './controllers/ReducedMotionController';
import { SigmaInstanceController } from './controllers/SigmaInstanceController';
import { SizeController } from './controllers/SizeController';
import { ZoomButtons } from './controllers/ZoomButtons';
import { animationMs, prefersReducedMotion } from './env';
import { sigmaMoves } from './sigma-moves';
import { KeyboardNavController } from './features/keyboard/KeyboardNavController';
import { LinkClickController } from './features/pair/LinkClickController';
import { EgoLayoutController } from './features/network/EgoLayoutController';
import { OffscreenMarks } from './features/offscreen/OffscreenMarks';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from './graph/sigma-graph';
import { radiusCapped, uninstanced } from './graph/programs';
import { DISC, SQUARE_BELOW } from './graph/node-types';
import { NodeDiscProgram } from './graph/disc-program';
import { LightSigmaContainer } from './sigma-container';
import { StagePaddingController } from './controllers/StagePaddingController';
import { STAGE_PADDING } from './graph/stage-padding';

// Sigma's own programs drawn as plain triangle lists: software WebGL runs each instance as a draw call of its
// own, so an instanced frame of the 30k map cost ~100 ms more (graph/programs.ts)
// (drawn in this order: dimmed paper squares first, below every disc: `SQUARE_BELOW`; then the discs with their
// ring, graph/disc-program.ts; then the squares drawn plainly: graph/node-types.ts), each no larger on screen than
// a share of the canvas (graph/drawn-size.ts: a prolific author framed close hid her own papers under her disc)
const PaperSquares = uninstanced(radiusCapped(PaperNodeProgram));
const NODE_PROGRAMS = { [SQUARE_BELOW]: PaperSquares, [DISC]: uninstanced(radiusCapped(NodeDiscProgram)), square: PaperSquares };
const EDGE_PROGRAMS = { line: uninstanced(EdgeRectangleProgram) };

export function Canvas() {
  const [graph, setGraph] = useState<AtlasGraph | null>(null);
  const appearance = useMemo(createAppearance, []);
  const onGraph = useCallback((g: AtlasGraph) => setGraph(g), []);
  const settings = useMemo<Partial<Settings<NodeAttrs, EdgeAttrs>>>(
    () => ({
      defaultNodeType: DISC,
      nodeProgramClasses: NODE_PROGRAMS,
      edgeProgramClasses: EDGE_PROGRAMS,
      // labels are placed and drawn by LabelsController (authors and communities together, collision-free)
      renderLabels: false,
      defaultDrawNodeHover: drawHover,
      labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelRenderedSizeThreshold: 5,
      zIndex: true,
      // clear of the legend laid over the map's bottom-left corner (12 px from the edge, 30 px high): at 36 a
      // small imported map's lowest node sat under it (on a tall canvas, a phone's, less: StagePaddingController)
      stagePadding: STAGE_PADDING,
      // no turning of the map: a two-finger pinch whose fingers are not level turned it (Sigma's default; a tester's
      // pinch left the 3k map 25° askew, undone only by the whole-map button, which also lost the zoom)
      enableCameraRotation: false,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      // (reduced motion read as the map opens, and followed after by ReducedMotionController). Sigma's own moves (the
      // wheel's zoom, double click or double tap's zoom, the glide after a drag) are jumps then: 1 ms, not 0 (its
      // animate() divides by the duration, 0/0 at the first step: a frame with the camera at NaN), and no glide
      ...sigmaMoves(animationMs() === 0, prefersReducedMotion()),
      // settings never change after start: each change would re-process the whole graph
      hideEdgesOnMove: true,
      enableEdgeEvents: false,
      nodeReducer: appearance.nodeReducer,
      edgeReducer: appearance.edgeReducer,
    }),
    [appearance],
  );
  return (
    <LightSigmaContainer<NodeAttrs, EdgeAttrs, Attributes> className="atlas-canvas" settings={settings}>
      <SigmaInstanceController />
      {/* before GraphDataController: the padding is the canvas's before the map is processed */}
      <StagePaddingController />
      <ReducedMotionController />
      {/* before GraphDataController: its label layer is listening when a dataset's first picture is drawn (in
          GraphDataController's effect), so that render draws the labels too and no second render follows */}
      <LabelsController graph={graph} appearance={appearance} />
      <GraphDataController onGraph={onGraph} appearance={appearance} />
      <EventsController graph={graph} />
      {graph && (
        <>
          <LinkClickController graph={graph} />
          <ColourController graph={graph} />
          <SizeController graph={graph} />
          <LodController graph={graph} />
          <FiltersController graph={graph} />
          {/* after the filters (the nodes it moves are shown or hidden by then) and the sizes (part of its layout) */}
          <EgoLayoutController graph={graph} />
          <AppearanceController graph={graph} appearance={appearance} />
          <HoverOverlayController graph={graph} />
          <ChainOverlayController graph={graph} appearance={appearance} />
          <ShownSizeController graph={graph} appearance={appearance} />
          <CameraController graph={graph} />
          <EmptyViewController graph={graph} />
          <ReadyController graph={graph} />
          <KeyboardNavController graph={graph} />
          <OffscreenMarks graph={graph} />
        </>
      )}
      <ControlsContainer position="bottom-right">
        <ZoomButtons labels={{ zoomIn: 'Zoom in', zoomOut: 'Zoom out', reset: 'Show the whole graph', fitShown: 'Fit the shown map' }} graph={graph} />
      </ControlsContainer>
    </LightSigmaContainer>
  );
}
