/**
 * The overview, the search and the hover labels as users get them (camera animation on, 1440x900), on one load
 * of the seed and one of the 30k map (acl_2016_2021_all) for the whole file: a check in the other theme switches
 * the system theme under the open page (`switchTheme`), as the app follows it live, and the checks that once had
 * a page of their own start from the state right after the load (`fresh()`: the pointer off the canvas, the
 * search emptied, Escape as a user closes a card, the whole graph shown; it checks the store says so). These
 * were three files loading the 30k map three times and the seed twice (a load of the 30k map is ~20 CPU-s of
 * Chromium, one of the seed ~6). The seed's checks come first: they run while the 30k map is built when no build
 * of it is cached (map-30k.test.ts, starting at the same time, builds it or this file does, behind a lock).
 * - Links at overview (issue 11 items 2 and 3): drawn in both themes, on the seed and on the 30k map (level of
 *   detail), before any hover and after a hover and a selection.
 * - Search as researchers expect it (issue 11, item 8; was search-names.test.ts), on the 30k map and the seed:
 *   the best name fits come first and, among equal fits, the most prolific ("Wang J" opened with Zijie J. Wang
 *   and ranked Jin Wang, 32 papers, 7th); accents are forgiven both ways ("Muller" and "Müller" list the same
 *   people, spelt either way); a query nothing matches says so; the search's placeholder is never cut at desktop
 *   sizes (it once read "…29,541 paper"), and the results are wider than the search box, paper titles wrapping
 *   instead of ending in "…"; light and dark.
 * - One label placement for everything (issue 11, item 4; was hover-labels.test.ts), on the 30k map where a hover
 *   is drawn on its own layer (level of detail), dark and light, at overview in the co-author view: while an
 *   author is hovered (the labelled author with the fewest co-authors), the labels drawn (`window.__atlas.labels`)
 *   hold the hovered author (bold) and names of its co-authors, placed by the same placement as every other
 *   label, none over another and none cut by the canvas's edges; the other labels are faint; leaving the author
 *   brings the labels back as they were.
 * - A view switch leaves the camera where the user left it (it jumped back to an author closed before: the old
 *   camera request ran again on the new graph), after the whole graph was shown and after a wheel zoom (seed).
 * - Labels on the seed (issue 11, item 4; the check is in label-checks.ts, shared with map-3k.test.ts, whose seed page
 *   it had): at overview, with a crowded author selected and zoomed in, none over another, none cut.
 * - When the drawn graph changes under the pointer (a level-of-detail refill), the page neither fails ("Cannot
 *   read properties of undefined (reading 'hidden')") nor keeps emphasising a node no longer drawn (last: it
 *   drops nodes from the drawn graph).
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/app/graph/contrast';
import { CANVAS_COLORS, type Theme } from '../../src/app/theme';
import { appUrl, backToLoaded, drawnLabels, frames, fromStore, LEFT_BEHIND, OUTPUT_DIR, overlappingLabels, settled, shootElement, shootPage, switchTheme } from './atlas-page';
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';
import { launchChromium, openPage, waitForState } from './browser';
import { labelledAuthors } from './pointer';
import { checkLabels } from './label-checks';

let browser: Browser;
/**
 * The 30k map, as `open`'s query: served (built first when no build is cached, or waited for while another file
 * builds it) when a check first asks for it, so that the seed's checks run meanwhile instead of waiting.
 */
const big = 'big';

beforeAll(async () => {
  browser = await launchChromium();
});

/**
 * One page per map for the whole file, opened at the first test that needs it (light theme): a test in the
 * other theme switches the system theme under it (`switchTheme`), as the app follows it live, so each map is
 * loaded once instead of once per test. `loaded`: what the page's store held right after the load (LEFT_BEHIND).
 */
const pages = new Map<string, Promise<{ page: Page; errors: string[]; loaded: unknown }>>();
async function open(query: string, theme: Theme): Promise<{ page: Page; errors: string[]; loaded: unknown }> {
  let opened = pages.get(query);
  if (!opened) {
    opened = (async () => {
      const o = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
      await o.page.goto(appUrl(query === big ? servedBundle('acl_2016_2021_all') : query));
      await waitForState(o.page, 'ready', 120_000);
      return { ...o, loaded: await fromStore(o.page, LEFT_BEHIND) };
    })();
    pages.set(query, opened);
  }
  const o = await opened;
  await switchTheme(o.page, theme);
  return o;
}

