/**
 * The explorer as `npm start` serves it: Vite's dev server, React's development build (StrictMode mounts each
 * component, runs its effects, cleans them up and runs them again). The other e2e files use the production build;
 * a bug that only the development build shows went unseen there: a link naming an author opened the panel but
 * never dimmed the rest of the map (a deferred emphasis cancelled by the extra clean-up and never queued again).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, settled } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { SITE_DIR } from './global-setup';

const ROOT = path.resolve(import.meta.dirname, '../..');

let server: ViteDevServer;
let publicDir: string;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // the dev server's public folder holds only the seed's data as the e2e setup built it (not the user's public/data)
  publicDir = mkdtempSync(path.join(tmpdir(), 'atlas-dev-public-'));
  cpSync(path.join(SITE_DIR, 'data'), path.join(publicDir, 'data'), { recursive: true });
  cpSync(path.join(ROOT, 'public/samples'), path.join(publicDir, 'samples'), { recursive: true });
  server = await createServer({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    mode: 'development',
    publicDir,
    logLevel: 'warn',
    server: { port: 0, strictPort: false, host: '127.0.0.1', hmr: false, watch: null },
  });
  await server.listen();
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (publicDir) rmSync(publicDir, { recursive: true, force: true });
});

describe('the development build (npm start)', () => {
  it("opens a link to an author with the author's panel and the rest of the map dimmed", async () => {
    const base = server.resolvedUrls?.local[0];
    expect(base).toBeTruthy();
    const index = await (async () => {
      await page.goto(`${base}?ds=wang-jialiang`);
      await waitForState(page, 'ready');
      return fromStore<number>(page, `window.__atlas.store.getState().dataset.bundle.authors.name.indexOf('Peizhao Zhang')`);
    })();
    expect(index).toBeGreaterThanOrEqual(0);
    await page.goto(`${base}?ds=wang-jialiang&author=${index}`);
    await waitForState(page, 'ready');
    await expect.poll(() => page.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent()).toBe('Peizhao Zhang');
    await settled(page, 300);
    const looks = await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const g = sigma.getGraph();
      const look = (k) => ({ shown: sigma.getNodeDisplayData(k).color, color: g.getNodeAttribute(k, 'color'), dim: g.getNodeAttribute(k, 'dimColor') });
      const me = 'a${index}';
      const far = g.nodes().find((k) => k.startsWith('a') && k !== me && !g.areNeighbors(k, me) && !g.neighbors(k).some((p) => g.areNeighbors(p, me)));
      return { me: look(me), far: far ? look(far) : null };
    })()`);
    const { me, far } = looks as { me: { shown: string; color: string; dim: string }; far: { shown: string; color: string; dim: string } | null };
    expect(me.shown).toBe(me.color);
    expect(far).not.toBeNull();
    expect(far!.shown).toBe(far!.dim);
    expect(far!.shown).not.toBe(far!.color);
    expect(errors).toEqual([]);
  });
});
