/** Every colour the canvas draws, in both themes, against its background (WCAG contrast ratio). */
import { describe, expect, it } from 'vitest';
import { contrastRatio, fadeToward, MIN_MARK_CONTRAST, MIN_TEXT_CONTRAST } from '../../src/app/graph/contrast';
import { communityColors } from '../../src/core/appearance/palette';
import { CANVAS_COLORS, type Theme } from '../../src/app/theme';
import { linkColours } from '../../src/app/graph/colours';

const THEMES: Theme[] = ['light', 'dark'];
// community sizes like the 30k map's: a long tail of small groups
const SIZES = Array.from({ length: 300 }, (_, i) => Math.max(1, Math.round(1500 / (i + 1))));

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
});
