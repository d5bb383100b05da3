/**
 * Shared by the browser benchmarks: the explorer built once per run (production mode) into
 * bench-output/site, served on loopback, one headless Chromium, and a fresh page (own context:
 * empty IndexedDB, no memory carried over) for each item measured.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, openPage } from '../../test/e2e/browser';
import { serveStatic } from '../../test/e2e/static-server';
import { ensureDefaultData } from '../ensure-default';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BENCH_SITE = path.join(ROOT, 'bench-output', 'site');
export const BENCH_SHOTS = path.join(ROOT, 'bench-output', 'screens');

let built: Promise<unknown> | null = null;

function buildSite(): Promise<unknown> {
  // the site opens the default dataset (public/data, copied into the build): built here when missing or stale,
  // as `npm start` does, so a fresh checkout's bench does not start from the "No dataset yet" screen
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    ensureDefaultData();
  } finally {
    process.chdir(cwd);
  }
  process.env.NODE_ENV = 'production';
  // ATLAS_BENCH_MINIFY=0 (scripts/profile-browser.ts): function names in CPU profiles are the source's
  const minify = process.env.ATLAS_BENCH_MINIFY !== '0';
  built ??= build({ root: ROOT, mode: 'production', configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: minify ? BENCH_SITE : `${BENCH_SITE}-unminified`, emptyOutDir: true, minify } });
  return built;
}

/**
 * Run `measure` for each item in a fresh page; a failing item is reported and skipped (exit code 1).
 * `userMode`: the app as users get it (camera animation on); by default its test mode.
 */
export async function benchInFreshPages<T, R>(
  label: string,
  items: T[],
  idOf: (item: T) => string,
  measure: (page: Page, siteUrl: string, item: T) => Promise<R>,
  mounts: Record<string, string> = {},
  { userMode = false }: { userMode?: boolean } = {},
): Promise<R[]> {
  await buildSite();
  const server = await serveStatic(process.env.ATLAS_BENCH_MINIFY === '0' ? `${BENCH_SITE}-unminified` : BENCH_SITE, mounts);
  const browser = await launchChromium();
  const rows: R[] = [];
  try {
    for (const item of items) {
      const { page } = await openPage(browser, {}, { userMode });
      try {
        rows.push(await measure(page, server.url, item));
        process.stderr.write(`${label}: ${idOf(item)} done\n`);
      } catch (err) {
        process.stderr.write(`${label}: ${idOf(item)} failed: ${(err as Error).stack ?? (err as Error).message}\n`);
        process.exitCode = 1;
      } finally {
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
