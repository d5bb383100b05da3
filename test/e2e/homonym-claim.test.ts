/**
 * The homonym claim on the 30k map (acl_2016_2021_all, issue 10; the checks are in homonym-flag.ts) on a 390x844
 * phone, as users get it (camera animation on). The 1440x900 checks, light and dark, and the chain through the
 * claimed name run on the one desktop load of the map in map-30k.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { appUrl } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { checkHomonymClaim } from './homonym-flag';
import type { Browser } from 'playwright-core';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

describe('the homonym claim on the 30k map, light theme, a phone', () => {
  it('Fei Liu is claimed, with each body of work named and the evidence in words; Lu Wang is a candidate that says what is missing', async () => {
    const viewport = { width: 390, height: 844 };
    const { page, errors } = await openPage(browser, { viewport, colorScheme: 'light', hasTouch: true, isMobile: true }, { userMode: true });
    await page.goto(appUrl(query));
    await waitForState(page, 'ready', 120_000);
    await checkHomonymClaim(page, 'light-390');
    expect(errors).toEqual([]);
    await page.context().close();
    // 300 s as the other checks on the 30k map: the phone's own load of it took 60-120 s at load 15-20
  }, 300_000);
});
