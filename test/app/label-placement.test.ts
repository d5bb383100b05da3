/**
 * The canvas's label placement (src/app/graph/label-placement.ts), the parts a click's frames lean on: the cover
 * test of drawn centres (`coveredCentres`, one grid per size class) and the taken-box grid (`Occupancy`) each give
 * what a check of every pair gives, for discs from 1 to 2,000 px (a zoomed-in view) and boxes on either side of 0;
 * text widths are measured once per font and text (`textMeasurer`), the most prolific authors' first (`mostProlific`); and a placement over a small fake renderer
 * names the selected node, leaves a node whose disc a label already covers unnamed, and overlaps no two labels.
 */
import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import { mulberry32 } from '../../src/core/util/random';
import { COMMUNITY_LABEL_GAP_X, coveredCentres, hiddenWhole, labelSide, mostProlific, Occupancy, overlaps, placeLabels, textMeasurer, type Box, type Drawn } from '../../src/app/graph/label-placement';

/** Deterministic pseudo-random numbers in [0, 1). */
const random = mulberry32;

function randomNodes(seed: number, n: number, width: number, height: number, maxR: number): Drawn[] {
  const rnd = random(seed);
  const nodes: Drawn[] = [];
  for (let i = 0; i < n; i++) {
    // most discs small, a few large (a zoomed-in view of a map where a few authors are prolific)
    const r = rnd() < 0.9 ? 1 + rnd() * 12 : 1 + rnd() ** 0.5 * maxR;
    nodes.push({ key: `a${i}`, x: -200 + rnd() * (width + 400), y: -200 + rnd() * (height + 400), r, label: rnd() < 0.8 ? `Author ${i}` : null, force: false, focal: false, square: rnd() < 0.2, rank: 0 });
  }
  // drawing order: a shuffled permutation
  const order = nodes.map((_, i) => i).sort(() => rnd() - 0.5);
  order.forEach((i, rank) => (nodes[i]!.rank = rank));
  return nodes;
}

/** Every labelled node whose centre is strictly inside a disc (or square) drawn after it, pair by pair. */
function coveredByPairs(nodes: Drawn[]): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) {
    if (!n.label) continue;
    for (const o of nodes) {
      if (o.rank <= n.rank) continue;
      const dx = Math.abs(o.x - n.x);
      const dy = Math.abs(o.y - n.y);
      if (o.square ? dx < o.r && dy < o.r : dx * dx + dy * dy < o.r * o.r) {
        out.add(n.key);
        break;
      }
    }
  }
  return out;
}

describe('coveredCentres', () => {
  it.each([
    [1, 1500, 8],
    [2, 1500, 80],
    [3, 800, 600],
    [4, 300, 2000],
  ])('seed %i: %i nodes, discs up to %i px: the same covered set as a check of every pair', (seed, n, maxR) => {
    const nodes = randomNodes(seed, n, 1280, 800, maxR);
    const expected = coveredByPairs(nodes);
    // the case must have covered and uncovered labelled nodes, or it checks nothing
    expect(expected.size).toBeGreaterThan(10);
    expect(expected.size).toBeLessThan(nodes.filter((m) => m.label).length);
    expect([...coveredCentres(nodes)].sort()).toEqual([...expected].sort());
  });

  it('a centre exactly on a disc edge is not covered; a hair inside it is', () => {
    const base = { label: 'x', force: false, focal: false, square: false };
    const nodes: Drawn[] = [
      { ...base, key: 'under', x: 100, y: 100, r: 2, rank: 0 },
      { ...base, key: 'edge', x: 164, y: 100, r: 2, rank: 1 },
      { ...base, key: 'big', x: 100, y: 164, r: 64, rank: 2 },
    ];
    expect([...coveredCentres(nodes)]).toEqual([]);
    nodes[2]!.r = 64.001;
    expect([...coveredCentres(nodes)]).toEqual(['under']);
  });
});

describe('Occupancy', () => {
  it('answers as a check against every taken box, for any gap', () => {
    const rnd = random(7);
    const box = (): Box => {
      const x0 = -300 + rnd() * 1800;
      const y0 = -300 + rnd() * 1200;
      return { x0, y0, x1: x0 + 1 + rnd() * (rnd() < 0.1 ? 400 : 60), y1: y0 + 1 + rnd() * 30 };
    };
    const taken = new Occupancy();
    const all: Box[] = [];
    let hits = 0;
    for (let i = 0; i < 3000; i++) {
      const b = box();
      for (const gap of [-1, 0, 3]) {
        const g = { x0: b.x0 - gap, y0: b.y0 - gap, x1: b.x1 + gap, y1: b.y1 + gap };
        const expected = all.some((o) => o.x0 < g.x1 && g.x0 < o.x1 && o.y0 < g.y1 && g.y0 < o.y1);
        expect(taken.collides(b, gap)).toBe(expected);
        if (expected) hits++;
      }
      if (i % 3 === 0) {
        taken.add(b);
        all.push(b);
      }
    }
    expect(hits).toBeGreaterThan(500);
    expect(taken.boxes).toHaveLength(all.length);
  });
});

