/** Every colour the canvas draws, in both themes, against its background (WCAG contrast ratio). */
import { describe, expect, it } from 'vitest';
import { contrastRatio, fadeToward, lightnessStep, MIN_MARK_CONTRAST, MIN_TEXT_CONTRAST } from '../../src/app/graph/contrast';
import { mix } from '../../src/core/appearance/palette';
import { communityColors } from '../../src/core/appearance/palette';
import { CANVAS_COLORS, type Theme } from '../../src/app/theme';
import { communityNodeColours, linkColours, nodeColours } from '../../src/app/graph/colours';
import { yearColours } from '../../src/app/data/per-bundle';
import { buildText } from '../core/helpers';

const THEMES: Theme[] = ['light', 'dark'];
// community sizes like the 30k map's: a long tail of small groups
const SIZES = Array.from({ length: 300 }, (_, i) => Math.max(1, Math.round(1500 / (i + 1))));
// papers from 2016 to 2021, one author per year (invented names), like the ACL map's span
const YEARS = buildText(
  'years.jsonl',
  [2016, 2017, 2018, 2019, 2020, 2021]
    .map((year, i) => JSON.stringify({ id: `p${i}`, title: `Paper of ${year}`, authors: [`Ima Year${year}`], year, venue: null, doi: null, abstract: null }))
    .join('\n'),
).bundle;

describe.each(THEMES)('%s theme', (theme) => {
  const c = CANVAS_COLORS[theme];
  it('labels are readable text (≥ 4.5:1)', () => {
    expect(contrastRatio(c.label, c.background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('links, papers, focal ring and community colours stand out (≥ 1.8:1)', () => {
    for (const [name, color] of Object.entries({ edge: c.edge, edgeStrong: c.edgeStrong, paper: c.paper, focal: c.focal })) {
      expect(contrastRatio(color, c.background), name).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
    }
    for (const color of new Set(communityColors(SIZES, theme))) {
      expect(contrastRatio(color, c.background), color).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
    }
  });

  it('faded overview links keep that contrast', () => {
    for (const color of new Set([...communityColors(SIZES, theme), c.edgeStrong])) {
      const link = fadeToward(color, c.background, 0.62);
      expect(contrastRatio(link, c.background), `${color} -> ${link}`).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST - 0.01);
    }
  });

  it('every link colour the canvas draws (graph/colours.ts linkColours) keeps that contrast', () => {
    const links = linkColours(theme);
    const drawn = [links.bridge, ...communityColors(SIZES, theme).map((colour) => links.within(colour))];
    for (let k = 0; k <= 16; k++) drawn.push(links.byStrength(k / 16));
    for (const link of new Set(drawn)) {
      expect(contrastRatio(link, c.background), link).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST - 0.01);
    }
    // stronger links are darker on light, lighter on dark: the weakest and strongest shades differ
    expect(links.byStrength(0)).toBe(c.edge);
    expect(links.byStrength(1)).not.toBe(c.edge);
  });

  it('colour by year: every year of the scale, on the canvas and in its legend, stands out (≥ 1.8:1), earliest to latest in order', () => {
    const { scale } = yearColours(YEARS, theme);
    const drawn = nodeColours(YEARS, theme, 'year').author;
    expect(drawn).toHaveLength(6);
    // fractional mean years too (an author with papers from several years)
    const between = Array.from({ length: 51 }, (_, k) => scale.colour(2016 + k / 10));
    for (const colour of new Set([...drawn, ...scale.stops.map((s) => s.colour), ...between])) {
      expect(contrastRatio(colour, c.background), colour).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
    }
    // the legend shows the canvas's colours
    expect(scale.stops.map((s) => s.colour)).toEqual(drawn);
    // still a sequential scale: lighter with each year (viridis's luminance rises with the year)
    const ratios = scale.stops.map((s) => contrastRatio(s.colour, '#000000'));
    expect(ratios.every((r, i) => i === 0 || r > ratios[i - 1]!)).toBe(true);
  });
});

describe('the context behind a selection (dimmed nodes, faint names) on the dark theme as on the light one', () => {
  // lightness steps from the background (|ΔL*|, CIE L*: equal steps look about equal on light and dark)
  const dimmedSteps = (theme: Theme) => {
    const { background } = CANVAS_COLORS[theme];
    const { author, authorDim } = communityNodeColours(SIZES, theme);
    const byYear = nodeColours(YEARS, theme, 'year');
    const pairs = [...author.map((a, i) => [a, authorDim[i]!]), ...byYear.author.map((a, i) => [a, byYear.authorDim[i]!]), ...byYear.paper.map((p, i) => [p, byYear.paperDim[i]!])];
    return pairs.map(([full, dim]) => ({ full: lightnessStep(full!, background), dim: lightnessStep(dim!, background), colour: `${full} -> ${dim}` }));
  };

  it.each(THEMES)('%s: every dimmed node is still seen (≥ 9 L* from the background) and clearly behind (≤ 12, and under half its full colour’s step)', (theme) => {
    for (const { full, dim, colour } of dimmedSteps(theme)) {
      expect(dim, colour).toBeGreaterThanOrEqual(9);
      expect(dim, colour).toBeLessThanOrEqual(12);
      expect(dim, colour).toBeLessThan(full / 2);
    }
  });

  it('the two themes dim alike: median steps within 1 L* (a fixed mix left pale colours near-invisible on light, ΔL* 4.7, and dark ones brighter)', () => {
    const median = (theme: Theme) => {
      const steps = dimmedSteps(theme).map((s) => s.dim).sort((a, b) => a - b);
      return steps[steps.length >> 1]!;
    };
    expect(Math.abs(median('light') - median('dark'))).toBeLessThanOrEqual(1);
  });

  it('faint names stand as far from the background on both themes (within 1.5 L*), fainter than full names', () => {
    const step = (theme: Theme) => {
      const c = CANVAS_COLORS[theme];
      return lightnessStep(mix(c.label, c.background, 1 - c.labelFaintAlpha), c.background);
    };
    expect(Math.abs(step('light') - step('dark'))).toBeLessThanOrEqual(1.5);
    for (const theme of THEMES) expect(step(theme)).toBeLessThan(lightnessStep(CANVAS_COLORS[theme].label, CANVAS_COLORS[theme].background) / 3);
  });
});
