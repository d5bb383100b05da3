/**
 * npm runs a script named `pre<name>` before `<name>` and `post<name>` after it. A script called `preview`
 * was once run before every `npm run view -- DIR`, which then served `vite preview` and never opened the
 * bundle: no script may be another's hook by accident.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('package.json scripts', () => {
  it('no script is the pre/post hook of another', () => {
    const names = Object.keys(pkg.scripts);
    const hooks = names.filter((n) => names.some((m) => n === `pre${m}` || n === `post${m}`));
    expect(hooks).toEqual([]);
  });

  it('the README commands name scripts that exist', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const used = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((n) => !(n in pkg.scripts))).toEqual([]);
  });
});
