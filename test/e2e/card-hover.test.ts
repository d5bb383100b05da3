/**
 * A card's list re-rendered under a resting mouse does not hover the row that comes under it (desktop 1440x900, the
 * seed map, the camera animation on as users get it). A tester on the 30k map: on Graham Neubig's card, a click on
 * the co-author Antonios Anastasopoulos opened his card, whose list put "Graham Neubig" under the unmoved pointer;
 * that row's hover emphasised Neubig on the map (bold, his neighbourhood drawn) over the card's own author, whose
 * name was faded half behind Neubig's disc, until the mouse moved. Here a co-author row is clicked without moving the
 * mouse afterwards, until the new card puts another row under the pointer: nothing is hovered, the map's emphasis
 * is the new card's author, and that holds while the mouse rests; then the pointer moved over a row hovers that
 * row's author (panels/links.tsx `AuthorLink`, pointer-moves.ts), and a row focused from the keyboard does
 * at once, as before. The user's own wheel scroll of a card is the user's pointing: the row it brings under the
 * resting mouse is hovered, as the browser's `:hover` shows it (it was not until the mouse moved, while the map's
 * wheel zoom hovered); a scroll of the app's is not.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frames, fromStore, openAtlas, settled } from './atlas-page';
import { launchChromium, openPage } from './browser';
import { hoveredKeyOn, selectedKeyOn } from './pointer';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true }));
  await openAtlas(page);
  await page.mouse.move(2, 450);
  await settled(page, 600);
});

afterAll(async () => {
  await browser?.close();
});

const hoveredKey = () => hoveredKeyOn(page);
const selectedKey = () => selectedKeyOn(page);

/** The author (its key) of the author card's co-author row under page point (x, y), or null. */
const rowAt = (x: number, y: number) =>
  page.evaluate<string | null>(`(() => {
    const button = document.elementFromPoint(${x}, ${y})?.closest('[data-testid="author-panel"] .author-link');
    return button ? 'a' + button.getAttribute('data-author') : null;
  })()`);

/** Wait until the camera has stopped and the names placed at its stop are drawn, then a little longer (a resting mouse). */
async function atRest(): Promise<void> {
  await settled(page, 600);
  await page.waitForTimeout(300);
  await frames(page, 4);
}