/** The page of the map `query` (see `open`), back to the state right after its load (`backToLoaded`, checked). */
async function fresh(query: string, theme: Theme): Promise<{ page: Page; errors: string[] }> {
  const { page, errors, loaded } = await open(query, theme);
  await backToLoaded(page, loaded);
  return { page, errors };
}

afterAll(async () => {
  for (const opened of pages.values()) await (await opened).page.context().close();
  await browser?.close();
});

/**
 * The links layer alone (Sigma's other layers hidden for the shot), inside the canvas away from the legend
 * and zoom buttons: how many pixels stand out from the background by at least 1.25:1, and the best contrast.
 */
async function linkPixels(page: Page, name: string, theme: Theme): Promise<{ share: number; best: number }> {
  const hide = `document.querySelectorAll('.atlas-canvas canvas:not(.sigma-edges)').forEach((c) => { c.style.visibility = '__V__'; })`;
  await page.evaluate(hide.replace('__V__', 'hidden'));
  const box = (await page.locator('.atlas-canvas').boundingBox())!;
  const clip = { x: box.x + box.width * 0.15, y: box.y + box.height * 0.1, width: box.width * 0.7, height: box.height * 0.75 };
  const buffer = await page.screenshot({ clip });
  await page.evaluate(hide.replace('__V__', ''));
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(path.join(OUTPUT_DIR, `links-${name}.png`), buffer);
  const png = PNG.sync.read(buffer);
  const background = CANVAS_COLORS[theme].background;
  let standing = 0;
  let best = 1;
  const hex = (i: number) => `#${[0, 1, 2].map((k) => png.data[i + k].toString(16).padStart(2, '0')).join('')}`;
  for (let i = 0; i < png.data.length; i += 4) {
    const c = contrastRatio(hex(i), background);
    if (c >= 1.25) standing++;
    best = Math.max(best, c);
  }
  return { share: standing / (png.width * png.height), best };
}

describe.each([
  ['seed', ''],
  ['30k', 'big'],
] as const)('links at overview, %s', (name, which) => {
  it.each(['light', 'dark'] as const)('%s theme: drawn before any hover, and after a hover and a selection', async (theme) => {
    const { page, errors } = await open(which === 'big' ? big : '', theme);
    const before = await linkPixels(page, `${name}-${theme}`, theme);
    // a hairline layer, but clearly there: every link keeps 1.8:1 against the background
    expect(before.share).toBeGreaterThan(0.004);
    expect(before.best).toBeGreaterThanOrEqual(1.8);
    // hover an author and leave; select one and close
    const [author] = await labelledAuthors(page, 1);
    await page.mouse.move(author!.x, author!.y);
    await frames(page, 3);
    await page.mouse.move(5, 5);
    await page.mouse.click(author!.x, author!.y);
    await settled(page, 600);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 600);
    const after = await linkPixels(page, `${name}-${theme}-after`, theme);
    expect(after.share).toBeGreaterThan(before.share * 0.5);
    expect(errors).toEqual([]);
    // the first check on the 30k map may wait for its build (not cached yet: a fresh clone, a change in src/core)
  }, BIG_BUNDLE_TIMEOUT);
});

const search = (page: Page) => page.getByLabel('Search authors and papers');

/** Type `q` into the search (as a user does) and read the options: name and paper count of each. */
async function results(page: Page, q: string): Promise<{ name: string; papers: number | null }[]> {
  await search(page).fill('');
  await search(page).click();
  await search(page).pressSequentially(q);
  await page.waitForFunction(`window.__atlas.store.getState().query === ${JSON.stringify(q)}`);
  const list = page.getByRole('listbox', { name: 'Search results' });
  await list.waitFor();
  const options = await list.getByRole('option').evaluateAll((els) => els.map((el) => [el.querySelector('.hit-label')?.textContent ?? '', el.querySelector('.hit-detail')?.textContent ?? '']));
  return options.map(([name, detail]) => {
    const m = /^Author · (\d+) papers?$/.exec(detail);
    return { name, papers: m ? Number(m[1]) : null };
  });
}

/**
 * The search's placeholder and whether it fits: written into the field as its value for a moment, where the
 * field also shows its clear button (whose room an empty search field keeps too), its text must not
 * scroll (`scrollWidth` over `clientWidth`).
 */
