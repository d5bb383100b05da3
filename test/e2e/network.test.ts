/**
 * The network feature on the seed, as users get it (camera animation on), issue 11 items 8 and 9: a minimum
 * link strength in the co-author view (links and authors hidden, counts said), the ego view (1 step is
 * exactly the author's co-authors; Esc and "Show everyone" leave it), size by total link strength / degree /
 * betweenness (computed in a worker), the Rankings table (sorted, a click selects), and the canvas by
 * keyboard (arrows move among the selection's neighbours in the arrow's direction, Enter opens).
 * Screenshots light and dark, 1440x900 and a 390x844 phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backToLoaded, frames, fromStore, LEFT_BEHIND, nodePosition, openAtlas, settled, shootPage, stepBack, switchTheme } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
/** What the page's store held right after the load (the dark looks start from there again: `backToLoaded`). */
let loaded: unknown;

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
  await openAtlas(page);
  loaded = await fromStore(page, LEFT_BEHIND);
});

afterAll(async () => {
  await browser?.close();
});

/** Author nodes the canvas shows (not hidden), by bundle index. */
async function shownAuthors(p: Page = page): Promise<number[]> {
  return p.evaluate(`window.__atlas.sigma.getGraph().filterNodes((n, a) => a.kind === 'author' && !a.hidden).map((n) => Number(n.slice(1))).sort((x, y) => x - y)`);
}

const authorIndex = (name: string) => fromStore<number>(page, `b.authors.name.indexOf(${JSON.stringify(name)})`);

