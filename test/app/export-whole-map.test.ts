/**
 * The two SVGs of the Export menu on an invented map drawn through a level of detail (a fake renderer whose drawn
 * graph holds only some of the authors, as a big map's display graph does):
 * - "this view as drawn" holds the authors the screen draws, no more;
 * - "every author at this framing" holds a disc for every author the filters leave (and a square for every paper),
 *   and every link between them, with the canvas's colours and emphasis (a selected author: the rest dimmed, only
 *   their links, their disc on its card);
 * - links are as dark as the canvas draws them (Sigma's least width and faded rim), names and titles escaped.
 */
import Graph from 'graphology';
import { SaxesParser } from 'saxes';
import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import { createAppearance, type Appearance } from '../../src/app/controllers/appearance';
import { drawnDiscRadius, drawnEdgeWidth, framingCounts, viewToSvg, wholeMapToSvg, type SvgStyle } from '../../src/app/features/export/svg-export';
import { ringColourer } from '../../src/app/graph/colours';
import { computeEmphasis } from '../../src/app/graph/emphasis';
import { ringWidth } from '../../src/app/graph/node-types';
import { applyVisibility } from '../../src/app/graph/apply-visibility';
import { graphBBox } from '../../src/app/graph/lod';
import { authorKey } from '../../src/app/graph/node-keys';
import { buildSigmaGraph, type AtlasGraph } from '../../src/app/graph/sigma-graph';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import { CANVAS_COLORS } from '../../src/app/theme';
import type { Bundle } from '../../src/core/bundle/types';
import type { PlacedLabel } from '../../src/app/graph/label-placement';
import { buildText } from '../core/helpers';
import { INVENTED_JSONL } from './invented-papers';

const jsonl = INVENTED_JSONL;
const built = buildText('invented.jsonl', jsonl).bundle;
// a hostile name and dataset name: text, never markup
const bundle = structuredClone(built) as Bundle;
bundle.name = 'Tidal <Atlas> & "Harbours"';
const jo = bundle.authors.name.indexOf('Jo Birch');
bundle.authors.name[jo] = '<script>alert("x")</script>';

const W = 800;
const H = 600;

/**
 * A renderer over `graph` (the whole graph) drawing `drawn` (its display graph: the same attribute objects, some
 * nodes): graph coordinates framed into 800 × 600 with 40 px around, y up as Sigma's; display data through the
 * appearance's reducers; sizes in pixels.
 */
function fakeSigma(graph: AtlasGraph, drawn: AtlasGraph, appearance: Appearance): Sigma {
  const box = graphBBox(graph);
  const k = Math.min((W - 80) / (box.x[1] - box.x[0] || 1), (H - 80) / (box.y[1] - box.y[0] || 1));
  const toViewport = (p: { x: number; y: number }) => ({ x: 40 + (p.x - box.x[0]) * k, y: 40 + (box.y[1] - p.y) * k });
  const settings: Record<string, unknown> = { nodeReducer: appearance.nodeReducer, edgeReducer: appearance.edgeReducer, zIndex: true };
  return {
    getDimensions: () => ({ width: W, height: H }),
    getGraph: () => drawn,
    getSetting: (key: string) => settings[key],
    graphToViewport: toViewport,
    // display data below are in viewport pixels already
    framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
    getNodeDisplayData: (key: string) => {
      const attrs = drawn.getNodeAttributes(key);
      const d = appearance.nodeReducer(key, { ...attrs });
      return { ...d, ...toViewport(attrs), hidden: attrs.hidden === true || d.hidden === true };
    },
    getEdgeDisplayData: (key: string) => appearance.edgeReducer(key, { ...drawn.getEdgeAttributes(key) }),
    scaleSize: (s: number) => s,
    getCamera: () => ({ ratio: 1 }),
  } as unknown as Sigma;
}

interface Parsed {
  discs: Record<string, string>[];
  /** Paper squares: one `M…h…v…h…z` run each in the nodes' paths. */
  squares: { fill: string }[];
  /** Links: one `M x y L x y` each, with their path's stroke and width. */
  links: { stroke: string; width: number }[];
  /** Texts and the document's title (group 'title'). */
  texts: { text: string; group: string }[];
  cards: Record<string, string>[];
  elements: string[];
}

