/**
 * Every `:hover` rule of the app's styles lies inside `@media (hover: hover)`: a phone's browser keeps `:hover`
 * on a tapped element until the next tap elsewhere, so a hover look outside that query stayed on a tapped button
 * (e2e touch-hover-look checks it in Chromium). A selector list that mixes `:hover` with a state a finger or the
 * keyboard has (`:focus-visible`, `[aria-sort]`) is split, so the other state keeps its look everywhere. A press
 * (`:active`) takes the accent only there too: Chromium keeps a tapped element `:active` a while, and the accent
 * reads as a chosen state (e2e touch-hover-look).
 * Parsed with PostCSS (Vite's CSS parser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss, { type AtRule, type Node, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The `.css` files under `dir`, recursively (paths relative to src/). */
function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.css'))
    .map((d) => path.relative(SRC, path.join(d.parentPath, d.name)));
}

/** Whether `rule` lies in an `@media` whose query asks for a hovering pointer. */
function underHoverMedia(rule: Rule): boolean {
  for (let p: Node | undefined = rule.parent; p; p = p.parent) {
    if (p.type === 'atrule' && (p as AtRule).name === 'media' && /\(\s*hover\s*:\s*hover\s*\)/.test((p as AtRule).params)) return true;
  }
  return false;
}

describe('hover looks only where a pointer hovers', () => {
  const files = cssFiles(SRC);

  it('finds the styles', () => {
    expect(files).toContain(path.join('app', 'styles', 'buttons.css'));
  });

  it('every :hover rule is inside @media (hover: hover), alone in its selector list', () => {
    const outside: string[] = [];
    const mixed: string[] = [];
    for (const file of files) {
      postcss.parse(readFileSync(path.join(SRC, file), 'utf8'), { from: file }).walkRules((rule) => {
        const selectors = rule.selectors.filter((s) => s.includes(':hover'));
        if (selectors.length === 0) return;
        const where = `${file}:${rule.source?.start?.line} ${rule.selector.replace(/\s+/g, ' ')}`;
        if (!underHoverMedia(rule)) outside.push(where);
        if (selectors.length < rule.selectors.length) mixed.push(where);
      });
    }
    expect(outside, ':hover rules outside @media (hover: hover)').toEqual([]);
    expect(mixed, ':hover beside other states in one rule').toEqual([]);
  });

  it('a press (:active) takes the accent only inside @media (hover: hover): on a touch screen the accent stayed on a tapped button', () => {
    // Chromium keeps a tapped element :active a while after the finger lifts (longer behind a phone's share sheet):
    // the top bar's Share link icon looked switched on after a tap (a tester); a finger's press is grey instead
    const accented: string[] = [];
    for (const file of files) {
      postcss.parse(readFileSync(path.join(SRC, file), 'utf8'), { from: file }).walkRules((rule) => {
        if (!rule.selectors.some((s) => s.includes(':active')) || underHoverMedia(rule)) return;
        rule.walkDecls((d) => {
          if (/^(color|border(-color)?|background(-color)?|outline(-color)?)$/.test(d.prop) && d.value.includes('--accent')) {
            accented.push(`${file}:${rule.source?.start?.line} ${rule.selector.replace(/\s+/g, ' ')} { ${d.prop}: ${d.value} }`);
          }
        });
      });
    }
    expect(accented, ':active rules with the accent outside @media (hover: hover)').toEqual([]);
  });
});
