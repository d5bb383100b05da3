/** Helpers for driving the explorer in e2e tests: open it, read pixels, find nodes on the canvas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, inject } from 'vitest';
import { waitForState } from './browser';
import { AIM_MS } from '../../src/app/graph/pick';

export const OUTPUT_DIR = path.resolve(import.meta.dirname, '../../test-output/e2e');

/**
 * Page-side JS for a `page.evaluate` string, after a `box` (the canvas's client rect) is declared: declares `right`
 * and `bottom`, the canvas part (CSS px from its top-left) that the open card leaves, or the phone's bottom sheet
 * (a panel at least 0.9 of the canvas wide lies below the map, else beside it).
 */
export const CARD_FREE_PART = `const panel = document.querySelector('.details-panel');
    const p = panel ? panel.getBoundingClientRect() : null;
    let right = box.width, bottom = box.height;
    if (p && p.width > 0 && p.height > 0) {
      if (p.width >= box.width * 0.9) bottom = Math.min(bottom, p.top - box.top);
      else right = Math.min(right, p.left - box.left);
    }`;

export function appUrl(query = ''): string {
  return `${inject('atlasUrl')}${query}`;
}

export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(appUrl(query));
  await waitForState(page, 'ready');
}

/** Screenshot of the canvas area, saved under test-output/e2e/<name>.png, decoded for pixel checks. */
export async function shootCanvas(page: Page, name: string): Promise<PNG> {
  // (the chips over the map are no part of its picture: the filters chip, on the desktop too since session 35, holds
  // words in the accent colour a pixel count of a community's colour could take for nodes)
  const buffer = await page.locator('.stage').screenshot({ style: '.map-chips { visibility: hidden !important; }' });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(path.join(OUTPUT_DIR, `${name}.png`), buffer);
  return PNG.sync.read(buffer);
}

/**
 * With ATLAS_SCREENSHOTS=1, the e2e files save a picture of each state they check (`shootPage`,
 * `shootElement`) under test-output/e2e/ for a person to look at; no test reads them. Off by default: a capture
 * cost the shared Chromium ~0.2 CPU-s (it composites the whole page again and encodes it), ~120 of them a run.
 * The pixel checks' own captures (`shootCanvas`, and a clip read back in a test) are taken and saved always.
 */
export const KEEP_SCREENSHOTS = process.env.ATLAS_SCREENSHOTS === '1';

/** Picture of the page as `test-output/e2e/<name>.png` (only with ATLAS_SCREENSHOTS=1: see `KEEP_SCREENSHOTS`). */
export async function shootPage(page: Page, name: string): Promise<void> {
  if (!KEEP_SCREENSHOTS) return;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`) });
}

/** Picture of the element `locator` as `test-output/e2e/<name>.png` (only with ATLAS_SCREENSHOTS=1). */
export async function shootElement(locator: Locator, name: string): Promise<void> {
  if (!KEEP_SCREENSHOTS) return;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await locator.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`) });
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Pixels within `tolerance` (per channel) of `hex`. */
export function countColor(png: PNG, hex: string, tolerance = 6): number {
  const [r, g, b] = rgb(hex);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i] - r) <= tolerance && Math.abs(png.data[i + 1] - g) <= tolerance && Math.abs(png.data[i + 2] - b) <= tolerance) n++;
  }
  return n;
}

/** Pixels clearly different from the background colour `hex`. */
export function countNotColor(png: PNG, hex: string, tolerance = 24): number {
  return png.width * png.height - countColor(png, hex, tolerance);
}

/** Where a node is drawn, in page coordinates (strings for page.evaluate: see the brief on `__name`). */
export async function nodePosition(page: Page, nodeKey: string): Promise<{ x: number; y: number }> {
  // after pending frames, from the data Sigma last drew (not from graph attributes, which go through
  // a normalisation that can lag behind the drawing)
  await frames(page);
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(${JSON.stringify(nodeKey)}));
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  })()`);
}

/** Evaluate an expression against the store state (`s`) and the bundle (`b`). */
export async function fromStore<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(() => { const s = window.__atlas.store.getState(); const b = s.dataset && s.dataset.bundle; return ${expression}; })()`);
}

/** Let pending frames draw (Sigma renders on animation frames). */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(`new Promise((resolve) => { let k = ${n}; const step = () => (--k <= 0 ? resolve(null) : requestAnimationFrame(step)); requestAnimationFrame(step); })`);
}

/** Waits for the frame showing the last change and the history write queued after it (two frames and a task). */
async function historyWritten(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))');
}