async function placeholder(page: Page): Promise<{ text: string; overflow: number }> {
  return page.evaluate(`(() => {
    const input = document.querySelector('.search input');
    const text = input.placeholder;
    const before = input.value;
    input.value = text;
    const overflow = input.scrollWidth - input.clientWidth;
    input.value = before;
    return { text, overflow };
  })()`);
}

describe('search on the 30k map', () => {
  it.each(['light', 'dark'] as const)('%s theme: best name fit first, then the most prolific; accents forgiven; the placeholder whole', async (theme) => {
    // as a user left it: the search cleared and closed
    const { page, errors } = await fresh(big, theme);
    await search(page).fill('');
    await page.keyboard.press('Escape');
    await switchTheme(page, theme);

    // the placeholder reads whole at 1440x900 and 1280x800
    for (const [width, height] of [[1440, 900], [1280, 800]]) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction(`document.querySelector('.search input').clientWidth > 0`);
      await settled(page, 200);
      const p = await placeholder(page);
      expect(p.text.startsWith('Search')).toBe(true);
      expect(p.overflow, `"${p.text}" at ${width}x${height}`).toBeLessThanOrEqual(0);
      await shootElement(page.locator('.topbar'), `search-names-topbar-${width}-${theme}`);
    }
    // at 1280x800 (the narrowest search box of a desktop) the results are wider than the box, and a paper's
    // title reads whole (it wraps instead of ending in "…")
    await results(page, 'attention');
    const list = await page.evaluate<{ input: number; list: number; cut: string[]; papers: number }>(`(() => {
      const input = document.querySelector('.search input').getBoundingClientRect();
      const list = document.querySelector('.search-results').getBoundingClientRect();
      const labels = [...document.querySelectorAll('.search-hit[data-kind="paper"] .hit-label')];
      const cut = labels.filter((el) => el.textContent.length <= 150 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)).map((el) => el.textContent);
      return { input: input.width, list: list.width, cut, papers: labels.length };
    })()`);
    expect(list.papers).toBeGreaterThan(5);
    expect(list.list).toBeGreaterThanOrEqual(Math.min(540, list.input * 2));
    expect(list.cut).toEqual([]);
    await shootPage(page, `search-names-titles-1280-${theme}`);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });

    // a surname and an initial, in each order: Jin Wang (32 papers) first, then the other J. Wangs by papers
    for (const q of ['Wang J', 'J Wang', 'wang, j.']) {
      const list = await results(page, q);
      expect(list[0], q).toEqual({ name: 'Jin Wang', papers: 32 });
      const wangs = list.slice(0, 6);
      for (const w of wangs) expect(w.name, q).toMatch(/^J\S* Wang$/);
      const papers = wangs.map((w) => w.papers ?? 0);
      expect(papers, q).toEqual([...papers].sort((a, b) => b - a));
    }
    await shootPage(page, `search-names-wang-j-${theme}`);

    // a whole name: that person first, above longer names it begins
    expect((await results(page, 'Jin Wang'))[0]).toEqual({ name: 'Jin Wang', papers: 32 });
    expect((await results(page, 'Noah Smith'))[0]).toEqual({ name: 'Noah A. Smith', papers: 92 });
    // initials written together, as PubMed and Web of Science write names
    expect((await results(page, 'Smith NA'))[0]).toEqual({ name: 'Noah A. Smith', papers: 92 });
    expect((await results(page, 'Manning CD'))[0]).toEqual({ name: 'Christopher D. Manning', papers: 46 });

    // accents forgiven both ways: the same people, however they spell it
    const plain = await results(page, 'Muller');
    const umlaut = await results(page, 'Müller');
    expect(umlaut).toEqual(plain);
    const names = plain.map((r) => r.name);
    expect(names).toContain('Philippe Muller');
    expect(names).toContain('Mathias Müller');
    expect(plain[0]).toEqual({ name: 'Philippe Muller', papers: 19 });
    await shootPage(page, `search-names-muller-${theme}`);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('hover on the 30k map', () => {
  it.each(['dark', 'light'] as const)('%s theme: names the hovered author and co-authors in the one placement, nothing overlapping', async (theme) => {
    const { page, errors } = await fresh(big, theme);
    // at overview in the co-author view, as a user switches to it
    await page.getByRole('radiogroup', { name: 'Graph view' }).getByRole('radio', { name: 'Co-authors' }).click();
    await page.waitForFunction(`window.__atlas.store.getState().view === 'coauthors'`);
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 600);
    // the search's placeholder is never cut (it was "Search 36,784 authors and 29,541 paper" here)
    const fit = await page.evaluate<{ text: number; room: number }>(`(() => {
      const input = document.querySelector('.search input');
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
      return { text: ctx.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    })()`);
    expect(fit.text).toBeLessThanOrEqual(fit.room);
    const before = await drawnLabels(page);
    // a labelled author with a few co-authors on screen (all of them are then to be named)
    const candidates = await labelledAuthors(page, 60);
    const { width, height } = await page.evaluate<{ width: number; height: number }>('window.__atlas.sigma.getDimensions()');
    let chosen: { key: string; x: number; y: number; neighbours: string[]; visible: string[]; all: number } | null = null;
    for (const c of candidates) {
      const { all, neighbours, visible } = await page.evaluate<{ all: number; neighbours: string[]; visible: string[] }>(`(() => {
        const g = window.__atlas.graph;
        const sigma = window.__atlas.sigma;
        const visible = g.neighbors(${JSON.stringify(c.key)}).filter((n) => !g.getNodeAttribute(n, 'hidden'));
        // on screen, and far enough from the author and from each other that a name fits beside each
        // (co-authors drawn on top of one another leave room for one name only: nothing to ask of those)
        const placed = [sigma.graphToViewport(g.getNodeAttributes(${JSON.stringify(c.key)}))];
        const apart = visible.filter((n) => {
          const p = sigma.graphToViewport(g.getNodeAttributes(n));
          if (!(p.x > 40 && p.y > 40 && p.x < ${width} - 200 && p.y < ${height} - 40)) return false;
          if (placed.some((q) => Math.abs(q.x - p.x) < 60 && Math.abs(q.y - p.y) < 18)) return false;
          placed.push(p);
          return true;
        });
        return { all: visible.length, neighbours: apart, visible };
      })()`);
      // the author with the fewest co-authors, some of them on screen (under 60: every one is to be named)
      if (neighbours.length >= 2 && (!chosen || all < chosen.all)) chosen = { key: c.key, x: c.x, y: c.y, neighbours, visible, all };
    }
    expect(chosen).not.toBeNull();
    await page.mouse.move(chosen!.x, chosen!.y);
    await page.waitForFunction(`(window.__atlas.labels || []).some((l) => l.key === ${JSON.stringify(chosen!.key)} && l.node && l.node.strong)`);
    await frames(page, 3);
    await shootPage(page, `hover-labels-${theme}`);
    const during = await drawnLabels(page);
    const { width: w, height: h } = { width, height };
    expect(overlappingLabels(during)).toEqual([]);
    expect(during.filter((l) => l.box.x0 < 0 || l.box.y0 < 0 || l.box.x1 > w || l.box.y1 > h).map((l) => l.text)).toEqual([]);
    // the hovered author and most of its co-authors are named, not faint; every other label is faint
    const named = new Set(during.filter((l) => !l.dim).map((l) => l.key));
    expect(named.has(chosen!.key)).toBe(true);
    const namedNeighbours = chosen!.neighbours.filter((n) => named.has(n));
    // (co-authors drawn on top of one another near the author leave room for only some names)
    expect(namedNeighbours.length).toBeGreaterThanOrEqual(Math.min(3, chosen!.neighbours.length));
    const hood = new Set([chosen!.key, ...chosen!.visible]);
    expect(during.filter((l) => !l.dim && !hood.has(l.key)).map((l) => l.text)).toEqual([]);

    // leaving: the labels are as before the hover
    await page.mouse.move(5, 5);
    await page.waitForFunction(`!(window.__atlas.labels || []).some((l) => l.dim)`);
    await frames(page, 3);
    const after = await drawnLabels(page);
    expect(after.map((l) => l.text)).toEqual(before.map((l) => l.text));
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('search on the seed', () => {
  it('a name nothing matches says so', async () => {
    const { page, errors } = await fresh('', 'light');
    await search(page).click();
    await search(page).pressSequentially('Müller');
    const list = page.getByRole('listbox', { name: 'Search results' });
    await list.waitFor();
    await expect(list.textContent()).resolves.toBe('No author or paper matches “Müller”.');
    expect(await list.getByRole('option').count()).toBe(0);
    await shootPage(page, 'search-names-no-match');
    expect(errors).toEqual([]);
  });
});

describe('the camera on the seed', () => {
  it('a view switch keeps the camera where the user left it, not on an author closed before', async () => {
    const { page, errors } = await fresh('', 'light');
    const camera = () => page.evaluate<{ x: number; y: number; ratio: number }>('(() => { const c = window.__atlas.sigma.getCamera().getState(); return { x: c.x, y: c.y, ratio: c.ratio }; })()');
    // the camera goes to an author chosen in the search; the card is closed and the whole graph shown again
    // (Cynthia Dwork: two papers near her, so a close-up; the focal author's papers are in every cluster and
    // frame him with most of the map)
    await search(page).fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).first().click();
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 600);
    expect((await camera()).ratio).toBeLessThan(0.5);
    await page.keyboard.press('Escape');
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 600);
    const whole = await camera();
    expect(whole.ratio).toBeCloseTo(1, 2);
    const views = page.getByRole('radiogroup', { name: 'Graph view' });
    await views.getByRole('radio', { name: 'Co-authors' }).click();
    await page.waitForFunction("window.__atlas.store.getState().view !== 'papers'");
    await settled(page, 600);
    // (it jumped back to the closed author's close-up: the old camera request ran again on the new graph)
    expect(await camera()).toEqual(whole);
    // zoomed by the wheel, then back to the other view: the zoom stays
    const box = await page.evaluate<{ x: number; y: number; width: number; height: number }>(
      '(() => { const r = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { x: r.left, y: r.top, width: r.width, height: r.height }; })()',
    );
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await settled(page, 600);
    const zoomed = await camera();
    expect(zoomed.ratio).toBeLessThan(0.95);
    await views.getByRole('radio', { name: 'Authors & papers' }).click();
    await page.waitForFunction("window.__atlas.store.getState().view === 'papers'");
    await settled(page, 600);
    expect(await camera()).toEqual(zoomed);
    expect(errors).toEqual([]);
  });
});

// one label placement for authors and communities on the seed (issue 11, item 4; label-checks.ts, where the
// check is described; acl_2020_main's is in map-3k.test.ts): was a seed page of its own in map-3k.test.ts
describe('labels on the seed map', () => {
  it('light theme: at overview and zoomed in, no label over another, none cut by the canvas edges', async () => {
    const { page, errors } = await fresh('', 'light');
    await checkLabels(page, errors, 'seed');
  }, 240_000);
});

describe('the drawn graph changes under the pointer (30k map, level of detail)', () => {
  it('a node dropped from the drawn graph is neither picked nor left emphasised', async () => {
    const { page, errors } = await fresh(big, 'light');
    const [author] = await labelledAuthors(page, 1);
    await page.mouse.move(author!.x, author!.y);
    await frames(page, 3);
    expect(await fromStore(page, 's.hovered && s.hovered.index')).toBe(Number(author!.key.slice(1)));
    // as a refill does: the node leaves the drawn graph, and with it any node drawn under it there (else
    // that one is rightly picked next); the pointer moves before the next frame is drawn
    await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const graph = sigma.getGraph();
      const under = graph.filterNodes((key) => {
        const d = sigma.getNodeDisplayData(key);
        if (!d || d.hidden) return false;
        const p = sigma.framedGraphToViewport(d);
        return Math.hypot(p.x + box.left - ${author!.x}, p.y + box.top - ${author!.y}) <= sigma.scaleSize(d.size) + 3;
      });
      for (const key of new Set([${JSON.stringify(author!.key)}, ...under])) graph.dropNode(key);
      const mouse = sigma.getContainer().querySelector('.sigma-mouse');
      for (const dx of [1, 2]) mouse.dispatchEvent(new MouseEvent('mousemove', { clientX: ${author!.x} + dx, clientY: ${author!.y}, bubbles: true }));
    })()`);
    await frames(page, 4);
    expect(errors).toEqual([]);
    // no emphasis of it stays: the store forgets it, the hover overlay is clear
    expect(await fromStore(page, 's.hovered')).toBeNull();
    const overlayPixels = await page.evaluate(`(() => {
      const c = document.querySelector('.sigma-atlasHoverOverlay');
      if (!c) return 0;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
      return n;
    })()`);
    expect(overlayPixels).toBe(0);
  }, 300_000);
});