describe('mostProlific', () => {
  it('orders authors by papers, most first, ties by index, cut at the limit', () => {
    const rnd = random(5);
    const counts = Array.from({ length: 5000 }, () => Math.floor(rnd() ** 4 * 120));
    const expected = counts.map((c, i) => [c, i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]).map((p) => p[1]);
    expect(mostProlific(counts, 5000)).toEqual(expected);
    expect(mostProlific(counts, 40)).toEqual(expected.slice(0, 40));
    expect(mostProlific([0, 3, 3, 1], 10)).toEqual([1, 2, 3, 0]);
    expect(mostProlific([], 10)).toEqual([]);
  });
});

describe('textMeasurer', () => {
  it('measures each text once per font, in that font', () => {
    const calls: string[] = [];
    const ctx = { font: '', measureText: (_text: string) => ({ width: 0 }) };
    ctx.measureText = (text: string) => {
      calls.push(`${ctx.font}|${text}`);
      return { width: text.length * (ctx.font.startsWith('700') ? 8 : 7) };
    };
    const measure = textMeasurer(ctx as unknown as CanvasRenderingContext2D, 1000);
    expect(measure('Ada', '500 12px Inter')).toBe(21);
    expect(measure('Ada', '700 12px Inter')).toBe(24);
    expect(measure('Ada', '500 12px Inter')).toBe(21);
    expect(measure('Grace', '500 12px Inter')).toBe(35);
    expect(calls).toEqual(['500 12px Inter|Ada', '700 12px Inter|Ada', '500 12px Inter|Grace']);
    for (let i = 0; i < 1001; i++) measure(`n${i}`, '500 12px Inter');
    // past its limit the memo starts again: the first text is measured anew
    calls.length = 0;
    measure('Ada', '500 12px Inter');
    expect(calls).toEqual(['500 12px Inter|Ada']);
  });
});

/**
 * `nodes` in a crowded view: 260 tiny unnamed dots (radius 0.5) packed in the 800x600 canvas's bottom-right corner,
 * under one disc per 2,000 px² of canvas (label-placement.ts `ROOMY_PX2_PER_DISC`), as a big map's overview is: there
 * a name may lie over a small disc's middle and a paper square where every spot does (a soft rule).
 */
function crowded<T>(nodes: T[]): (T | { key: string; x: number; y: number; size: number; label: string })[] {
  const dots = Array.from({ length: 260 }, (_, i) => ({ key: `dot${i}`, x: 700 + (i % 20) * 4.5, y: 520 + Math.floor(i / 20) * 5, size: 0.5, label: '' }));
  return [...nodes, ...dots];
}

/** A renderer of fixed nodes: graph coordinates are viewport pixels, sizes are radii. */
function fakeSigma(nodes: { key: string; x: number; y: number; size: number; label: string; force?: boolean; paper?: boolean }[], width = 800, height = 600): Sigma {
  const data = new Map(nodes.map((n) => [n.key, { ...n, hidden: false, type: n.paper ? 'square' : 'circle', zIndex: 0, forceLabel: n.force === true }]));
  return {
    getDimensions: () => ({ width, height }),
    getGraph: () => ({ forEachNode: (cb: (key: string, attrs: Record<string, unknown>) => void) => nodes.forEach((n) => cb(n.key, {})) }),
    getSetting: (k: string) => (k === 'zIndex' ? true : undefined),
    getNodeDisplayData: (key: string) => data.get(key),
    framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
    graphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
    scaleSize: (s: number) => s,
    getCamera: () => ({ ratio: 1 }),
  } as unknown as Sigma;
}

describe('placeLabels', () => {
  const measure = (text: string) => text.length * 7;
  const input = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, first: [] as (string | null)[] };

  it('leaves a node whose disc an earlier label covers unnamed, and overlaps no two labels', () => {
    // (in a crowded view: in a roomy one no name lies over a small disc's middle, below)
    const sigma = fakeSigma(crowded([
      // near the left edge the big node's label fits only right of it, over the small node's disc
      { key: 'big', x: 60, y: 300, size: 20, label: 'A Very Prolific Author' },
      { key: 'small', x: 150, y: 300, size: 3, label: 'Small' },
      { key: 'far', x: 600, y: 100, size: 5, label: 'Far Away' },
    ]));
    const { labels } = placeLabels(sigma, input, measure);
    expect(labels.map((l) => l.key)).toEqual(['big', 'far']);
    const big = labels[0]!;
    expect(big.align).toBe('left');
    expect(big.box.x0 < 153 && 147 < big.box.x1).toBe(true);
  });

  it('names the selected node first even where its disc is under a label, and no two labels overlap in a crowd', () => {
    const rnd = random(11);
    const nodes = Array.from({ length: 400 }, (_, i) => ({ key: `a${i}`, x: 50 + rnd() * 700, y: 50 + rnd() * 500, size: 2 + rnd() * 10, label: `Author number ${i}` }));
    const sigma = fakeSigma(nodes);
    const { labels } = placeLabels(sigma, { ...input, first: ['a399'] }, measure);
    expect(labels[0]!.key).toBe('a399');
    expect(labels[0]!.node!.strong).toBe(true);
    expect(labels.length).toBeGreaterThan(15);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
      }
  });

  it("names every author of a traced chain: touching discs, a name that would hide the next author's disc, a long paper title beside them", () => {
    const sigma = fakeSigma([
      // two chain authors whose discs touch (Dan Roth and Yejin Choi on the 3k map)
      { key: 'roth', x: 300, y: 300, size: 9, label: 'Dan Roth', force: true },
      { key: 'choi', x: 288, y: 284, size: 8, label: 'Yejin Choi', force: true },
      // the paper they wrote together, its long title forced too
      { key: 'p1', x: 283, y: 292, size: 2, label: 'Commonsense Reasoning for Natural Language Processing', force: true, paper: true },
      // a big chain author with the next one just right of it, and faint (not forced) authors on its other sides
      { key: 'schutze', x: 600, y: 200, size: 9, label: 'Hinrich Schütze', force: true },
      { key: 'zhao', x: 617, y: 200, size: 4, label: 'Mengjie Zhao', force: true },
      { key: 'faint1', x: 560, y: 200, size: 5, label: 'Faint One' },
      { key: 'faint2', x: 600, y: 180, size: 5, label: 'Faint Two' },
      { key: 'faint3', x: 600, y: 220, size: 5, label: 'Faint Three' },
    ]);
    const { labels } = placeLabels(sigma, input, measure);
    const named = new Set(labels.map((l) => l.key));
    for (const k of ['roth', 'choi', 'schutze', 'zhao']) expect(named.has(k), k).toBe(true);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
      }
  });
});