/** The SVG read back with saxes (a conformant XML parser: a file that is not well-formed throws). */
function parse(svg: string): Parsed {
  const parser = new SaxesParser({ xmlns: false });
  const out: Parsed = { discs: [], squares: [], links: [], texts: [], cards: [], elements: [] };
  const groups: string[] = [];
  let text: { text: string; group: string } | null = null;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    out.elements.push(tag.name);
    const group = groups.at(-1) ?? '';
    if (tag.name === 'g') groups.push(a.class ?? group);
    if (tag.name === 'circle' && group === 'nodes') out.discs.push(a);
    if (tag.name === 'circle' && group === 'selected') out.cards.push(a);
    if (tag.name === 'path' && group === 'nodes') for (const _ of a.d!.matchAll(/M[^M]*z/g)) out.squares.push({ fill: a.fill! });
    if (tag.name === 'path' && group === 'edges') for (const _ of a.d!.matchAll(/M[^M]*L[^M]*/g)) out.links.push({ stroke: a.stroke!, width: Number(a['stroke-width']) });
    if (tag.name === 'text' || tag.name === 'title') text = { text: '', group: tag.name === 'title' ? 'title' : group };
  });
  parser.on('text', (t) => {
    if (text) text.text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'g') groups.pop();
    if ((tag.name === 'text' || tag.name === 'title') && text) {
      out.texts.push(text);
      text = null;
    }
  });
  parser.write(svg).close();
  return out;
}

/** The whole graph under "at least 2 papers" (Cy, Di, Ed, Gil, Hal, Ivy… hidden or not by their counts), and a display graph of two authors. */
function invented() {
  const graph = buildSigmaGraph(bundle, 'papers', 'light');
  const visibility = computeVisibility(bundle, { ...DEFAULT_FILTERS, minPapers: 2 }, 'papers');
  applyVisibility(graph, visibility);
  // the level of detail's part: the two most prolific authors, no paper, no link
  const drawn: AtlasGraph = new Graph({ type: 'undirected' });
  for (const name of ['Ada Quill', 'Bo Marsh']) {
    const key = authorKey(bundle.authors.name.indexOf(name));
    drawn.addNode(key, graph.getNodeAttributes(key));
  }
  const appearance = createAppearance();
  appearance.reset('light', true);
  return { graph, visibility, drawn, appearance, sigma: fakeSigma(graph, drawn, appearance) };
}

const style = (labels: readonly PlacedLabel[] = []): SvgStyle => ({ colors: CANVAS_COLORS.light, communityColors: null, labels, font: 'Inter', labelSize: 12 });