/**
 * The page's URL once the app has written what it shows: a selection, view or setting goes into the history at
 * the end of its task (src/app/url/history-writes.ts; until session 41 after the frame that showed it), and
 * Playwright's `page.url()` learns of a same-page write later still. Waits two frames and a task, then reads
 * `location.href` in the page.
 */
export async function pageUrl(page: Page): Promise<URL> {
  await historyWritten(page);
  return new URL(await page.evaluate<string>('location.href'));
}

/**
 * A step Back as a user takes it with the browser's Back button: once they saw the frame showing the last change
 * (`pageUrl`'s wait), then `goBack()`; returns its response. A Back taken before that frame undoes the change too
 * (the entry is written at the end of the change's task: back-before-paint.test.ts, which sends the mouse's Back
 * button in the click's burst of input).
 */
export async function stepBack(page: Page): ReturnType<Page['goBack']> {
  await historyWritten(page);
  return page.goBack();
}

/**
 * Switch the system's colour scheme under an open page, as a user's OS does at dusk (the app follows
 * `prefers-color-scheme` live): the page is not reloaded, so a file checks both themes on one load of a
 * big map. Returns once the store took the theme and the map is drawn in it (`settled`).
 */
export async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction(`window.__atlas.store.getState().theme === ${JSON.stringify(theme)}`);
  // the app recolours the drawn graph in place (ColourController): wait for its colours, not just the store
  // (CI once shot the seed's links layer empty in between)
  await page.waitForFunction(`window.__atlas.graph && window.__atlas.graph.getAttribute('theme') === ${JSON.stringify(theme)}`, null, { timeout: 60_000 });
  await settled(page, 300);
}

/**
 * Wait until the camera has stopped, the level of detail has caught up with it (maps without one count as
 * caught up) and three more frames are drawn; `pauseMs` first lets a just-started camera animation begin.
 */
export async function settled(page: Page, pauseMs = 0): Promise<void> {
  if (pauseMs) await page.waitForTimeout(pauseMs);
  await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()', null, { timeout: 60_000 });
  await page.waitForFunction('window.__atlas.lodSettled !== false', null, { timeout: 60_000 });
  await frames(page, 3);
}

/**
 * The user zooms into the part of the map farthest from the node `nodeKey` ("a12"): the camera set (no flight) on the
 * shown node farthest from it, at zoom `ratio`. The test then waits for `settled` itself.
 */
export async function zoomFarFrom(page: Page, nodeKey: string, ratio: number): Promise<void> {
  await page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const me = sigma.getNodeDisplayData(${JSON.stringify(nodeKey)});
    let far = null, d = -1;
    window.__atlas.graph.forEachNode((n, a) => {
      const p = sigma.getNodeDisplayData(n);
      if (a.hidden || !p) return;
      const dn = Math.hypot(p.x - me.x, p.y - me.y);
      if (dn > d) [far, d] = [p, dn];
    });
    sigma.getCamera().setState({ x: far.x, y: far.y, ratio: ${ratio} });
  })()`);
}

/**
 * A finger's tap at `point` (page CSS px) on the picture the user has been looking at: first waits until the camera
 * last moved the picture on the screen a reaction time ago (pick.ts AIM_MS, and 50 ms), as a user looks before
 * tapping. The app picks a tap against the picture the finger was aimed at (pick.ts `aimedFrame`): a tap made
 * sooner after a camera move's last step (drawn slowly under load, more than AIM_MS after the step before it) is
 * matched to the step before, as a user's finger on its way would be, and missed the dot the test read from the
 * last step (CI, phone-taps.test.ts). Call after `settled`; a test of taps made during a move taps itself. The finger
 * is held as `fingerTap` holds it; returns what the press hovered (`fingerTap`).
 */
export async function tapSeen(page: Page, point: { x: number; y: number }): Promise<string | null> {
  // the time the drawn camera last changed, kept by a listener on Sigma's renders (installed at the first call:
  // that moment counts as a change)
  await page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    if (window.__pictureSigma === sigma) return;
    window.__pictureSigma = sigma;
    window.__pictureAt = performance.now();
    let last = Float32Array.from(sigma.matrix);
    sigma.on('afterRender', () => {
      const m = sigma.matrix;
      if (m.some((v, i) => v !== last[i])) { last = Float32Array.from(m); window.__pictureAt = performance.now(); }
    });
  })()`);
  await page.waitForFunction(`performance.now() - window.__pictureAt > ${AIM_MS + 50}`, null, { timeout: 60_000 });
  return fingerTap(page, point);
}

/** A CDP session per page, for touches held over frames (`fingerTap`). */
const touchSessions = new WeakMap<Page, CDPSession>();

