/**
 * Two authors no chain links in the papers a filter leaves, on the 3k map (ACL 2020) in real Chromium: the chain
 * panel counts the authors a chain of co-authors reaches from each, and says so ("is linked to 1,898 other authors"
 * read as Dan Roth's co-authors, where his card said 21 at the two venues: a tester); the chip on the map says it
 * holds in the papers filtered (in the whole map they are connected).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, fromStore } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

describe('a chain not found in the venues filtered (3k map)', () => {
  it('says how many authors each reaches through co-authors, and the chip says it is in the papers filtered', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    try {
      // Iryna Gurevych (853) and Dan Roth (1798), at the ACL 2020 main volume and Findings of EMNLP 2020 (3, 20)
      await page.goto(appUrl(`${acl}&chain=853.1798&venues=3%2C20`));
      await waitForState(page, 'ready');
      const names = await fromStore<string[]>(page, '[b.authors.name[853], b.authors.name[1798]]');
      expect(names).toEqual(['Iryna Gurevych', 'Dan Roth']);
      const chip = page.getByTestId('chain-chip');
      // (shown over the map on a touch screen or a narrow window; in the page on a desktop too)
      await chip.waitFor({ state: 'attached' });
      expect((await chip.locator('.chain-chip-open').textContent())!.replace(/\s+/g, ' ')).toMatch(
        /^No chain: Iryna Gurevych and Dan Roth are not connected in the papers filtered\./,
      );
      const none = page.getByTestId('chain-none');
      await none.waitFor();
      const text = (await none.textContent())!;
      expect(text).toMatch(/Iryna Gurevych reaches [\d,]+ other authors? through co-authors, Dan Roth reaches [\d,]+ other authors through co-authors, none in common\./);
      expect(text).not.toContain('linked to');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
