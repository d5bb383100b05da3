/** Authors the click scripts (click-tasks, click-phases, click-trace) and the browser bench click, and how they click them. */
import type { Page } from 'playwright-core';

/**
 * Up to `n` authors drawn on the map, most papers first, each at least 20 px inside the canvas and in its left
 * 60% (clear of the details panel), as viewport points to click; once the level of detail has settled and the
 * frame after it is drawn (Sigma picks in what it drew).
 */
export async function clickTargets(page: Page, n: number): Promise<{ key: string; x: number; y: number }[]> {
  await page.waitForFunction('window.__atlas.lodSettled !== false');
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma; const g = sigma.getGraph(); const box = sigma.getContainer().getBoundingClientRect();
    const b = window.__atlas.store.getState().dataset.bundle;
    const order = b.authors.paperCount.map((c, i) => [c, i]).sort((p, q) => q[0] - p[0]).map((p) => p[1]);
    const out = [];
    for (const i of order) { const key = 'a' + i; if (!g.hasNode(key) || g.getNodeAttribute(key, 'hidden')) continue;
      const p = sigma.graphToViewport(g.getNodeAttributes(key));
      if (p.x < 20 || p.y < 20 || p.x > box.width * 0.6 || p.y > box.height - 20) continue;
      out.push({ key, x: box.left + p.x, y: box.top + p.y }); if (out.length >= ${n}) break; }
    return out; })()`);
}

/**
 * Hover each of `spots` (viewport points) as the browser bench does before its clicks: from a corner of the canvas
 * (off any node, the hover cleared), then onto the spot until the store has a hovered node, then 200 ms.
 */
export async function hoverFromCorner(page: Page, spots: { x: number; y: number }[]): Promise<void> {
  const corner = (await page.evaluate('(() => { const r = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { x: r.left + 3, y: r.top + 3 }; })()')) as { x: number; y: number };
  for (const spot of spots) {
    await page.mouse.move(corner.x, corner.y);
    await page.evaluate('window.__atlas.store.getState().hovered && window.__atlas.store.getState().hover(null)');
    await page.waitForFunction('window.__atlas.store.getState().hovered === null');
    await page.mouse.move(spot.x, spot.y);
    await page.waitForFunction('window.__atlas.store.getState().hovered !== null');
    await page.waitForTimeout(200);
  }
}

/**
 * One click of the click scripts and the browser bench: Escape (nothing selected), past Sigma's double-click window
 * (400 ms: two quick clicks would zoom the camera under the next target), a click at `spot` (viewport point), then
 * until the details panel has rendered for it (`window.__atlas.timings.panel` moved on). Throws on a 60 s timeout.
 */
export async function clickForPanel(page: Page, spot: { x: number; y: number }): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction('window.__atlas.store.getState().selection === null');
  const t0 = (await page.evaluate('window.__atlas.timings.panel || 0')) as number;
  await page.waitForTimeout(400);
  await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction(`(window.__atlas.timings.panel || 0) > ${t0}`, undefined, { timeout: 60_000 });
}