/**
 * A finger's tap at `point` (page CSS px) as a finger makes it: down, held until the press's hover is drawn (a real
 * tap lasts about 100 ms: several frames, in which the press's hover is drawn), then up. Playwright's
 * `touchscreen.tap` lifts the finger at once, before the next frame: a tap picked against the names as the press's
 * hover re-placed them (a tapped name moved off the finger and the disc under it opened: phone-taps-30k under load)
 * went unseen. Returns the node the press's hover showed when the finger was lifted ("a13000", "p12"), or null.
 * Throws when the page has no touch (a context without `hasTouch`).
 */
export async function fingerTap(page: Page, point: { x: number; y: number }, frames = 6): Promise<string | null> {
  let cdp = touchSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    touchSessions.set(page, cdp);
  }
  // released as soon as the names are drawn again after the press (its hover re-places them), or after `frames`
  // frames when nothing is drawn again (a press on no node): a finger lifted while the press's hover is on screen
  const before = await page.evaluate<number>('window.__atlas.labelsPlacedFor ? window.__atlas.labelsPlacedFor.at : -1');
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: point.x, y: point.y }] });
  await page.evaluate(`new Promise((done) => {
    let cap = ${frames};
    const step = () => {
      const placed = window.__atlas.labelsPlacedFor;
      if ((placed && placed.at > ${before}) || --cap <= 0) done(); else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`);
  const held = await page.evaluate<string | null>(
    `(() => { const h = window.__atlas.store.getState().hovered; return h ? (h.kind === 'author' ? 'a' : 'p') + h.index : null; })()`,
  );
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  return held;
}

/** What a check could leave behind on a page: selection, hover, emphasis, search, view, filters, sizes, colours. */
export const LEFT_BEHIND = `({ selection: s.selection, hovered: s.hovered, emphasis: s.emphasis, query: s.query, view: s.view, sizeBy: s.sizeBy,
  colorBy: s.colorBy, filters: { ...s.filters, hiddenCommunities: [...s.filters.hiddenCommunities] } })`;

/**
 * Back to the state right after a map loaded, as a user gets there, for a file whose checks share one load of
 * a map: the window at `viewport`, the pointer off the canvas, the Rankings table closed, the search emptied,
 * Escape until no card is open, an ego view left, the papers view, the whole graph shown; then checks that the store holds what
 * it held right after the load (`loaded`: `fromStore(page, LEFT_BEHIND)` then; the theme aside, each check sets
 * its own) and that no card is open. (map-30k.test.ts has its own, which also clears a chain.)
 */
export async function backToLoaded(page: Page, loaded: unknown, viewport = { width: 1440, height: 900 }): Promise<void> {
  const size = page.viewportSize();
  if (size?.width !== viewport.width || size?.height !== viewport.height) {
    await page.setViewportSize(viewport);
    await page.waitForFunction(`window.innerWidth === ${viewport.width} && window.innerHeight === ${viewport.height}`);
  }
  await page.mouse.move(5, 5);
  const closeRankings = page.getByTestId('rankings').getByRole('button', { name: 'Close rankings' });
  if (await closeRankings.count()) await closeRankings.click();
  if (await page.evaluate<boolean>("window.__atlas.store.getState().query !== ''")) await page.getByLabel('Search authors and papers').fill('');
  for (let i = 0; i < 3 && (await page.evaluate<boolean>('window.__atlas.store.getState().selection !== null')); i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
  // an ego view left through its banner
  if (await page.evaluate<boolean>('window.__atlas.store.getState().filters.ego !== null')) await page.getByTestId('leave-ego').click();
  if (await page.evaluate<boolean>("window.__atlas.store.getState().view !== 'papers'")) {
    await page.getByRole('radiogroup', { name: 'Graph view' }).getByRole('radio', { name: 'Authors & papers' }).click();
    await page.waitForFunction(`window.__atlas.store.getState().view === 'papers'`);
  }
  await page.getByRole('button', { name: 'Show the whole graph' }).click();
  await settled(page, 600);
  expect(await fromStore(page, LEFT_BEHIND), 'back to the state right after the load').toEqual(loaded);
  expect(await page.getByTestId('author-panel').count()).toBe(0);
}

/** A label as the page drew it (`window.__atlas.labels`, src/app/graph/label-placement.ts `PlacedLabel`), boxes in Sigma's viewport pixels (from the canvas's top left, not the page's). */
export interface DrawnLabel {
  kind: 'node' | 'community';
  key: string;
  text: string;
  dim?: boolean;
  box: { x0: number; y0: number; x1: number; y1: number };
  node?: { x: number; y: number; r: number; strong: boolean };
}

/** The labels drawn at the canvas's last render. */
export const drawnLabels = (page: Page) => page.evaluate<DrawnLabel[]>('JSON.parse(JSON.stringify(window.__atlas.labels || []))');

/** Every pair of labels whose boxes overlap, as "text / text". */
export function overlappingLabels(list: DrawnLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i].box;
      const b = list[j].box;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${list[i].text} / ${list[j].text}`);
    }
  }
  return out;
}

/**
 * Every pair of community names drawn on one line (their boxes' rows overlap) less than `gap` px apart, as
 * "text / text": two such names read as one ("statistical machine translation · German ● machine translation" on the
 * whole ACL Anthology's overview, 6 px apart).
 */
export function communityNamesRunTogether(list: DrawnLabel[], gap: number): string[] {
  const names = list.filter((l) => l.kind === 'community');
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i].box;
      const b = names[j].box;
      if (a.y0 < b.y1 && b.y0 < a.y1 && Math.max(b.x0 - a.x1, a.x0 - b.x1) < gap) out.push(`${names[i].text} / ${names[j].text}`);
    }
  }
  return out;
}

/**
 * Class names of the shown elements matching `covers` (a selector list) that the element `selector` overlaps on
 * the page: what a floating notice would hide.
 */
export async function coveredBy(page: Page, selector: string, covers: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const n = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return [...document.querySelectorAll(${JSON.stringify(covers)})].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom;
    }).map((el) => el.className);
  })()`);
}