describe('placeLabels: a chain author drawn over a bigger one', () => {
  const measure = (text: string) => text.length * 7;
  const input = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, first: [] as (string | null)[] };

  it('a small chain author drawn on a big one, and a smaller one covering a bigger one\'s centre: all four named, no two labels overlapping', () => {
    // (graph order is drawing order here: the later node is drawn on top, as the appearance's zIndex puts the smaller on top)
    const sigma = fakeSigma([
      { key: 'stede', x: 578, y: 385, size: 14, label: 'Marten Stoll', force: true },
      { key: 'noth', x: 584, y: 383, size: 4, label: 'Elin Norr', force: true },
      { key: 'fei', x: 300, y: 185, size: 17, label: 'Fen Lau', force: true },
      { key: 'leb', x: 305, y: 193, size: 10.5, label: 'Logan Lebrun', force: true },
    ]);
    const { labels } = placeLabels(sigma, input, measure);
    const named = new Set(labels.map((l) => l.key));
    for (const k of ['stede', 'noth', 'fei', 'leb']) expect(named.has(k), k).toBe(true);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
  });

  // (30k map, Lilja Øvrelid → Yue Zhang framed close: Manfred Stede's 4 px disc 90 px from the canvas's left edge,
  // Elmar Nöth's beside it, the step's title below; which of the two is named first follows their radii, equal
  // but for rounding: either order left the other unnamed)
  for (const [norr, stoll] of [
    ['a-norr', 'b-stoll'],
    ['b-norr', 'a-stoll'],
  ] as const)
    it(`two close small chain authors near the left edge, the spot below taken (${norr} placed ${norr < stoll ? 'first' : 'second'}): both named`, () => {
      const sigma = fakeSigma([
        { key: norr, x: 99, y: 397, size: 4, label: 'Elin Norr', force: true },
        { key: stoll, x: 90, y: 400, size: 4, label: 'Marten Stoll', force: true },
        { key: 'c-below', x: 60, y: 424, size: 6, label: 'Below Author Name', force: true },
      ]);
      const { labels } = placeLabels(sigma, input, measure);
      const named = new Set(labels.map((l) => l.key));
      for (const k of [norr, stoll, 'c-below']) expect(named.has(k), k).toBe(true);
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
      // no name over the other's disc
      for (const l of labels) for (const [k, x, y] of [[norr, 99, 397], [stoll, 90, 400]] as const) if (l.key !== k) expect(overlaps(l.box, { x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 }), `${l.key} over ${k}`).toBe(false);
    });

  // (30k map on a phone, 390×746 canvas, ?chain=1859.3579: Logan Lebanoff → Fei Liu → Trevor Cohn framed in a dense
  // cluster, the two chain discs shrunk to 3.4 px and 8 px apart, their paper's square on Fei Liu's disc, the
  // cluster's dimmed 16 px discs around them, the right edge 30 px away. Every spot of Logan Lebanoff's counted his
  // own disc as a chain disc it hid: his name took the spot over Fei Liu's disc and Fei Liu, the flagged middle
  // author, went unnamed)
  it('two close chain authors near the right edge in a dense cluster of faint discs: both named, neither name over the other\'s disc', () => {
    // (in drawing order: the faint discs first, the chain's over them, as the appearance's zIndex draws them)
    const sigma = fakeSigma(
      [
        ...(
          [
            [348.9, 126.3, 'Dilek Hakkani-Tur'],
            [365.9, 127.4, 'Di Jin'],
            [353.4, 132.2, 'Seokhwan Kim'],
            [381.5, 118.3, 'Peter Szolovits'],
            [370.5, 100.8, 'Marilyn Walker'],
            [376.3, 151.5, 'Franck Dernoncourt'],
            [353.4, 144.4, 'Bonan Min'],
          ] as const
        ).map(([x, y, label]) => ({ key: `f-${label}`, x, y, size: 16, label })),
        // (the rest of the crowded view's small discs, away from them: a view with no room round its discs, as the 30k
        // map's cluster on a phone is; `ROOMY_PX2_PER_DISC`)
        ...Array.from({ length: 160 }, (_, i) => ({ key: `s${i}`, x: 20 + (i % 16) * 22, y: 320 + Math.floor(i / 16) * 40, size: 0.5, label: '' })),
        { key: 'a1859', x: 360.75, y: 126.9, size: 3.4440148834333515, label: 'Logan Lebanoff', force: true },
        { key: 'a1863', x: 356.47, y: 119.91, size: 3.444014883433351, label: 'Fei Liu', force: true },
        { key: 'p15557', x: 353.9, y: 118.1, size: 4.2, label: 'Automatic Detection of Vague Words and Sentences in Privacy Policies', force: true, paper: true },
      ],
      390,
      746,
    );
    const measure66 = (text: string) => text.length * 6.6;
    const { labels } = placeLabels(sigma, input, measure66);
    const byKey = new Map(labels.map((l) => [l.key, l]));
    for (const k of ['a1859', 'a1863']) expect(byKey.has(k), k).toBe(true);
    const disc = (x: number, y: number, r: number) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
    expect(overlaps(byKey.get('a1859')!.box, disc(356.47, 119.91, 3.44)), 'Logan Lebanoff over Fei Liu').toBe(false);
    expect(overlaps(byKey.get('a1863')!.box, disc(360.75, 126.9, 3.44)), 'Fei Liu over Logan Lebanoff').toBe(false);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
  });

  it('a chain author wholly under a bigger disc drawn above it is not named (nothing of it shows)', () => {
    const sigma = fakeSigma([
      { key: 'under', x: 400, y: 300, size: 4, label: 'Hidden Author', force: true },
      { key: 'over', x: 402, y: 300, size: 20, label: 'Big Author', force: true },
    ]);
    const named = new Set(placeLabels(sigma, input, measure).labels.map((l) => l.key));
    expect(named.has('over')).toBe(true);
    expect(named.has('under')).toBe(false);
  });
});

