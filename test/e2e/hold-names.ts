/**
 * Holding the name checks of every name back in the page (for e2e tests of what is shown while they run): once
 * `holdNames` is called, the page's next `begin` message to a worker (insights-client.ts: the background name checks'
 * first slice, posted once the map is in the worker) is kept back until `releaseNames`, and every job queued behind it
 * with it (the map's own split and same-person check of a card). On the seed the checks take a few ms: the state
 * "after an Apply, until the rebuilt map's own checks answer" could not be seen otherwise. No app code: the page's
 * `Worker.prototype.postMessage` is wrapped before the app loads (`HOLD_NAMES_SCRIPT`, a context's init script).
 */
import type { Page } from 'playwright-core';

/** The init script that wraps `Worker.prototype.postMessage` (a string: see HELPERS' note on page functions). */
export const HOLD_NAMES_SCRIPT = `(() => {
  const post = Worker.prototype.postMessage;
  window.__namesHeld = { on: false, held: [] };
  Worker.prototype.postMessage = function (message, ...rest) {
    const h = window.__namesHeld;
    if (h.on && message && message.type === 'APPLY' && Array.isArray(message.path) && message.path[0] === 'begin') {
      h.held.push(() => post.call(this, message, ...rest));
      return;
    }
    return post.call(this, message, ...rest);
  };
})();`;

/** From now on the page's next name checks are held back (`HOLD_NAMES_SCRIPT` must be in the page's context). */
export async function holdNames(page: Page): Promise<void> {
  await page.evaluate('window.__namesHeld.on = true');
}

/** Wait until a map's name checks are held: the map is in the worker (its `begin` comes after its last slice). */
export async function namesHeld(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction('window.__namesHeld.held.length > 0', null, { timeout });
}

/** The name checks held back go on, and no more are held. */
export async function releaseNames(page: Page): Promise<void> {
  await page.evaluate('(() => { const h = window.__namesHeld; h.on = false; const held = h.held; h.held = []; for (const f of held) f(); })()');
}
