/**
 * The review list of same-person suggestions (features/whoiswho/ReviewPanel.tsx) on a map that cannot be rebuilt in
 * the explorer (its paper lists are not served: a map built with --no-sources, an old map; here the ACL 2020 map
 * opened by its bundle's address), at 1440×900, light: the intro says once why Apply cannot rebuild it and what to
 * do; the footer under the list (AliasActions.tsx) said all of it again, with the command line, and took 173 px of
 * the 820 px panel (242 px once a decision was accepted). Now it shows what can be done, briefly:
 * - the explanation ("paper lists") is said once in the panel, in the intro;
 * - the footer is at most 130 px high, before and after a decision is accepted, and then offers the import of the
 *   paper list with the alias file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

/** The review panel's and its footer's heights (px), the footer's text, and the panel's whole text. */
const panelNow = (page: Page) =>
  page.evaluate<{ panel: number; footer: number; footerText: string; text: string }>(`(() => {
    const panel = document.querySelector('[data-testid="review-panel"]');
    const footer = panel.querySelector('[data-testid="alias-actions"]');
    return { panel: panel.getBoundingClientRect().height, footer: footer.getBoundingClientRect().height, footerText: footer.innerText, text: panel.innerText };
  })()`);

describe('the review list of a map that cannot be rebuilt here', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }));
    await page.goto(appUrl(acl));
    await waitForState(page, 'ready', 120_000);
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'review' })`);
    await page.getByTestId('review-panel').getByTestId('alias-actions').waitFor();
    await page.getByTestId('suggestions').waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('says once, in the intro, why it cannot be rebuilt; the footer is short', async () => {
    const now = await panelNow(page);
    await shootPage(page, 'review-footer-no-rebuild');
    expect(now.text).toMatch(/paper lists are not here/);
    expect(now.text.match(/paper lists/g)).toHaveLength(1);
    expect(now.footerText).not.toMatch(/paper lists|build:graph/);
    expect(now.footer).toBeLessThanOrEqual(130);
    // Apply cannot run here: not offered in the footer
    await expect(page.getByTestId('alias-actions').getByRole('button', { name: 'Apply in the explorer' }).count()).resolves.toBe(0);
  });

  it('with a decision accepted, the footer stays short and offers the import with the alias file', async () => {
    await page.getByTestId('suggestions').getByRole('button', { name: 'Same person' }).first().click();
    await page.getByTestId('alias-actions').getByRole('button', { name: /Download alias file \(1 line\)/ }).waitFor();
    const now = await panelNow(page);
    await shootPage(page, 'review-footer-no-rebuild-accepted');
    expect(now.text.match(/paper lists/g)).toHaveLength(1);
    expect(now.footer).toBeLessThanOrEqual(130);
    await expect(page.getByTestId('alias-actions').getByRole('button', { name: 'Import the paper list with this alias file' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
