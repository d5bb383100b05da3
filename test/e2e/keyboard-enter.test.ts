/**
 * Enter on the map's keyboard cursor opens the same card and the same emphasis as a click on that author, as users
 * get the app (camera animation on), on the seed at 1440×900. A tester focused the map, pressed → → ↓ (Xin Luo) and
 * Enter: Xin Luo's co-authors Weiling Li and Yurong Zhong were faded and unnamed, Jialiang Wang faded, and an
 * unrelated paper (FaKnow) stayed at full strength; `?author=98` opened directly names and links all three.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
const opened: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const page of opened.splice(0)) await page.context().close();
  await browser?.close();
});

/** The map as drawn: the names drawn plainly (not faint), and the nodes drawn in their dimmed colour (by label or title). */
async function emphasisDrawn(page: Page): Promise<{ named: string[]; faded: string[] }> {
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const g = sigma.getGraph();
    const named = (window.__atlas.labels || []).filter((l) => !l.dim && l.kind === 'node').map((l) => l.text).sort();
    const faded = [];
    g.forEachNode((k, a) => {
      const d = sigma.getNodeDisplayData(k);
      if (d && !d.hidden && a.dimColor !== undefined && d.color === a.dimColor) faded.push(a.label || a.title || k);
    });
    return { named, faded: faded.sort() };
  })()`);
}

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const o = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
  opened.push(o.page);
  await o.page.goto(appUrl(query));
  await waitForState(o.page, 'ready');
  await settled(o.page, 300);
  return o;
}

describe('Enter on the keyboard cursor', () => {
  it('opens Xin Luo (→ → ↓, Enter) with the card and the emphasis a link to Xin Luo gives', async () => {
    const direct = await open('?ds=wang-jialiang&author=98');
    await settled(direct.page, 500);
    const want = await emphasisDrawn(direct.page);
    expect(want.named).toEqual(expect.arrayContaining(['Weiling Li', 'Yurong Zhong', 'Jialiang Wang']));

    const { page, errors } = await open('?ds=wang-jialiang');
    await page.mouse.move(2, 450);
    await page.locator('.keyboard-canvas').focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
      await settled(page, 100);
    }
    expect(await fromStore(page, 's.hovered && b.authors.name[s.hovered.index]'), 'the cursor on Xin Luo').toBe('Xin Luo');
    await page.keyboard.press('Enter');
    await page.waitForFunction("(() => { const s = window.__atlas.store.getState().selection; return s && s.kind === 'author' && s.index === 98; })()");
    await settled(page, 500);
    await shootPage(page, 'keyboard-enter-xin-luo');
    const got = await emphasisDrawn(page);
    expect(got.named).toEqual(expect.arrayContaining(['Weiling Li', 'Yurong Zhong', 'Jialiang Wang']));
    expect(got.faded).toEqual(want.faded);
    expect(errors).toEqual([]);
  });
});
