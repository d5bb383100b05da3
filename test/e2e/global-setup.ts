/**
 * e2e setup, once per run: build the seed bundle with the real pipeline, build the app with Vite,
 * add broken bundles made from the real one (for the error screens), and serve it all over HTTP.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { buildDataset } from '../../src/core/pipeline';
import { defaultLabeler } from '../../scripts/lib/labeler';
import { registerDataset, writeDataset } from '../../scripts/lib/write-dataset';
import { serveStatic, type StaticServer } from './static-server';
import { startSharedChromium } from './browser';
import type { BrowserServer } from 'playwright-core';
import { appendFileSync } from 'node:fs';
import { treeCpuMs } from '../setup/proc-cpu';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SITE_DIR = path.join(ROOT, 'test-output/e2e-site');
export const SEED = 'public/samples/wang-jialiang.txt';

declare module 'vitest' {
  export interface ProvidedContext {
    atlasUrl: string;
    /** The shared Chromium's address (browser.ts `launchChromium` connects to it). */
    chromiumWs: string;
    /** The shared Chromium's browser process id (test/setup/cpu-usage.ts samples its process tree). */
    chromiumPid: number;
  }
}

/** Bundles a user might meet: cut short, missing a column, from a future version. */
function writeBrokenBundles(seedBundlePath: string): void {
  const text = readFileSync(seedBundlePath, 'utf8');
  const fixtures = path.join(SITE_DIR, 'fixtures');
  const put = (name: string, content: string) => {
    mkdirSync(path.join(fixtures, name), { recursive: true });
    writeFileSync(path.join(fixtures, name, 'bundle.json'), content);
  };
  put('truncated', text.slice(0, Math.floor(text.length / 2)));
  const missing = JSON.parse(text) as { papers: Record<string, unknown> };
  delete missing.papers.authors;
  put('missing-column', JSON.stringify(missing));
  put('newer', JSON.stringify({ ...JSON.parse(text), format: 99 }));
  // markup in a title must show as text, never run
  const markup = JSON.parse(text) as { papers: { title: string[]; hasAbstract: number[] }; abstractsFile: string | null; abstractChunks?: unknown };
  markup.papers.title[0] = `<img src=x onerror="window.__injected=1"><b>${markup.papers.title[0]}</b>`;
  markup.papers.hasAbstract = markup.papers.hasAbstract.map(() => 0);
  markup.abstractsFile = null;
  markup.abstractChunks = null;
  put('markup-title', JSON.stringify(markup));
}

let server: StaticServer | null = null;
let chromium: BrowserServer | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const setupStart = Date.now();
  // the one Chromium of the run starts while the app builds
  const starting = startSharedChromium();
  rmSync(SITE_DIR, { recursive: true, force: true });
  // a production build, as users get it (vitest sets NODE_ENV=test, which would give React's dev build)
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ root: ROOT, mode: 'production', configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: SITE_DIR, emptyOutDir: true } });
  process.env.NODE_ENV = nodeEnv;
  // the site's data/ is rebuilt from the seed here, whatever public/data holds
  rmSync(path.join(SITE_DIR, 'data'), { recursive: true, force: true });
  const out = path.join(SITE_DIR, 'data/wang-jialiang');
  const result = buildDataset([{ name: SEED, text: readFileSync(path.join(ROOT, SEED), 'utf8') }], {
    name: 'Wang, Jialiang — papers and co-authors',
    labeler: defaultLabeler(),
  });
  writeDataset(out, result);
  // the seed is served with the app (Vite copies public/), so the viewer can rebuild it with aliases
  registerDataset(out, result, { inputs: [SEED.replace(/^public\//, '')] }, true);
  writeBrokenBundles(path.join(out, 'bundle.json'));

  server = await serveStatic(SITE_DIR);
  project.provide('atlasUrl', server.url);
  chromium = await starting;
  project.provide('chromiumWs', chromium.wsEndpoint());
  project.provide('chromiumPid', chromium.process().pid ?? 0);
  // ATLAS_TEST_CPU=1: when the setup ran (epoch ms), for a timeline of the run beside the files' lines
  if (process.env.ATLAS_TEST_CPU === '1') {
    mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
    appendFileSync(path.join(ROOT, 'test-output/cpu.jsonl'), `${JSON.stringify({ run: 'e2e-setup', startedAt: setupStart, wallMs: Date.now() - setupStart })}\n`);
  }
  return async () => {
    // ATLAS_TEST_CPU=1: the run's totals beside the per-file lines (test/setup/cpu-usage.ts): the shared Chromium's
    // whole process tree and this (vitest main) process, which also runs Playwright's server side and the Vite build
    if (process.env.ATLAS_TEST_CPU === '1') {
      const pid = chromium?.process().pid;
      const main = process.cpuUsage();
      const line = { run: 'e2e', chromiumCpuMs: pid ? treeCpuMs(pid) : null, mainCpuMs: Math.round((main.user + main.system) / 1000) };
      appendFileSync(path.join(ROOT, 'test-output/cpu.jsonl'), `${JSON.stringify(line)}\n`);
    }
    await server?.close();
    await chromium?.close();
  };
}
