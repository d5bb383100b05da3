/**
 * The graphology graph Sigma draws, made from a dataset for one view:
 * "papers" (authors and papers, authorship edges) or "coauthors" (authors only, weighted co-author links).
 * Positions come from the bundle (computed at build time): the viewer runs no layout.
 */
import Graph from 'graphology';
import type { Bundle } from '../../core/bundle/types';
import type { Theme } from '../theme';
import { CANVAS_COLORS } from '../theme';
import { isBigGraph } from './big-graph';
import { authorKey, paperKey } from './node-keys';
import { strongestEdges } from './overview-edges';
import { mix } from '../../core/appearance/palette';
import type { ColorBy } from '../store/types';
import { nodeColours } from './colours';

export type GraphView = 'papers' | 'coauthors';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Colour when something else is emphasised. */
  dimColor: string;
  label: string | null;
  /** Full text for the hover label of a paper. */
  title: string;
  kind: 'author' | 'paper';
  community: number;
  type: 'circle' | 'square';
  focal: boolean;
  zIndex: number;
  hidden?: boolean;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  /** Drawn at overview; others only near the focus. */
  overview: boolean;
  /** Strength: the strongest edges are drawn first when only some can be (level of detail). */
  score: number;
  /** Below the co-author view's link-strength threshold (graph/apply-visibility.ts). */
  hidden?: boolean;
}

export type AtlasGraph = Graph<NodeAttrs, EdgeAttrs>;

export function authorSize(paperCount: number, large: boolean): number {
  const base = large ? 1.6 : 4;
  return Math.min(base + (large ? 1.4 : 2.6) * Math.sqrt(Math.max(0, paperCount - 1)), large ? 14 : 22);
}

/**
 * The graph for `view`, coloured by `colorBy` on `theme` (colours from graph/colours.ts, the getters the
 * exports use too); the colour mode is kept as the graph attribute `colorBy`.
 */
export function buildSigmaGraph(bundle: Bundle, view: GraphView, theme: Theme, colorBy: ColorBy = 'community'): AtlasGraph {
  const colors = CANVAS_COLORS[theme];
  const fill = nodeColours(bundle, theme, colorBy);
  const nA = bundle.authors.name.length;
  const nP = bundle.papers.title.length;
  // marks by the whole dataset, so a node keeps its size across the two views
  const large = isBigGraph(nA + nP);
  const graph: AtlasGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('colorBy', colorBy);
  const { authors, papers } = bundle;
  let maxPapers = 0;
  for (let i = 0; i < nA; i++) maxPapers = Math.max(maxPapers, authors.paperCount[i]);

  for (let i = 0; i < nA; i++) {
    const focal = bundle.focalAuthor === i;
    const community = authors.community[i];
    graph.addNode(authorKey(i), {
      x: authors.x[i],
      y: authors.y[i],
      size: authorSize(authors.paperCount[i], large) * (focal ? 1.25 : 1),
      color: fill.author[i],
      dimColor: fill.authorDim[i],
      label: authors.name[i],
      title: authors.name[i],
      kind: 'author',
      community,
      type: 'circle',
      focal,
      // the more papers, the higher: where discs overlap (zoomed out), the prolific author, who has the
      // label, is the one drawn on top and so the one a click or hover picks
      zIndex: focal ? 3 : 1 + authors.paperCount[i] / (maxPapers + 1),
    });
  }

  if (view === 'papers') {
    for (let p = 0; p < nP; p++) {
      const community = papers.community[p];
      graph.addNode(paperKey(p), {
        x: papers.x[p],
        y: papers.y[p],
        size: large ? 1.6 : 4.5,
        color: fill.paper[p],
        dimColor: fill.paperDim[p],
        label: null,
        title: papers.title[p],
        kind: 'paper',
        community,
        type: 'square',
        focal: false,
        zIndex: 0,
      });
    }
    const scores: number[] = [];
    const ends: [string, string][] = [];
    for (let p = 0; p < nP; p++) {
      const list = [...new Set(papers.authors[p])];
      for (const a of list) {
        ends.push([authorKey(a), paperKey(p)]);
        // a paper with few authors says more about each of them
        scores.push(1 / list.length + authors.paperCount[a] * 1e-6);
      }
    }
    const keep = strongestEdges(scores);
    for (let i = 0; i < ends.length; i++) {
      graph.addEdge(ends[i][0], ends[i][1], { size: large ? 0.4 : 0.8, color: colors.edge, overview: keep[i] === 1, score: scores[i] });
    }
  } else {
    const { source, target, weight } = bundle.coauthorLinks;
    let maxWeight = 0;
    for (const w of weight) maxWeight = Math.max(maxWeight, w);
    const keep = strongestEdges(weight);
    // 17 shades from faint (one paper among many authors) to strong (many papers together); opaque, so
    // the faintest keeps the edge colour's contrast (a translucent one drew fainter than the background allows)
    const shades = Array.from({ length: 17 }, (_, k) => mix(colors.edge, colors.edgeStrong, (k / 16) * 0.8));
    for (let i = 0; i < source.length; i++) {
      const t = maxWeight > 0 ? Math.sqrt(weight[i] / maxWeight) : 0;
      graph.addEdge(authorKey(source[i]), authorKey(target[i]), {
        size: (large ? 0.3 : 0.6) + t * (large ? 3 : 5),
        color: shades[Math.round(t * 16)],
        overview: keep[i] === 1,
        score: weight[i],
      });
    }
  }
  return graph;
}
