/**
 * Level of detail (src/app/graph/lod.ts) on a real list: ACL 2020 main (10.5k nodes) is drawn through a
 * display graph within the budget, the seed is drawn whole, and what the user looks at is always drawn.
 */
import { describe, expect, it } from 'vitest';
import { buildSigmaGraph, nodeAttrFactory } from '../../src/app/graph/sigma-graph';
import { authorPriority, authorPriorityHead, createLod, priorityOrder, rerankAuthors, previewDisplay, EDGE_BUDGET, LINK_BUDGET, LINK_PREFIX, LOD_MIN_ORDER, NODE_BUDGET, OVERVIEW_BRIDGES } from '../../src/app/graph/lod';
import { computeEmphasis } from '../../src/app/graph/emphasis';
import { authorKey } from '../../src/app/graph/node-keys';
import { applyVisibility } from '../../src/app/graph/apply-visibility';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import { buildFiles, SEED_PATH, aclMain } from '../core/helpers';

const acl = aclMain().bundle;
const isLink = (e: string) => e.startsWith(LINK_PREFIX);
/** Authorship edges of `node` drawn in `display` (co-author links left out). */
const authorships = (display: ReturnType<typeof buildSigmaGraph>, node: string) => display.edges(node).filter((e) => !isLink(e)).length;
const byPapers = (b: typeof acl) => b.authors.paperCount.map((c, i) => [c, i]).sort((p, q) => q[0] - p[0] || p[1] - q[1]);

