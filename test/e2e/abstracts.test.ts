/**
 * Abstracts in chunks (issue 12): on the 30k map a click on an author shows the abstract of their first paper,
 * fetched with the chunk file(s) holding that author's papers, never the whole dataset's abstracts. (How fast:
 * measured in `npm run bench`, not asserted here.)
 */
import type { Browser } from 'playwright-core';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planAbstractChunks } from '../../src/core/bundle/abstract-chunks';
import { validateBundle } from '../../src/core/bundle/validate';
import { readDatasetAbstracts } from '../../scripts/lib/write-dataset';
import { appUrl, frames, fromStore, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { labelledAuthors } from './pointer';

const SERVED = path.resolve(import.meta.dirname, '../../test-output/e2e-site/data/acl_2016_2021_all');

let browser: Browser;
let big: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  big = q;
});

describe('abstracts in chunks (30k map)', () => {
  it('a click on an author shows the abstract of their first paper, fetching only the chunks of their papers', async () => {
    const bundle = validateBundle(JSON.parse(readFileSync(path.join(SERVED, 'bundle.json'), 'utf8')), 'bundle.json');
    const abstracts = readDatasetAbstracts(SERVED, bundle);
    const chunks = bundle.abstractChunks!;
    const plan = planAbstractChunks(bundle.papers.community, bundle.papers.hasAbstract, chunks.size);
    expect(plan.papers.length).toBeGreaterThan(20);

    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(appUrl(big));
    await waitForState(page, 'ready', 120_000);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()', null, { timeout: 60_000 });
    await page.waitForFunction('window.__atlas.lodSettled !== false', null, { timeout: 60_000 });
    // an author drawn with a label whose newest paper has an abstract
    const drawn = await labelledAuthors(page, 40);
    const withAbstract = await page.evaluate(`(() => {
      const ds = window.__atlas.store.getState().dataset;
      return ${JSON.stringify(drawn.map((d) => Number(d.key.slice(1))))}.filter((a) => ds.bundle.papers.hasAbstract[ds.papersOf(a)[0]] === 1);
    })()`);
    const target = drawn.find((d) => (withAbstract as number[]).includes(Number(d.key.slice(1))))!;
    expect(target).toBeDefined();
    expect(requested.some((p) => p.includes('/abstracts'))).toBe(false);

    await page.mouse.click(target.x, target.y);
    const panel = page.getByTestId('author-panel');
    await panel.waitFor();
    const author = await fromStore<number>(page, 's.selection && s.selection.index');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(bundle.authors.name[author]);
    const first = panel.getByTestId('author-papers').locator(':scope > li').first();
    const paper = Number(await first.getAttribute('data-paper'));
    expect(bundle.papers.hasAbstract[paper]).toBe(1);
    const abstract = first.getByTestId('abstract');
    await abstract.waitFor();
    expect(await abstract.textContent()).toBe(abstracts[paper]);
    await frames(page, 2);
    await shootPage(page, 'abstracts-30k-author');

    // only chunk files, and only those holding this author's papers
    const fetched = requested.filter((p) => p.includes('/abstracts'));
    expect(fetched.every((p) => /\/abstracts\/\d+\.json$/.test(p))).toBe(true);
    const theirs = new Set(bundle.papers.authors.flatMap((list, p) => (list.includes(author) && plan.chunkOf[p]! >= 0 ? [`/data/acl_2016_2021_all/abstracts/${plan.chunkOf[p]}.json`] : [])));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((p) => theirs.has(p))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
