/**
 * The real bundles of the big-graph e2e checks: `acl_2020_main` (3k papers, 7.5k authors) and
 * `acl_2016_2021_all` (the 30k map), built from test/fixtures with the real pipeline and CLI options.
 * A build is cached in test-output/bundle-cache/, keyed by the fixture's bytes and the pipeline's source
 * (src/core), so only the first run after a change pays for it (the 30k layout takes minutes on 2 busy
 * cores); the bundle is then copied into the served e2e site and opened with `?bundle=`.
 * Call from a test file's beforeAll with a long timeout (`BIG_BUNDLE_TIMEOUT`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { buildDataset } from '../../src/core/pipeline';
import { defaultLabeler } from '../../scripts/lib/labeler';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { sourceHash } from '../setup/source-hash';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The served site (see global-setup.ts). */
const SITE_DIR = path.join(ROOT, 'test-output/e2e-site');
const CACHE_DIR = path.join(ROOT, 'test-output/bundle-cache');

export const BIG_BUNDLES = {
  acl_2020_main: { fixture: 'acl_2020_main.jsonl', name: 'ACL 2020 main' },
  acl_2016_2021_all: { fixture: 'acl_2016_2021_all.bib.gz', name: 'ACL Anthology 2016–2021' },
} as const;
export type BigBundleId = keyof typeof BIG_BUNDLES;

/** beforeAll timeout for a first (uncached) build of the 30k map. */
export const BIG_BUNDLE_TIMEOUT = 900_000;

/** Build one big bundle into the cache folder `cached` (through a temporary folder and a rename). */
function buildIntoCache(id: BigBundleId, fixturePath: string, name: string, cached: string): void {
  const fixture = path.basename(fixturePath);
  const bytes = readFileSync(fixturePath);
  const text = fixture.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const result = buildDataset([{ name: fixture.replace(/\.gz$/, ''), text }], { name, labeler: defaultLabeler() });
  const tmp = `${cached}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  writeDataset(tmp, result);
  for (const old of existsSync(CACHE_DIR) ? readdirSync(CACHE_DIR) : []) {
    if (old.startsWith(`${id}-`) && !old.startsWith(path.basename(cached)) && !old.endsWith('.lock')) rmSync(path.join(CACHE_DIR, old), { recursive: true, force: true });
  }
  renameSync(tmp, cached);
}

/** Take a lock folder (atomic `mkdir`); a lock older than 20 minutes is from a killed run and is taken over. */
function takeLock(lock: string): boolean {
  mkdirSync(path.dirname(lock), { recursive: true });
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > 20 * 60_000) rmSync(lock, { recursive: true, force: true });
    } catch {
      // gone meanwhile: the next round takes it
    }
    return false;
  }
}

/** Block this worker for `ms` milliseconds (the bundle helpers are synchronous). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Build (or take from the cache) the bundle `id` and serve it; returns the query that opens it
 * (`?bundle=data/<id>/bundle.json`).
 */
export function servedBundle(id: BigBundleId): string {
  const { fixture, name } = BIG_BUNDLES[id];
  const fixturePath = path.join(ROOT, 'test/fixtures', fixture);
  const cached = path.join(CACHE_DIR, `${id}-${sourceHash(fixturePath)}`);
  // e2e files run in parallel: the first to need a bundle builds it, the others wait for it
  while (!existsSync(path.join(cached, 'bundle.json'))) {
    if (!takeLock(`${cached}.lock`)) {
      sleep(500);
      continue;
    }
    try {
      if (!existsSync(path.join(cached, 'bundle.json'))) buildIntoCache(id, fixturePath, name, cached);
    } finally {
      rmSync(`${cached}.lock`, { recursive: true, force: true });
    }
  }
  // served from a copy switched in whole, so a page never reads a half-copied file
  const served = path.join(SITE_DIR, 'data', id);
  if (!existsSync(path.join(served, 'bundle.json'))) {
    const tmp = `${served}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    cpSync(cached, tmp, { recursive: true });
    try {
      renameSync(tmp, served);
    } catch {
      // another file served it first
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return `?bundle=data/${id}/bundle.json`;
}

/**
 * The beforeAll/afterAll of an e2e file that opens one big bundle: the bundle served (built once per source
 * version, see above) and a connection to the shared Chromium, handed to `ready(browser, query)` (`query` is
 * the `?bundle=` part for `appUrl`); the connection is closed after the file.
 */
export function useBigBundle(id: BigBundleId, ready: (browser: Browser, query: string) => void): void {
  let browser: Browser | null = null;
  beforeAll(async () => {
    const query = servedBundle(id);
    browser = await launchChromium();
    ready(browser, query);
  }, BIG_BUNDLE_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });
}
