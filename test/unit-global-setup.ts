/**
 * Unit-test global setup: builds the shared `acl_2020_main.jsonl` fixture ONCE per run (default options)
 * and hands it to every test file through vitest's `provide`/`inject`, instead of each file building it again.
 * Test files read it with `aclMain()` from `test/core/helpers.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDataset } from '../src/core/pipeline';

declare module 'vitest' {
  export interface ProvidedContext {
    /** JSON of `buildDataset([acl_2020_main.jsonl])` with default options: `{ bundle, abstracts, report }`. */
    aclMainBuild: string;
  }
}

export default function setup(project: TestProject): void {
  const file = path.resolve(import.meta.dirname, 'fixtures', 'acl_2020_main.jsonl');
  const result = buildDataset([{ name: 'acl_2020_main.jsonl', text: readFileSync(file, 'utf8') }]);
  project.provide('aclMainBuild', JSON.stringify(result));
}
