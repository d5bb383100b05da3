/**
 * When a graph is "big", defined once (core/graph/big-graph.ts, shared with the build's preview file): above
 * this many nodes the viewer draws smaller marks, stops dimming the rest on hover (that re-processes every
 * node) and draws a level of detail (graph/lod.ts) instead of the whole graph. Marks are sized by the dataset's
 * authors + papers (a node keeps its size across the two views); dimming and level of detail by the nodes of
 * the graph drawn.
 */
export { BIG_GRAPH_NODES, isBigGraph } from '../../core/graph/big-graph';