describe('hiddenWhole', () => {
  const d = (key: string, x: number, y: number, r: number, rank: number, square = false) => ({ key, x, y, r, rank, label: key, force: true, focal: false, square });
  it('a disc inside one drawn above it is hidden; under a smaller one or one drawn below, it shows', () => {
    const small = d('small', 100, 100, 4, 0);
    expect(hiddenWhole(small, [small, d('big', 102, 100, 10, 1)])).toBe(true);
    expect(hiddenWhole(small, [small, d('big', 108, 100, 10, 1)])).toBe(false);
    expect(hiddenWhole(small, [small, d('big', 102, 100, 10, -1)])).toBe(false);
    const big = d('big', 100, 100, 10, 0);
    expect(hiddenWhole(big, [big, d('small', 100, 100, 4, 1)])).toBe(false);
    expect(hiddenWhole(small, [small, d('sq', 100, 100, 5, 1, true)])).toBe(true);
  });
});

describe('placeLabels: a selected or hovered name keeps its spot; a selected paper hides none of its authors', () => {
  const measure = (text: string) => text.length * 7;
  const input = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, first: [] as (string | null)[] };

  it('a hovered name drawn left of its disc stays there, in bold; one not drawn before goes right of its disc', () => {
    const nodes = [
      // a crowd right of Ana Quill's disc at first: her name was drawn left of it; the crowd has since gone (a
      // hover's re-placement finds both sides free)
      { key: 'quill', x: 400, y: 300, size: 8, label: 'Ana Quill' },
      { key: 'other', x: 600, y: 100, size: 5, label: 'Boris Vale' },
    ];
    const before = placeLabels(fakeSigma([...nodes, { key: 'crowd', x: 470, y: 300, size: 20, label: 'Crowd Person' }]), input, measure).labels;
    const drawn = before.find((l) => l.key === 'quill')!;
    expect(drawn.align).toBe('right');
    expect(drawn.box.x1).toBeLessThan(400);

    const hovered = placeLabels(fakeSigma(nodes), { ...input, first: [null, 'quill'], previous: before }, measure).labels;
    const quill = hovered.find((l) => l.key === 'quill')!;
    expect(quill.node!.strong).toBe(true);
    // the same side and anchor: a click where the name was still lands on it
    expect(quill.align).toBe('right');
    expect(quill.x).toBe(drawn.x);
    expect(quill.y).toBe(drawn.y);
    expect(quill.box.x1).toBe(drawn.box.x1);
    expect(labelSide(quill)).toBe(labelSide(drawn));

    // not drawn before: placed as any selected name, right of its disc
    const fresh = placeLabels(fakeSigma(nodes), { ...input, first: [null, 'quill'], previous: before.filter((l) => l.key !== 'quill') }, measure).labels;
    expect(fresh.find((l) => l.key === 'quill')!.align).toBe('left');
  });

  it('with nothing hovered, the names drawn before change nothing: the same view names the same people at the same spots', () => {
    const nodes = [
      { key: 'quill', x: 400, y: 300, size: 8, label: 'Ana Quill' },
      { key: 'other', x: 600, y: 100, size: 5, label: 'Boris Vale' },
    ];
    // Ana Quill's name drawn left of her disc while a crowd was there (a hover's placement, another camera)
    const before = placeLabels(fakeSigma([...nodes, { key: 'crowd', x: 470, y: 300, size: 20, label: 'Crowd Person' }]), input, measure).labels;
    expect(before.find((l) => l.key === 'quill')!.align).toBe('right');
    // selected, nothing hovered: placed as in a view reached with no such history
    const afresh = placeLabels(fakeSigma(nodes), { ...input, first: ['quill'] }, measure).labels;
    const after = placeLabels(fakeSigma(nodes), { ...input, first: ['quill', null], previous: before }, measure).labels;
    expect(after).toEqual(afresh);
    expect(after.find((l) => l.key === 'quill')!.align).toBe('left');
  });

  it('a kept spot now off the screen gives way: the name goes to a free side', () => {
    const nodes = [{ key: 'quill', x: 60, y: 300, size: 8, label: 'Ana Quill Longname' }];
    const previous = [{ kind: 'node' as const, key: 'quill', text: 'Ana Quill Longname', box: { x0: -80, y0: 292, x1: 50, y1: 308 }, x: 48, y: 300, align: 'right' as const, node: { x: 60, y: 300, r: 8, focal: false, strong: false } }];
    // (hovered: a kept spot is read only while a node is hovered)
    const { labels } = placeLabels(fakeSigma(nodes), { ...input, first: ['quill', 'quill'], previous }, measure);
    const quill = labels.find((l) => l.key === 'quill')!;
    expect(quill.align).toBe('left');
    expect(quill.box.x0).toBeGreaterThanOrEqual(0);
  });

  it("a selected paper's title is placed where it hides none of its authors' discs, and every author is named", () => {
    const nodes = [
      // the selected paper, its title long; one author right of it (where a selected name went first), one below
      { key: 'p1', x: 400, y: 300, size: 3, label: 'Syntactic Question Generation from Invented Sentences', force: true, paper: true },
      { key: 'mann', x: 470, y: 301, size: 9, label: 'Cora Mannheim', force: true },
      { key: 'dhal', x: 400, y: 345, size: 5, label: 'Kai Dhal', force: true },
    ];
    const { labels } = placeLabels(fakeSigma(nodes), { ...input, first: ['p1'] }, measure);
    const named = new Set(labels.map((l) => l.key));
    expect([...named].sort()).toEqual(['dhal', 'mann', 'p1']);
    const title = labels.find((l) => l.key === 'p1')!;
    for (const n of nodes.slice(1)) {
      const disc = { x0: n.x - n.size, y0: n.y - n.size, x1: n.x + n.size, y1: n.y + n.size };
      expect(title.box.x0 < disc.x1 && disc.x0 < title.box.x1 && title.box.y0 < disc.y1 && disc.y0 < title.box.y1, n.label).toBe(false);
    }
  });

  it("a selected paper's title kept from before the camera moved gives way where it now hides an author's disc; a hovered name keeps its spot", () => {
    // placed before the camera framed the paper (the author far right of the square), then the camera moved: the
    // author now lies where the title was, beside the square
    const title = 'Syntactic Question Generation from Invented Sentences';
    const before = placeLabels(fakeSigma([
      { key: 'p1', x: 400, y: 300, size: 3, label: title, force: true, paper: true },
      { key: 'mann', x: 400, y: 420, size: 9, label: 'Cora Mannheim', force: true },
    ]), { ...input, first: ['p1'] }, measure).labels;
    const drawn = before.find((l) => l.key === 'p1')!;
    expect(drawn.align).toBe('left');
    const nodes = [
      { key: 'p1', x: 400, y: 300, size: 3, label: title, force: true, paper: true },
      { key: 'mann', x: 470, y: 301, size: 9, label: 'Cora Mannheim', force: true },
    ];
    const disc = { x0: 461, y0: 292, x1: 479, y1: 310 };
    const hides = (b: Box) => b.x0 < disc.x1 && disc.x0 < b.x1 && b.y0 < disc.y1 && disc.y0 < b.y1;
    expect(hides(drawn.box)).toBe(true);
    const again = placeLabels(fakeSigma(nodes), { ...input, first: ['p1'], previous: before }, measure).labels;
    expect(again.map((l) => l.key).sort()).toEqual(['mann', 'p1']);
    expect(hides(again.find((l) => l.key === 'p1')!.box)).toBe(false);
    // the pointer resting on the name: it stays where it was drawn
    const hovered = placeLabels(fakeSigma(nodes), { ...input, first: [null, 'p1'], previous: before }, measure).labels;
    expect(hovered.find((l) => l.key === 'p1')!.box).toEqual(drawn.box);
  });

  it("a selected paper beside an author's big disc, a card on its right: the title goes above, lifted clear of the disc, and stays there when placed again", () => {
    const nodes = [
      { key: 'p1', x: 400, y: 300, size: 2, label: 'Syntactic Question Generation from Invented Sentences', force: true, paper: true },
      // a big author disc left of the square, reaching above and below the title's rows; a small one right of it
      { key: 'mann', x: 380, y: 300, size: 16, label: 'Cora Mannheim', force: true },
      { key: 'dhal', x: 413, y: 300, size: 4, label: 'Kai Dhal', force: true },
    ];
    // the details card over the canvas's right part
    const obstacles = [{ x0: 600, y0: 0, x1: 800, y1: 600 }];
    const first = placeLabels(fakeSigma(nodes), { ...input, first: ['p1'], obstacles }, measure).labels;
    expect(first.map((l) => l.key).sort()).toEqual(['dhal', 'mann', 'p1']);
    const title = first.find((l) => l.key === 'p1')!;
    // over its square, above it
    expect(title.box.x0 < 400 && 400 < title.box.x1).toBe(true);
    expect(title.box.y1).toBeLessThanOrEqual(300 - 16);
    // a placement after it (a hover elsewhere, the camera stopped) keeps the title where it is
    const again = placeLabels(fakeSigma(nodes), { ...input, first: ['p1'], obstacles, previous: first }, measure).labels;
    expect(again.find((l) => l.key === 'p1')!.box).toEqual(title.box);
    expect(again.map((l) => l.key).sort()).toEqual(['dhal', 'mann', 'p1']);
  });
});