describe('minimum link strength (co-author view)', () => {
  it('hides links below the threshold, and authors left without a link when asked; the counts say so', async () => {
    await page.getByRole('radio', { name: 'Co-authors' }).click();
    await page.waitForFunction(`window.__atlas.sigma.getGraph().order === 109`);
    const total = await fromStore<number>(page, 'b.coauthorLinks.weight.length');
    const slider = page.getByLabel(/Links of strength at least/);
    const steps = Number(await slider.getAttribute('max'));
    expect(steps).toBeGreaterThan(3);
    await slider.fill(String(Math.round(steps / 2)));
    const threshold = await fromStore<number>(page, 's.filters.minLinkStrength');
    expect(threshold).toBeGreaterThan(0);
    // a step is a weight rounded to 1e-6 (2/3 is 0.666667): the links it was taken from are shown
    const kept = await fromStore<number>(page, `b.coauthorLinks.weight.filter((w) => w >= ${threshold} - 1e-6).length`);
    // the label never says more than the threshold (it said "at least 0.02" over links of 1/51)
    const said = Number(await page.getByTestId('min-link').textContent());
    expect(said).toBeLessThanOrEqual(threshold);
    expect(said).toBeGreaterThan(threshold * 0.99);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(total);
    await expect(page.getByTestId('link-counts').textContent()).resolves.toContain(`Showing ${kept} of ${total.toLocaleString('en')} links between 109 authors`);
    const drawnLinks = await page.evaluate(`window.__atlas.sigma.getGraph().filterEdges((e, a) => !a.hidden).length`);
    expect(drawnLinks).toBe(kept);
    // the display data Sigma drew says the weak links are hidden too
    const weakHidden = await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      return sigma.getGraph().filterEdges((e, a) => a.score < ${threshold} - 1e-6).every((e) => sigma.getEdgeDisplayData(e).hidden);
    })()`);
    expect(weakHidden).toBe(true);

    await page.getByLabel('Hide authors left without a link').check();
    const linked = await fromStore<number>(page, `(() => {
      const on = new Set();
      b.coauthorLinks.weight.forEach((w, i) => { if (w >= ${threshold} - 1e-6) { on.add(b.coauthorLinks.source[i]); on.add(b.coauthorLinks.target[i]); } });
      return on.size;
    })()`);
    expect(linked).toBeLessThan(109);
    expect(await shownAuthors()).toHaveLength(linked);
    await expect(page.getByTestId('link-counts').textContent()).resolves.toContain(`between ${linked} authors`);
    await frames(page);
    await shootPage(page, 'network-link-strength-light');

    await page.getByLabel('Hide authors left without a link').uncheck();
    await slider.fill('0');
    expect(await shownAuthors()).toHaveLength(109);
  });
});

describe('ego view', () => {
  it('1 step shows exactly the selected author and their co-authors; 2 steps their co-authors too; Esc leaves', async () => {
    const dwork = await authorIndex('Cynthia Dwork');
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('author-panel').waitFor();
    const coauthors = await fromStore<number[]>(page, `(() => {
      const out = new Set([${dwork}]);
      b.coauthorLinks.source.forEach((s, i) => { const t = b.coauthorLinks.target[i]; if (s === ${dwork}) out.add(t); if (t === ${dwork}) out.add(s); });
      return [...out].sort((x, y) => x - y);
    })()`);
    expect(coauthors.length).toBeGreaterThan(2);
    await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await page.getByTestId('ego-banner').waitFor();
    expect(await shownAuthors()).toEqual(coauthors);
    await expect(page.getByTestId('ego-banner').textContent()).resolves.toContain(`Network of Cynthia Dwork: ${coauthors.length - 1} other authors within`);
    // the whole network shown stands out, with its author selected: no author of it drawn faint, no name dim (a
    // tester: only the selected author and one title were drawn in full, the co-authors grey)
    await page.waitForFunction(`(() => {
      const s = window.__atlas.sigma; const g = s.getGraph();
      return g.filterNodes((n, a) => a.kind === 'author' && !a.hidden).every((n) => s.getNodeDisplayData(n).color !== g.getNodeAttribute(n, 'dimColor'));
    })()`);
    await frames(page);
    // (the clusters' names dim with any emphasis: only the authors' and papers' names count here)
    expect(await page.evaluate(`window.__atlas.labels.filter((l) => l.kind === 'node' && l.dim).map((l) => l.text)`)).toEqual([]);
    await page.waitForTimeout(700);
    // the ego view's own layout (features/network/ego-layout.ts): every co-author's disc drawn clear of every other,
    // the one sharing the most papers with her drawn nearest
    await page.waitForFunction(`!window.__atlas.sigma.getCamera().isAnimated()`);
    await frames(page);
    expect(await page.evaluate(`(() => {
      const s = window.__atlas.sigma; const c = s.nodeDataCache;
      const d = s.getGraph().filterNodes((n, a) => a.kind === 'author' && !a.hidden).map((n) => { const p = s.framedGraphToViewport(c[n]); return { n, x: p.x, y: p.y, r: window.__atlas.drawnRadius(c[n].size) }; });
      const out = [];
      for (let i = 0; i < d.length; i++) for (let j = i + 1; j < d.length; j++) if (Math.hypot(d[i].x - d[j].x, d[i].y - d[j].y) < d[i].r + d[j].r - 0.5) out.push(d[i].n + '/' + d[j].n);
      return out;
    })()`)).toEqual([]);
    const nearest = await page.evaluate<{ strongest: number; others: number }>(`(() => {
      const s = window.__atlas.sigma; const b = window.__atlas.store.getState().dataset.bundle; const g = s.getGraph();
      const at = (i) => g.getNodeAttributes('a' + i);
      const me = at(${dwork});
      const { source, target, shared } = b.coauthorLinks;
      const together = new Map();
      source.forEach((x, k) => { const o = x === ${dwork} ? target[k] : target[k] === ${dwork} ? x : -1; if (o >= 0) together.set(o, shared[k]); });
      const dist = (i) => Math.hypot(at(i).x - me.x, at(i).y - me.y);
      const most = Math.max(...together.values());
      const keys = [...together.keys()];
      // (co-authors on one ring are at one distance, up to rounding)
      return { strongest: Math.min(...keys.filter((i) => together.get(i) === most).map(dist)), others: Math.min(...keys.filter((i) => together.get(i) < most).map(dist)) };
    })()`);
    expect(nearest.strongest).toBeLessThan(nearest.others);
    await shootPage(page, 'network-ego-1-light');

    // 2 steps: everyone linked to one of them
    await page.getByTestId('ego-banner').getByRole('button', { name: '2' }).click();
    const two = await fromStore<number>(page, `(() => {
      const one = new Set(${JSON.stringify(coauthors)});
      const out = new Set(one);
      b.coauthorLinks.source.forEach((s, i) => { const t = b.coauthorLinks.target[i]; if (one.has(s)) out.add(t); if (one.has(t)) out.add(s); });
      return out.size;
    })()`);
    expect(await shownAuthors()).toHaveLength(two);
    expect(two).toBeGreaterThan(coauthors.length);

    // Esc closes the card first, then leaves the ego view
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    expect(await page.getByTestId('ego-banner').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    expect(await shownAuthors()).toHaveLength(109);

    // and "Show everyone" in the banner
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    expect(await shownAuthors()).toEqual(coauthors);
    await page.getByTestId('leave-ego').click();
    expect(await shownAuthors()).toHaveLength(109);
    // leaving puts every node back exactly where the map has it (once the move back is over)
    await page.waitForFunction(`(() => {
      const b = window.__atlas.store.getState().dataset.bundle;
      return window.__atlas.graph.everyNode((n, a) => { const cols = n[0] === 'a' ? b.authors : b.papers; const i = Number(n.slice(1)); return a.x === cols.x[i] && a.y === cols.y[i]; });
    })()`);
  });

  it('is a step of the history: Back leaves it for the card it was entered from, and no earlier entry takes on its ego= (a tester found both)', async () => {
    const url = () => new URL(page.url());
    const choose = async (name: string) => {
      await page.getByLabel('Search authors and papers').fill(name);
      await page.getByRole('option', { name: new RegExp(name) }).first().click();
      await page.getByTestId('author-panel').getByRole('heading', { level: 2, name }).waitFor();
    };
    await choose('Peter Vajda');
    await choose('Cynthia Dwork');
    const dwork = await authorIndex('Cynthia Dwork');
    const vajda = await authorIndex('Peter Vajda');
    await page.waitForFunction(`new URL(location.href).searchParams.get('author') === '${dwork}'`);
    await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await page.waitForFunction(`new URL(location.href).searchParams.get('ego') === '${dwork}.1'`);
    const egoShown = await shownAuthors();
    expect(egoShown.length).toBeLessThan(109);

    await stepBack(page);
    await page.waitForFunction(`!new URL(location.href).searchParams.has('ego')`);
    expect(url().searchParams.get('author')).toBe(String(dwork));
    expect(await page.getByTestId('ego-banner').count()).toBe(0);
    expect(await shownAuthors()).toHaveLength(109);

    await stepBack(page);
    await page.waitForFunction(`new URL(location.href).searchParams.get('author') === '${vajda}'`);
    // the earlier entry did not take on the ego view
    expect(url().searchParams.has('ego')).toBe(false);
    expect(await fromStore(page, 's.filters.ego')).toBeNull();

    // Forward twice: the ego view comes back with its entry, around Cynthia Dwork
    await page.goForward();
    await page.waitForFunction(`new URL(location.href).searchParams.get('author') === '${dwork}'`);
    await page.goForward();
    await page.waitForFunction(`new URL(location.href).searchParams.get('ego') === '${dwork}.1'`);
    await page.getByTestId('ego-banner').waitFor();
    expect(await shownAuthors()).toEqual(egoShown);
    await page.getByTestId('leave-ego').click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('leaving it (Show everyone, or Back) brings back the place on the map the user had before entering it, not the whole map', async () => {
    const dwork = await authorIndex('Cynthia Dwork');
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).first().click();
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 300);
    // the user zooms in a little on the map, beside the card
    await page.mouse.move(700, 450);
    await page.mouse.wheel(0, -300);
    await settled(page, 300);
    const camera = () => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    const before = await camera();
    const herBefore = await nodePosition(page, `a${dwork}`);
    const sameView = async (how: string) => {
      await settled(page, 300);
      const now = await camera();
      expect(now.ratio / before.ratio, `${how}: the zoom of before`).toBeCloseTo(1, 3);
      const her = await nodePosition(page, `a${dwork}`);
      expect(Math.hypot(her.x - herBefore.x, her.y - herBefore.y), `${how}: Cynthia Dwork where she was on screen`).toBeLessThan(2);
    };
    const enter = async () => {
      await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
      await page.getByTestId('ego-banner').waitFor();
      await settled(page, 300);
      // (the ego view frames her network: the camera moved)
      expect((await camera()).ratio / before.ratio).not.toBeCloseTo(1, 2);
    };
    await enter();
    await page.getByTestId('leave-ego').click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    await sameView('Show everyone');
    await enter();
    const inEgo = await camera();
    await stepBack(page);
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    await sameView('Back');
    // Forward into it again: her network framed as entering it from the card framed it (the camera stayed where
    // the user was, a phone's network under the sheet), and leaving again comes back here
    await page.goForward();
    await page.getByTestId('ego-banner').waitFor();
    await settled(page, 300);
    const forward = await camera();
    expect(forward.ratio / inEgo.ratio, 'Forward: the zoom of the ego view').toBeCloseTo(1, 2);
    expect(Math.hypot(forward.x - inEgo.x, forward.y - inEgo.y), 'Forward: the ego view framed').toBeLessThan(0.01 * inEgo.ratio);
    await page.getByTestId('leave-ego').click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    await sameView('Show everyone after Forward');
    expect(errors).toEqual([]);
  });
  it('a card closed in it and brought back by Back keeps its network framed as entering it did, not the card\'s close-up (a tester found it)', async () => {
    const vajda = await authorIndex('Peter Vajda');
    // the papers view, where the card frames the author with their papers, closer than the network
    const coauthors = await fromStore<boolean>(page, `s.view === 'coauthors'`);
    await page.getByRole('radiogroup', { name: 'Graph view' }).getByRole('radio', { name: 'Authors & papers' }).click();
    await page.waitForFunction(`window.__atlas.store.getState().view === 'papers'`);
    await page.getByLabel('Search authors and papers').fill('Peter Vajda');
    await page.getByRole('option', { name: /Peter Vajda/ }).first().click();
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Peter Vajda' }).waitFor();
    await settled(page, 300);
    await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await page.getByTestId('ego-banner').waitFor();
    await settled(page, 300);
    const camera = () => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    const entered = await camera();
    const network = await shownAuthors();
    expect(network.length).toBeGreaterThan(1);
    // Esc closes the card, the ego view stays; Back brings the card back in the ego view
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await settled(page, 300);
    await stepBack(page);
    await page.waitForFunction(`new URL(location.href).searchParams.get('author') === '${vajda}' && new URL(location.href).searchParams.get('ego') === '${vajda}.1'`);
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Peter Vajda' }).waitFor();
    await settled(page, 300);
    const back = await camera();
    // (the card's close-up was half the zoom: 0.143 against 0.286)
    expect(back.ratio / entered.ratio, 'Back: the zoom the ego view was entered at').toBeGreaterThan(0.9);
    expect(back.ratio / entered.ratio, 'Back: the zoom the ego view was entered at').toBeLessThan(1.1);
    // every author of the network on screen, left of the card
    const canvas = await page.evaluate<{ x: number; y: number; width: number; height: number }>('(() => { const r = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { x: r.left, y: r.top, width: r.width, height: r.height }; })()');
    const card = (await page.locator('.details-panel').boundingBox())!;
    for (const a of network) {
      const p = await nodePosition(page, `a${a}`);
      expect(p.x, `author ${a} on screen`).toBeGreaterThanOrEqual(canvas.x);
      expect(p.x, `author ${a} left of the card`).toBeLessThanOrEqual(card.x);
      expect(p.y, `author ${a} on screen`).toBeGreaterThanOrEqual(canvas.y);
      expect(p.y, `author ${a} on screen`).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    // (Back put the entry's search text back, its list open over the banner)
    await page.getByLabel('Search authors and papers').fill('');
    await page.getByTestId('leave-ego').click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    if (coauthors) await page.getByRole('radiogroup', { name: 'Graph view' }).getByRole('radio', { name: 'Co-authors' }).click();
    expect(errors).toEqual([]);
  });

  it('a co-author chain traced in it is shown whole: its people outside the network are drawn, in view, and the banner counts them', async () => {
    const dwork = await authorIndex('Cynthia Dwork');
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).first().click();
    await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await page.getByTestId('ego-banner').waitFor();
    const panel = page.getByTestId('path-panel');
    const pick = async (label: 'From' | 'To', name: string) => {
      await panel.getByLabel(label, { exact: true }).fill(name);
      await panel.getByRole('option', { name: new RegExp(name) }).first().click();
    };
    await pick('From', 'Cynthia Dwork');
    await pick('To', 'Philippe Hansen-Estruch');
    const chain = (await page.getByTestId('chain').getAttribute('data-authors'))!.split(',').map(Number);
    const far = await authorIndex('Philippe Hansen-Estruch');
    expect(chain[0]).toBe(dwork);
    expect(chain.at(-1)).toBe(far);
    await settled(page, 300);
    // every person of the chain drawn, inside the part of the canvas the card and the banner leave
    const drawn = await page.evaluate<{ key: string; hidden: boolean; x: number; y: number }[]>(`(() => {
      const s = window.__atlas.sigma;
      return ${JSON.stringify(chain)}.map((a) => { const d = s.getNodeDisplayData('a' + a); const p = s.framedGraphToViewport(d); return { key: 'a' + a, hidden: !!d.hidden, x: p.x, y: p.y }; });
    })()`);
    const stage = (await page.locator('.stage').boundingBox())!;
    const card = (await page.getByTestId('author-panel').boundingBox())!;
    const banner = (await page.getByTestId('ego-banner').boundingBox())!;
    for (const d of drawn) {
      expect(d.hidden, `${d.key} drawn`).toBe(false);
      expect(d.x, `${d.key} left of the card`).toBeLessThan(card.x - stage.x);
      expect(d.x).toBeGreaterThan(0);
      expect(d.y, `${d.key} below the banner`).toBeGreaterThan(banner.y + banner.height - stage.y);
      expect(d.y).toBeLessThan(stage.height);
    }
    const outside = chain.length - 2;
    expect(outside).toBeGreaterThan(0);
    await expect(page.getByTestId('ego-chain-note').textContent()).resolves.toContain(`+ ${outside} on the chain`);
    await shootPage(page, 'network-ego-chain');
    // the chain cleared: the network alone again
    await panel.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByTestId('ego-chain-note').waitFor({ state: 'detached' });
    expect((await shownAuthors()).includes(far)).toBe(false);
    await page.getByTestId('leave-ego').click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});

describe('radio groups', () => {
  it('are one Tab stop each (the checked option), the arrow keys choose inside', async () => {
    const view = page.getByRole('radiogroup', { name: 'Graph view' });
    // the view as the checks before left it: back to authors and papers, the checked option focused
    await view.getByRole('radio', { name: 'Authors & papers' }).click();
    await view.getByRole('radio', { name: 'Authors & papers' }).focus();
    await page.keyboard.press('Tab');
    // Tab leaves the group (it went to "Co-authors" before)
    expect(await page.evaluate(() => document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? null)).toBeNull();
    await view.getByRole('radio', { name: 'Authors & papers' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(fromStore(page, 's.view')).resolves.toBe('coauthors');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Co-authors');
    expect(await view.getByRole('radio', { name: 'Co-authors' }).getAttribute('tabindex')).toBe('0');
    expect(await view.getByRole('radio', { name: 'Authors & papers' }).getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('ArrowLeft');
    await expect(fromStore(page, 's.view')).resolves.toBe('papers');
    // the sizes: one Tab stop among four
    const sizeBy = page.getByRole('radiogroup', { name: 'Size authors by' });
    expect(await sizeBy.locator('[role="radio"][tabindex="0"]').count()).toBe(1);
  });
});

describe('size by', () => {
  /** The author drawn largest (the focal author's 1.25x set aside). */
  const largest = () =>
    page.evaluate(`(() => {
      const g = window.__atlas.sigma.getGraph();
      let best = null, size = -1;
      g.forEachNode((n, a) => { if (a.kind === 'author' && !a.focal && a.size > size) { size = a.size; best = a.label; } });
      return best;
    })()`);
  const argmax = (column: string) =>
    fromStore<string>(page, `(() => { let i = 0; b.authors.${column}.forEach((v, k) => { if (k !== b.focalAuthor && v > b.authors.${column}[i]) i = k; }); return b.authors.name[i]; })()`);

  it('total link strength, degree and betweenness make the top author by that measure the largest disc', async () => {
    const sizeBy = page.getByRole('radiogroup', { name: 'Size authors by' });
    await sizeBy.getByRole('radio', { name: 'Total link strength' }).click();
    await expect(largest()).resolves.toBe(await argmax('weightedDegree'));
    // under fractional counting (the seed's) the panel says why total link strength matches co-authored papers
    expect(await fromStore<string>(page, 'b.options.counting')).toBe('fractional');
    expect(await page.getByTestId('network-panel').getByTestId('strength-note').textContent()).toContain('With fractional counting (this map’s), each paper with co-authors adds 1: total link strength = papers with co-authors');
    // the legend says what the discs are sized by (it said "by papers" whatever they were, a tester)
    expect(await page.getByTestId('legend').innerText()).toContain('author, by total link strength');
    await sizeBy.getByRole('radio', { name: 'Degree' }).click();
    expect(await page.getByTestId('legend').innerText()).toContain('author, by degree (co-authors)');
    await expect(largest()).resolves.toBe(await argmax('coauthorCount'));
    expect(await page.getByTestId('network-panel').getByTestId('strength-note').count()).toBe(0);

    await sizeBy.getByRole('radio', { name: 'Betweenness' }).click();
    const status = page.getByTestId('network-panel').getByTestId('betweenness-status');
    await page.waitForFunction(`window.__atlas.store.getState().betweenness.status === 'done'`, null, { timeout: 60_000 });
    await expect(status.textContent()).resolves.toContain('exact');
    const top = await fromStore<string>(page, `(() => { const v = s.betweenness.values; let i = -1; v.forEach((x, k) => { if (k !== b.focalAuthor && (i < 0 || x > v[i])) i = k; }); return b.authors.name[i]; })()`);
    await expect(largest()).resolves.toBe(top);
    await frames(page);
    await shootPage(page, 'network-size-betweenness-light');
    expect(await page.getByTestId('legend').innerText()).toContain('author, by betweenness');
    await sizeBy.getByRole('radio', { name: 'Papers' }).click();
    await expect(largest()).resolves.toBe(await argmax('paperCount'));
    expect(await page.getByTestId('legend').innerText()).toContain('author, by papers');
  });
});

describe('rankings', () => {
  it('sorted by papers, then by co-authors; a click on a row selects the author and opens the card', async () => {
    // the whole table (beside an open card it narrows to its sorted column: narrow-desktop.test.ts)
    await page.evaluate('window.__atlas.store.getState().select(null)');
    await page.getByTestId('open-rankings').click();
    const table = page.getByTestId('rankings');
    await table.waitFor();
    // the name as written (a name claimed as several people carries a ⚑ beside it, its own element)
    const firstName = () => table.locator('tbody tr').first().locator('td.name .name-text').textContent();
    await expect(firstName()).resolves.toBe(await fromStore<string>(page, `b.authors.name[b.authors.paperCount.indexOf(Math.max(...b.authors.paperCount))]`));
    await table.getByRole('button', { name: 'Co-authors' }).click();
    await expect(table.getByRole('columnheader', { name: /Co-authors/ }).getAttribute('aria-sort')).resolves.toBe('descending');
    const mostCoauthors = await fromStore<string>(page, `b.authors.name[b.authors.coauthorCount.indexOf(Math.max(...b.authors.coauthorCount))]`);
    await expect(firstName()).resolves.toBe(mostCoauthors);
    await table.getByRole('button', { name: 'Betweenness' }).click();
    await page.waitForFunction(`window.__atlas.store.getState().betweenness.status === 'done'`);
    const topBetweenness = await fromStore<string>(page, `(() => { const v = s.betweenness.values; return b.authors.name[v.indexOf(Math.max(...v))]; })()`);
    await expect(firstName()).resolves.toBe(topBetweenness);

    // a fractional map: its total link strength is each author's papers with co-authors; beside it the total link
    // strength under full counting (the shared papers with each co-author, summed), said in its heading's tooltip
    expect(await fromStore<string>(page, 'b.options.counting')).toBe('fractional');
    const fullHead = table.getByRole('columnheader', { name: /Total link strength \(full counting\)/ });
    expect(await fullHead.getAttribute('title')).toMatch(/^Total link strength under full counting: each paper adds 1 per co-author/);
    await table.getByRole('button', { name: 'Total link strength (full counting)', exact: true }).click();
    const topFull = await fromStore<number>(page, `(() => { const f = new Array(b.authors.name.length).fill(0); const l = b.coauthorLinks; for (let i = 0; i < l.source.length; i++) { f[l.source[i]] += l.shared[i]; f[l.target[i]] += l.shared[i]; } return Math.max(...f); })()`);
    expect(await table.locator('tbody tr').first().locator('td.col-fullStrength').textContent()).toBe(String(topFull));
    // seven columns still fit the table's width: nothing scrolls sideways
    expect(await table.locator('.rankings-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await shootPage(page, 'network-rankings-full-counting');

    const third = table.locator('tbody tr').nth(2);
    const name = (await third.locator('td.name').textContent())!;
    await third.locator('td.num').nth(1).click();
    await expect(page.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toBe(name);
    await expect(third.getAttribute('aria-selected')).resolves.toBe('true');
    await page.waitForTimeout(700);
    await shootPage(page, 'network-rankings-light');
    await page.keyboard.press('Escape');
  });
});

describe('the canvas by keyboard', () => {
  it('Tab reaches the canvas (focus ring), arrows move to the neighbour that way, Enter opens it', async () => {
    const closeRankings = page.getByTestId('rankings').getByRole('button', { name: 'Close rankings' });
    if (await closeRankings.count()) await closeRankings.click();
    await page.getByRole('radio', { name: 'Co-authors' }).click();
    const wang = await authorIndex('Jialiang Wang');
    await page.getByLabel('Search authors and papers').fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).click();
    await page.getByTestId('author-panel').waitFor();
    await page.waitForTimeout(700);
    // a keyboard user's pointer is not over the canvas (a node moving under it would take the hover)
    await page.mouse.move(60, 880);
    // Tab from the search box until the canvas has the focus
    await page.getByLabel('Search authors and papers').focus();
    let onCanvas = false;
    for (let k = 0; k < 60 && !onCanvas; k++) {
      await page.keyboard.press('Tab');
      onCanvas = await page.evaluate(`document.activeElement === window.__atlas.sigma.getContainer()`);
    }
    expect(onCanvas).toBe(true);
    const outline = await page.evaluate(`getComputedStyle(window.__atlas.sigma.getContainer()).outlineStyle`);
    expect(outline).toBe('solid');

    const screen = (key: string) =>
      page.evaluate<{ x: number; y: number }>(`(() => { const s = window.__atlas.sigma; const a = s.getGraph().getNodeAttributes(${JSON.stringify(key)}); return s.graphToViewport(a); })()`);
    const neighbours = await page.evaluate<string[]>(`window.__atlas.sigma.getGraph().neighbors('a${wang}')`);
    expect(neighbours.length).toBeGreaterThan(3);
    // positions of the selection and the target are read together: a selection's camera move in between
    // (user mode animates it) shifts both, and an anchor read before it compared positions of two cameras
    const hovered = () => fromStore<string | null>(page, `s.hovered && (s.hovered.kind === 'author' ? 'a' : 'p') + s.hovered.index`);
    for (const [key, test] of [
      ['ArrowRight', (p: { x: number; y: number }, anchor: { x: number; y: number }) => p.x > anchor.x],
      ['ArrowLeft', (p: { x: number; y: number }, anchor: { x: number; y: number }) => p.x < anchor.x],
    ] as const) {
      // the cursor starts from the selection
      await page.waitForTimeout(300);
      await page.keyboard.press(key);
      const h = await hovered();
      expect(h).not.toBeNull();
      expect(neighbours).toContain(h);
      await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
      expect(test(await screen(h!), await screen(`a${wang}`))).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByLabel('Search authors and papers').fill('Jialiang Wang');
      await page.getByRole('option', { name: /Jialiang Wang/ }).click();
      await page.waitForTimeout(700);
      await page.evaluate(`window.__atlas.sigma.getContainer().focus()`);
    }
    await page.keyboard.press('ArrowUp');
    const target = await hovered();
    expect(neighbours).toContain(target);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
    expect((await screen(target!)).y).toBeLessThan((await screen(`a${wang}`)).y);
    await page.keyboard.press('Enter');
    const name = await fromStore<string>(page, `b.authors.name[${Number(target!.slice(1))}]`);
    await expect(page.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toBe(name);
    await expect(page.getByTestId('canvas-keyboard-status').textContent()).resolves.toContain(`${name} opened`);
    await page.waitForTimeout(700);
    await shootPage(page, 'network-keyboard-light');
    expect(errors).toEqual([]);
  });
});

// the looks in the dark theme and on a phone: the system theme switched under an open page (the app follows it
// live), one page at 1440x900 (the file's) and one phone page for both themes, each back to the state right
// after its load first (`backToLoaded`, checked)
describe('looks', () => {
  it('dark theme: ego view and rankings', async () => {
    await backToLoaded(page, loaded);
    await switchTheme(page, 'dark');
    // the co-author view with the first author selected (as the link ?view=coauthors&author=0 opens it)
    await page.getByRole('radio', { name: 'Co-authors' }).click();
    await page.waitForFunction(`window.__atlas.store.getState().view === 'coauthors'`);
    const first = await fromStore<string>(page, 'b.authors.name[0]');
    await page.getByLabel('Search authors and papers').fill(first);
    await page.getByRole('option', { name: new RegExp(first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    await page.waitForFunction(`(() => { const s = window.__atlas.store.getState().selection; return s && s.kind === 'author' && s.index === 0; })()`);
    await page.getByTestId('ego-section').getByRole('button', { name: '2 steps' }).click();
    await page.waitForTimeout(700);
    await shootPage(page, 'network-ego-2-dark');
    await page.getByTestId('leave-ego').click();
    await page.getByLabel(/Links of strength at least/).fill('8');
    await page.getByTestId('open-rankings').click();
    await page.waitForFunction(`window.__atlas.store.getState().betweenness.status === 'done'`);
    await page.waitForTimeout(500);
    await shootPage(page, 'network-rankings-dark');
    expect(errors).toEqual([]);
  });

  describe('phone', () => {
    let phone: { page: Page; errors: string[]; loaded: unknown } | null = null;
    afterAll(async () => {
      await phone?.page.context().close();
    });

    it.each(['light', 'dark'] as const)('phone (%s): rankings cover the map, a row opens the card, ego view', async (theme) => {
      if (!phone) {
        const opened = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'light', hasTouch: true, isMobile: true }, { userMode: true });
        await openAtlas(opened.page);
        phone = { ...opened, loaded: await fromStore(opened.page, LEFT_BEHIND) };
      } else {
        await backToLoaded(phone.page, phone.loaded, { width: 390, height: 844 });
      }
      const { page: p, errors: phoneErrors } = phone;
      await switchTheme(p, theme);
      await p.getByRole('button', { name: 'Open filters and communities' }).click();
      await p.getByTestId('open-rankings').click();
      await p.getByTestId('rankings').waitFor();
      await p.waitForTimeout(500);
      await shootPage(p, `network-rankings-phone-${theme}`);
      // sorted by co-authors, on its second page: the order and page the table is opened again with
      const rankings = p.getByTestId('rankings');
      const sortedBy = theme === 'light' ? 'coauthors' : 'strength';
      await rankings.getByRole('button', { name: theme === 'light' ? 'Co-authors' : 'Total link strength', exact: true }).click();
      await rankings.getByRole('button', { name: 'Next', exact: true }).click();
      const firstOnPage = await rankings.locator('tbody tr').first().locator('td.name').textContent();
      await rankings.locator('tbody tr').first().locator('td.name button').click();
      // on a phone the table gives way to the author's card
      await p.getByTestId('rankings').waitFor({ state: 'detached' });
      await p.getByRole('button', { name: 'Open filters and communities' }).click();
      await p.getByTestId('open-rankings').click();
      await rankings.waitFor();
      expect(await rankings.locator('.rankings-sort select').inputValue()).toBe(sortedBy);
      expect(await rankings.locator('tbody tr').first().locator('td.name').textContent()).toBe(firstOnPage);
      await rankings.locator('tbody tr').first().locator('td.name button').click();
      await p.getByTestId('rankings').waitFor({ state: 'detached' });
      await p.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
      await p.waitForTimeout(700);
      await shootPage(p, `network-ego-phone-${theme}`);
      expect(phoneErrors).toEqual([]);
    });
  });
});
