/**
 * The seed's bundle is built again when the builder's code is newer than it (`npm start` after a pull that changed how
 * community labels are written served the old labels: a tester found "movie gen" where a build gives "Movie Gen"):
 * `newestSource` finds the latest change under the builder's folders.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestSource } from '../../scripts/ensure-default';

describe('the builder code the seed bundle is checked against', () => {
  it('is as new as its newest file, in nested folders; a missing path counts as none', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-newest-'));
    mkdirSync(join(root, 'core', 'analyse'), { recursive: true });
    const old = join(root, 'core', 'a.ts');
    const fresh = join(root, 'core', 'analyse', 'terms.ts');
    writeFileSync(old, 'x');
    writeFileSync(fresh, 'y');
    utimesSync(old, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    utimesSync(fresh, new Date('2026-12-05T06:00:00Z'), new Date('2026-12-05T06:00:00Z'));
    expect(newestSource([join(root, 'core'), join(root, 'missing')])).toBe(Date.parse('2026-12-05T06:00:00Z'));
    expect(newestSource([join(root, 'missing')])).toBe(0);
  });
});