describe('placeLabels: a name over no other disc\'s middle, in bold too', () => {
  // bold names 8 px a character, the others 7
  const measure = (text: string, font: string) => text.length * (font.startsWith('700') ? 8 : 7);
  const input = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, first: [] as (string | null)[] };
  const middleIn = (b: Box, p: { x: number; y: number }, m = 2) => p.x + m > b.x0 && p.x - m < b.x1 && p.y + m > b.y0 && p.y - m < b.y1;

  it('a name whose bold would reach a neighbour\'s middle takes another side, and keeps it when hovered (the seed\'s "Peizhao Zhang")', () => {
    // "Ann Author" right of her disc ends at x 481, in bold at 491: Bo's middle at 486
    const nodes = [
      { key: 'ann', x: 400, y: 300, size: 5, label: 'Ann Author' },
      { key: 'bo', x: 486, y: 300, size: 2, label: '' },
    ];
    const rest = placeLabels(fakeSigma(nodes), input, measure).labels;
    const ann = rest.find((l) => l.key === 'ann')!;
    expect(labelSide(ann), 'left of her disc').toBe(1);
    const hovered = placeLabels(fakeSigma(nodes), { ...input, first: [null, 'ann'], previous: rest }, measure).labels.find((l) => l.key === 'ann')!;
    expect(hovered.node!.strong).toBe(true);
    expect(labelSide(hovered)).toBe(1);
    expect(middleIn(hovered.box, { x: 486, y: 300 })).toBe(false);
  });

  it('a hovered name not drawn before takes a side over no other disc\'s middle where one is free', () => {
    const nodes = [
      { key: 'quill', x: 400, y: 300, size: 8, label: 'Ana Quill' },
      { key: 'nb', x: 440, y: 300, size: 6, label: 'Neighbour' },
      { key: 'other', x: 600, y: 100, size: 5, label: 'Boris Vale' },
    ];
    const quill = placeLabels(fakeSigma(nodes), { ...input, first: [null, 'quill'], previous: [] }, measure).labels.find((l) => l.key === 'quill')!;
    expect(middleIn(quill.box, { x: 440, y: 300 }), 'over the neighbour\'s middle').toBe(false);
    expect(labelSide(quill)).toBe(1);
    // every side over some middle: the first free one, as before (the hovered node is always named)
    const boxed = [...nodes, { key: 'w', x: 360, y: 300, size: 6, label: '' }, { key: 'n', x: 400, y: 280, size: 3, label: '' }, { key: 's', x: 400, y: 320, size: 3, label: '' }];
    const named = placeLabels(fakeSigma(boxed), { ...input, first: [null, 'quill'], previous: [] }, measure).labels.find((l) => l.key === 'quill');
    expect(named).toBeDefined();
  });
});

