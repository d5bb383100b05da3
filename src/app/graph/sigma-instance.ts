/**
 * The one Sigma instance on screen. Controllers inside the canvas get it from react-sigma's context
 * (`useSigma`, the same object); code outside the canvas (exports, the rebuild, `window.__atlas`) reads
 * it here. Published by `controllers/SigmaInstanceController.tsx` while the canvas is mounted.
 */
import type Sigma from 'sigma';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from './sigma-graph';

export type AtlasSigma = Sigma<NodeAttrs, EdgeAttrs>;

let current: AtlasSigma | null = null;

export const setSigmaOnScreen = (sigma: AtlasSigma | null): void => {
  current = sigma;
};

/** The Sigma instance drawing the canvas, or null when no graph is on screen. */
export const sigmaOnScreen = (): AtlasSigma | null => current;

let whole: AtlasGraph | null = null;

/** Record `graph` as the whole graph of the map handed to Sigma (controllers/GraphDataController.tsx, at each `setGraph`). */
export const setWholeGraphOnScreen = (graph: AtlasGraph | null): void => {
  whole = graph;
};

/**
 * The whole graph of the map on screen: on a big graph Sigma draws only a level-of-detail part of it
 * (graph/lod.ts: its display graph is `sigmaOnScreen().getGraph()`), and the export of every author reads this
 * one. Null before a map's full graph is built (a big map's first picture is drawn before it); while a new
 * dataset opens over a map, still the old map's (graph-owner.ts `bundleOfGraph` tells them apart).
 */
export const wholeGraphOnScreen = (): AtlasGraph | null => whole;
