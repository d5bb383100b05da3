/** Light/dark theme (the reader's choice, or the system's setting: theme-choice.ts); canvas colours that CSS cannot reach. */
import type { Theme } from '../core/appearance/palette';
import { readThemeChoice, resolveTheme, systemIsDark } from './theme-choice';

export type { Theme };

export interface CanvasColors {
  background: string;
  label: string;
  labelHalo: string;
  edge: string;
  edgeStrong: string;
  paper: string;
  focal: string;
  /**
   * Opacity of a faint name (something else is emphasised): the name stands about 17 from the background in
   * lightness (|ΔL*|, graph/contrast.ts `lightnessStep`) on both themes; the light theme's 0.22 on the dark one made
   * the context's names stand 21.5 from it, brighter than the light theme's and than its dimmed discs.
   */
  labelFaintAlpha: number;
}

export const CANVAS_COLORS: Record<Theme, CanvasColors> = {
  light: {
    background: '#fbfbfa',
    label: '#1f2328',
    labelHalo: 'rgba(251,251,250,0.92)',
    // links: at least 1.8:1 against the background (graph/contrast.ts; test/app/contrast.test.ts)
    edge: '#b4b8bf',
    edgeStrong: '#7d8590',
    paper: '#8b929c',
    focal: '#111827',
    labelFaintAlpha: 0.22,
  },
  dark: {
    background: '#15171c',
    label: '#e6e8eb',
    labelHalo: 'rgba(21,23,28,0.9)',
    edge: '#4a505c',
    edgeStrong: '#9aa3b0',
    paper: '#8d96a3',
    focal: '#ffffff',
    labelFaintAlpha: 0.17,
  },
};

/**
 * The theme the page opens in: the reader's kept choice (theme-choice.ts, System / Light / Dark) with the system's
 * setting under "System". Throws nothing.
 */
export function startTheme(): Theme {
  return resolveTheme(readThemeChoice(), systemIsDark());
}
