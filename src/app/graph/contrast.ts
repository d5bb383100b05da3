/**
 * Contrast of canvas colours against their background, as WCAG 2 defines it (relative luminance,
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), and fading that stops where a colour would
 * become too faint to see; and the lightness step of a colour from the background (CIE L*), by which a
 * de-emphasised colour is set as far behind on the dark theme as on the light one. Colours are `#rrggbb`.
 */
import { mix } from '../../core/appearance/palette';

/** Least contrast of a thin line (a link) or a small mark against the canvas background. */
export const MIN_MARK_CONTRAST = 1.8;
/** Least contrast of label text (WCAG AA for normal text). */
export const MIN_TEXT_CONTRAST = 4.5;

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1, 7), 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two `#rrggbb` colours: 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * `color` mixed toward `background` by up to `t` (0..1), but no further than keeps `minContrast`
 * against the background (when `color` itself has less, it is returned unchanged).
 */
export function fadeToward(color: string, background: string, t: number, minContrast = MIN_MARK_CONTRAST): string {
  if (contrastRatio(color, background) < minContrast) return color;
  const full = mix(color, background, t);
  if (contrastRatio(full, background) >= minContrast) return full;
  let lo = 0;
  let hi = t;
  for (let k = 0; k < 12; k++) {
    const mid = (lo + hi) / 2;
    if (contrastRatio(mix(color, background, mid), background) >= minContrast) lo = mid;
    else hi = mid;
  }
  return mix(color, background, lo);
}

/**
 * CIE 1976 lightness L* (0 black to 100 white) of a `#rrggbb` colour, from its relative luminance Y (sRGB, D65
 * white): 116·Y^(1/3) − 16, or 903.3·Y below Y = 0.008856 (CIE 15:2004). Unlike the WCAG ratio, equal steps of
 * L* look about equal on a light and on a dark background.
 */
export function lightness(hex: string): number {
  const y = luminance(hex);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

/** How far `color` stands out from `background` in lightness: |ΔL*| (0 to 100), see `lightness`. */
export function lightnessStep(color: string, background: string): number {
  return Math.abs(lightness(color) - lightness(background));
}

/** Each 8-bit sRGB channel value linearised (as `luminance` does), looked up instead of worked out per try. */
const LINEAR = Float64Array.from({ length: 256 }, (_, v) => {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});

/**
 * `color` mixed toward `background` until its lightness step from the background (`lightnessStep`) is `step`,
 * mixing by at least `least` and at most `most` (0..1) of the way: a de-emphasised node is then as far behind
 * whatever its own colour and whatever the theme (mixing every colour by one fixed share left pale ones nearly
 * invisible on the light theme, ΔL* 4.7, and bright ones standing out on the dark one, ΔL* up to 20).
 * @param color `#rrggbb`
 * @param background `#rrggbb`
 * @param step the wanted |ΔL*|, 0..100
 * @param least smallest share mixed, 0..1
 * @param most largest share mixed, least..1
 * @returns a `#rrggbb` colour; never throws
 */
export function dimToStep(color: string, background: string, step: number, least: number, most: number): string {
  // worked out on the channels (no string per try): mixed as `mix` mixes, rounded to whole channel values
  const a = parseInt(color.slice(1, 7), 16);
  const b = parseInt(background.slice(1, 7), 16);
  const target = lightness(background);
  const channelAt = (shift: number, t: number) => {
    const x = (a >> shift) & 255;
    return Math.max(0, Math.min(255, Math.round(x + t * (((b >> shift) & 255) - x))));
  };
  const stepAt = (t: number) => {
    const y = 0.2126 * LINEAR[channelAt(16, t)]! + 0.7152 * LINEAR[channelAt(8, t)]! + 0.0722 * LINEAR[channelAt(0, t)]!;
    return Math.abs((y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y) - target);
  };
  // the step shrinks as the share mixed grows (a mix toward the background only comes nearer it in lightness)
  let t: number;
  if (stepAt(least) <= step) t = least;
  else if (stepAt(most) >= step) t = most;
  else {
    let lo = least;
    let hi = most;
    for (let k = 0; k < 14; k++) {
      const mid = (lo + hi) / 2;
      if (stepAt(mid) > step) lo = mid;
      else hi = mid;
    }
    t = (lo + hi) / 2;
  }
  return mix(color, background, t);
}
