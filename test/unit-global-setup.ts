/**
 * Unit-test global setup: builds the shared `acl_2020_main.jsonl` fixture ONCE per run (default options)
 * and hands it to every test file through vitest's `provide`/`inject`, instead of each file building it again.
 * Test files read it with `aclMain()` from `test/core/helpers.ts`.
 * The build's JSON is kept in test-output/unit-cache/, keyed like the e2e's big bundles by the fixture's bytes
 * and the pipeline's source (test/setup/source-hash.ts): a run after a change to src/core builds it again,
 * the others read it (~3 CPU-s of build before the first unit file could start).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDataset } from '../src/core/pipeline';
import { sourceHash } from './setup/source-hash';

declare module 'vitest' {
  export interface ProvidedContext {
    /** JSON of `buildDataset([acl_2020_main.jsonl])` with default options: `{ bundle, abstracts, report }`. */
    aclMainBuild: string;
  }
}

const CACHE_DIR = path.resolve(import.meta.dirname, '../test-output/unit-cache');

export default function setup(project: TestProject): void {
  const file = path.resolve(import.meta.dirname, 'fixtures', 'acl_2020_main.jsonl');
  const cached = path.join(CACHE_DIR, `acl_2020_main-${sourceHash(file)}.json`);
  let json: string;
  try {
    json = readFileSync(cached, 'utf8');
  } catch {
    json = JSON.stringify(buildDataset([{ name: 'acl_2020_main.jsonl', text: readFileSync(file, 'utf8') }]));
    mkdirSync(CACHE_DIR, { recursive: true });
    // older versions' builds go; the new one is switched in whole (a parallel run never reads half a file)
    for (const old of readdirSync(CACHE_DIR)) if (old.startsWith('acl_2020_main-') && old.endsWith('.json')) rmSync(path.join(CACHE_DIR, old), { force: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, cached);
  }
  project.provide('aclMainBuild', json);
}
