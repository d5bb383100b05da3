/**
 * The SVG export writes each label where the label placement put it, as the canvas draws it
 * (graph/label-placement.ts drawPlacedLabels): a node label on the side the placement chose (textAlign 'left' →
 * text-anchor "start" at x, 'right' → "end", 'center' → "middle"), on the baseline a third of the label size
 * below y; a community label centred on (x, y) with its dot at dotX. Invented nodes and names, a fake renderer.
 */
import Graph from 'graphology';
import { SaxesParser } from 'saxes';
import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import { viewToSvg } from '../../src/app/features/export/svg-export';
import { COMMUNITY_DOT_PX, COMMUNITY_DOT_RIM_PX, placeLabels, type PlacedLabel } from '../../src/app/graph/label-placement';
import { CANVAS_COLORS } from '../../src/app/theme';
import type { Bundle } from '../../src/core/bundle/types';

interface FakeNode {
  key: string;
  x: number;
  y: number;
  size: number;
  label: string;
  paper?: boolean;
  force?: boolean;
}

/** A renderer of fixed nodes: graph coordinates are viewport pixels, sizes are radii. */
function fakeSigma(nodes: FakeNode[], width = 800, height = 600): Sigma {
  const graph = new Graph();
  for (const n of nodes) graph.addNode(n.key, { type: n.paper ? 'square' : 'circle' });
  graph.addEdge(nodes[0]!.key, nodes[1]!.key);
  const data = new Map(nodes.map((n) => [n.key, { ...n, color: '#336699', hidden: false, type: n.paper ? 'square' : 'circle', zIndex: 0, forceLabel: n.force === true }]));
  return {
    getDimensions: () => ({ width, height }),
    getGraph: () => graph,
    getSetting: (k: string) => (k === 'zIndex' ? true : undefined),
    getNodeDisplayData: (key: string) => data.get(key),
    getEdgeDisplayData: () => ({ color: '#cccccc', size: 1, hidden: false }),
    framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
    graphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
    scaleSize: (s: number) => s,
    getCamera: () => ({ ratio: 1 }),
  } as unknown as Sigma;
}

interface SvgText {
  text: string;
  x: number;
  y: number;
  anchor: string | undefined;
  baseline: string | undefined;
  group: string;
}

/** The SVG's <text> elements (saxes, a conformant XML parser) with the anchor and baseline they inherit. */
function textsOf(svg: string): { texts: SvgText[]; circles: Record<string, string>[] } {
  const parser = new SaxesParser({ xmlns: false });
  const stack: Record<string, string>[] = [];
  const texts: SvgText[] = [];
  const circles: Record<string, string>[] = [];
  let open: SvgText | null = null;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    stack.push(attrs);
    const inherited = (name: string) => [...stack].reverse().find((a) => a[name] !== undefined)?.[name];
    if (tag.name === 'circle') circles.push(attrs);
    if (tag.name === 'text') open = { text: '', x: Number(attrs.x), y: Number(attrs.y), anchor: inherited('text-anchor'), baseline: inherited('dominant-baseline'), group: stack.at(-2)?.class ?? '' };
  });
  parser.on('text', (t) => {
    if (open) open.text += t;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'text' && open) {
      texts.push(open);
      open = null;
    }
  });
  parser.write(svg).close();
  return { texts, circles };
}

const bundle = { name: 'Invented atlas' } as unknown as Bundle;
const style = (labels: readonly PlacedLabel[]) => ({ colors: CANVAS_COLORS.light, communityColors: ['#e4a11b', '#2a9d8f'], labels, font: 'Inter', labelSize: 12 });

