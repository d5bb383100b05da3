/**
 * Colours shared by the viewer's canvas and every export (PNG, SVG, GEXF): the community palette and
 * colour mixing. Pure (no DOM), so the core's GEXF writer and the viewer use the same getters.
 *
 * Communities: Observable 10 (d3-scale-chromatic `schemeObservable10`) for the largest, its grey swapped
 * for a mauve and two more added for contrast on light and dark backgrounds; then golden-angle hues; a
 * quiet grey for tiny groups, so the eye goes to the structure that matters.
 */
import { hsl, rgb } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';
import { schemeObservable10 } from 'd3-scale-chromatic';

export type Theme = 'light' | 'dark';

/** The 12 categorical colours for the largest communities. */
export const CATEGORICAL: readonly string[] = [...schemeObservable10.slice(0, 9), '#d4a6c8', '#2a9d8f', '#e76f51'];

/** Communities of at most this many authors are drawn in grey. */
export const SMALL_COMMUNITY_SIZE = 2;

/**
 * Colour for each community index (communities are numbered by size, largest first), as CSS hex.
 * `sizes`: authors per community.
 */
export function communityColors(sizes: readonly number[], theme: Theme): string[] {
  const smallGrey = theme === 'dark' ? '#6b7280' : '#a3a9b3';
  return sizes.map((size, i) => {
    if (i < CATEGORICAL.length) return CATEGORICAL[i]!;
    if (size <= SMALL_COMMUNITY_SIZE) return smallGrey;
    // golden-angle hues so neighbours in the list differ; lightness so that every hue keeps 1.8:1 against the background
    return hsl((i * 137.508) % 360, 0.55, theme === 'dark' ? 0.62 : 0.45).formatHex();
  });
}

const HEX6 = /^#[0-9a-f]{6}$/i;

/**
 * Mix `colour` toward `toward` by `t` (0: unchanged, 1: `toward`), in RGB (d3-interpolate's `interpolateRgb`,
 * gamma 1); CSS hex out. Two `#rrggbb` colours are mixed here with the same arithmetic (each channel
 * `a + t·(b − a)`, rounded and clamped as d3-color's formatHex does), without d3's parse, interpolator and
 * string round trip: a big map's first picture mixes thousands of community colours (2,057 communities × 3 at
 * 30k papers), and d3's way cost ~100 ms of it on a cold page (CPU profile, load 18). Any other CSS colour goes
 * through d3.
 */
export function mix(colour: string, toward: string, t: number): string {
  if (HEX6.test(colour) && HEX6.test(toward)) {
    const a = parseInt(colour.slice(1), 16);
    const b = parseInt(toward.slice(1), 16);
    let out = '#';
    for (let shift = 16; shift >= 0; shift -= 8) {
      const x = (a >> shift) & 255;
      const v = Math.max(0, Math.min(255, Math.round(x + t * (((b >> shift) & 255) - x)))) | 0;
      out += (v < 16 ? '0' : '') + v.toString(16);
    }
    return out;
  }
  return rgb(interpolateRgb(colour, toward)(t)).formatHex();
}
