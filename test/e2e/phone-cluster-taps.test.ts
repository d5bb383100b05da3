/**
 * Taps on a cluster's name drawn on the 3k map (acl_2020_main), at a phone's size (390×844) and a tablet's (820×1180),
 * touch, device pixel ratio 2, the camera animated as users get it. A tester tapped the words of "information
 * extraction" and of "commonsense reasoning · extraction model" at the overview and got an author of the pile of small
 * discs drawn under them (the finger's pick took the dot under it or within its slack before the name), 6 of 7 taps;
 * a mouse click at the same points opened the cluster's card. The name is drawn above the discs: a tap on its words
 * opens its cluster, as a click does (the README: a cluster's name on the map opens its card).
 *
 * Each check reads the clusters' names drawn plainly (`window.__atlas.labels`), taps the middle of each and the points
 * a third and two thirds along its row of letters (moved along the row off any disc under them: a small dot that
 * shows round the letters is a target of its own, phone-taps.test.ts), and expects that cluster's card; between taps Back gives the map
 * back as before the tap (the names are read again, the page reloaded where one is no longer drawn).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, fromStore, settled, shootPage, stepBack, tapSeen } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  query = q;
});

interface Name {
  key: string;
  text: string;
  /** The point tapped (page CSS px). */
  x: number;
  y: number;
  /** Dots drawn within a finger's slack (11 px) of the point: what the old pick took. */
  dotsNear: number;
}

/** The cluster names drawn plainly now (`faint`: those drawn faint, a chain dimming the rest), clear of the window's edges and the top bar, each with the point `share` along its box, mid-height. */
const clusterNames = (page: Page, share: number, faint = false) =>
  page.evaluate<Name[]>(`(() => {
    const sigma = window.__atlas.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const dots = [];
    sigma.getGraph().forEachNode((k) => { const d = sigma.getNodeDisplayData(k); if (d && !d.hidden) { const p = sigma.framedGraphToViewport(d); dots.push({ x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size) }); } });
    return (window.__atlas.labels || []).filter((l) => l.kind === 'community' && !!l.dim === ${faint}).map((l) => {
      const y = (l.box.y0 + l.box.y1) / 2, mid = l.box.x0 + (l.box.x1 - l.box.x0) * ${share};
      // on the words, not on a dot under them (a finger on a small dot that shows round the letters means the dot):
      // the point of the row nearest \`share\` along it with no disc under it, a pixel clear
      let x = mid;
      for (let off = 0; off < (l.box.x1 - l.box.x0) / 6; off += 0.5) {
        const free = [mid - off, mid + off].find((px) => !dots.some((d) => Math.hypot(d.x - px, d.y - y) <= d.r + 1));
        if (free !== undefined) { x = free; break; }
      }
      const dotsNear = dots.filter((d) => Math.hypot(d.x - x, d.y - y) - d.r <= 11).length;
      return { key: l.key, text: l.text, x: box.left + x, y: box.top + y, dotsNear };
    }).filter((n) => n.y > box.top + 60 && n.y < window.innerHeight - 60);
  })()`);

type Selected = { kind: string; id?: number; index?: number } | null;

/** Tap `name`'s point as a finger does and return what the store has selected after it (null: nothing within 15 s). */
async function tapName(page: Page, name: Name): Promise<Selected> {
  await tapSeen(page, name);
  await page.waitForFunction('window.__atlas.store.getState().selection !== null', null, { timeout: 15_000 }).catch(() => undefined);
  return fromStore<Selected>(page, 's.selection');
}

/** A tap on `name` that did not open its cluster, said as the test's failure lists it. */
const missed = (name: Name, got: Selected) => `"${name.text}" at (${Math.round(name.x)}, ${Math.round(name.y)}), ${name.dotsNear} dots near: ${JSON.stringify(got)}`;

async function atlas(viewport: { width: number; height: number }, extra = ''): Promise<{ page: Page; errors: string[] }> {
  const o = await openPage(browser, { viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }, { userMode: true });
  await o.page.goto(appUrl(query + extra));
  await waitForState(o.page, 'ready', 180_000);
  await settled(o.page, 600);
  return o;
}

describe("taps on a cluster's name, 3k map", () => {
  it.each([
    { width: 390, height: 844 },
    { width: 820, height: 1180 },
  ])("a tap on the words of a cluster's name opens that cluster's card, as a click does (%o)", async (viewport) => {
    const { page, errors } = await atlas(viewport);
    const first = await clusterNames(page, 0.5);
    expect(first.length, 'cluster names drawn at the overview').toBeGreaterThanOrEqual(2);
    await shootPage(page, `phone-cluster-taps-${viewport.width}`);
    const wrong: string[] = [];
    let tapped = 0;
    let overDots = 0;
    for (const share of [0.5, 1 / 3, 2 / 3]) {
      for (const { key } of first.slice(0, 4)) {
        let name = (await clusterNames(page, share)).find((n) => n.key === key);
        if (!name) {
          // the map as loaded again
          await page.reload();
          await waitForState(page, 'ready', 180_000);
          await settled(page, 600);
          name = (await clusterNames(page, share)).find((n) => n.key === key);
        }
        if (!name) continue;
        const got = await tapName(page, name);
        tapped++;
        if (name.dotsNear > 0) overDots++;
        if (!(got && got.kind === 'community' && got.id === Number(key))) wrong.push(missed(name, got));
        if (got) {
          await stepBack(page);
          await page.waitForFunction('window.__atlas.store.getState().selection === null');
        }
        await settled(page, 600);
      }
    }
    expect(tapped).toBeGreaterThanOrEqual(6);
    // the case the tester met: dots under or beside the finger on the words
    expect(overDots).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
  }, 400_000);

  it("with a co-author chain traced (the rest dimmed), a tap on a faint cluster name's words opens the cluster, not a dimmed dot beside them (390×844)", async () => {
    // a tester (phone, dark, `chain=1054.586`): a tap on "open-domain question answering" opened Tiago Pimentel, whose
    // dimmed dot lay 7.5 px off the finger, 3 of 3; a click on the same point opened the cluster
    const viewport = { width: 390, height: 844 };
    const chain = '&chain=1054.586';
    const { page, errors } = await atlas(viewport, chain);
    await page.waitForFunction('(window.__atlas.labels || []).some((l) => l.kind === "community" && l.dim)', null, { timeout: 60_000 });
    const first = await clusterNames(page, 0.5, true);
    expect(first.length, 'faint cluster names drawn beside the chain').toBeGreaterThanOrEqual(2);
    await shootPage(page, 'phone-cluster-taps-chain-390');
    const wrong: string[] = [];
    let tapped = 0;
    let overDots = 0;
    for (const share of [0.5, 1 / 3]) {
      for (const { key } of first.slice(0, 3)) {
        const name = (await clusterNames(page, share, true)).find((n) => n.key === key);
        if (!name) continue;
        const got = await tapName(page, name);
        tapped++;
        if (name.dotsNear > 0) overDots++;
        if (!(got && got.kind === 'community' && got.id === Number(key))) wrong.push(missed(name, got));
        // the chain traced again, as loaded
        await page.goto(appUrl(query + chain));
        await waitForState(page, 'ready', 180_000);
        await settled(page, 600);
        await page.waitForFunction('(window.__atlas.labels || []).some((l) => l.kind === "community" && l.dim)', null, { timeout: 60_000 });
      }
    }
    expect(tapped).toBeGreaterThanOrEqual(4);
    expect(overDots).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
  }, 400_000);
});
