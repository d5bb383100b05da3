/**
 * The ego view's own layout (features/network/ego-layout.ts, ego-positions.ts): every disc visible (no two
 * overlap), the co-author sharing the most papers nearest, each co-author in their direction on the map, the same
 * picture every time, and the map's positions back exactly when the view is left. Invented neighbourhoods and an
 * invented paper list.
 */
import { describe, expect, it } from 'vitest';
import { arrangeOnCircle, egoLayout, type EgoAuthor, type EgoLayout, type EgoLayoutInput, type EgoPaper } from '../../src/app/features/network/ego-layout';
import { EGO_LAYOUT_MAX_AUTHORS, EGO_LAYOUT_MAX_NODES, egoPositions, planEgoMoves } from '../../src/app/features/network/ego-positions';
import { authorKey } from '../../src/app/graph/node-keys';
import { buildSigmaGraph } from '../../src/app/graph/sigma-graph';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import { buildText } from '../core/helpers';
import { mulberry32 } from '../../src/core/util/random';

/** A small deterministic generator (the project's mulberry32), so the invented neighbourhoods are the same every run. */
const rng = mulberry32;

const FIRST = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Fay', 'Gil', 'Hal', 'Ivy', 'Jo', 'Kit', 'Lux', 'Mo', 'Ned', 'Oona', 'Pim'];
const LAST = ['Quill', 'Marsh', 'Fenn', 'Ward', 'Lowe', 'Orr', 'Stone', 'Brook', 'Lake', 'Birch'];

/**
 * An invented neighbourhood: an ego author ("Ada Quill") and `count` co-authors, `deeper` authors one step
 * further, and `papers` papers; on the "map" everyone sits within `spread` of the ego author (0: all on the same
 * spot, the stacking the view had on the 30k map).
 */
function neighbourhood(seed: number, count: number, { deeper = 0, papers = 0, spread = 5 } = {}): { authors: EgoAuthor[]; papers: EgoPaper[] } {
  const r = rng(seed);
  const authors: EgoAuthor[] = [{ key: 'a0', x: 10, y: 20, radius: 6 + r() * 8, depth: 0, shared: 0, weight: 0, parent: -1 }];
  for (let i = 1; i <= count; i++) {
    const shared = 1 + Math.floor(r() ** 3 * 30);
    authors.push({ key: `a${i}`, x: 10 + (r() - 0.5) * spread, y: 20 + (r() - 0.5) * spread, radius: 1.6 + r() * 10, depth: 1, shared, weight: shared * (0.3 + r() * 0.7), parent: -1 });
  }
  for (let i = 0; i < deeper; i++) {
    const shared = 1 + Math.floor(r() * 4);
    authors.push({ key: `a${count + 1 + i}`, x: 10 + (r() - 0.5) * spread * 3, y: 20 + (r() - 0.5) * spread * 3, radius: 1.6 + r() * 6, depth: 2, shared, weight: shared / 2, parent: 1 + Math.floor(r() * count) });
  }
  const list: EgoPaper[] = [];
  for (let p = 0; p < papers; p++) {
    const shown = new Set<number>([Math.floor(r() * authors.length)]);
    if (r() < 0.6) shown.add(0);
    if (r() < 0.4) shown.add(Math.floor(r() * authors.length));
    list.push({ key: `p${p}`, x: 10 + (r() - 0.5) * spread, y: 20 + (r() - 0.5) * spread, radius: 1.6, authors: [...shown] });
  }
  return { authors, papers: list };
}

/** Every disc of a layout (authors, then papers): centre and radius. */
function discs(input: EgoLayoutInput, out: EgoLayout): { key: string; x: number; y: number; r: number }[] {
  return [
    ...input.authors.map((a, i) => ({ key: a.key, x: out.authorX[i]!, y: out.authorY[i]!, r: a.radius })),
    ...input.papers.map((p, j) => ({ key: p.key, x: out.paperX[j]!, y: out.paperY[j]!, r: p.radius })),
  ];
}

/** Pairs of discs drawn over each other. */
function overlapping(ds: ReturnType<typeof discs>): string[] {
  const out: string[] = [];
  for (let i = 0; i < ds.length; i++) {
    for (let j = i + 1; j < ds.length; j++) {
      const a = ds[i]!;
      const b = ds[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 1e-9) out.push(`${a.key}/${b.key}`);
    }
  }
  return out;
}

