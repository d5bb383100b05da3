/**
 * What a pointer picks on the canvas (src/app/graph/pick.ts `pickAt` (EventsController's rule) and
 * `nodeNear`, src/app/features/pair/edge-at-point.ts `nearestLink`), over invented drawn names, nodes and links:
 * a node drawn plainly under a faint name is picked, not the name's author; a finger's tap on nothing picks the
 * nearest node within 11 px, never one further than another; a point among several links about as near is
 * crowded (a tap there opens none).
 */
import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import { createNodePicker, pickAt, TOUCH_SLACK_PX, type PickNodes } from '../../src/app/graph/pick';
import { nearestLink, type DrawnLink } from '../../src/app/features/pair/edge-at-point';
import type { PlacedLabel } from '../../src/app/graph/label-placement';

/** An invented node label: `key`'s name drawn in `box`, faint when `dim`. */
const name = (key: string, box: PlacedLabel['box'], dim = false): PlacedLabel => ({ kind: 'node', key, text: key, box, x: box.x0, y: (box.y0 + box.y1) / 2, align: 'left', dim });
const cluster = (id: number, box: PlacedLabel['box'], dim = false): PlacedLabel => ({ kind: 'community', key: String(id), text: `cluster ${id}`, box, x: box.x0, y: (box.y0 + box.y1) / 2, align: 'center', dim });

interface Dot {
  key: string;
  x: number;
  y: number;
  r: number;
  plain: boolean;
}

/** Drawn nodes as the pick reads them: discs in drawing order (the last on top). */
function dots(list: Dot[]): PickNodes {
  const distance = (d: Dot, p: { x: number; y: number }) => Math.max(0, Math.hypot(d.x - p.x, d.y - p.y) - d.r);
  return {
    nodeAt: (p) => [...list].reverse().find((d) => distance(d, p) === 0)?.key ?? null,
    nodeNear: (p, tolerance) => {
      const near = list.filter((d) => distance(d, p) <= tolerance).sort((a, b) => distance(a, p) - distance(b, p));
      return near[0]?.key ?? null;
    },
    plain: (key) => list.find((d) => d.key === key)?.plain ?? false,
    has: (key) => list.some((d) => d.key === key),
  };
}

describe('pickAt', () => {
  // "Filip Ginter" drawn faint over a paper of the selected author, drawn plainly
  const ginter = name('a7', { x0: 100, y0: 90, x1: 200, y1: 110 }, true);
  const paper = { key: 'p10445', x: 130, y: 100, r: 4, plain: true };
  const dimmed = { key: 'a9', x: 170, y: 100, r: 4, plain: false };
  const owner = { key: 'a7', x: 90, y: 100, r: 5, plain: false };

  it('opens the plainly drawn paper under a faint name, not the name\'s author', () => {
    expect(pickAt({ x: 130, y: 101 }, [ginter], dots([owner, paper, dimmed]), false)).toBe('p10445');
  });

  it('opens the faint name\'s author over a dimmed disc and over bare canvas', () => {
    expect(pickAt({ x: 170, y: 100 }, [ginter], dots([owner, paper, dimmed]), false)).toBe('a7');
    expect(pickAt({ x: 190, y: 95 }, [ginter], dots([owner, paper, dimmed]), false)).toBe('a7');
  });

  it('opens the author of a name drawn plainly, whatever disc lies under its text', () => {
    const plainName = { ...ginter, dim: false };
    expect(pickAt({ x: 130, y: 101 }, [plainName], dots([owner, paper]), false)).toBe('a7');
  });

  it('opens a plainly drawn node under a faint cluster name; under a plain one, nothing (the cluster opens)', () => {
    const nodes = dots([paper]);
    expect(pickAt({ x: 130, y: 100 }, [cluster(3, { x0: 100, y0: 90, x1: 250, y1: 111 }, true)], nodes, false)).toBe('p10445');
    expect(pickAt({ x: 130, y: 100 }, [cluster(3, { x0: 100, y0: 90, x1: 250, y1: 111 })], nodes, false)).toBeNull();
  });

  it('skips the name of a node no longer drawn', () => {
    expect(pickAt({ x: 130, y: 101 }, [name('a99', ginter.box)], dots([paper]), false)).toBe('p10445');
  });

  it('gives a finger the nearest node within the slack, nearest first, and a mouse none', () => {
    // a tap 3 px outside an 8.4 px disc, with a paper square's edge 6 px away on the other side
    const disc = { key: 'a1', x: 100, y: 100, r: 4.2, plain: true };
    const square = { key: 'p2', x: 100 + 4.2 + 3 + 6 + 2.25, y: 100, r: 2.25, plain: true };
    const tap = { x: 100 + 4.2 + 3, y: 100 };
    expect(pickAt(tap, [], dots([disc, square]), true)).toBe('a1');
    expect(pickAt(tap, [], dots([square, disc]), true)).toBe('a1');
    expect(pickAt(tap, [], dots([disc, square]), false)).toBeNull();
    expect(pickAt({ x: 100, y: 100 + 4.2 + TOUCH_SLACK_PX + 1 }, [], dots([disc]), true)).toBeNull();
  });
});

