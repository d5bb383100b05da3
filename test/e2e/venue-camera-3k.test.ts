/**
 * A venue chosen on the 3k map (ACL 2020) as a researcher does it, in the mode users get (camera animation on), at
 * 1280x800 and 1440x900 (light) and on a phone (390x844, touch, dark):
 * - with an author's card open the card holds the camera (its close-up stays); once the card is closed the shown
 *   authors and papers of "Findings of the Association for Computational Linguistics: EMNLP 2020" are all brought into
 *   the canvas, flown to (the camera moves over several frames). Before, the card's close-up stayed: 103 of the 1,724
 *   authors shown were in view, the rest of the canvas empty, until the fit button was pressed (a tester).
 * - a card opened and closed before the venue is chosen (its close-up left on the map): choosing the venue brings
 *   what it shows into view.
 * - the map chip and the top bar name the venue by what tells it apart: "Findings of the Association…: EMNLP 2020";
 *   they read "Findings of the Ass… only" and "Findings of the Association for Computa…", EMNLP's Findings and
 *   ACL's alike. The whole name is the chip's hover text and screen reader's words, and the top bar's hover text; on
 *   a phone (no hover) the words on screen carry it. Nothing of either is cut off by its box.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, CARD_FREE_PART, fromStore, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

const FINDINGS = 'Findings of the Association for Computational Linguistics: EMNLP 2020';

/** The shown authors and papers (the store's visibility over the whole graph): how many, and how many drawn inside the part of the canvas the card or sheet leaves. */
async function shownInView(page: Page): Promise<{ shown: number; inView: number }> {
  return page.evaluate(`(() => {
    const s = window.__atlas.store.getState(), g = window.__atlas.graph, sigma = window.__atlas.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    ${CARD_FREE_PART}
    let shown = 0, inView = 0;
    const add = (key) => {
      if (!g.hasNode(key)) return;
      shown++;
      const a = g.getNodeAttributes(key);
      const q = sigma.graphToViewport({ x: a.x, y: a.y });
      if (q.x >= 0 && q.x <= right && q.y >= 0 && q.y <= bottom) inView++;
    };
    s.visibility.author.forEach((v, i) => v === 1 && add('a' + i));
    s.visibility.paper.forEach((v, i) => v === 1 && add('p' + i));
    return { shown, inView };
  })()`);
}

const camera = (page: Page) => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');