describe('ego layout', () => {
  it.each([
    ['a few co-authors', 1, 4, {}],
    ['forty co-authors stacked on one spot of the map', 2, 40, { spread: 0 }],
    ['a hundred and fifty co-authors', 3, 150, {}],
    ['co-authors, their co-authors and papers', 4, 30, { deeper: 120, papers: 200 }],
    ['one co-author with 300 papers together', 5, 1, { papers: 300, spread: 0 }],
  ] as const)('draws no two discs over each other: %s', (_name, seed, count, opts) => {
    const input = neighbourhood(seed, count, opts);
    const out = egoLayout(input);
    const ds = discs(input, out);
    expect(overlapping(ds)).toEqual([]);
    // the ego author in the middle; every disc within the reach given
    expect([out.authorX[0], out.authorY[0]]).toEqual([0, 0]);
    for (const d of ds) expect(Math.hypot(d.x, d.y) + d.r).toBeLessThanOrEqual(out.reach + 1e-9);
  });

  it('puts the co-author sharing the most papers nearest the ego author', () => {
    for (const seed of [11, 12, 13]) {
      const input = neighbourhood(seed, 25, { papers: 60 });
      // "Bo Marsh" shares the most papers, though last in the list and a small disc
      input.authors.push({ key: 'a99', x: 10, y: 20, radius: 1.6, depth: 1, shared: 80, weight: 40, parent: -1 });
      const out = egoLayout(input);
      const k = input.authors.length - 1;
      const bo = Math.hypot(out.authorX[k]!, out.authorY[k]!);
      input.authors.forEach((a, i) => {
        if (i === 0 || i === k) return;
        // nearer than every other co-author, and more than twice as many papers: strictly nearer
        expect(bo, `${a.key} (${a.shared} papers)`).toBeLessThan(Math.hypot(out.authorX[i]!, out.authorY[i]!));
      });
      // further out, fewer papers together (one ring never holds an author sharing more than a nearer ring's)
      const byDistance = input.authors
        .map((a, i) => ({ a, d: Math.hypot(out.authorX[i]!, out.authorY[i]!) }))
        .filter(({ a }) => a.depth === 1)
        .sort((p, q) => p.d - q.d);
      for (let i = 1; i < byDistance.length; i++) {
        if (byDistance[i]!.d > byDistance[i - 1]!.d + 1e-9) expect(byDistance[i]!.a.shared).toBeLessThanOrEqual(byDistance[i - 1]!.a.shared);
      }
    }
  });

  it('keeps each co-author in their direction from the ego author on the map, where there is room', () => {
    // four co-authors east, north, west and south of the ego author on the map
    const at: [number, number][] = [[30, 0], [0, 30], [-30, 0], [0, -30]];
    const input: EgoLayoutInput = {
      authors: [
        { key: 'a0', x: 0, y: 0, radius: 8, depth: 0, shared: 0, weight: 0, parent: -1 },
        ...at.map(([x, y], i) => ({ key: `a${i + 1}`, x, y, radius: 4, depth: 1, shared: 5, weight: 5, parent: -1 })),
      ],
      papers: [],
    };
    const out = egoLayout(input);
    at.forEach(([x, y], i) => {
      const want = Math.atan2(y, x);
      const got = Math.atan2(out.authorY[i + 1]!, out.authorX[i + 1]!);
      expect(Math.abs(Math.atan2(Math.sin(got - want), Math.cos(got - want)))).toBeLessThan(1e-9);
    });
  });

  it('gives the same picture every time, whatever order the authors come in', () => {
    const input = neighbourhood(21, 60, { deeper: 40, papers: 90 });
    const a = egoLayout(input);
    const b = egoLayout(input);
    expect(Array.from(b.authorX)).toEqual(Array.from(a.authorX));
    expect(Array.from(b.paperY)).toEqual(Array.from(a.paperY));
    // the same neighbourhood listed in another order (parents re-pointed): each node where it was
    const r = rng(5);
    const order = input.authors.map((_, i) => i).slice(1).sort(() => r() - 0.5);
    const perm = [0, ...order];
    const where = new Map(perm.map((old, now) => [old, now]));
    const shuffled: EgoLayoutInput = {
      authors: perm.map((old) => ({ ...input.authors[old]!, parent: input.authors[old]!.parent >= 0 ? where.get(input.authors[old]!.parent)! : -1 })),
      papers: input.papers.map((p) => ({ ...p, authors: p.authors.map((x) => where.get(x)!) })),
    };
    const c = egoLayout(shuffled);
    perm.forEach((old, now) => {
      expect(c.authorX[now]).toBe(a.authorX[old]);
      expect(c.authorY[now]).toBe(a.authorY[old]);
    });
  });

  it('says what is wrong with a paper it cannot place', () => {
    const input = neighbourhood(1, 3);
    expect(() => egoLayout({ ...input, papers: [{ key: 'p7', x: 0, y: 0, radius: 1, authors: [] }] })).toThrow(/paper p7 has no shown author/);
    expect(() => egoLayout({ ...input, papers: [{ key: 'p7', x: 0, y: 0, radius: 1, authors: [9] }] })).toThrow(/paper p7 names author 9/);
    expect(() => egoLayout({ authors: [], papers: [] })).toThrow(/no ego author/);
  });

  it('spreads items round a circle without two closer than their widths, in the order of their targets', () => {
    // twelve items all wanting the same angle, and a full circle's worth of widths
    const targets = Array.from({ length: 12 }, () => 1);
    const widths = Array.from({ length: 12 }, () => (Math.PI * 2) / 12);
    const angles = arrangeOnCircle(targets, widths).map((a) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)).sort((p, q) => p - q);
    for (let i = 0; i < angles.length; i++) {
      const next = i + 1 < angles.length ? angles[i + 1]! : angles[0]! + 2 * Math.PI;
      expect(next - angles[i]!).toBeGreaterThanOrEqual((Math.PI * 2) / 12 - 1e-9);
    }
  });
});