describe("placeLabels: a selected author's closest co-authors", () => {
  const measure = (text: string) => text.length * 7;
  const base = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, dimCommunities: true };

  it("are named before the author's paper titles, which then take other spots (70k map: David Farwell under a title of Stephen Helmreich's)", () => {
    // the selected author, a paper of theirs whose long title fits only across the co-author's disc, and the co-author
    const nodes = [
      { key: 'a0', x: 100, y: 300, size: 20, label: 'Stephen Helmreich', force: true },
      { key: 'p1', x: 60, y: 250, size: 3, label: 'Parallel Syntactic Annotation of Multiple Languages', force: true, paper: true },
      { key: 'a1', x: 160, y: 250, size: 18, label: 'David Farwell' },
    ];
    const emphasised = new Set(['a0', 'p1']);
    const { labels } = placeLabels(fakeSigma(nodes), { ...base, first: ['a0'], emphasised, priority: new Map([['a1', 0]]) }, measure);
    expect(labels.map((l) => l.key)).toContain('a1');
    // no title over the co-author's disc
    const disc = { x0: 142, y0: 232, x1: 178, y1: 268 };
    expect(labels.filter((l) => l.key !== 'a1' && overlaps(l.box, disc)).map((l) => l.text)).toEqual([]);
  });

  it('a co-author whose centre one of the paper squares covers is still named (Antonios Anastasopoulos under a square of Graham Neubig\'s)', () => {
    const nodes = [
      { key: 'a0', x: 400, y: 300, size: 20, label: 'Graham Neubig', force: true },
      { key: 'a1', x: 300, y: 200, size: 15, label: 'Antonios Anastasopoulos' },
      // the paper square drawn above the co-author, on its middle (zIndex: the fake draws in list order)
      { key: 'p1', x: 300, y: 200, size: 3, label: '', paper: true },
    ];
    const { labels } = placeLabels(fakeSigma(nodes), { ...base, first: ['a0'], emphasised: new Set(['a0', 'p1']), priority: new Map([['a1', 0]]) }, measure);
    expect(labels.map((l) => l.key)).toContain('a1');
  });

  it("goes unnamed rather than written over another plainly drawn disc's middle, which would read as that disc's name", () => {
    // co-author a1 boxed in: a plainly drawn co-author's disc middle beside it on every spot, and under its own middle
    const ring = [
      [60, 0], [-60, 0], [0, -22], [0, 22], [30, -22], [30, 22], [-30, -22], [-30, 22], [0, -34], [0, 34], [0, -46], [0, 46], [0, -58], [0, 58], [0, -70], [0, 70], [0, -82], [0, 82], [0, -94], [0, 94], [0, -106], [0, 106], [0, -118], [0, 118], [4, 0],
    ];
    const nodes = [
      { key: 'a0', x: 700, y: 500, size: 10, label: 'Selected', force: true },
      { key: 'a1', x: 300, y: 300, size: 8, label: 'Boxed In' },
      ...ring.map(([dx, dy], i) => ({ key: `c${i}`, x: 300 + dx!, y: 300 + dy!, size: 7, label: '' })),
    ];
    const priority = new Map([['a1', 0], ...ring.map((_, i) => [`c${i}`, i + 1] as [string, number])]);
    const { labels } = placeLabels(fakeSigma(nodes), { ...base, first: ['a0'], emphasised: new Set(['a0']), priority }, measure);
    expect(labels.map((l) => l.key)).not.toContain('a1');
    // with the neighbours dimmed (not the author's co-authors), their middles do not count: named
    const dimmed = placeLabels(fakeSigma(nodes), { ...base, first: ['a0'], emphasised: new Set(['a0']), priority: new Map([['a1', 0]]) }, measure);
    expect(dimmed.labels.map((l) => l.key)).toContain('a1');
  });
});

