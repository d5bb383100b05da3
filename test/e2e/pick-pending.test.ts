/**
 * A tap lands on the author drawn under it (issue 11, item 1; found by a tester: on a 390×844 phone, taps on
 * the seed's authors did nothing). A touch press hovers the node, whose emphasis re-indexes the graph, and the
 * release comes before Sigma's next frame: until then Sigma's node data holds raw coordinates and its graph
 * extent is a placeholder, so the pick must answer from what is drawn (graph/pick.ts), in the mode users get
 * (camera animation on): a press and release, a tap while something changes the graph on every frame, and
 * taps on the labelled authors lowest on the screen (which did nothing before the pick converted the point
 * through the last render's matrix; no press/release fallback hides it).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, nodePosition, settled } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { labelledAuthors, refKey } from './pointer';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const selected = `(() => { const s = window.__atlas.store.getState().selection; return s && s.kind === 'author'; })()`;

describe('a tap on a phone', () => {
  it('opens the author drawn under it: between press and release, and while another node changes on every frame', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, { userMode: true });
    await page.goto(appUrl());
    await waitForState(page, 'ready');
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
    const target = await fromStore<number>(page, "b.authors.name.indexOf('Jialiang Wang')");
    expect(target).toBeGreaterThanOrEqual(0);
    const key = `a${target}`;
    const at = await nodePosition(page, key);

    // the press hovers the author, and the release (before Sigma's next frame) opens it
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: at.x, y: at.y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction(selected);
    expect(refKey(await fromStore(page, 's.selection'))).toBe(key);

    // closed again; then a real tap while an unrelated node's attribute changes on every frame
    await page.getByRole('button', { name: /^Close/ }).first().click();
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
    const again = await nodePosition(page, key);
    await page.evaluate(`(() => {
      const graph = window.__atlas.sigma.getGraph();
      const other = graph.nodes().find((k) => k !== ${JSON.stringify(key)});
      window.__churn = true;
      const step = () => { if (!window.__churn) return; graph.setNodeAttribute(other, 'size', graph.getNodeAttribute(other, 'size')); requestAnimationFrame(step); };
      requestAnimationFrame(step);
    })()`);
    await page.touchscreen.tap(again.x, again.y);
    await page.waitForFunction(selected);
    await page.evaluate('window.__churn = false');
    expect(refKey(await fromStore(page, 's.selection'))).toBe(key);

    // closed again, the whole graph in view; a tap on each of the labelled authors lowest on the screen (the
    // press hovers the author, whose emphasis re-indexes the whole graph before the release is picked)
    await page.getByRole('button', { name: /^Close/ }).first().click();
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 300);
    const low = (await labelledAuthors(page, 200)).sort((p, q) => q.y - p.y).slice(0, 4);
    expect(low.length).toBe(4);
    for (const author of low) {
      await page.touchscreen.tap(author.x, author.y);
      await page.waitForFunction(selected);
      expect(refKey(await fromStore(page, 's.selection')), author.label ?? author.key).toBe(author.key);
      await page.getByRole('button', { name: /^Close/ }).first().click();
      await page.waitForFunction('window.__atlas.store.getState().selection === null');
      await page.getByRole('button', { name: 'Show the whole graph' }).click();
      await settled(page, 300);
    }
    expect(errors).toEqual([]);
  });
});
