/**
 * When a graph is "big", defined once: above this many nodes the viewer draws smaller marks, stops
 * dimming the rest on hover (that re-processes every node) and draws a level of detail (graph/lod.ts)
 * instead of the whole graph. Marks are sized by the dataset's authors + papers (a node keeps its size
 * across the two views); dimming and level of detail by the nodes of the graph drawn.
 */
export const BIG_GRAPH_NODES = 8000;

export const isBigGraph = (nodes: number): boolean => nodes > BIG_GRAPH_NODES;
