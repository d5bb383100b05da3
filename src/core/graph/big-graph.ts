/**
 * When a graph is "big", defined once for the build and the viewer: above this many nodes (authors + papers of
 * the dataset, or the nodes of the graph drawn) the viewer draws smaller marks, stops dimming the rest on hover
 * and draws a level of detail instead of the whole graph, and the build writes the overview's first picture
 * (`preview.json`, core/bundle/preview.ts).
 */
export const BIG_GRAPH_NODES = 8000;

/** Whether a graph of `nodes` nodes is big (`BIG_GRAPH_NODES`). */
export const isBigGraph = (nodes: number): boolean => nodes > BIG_GRAPH_NODES;