/** Open author `index`'s card as the search would (the pointer then off the panel and the map), and wait for it. */
async function openCard(index: number): Promise<void> {
  await page.mouse.move(2, 450, { steps: 3 });
  await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${index} })`);
  const name = await fromStore<string>(page, `b.authors.name[${index}]`);
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await atRest();
}

describe('a co-author clicked in a card, the mouse left where it clicked', () => {
  it('the new card\'s row under the resting mouse is not hovered; the new author keeps the emphasis until the pointer moves over a row', async () => {
    // the author with the most co-authors: a full list of rows in each card
    const start = await fromStore<number>(page, `(() => {
      let best = 0;
      for (let i = 0; i < b.authors.name.length; i++) if (s.dataset.coauthorsOf(i).length > s.dataset.coauthorsOf(best).length) best = i;
      return best;
    })()`);
    const list = page.getByTestId('author-panel').getByTestId('coauthor-list');
    let found: { clicked: string; name: string; under: string; x: number; y: number } | null = null;
    const tried: string[] = [];
    for (let i = 0; i < 12 && !found; i++) {
      await openCard(start);
      const rows = list.locator('.author-link');
      if (i >= (await rows.count())) break;
      const row = rows.nth(i);
      const clicked = `a${await row.getAttribute('data-author')}`;
      const name = (await row.locator('.author-name').textContent())!;
      // (the list may start below the fold: scrolled to, as a user would, before the mouse comes)
      await row.scrollIntoViewIfNeeded();
      await frames(page, 2);
      const box = (await row.boundingBox())!;
      const p = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      // the mouse moved onto the row (its author hovered on the map), then clicked without moving
      await page.mouse.move(p.x, p.y, { steps: 4 });
      await expect.poll(hoveredKey, { message: `${name}'s row at (${p.x}, ${p.y}) pointed at` }).toBe(clicked);
      await page.mouse.down();
      await page.mouse.up();
      await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
      await atRest();
      const under = await rowAt(p.x, p.y);
      tried.push(`${name}: ${under ?? 'no row'} under the mouse in the new card`);
      if (under !== null && under !== clicked) found = { clicked, name, under, ...p };
    }
    expect(found, `a click on a co-author whose card puts another row under the mouse (${tried.join('; ')})`).not.toBeNull();
    const { clicked, name, under, x, y } = found!;
    // the card moved under the mouse, the mouse did not: nothing hovered, the new author selected and emphasised
    expect(await hoveredKey(), `${name} clicked, the row of ${under} came under the unmoved mouse`).toBeNull();
    expect(await selectedKey()).toBe(clicked);
    const selectedLabel = () =>
      page.evaluate<{ strong: boolean; dim: boolean } | null>(`(() => {
        const l = (window.__atlas.labels || []).find((l) => l.key === ${JSON.stringify(clicked)});
        return l ? { strong: !!(l.node && l.node.strong), dim: !!l.dim } : null;
      })()`);
    expect(await selectedLabel(), `${name}'s name on the map`).toEqual({ strong: true, dim: false });
    // and while the mouse rests
    await page.waitForTimeout(800);
    await frames(page, 6);
    expect(await hoveredKey(), 'still resting').toBeNull();
    expect(await selectedKey()).toBe(clicked);

    // the pointer moved over the row under it: that row's author is hovered
    await page.mouse.move(x + 3, y, { steps: 2 });
    await expect.poll(hoveredKey).toBe(under);
    // then onto another row: that one's
    const other = list.locator(`.author-link:not([data-author="${under.slice(1)}"])`).first();
    const otherKey = `a${await other.getAttribute('data-author')}`;
    const ob = (await other.boundingBox())!;
    await page.mouse.move(ob.x + ob.width / 2, ob.y + ob.height / 2, { steps: 4 });
    await expect.poll(hoveredKey).toBe(otherKey);
    // off the list: no hover
    await page.mouse.move(2, 450, { steps: 3 });
    await expect.poll(hoveredKey).toBeNull();

    // a row focused from the keyboard emphasises its author at once, the pointer resting elsewhere
    await other.focus();
    await expect.poll(hoveredKey).toBe(otherKey);
    await page.keyboard.press('Tab');
    await expect.poll(hoveredKey).not.toBe(otherKey);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('a card scrolled under the mouse', () => {
  it('the user\'s own wheel scroll hovers the row it brings under the resting mouse; the app\'s scroll does not', async () => {
    const start = await fromStore<number>(page, `(() => {
      let best = 0;
      for (let i = 0; i < b.authors.name.length; i++) if (s.dataset.coauthorsOf(i).length > s.dataset.coauthorsOf(best).length) best = i;
      return best;
    })()`);
    await openCard(start);
    const rows = page.getByTestId('author-panel').getByTestId('coauthor-list').locator('.author-link');
    const first = rows.first();
    await first.scrollIntoViewIfNeeded();
    await frames(page, 2);
    const box = (await first.boundingBox())!;
    const p = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    // rows one below the other this far apart (CSS px): a scroll by whole rows leaves the pointer on a row
    const pitch = Math.round((await rows.nth(1).boundingBox())!.y - box.y);
    const scrollTop = () =>
      page.evaluate<number>(`(() => {
        for (let at = document.querySelector('[data-testid="coauthor-list"]'); at; at = at.parentElement) {
          const o = getComputedStyle(at).overflowY;
          if ((o === 'auto' || o === 'scroll') && at.scrollHeight > at.clientHeight) return at.scrollTop;
        }
        return -1;
      })()`);
    // the mouse moved onto the list's first row: its author hovered
    await page.mouse.move(p.x, p.y, { steps: 4 });
    const firstKey = `a${await first.getAttribute('data-author')}`;
    await expect.poll(hoveredKey).toBe(firstKey);
    const before = await scrollTop();
    expect(before, 'the card scrolls').toBeGreaterThanOrEqual(0);

    // the user turns the wheel over the list, the mouse still: the row it brings under the pointer is hovered, as
    // the browser's :hover shows it (it was not until the mouse moved)
    await page.mouse.wheel(0, 3 * pitch);
    await expect.poll(scrollTop).toBeGreaterThan(before);
    await atRest();
    const under = await rowAt(p.x, p.y);
    expect(under, `a row under the mouse after the wheel scroll (scrolled ${(await scrollTop()) - before} px)`).not.toBeNull();
    expect(under).not.toBe(firstKey);
    await expect.poll(hoveredKey, { message: `${under}'s row came under the resting mouse by the user's wheel` }).toBe(under);
    expect(await page.evaluate<boolean>(`!!document.elementFromPoint(${p.x}, ${p.y})?.closest('.author-link')?.matches(':hover')`)).toBe(true);
    // and it holds while the mouse rests
    await page.waitForTimeout(800);
    await frames(page, 4);
    expect(await hoveredKey()).toBe(under);

    // the app scrolls the card (as it restores a card's scroll): the row it brings under the resting mouse is not hovered
    await page.evaluate(`(() => {
      for (let at = document.querySelector('[data-testid="coauthor-list"]'); at; at = at.parentElement) {
        const o = getComputedStyle(at).overflowY;
        if ((o === 'auto' || o === 'scroll') && at.scrollHeight > at.clientHeight) return void (at.scrollTop += ${2 * pitch});
      }
    })()`);
    await atRest();
    const appUnder = await rowAt(p.x, p.y);
    expect(appUnder, 'a row under the mouse after the app\'s scroll').not.toBeNull();
    expect(appUnder).not.toBe(under);
    await page.waitForTimeout(500);
    await frames(page, 4);
    expect(await hoveredKey(), `${appUnder}'s row came under the resting mouse by the app's scroll`).toBeNull();
    // the pointer moved over it: hovered
    await page.mouse.move(p.x + 3, p.y, { steps: 2 });
    await expect.poll(hoveredKey).toBe(appUnder);
    await page.mouse.move(2, 450, { steps: 3 });
    await expect.poll(hoveredKey).toBeNull();
    expect(errors).toEqual([]);
  }, 300_000);
});
