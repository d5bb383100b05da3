/**
 * The mouse moved from one labelled author straight onto the next, as a tester swept the 30k map (acl_2016_2021_all)
 * at 1440x900 with the camera animation on: each jump starts with the previous author hovered (their neighbourhood
 * drawn and named above the rest), and must end on the author whose disc the pointer landed on: the hover and the
 * pick a click takes there name that author. The tester's wrong picks before the fix: hovering Eduard Hovy, then one
 * jump onto Monojit Choudhury's disc opened Dan Jurafsky, whose name (drawn only as Hovy's co-author) lay over it;
 * 1 of 29 authors on the overview, 10 of 29 in the 1-step ego view (Authors & papers), 8 of 50 in the 2-step ego view
 * (Co-authors). Each point aimed at is one a user reads as that author at rest: on the author's visible disc
 * (`clearPointOn`), outside every other name drawn at rest. And the centre of a disc drawn on top picks it, though
 * another centre lies nearer than its rim or a tiny disc drawn above grazes it (Chris Dyer in the 2-step view).
 * The names a hover adds are read and clicked too: with an author hovered, the pointer put in one move on the letters
 * of a co-author's name drawn for the hover over another's disc hovers that co-author, and a click there opens their
 * card (the disc took every point of such a name before); Back then gives the overview back as it was (the camera of
 * before the click, not the card's close-up).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, frames, settled, stepBack } from './atlas-page';
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';
import { launchChromium, openPage, waitForState } from './browser';
import { clearPointOn, labelledAuthors, refKey } from './pointer';

let browser: Browser;
let page: Page;
let errors: string[];
let query: string;

beforeAll(async () => {
  query = servedBundle('acl_2016_2021_all');
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
}, BIG_BUNDLE_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

const SWEEP_TIMEOUT = 900_000;

/** Open the map at `extra` (URL parameters after the bundle's), the camera as the app frames it. */
async function open(extra: string): Promise<void> {
  await page.goto(appUrl(`${query}${extra}`));
  await waitForState(page, 'ready', 180_000);
  await page.mouse.move(2, 450);
  await settled(page, 600);
}

/**
 * The first `count` labelled authors (most papers first) and the point each is aimed at: on the author's visible
 * disc, in no other name's box, as drawn with nothing hovered.
 */
async function targets(count: number): Promise<{ key: string; label: string | null; x: number; y: number }[]> {
  const labels = await page.evaluate<{ key: string; box: { x0: number; y0: number; x1: number; y1: number } }[]>(`(() => {
    const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
    return (window.__atlas.labels || []).map((l) => ({ key: l.key, box: { x0: l.box.x0 + box.left, y0: l.box.y0 + box.top, x1: l.box.x1 + box.left, y1: l.box.y1 + box.top } }));
  })()`);
  const out: { key: string; label: string | null; x: number; y: number }[] = [];
  for (const a of await labelledAuthors(page, 200)) {
    if (out.length >= count) break;
    const p = await clearPointOn(page, a.key);
    if (!p || labels.some((l) => l.key !== a.key && p.x >= l.box.x0 && p.x <= l.box.x1 && p.y >= l.box.y0 && p.y <= l.box.y1)) continue;
    out.push({ key: a.key, label: a.label, x: p.x, y: p.y });
  }
  // swept as a hand does, each jump to the nearest author not yet visited (short jumps between neighbours: the
  // name of the previous author's co-author most often lies over the next one's disc), from the most prolific
  const tour = out.splice(0, 1);
  while (out.length) {
    const last = tour[tour.length - 1]!;
    let best = 0;
    for (let i = 1; i < out.length; i++) if (Math.hypot(out[i]!.x - last.x, out[i]!.y - last.y) < Math.hypot(out[best]!.x - last.x, out[best]!.y - last.y)) best = i;
    tour.push(...out.splice(best, 1));
  }
  return tour;
}

/**
 * Jump the mouse from one target to the next (one move event each), let the hover settle, and list the jumps whose
 * hover or pick (what a click there opens) is not the author aimed at.
 */
