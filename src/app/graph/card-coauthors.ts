/**
 * An author card's strongest co-authors, the people it lists first: framed with the author when the card opens
 * (controllers/CameraController.tsx `frameWithNeighbours`) and, in the papers view (where the author's neighbours are
 * papers), marked at the map's edge when they lie out of sight (features/offscreen/OffscreenMarks.tsx). On the seed
 * Zhun Deng's card framed him with his two papers only: his two strongest co-authors (Cynthia Dwork, Jialiang Wang)
 * lay beyond the canvas's edge with nothing on screen saying where (a tester).
 */
import { coauthorsOfAuthor } from '../data/dataset';
import type { Bundle } from '../../core/bundle/types';
import type { PaperSlice } from '../../core/queries/time-slice';
import { isAuthorKey } from '../../core/graph/node-keys';
import { authorKey, parseNodeKey } from './node-keys';
import type { AtlasGraph } from './sigma-graph';

/** How many of an author card's co-authors, the first it lists, are its strongest ("top") co-authors. */
export const CARD_TOP_COAUTHORS = 3;

/**
 * The first `k` co-authors the card of the author `node` (a node key of `graph`) lists (`coauthorsOfAuthor`: most
 * papers together first, then link strength; in `slice`, the filters' years and venues, as the card counts them)
 * that `graph` draws (not hidden), as node keys in that order; none for a paper's key. O(the author's co-authors ·
 * log). Throws nothing.
 */
export function cardTopCoauthors(graph: AtlasGraph, bundle: Bundle | undefined | null, slice: PaperSlice | null, node: string, k = CARD_TOP_COAUTHORS): string[] {
  if (!bundle || !isAuthorKey(node) || !graph.hasNode(node)) return [];
  const out: string[] = [];
  for (const tie of coauthorsOfAuthor(bundle, parseNodeKey(node).index, slice)) {
    if (out.length >= k) break;
    const key = authorKey(tie.author);
    if (graph.hasNode(key) && !graph.getNodeAttribute(key, 'hidden')) out.push(key);
  }
  return out;
}
