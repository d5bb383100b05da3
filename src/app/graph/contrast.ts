/**
 * Contrast of canvas colours against their background, as WCAG 2 defines it (relative luminance,
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), and fading that stops where a colour would
 * become too faint to see. Colours are `#rrggbb`.
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