/** Counts the camera's updates from now on (`window.__cameraUpdates`): a flight updates it at each frame, a jump once. */
async function countCameraUpdates(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__cameraUpdates = 0;
    if (window.__cameraCounting) return;
    window.__cameraCounting = true;
    window.__atlas.sigma.getCamera().on('updated', () => { window.__cameraUpdates++; });
  })()`);
}

/** The author with the most papers in Findings of EMNLP 2020 (their card frames a close-up of their part of the map), and the venue's index. */
async function findingsAuthor(page: Page): Promise<{ name: string; venue: number }> {
  return fromStore(
    page,
    `(() => {
      const v = b.venues.indexOf(${JSON.stringify(FINDINGS)});
      const n = new Map();
      b.papers.venue.forEach((x, p) => { if (x === v) for (const a of b.papers.authors[p]) n.set(a, (n.get(a) || 0) + 1); });
      const best = [...n].sort((x, y) => y[1] - x[1])[0][0];
      return { name: b.authors.name[best], venue: v };
    })()`,
  );
}

async function openMap(page: Page): Promise<void> {
  await page.goto(appUrl(acl));
  await waitForState(page, 'ready');
  await settled(page, 300);
}

/** Opens `name`'s card from the search field and waits for its flight to end. */
async function openAuthor(page: Page, name: string): Promise<void> {
  await page.getByLabel('Search authors and papers').fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first().click();
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await settled(page, 600);
}

/** Closes the open author card with its × and waits for the map to settle. */
async function closeCard(page: Page): Promise<void> {
  await page.getByTestId('author-panel').getByRole('button', { name: /close/i }).first().click();
  await page.getByTestId('author-panel').waitFor({ state: 'detached' });
  await settled(page, 600);
}

/** Ticks the venue in the Venues panel as a user does: words of its name in "Find a venue", then its box. */
async function pickFindings(page: Page): Promise<void> {
  const panel = page.getByTestId('venue-panel');
  await panel.getByLabel('Find a venue').fill('Findings EMNLP');
  await panel.getByTestId('venue-list').getByRole('checkbox', { name: /^Findings of the Association for Computational Linguistics: EMNLP 2020: [\d,]+ papers?$/ }).click();
  await panel.getByTestId('venue-status').waitFor();
  await settled(page, 600);
}

/** Every shown node inside the part of the canvas the panels leave, and the camera flown there (several updates). */
async function expectAllInView(page: Page, what: string): Promise<void> {
  const { shown, inView } = await shownInView(page);
  expect(shown).toBeGreaterThan(1000);
  expect(inView, `${what}: ${inView} of ${shown} shown nodes in view`).toBe(shown);
  expect(await page.evaluate<number>('window.__cameraUpdates'), `${what}: a flight, not a jump`).toBeGreaterThan(2);
}

/** The chip's words and the top bar's line say "EMNLP 2020", whole in their boxes; the whole name is their hover text. */
async function expectNamed(page: Page, topBar: boolean): Promise<void> {
  const chip = page.getByTestId('filter-chip');
  const words = await chip.locator('.filter-chip-text').textContent();
  expect(words).toBe('Findings of the Association…: EMNLP 2020 only');
  expect(await chip.locator('.filter-chip-open').getAttribute('title')).toBe(`${FINDINGS} only`);
  // its screen reader's words name it whole too
  expect(await chip.locator('.filter-chip-open').textContent()).toContain(FINDINGS);
  const cut = (selector: string) => page.locator(selector).evaluate((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
  expect(await cut('.filter-chip-text'), 'the chip\'s words cut off').toBe(false);
  const stats = page.getByTestId('stats-line');
  expect(await stats.textContent()).toMatch(/^1,\d{3} of 7,\d{3} authors in “Findings of the Association…: EMNLP 2020”$/);
  expect(await stats.getAttribute('title')).toContain(`in ${FINDINGS}, under the filters set`);
  if (topBar) {
    expect(await stats.isVisible()).toBe(true);
    expect(await cut('[data-testid="stats-line"]'), 'the top bar\'s line cut off').toBe(false);
  }
}

describe('a venue chosen on the 3k map brings what it shows into view; its name tells it apart', () => {
  it('1280x800 light: chosen with a card open, the card keeps its close-up; closed, every shown author and paper is flown into view', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 }, colorScheme: 'light' }, { userMode: true });
    try {
      await openMap(page);
      const { name } = await findingsAuthor(page);
      await openAuthor(page, name);
      const closeUp = await camera(page);
      expect(closeUp.ratio).toBeLessThan(0.5);
      await pickFindings(page);
      // the card holds the camera
      expect(await camera(page)).toEqual(closeUp);
      await shootPage(page, 'venue-camera-1280-light-1-card');
      await countCameraUpdates(page);
      await closeCard(page);
      await shootPage(page, 'venue-camera-1280-light-2-closed');
      await expectAllInView(page, 'card closed');
      await expectNamed(page, false);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 240_000);

  it('1440x900 light: a card opened and closed before, its close-up left: the venue chosen frames what it shows; the top bar names it', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    try {
      await openMap(page);
      const { name } = await findingsAuthor(page);
      await openAuthor(page, name);
      await closeCard(page);
      expect((await camera(page)).ratio).toBeLessThan(0.5);
      await countCameraUpdates(page);
      await pickFindings(page);
      await shootPage(page, 'venue-camera-1440-light');
      await expectAllInView(page, 'venue chosen');
      await expectNamed(page, true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 240_000);

  it('390x844 dark (a phone): the sheet closed after the venue was chosen, every shown node in view; the chip names it on two lines', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true, hasTouch: true }, { userMode: true });
    try {
      await openMap(page);
      const { name, venue } = await findingsAuthor(page);
      await openAuthor(page, name);
      const closeUp = await camera(page);
      // (the Venues panel is in the drawer on a phone; the filter is the same store change its box makes)
      await page.evaluate(`window.__atlas.store.getState().setVenues([${venue}])`);
      await settled(page, 600);
      expect(await camera(page)).toEqual(closeUp);
      await countCameraUpdates(page);
      await closeCard(page);
      await shootPage(page, 'venue-camera-390-dark');
      await expectAllInView(page, 'sheet closed');
      await expectNamed(page, false);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 240_000);
});
