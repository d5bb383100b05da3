/**
 * `window.__atlas`: the handle tests and the benchmark use to wait for readiness and read timings.
 * Read-only use; nothing in the app depends on it.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { PlacedLabel } from './graph/label-placement';
import { drawnRadius } from './graph/drawn-size';
import { sigmaOnScreen } from './graph/sigma-instance';
import { useAtlas } from './store';

export interface AtlasDebug {
  ready: boolean;
  /** The Sigma instance on screen (read from graph/sigma-instance.ts, the one handle). */
  readonly sigma: Sigma | null;
  /** The whole graph of the open dataset (on big graphs Sigma draws only part of it: level of detail). */
  graph: Graph | null;
  store: typeof useAtlas;
  /** performance.now() marks: firstFrame, lastPanel, lastSearch... */
  timings: Record<string, number | undefined>;
  /** false while the camera moves on a big graph, until the level of detail has caught up. */
  lodSettled?: boolean;
  /**
   * The `seq` of the last camera move asked of the store (`camera.seq`) that CameraController carried out to its end:
   * its flight landed (or was taken over), the camera was set at once, or the move was dropped (its card closed
   * first). A test waits for it to reach the store's `camera.seq` (the app's own signal that the camera is where it
   * was asked to go), never on time.
   */
  cameraMoved?: number;
  /**
   * The canvas's size (`"900×700"`, CSS px) at the last resize handled once it had settled (CameraController.tsx
   * `useFramingOnResize`): the app's framing made again for it, or the user's camera kept with the selected node in
   * view, asked of the store (a test then waits for `cameraMoved` to reach the store's `camera.seq`).
   */
  resizeSettled?: string;
  /** The labels drawn at the canvas's last render (authors, papers, communities), boxes in Sigma's viewport pixels (CSS px from the canvas's top left, not the page's: add the canvas's offset to tap or click at one). */
  labels?: readonly PlacedLabel[];
  /** How those labels were placed: moved with the camera from an earlier placement, or placed around these boxes. */
  labelsPlacedFor?: { followed: boolean; around: string; ratio: number; drawnNodes: number; at: number };
  /** The first frame drawn from a preview file (before the bundle): the graph Sigma drew and the labels placed. */
  previewFrame?: { graph: Graph; labels: readonly PlacedLabel[] };
  /**
   * The last pick made for a finger on the map (EventsController): the point (viewport CSS px), the node picked (or
   * null), the picture picked against (`performance.now()` ms its render was done; null: the last one drawn, whose
   * time is `lastPictureAt`) and when the pick was made. For tests that check a tap against the picture it was aimed at.
   */
  lastTouchPick?: { point: { x: number; y: number }; picked: string | null; pictureAt: number | null; at: number };
  /**
   * The radius (CSS px) a node of display size `size` is drawn at on the canvas, at camera ratio `ratio` (default: the
   * camera's now): Sigma's `scaleSize` capped as drawn (graph/drawn-size.ts); 0 with no canvas.
   */
  drawnRadius(size: number, ratio?: number): number;
}

export const atlasDebug: AtlasDebug = {
  ready: false,
  get sigma() {
    return sigmaOnScreen() as Sigma | null;
  },
  graph: null,
  store: useAtlas,
  timings: {},
  drawnRadius(size, ratio) {
    const sigma = sigmaOnScreen();
    return sigma ? drawnRadius(sigma as unknown as Sigma, size, ratio) : 0;
  },
};

declare global {
  interface Window {
    __atlas?: AtlasDebug;
  }
}

window.__atlas = atlasDebug;

export function mark(name: string): void {
  atlasDebug.timings[name] = performance.now();
}
