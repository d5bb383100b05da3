/**
 * The caption band under an exported PNG or SVG (features/export/caption.ts): it names the dataset, says what colour
 * means (the communities in the picture with their names and colours, or the year scale), what size means, the
 * counts, how much of the map the picture holds and the date, in the theme's colours, within the picture's width.
 * Names are text: in the SVG escaped, on the canvas drawn with fillText. Invented bundles; a measure of 7 px a
 * character stands in for the browser's.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  captionFacts,
  captionSvg,
  communityLegend,
  countsText,
  layoutCaption,
  titleRows,
  paintCaption,
  viewExtent,
  wholeExtent,
  type CaptionInput,
} from '../../src/app/features/export/caption';
import { communityPalette } from '../../src/app/graph/colours';
import { yearColours } from '../../src/app/data/per-bundle';
import { communityName } from '../../src/app/format';
import { CANVAS_COLORS } from '../../src/app/theme';
import type { Bundle } from '../../src/core/bundle/types';
import { buildText } from '../core/helpers';

const papers = [
  { id: 'p1', title: 'Lantern Tides of Old Harbours', authors: ['Ada Quill', 'Bo Marsh'], year: 2016 },
  { id: 'p2', title: 'Harbour Lantern Tides', authors: ['Ada Quill', 'Bo Marsh', 'Cy Fenn'], year: 2019 },
  { id: 'p3', title: 'Salt Lanterns', authors: ['Ada Quill', 'Bo Marsh'], year: 2020 },
  { id: 'p4', title: 'Copper Kites in Spring Winds', authors: ['Di Ward', 'Ed Lowe', 'Fay Orr'], year: 2020 },
  { id: 'p5', title: 'Paper Kites and Winds', authors: ['Di Ward', 'Ed Lowe'], year: 2021 },
  { id: 'p6', title: 'Glass Rivers of the North', authors: ['Gil Stone', 'Hal Brook'], year: 2018 },
  { id: 'p7', title: 'Iron Rivers and Glass', authors: ['Gil Stone', 'Hal Brook', 'Ivy Lake'], year: 2020 },
];
const jsonl = papers.map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null })).join('\n');
const bundle = buildText('invented.jsonl', jsonl).bundle;

const measure = (text: string) => text.length * 7;
const day = new Date(2026, 11, 2, 15, 30);

const input = (over: Partial<CaptionInput> = {}): CaptionInput => ({
  bundle,
  theme: 'light',
  colorBy: 'community',
  sizeBy: 'papers',
  shown: { authors: bundle.authors.name.length, papers: bundle.papers.title.length, papersShown: true },
  communities: bundle.authors.community,
  lines: 'authorship',
  papersDrawn: true,
  focalDrawn: false,
  extent: viewExtent(bundle.authors.name.length, bundle.authors.name.length, bundle.authors.name.length),
  date: day,
  ...over,
});

/** The caption's SVG read back with saxes: its texts, its discs' colours, its gradient's stop colours, every element. */
function read(svg: string) {
  const parser = new SaxesParser({ xmlns: false });
  const texts: string[] = [];
  const swatches: string[] = [];
  const stops: string[] = [];
  const elements: string[] = [];
  let open: string | null = null;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    elements.push(tag.name);
    if (tag.name === 'text') open = '';
    if (tag.name === 'circle') swatches.push(a.fill!);
    if (tag.name === 'stop') stops.push(a['stop-color']!);
  });
  parser.on('text', (t) => {
    if (open !== null) open += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'text' && open !== null) {
      texts.push(open);
      open = null;
    }
  });
  // the caption's group inside an SVG document, as the exports write it
  parser.write(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`).close();
  return { texts, swatches, stops, elements, all: texts.join(' ') };
}

describe('the caption under an exported picture', () => {
  it("names the dataset, the date, the counts, each community in the picture with its colour, and what size and the marks mean", () => {
    const layout = layoutCaption(captionFacts(input()), 1000, 'Inter', measure);
    const svg = read(captionSvg(layout, 600, CANVAS_COLORS.light, 'Inter'));
    expect(svg.texts[0]).toBe(bundle.name);
    expect(svg.all).toContain('2026-12-02');
    expect(svg.all).toContain(`${bundle.authors.name.length} authors, ${bundle.papers.title.length} papers`);
    expect(svg.all).toContain(`This view as drawn: all ${bundle.authors.name.length} authors`);
    expect(svg.all).toContain('Colour: community');
    const palette = communityPalette(bundle, 'light');
    expect(bundle.communities.length).toBeGreaterThanOrEqual(2);
    bundle.communities.forEach((c, id) => {
      expect(svg.texts).toContain(communityName(c, id));
      expect(svg.swatches).toContain(palette[id]);
    });
    expect(svg.all).toContain('Disc size: papers per author');
    expect(svg.all).toContain('squares: papers');
    expect(svg.all).toContain('lines: authorship');
  });

  it('says the years the picture covers: all of the map\'s, or the year range\'s papers and links only', () => {
    const all = read(captionSvg(layoutCaption(captionFacts(input()), 1000, 'Inter', measure), 600, CANVAS_COLORS.light, 'Inter'));
    expect(all.all).toContain('Years: all (2016–2021)');
    const ranged = read(captionSvg(layoutCaption(captionFacts(input({ years: [2019, 2020] })), 1000, 'Inter', measure), 600, CANVAS_COLORS.light, 'Inter'));
    expect(ranged.all).toContain('Years: 2019–2020 (papers and co-author links of those years only)');
    expect(ranged.all).not.toContain('Years: all');
    // the discs are the range's papers (graph/node-sizes.ts): the caption says so
    expect(ranged.all).toContain('Disc size: papers per author in 2019–2020');
    expect(all.all).not.toContain('papers per author in');
  });

  it('says the filters that hide authors (a minimum of papers, hidden communities), and sizes at a venue choice as the legend does', () => {
    const facts = captionFacts(input({ venues: '4 venues', filters: 'at least 3 papers' }));
    const text = read(captionSvg(layoutCaption(facts, 1000, 'Inter', measure), 600, CANVAS_COLORS.light, 'Inter')).all;
    expect(text).toContain('Shown: at least 3 papers');
    expect(text).toContain('Disc size: papers per author at those venues');
    expect(facts.marks.indexOf('Shown: at least 3 papers')).toBeLessThan(facts.marks.findIndex((m) => m.startsWith('Disc size')));
    expect(captionFacts(input()).marks.some((m) => m.startsWith('Shown:'))).toBe(false);
  });

  it('coloured by year: the year scale as a ramp of the canvas colours with its years; sized by degree', () => {
    const layout = layoutCaption(captionFacts(input({ theme: 'dark', colorBy: 'year', sizeBy: 'degree', lines: 'coauthor', papersDrawn: false })), 1000, 'Inter', measure);
    const svg = read(captionSvg(layout, 600, CANVAS_COLORS.dark, 'Inter'));
    const { scale } = yearColours(bundle, 'dark');
    expect(svg.all).toContain('Colour: mean year of papers');
    expect(svg.stops).toEqual(scale.stops.map((s) => s.colour));
    for (const s of scale.stops) expect(svg.texts).toContain(String(s.year));
    expect(svg.texts).toContain('2016');
    expect(svg.texts).toContain('2021');
    expect(svg.all).toContain('Disc size: degree (number of co-authors)');
    expect(svg.all).toContain('darker: more papers together');
    expect(svg.all).not.toContain('squares: papers');
    // the dark theme's colours: its background and label colour
    const text = captionSvg(layout, 600, CANVAS_COLORS.dark, 'Inter');
    expect(text).toContain(`fill="${CANVAS_COLORS.dark.background}"`);
    expect(text).toContain(`fill="${CANVAS_COLORS.dark.label}"`);
  });

  it('names are text: a hostile dataset or community name is escaped in the SVG and drawn as it is on the canvas', () => {
    const hostile = structuredClone(bundle) as Bundle;
    hostile.name = '<script>alert(1)</script> & "Harbours"';
    hostile.communities[0]!.label = '<img src=x onerror=alert(2)>';
    const facts = captionFacts(input({ bundle: hostile }));
    const layout = layoutCaption(facts, 1000, 'Inter', measure);
    const text = captionSvg(layout, 0, CANVAS_COLORS.light, 'Inter');
    expect(text).not.toMatch(/<script|<img/);
    const svg = read(text);
    expect(svg.elements).not.toContain('script');
    expect(svg.elements).not.toContain('img');
    expect(svg.texts).toContain('<script>alert(1)</script> & "Harbours"');
    expect(svg.texts).toContain('<img src=x onerror=alert(2)>');
    // the canvas draws the same strings with fillText (text, never parsed)
    const drawn: string[] = [];
    const ctx = new Proxy({ fillText: (t: string) => drawn.push(t), createLinearGradient: () => ({ addColorStop() {} }) }, { get: (o, k) => (k in o ? o[k as keyof typeof o] : () => undefined), set: () => true });
    paintCaption(ctx as unknown as CanvasRenderingContext2D, layout, 0, CANVAS_COLORS.light, 'Inter');
    expect(drawn).toContain('<script>alert(1)</script> & "Harbours"');
    expect(drawn).toContain('<img src=x onerror=alert(2)>');
  });

  it('stays inside a narrow picture: rows wrap, a long dataset name wraps onto rows left of the date, whole', () => {
    const long = structuredClone(bundle) as Bundle;
    long.name = 'A Very Long Dataset Name About Harbours, Lanterns, Kites and Rivers';
    const layout = layoutCaption(captionFacts(input({ bundle: long })), 360, 'Inter', measure);
    for (const item of layout.items) {
      if (item.kind !== 'text') continue;
      const x0 = item.align === 'right' ? item.x - measure(item.text) : item.x;
      expect(x0, item.text).toBeGreaterThanOrEqual(14 - 1e-9);
      expect(x0 + measure(item.text), item.text).toBeLessThanOrEqual(360 - 14 + 1e-9);
    }
    // the name whole over its rows (it was cut to fit one row beside the date: "Wang, Jialiang — p…" on a phone)
    const titleRuns = layout.items.filter((item) => item.kind === 'text' && item.size === 15).map((item) => (item.kind === 'text' ? item.text : ''));
    expect(titleRuns.length).toBeGreaterThan(1);
    expect(titleRuns.join(' ')).toBe(long.name);
    // more rows than the wide caption's, all inside its height
    expect(layout.height).toBeGreaterThan(layoutCaption(captionFacts(input({ bundle: long })), 1000, 'Inter', measure).height);
    for (const item of layout.items) expect(item.y).toBeLessThan(layout.height);
  });

  it('a dataset name too long for three rows ends in "…" on the third; a word wider than a row is cut', () => {
    const rows = titleRows('one two three four five six seven eight nine ten', () => 10 * 7, (t) => t.length * 7);
    expect(rows).toEqual(['one two', 'three four', 'five six…']);
    expect(titleRows('Wang, Jialiang — papers and co-authors', (row) => (row === 0 ? 20 * 7 : 40 * 7), (t) => t.length * 7)).toEqual(['Wang, Jialiang —', 'papers and co-authors']);
    expect(titleRows('Supercalifragilistic words', () => 8 * 7, (t) => t.length * 7)).toEqual(['Superca…', 'words']);
    // a name of one long word, too wide beside the date: on the row under it, whole
    expect(titleRows('acl_2016_2021_all', (row) => (row === 0 ? 10 * 7 : 40 * 7), (t) => t.length * 7)).toEqual(['', 'acl_2016_2021_all']);
  });

  it('a map of many communities lists the 12 largest in the picture, the tiny groups as one grey entry, and counts the rest', () => {
    const sizes = Array.from({ length: 40 }, (_, i) => (i < 30 ? 50 - i : 2));
    const names = sizes.map((_, i) => `topic ${i + 1}`);
    const palette = sizes.map((_, i) => (i >= 12 && sizes[i]! <= 2 ? '#a3a9b3' : `#0000${String(i).padStart(2, '0')}`));
    const legend = communityLegend([39, 0, 5, 14, 13, 12, 11, 10, 9, 8, 7, 6, 4, 3, 2, 1, 35], names, sizes, palette, 2);
    expect(legend.kind).toBe('community');
    if (legend.kind !== 'community') return;
    expect(legend.entries.map((e) => e.name)).toEqual(['topic 1', 'topic 2', 'topic 3', 'topic 4', 'topic 5', 'topic 6', 'topic 7', 'topic 8', 'topic 9', 'topic 10', 'topic 11', 'topic 12']);
    expect(legend.more).toBe(3);
    expect(legend.small).toBe('#a3a9b3');
    const layout = layoutCaption({ title: 'Invented', stamp: '2026-12-02 · Coauthor Atlas', counts: '1 author, 1 paper', extent: 'x', colour: legend, marks: ['Disc size: papers per author'] }, 1200, 'Inter', measure);
    const texts = layout.items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
    expect(texts).toContain('groups of 1–2 authors');
    expect(texts).toContain('+ 3 more communities (colours may repeat)');
  });

  it('the counts, with the filters, and how much of the map a picture holds', () => {
    expect(countsText(10, 9, 10, 9, true)).toBe('10 authors, 9 papers');
    expect(countsText(6, 8, 10, 9, true)).toBe('6 of 10 authors, 8 of 9 papers shown (filters)');
    expect(countsText(10, 0, 10, 9, false)).toBe('10 authors, 9 papers');
    // the co-author view (papers not shown): a filtered count does not call the dataset's papers shown (a tester read
    // "129 of 36,784 authors, 29,546 papers shown")
    expect(countsText(129, 0, 36784, 29546, false, 'the network of Christopher D. Manning, 1 step')).toBe('129 of 36,784 authors shown (the network of Christopher D. Manning, 1 step)');
    expect(countsText(84, 157, 7513, 3022, true, 'the network of Ting Liu, 1 step')).toBe('84 of 7,513 authors, 157 of 3,022 papers shown (the network of Ting Liu, 1 step)');
    expect(viewExtent(1500, 36784, 36784)).toBe('This view as drawn: 1,500 of 36,784 authors (35,284 smaller ones left out at this zoom)');
    expect(viewExtent(746, 5274, 36784)).toBe('This view as drawn: 746 of 36,784 authors (4,528 smaller ones left out at this zoom; 31,510 outside this framing)');
    expect(viewExtent(109, 109, 109)).toBe('This view as drawn: all 109 authors');
    expect(wholeExtent(36784, 29546, 109747, 36784)).toBe('Whole map: all 36,784 authors, 29,546 papers and 109,747 links');
    expect(wholeExtent(5274, 0, 42, 36784)).toBe('Every author at this framing: 5,274 of 36,784 authors and 42 links');
    // an ego view's every-author picture is its network, not the whole map
    expect(wholeExtent(84, 157, 175, 84, true)).toBe('The whole network shown: all 84 authors, 157 papers and 175 links');
  });
});
