/**
 * The one Sigma instance on screen. Controllers inside the canvas get it from react-sigma's context
 * (`useSigma`, the same object); code outside the canvas (exports, the rebuild, `window.__atlas`) reads
 * it here. Published by `controllers/SigmaInstanceController.tsx` while the canvas is mounted.
 */
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from './sigma-graph';

export type AtlasSigma = Sigma<NodeAttrs, EdgeAttrs>;

let current: AtlasSigma | null = null;

export const setSigmaOnScreen = (sigma: AtlasSigma | null): void => {
  current = sigma;
};

/** The Sigma instance drawing the canvas, or null when no graph is on screen. */
export const sigmaOnScreen = (): AtlasSigma | null => current;