describe('placeLabels: names keep off paper squares and emphasised nodes where every spot hides some disc', () => {
  const measure = (text: string) => text.length * 7;
  const input = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, first: [] as (string | null)[] };
  const contains = (b: Box, p: { x: number; y: number }) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;
  // "Ann Author" (70 px wide) at (400, 300), with an unnamed node under each of its four spots: right, left, above, below
  const around = (right: { paper?: boolean; key?: string }, left: { paper?: boolean; key?: string } = {}) => [
    { key: 'ann', x: 400, y: 300, size: 5, label: 'Ann Author' },
    { key: right.key ?? 'r', x: 440, y: 300, size: 2, label: '', paper: right.paper },
    { key: left.key ?? 'l', x: 360, y: 300, size: 2, label: '', paper: left.paper },
    { key: 'u', x: 400, y: 286, size: 2, label: '' },
    { key: 'd', x: 400, y: 314, size: 2, label: '' },
  ];

  // (in a crowded view, a big map's overview: in a roomy one, such as the seed's, a name hides no node's middle at all,
  // and Ann goes unnamed: below)
  it('a name goes where it hides a disc, not a paper square (the seed\'s "David Yan" hid p0)', () => {
    const { labels } = placeLabels(fakeSigma(crowded(around({ paper: true, key: 'p0' }))), input, measure);
    const ann = labels.find((l) => l.key === 'ann')!;
    expect(contains(ann.box, { x: 440, y: 300 }), 'over the paper square').toBe(false);
    expect(ann.align).toBe('right');
  });

  it('a faint name keeps off a node the emphasis draws plainly (a selected author\'s paper under "Filip Ginter")', () => {
    const { labels } = placeLabels(fakeSigma(crowded(around({ key: 'p10445' }))), { ...input, emphasised: new Set(['p10445']) }, measure);
    const ann = labels.find((l) => l.key === 'ann')!;
    expect(ann.dim).toBe(true);
    expect(contains(ann.box, { x: 440, y: 300 }), 'over the emphasised node').toBe(false);
  });

  it("a co-author past the closest, drawn plainly, is named over dimmed paper squares; a faint name is not (3k map: Ivan Vulić's own papers)", () => {
    // every spot of Ann's hides one of four paper squares, none of them the emphasis's (dimmed)
    const nodes = crowded(around({ paper: true }, { paper: true }).map((n) => ({ ...n, paper: n.key !== 'ann' })));
    const priority = new Map(Array.from({ length: 9 }, (_, i) => [i === 8 ? 'ann' : `c${i}`, i]));
    const plain = placeLabels(fakeSigma(nodes), { ...input, dimCommunities: true, emphasised: new Set(['sel', 'ann']), priority }, measure);
    const ann = plain.labels.find((l) => l.key === 'ann');
    expect(ann, 'Ann named').toBeDefined();
    expect(ann!.dim).toBeFalsy();
    const faint = placeLabels(fakeSigma(nodes), { ...input, dimCommunities: true, emphasised: new Set(['sel']), priority: new Map([['sel', 0]]) }, measure);
    expect(faint.labels.map((l) => l.key)).not.toContain('ann');
  });

  it('where every spot hides a paper square the name still goes (a soft rule)', () => {
    const { labels } = placeLabels(fakeSigma(crowded(around({ paper: true }, { paper: true }).map((n) => ({ ...n, paper: n.key !== 'ann' })))), input, measure);
    expect(labels.map((l) => l.key)).toContain('ann');
  });

  it('in a roomy view a name goes unnamed rather than over any node\'s middle, disc or square, small or big', () => {
    for (const nodes of [around({ paper: true, key: 'p0' }), around({}), around({ paper: true }, { paper: true }).map((n) => ({ ...n, paper: n.key !== 'ann' }))]) {
      const { labels } = placeLabels(fakeSigma(nodes), input, measure);
      expect(labels.map((l) => l.key)).not.toContain('ann');
    }
    // one side free of every middle (the node below moved 10 px off the spot under the name): the name goes there
    const { labels } = placeLabels(fakeSigma(around({}).map((n) => (n.key === 'd' ? { ...n, x: 460 } : n))), input, measure);
    const ann = labels.find((l) => l.key === 'ann')!;
    expect(labelSide(ann)).toBe(3);
  });

  it('a cluster\'s name is written beside a paper square above its authors, not over it (the seed\'s p6 under "diffusion transformer")', () => {
    const sigma = fakeSigma([
      { key: 'p6', x: 400, y: 180, size: 3, label: '', paper: true },
      { key: 'a1', x: 320, y: 210, size: 3, label: '' },
      { key: 'a2', x: 480, y: 290, size: 3, label: '' },
    ]);
    const communities = [{ size: 5, label: 'diffusion transformer' }];
    const extents = Float64Array.from([300, 200, 500, 300]);
    const { labels } = placeLabels(sigma, { ...input, communities, extents }, measure);
    const cluster = labels.find((l) => l.kind === 'community')!;
    expect(cluster).toBeDefined();
    expect(cluster.box.x0 < 400 && cluster.box.x1 > 400 && cluster.box.y0 < 183 && cluster.box.y1 > 177, 'over p6').toBe(false);
  });
});