async function sweep(list: { key: string; label: string | null; x: number; y: number }[]): Promise<string[]> {
  const wrong: string[] = [];
  const name = (key: string | null) => (key ? page.evaluate<string>(`window.__atlas.sigma.getGraph().hasNode(${JSON.stringify(key)}) ? window.__atlas.sigma.getGraph().getNodeAttribute(${JSON.stringify(key)}, 'label') : ${JSON.stringify(key)}`) : 'nothing');
  let from = 'outside';
  for (const t of list) {
    await page.mouse.move(t.x, t.y);
    await frames(page, 3);
    await settled(page, 250);
    const box = await page.evaluate<{ left: number; top: number }>('(() => { const b = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { left: b.left, top: b.top }; })()');
    const hovered = refKey(await page.evaluate('window.__atlas.store.getState().hovered'));
    const picked = await page.evaluate<string | null>(`window.__atlas.sigma.getNodeAtPosition({ x: ${t.x - box.left}, y: ${t.y - box.top} })`);
    if (hovered !== t.key || picked !== t.key) {
      // the names drawn over the point then (what the pick read), for the report
      const over = await page.evaluate<string[]>(`(window.__atlas.labels || []).filter((l) => ${t.x - box.left} >= l.box.x0 && ${t.x - box.left} <= l.box.x1 && ${t.y - box.top} >= l.box.y0 && ${t.y - box.top} <= l.box.y1).map((l) => l.text + (l.dim ? ' (faint)' : '') + (l.byHover ? ' (for the hover)' : ''))`);
      wrong.push(`${from} → ${t.label}: hovered ${await name(hovered)}, picked ${await name(picked)}; names over the point: ${over.join(', ') || 'none'}`);
    }
    from = t.label ?? t.key;
  }
  return wrong;
}

