/**
 * A web address written in an abstract is a link (a tester: the Mini-Hes abstract's closing "source code … at
 * https://github.com/Goallow/Mini-Hes" was plain text), on the seed, in the paper's card and in an author's list;
 * only http(s) addresses, opened in a new tab with no opener, the bracket after it not part of it, the abstract's
 * text unchanged (src/app/panels/text-links.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas } from './atlas-page';
import { launchChromium, openPage } from './browser';

const PAPER = 'Mini-Hes: A Parallelizable Second-order Latent Factor Analysis Model';
const seedLines = readFileSync(path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt'), 'utf8').split('\n');
const ABSTRACT = seedLines[seedLines.indexOf(PAPER) + 2]!;
const CODE = 'https://github.com/Goallow/Mini-Hes';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('web addresses in abstracts', () => {
  it("the paper's card: its code address a link to a new tab, the abstract's text as in the source", async () => {
    expect(ABSTRACT).toContain(`${CODE})`);
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
    await openAtlas(page);
    const paper = await fromStore<number>(page, `b.papers.title.indexOf(${JSON.stringify(PAPER)})`);
    expect(paper).toBeGreaterThanOrEqual(0);
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'paper', index: ${paper} })`);
    const abstract = page.getByTestId('paper-panel').getByTestId('abstract');
    await abstract.waitFor();
    expect(await abstract.textContent()).toBe(ABSTRACT);
    const links = abstract.getByRole('link');
    expect(await links.count()).toBe(1);
    const link = links.first();
    expect(await link.textContent()).toBe(CODE);
    expect(await link.getAttribute('href')).toBe(CODE);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // in the author's list of papers too
    const author = await fromStore<number>(page, `b.papers.authors[${paper}][0]`);
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${author} })`);
    const item = page.getByTestId('author-panel').locator(`li[data-paper="${paper}"]`);
    await item.getByTestId('abstract').waitFor();
    expect(await item.getByTestId('abstract').getByRole('link', { name: CODE }).getAttribute('href')).toBe(CODE);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
