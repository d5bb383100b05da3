/**
 * The reader's theme choice (System, Light or Dark), kept in this browser's localStorage, and the theme it gives.
 * The page's CSS colours hang on `html[data-theme]` ('light' | 'dark', styles/base.css); the classic early
 * script in index.html's <head> (vite.config.ts `earlyScript`) sets it before the first paint (`applyEarlyTheme`),
 * so a page kept dark on a light system does not flash light. The app then keeps it (App.tsx `useThemeChoice`:
 * the system's live switch under "System", the choice otherwise) and the store's `theme` for the canvas's colours.
 * Small and free of the app's other modules: the early script imports it.
 */

/** What the reader chose: follow the system's setting, or one theme always. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The localStorage key the choice is kept under. */
export const THEME_KEY = 'coauthor-atlas-theme';

/** `value` (a stored string, or anything) as a choice: 'light' or 'dark' as they are, anything else 'system'. */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The choice kept in this browser ('system' when none is kept, or localStorage cannot be read). Throws nothing. */
export function readThemeChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

/** Keep `choice` in this browser ('system' removes the key); where localStorage fails, nothing is kept. Throws nothing. */
export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, choice);
  } catch {
    // private mode or storage refused: the choice lasts for this page only
  }
}

/** The theme `choice` gives when the system asks for dark (`systemDark`: `prefers-color-scheme: dark`) or not. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Whether the system asks for a dark theme now (false where matchMedia is missing). */
export function systemIsDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

/** Mark the page with `theme` (`html[data-theme]`, which the CSS colours follow). Throws nothing. */
export function markTheme(theme: 'light' | 'dark'): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = theme;
}

/** The kept choice's theme on the page, before its first paint (the early script). Throws nothing. */
export function applyEarlyTheme(): void {
  markTheme(resolveTheme(readThemeChoice(), systemIsDark()));
}