describe('SVG labels are where the placement put them', () => {
  it('a label on either side of its node, above it, and a community label: the same anchor and point as the canvas', () => {
    const sigma = fakeSigma([
      { key: 'a1', x: 200, y: 200, size: 8, label: 'Orla Quince' },
      { key: 'p1', x: 600, y: 300, size: 3, label: 'Tidal Maps of Small Harbours', paper: true },
    ]);
    const labels: PlacedLabel[] = [
      { kind: 'node', key: 'a1', text: 'Orla Quince', box: { x0: 210, y0: 192, x1: 290, y1: 208 }, x: 212, y: 200, align: 'left', node: { x: 200, y: 200, r: 8, focal: false, strong: true } },
      { kind: 'node', key: 'p1', text: 'Tidal Maps of Small Harbours', box: { x0: 390, y0: 292, x1: 595, y1: 308 }, x: 593, y: 300, align: 'right', node: { x: 600, y: 300, r: 3, focal: false, strong: false } },
      { kind: 'node', key: 'a2', text: 'Bram Oakes', box: { x0: 360, y0: 80, x1: 440, y1: 96 }, x: 400, y: 88, align: 'center', node: { x: 400, y: 100, r: 5, focal: false, strong: false } },
      { kind: 'community', key: '1', text: 'salt marsh · tides', box: { x0: 300, y0: 489.5, x1: 440, y1: 510.5 }, x: 376, y: 500, align: 'center', dotX: 307 },
    ];
    const { texts, circles } = textsOf(viewToSvg(sigma, bundle, style(labels)));
    const at = (text: string) => texts.find((t) => t.text === text)!;
    expect(at('Orla Quince')).toMatchObject({ group: 'labels', anchor: 'start', x: 212, y: 204 });
    expect(at('Tidal Maps of Small Harbours')).toMatchObject({ group: 'labels', anchor: 'end', x: 593, y: 304 });
    expect(at('Bram Oakes')).toMatchObject({ group: 'labels', anchor: 'middle', x: 400, y: 92 });
    expect(at('salt marsh · tides')).toMatchObject({ group: 'community-labels', anchor: 'middle', baseline: 'middle', x: 376, y: 500 });
    // the dot the canvas draws (drawPlacedLabels): its radius and rim from the same constants
    expect(circles.find((c) => c.r === String(COMMUNITY_DOT_PX))).toMatchObject({ cx: '307', cy: '500', fill: '#2a9d8f', 'stroke-width': String(COMMUNITY_DOT_RIM_PX) });
  });

  it('a label drawn faint on the canvas (the map dimmed for a card) is as faint in the SVG: community names too, with their dot', () => {
    const sigma = fakeSigma([
      { key: 'a1', x: 200, y: 200, size: 8, label: 'Orla Quince' },
      { key: 'p1', x: 600, y: 300, size: 3, label: 'Tidal Maps of Small Harbours', paper: true },
    ]);
    const labels: PlacedLabel[] = [
      { kind: 'node', key: 'a1', text: 'Orla Quince', box: { x0: 210, y0: 192, x1: 290, y1: 208 }, x: 212, y: 200, align: 'left', node: { x: 200, y: 200, r: 8, focal: false, strong: false } },
      { kind: 'community', key: '1', text: 'salt marsh · tides', box: { x0: 300, y0: 489.5, x1: 440, y1: 510.5 }, x: 376, y: 500, align: 'center', dotX: 307, dim: true },
    ];
    const svg = viewToSvg(sigma, bundle, style(labels));
    const faint = `opacity="${CANVAS_COLORS.light.labelFaintAlpha}"`;
    expect(svg).toMatch(new RegExp(`<text[^>]*${faint}[^>]*>salt marsh · tides</text>`));
    expect(svg).toMatch(new RegExp(`<circle cx="307"[^>]*${faint}`));
    expect(svg).not.toMatch(new RegExp(`<text[^>]*${faint}[^>]*>Orla Quince</text>`));
  });

  it('writes every label of a real placement (sides, clipped titles, communities) at its anchor, within a tenth of a pixel', () => {
    const nodes: FakeNode[] = [
      // near the right edge: the title fits only left of its square (align 'right')
      { key: 'p1', x: 760, y: 300, size: 3, label: 'A Long Paper Title About Estuaries and Their Salt Wedges', paper: true, force: true },
      { key: 'a1', x: 100, y: 120, size: 12, label: 'Ines Morrow' },
      { key: 'a2', x: 420, y: 420, size: 9, label: 'Tomas Vale' },
      { key: 'a3', x: 430, y: 120, size: 6, label: 'Yuki Farrow' },
    ];
    const sigma = fakeSigma(nodes);
    const extents = new Float64Array([60, 80, 460, 460, 380, 100, 780, 330]);
    const communities = [
      { size: 40, label: 'river deltas · sediment' },
      { size: 12, label: 'harbour engineering' },
    ];
    const { labels } = placeLabels(sigma, { communities, extents, font: 'Inter', labelSize: 12, minRadius: 0, first: [] }, (text) => text.length * 7);
    expect(labels.find((l) => l.key === 'p1')?.align).toBe('right');
    expect(labels.some((l) => l.kind === 'node' && l.align === 'left')).toBe(true);
    expect(labels.filter((l) => l.kind === 'community')).toHaveLength(2);
    const { texts } = textsOf(viewToSvg(sigma, bundle, style(labels)));
    expect(texts).toHaveLength(labels.length);
    const anchor = { left: 'start', right: 'end', center: 'middle' };
    for (const l of labels) {
      const t = texts.find((s) => s.text === l.text)!;
      expect(t, l.text).toBeDefined();
      expect(t.anchor, l.text).toBe(anchor[l.align]);
      expect(Math.abs(t.x - l.x), l.text).toBeLessThanOrEqual(0.05);
      expect(Math.abs(t.y - (l.kind === 'node' ? l.y + 4 : l.y)), l.text).toBeLessThanOrEqual(0.05);
      if (l.kind === 'node') {
        // the text starts right of its node, ends left of it, or is centred over it, as on the canvas
        const node = l.node!;
        if (l.align === 'left') expect(t.x).toBeGreaterThan(node.x + node.r);
        if (l.align === 'right') expect(t.x).toBeLessThan(node.x - node.r);
        if (l.align === 'center') expect(t.x).toBeCloseTo(node.x, 1);
      } else {
        expect(t.baseline).toBe('middle');
      }
    }
  });
});
