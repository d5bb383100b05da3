/**
 * One set of visual getters (graph/colours.ts) for the canvas and the exports: the graph Sigma draws,
 * the GEXF export and the community swatches take the same colour for a node, in both colour modes.
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { interpolateViridis } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';
import { mix } from '../../src/core/appearance/palette';
import { bundleToGexf } from '../../src/core/export/gexf';
import { YEAR_SCALE_SPAN } from '../../src/core/queries/year-colours';
import { communityPalette, DIM_STEP, labelDotColours, nodeColours } from '../../src/app/graph/colours';
import { lightnessStep } from '../../src/app/graph/contrast';
import { buildSigmaGraph } from '../../src/app/graph/sigma-graph';
import { authorKey, paperKey } from '../../src/app/graph/node-keys';
import { CANVAS_COLORS } from '../../src/app/theme';
import { buildFiles, buildText, SEED_PATH } from '../core/helpers';

const seed = buildFiles([SEED_PATH]).bundle;

describe('visual getters', () => {
  it('the canvas graph takes its colours from the getters (community mode), the dimmed one mixed toward the background', () => {
    for (const theme of ['light', 'dark'] as const) {
      const graph = buildSigmaGraph(seed, 'papers', theme);
      const fill = nodeColours(seed, theme, 'community');
      const palette = communityPalette(seed, theme);
      const a = seed.focalAuthor!;
      expect(graph.getNodeAttribute(authorKey(a), 'color')).toBe(palette[seed.authors.community[a]]);
      expect(graph.getNodeAttribute(authorKey(a), 'dimColor')).toBe(fill.authorDim[a]);
      // mixed toward the background: each channel between the full colour's and the background's, and the
      // lightness step from the background the dimming sets (graph/colours.ts DIM_STEP)
      const dim = fill.authorDim[a]!;
      const ch = (hex: string, k: number) => (parseInt(hex.slice(1), 16) >> (16 - 8 * k)) & 255;
      const bg = CANVAS_COLORS[theme].background;
      for (let k = 0; k < 3; k++) {
        expect(ch(dim, k)).toBeGreaterThanOrEqual(Math.min(ch(fill.author[a]!, k), ch(bg, k)) - 1);
        expect(ch(dim, k)).toBeLessThanOrEqual(Math.max(ch(fill.author[a]!, k), ch(bg, k)) + 1);
      }
      expect(Math.abs(lightnessStep(dim, bg) - DIM_STEP)).toBeLessThan(1);
      expect(graph.getNodeAttribute(paperKey(0), 'color')).toBe(fill.paper[0]);
      expect(graph.getAttribute('colorBy')).toBe('community');
    }
  });

  it('colour by year: authors by the mean year of their papers on viridis (the light canvas stops before its yellow end), the same for the canvas and the GEXF', () => {
    const jsonl = [
      { id: 'a', title: 'Old', authors: ['Ada Old', 'Bo Both'], year: 2018 },
      { id: 'b', title: 'New', authors: ['Bo Both', 'Cy New'], year: 2020 },
    ]
      .map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null }))
      .join('\n');
    const { bundle } = buildText('years.jsonl', jsonl);
    const fill = nodeColours(bundle, 'light', 'year');
    const at = (name: string) => fill.author[bundle.authors.name.indexOf(name)];
    const [l0, l1] = YEAR_SCALE_SPAN.light;
    expect(at('Ada Old')).toBe(interpolateViridis(l0));
    expect(at('Bo Both')).toBe(interpolateViridis((l0 + l1) / 2));
    expect(at('Cy New')).toBe(interpolateViridis(l1));
    expect(at('Cy New')).not.toBe('#fde725');
    const graph = buildSigmaGraph(bundle, 'coauthors', 'light', 'year');
    expect(graph.getNodeAttribute(authorKey(bundle.authors.name.indexOf('Cy New')), 'color')).toBe(interpolateViridis(l1));
    // the dark canvas: from past the darkest purple to the yellow end
    const dark = nodeColours(bundle, 'dark', 'year');
    const [d0, d1] = YEAR_SCALE_SPAN.dark;
    expect(dark.author[bundle.authors.name.indexOf('Ada Old')]).toBe(interpolateViridis(d0));
    expect(dark.author[bundle.authors.name.indexOf('Cy New')]).toBe(interpolateViridis(d1));
    const gexf = parse(Graph, bundleToGexf(bundle, { authorColours: fill.author }));
    expect(gexf.getNodeAttribute(authorKey(bundle.authors.name.indexOf('Ada Old')), 'color')).toMatch(/^(#|rgb)/);
    // community label dots only in community mode
    expect(labelDotColours(bundle, 'light', 'year')).toBeNull();
    expect(labelDotColours(bundle, 'light', 'community')).toEqual(communityPalette(bundle, 'light'));
  });

  it("GEXF's default colours are the canvas palette (light theme), not a palette of its own", () => {
    const graph = parse(Graph, bundleToGexf(seed));
    const palette = communityPalette(seed, 'light');
    const a = seed.focalAuthor!;
    const c = graph.getNodeAttribute(authorKey(a), 'color') as string;
    const hex = (s: string) => (s.startsWith('#') ? s : `#${s.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`);
    expect(hex(c)).toBe(palette[seed.authors.community[a]]);
  });

  it('mixing is plain RGB interpolation, rounded', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#4269d0', '#fbfbfa', 0)).toBe('#4269d0');
    expect(mix('#4269d0', '#fbfbfa', 1)).toBe('#fbfbfa');
    // as the hand-written mix did: round(v + (w - v) * t) per channel
    expect(mix('#4269d0', '#fbfbfa', 0.8)).toBe('#d6def2');
  });

  it("mixing two hex colours without d3 gives d3-interpolate's colour, and other CSS colours still mix", () => {
    // a fixed pseudo-random walk over colours and mixing weights (including outside 0..1: clamped as d3 does)
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const hex = () => `#${Math.floor(next() * 0x1000000).toString(16).padStart(6, '0')}`;
    for (let i = 0; i < 5000; i++) {
      const a = i % 5 === 0 ? hex().toUpperCase() : hex();
      const b = hex();
      const t = [0, 1, 0.8, 0.55, 0.45, 0.6, next(), next() * 2 - 0.5][i % 8]!;
      expect(mix(a, b, t), `${a} → ${b} by ${t}`).toBe(rgb(interpolateRgb(a, b)(t)).formatHex());
    }
    expect(mix('rgb(0, 0, 0)', 'white', 0.5)).toBe('#808080');
    expect(mix('#fff', '#000000', 0.25)).toBe('#bfbfbf');
  });
});