describe('SVG of this view as drawn, and of every author at this framing', () => {
  it('the view holds the authors the screen draws; the whole map a disc for every author the filters leave, a square for every paper shown, every link between them', () => {
    const { graph, visibility, sigma } = invented();
    expect(visibility.authorCount).toBeGreaterThan(2);
    expect(visibility.authorCount).toBeLessThan(bundle.authors.name.length);
    const view = parse(viewToSvg(sigma, bundle, style()));
    expect(view.discs).toHaveLength(2);
    expect(view.links).toHaveLength(0);

    const whole = parse(wholeMapToSvg(sigma, graph, bundle, style()));
    expect(whole.discs).toHaveLength(visibility.authorCount);
    expect(whole.squares).toHaveLength(visibility.paperCount);
    // every author's colour is there, as the canvas's (by community)
    const fills = whole.discs.map((d) => d.fill);
    visibility.author.forEach((v, i) => {
      if (v === 1) expect(fills).toContain(graph.getNodeAttribute(authorKey(i), 'color'));
    });
    // authorship links whose two ends are shown
    const shownLinks = graph.filterEdges((_e, _a, s, t) => !graph.getNodeAttribute(s, 'hidden') && !graph.getNodeAttribute(t, 'hidden')).length;
    expect(shownLinks).toBeGreaterThan(0);
    expect(whole.links).toHaveLength(shownLinks);
    expect(framingCounts(sigma, graph)).toEqual({ authors: visibility.authorCount, papers: visibility.paperCount });
  });

  it("a selected author: the rest dimmed, only the author's links drawn (in the emphasis grey), the disc on its card, as on the canvas", () => {
    const { graph, sigma, appearance } = invented();
    const ada = bundle.authors.name.indexOf('Ada Quill');
    const key = authorKey(ada);
    appearance.state.emphasis = computeEmphasis(graph, bundle, { kind: 'author', index: ada });
    appearance.state.selected = key;
    const whole = parse(wholeMapToSvg(sigma, graph, bundle, style()));
    const shownLinksOfAda = graph.filterEdges(key, (_e, _a, s, t) => !graph.getNodeAttribute(s, 'hidden') && !graph.getNodeAttribute(t, 'hidden')).length;
    expect(whole.links).toHaveLength(shownLinksOfAda);
    for (const l of whole.links) expect(l.stroke).toBe(CANVAS_COLORS.light.edgeStrong);
    // her disc in its colour, every other author's in its dimmed colour (her papers are the rest of the emphasis)
    const expected = graph.filterNodes((_n, a) => a.kind === 'author' && !a.hidden).map((n) => (n === key ? graph.getNodeAttribute(n, 'color') : graph.getNodeAttribute(n, 'dimColor')));
    expect(whole.discs.map((d) => d.fill).sort()).toEqual(expected.sort());
    expect(graph.getNodeAttribute(key, 'color')).not.toBe(graph.getNodeAttribute(key, 'dimColor'));
    // the card: a disc in the background colour 3 px wider than the author's, with the shadow filter, under the disc drawn again
    const size = graph.getNodeAttribute(key, 'size');
    expect(whole.cards[0]).toMatchObject({ r: String(Math.round((size + 3) * 10) / 10), fill: CANVAS_COLORS.light.background, filter: 'url(#card-shadow)' });
    // (with its ring, as the canvas draws a disc this large: a stroke over its outer `ringWidth` px, in a darker
    // shade of its colour on the light theme: graph/disc-program.ts)
    const ring = ringWidth(size);
    expect(ring).toBeGreaterThan(0);
    expect(whole.cards[1]).toMatchObject({
      r: String(Math.round((size - ring / 2) * 10) / 10),
      fill: graph.getNodeAttribute(key, 'color'),
      stroke: ringColourer('light')(graph.getNodeAttribute(key, 'color')),
      'stroke-width': String(Math.round(ring * 10) / 10),
    });
    // the view as drawn has the same card
    expect(parse(viewToSvg(sigma, bundle, style())).cards).toHaveLength(2);
  });

  it('links as dark as the canvas draws them: at least 1.7 px wide with a faded 1 px rim', () => {
    // a thin link (0.8) is drawn 1.7 px wide, 0.71 px of ink; a 3 px link 2 px of ink; at pixel ratio 2 the rim is half
    expect(drawnEdgeWidth(0.8)).toBeCloseTo(0.706, 2);
    expect(drawnEdgeWidth(3)).toBeCloseTo(2, 5);
    expect(drawnEdgeWidth(3, 2)).toBeCloseTo(2.5, 5);
    expect(drawnEdgeWidth(0.3)).toBeCloseTo(drawnEdgeWidth(1.7), 5);
    // discs: the canvas fades the outer pixel
    expect(drawnDiscRadius(10)).toBeCloseTo(Math.sqrt(81 + 9 + 1 / 3), 5);
    expect(drawnDiscRadius(1.6)).toBeLessThan(1.6);
    const { graph, sigma } = invented();
    const widths = new Set(parse(wholeMapToSvg(sigma, graph, bundle, style())).links.map((l) => l.width));
    // every authorship link of this small map is 0.8: one width, 0.7 px (a tenth of a pixel)
    expect([...widths]).toEqual([0.7]);
  });

  it("names and the dataset's name are text, never markup: a name like <script> is written escaped and read back as it was", () => {
    const { graph, sigma } = invented();
    const key = authorKey(jo);
    const node = { x: 100, y: 100, r: 4, focal: false, strong: false };
    const labels: PlacedLabel[] = [{ kind: 'node', key, text: bundle.authors.name[jo]!, box: { x0: 106, y0: 92, x1: 300, y1: 108 }, x: 108, y: 100, align: 'left', node }];
    for (const svg of [wholeMapToSvg(sigma, graph, bundle, style(labels)), viewToSvg(sigma, bundle, style(labels))]) {
      expect(svg).not.toContain('<script');
      const read = parse(svg);
      expect(read.elements).not.toContain('script');
      expect(read.texts.map((t) => t.text)).toContain('<script>alert("x")</script>');
      expect(read.texts.map((t) => t.text)).toContain('Tidal <Atlas> & "Harbours"');
    }
  });
});