/** A stand-in for Sigma 3's state the position pick reads, drawing `nodes` at their own coordinates (1 px = 1 unit). */
function fakeSigma(nodes: { key: string; x: number; y: number; size: number; square?: boolean }[]): Sigma {
  const identity = (p: { x: number; y: number }) => ({ x: p.x, y: p.y });
  return {
    nodeDataCache: Object.fromEntries(nodes.map((n) => [n.key, { x: n.x, y: n.y, size: n.size, type: n.square ? 'square' : 'circle', hidden: false }])),
    nodeProgramIndex: Object.fromEntries(nodes.map((n, i) => [n.key, i])),
    nodePrograms: { circle: {}, square: {} },
    highlightedNodes: new Set<string>(),
    hoveredNode: null,
    needToProcess: false,
    matrix: new Float32Array(9),
    invMatrix: new Float32Array(9),
    on: () => undefined,
    off: () => undefined,
    getGraph: () => ({ forEachNode: (cb: (key: string) => void) => nodes.forEach((n) => cb(n.key)), hasNode: (k: string) => nodes.some((n) => n.key === k) }),
    viewportToFramedGraph: identity,
    framedGraphToViewport: identity,
    scaleSize: (s: number) => s,
  } as unknown as Sigma;
}

describe('nodeNear (graph/pick.ts)', () => {
  const picker = createNodePicker(
    fakeSigma([
      { key: 'a1', x: 100, y: 100, size: 4.2 },
      { key: 'p2', x: 120, y: 100, size: 2.25, square: true },
      { key: 'a3', x: 300, y: 300, size: 30 },
    ]),
  );

  it('picks the node whose edge is nearest the point, within the tolerance only', () => {
    expect(picker.nodeAt({ x: 107, y: 100 })).toBeNull();
    expect(picker.nodeNear({ x: 107, y: 100 }, 11)).toBe('a1');
    // 3.75 px from the square's edge, 10.5 from the disc's
    expect(picker.nodeNear({ x: 114, y: 100 }, 11)).toBe('p2');
    expect(picker.nodeNear({ x: 100, y: 120 }, 11)).toBeNull();
    // a big disc's edge is found from far off its centre
    expect(picker.nodeNear({ x: 300, y: 340 }, 11)).toBe('a3');
  });

  it('answers a point inside a node as nodeAt does', () => {
    expect(picker.nodeNear({ x: 101, y: 101 }, 11)).toBe('a1');
    expect(picker.nodeAt({ x: 121, y: 101 })).toBe('p2');
  });
});

describe('nearestLink', () => {
  const link = (key: string, ax: number, ay: number, bx: number, by: number): DrawnLink => ({ key, a: { x: ax, y: ay }, b: { x: bx, y: by }, size: 1 });

  it('picks the nearest link, clear of the others', () => {
    const pick = nearestLink([link('e1', 0, 0, 100, 0), link('e2', 0, 10, 100, 10)], 50, 1);
    expect(pick).toMatchObject({ edge: 'e1', crowded: false, near: 1 });
  });

  it('says a point is crowded where two links run about as near', () => {
    const pick = nearestLink([link('e1', 0, 0, 100, 0), link('e2', 0, 3, 100, 3), link('e3', 0, -40, 100, -40)], 50, 1.2);
    expect(pick).toMatchObject({ edge: 'e1', crowded: true, near: 2 });
  });

  it('picks nothing out of reach', () => {
    expect(nearestLink([link('e1', 0, 0, 100, 0)], 50, 9)).toBeNull();
  });
});