describe('label-to-label mouse sweep, 30k map, 1440x900', () => {
  it('overview: every jump hovers and picks the author landed on', async () => {
    await open('');
    const list = await targets(29);
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(await sweep(list)).toEqual([]);
    // the tester's jump: Eduard Hovy hovered (his co-author Dan Jurafsky named over Monojit Choudhury's disc), then one
    // move onto Monojit Choudhury's disc
    await page.mouse.move(2, 450);
    await settled(page, 300);
    const key = (label: string) => page.evaluate<string | null>(`window.__atlas.sigma.getGraph().findNode((k, a) => a.label === ${JSON.stringify(label)}) ?? null`);
    const [hovy, monojit] = [await key('Eduard Hovy'), await key('Monojit Choudhury')];
    const from = hovy ? await clearPointOn(page, hovy) : null;
    const to = monojit ? await clearPointOn(page, monojit) : null;
    if (!from || !to) throw new Error('Eduard Hovy and Monojit Choudhury are not both drawn at overview');
    expect(await sweep([{ key: hovy!, label: 'Eduard Hovy', x: from.x, y: from.y }, { key: monojit!, label: 'Monojit Choudhury', x: to.x, y: to.y }])).toEqual([]);
    expect(errors).toEqual([]);
  }, SWEEP_TIMEOUT);

  it('overview: a name drawn for the hover opens its author on its letters over a disc; Back gives the overview back', async () => {
    await open('');
    const camera = () => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    const hoveredKey = async () => refKey(await page.evaluate('window.__atlas.store.getState().hovered'));
    // with `from` hovered, a point on the letters (text or halo, drawn alone as the label layer draws it) of a name the
    // hover added, of an author the map draws, over the disc of another drawn author, and over no disc of an author
    // named with nothing hovered (`rest`: a disc read by its name before the hover keeps the pointer, as the sweep
    // above checks): null when none
    const onLetters = (from: string, rest: string[]) =>
      page.evaluate<{ key: string; name: string; disc: string; x: number; y: number } | null>(`(() => {
        const s = window.__atlas.sigma, g = s.getGraph(), box = s.getContainer().getBoundingClientRect();
        const font = s.getSetting('labelFont'), size = s.getSetting('labelSize'), weight = s.getSetting('labelWeight');
        const canvas = document.createElement('canvas');
        canvas.width = 5; canvas.height = 5;
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        // ink all round the point (5 × 5 px): the tip well on a letter
        const inked = (l, x, y) => {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.clearRect(0, 0, 5, 5);
          ctx.setTransform(1, 0, 0, 1, -x + 2.5, -y + 2.5);
          ctx.font = (l.node && l.node.strong ? '700' : weight) + ' ' + size + 'px ' + font;
          ctx.textAlign = l.align; ctx.textBaseline = 'alphabetic'; ctx.lineJoin = 'round'; ctx.lineWidth = 3.5;
          ctx.strokeText(l.text, l.x, l.y + size / 3);
          ctx.fillText(l.text, l.x, l.y + size / 3);
          const ink = ctx.getImageData(0, 0, 5, 5).data;
          for (let i = 3; i < ink.length; i += 4) if (ink[i] < 200) return false;
          return true;
        };
        const discs = [];
        g.forEachNode((k) => { const d = s.getNodeDisplayData(k); if (d && !d.hidden && k[0] === 'a') { const p = s.framedGraphToViewport(d); discs.push({ k, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size) }); } });
        for (const l of window.__atlas.labels || []) {
          if (l.kind !== 'node' || !l.byHover || l.key === ${JSON.stringify(from)} || l.key[0] !== 'a' || !g.hasNode(l.key)) continue;
          for (let x = Math.ceil(l.box.x0) + 3; x < l.box.x1 - 3; x++) {
            for (let y = Math.ceil(l.box.y0) + 3; y < l.box.y1 - 3; y++) {
              // every disc under the point unnamed (one named keeps the pointer: checked above), one well under it
              const under = discs.filter((d) => d.k !== l.key && Math.hypot(d.x - x, d.y - y) < d.r + 2);
              const d = under.find((d) => Math.hypot(d.x - x, d.y - y) < d.r - 2);
              if (d && under.every((u) => !${JSON.stringify(rest)}.includes(u.k)) && inked(l, x, y)) return { key: l.key, name: g.getNodeAttribute(l.key, 'label'), disc: d.k, x: box.left + x, y: box.top + y };
            }
          }
        }
        return null;
      })()`);
    const overview = await camera();
    const rest = await page.evaluate<string[]>(`(window.__atlas.labels || []).filter((l) => l.kind === 'node').map((l) => l.key)`);
    let checked = 0;
    for (const a of await labelledAuthors(page, 12)) {
      if (checked >= 2) break;
      const from = await clearPointOn(page, a.key);
      if (!from) continue;
      await page.mouse.move(from.x, from.y);
      await settled(page, 300);
      if ((await hoveredKey()) !== a.key) continue;
      const target = await onLetters(a.key, rest);
      if (!target) continue;
      // one move from the hovered author onto the name's letters
      await page.mouse.move(target.x, target.y);
      await settled(page, 300);
      expect(await hoveredKey(), `${a.label} hovered, then the pointer on the letters of ${target.name} over ${target.disc}`).toBe(target.key);
      await page.mouse.click(target.x, target.y);
      await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: target.name, exact: true }).waitFor();
      await settled(page, 600);
      const card = await camera();
      expect(card.ratio / overview.ratio, 'the card framed its author').not.toBeCloseTo(1, 2);
      await stepBack(page);
      await page.waitForFunction('window.__atlas.store.getState().selection === null');
      expect(await page.getByTestId('author-panel').count()).toBe(0);
      await page.mouse.move(2, 450);
      await settled(page, 600);
      const back = await camera();
      expect(back.ratio / overview.ratio, 'Back: the zoom of before the click').toBeCloseTo(1, 3);
      expect(Math.hypot(back.x - overview.x, back.y - overview.y), 'Back: the place of before the click').toBeLessThan(1e-3 * overview.ratio);
      checked++;
    }
    expect(checked, 'names drawn for a hover, over a disc, clicked on their letters').toBe(2);
    expect(errors).toEqual([]);
  }, SWEEP_TIMEOUT);

  it('1-step ego view (Authors & papers): every jump hovers and picks the author landed on', async () => {
    await open('&author=2706&ego=2706.1');
    const list = await targets(29);
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(await sweep(list)).toEqual([]);
    expect(errors).toEqual([]);
  }, SWEEP_TIMEOUT);

  it('2-step ego view (Co-authors): every jump hovers and picks the author landed on', async () => {
    await open('&author=2706&view=coauthors&ego=2706.2');
    const list = await targets(50);
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(await sweep(list)).toEqual([]);
    // the pointer on the centre of a disc drawn over others: Thomas Lavergne's (drawn over Aurélie Névéol, whose centre
    // is 2.3 px away) and Chris Dyer's (22 authors stacked within 14 px of it, tiny Si Wu drawn on top 1.65 px away,
    // grazing it): the disc drawn on top of those the point is at least 1 px inside (a disc's anti-aliased rim shows
    // the one below as much), which at Thomas Lavergne's centre is his
    const centres = await page.evaluate<{ key: string; label: string; x: number; y: number }[]>(`(() => {
      const s = window.__atlas.sigma, g = s.getGraph(), box = s.getContainer().getBoundingClientRect();
      const order = new Map(g.nodes().map((k, i) => [k, i]));
      return ['Thomas Lavergne', 'Chris Dyer'].map((label) => {
        const key = g.findNode((k, a) => a.label === label);
        if (!key) return null;
        const c = s.framedGraphToViewport(s.getNodeDisplayData(key));
        let top = null, topZ = -Infinity;
        g.forEachNode((k) => {
          const d = s.getNodeDisplayData(k);
          if (!d || d.hidden) return;
          const p = s.framedGraphToViewport(d);
          const z = (d.zIndex || 0) * 1e9 + order.get(k);
          if (window.__atlas.drawnRadius(d.size) - Math.hypot(p.x - c.x, p.y - c.y) >= 1 && z > topZ) { topZ = z; top = k; }
        });
        return { key: top, label: label + "'s centre, under " + g.getNodeAttribute(top, 'label'), x: box.left + c.x, y: box.top + c.y, own: key };
      }).filter(Boolean);
    })()`);
    expect(centres.map((c) => c.key)).toContain(await page.evaluate<string>(`window.__atlas.sigma.getGraph().findNode((k, a) => a.label === 'Thomas Lavergne')`));
    expect(centres.length).toBe(2);
    for (const c of centres) {
      await page.mouse.move(2, 450);
      await settled(page, 300);
      expect(await sweep([c])).toEqual([]);
    }
    expect(errors).toEqual([]);
  }, SWEEP_TIMEOUT);
});