/**
 * Drop files on the page the way a browser does: dragenter, dragover, drop with a DataTransfer holding them, on
 * `selector`. A file is its text (`text/plain`) or its bytes (`bytes`, with its `type`: a picture, a PDF).
 */
export async function dropFiles(page: Page, files: ({ name: string; text: string } | { name: string; bytes: Uint8Array; type: string })[], selector = '.stage'): Promise<void> {
  const plain = files.map((f) => ('text' in f ? f : { name: f.name, bytes: [...f.bytes], type: f.type }));
  await page.evaluate(`(() => {
    const files = ${JSON.stringify(plain)};
    const make = () => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add('bytes' in f ? new File([new Uint8Array(f.bytes)], f.name, { type: f.type }) : new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    };
    const target = document.querySelector(${JSON.stringify(selector)});
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: make(), bubbles: true, cancelable: true }));
    }
  })()`);
}

/**
 * From the next page load on (every page of the context): the author count of each map the page shows, in order, in
 * `window.__mapsShown` (read it with `mapsShown`): the store's dataset each time a new one is there with the load
 * ready, which the canvas then draws. A map opened in place of another (a reload's kept map) is one entry; a map
 * drawn, then swapped for another, two.
 */
export async function watchMapsShown(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    type State = { load: { status: string }; dataset: { bundle: { stats: { authors: number } } } | null };
    type Store = { getState(): State; subscribe(listener: (state: State) => void): unknown };
    const w = window as unknown as { __mapsShown: number[] };
    w.__mapsShown = [];
    let last: unknown = null;
    const seen = (s: State) => {
      if (s.load.status !== 'ready' || !s.dataset || s.dataset === last) return;
      last = s.dataset;
      w.__mapsShown.push(s.dataset.bundle.stats.authors);
    };
    // the app's debug handle (debug.ts) is set once, with the store: watched from then on
    Object.defineProperty(window, '__atlas', {
      configurable: true,
      set(handle: { store: Store }) {
        Object.defineProperty(window, '__atlas', { value: handle, writable: true, configurable: true, enumerable: true });
        seen(handle.store.getState());
        handle.store.subscribe(seen);
      },
    });
  });
}

/** The author counts of the maps shown since the page loaded (`watchMapsShown`). */
export const mapsShown = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { __mapsShown: number[] }).__mapsShown);

/**
 * The review list's first pair, read from the list itself: the list opened (the map emphasises its pair), its two
 * author indices and names read, and the list closed again, the camera settled. For tests that then change the view
 * (zoom away, filter) and open the list again.
 */
export async function reviewListFirstPair(page: Page): Promise<{ pair: [number, number]; names: string[] }> {
  await page.evaluate(`window.__atlas.store.getState().select({ kind: 'review' })`);
  await page.getByTestId('review-panel').getByTestId('suggestion').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(`window.__atlas.store.getState().emphasis?.by === 'review'`);
  const pair = await fromStore<[number, number]>(page, 's.emphasis.nodes.map((n) => n.index)');
  const names = await fromStore<string[]>(page, `[b.authors.name[${pair[0]}], b.authors.name[${pair[1]}]]`);
  await page.evaluate(`window.__atlas.store.getState().select(null)`);
  await settled(page, 300);
  return { pair, names };
}
