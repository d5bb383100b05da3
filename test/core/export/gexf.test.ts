import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse } from 'graphology-gexf/node';
import { SEED_PATH, buildFiles } from '../helpers';
import { bundleToGexf } from '../../../src/core/export/gexf';

describe('GEXF export of the seed', () => {
  const { bundle } = buildFiles([SEED_PATH]);

  it('parses back (graphology-gexf) with every author, link, attribute and position', () => {
    const text = bundleToGexf(bundle);
    expect(text).toContain('version="1.3"');
    const g = parse(Graph, text);
    expect(g.order).toBe(109);
    expect(g.size).toBe(3926);
    const wang = bundle.focalAuthor!;
    const attrs = g.getNodeAttributes(`a${wang}`);
    expect(attrs.label).toBe('Jialiang Wang');
    expect(attrs.kind).toBe('author');
    // numbered from 1, as the app's community cards ("Community 1" is the largest), with the card's name
    expect(attrs.community).toBe(bundle.authors.community[wang]! + 1);
    expect(attrs.community_label).toBe(bundle.communities[bundle.authors.community[wang]!]!.label);
    expect(attrs.papers).toBe(9);
    expect(attrs.coauthors).toBe(bundle.authors.coauthorCount[wang]);
    expect(attrs.total_link_strength).toBeCloseTo(bundle.authors.weightedDegree[wang]!, 6);
    expect(attrs.year).toBeUndefined();
    expect(attrs.x).toBeCloseTo(bundle.authors.x[wang]!, 3);
    expect(attrs.y).toBeCloseTo(bundle.authors.y[wang]!, 3);
    expect(attrs.color).toMatch(/^(#|rgb)/);
    const e = 0;
    const key = g.edge(`a${bundle.coauthorLinks.source[e]}`, `a${bundle.coauthorLinks.target[e]}`)!;
    expect(g.getEdgeAttribute(key, 'weight')).toBeCloseTo(bundle.coauthorLinks.weight[e]!, 6);
    expect(g.getEdgeAttribute(key, 'shared')).toBe(bundle.coauthorLinks.shared[e]);
  });

  const all = (n: number) => new Uint8Array(n).fill(1);
  const papersView = (author: Uint8Array, paper: Uint8Array) => ({ view: 'papers' as const, author, paper, minLinkWeight: 0 });

  it('the author–paper view: authors, papers and authorship edges, no co-author links', () => {
    const full = parse(Graph, bundleToGexf(bundle, { shown: papersView(all(109), all(9)) }));
    expect(full.order).toBe(109 + 9);
    expect(full.size).toBe(142);
    expect(full.filterEdges((_, a) => a.kind === 'coauthor')).toHaveLength(0);
    // authorship edges carry no made-up figure (a `shared` of 1 on every one said nothing)
    expect(full.filterEdges((_, a) => 'shared' in a)).toHaveLength(0);
    const deng = bundle.authors.name.indexOf('Zhun Deng');
    const dwork = bundle.authors.name.indexOf('Cynthia Dwork');
    const robust = bundle.papers.title.indexOf('Interpreting Robust Optimization via Adversarial Influence Functions');
    const author = new Uint8Array(109);
    for (const a of [deng, dwork, bundle.focalAuthor!]) author[a] = 1;
    const paper = new Uint8Array(9);
    paper[robust] = 1;
    const part = parse(Graph, bundleToGexf(bundle, { shown: papersView(author, paper) }));
    // three authors, the one paper shown, and its edges to those of its authors shown (all three wrote it)
    expect(part.order).toBe(3 + 1);
    expect(part.getNodeAttribute(`p${robust}`, 'kind')).toBe('paper');
    expect(part.neighbors(`p${robust}`).sort()).toEqual([`a${deng}`, `a${dwork}`, `a${bundle.focalAuthor}`].sort());
  });

  it('says which mask does not fit the bundle', () => {
    expect(() => bundleToGexf(bundle, { shown: papersView(all(108), all(9)) })).toThrow(/author mask has 108 entries for 109 authors/);
    expect(() => bundleToGexf(bundle, { shown: papersView(all(109), all(3)) })).toThrow(/paper mask has 3 entries for 9 papers/);
  });

  it('colours authors and papers as given (the canvas colours), one grey for papers otherwise', () => {
    const authorColours = bundle.authors.name.map((_, a) => (a % 2 ? '#112233' : '#445566'));
    const paperColours = bundle.papers.title.map((_, p) => (p === 3 ? '#aa0000' : '#00aa00'));
    const g = parse(Graph, bundleToGexf(bundle, { shown: papersView(all(109), all(9)), authorColours, paperColours }));
    const hex = (c: string) => (c.startsWith('#') ? c : `#${(c.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`);
    expect(hex(g.getNodeAttribute('p3', 'color'))).toBe('#aa0000');
    expect(hex(g.getNodeAttribute('p4', 'color'))).toBe('#00aa00');
    expect(hex(g.getNodeAttribute('a1', 'color'))).toBe('#112233');
    const plain = parse(Graph, bundleToGexf(bundle, { shown: papersView(all(109), all(9)) }));
    expect(hex(plain.getNodeAttribute('p3', 'color'))).toBe('#bdbdbd');
  });

  it('keeps markup in names and titles as text', () => {
    const tricky = structuredClone(bundle);
    tricky.authors.name[0] = '<script>alert("x")</script> & Co';
    const g = parse(Graph, bundleToGexf(tricky));
    expect(g.getNodeAttribute('a0', 'label')).toBe('<script>alert("x")</script> & Co');
  });
});
