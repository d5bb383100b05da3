/**
 * The explorer's rooms (issue 8): no import circle in src/, the core never imports the app, and the shared
 * parts of the app (controllers, panels, graph, store, data, search, hooks, url) never import a feature folder
 * (features are passed in, never imported back). Run-time imports only: `import type` ties nothing at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const IMPORT = /(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

const files = sourceFiles(SRC);
const known = new Set(files);
function target(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (known.has(c)) return c;
  return null;
}
/** Run-time imports of each file (relative paths under src/). */
const imports = new Map<string, string[]>();
for (const f of files) {
  const out: string[] = [];
  for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
    if (m[1]) continue;
    const t = target(f, (m[2] ?? m[3])!);
    if (t) out.push(relative(SRC, t));
  }
  imports.set(relative(SRC, f), out);
}

describe('src/ structure', () => {
  it('reads the source tree (the scan is not empty)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(imports.get('app/main.tsx')?.length).toBeGreaterThan(0);
  });

  it('has no import circle', () => {
    // Tarjan's strongly connected components over the run-time imports
    let next = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      for (const w of imports.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const c: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          c.push(w);
        } while (w !== v);
        if (c.length > 1) circles.push(c.sort());
      }
    };
    for (const v of imports.keys()) if (!index.has(v)) visit(v);
    expect(circles).toEqual([]);
  });

  it('the core imports nothing of the app; shared app parts import no feature', () => {
    const breaks: string[] = [];
    for (const [from, tos] of imports) {
      for (const to of tos) {
        if (from.startsWith('core/') && to.startsWith('app/')) breaks.push(`${from} -> ${to}`);
        if (/^app\/(controllers|panels|graph|store|data|search|hooks|url)\//.test(from) && to.startsWith('app/features/')) breaks.push(`${from} -> ${to}`);
      }
    }
    expect(breaks).toEqual([]);
  });
});
