/**
 * The key of a fixture built with the pipeline and cached across test runs (test/e2e/big-bundles.ts, the unit
 * global setup's acl_2020_main build): the fixture's bytes, every `.ts` file of src/core (path relative to the
 * project, so a worktree keeps its cache, and text) and the CLI's parts such a build uses. Any change to the
 * pipeline's source gives a new key, so a cached build is always the build of the code under test.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** 16 hex digits of SHA-1 over `fixturePath`'s bytes and the pipeline's source (see above). */
export function sourceHash(fixturePath: string): string {
  const h = createHash('sha1');
  h.update(readFileSync(fixturePath));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      // the path relative to the project: a moved or second checkout (a worktree) keeps its cache
      else if (name.endsWith('.ts')) h.update(path.relative(ROOT, p)).update(readFileSync(p));
    }
  };
  walk(path.join(ROOT, 'src/core'));
  // the CLI's parts the e2e builds use
  for (const file of ['scripts/lib/labeler.ts', 'scripts/lib/write-dataset.ts']) h.update(readFileSync(path.join(ROOT, file)));
  return h.digest('hex').slice(0, 16);
}
