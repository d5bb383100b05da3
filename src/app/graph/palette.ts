/**
 * Colours for communities: a categorical palette for the largest ones, then evenly spread hues,
 * and a quiet grey for tiny groups so the eye goes to the structure that matters.
 */
import type { Theme } from '../theme';

/** Observable 10 with two extra, chosen for contrast on light and dark backgrounds. */
const CATEGORICAL = [
  '#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7',
  '#a463f2', '#97bbf5', '#9c6b4e', '#d4a6c8', '#2a9d8f', '#e76f51',
];

export const SMALL_COMMUNITY_SIZE = 2;

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): string => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** Colour for each community index (communities are numbered by size, largest first). */
export function communityColors(sizes: readonly number[], theme: Theme): string[] {
  const smallGrey = theme === 'dark' ? '#6b7280' : '#a3a9b3';
  return sizes.map((size, i) => {
    if (i < CATEGORICAL.length) return CATEGORICAL[i];
    if (size <= SMALL_COMMUNITY_SIZE) return smallGrey;
    // golden-angle hues so neighbours in the list differ
    const hue = (i * 137.508) % 360;
    // lightness so that every hue keeps 1.8:1 against the background (yellows are the palest)
    return hslToHex(hue, 0.55, theme === 'dark' ? 0.62 : 0.45);
  });
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mix `hex` toward `toward` by `t` (0: unchanged, 1: `toward`). */
export function mix(hex: string, toward: string, t: number): string {
  const a = hexToRgb(hex);
  const b = hexToRgb(toward);
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
