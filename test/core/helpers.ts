import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildDataset, type BuildRequest, type BuildResult } from '../../src/core/pipeline';
import { decodeInputFile } from '../../src/core/ingest/decode-input';
import type { InputFile } from '../../src/core/ingest/types';
import { IngestError } from '../../src/core/ingest/errors';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_PATH = join(ROOT, 'public', 'samples', 'wang-jialiang.txt');
export const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name);

/** A fixture as the CLI reads it (decodeInput: gzip, BOMs, Windows-1252 fallback), named by its base name. */
export function readText(path: string): InputFile {
  return decodeInputFile(readFileSync(path), path.replace(/^.*[\\/]/, ''));
}

export function buildFiles(paths: string[], req: BuildRequest = {}) {
  return buildDataset(paths.map(readText), req);
}

export function buildText(name: string, text: string, req: BuildRequest = {}) {
  return buildDataset([{ name, text }], req);
}

let aclMainCache: BuildResult | null = null;

/**
 * `buildDataset([acl_2020_main.jsonl])` with default options, built once per test run by
 * `test/unit-global-setup.ts` and parsed once per test file (the bundle is plain JSON data).
 */
export function aclMain(): BuildResult {
  aclMainCache ??= JSON.parse(inject('aclMainBuild')) as BuildResult;
  return aclMainCache;
}

/** The IngestError `f` throws; rethrows any other error; fails when `f` throws nothing. */
export function ingestErrorOf(f: () => unknown): IngestError {
  try {
    f();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('no error');
}
