/** Which nodes of a map's whole graph the filters leave shown (the zoom buttons' name, the "fit" framing, sizes). */
import { authorKey, paperKey } from './node-keys';
import type { AtlasGraph } from './sigma-graph';
import type { Visibility } from './visibility';

/** `shownNodes`' last answer for a visibility, with the graph (and its node count) it was worked out on. */
const shownMemo = new WeakMap<Visibility, { graph: AtlasGraph; order: number; shown: { keys: readonly string[]; all: boolean } }>();

/**
 * The node keys of `graph` (the whole graph of the map on screen: authors `a<i>`, papers `p<i>`) that `visibility`
 * (the store's, graph/visibility.ts `computeVisibility`) shows, and whether that is every node of the graph
 * (`all`: no filter hides any). O(authors + papers) once per visibility and graph, remembered (a filtered view's
 * sizes ask it right after its framing did; ~85 ms a call on the 70k map at load 8, CPU profile); callers must not
 * change `keys`. Whether all are shown alone: `allShown`, which lists nothing. Throws nothing.
 */
export function shownNodes(graph: AtlasGraph, visibility: Visibility): { keys: readonly string[]; all: boolean } {
  const known = shownMemo.get(visibility);
  if (known && known.graph === graph && known.order === graph.order) return known.shown;
  const keys: string[] = [];
  visibility.author.forEach((v, i) => {
    if (v !== 1) return;
    const key = authorKey(i);
    if (graph.hasNode(key)) keys.push(key);
  });
  visibility.paper.forEach((v, p) => {
    if (v !== 1) return;
    const key = paperKey(p);
    if (graph.hasNode(key)) keys.push(key);
  });
  const shown = { keys, all: keys.length === graph.order };
  shownMemo.set(visibility, { graph, order: graph.order, shown });
  return shown;
}

/**
 * Whether `visibility` shows every node of `graph` (`shownNodes(graph, visibility).all`), worked out without listing
 * them: a walk over the graph's keys, each read in place (no key made, none looked up), stopping at the first node
 * not shown. The zoom buttons' name and the "fit" framing ask only this while no filter hides anything (the map as it
 * opens: listing the 70k map's 131k keys was ~85 ms of its way to "ready" at load 8, CPU profile). O(nodes).
 */
export function allShown(graph: AtlasGraph, visibility: Visibility): boolean {
  const known = shownMemo.get(visibility);
  if (known && known.graph === graph && known.order === graph.order) return known.shown.all;
  return !graph.someNode((key) => !shownKey(key, visibility));
}

/** Whether `key` is `authorKey(i)` of a shown author or `paperKey(p)` of a shown paper (as `shownNodes` lists them). */
function shownKey(key: string, visibility: Visibility): boolean {
  const kind = key.charCodeAt(0);
  const flags = kind === 97 ? visibility.author : kind === 112 ? visibility.paper : null;
  // a decimal index as `a${i}` writes it: digits only, no leading zero
  if (flags === null || key.length < 2 || (key.length > 2 && key.charCodeAt(1) === 48)) return false;
  let index = 0;
  for (let k = 1; k < key.length; k++) {
    const digit = key.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return false;
    index = index * 10 + digit;
  }
  return index < flags.length && flags[index] === 1;
}