describe('level of detail', () => {
  it('draws small graphs whole', () => {
    const seed = buildFiles([SEED_PATH]).bundle;
    expect(createLod(buildSigmaGraph(seed, 'papers', 'light'), seed)).toBeNull();
  });

  it('at overview draws the most prolific authors within the budget, sharing attributes with the full graph', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    expect(graph.order).toBeGreaterThan(LOD_MIN_ORDER);
    const lod = createLod(graph, acl)!;
    const { display } = lod;
    expect(display.order).toBe(NODE_BUDGET);
    expect(display.size).toBeLessThanOrEqual(EDGE_BUDGET);
    // the 200 most prolific authors are all there, and no paper is (authors come first)
    for (const [, i] of byPapers(acl).slice(0, 200)) expect(display.hasNode(authorKey(i))).toBe(true);
    expect(display.filterNodes((_n, a) => a.kind === 'paper')).toEqual([]);
    // the leading author of every community of 10 or more is drawn, so each group shows
    for (const [id, c] of acl.communities.entries()) {
      if (c.size < 10) continue;
      expect(display.someNode((_n, a) => a.community === id)).toBe(true);
    }
    const key = display.nodes()[0];
    expect(display.getNodeAttributes(key)).toBe(graph.getNodeAttributes(key));
  });

  it('sized by another measure, the largest discs are drawn first: authors with one paper made the largest are all there', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    const lod = createLod(graph, acl)!;
    // 200 one-paper authors (none of them drawn by papers at overview) given the largest size
    const chosen = acl.authors.paperCount.flatMap((c, i) => (c === 1 && !lod.display.hasNode(authorKey(i)) ? [i] : [])).slice(0, 200);
    expect(chosen.length).toBe(200);
    const big = new Set(chosen);
    lod.rank((i) => (big.has(i) ? 50 : acl.authors.paperCount[i]));
    lod.update();
    for (const i of chosen) expect(lod.display.hasNode(authorKey(i))).toBe(true);
  });

  it('re-ranking the authors alone (a year range\'s sizes) gives the order a whole new priority gives', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    // an invented weight: the authors' index backwards, every tenth author first
    const weight = (i: number) => (i % 10 === 0 ? 100_000 : 0) + (acl.authors.name.length - i);
    const whole = priorityOrder(graph, acl, weight);
    const again = rerankAuthors(acl, priorityOrder(graph, acl), weight);
    expect(again.keys).toEqual(whole.keys);
    expect([...again.x]).toEqual([...whole.x]);
    expect([...again.y]).toEqual([...whole.y]);
    again.attrs.forEach((a, k) => expect(a).toBe(whole.attrs[k]));
  });

  it('a hovered author brings their papers and links, beyond the budget; they go when the hover ends', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    const lod = createLod(graph, acl)!;
    const [, top] = byPapers(acl)[0];
    const e = computeEmphasis(graph, acl, { kind: 'author', index: top });
    lod.forced = { nodes: e.nodes, edges: e.edges };
    expect(lod.update()).toBe(true);
    for (const n of e.nodes) expect(lod.display.hasNode(n)).toBe(true);
    for (const edge of e.edges) expect(lod.display.hasEdge(edge)).toBe(true);
    expect(authorships(lod.display, authorKey(top))).toBe(acl.authors.paperCount[top]);
    lod.forced = { nodes: new Set(), edges: new Set() };
    expect(lod.update()).toBe(true);
    expect(lod.display.order).toBe(NODE_BUDGET);
    expect(authorships(lod.display, authorKey(top))).toBe(0);
  });

  it('a selection change refills the display graph in one batch: never an item dropped at a time (Sigma re-indexes everything on each drop)', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    const lod = createLod(graph, acl)!;
    const events = { dropped: 0, cleared: 0 };
    lod.display.on('nodeDropped', () => events.dropped++);
    lod.display.on('edgeDropped', () => events.dropped++);
    lod.display.on('cleared', () => events.cleared++);
    for (const [, i] of byPapers(acl).slice(0, 3)) {
      const e = computeEmphasis(graph, acl, { kind: 'author', index: i });
      lod.forced = { nodes: e.nodes, edges: e.edges };
      expect(lod.update()).toBe(true);
      for (const n of e.nodes) expect(lod.display.hasNode(n)).toBe(true);
    }
    lod.forced = { nodes: new Set(), edges: new Set() };
    expect(lod.update()).toBe(true);
    expect(lod.display.order).toBe(NODE_BUDGET);
    expect(events.dropped).toBe(0);
    expect(events.cleared).toBeGreaterThan(0);
    expect(events.cleared).toBeLessThanOrEqual(3);
  });

  it('zoomed in, only what is in view is drawn, and papers appear once the authors there fit', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    const lod = createLod(graph, acl)!;
    const [, top] = byPapers(acl)[0];
    const { x, y } = graph.getNodeAttributes(authorKey(top));
    const xs = graph.mapNodes((_n, a) => a.x);
    const span = (Math.max(...xs) - Math.min(...xs)) / 20;
    lod.rect = { x0: x - span, x1: x + span, y0: y - span, y1: y + span };
    lod.invalidate();
    lod.update();
    const inView = graph.filterNodes((_n, a) => Math.abs(a.x - x) <= span && Math.abs(a.y - y) <= span);
    expect(inView.length).toBeLessThan(NODE_BUDGET);
    expect(new Set(lod.display.nodes())).toEqual(new Set([...inView, ...(acl.focalAuthor === null ? [] : [authorKey(acl.focalAuthor)])]));
    expect(lod.display.someNode((_n, a) => a.kind === 'paper')).toBe(true);
    // the authorship links between them are drawn, and no co-author link any more
    expect(lod.display.size).toBeGreaterThan(0);
    expect(lod.display.someEdge((e) => isLink(e))).toBe(false);
    expect(lod.display.everyEdge((_e, _a, s, t) => (s[0] === 'p') !== (t[0] === 'p'))).toBe(true);
  });

  it('at overview, with no paper drawn, the strongest co-author links between the drawn authors are drawn instead (faint), bridges thinned', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    const lod = createLod(graph, acl)!;
    const { display } = lod;
    const links = display.filterEdges((e) => isLink(e));
    expect(links.length).toBeGreaterThan(500);
    expect(links.length).toBeLessThanOrEqual(LINK_BUDGET);
    expect(display.size).toBe(links.length);
    // each is a real co-author pair between two drawn authors, and no stronger pair between drawn authors was left out
    const { source, target, weight } = acl.coauthorLinks;
    let weakestDrawn = Infinity;
    for (const e of links) {
      const i = Number(e.slice(LINK_PREFIX.length));
      expect(new Set(display.extremities(e))).toEqual(new Set([authorKey(source[i]), authorKey(target[i])]));
      weakestDrawn = Math.min(weakestDrawn, weight[i]);
      expect(display.getEdgeAttribute(e, 'color')).toMatch(/^#[0-9a-f]{6}$/);
    }
    // inside communities the strongest links; between two communities one link per pair, the strongest, for
    // at most OVERVIEW_BRIDGES pairs (the community structure reads, not a hairball of bridges)
    const { community } = acl.authors;
    const pairOf = (i: number) => [community[source[i]], community[target[i]]].sort((a, b) => a - b).join(',');
    const bridges = new Map<string, number>();
    let inside = 0;
    for (const e of links) {
      const i = Number(e.slice(LINK_PREFIX.length));
      if (community[source[i]] === community[target[i]]) {
        inside++;
        continue;
      }
      expect(bridges.has(pairOf(i))).toBe(false);
      bridges.set(pairOf(i), weight[i]);
    }
    expect(bridges.size).toBeGreaterThan(10);
    expect(bridges.size).toBeLessThanOrEqual(OVERVIEW_BRIDGES);
    expect(inside).toBeGreaterThan(bridges.size);
    const drawnLinks = new Set(links);
    for (let i = 0; i < source.length; i++) {
      if (drawnLinks.has(`${LINK_PREFIX}${i}`) || !display.hasNode(authorKey(source[i])) || !display.hasNode(authorKey(target[i]))) continue;
      if (community[source[i]] === community[target[i]]) expect(weight[i]).toBeLessThanOrEqual(weakestDrawn);
      else if (bridges.has(pairOf(i))) expect(weight[i]).toBeLessThanOrEqual(bridges.get(pairOf(i))!);
      else expect(bridges.size === OVERVIEW_BRIDGES || links.length === Math.min(LINK_BUDGET, EDGE_BUDGET)).toBe(true);
    }
    // the full graph is not touched: its edges stay authorship edges
    expect(graph.someEdge((e) => isLink(e))).toBe(false);
  });

  it('made without its first filling, then prepared and updated in two steps, the display graph is the one made at once', () => {
    const contents = (g: ReturnType<typeof buildSigmaGraph>) => JSON.stringify({ nodes: g.mapNodes((n, a) => [n, a]), edges: g.mapEdges((e, a, s, t) => [e, s, t, a]) });
    const whole = createLod(buildSigmaGraph(acl, 'papers', 'light'), acl)!;
    const stepped = createLod(buildSigmaGraph(acl, 'papers', 'light'), acl, undefined, { fill: false })!;
    expect(stepped.display.order).toBe(0);
    stepped.prepare();
    expect(stepped.display.order).toBe(0);
    expect(stepped.update()).toBe(true);
    expect(whole.display.order).toBeGreaterThan(0);
    expect(contents(stepped.display)).toBe(contents(whole.display));
  });

  it('hidden nodes (filters) leave the display graph', () => {
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    const lod = createLod(graph, acl)!;
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, hidden: a.community !== 0 }));
    lod.invalidate();
    lod.update();
    expect(lod.display.order).toBeGreaterThan(0);
    expect(lod.display.everyNode((n) => graph.getNodeAttribute(n, 'community') === 0)).toBe(true);
  });
  it('the first picture drawn from the bundle alone (before the full graph) is the overview the full graph then shows: same nodes, links, order and attributes', () => {
    /** Nodes and edges in insertion order (Sigma draws in that order within a z-index), with their attributes. */
    const contents = (g: ReturnType<typeof buildSigmaGraph>) => ({
      nodes: g.mapNodes((n, a) => [n, { ...a }]),
      edges: g.mapEdges((e, a, s, t) => [e, s, t, { ...a }]),
    });
    for (const filters of [DEFAULT_FILTERS, { ...DEFAULT_FILTERS, minPapers: 2 }]) {
      const visibility = computeVisibility(acl, filters, 'papers');
      const graph = buildSigmaGraph(acl, 'papers', 'dark', 'community');
      applyVisibility(graph, visibility);
      const lod = createLod(graph, acl)!;
      const preview = previewDisplay(acl, nodeAttrFactory(acl, 'dark', 'community'), visibility.author)!;
      expect(preview).not.toBeNull();
      expect(preview.display.order).toBe(NODE_BUDGET);
      expect(preview.display.size).toBeGreaterThan(0);
      expect(contents(preview.display)).toEqual(contents(lod.display));
      const xs = graph.mapNodes((_n, a) => a.x);
      const ys = graph.mapNodes((_n, a) => a.y);
      expect(preview.bbox).toEqual({ x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] });
    }
  });

  it("the first picture's authors, found without ordering every author, are the head of the full drawing priority", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const full = authorPriority(acl);
    for (const [share, budget] of [[1, NODE_BUDGET], [0.5, NODE_BUDGET], [0.1, 200], [0.05, 5000], [1, 3]] as const) {
      const visible = new Uint8Array(acl.authors.name.length).map(() => (random() < share ? 1 : 0));
      expect(authorPriorityHead(acl, visible, budget)).toEqual(full.filter((i) => visible[i] === 1).slice(0, budget));
    }
  });

  it("under a year range the first picture's authors go by the range's papers, as the level of detail is then ranked", () => {
    // invented counts in place of a range's papers: every third author none, the others a few by index
    const counts = Uint32Array.from(acl.authors.paperCount, (_c, i) => (i % 3 === 0 ? 0 : 1 + ((i * 7) % 5)));
    const visible = Uint8Array.from(counts, (c) => (c > 0 ? 1 : 0));
    const full = authorPriority(acl, (i) => counts[i]! * 1000);
    expect(authorPriorityHead(acl, visible, NODE_BUDGET, counts)).toEqual(full.filter((i) => visible[i] === 1).slice(0, NODE_BUDGET));
    expect(authorPriorityHead(acl, visible, NODE_BUDGET, counts)).not.toEqual(authorPriorityHead(acl, visible, NODE_BUDGET));
  });

  it('no first picture from the bundle when a paper would be in it (fewer visible authors than the budget) or the graph is small', () => {
    const seed = buildFiles([SEED_PATH]).bundle;
    expect(previewDisplay(seed, nodeAttrFactory(seed, 'light', 'community'), new Uint8Array(seed.authors.name.length).fill(1))).toBeNull();
    const few = new Uint8Array(acl.authors.name.length);
    few.fill(1, 0, NODE_BUDGET - 1);
    expect(previewDisplay(acl, nodeAttrFactory(acl, 'light', 'community'), few)).toBeNull();
  });
});
