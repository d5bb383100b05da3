/**
 * The nodes the filters leave shown (graph/shown-nodes.ts): the zoom buttons' name and the
 * "fit" framing both ask it of the same visibility as a map opens (O(authors + papers) each: ~85 ms of the 70k map's
 * way to "ready" at load 8), so it is worked out once per visibility and graph, and again for another of either; and
 * whether every node is shown (`allShown`) is answered without listing them, as `shownNodes` would.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { allShown, shownNodes } from '../../src/app/graph/shown-nodes';
import type { AtlasGraph } from '../../src/app/graph/sigma-graph';
import type { Visibility } from '../../src/app/graph/visibility';

/** A graph of `authors` authors and `papers` papers (keys `a<i>`, `p<i>`), no edges. */
function graphOf(authors: number, papers: number): AtlasGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as AtlasGraph;
  for (let i = 0; i < authors; i++) g.addNode(`a${i}`, {} as never);
  for (let p = 0; p < papers; p++) g.addNode(`p${p}`, {} as never);
  return g;
}

const visibilityOf = (author: number[], paper: number[]): Visibility =>
  ({ author: Uint8Array.from(author), paper: Uint8Array.from(paper), authorCount: author.filter((v) => v === 1).length, paperCount: paper.filter((v) => v === 1).length }) as Visibility;

describe('shownNodes', () => {
  it('the shown authors and papers in the graph; all of them when no filter hides one', () => {
    const g = graphOf(3, 2);
    expect(shownNodes(g, visibilityOf([1, 1, 1], [1, 1]))).toEqual({ keys: ['a0', 'a1', 'a2', 'p0', 'p1'], all: true });
    expect(shownNodes(g, visibilityOf([1, 0, 1], [0, 1]))).toEqual({ keys: ['a0', 'a2', 'p1'], all: false });
    // the co-author view's graph holds no paper: shown papers are not its nodes
    expect(shownNodes(graphOf(3, 0), visibilityOf([1, 1, 1], [1, 1]))).toEqual({ keys: ['a0', 'a1', 'a2'], all: true });
  });

  it('asked again of the same visibility and graph: the same answer, not worked out again', () => {
    const g = graphOf(3, 2);
    const v = visibilityOf([1, 0, 1], [1, 1]);
    const first = shownNodes(g, v);
    expect(shownNodes(g, v)).toBe(first);
  });

  it('another graph, or the graph changed, or another visibility: worked out again', () => {
    const g = graphOf(3, 2);
    const v = visibilityOf([1, 1, 1], [1, 1]);
    expect(shownNodes(g, v).all).toBe(true);
    // the co-author view's graph under the same visibility
    const authorsOnly = graphOf(3, 0);
    expect(shownNodes(authorsOnly, v)).toEqual({ keys: ['a0', 'a1', 'a2'], all: true });
    // a node added that the visibility does not show (a new author, e.g. a name split in two)
    g.addNode('a3', {} as never);
    expect(shownNodes(g, v)).toEqual({ keys: ['a0', 'a1', 'a2', 'p0', 'p1'], all: false });
    expect(shownNodes(g, visibilityOf([1, 1, 1, 1], [1, 1]))).toEqual({ keys: ['a0', 'a1', 'a2', 'a3', 'p0', 'p1'], all: true });
  });
});

describe('allShown', () => {
  /** A graph with exactly `keys` as its nodes. */
  const withKeys = (keys: string[]): AtlasGraph => {
    const g = new Graph({ type: 'undirected' }) as unknown as AtlasGraph;
    for (const k of keys) g.addNode(k, {} as never);
    return g;
  };
  const cases: [string, string[], Visibility][] = [
    ['everyone shown', ['a0', 'a1', 'a2', 'p0', 'p1'], visibilityOf([1, 1, 1], [1, 1])],
    ['an author hidden', ['a0', 'a1', 'a2', 'p0', 'p1'], visibilityOf([1, 0, 1], [1, 1])],
    ['a paper hidden', ['a0', 'a1', 'a2', 'p0', 'p1'], visibilityOf([1, 1, 1], [1, 0])],
    ['a hidden paper not in the graph (co-author view)', ['a0', 'a1', 'a2'], visibilityOf([1, 1, 1], [0, 0])],
    ['a node beyond the visibility', ['a0', 'a1', 'a2', 'a3'], visibilityOf([1, 1, 1], [])],
    ['a key not written as authorKey writes it', ['a0', 'a01'], visibilityOf([1, 1], [])],
    ['a key of neither kind', ['a0', 'x1'], visibilityOf([1, 1], [])],
    ['a key with no index', ['a0', 'a'], visibilityOf([1, 1], [])],
    ['ten and more', Array.from({ length: 12 }, (_, i) => `a${i}`), visibilityOf(new Array(12).fill(1), [])],
    ['the eleventh hidden', Array.from({ length: 12 }, (_, i) => `a${i}`), visibilityOf([...new Array(10).fill(1), 0, 1], [])],
    ['an empty graph', [], visibilityOf([0], [0])],
  ];
  it.each(cases)('%s: as shownNodes says', (_, keys, v) => {
    // each on a visibility of its own, so that shownNodes' remembered answer is not what allShown returns
    const fresh = { ...v };
    expect(allShown(withKeys(keys), fresh)).toBe(shownNodes(withKeys(keys), v).all);
  });
  it('the expected answers', () => {
    expect(cases.map(([name, keys, v]) => [name, allShown(withKeys(keys), { ...v })])).toEqual(cases.map(([name], i) => [name, [0, 3, 8, 10].includes(i)]));
  });
});
