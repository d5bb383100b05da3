/**
 * The page's text colours (styles/base.css's custom properties), in both themes, on every background they are
 * written on: WCAG AA's 4.5:1 for text. A tester measured the secondary text (`--text-3`: section kickers, the
 * stat tiles' labels, co-author counts, the year axis) at 3.15:1 on the light theme's grey tiles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../src/app/graph/contrast';

const css = readFileSync(new URL('../../src/app/styles/base.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` (or `:root[…] { … }`) block in `source` (name without `--` → value). */
function variables(source: string): Record<string, string> {
  const block = /:root(?:\[[^\]]*\])?\s*\{([^}]*)\}/.exec(source);
  if (!block) throw new Error('styles/base.css: no :root block');
  const out: Record<string, string> = {};
  for (const m of block[1]!.matchAll(/--([\w-]+):\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

const light = variables(css);
// the dark theme's block: chosen in Appearance, or the system's under System (the early script sets data-theme)
const darkAt = css.indexOf(":root[data-theme='dark']");
if (darkAt < 0) throw new Error("styles/base.css: no :root[data-theme='dark'] block");
const darkBlock = css.slice(darkAt);
const dark = { ...light, ...variables(darkBlock) };

const TEXTS = ['text', 'text-2', 'text-3', 'accent', 'danger'];
// the page's background, the cards and side panel, the stat tiles and segmented switches, a selected row
const BACKGROUNDS = ['bg', 'surface', 'surface-2', 'accent-soft'];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s theme', (_theme, vars) => {
  it.each(TEXTS)('--%s is readable text (≥ 4.5:1) on every background', (text) => {
    for (const background of BACKGROUNDS) {
      const fg = vars[text];
      const bg = vars[background];
      expect(fg, `--${text}`).toMatch(/^#[0-9a-f]{6}$/i);
      expect(bg, `--${background}`).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrastRatio(fg!, bg!), `--${text} ${fg} on --${background} ${bg}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });
});

it('the dark theme sets its own text and background colours', () => {
  for (const name of [...TEXTS, ...BACKGROUNDS]) expect(dark[name], `--${name}`).not.toBe(light[name]);
});
