/**
 * One breakpoint for the phone layout: every `@media` rule of the app's stylesheets that names the layout's width
 * (820/821 px) is the script's `NARROW_MEDIA` (src/app/narrow.ts) or its complement `WIDE_MEDIA` (optionally
 * narrowed by more conditions after it), so the drawer's Escape and Back (narrow.ts's `isNarrow`) and the
 * Rankings table's closing agree with what the page shows. A phone turned to landscape (844×390) is narrow.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { NARROW_MEDIA, WIDE_MEDIA } from '../../src/app/narrow';

const ROOT = fileURLToPath(new URL('../../src/app', import.meta.url));

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

const rules = cssFiles(ROOT).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ where: `${file.slice(ROOT.length + 1)}:${i + 1}`, query: /^\s*@media\s+(.*?)\s*\{/.exec(line)?.[1] }))
    .filter((r): r is { where: string; query: string } => r.query !== undefined && /\b82[01]px/.test(r.query)),
);

it('the stylesheets name the phone layout in the words of narrow.ts', () => {
  expect(rules.length).toBeGreaterThan(5);
  for (const { where, query } of rules) {
    const ok = query === NARROW_MEDIA || query === WIDE_MEDIA || query.startsWith(`${WIDE_MEDIA} and `);
    expect(ok, `${where}: @media ${query}`).toBe(true);
  }
  // both layouts are written
  expect(rules.some((r) => r.query === NARROW_MEDIA)).toBe(true);
  expect(rules.some((r) => r.query.startsWith(WIDE_MEDIA))).toBe(true);
});

it('a phone turned to landscape (844×390) is narrow: the height counts, not only the width', () => {
  expect(NARROW_MEDIA).toBe('(max-width: 820px), (max-height: 500px)');
  expect(WIDE_MEDIA).toBe('(min-width: 821px) and (min-height: 501px)');
});
