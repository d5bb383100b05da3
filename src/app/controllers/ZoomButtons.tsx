/**
 * The canvas's zoom buttons (in, out, all that is shown), drawn as react-sigma's ZoomControl draws them. The third
 * frames the whole map, or, when the filters hide part of it, what they leave shown ("Fit the shown map":
 * CameraController.tsx `shownFraming`). With a
 * selected node on the visible part of the canvas, zooming in or out keeps that node where it is on screen (it
 * zoomed about the canvas's centre: Ivan Vulić, selected at x≈674 on the 30k map, slid to x≈208, behind the
 * left sidebar, after three clicks on "Zoom in"); otherwise it zooms about the middle of the part of the canvas
 * the details panel leaves visible.
 */
import { useSigma } from '@react-sigma/core';
import { useCallback, useMemo } from 'react';
import { animationMs } from '../env';
import { nodeKey } from '../graph/node-keys';
import { useAtlas } from '../store';
import { selectedNode } from '../store/types';
import { zoomAnchor } from '../graph/zoom-anchor';
import { appMovesCamera } from '../graph/camera-moves';
import { wholeGraphOnScreen } from '../graph/sigma-instance';
import { shownFraming, shownNodes } from './CameraController';
import { notePartFramed } from './part-framed';
import type { AtlasGraph } from '../graph/sigma-graph';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** How much one click zooms (react-sigma's ZoomControl: 1.5). */
export const ZOOM_FACTOR = 1.5;

/** The part of the canvas the details panel (a card on the right, or a sheet across the bottom) leaves visible. */
function visiblePart(container: HTMLElement): { width: number; height: number } {
  const box = container.getBoundingClientRect();
  const panel = document.querySelector('.details-panel')?.getBoundingClientRect();
  let { width, height } = box;
  if (panel && panel.width > 0 && panel.height > 0) {
    if (panel.width >= box.width * 0.9) height = Math.max(height / 3, Math.min(height, panel.top - box.top));
    else if (panel.left > box.left) width = Math.max(width / 3, Math.min(width, panel.left - box.left));
  }
  return { width, height };
}

const icon = (d: string) => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);
const PLUS = 'M7 2h2v5h5v2H9v5H7V9H2V7h5z';
const MINUS = 'M2 7h12v2H2z';
const WHOLE = 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1.6a5.4 5.4 0 1 0 0 10.8A5.4 5.4 0 0 0 8 2.6zM8 5.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z';

/** How long a zoom step animates (ms), read at each step: none (a jump) under test or reduced motion. */
export const zoomMs = (): number => (animationMs() === 0 ? 0 : 200);

/**
 * Zooms `sigma`'s camera by `factor` (> 1 in, < 1 out), animated: about the selected node when it is drawn on the
 * visible part of the canvas, else about the middle of that part (see the module comment). The zoom buttons and
 * the canvas's `+`/`-` keys (features/keyboard) both zoom with it. Throws nothing.
 */
export function zoomBy(sigma: Sigma, factor: number): void {
  const camera = sigma.getCamera();
  const ref = selectedNode(useAtlas.getState().selection);
  // the selected node as drawn now (on a big map the drawn level of detail may not hold it: then no anchor)
  const key = ref ? nodeKey(ref) : null;
  const data = key && sigma.getGraph().hasNode(key) ? sigma.getNodeDisplayData(key) : undefined;
  const at = data && !data.hidden ? sigma.framedGraphToViewport(data) : null;
  const anchor = zoomAnchor(at, visiblePart(sigma.getContainer()));
  const state = sigma.getViewportZoomedState(anchor, camera.ratio / factor);
  // a jump, not a 0 ms flight (isAnimated would say a move is under way for a frame)
  moveTo(sigma, state);
}

/** The camera state that shows the whole map (Sigma's neutral camera). */
const WHOLE_STATE: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/**
 * Moves `sigma`'s camera to `state` (a partial camera state; 'whole': the whole map) as a zoom step does: animated
 * for `zoomMs()`, or a jump under test or reduced motion. Throws nothing.
 */
export function moveTo(sigma: Sigma, state: Partial<CameraState> | 'whole'): void {
  const camera = sigma.getCamera();
  const to = state === 'whole' ? WHOLE_STATE : state;
  const duration = zoomMs();
  // (not a wheel zoom: the node it brings under a resting mouse is not hovered, EventsController)
  appMovesCamera(camera);
  if (duration === 0) camera.setState(to);
  else void camera.animate(to, { duration });
}

/**
 * Moves `sigma`'s camera as a zoom step does (`moveTo`) to frame what the filters leave shown: the store's
 * visibility over the whole graph on screen (CameraController.tsx `shownFraming`), the whole map when no filter hides
 * anything or before the map's graph is built. The "fit" button and the canvas's key for it (features/keyboard).
 * Returns whether the filters hide part of the map (what was framed: the shown part, else the whole map). Throws nothing.
 */
export function fitShown(sigma: Sigma): boolean {
  const graph = wholeGraphOnScreen();
  const { visibility } = useAtlas.getState();
  const state = graph && visibility ? shownFraming(sigma as unknown as Parameters<typeof shownFraming>[0], graph, visibility) : 'whole';
  moveTo(sigma, state);
  // (framed again as the canvas is resized while the camera stays there: part-framed.ts `notePartFramed`)
  const camera = sigma.getCamera();
  notePartFramed(camera, { ...camera.getState(), ...camera.validateState(state === 'whole' ? WHOLE_STATE : state) }, { kind: 'shown' });
  return state !== 'whole';
}

/**
 * The zoom buttons. `labels.reset`: the third button's name when it frames the whole map; `labels.fitShown`: its
 * name while the filters hide part of the map and it frames what they leave (`fitShown`). `graph`: the whole graph of
 * the map on screen (null before it is built), read for the button's name.
 */
export function ZoomButtons({ labels, graph }: { labels: { zoomIn: string; zoomOut: string; reset: string; fitShown: string }; graph: AtlasGraph | null }) {
  const sigma = useSigma();
  const zoom = useCallback((factor: number) => zoomBy(sigma, factor), [sigma]);
  const visibility = useAtlas((s) => s.visibility);
  // (read again when the map's graph is built anew: a view switch's graph holds papers or not)
  const filtered = useMemo(() => graph !== null && visibility !== null && !shownNodes(graph, visibility).all, [graph, visibility]);
  const buttons: [string, () => void, string][] = [
    [labels.zoomIn, () => zoom(ZOOM_FACTOR), PLUS],
    [labels.zoomOut, () => zoom(1 / ZOOM_FACTOR), MINUS],
    [filtered ? labels.fitShown : labels.reset, () => void fitShown(sigma), WHOLE],
  ];
  return (
    <>
      {buttons.map(([title, onClick, d]) => (
        <div key={d} className="react-sigma-control">
          <button type="button" onClick={onClick} title={title}>
            {icon(d)}
          </button>
        </div>
      ))}
    </>
  );
}