describe('placeLabels: a cluster name near the canvas edge', () => {
  const measure = (text: string) => text.length * 8;
  const input = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, first: [] as (string | null)[] };

  it.each([
    ['right', 300, 380],
    ['left', 10, 90],
  ])('a long name over a cluster at the %s edge of a 390 px phone keeps clear of that edge (it read as cut off)', (_side, left, right) => {
    // "Cormorant tidal models · kelp gen" (33 characters, 264 px + dot): wider than the room beside the cluster
    const sigma = fakeSigma(
      [
        { key: 'a1', x: left, y: 400, size: 3, label: '' },
        { key: 'a2', x: right, y: 480, size: 3, label: '' },
      ],
      390,
      746,
    );
    const communities = [{ size: 5, label: 'Cormorant tidal models · kelp gen' }];
    const extents = Float64Array.from([left, 400, right, 480]);
    const { labels } = placeLabels(sigma, { ...input, communities, extents }, measure);
    const cluster = labels.find((l) => l.kind === 'community')!;
    expect(cluster.text).toBe('Cormorant tidal models · kelp gen');
    expect(cluster.box.x0).toBeGreaterThanOrEqual(14);
    expect(cluster.box.x1).toBeLessThanOrEqual(390 - 14);
  });

  it('a name too wide for those margins is centred on the canvas, not dropped', () => {
    const sigma = fakeSigma([{ key: 'a1', x: 100, y: 300, size: 3, label: '' }, { key: 'a2', x: 180, y: 360, size: 3, label: '' }], 300, 600);
    // 32 characters: 256 + 18 = 274 px on a 300 px canvas (13 px each side)
    const communities = [{ size: 5, label: 'Wide wandering heron cluster nam' }];
    const { labels } = placeLabels(sigma, { ...input, communities, extents: Float64Array.from([100, 300, 180, 360]) }, measure);
    const cluster = labels.find((l) => l.kind === 'community')!;
    expect(cluster.box.x0).toBeCloseTo(13);
    expect(cluster.box.x1).toBeCloseTo(287);
  });
});

describe('placeLabels: community names on one line keep apart', () => {
  const measure = (text: string) => text.length * 8;
  const input = { communities: null, extents: null, font: 'Inter', labelSize: 12, minRadius: 0, first: [] as (string | null)[] };

  it(`a name that would end up beside a larger cluster's name on its line, a few px away, moves along (COMMUNITY_LABEL_GAP_X): the whole Anthology read "statistical machine translation · German ● machine translation" as one name`, () => {
    // two clusters side by side: their names (25 and 24 characters, 8 px each + 18) would sit on one line above them,
    // 8 px apart
    const sigma = fakeSigma(
      [
        { key: 'a1', x: 100, y: 300, size: 3, label: '' },
        { key: 'a2', x: 400, y: 360, size: 3, label: '' },
        { key: 'b1', x: 322, y: 300, size: 3, label: '' },
        { key: 'b2', x: 622, y: 360, size: 3, label: '' },
      ],
      1000,
      800,
    );
    const communities = [
      { size: 9, label: 'heron tidal models · kelp' },
      { size: 8, label: 'quokka tagging · wombats' },
    ];
    const extents = Float64Array.from([100, 300, 400, 360, 322, 300, 622, 360]);
    const { labels } = placeLabels(sigma, { ...input, communities, extents }, measure);
    const names = labels.filter((l) => l.kind === 'community');
    expect(names.map((l) => l.text)).toEqual(['heron tidal models · kelp', 'quokka tagging · wombats']);
    const [a, b] = names.map((l) => l.box);
    const sameLine = a!.y0 < b!.y1 && b!.y0 < a!.y1;
    if (sameLine) expect(Math.max(b!.x0 - a!.x1, a!.x0 - b!.x1)).toBeGreaterThanOrEqual(COMMUNITY_LABEL_GAP_X);
    expect(overlaps(a!, b!)).toBe(false);
  });
});