describe('ego view on a map', () => {
  // an invented paper list: Ada Quill writes most with Bo Marsh
  const rows = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `q${i}`, title: `Tide Tables ${i}`, authors: ['Ada Quill', 'Bo Marsh'], year: 2016 + (i % 5) })),
    { id: 'p1', title: 'Harbour Lights', authors: ['Ada Quill', 'Cy Fenn', 'Di Ward'], year: 2019 },
    { id: 'p2', title: 'Salt Roads', authors: ['Ada Quill', 'Ed Lowe'], year: 2020 },
    { id: 'p3', title: 'Copper Kites', authors: ['Cy Fenn', 'Fay Orr', 'Gil Stone'], year: 2020 },
    { id: 'p4', title: 'Paper Moons', authors: ['Bo Marsh', 'Hal Brook'], year: 2021 },
    { id: 'p5', title: 'Glass Rivers', authors: ['Ivy Lake', 'Jo Birch'], year: 2019 },
    { id: 'p6', title: 'Iron Gardens', authors: ['Ada Quill'], year: 2018 },
    ...FIRST.slice(0, 8).map((f, i) => ({ id: `r${i}`, title: `Quiet Rooms ${i}`, authors: ['Ada Quill', `${f} ${LAST[(i + 3) % LAST.length]}son`], year: 2017 })),
  ];
  const jsonl = rows.map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null })).join('\n');
  const { bundle } = buildText('invented-ego.jsonl', jsonl);
  const ada = bundle.authors.name.indexOf('Ada Quill');
  const bo = bundle.authors.name.indexOf('Bo Marsh');

  it.each(['papers', 'coauthors'] as const)('%s view: places the network without overlaps, Bo Marsh nearest, and leaving restores the map exactly', (view) => {
    const graph = buildSigmaGraph(bundle, view, 'light');
    const visibility = computeVisibility(bundle, { ...DEFAULT_FILTERS, ego: { author: ada, steps: 2 } }, view);
    const size = (key: string) => graph.getNodeAttribute(key, 'size');
    const wanted = egoPositions(bundle, { author: ada, steps: 2 }, visibility, view === 'papers', size, () => 0.05)!;
    expect(wanted).not.toBeNull();
    // the ego author stays where the map has them
    expect(wanted.get(authorKey(ada))).toEqual({ x: bundle.authors.x[ada], y: bundle.authors.y[ada] });
    // every shown node placed, none over another (in layout units: graph units / 0.05)
    const shown = [...wanted.entries()].map(([key, p]) => ({ key, x: p.x / 0.05, y: p.y / 0.05, r: size(key) }));
    expect(shown.length).toBe(visibility.authorCount + (view === 'papers' ? visibility.paperCount : 0));
    expect(overlapping(shown)).toEqual([]);
    const d = (key: string) => Math.hypot(wanted.get(key)!.x - bundle.authors.x[ada]!, wanted.get(key)!.y - bundle.authors.y[ada]!);
    visibility.author.forEach((v, i) => {
      if (v === 1 && i !== ada && i !== bo) expect(d(authorKey(bo)), bundle.authors.name[i]).toBeLessThan(d(authorKey(i)));
    });
    // the same picture again
    expect([...egoPositions(bundle, { author: ada, steps: 2 }, visibility, view === 'papers', size, () => 0.05)!]).toEqual([...wanted]);

    // entering: the nodes go to their places; leaving: back to the map's positions, exactly
    const enter = planEgoMoves(graph, bundle, new Map(), wanted);
    for (const m of enter.moves) graph.mergeNodeAttributes(m.key, m.to);
    expect(enter.moves.length).toBeGreaterThan(0);
    const leave = planEgoMoves(graph, bundle, enter.next, null);
    for (const m of leave.moves) graph.mergeNodeAttributes(m.key, m.to);
    expect(leave.next.size).toBe(0);
    const fresh = buildSigmaGraph(bundle, view, 'light');
    fresh.forEachNode((key, a) => {
      expect(graph.getNodeAttribute(key, 'x'), key).toBe(a.x);
      expect(graph.getNodeAttribute(key, 'y'), key).toBe(a.y);
    });
  });
});

