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
 *
 * With a co-author chain traced the clusters' names are drawn faint over dimmed dots. A tester (390×844, the chain
 * `853.1798`) tapped a faint name's letters where they lie over a dimmed author's dot (about a third of the points along
 * two names) and got that author; a mouse click there did the same. Faint letters over a faint dot: the name is what the
 * user reads, and the cluster opens, for a finger and for a mouse (whose hover there shows no author either).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, frames, fromStore, settled, shootPage, stepBack, tapSeen } from './atlas-page';
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

/** A point on a faint cluster name's letters over a dimmed dot (page CSS px), the dot, and the name. */
interface FaintLetter {
  key: string;
  text: string;
  x: number;
  y: number;
  /** The dimmed node drawn on top under the point. */
  dot: string;
}

/**
 * Points on the letters of the cluster names drawn faint (a chain dims the rest), along each name's middle row, where
 * the node drawn on top under the point is dimmed (not on the chain) and no node drawn plainly lies within a finger's
 * slack (11 px) and a pixel: the letters read there from the labels' own layer (2×2 device pixels of the letters'
 * colour, not their halo's, both drawn at the faint opacity). One point per dot, the one nearest its centre; names
 * clear of the window's edges and the top bar.
 */
const faintLetters = (page: Page) =>
  page.evaluate<FaintLetter[]>(`(() => {
    const sigma = window.__atlas.sigma;
    const g = sigma.getGraph();
    const box = sigma.getContainer().getBoundingClientRect();
    const canvas = sigma.getCanvases().labels;
    const ctx = canvas.getContext('2d');
    const ratio = canvas.width / box.width;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    // the letters' colour (theme.ts label: #1f2328 light, #e6e8eb dark, grey; faint: mixed toward the page) against their halo's (the background)
    const letter = (x, y) => {
      const px = ctx.getImageData(Math.round(x * ratio) - 1, Math.round(y * ratio) - 1, 2, 2).data;
      for (let i = 0; i < 16; i += 4) {
        const lum = (px[i] + px[i + 1] + px[i + 2]) / 3;
        // (grey: not the cluster's colour dot, drawn before the words)
        const grey = Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]) < 24;
        // (faint letters are drawn on their halo at full strength, mixed toward the page: a grey well off the halo's colour)
        if (!(px[i + 3] > 40 && grey && (dark ? lum > 60 : lum < 215))) return false;
      }
      return true;
    };
    const dots = [];
    let order = 0;
    g.forEachNode((k) => {
      order++;
      const d = sigma.getNodeDisplayData(k);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const dim = g.getNodeAttribute(k, 'dimColor');
      dots.push({ k, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), z: (d.zIndex || 0) * 1e9 + order, square: d.type === 'square' || d.type === 'squareBelow', plain: !(dim !== undefined && d.color === dim) });
    });
    const under = (d, x, y) => (d.square ? Math.abs(d.x - x) <= d.r && Math.abs(d.y - y) <= d.r : Math.hypot(d.x - x, d.y - y) <= d.r);
    const out = [];
    for (const l of window.__atlas.labels || []) {
      if (l.kind !== 'community' || !l.dim) continue;
      const y = Math.round((l.box.y0 + l.box.y1) / 2);
      if (y + box.top < box.top + 60 || y + box.top > window.innerHeight - 60) continue;
      const best = new Map();
      for (let x = Math.max(8, Math.ceil(l.box.x0)); x <= Math.min(box.width - 8, l.box.x1); x++) {
        if (!letter(x, y)) continue;
        const top = dots.filter((d) => under(d, x, y)).sort((a, b) => b.z - a.z)[0];
        // (a point on the rim of a disc is left out: which disc a pick names there is rounding, not the rule)
        if (!top || top.plain || Math.hypot(top.x - x, top.y - y) > top.r - 1.5) continue;
        if (dots.some((d) => d.plain && Math.hypot(d.x - x, d.y - y) - d.r <= 12)) continue;
        const off = Math.hypot(top.x - x, top.y - y);
        if (!best.has(top.k) || off < best.get(top.k).off) best.set(top.k, { key: l.key, text: l.text, x: box.left + x, y: box.top + y, dot: top.k, off });
      }
      for (const p of best.values()) out.push({ key: p.key, text: p.text, x: p.x, y: p.y, dot: p.dot });
    }
    return out;
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
  describe("with a co-author chain traced, a faint cluster name's letters over a dimmed dot open the cluster (390×844)", () => {
    // the tester's chain on the 3k map (phone, 390×844)
    const chain = '&chain=853.1798';

    /** The map with the chain traced, as loaded (again unless `load` is false), its faint names drawn; the points on their letters over dimmed dots. */
    async function traced(page: Page, load = true): Promise<FaintLetter[]> {
      if (load) await page.goto(appUrl(query + chain));
      await waitForState(page, 'ready', 180_000);
      await settled(page, 600);
      await page.waitForFunction('(window.__atlas.labels || []).some((l) => l.kind === "community" && l.dim)', null, { timeout: 60_000 });
      await frames(page, 3);
      return faintLetters(page);
    }

    /** Up to `n` of `points`, from as many names as there are, then as many dots. */
    const spread = (points: FaintLetter[], n: number): FaintLetter[] => {
      const byName = new Map<string, FaintLetter[]>();
      for (const p of points) byName.set(p.key, [...(byName.get(p.key) ?? []), p]);
      const out: FaintLetter[] = [];
      for (let i = 0; out.length < n && [...byName.values()].some((l) => l.length > i); i++) {
        for (const list of byName.values()) if (list[i] && out.length < n) out.push(list[i]!);
      }
      return out;
    };

    /** The same point on a page loaded again (the same name over the same dot), or null where it is not drawn so. */
    const again = (points: FaintLetter[], p: FaintLetter) => points.find((q) => q.key === p.key && q.dot === p.dot) ?? null;

    const said = (p: FaintLetter, got: unknown) => `"${p.text}" over ${p.dot} at (${Math.round(p.x)}, ${Math.round(p.y)}): ${JSON.stringify(got)}`;

    it('a tap there opens the cluster, not the dimmed author', async () => {
      const { page, errors } = await atlas({ width: 390, height: 844 }, chain);
      const points = spread(await traced(page, false), 3);
      await shootPage(page, 'phone-cluster-taps-faint-letters-390');
      console.log('faint letters over dimmed dots, tapped:', points.map((p) => `${p.text} / ${p.dot}`).join('; '));
      expect(points.length, 'points on faint letters over dimmed dots').toBeGreaterThanOrEqual(3);
      expect(new Set(points.map((p) => p.key)).size, 'names with such points').toBeGreaterThanOrEqual(2);
      const wrong: string[] = [];
      for (const [i, first] of points.entries()) {
        const p = i === 0 ? first : again(await traced(page), first);
        if (!p) continue;
        await tapSeen(page, p);
        await page.waitForFunction('window.__atlas.store.getState().selection !== null', null, { timeout: 15_000 }).catch(() => undefined);
        const got = await fromStore<Selected>(page, 's.selection');
        if (!(got && got.kind === 'community' && got.id === Number(p.key))) wrong.push(said(p, got));
      }
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 400_000);

    it('a mouse there hovers no author and its click opens the cluster, not the dimmed author', async () => {
      // a narrow window with a mouse (no touch): the mouse's rule under a faint name
      const o = await openPage(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }, { userMode: true });
      const { page, errors } = o;
      const points = spread(await traced(page), 3);
      console.log('faint letters over dimmed dots, clicked:', points.map((p) => `${p.text} / ${p.dot}`).join('; '));
      expect(points.length, 'points on faint letters over dimmed dots').toBeGreaterThanOrEqual(3);
      const wrong: string[] = [];
      for (const [i, first] of points.entries()) {
        const p = i === 0 ? first : again(await traced(page), first);
        if (!p) continue;
        // from off the map in one move (nothing hovered on the way), then the pointer rests there
        await page.mouse.move(2, 700);
        await frames(page, 2);
        // (the last step a pixel long: a move that leaves a hovered node says the cluster's name at the next move)
        await page.mouse.move(p.x - 1, p.y);
        await frames(page, 2);
        await page.mouse.move(p.x, p.y);
        await frames(page, 3);
        await page.waitForTimeout(200);
        const hovered = await fromStore<unknown>(page, 's.hovered');
        const cursor = await page.evaluate<string>('window.__atlas.sigma.getContainer().style.cursor');
        await page.mouse.click(p.x, p.y);
        await page.waitForFunction('window.__atlas.store.getState().selection !== null', null, { timeout: 15_000 }).catch(() => undefined);
        const got = await fromStore<Selected>(page, 's.selection');
        // what the pointer shows there is what the click opens: no author hovered, the cursor the cluster's name's
        if (hovered !== null || cursor !== 'pointer') wrong.push(`${said(p, got)}; hovered ${JSON.stringify(hovered)}, cursor "${cursor}"`);
        else if (!(got && got.kind === 'community' && got.id === Number(p.key))) wrong.push(said(p, got));
      }
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 400_000);
  });
});