describe('which ego views get their own layout', () => {
  /** An invented map: Ada Quill with `coauthors` co-authors, `papersEach` papers with each (one author each besides her). */
  const map = (coauthors: number, papersEach: number) => {
    const rows = [];
    for (let c = 0; c < coauthors; c++)
      for (let p = 0; p < papersEach; p++) rows.push({ id: `w${c}-${p}`, title: `Work ${c}.${p}`, authors: ['Ada Quill', `${FIRST[c % FIRST.length]} ${LAST[Math.floor(c / FIRST.length) % LAST.length]} ${c}`], year: 2018, venue: null, doi: null, abstract: null });
    return buildText('invented-limit.jsonl', rows.map((r) => JSON.stringify(r)).join('\n')).bundle;
  };

  it('an authors-and-papers network of many papers and few authors is laid out, no disc over another (it kept the map, discs over each other)', () => {
    // 40 authors, 2,400 papers: past the former single limit of 2,000 nodes
    const bundle = map(40, 60);
    const ada = bundle.authors.name.indexOf('Ada Quill');
    const graph = buildSigmaGraph(bundle, 'papers', 'light');
    const visibility = computeVisibility(bundle, { ...DEFAULT_FILTERS, ego: { author: ada, steps: 1 } }, 'papers');
    expect(visibility.authorCount + visibility.paperCount).toBeGreaterThan(2000);
    expect(visibility.authorCount + visibility.paperCount).toBeLessThanOrEqual(EGO_LAYOUT_MAX_NODES);
    const size = (key: string) => graph.getNodeAttribute(key, 'size');
    const wanted = egoPositions(bundle, { author: ada, steps: 1 }, visibility, true, size, () => 0.05);
    expect(wanted).not.toBeNull();
    const shown = [...wanted!.entries()].map(([key, p]) => ({ key, x: p.x / 0.05, y: p.y / 0.05, r: size(key) }));
    expect(shown.length).toBe(visibility.authorCount + visibility.paperCount);
    expect(overlapping(shown)).toEqual([]);
  });

  it('a network of more authors than EGO_LAYOUT_MAX_AUTHORS keeps the map, where its communities are laid out', () => {
    const bundle = map(EGO_LAYOUT_MAX_AUTHORS + 5, 1);
    const ada = bundle.authors.name.indexOf('Ada Quill');
    const visibility = computeVisibility(bundle, { ...DEFAULT_FILTERS, ego: { author: ada, steps: 1 } }, 'coauthors');
    expect(visibility.authorCount).toBeGreaterThan(EGO_LAYOUT_MAX_AUTHORS);
    expect(egoPositions(bundle, { author: ada, steps: 1 }, visibility, false, () => 3, () => 0.05)).toBeNull();
  });
});
