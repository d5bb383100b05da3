/**
 * Browser part of `npm run bench`: the built explorer in headless Chromium (software WebGL), per dataset:
 * navigation → first drawn frame, click → panel, hover → highlighted frame, search time per keystroke.
 * Called by scripts/bench.ts as runBrowserBench([{ id, dir }]); also runs alone:
 *   npx tsx scripts/bench-browser.ts <id>=<dir with bundle.json> ...
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { waitForState } from '../test/e2e/browser';
import { BENCH_SHOTS as SHOTS, benchInFreshPages } from './lib/bench-site';
import { clickForPanel } from './lib/click-targets';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface BrowserBenchRow {
  dataset: string;
  nodes: number;
  edges: number;
  /** Nodes and edges Sigma draws at the first frame (fewer on big graphs: level of detail). */
  drawnNodes: number;
  drawnEdges: number;
  /**
   * The page's own start (ms after navigation start, DOMContentLoaded: the app's script fetched and run) in a
   * fresh browser context (cold cache): first frame − this is the dataset's part of the first frame.
   */
  pageStartMs: number;
  /** The bundle's text on the page (fetched and decoded on the bundle worker), ms after navigation start. */
  bundleTextMs: number | null;
  /**
   * The bundle worker's steps (public/bundle-reader.js), ms after navigation start: created, started (its script
   * running), requested, headers, lastByte, text (decoded), received (handled on the page's thread); null when the
   * bundle was not read on a worker. `received` − `text` is the time the page's thread was busy elsewhere.
   */
  bundleWorker: Record<string, number> | null;
  /** Bundle fetched, parsed and checked (ms after navigation start). */
  bundleLoadedMs: number;
  /** The bundle schema check (valibot, src/core/bundle/schema.ts) on the first-frame path, ms. */
  bundleCheckMs: number;
  /**
   * When the check had been warmed in the page's idle time (src/app/data/warm-check.ts), ms after navigation
   * start; null when no idle period came first. Before `bundleLoadedMs`: the real check did not start cold.
   */
  checkWarmedMs: number | null;
  /**
   * First frame drawn with the graph (ms after navigation start): on a big graph in the authors-and-papers
   * view, its overview drawn from the bundle before the full graph is built (GraphDataController).
   */
  firstFrameMs: number;
  /**
   * The first labels drawn (ms after navigation start). Since 1 Dec 2026 (session 10) in the first frame's own
   * render on a big map (before: a second render of the same picture, in the next animation frame, drew them).
   */
  firstLabelsMs: number | null;
  /** The full graph built and drawn: hover and click answer from here (`data-state="ready"`), ms after navigation start. */
  interactiveMs: number;
  searchIndexMs: number;
  /** Median over several authors: mouse release → panel rendered. */
  clickToPanelMs: number;
  /**
   * Median: mouse release → the frame painted after the panel rendered (taken in the page; before 1 Dec 2026 it
   * was taken after a round trip to the benchmark script, a frame or two later, so it held the map's first frame).
   */
  clickToPaintedMs: number;
  /** Median: mouse release → the first frame Sigma drew after the click painted (the map answering: emphasis, camera move). */
  clickToMapFrameMs: number;
  /**
   * The first click of the page (no abstract fetched yet): mouse release → the first abstract shown in the author
   * panel (its chunk fetched, checked and rendered); null when the author has no paper with an abstract.
   */
  firstClickAbstractMs: number | null;
  /**
   * The first click of the page on an author: mouse release → the card's name check answered (`split a<index>` mark:
   * whether the name is several people; "Checking…" on the card until then), and → the whole bundle in the insights
   * worker (`insights: bundle sent`; negative: before the click). scripts/card-split.ts times it at the map's first
   * ready moment. Null when the first click did not open an author card.
   */
  firstSplitCheckMs: number | null;
  firstSplitBundleSentMs: number | null;
  /**
   * The hand-over itself: `insights: bundle asked` → `insights: bundle sent` (ms; the worker started, the shell and every
   * slice sent, waiting for the page's quiet moments included). Null when no hand-over was marked.
   */
  firstSplitHandOverMs: number | null;
  /** Longest main-thread task (long-task observer) while clicking the authors, ms. */
  clickLongestTaskMs: number;
  /**
   * The longest tasks while clicking, longest first (at most 6): which click (0-based), when it began (ms after
   * that click's mouse release; negative: before it) and how long it was (ms), so a figure points at a phase.
   */
  clickLongTasks: { click: number; atMs: number; ms: number }[];
  /**
   * The page's main-thread CPU time over the clicks (ms, Chromium's `ThreadTime` metric through CDP), and its
   * script part (`ScriptDuration` in thread time): unlike the tasks' wall times, these compare across machine loads.
   */
  clickMainThreadCpuMs: number;
  clickScriptCpuMs: number;
  /** Median: pointer enters a node → frame with the neighbourhood emphasised has been drawn. */
  hoverFrameMs: number;
  /** Per keystroke: input event → results rendered. */
  searchKeystrokeMedianMs: number;
  searchKeystrokeMaxMs: number;
  /** Each keystroke's time, in the order typed (which letter is slow: the first opens the list). */
  searchKeystrokesMs: number[];
  searchQuery: string;
  /**
   * The review list's first suggested pair ("Review names"), clicked "Same person", then "Undo", then "Different
   * people", then "Undo" (ms after each click's event, in the page): the clicked button marked busy
   * (`aria-busy`, "Working…"), the decision shown, the frame after it painted. Null when the map has no suggestion.
   */
  decisionClicks: { kind: string; busyMarkMs: number | null; answerMs: number; paintedMs: number }[] | null;
  /** The machine's 1-minute load average when the dataset's measuring began and ended (2 cores shared: compare within a run). */
  loadAverage: [number, number];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const round = (x: number): number => Math.round(x * 10) / 10;

/** Authors to click/hover: the most prolific ones that are on screen, not under a panel. */
async function targets(page: Page, n: number): Promise<{ key: string; x: number; y: number }[]> {
  // big graphs: once the camera stops, the drawn nodes change (level of detail); pick among the final ones
  await page.waitForFunction('window.__atlas.lodSettled !== false');
  // and the frame after a camera move has been drawn: Sigma finds the node under the pointer in it
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const g = sigma.getGraph();
    const box = sigma.getContainer().getBoundingClientRect();
    const b = window.__atlas.store.getState().dataset.bundle;
    const order = b.authors.paperCount.map((c, i) => [c, i]).sort((p, q) => q[0] - p[0]).map((p) => p[1]);
    const out = [];
    for (const i of order) {
      const key = 'a' + i;
      if (!g.hasNode(key) || g.getNodeAttribute(key, 'hidden')) continue;
      const p = sigma.graphToViewport(g.getNodeAttributes(key));
      if (p.x < 20 || p.y < 20 || p.x > box.width * 0.6 || p.y > box.height - 20) continue;
      out.push({ key, x: box.left + p.x, y: box.top + p.y });
      if (out.length >= ${n}) break;
    }
    return out;
  })()`);
}

const INSTRUMENT = `(() => {
  const t = (window.__bench = { mouseup: 0, mouseups: [], mousemove: 0, inputs: [], renders: 0, lastRender: 0 });
  window.addEventListener('mouseup', (e) => { t.mouseup = e.timeStamp; t.mouseups.push(e.timeStamp); }, true);
  window.addEventListener('mousemove', (e) => { t.mousemove = e.timeStamp; }, true);
  window.addEventListener('input', (e) => { t.inputs.push(e.timeStamp); }, true);
  window.__atlas.sigma.on('afterRender', () => { t.renders++; t.lastRender = performance.now(); });
  t.longTasks = [];
  // the first abstract text shown in the author panel (not "Loading abstract…")
  t.abstractShown = 0;
  new MutationObserver(() => {
    if (!t.abstractShown && document.querySelector('[data-testid="author-panel"] [data-testid="abstract"]')) t.abstractShown = performance.now();
  }).observe(document.body, { childList: true, subtree: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) t.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  // the paint of the frame after the panel rendered, and of the first frame Sigma draws after a click (the map
  // answering: emphasis, camera move), each taken in the page (a task queued from requestAnimationFrame runs
  // after that frame's paint), not after a round trip to this script, which lands a frame or two later
  const afterPaint = (set) => requestAnimationFrame(() => setTimeout(() => set(performance.now()), 0));
  t.panelPainted = 0;
  t.mapPainted = 0;
  t.awaitMap = false;
  const timings = window.__atlas.timings;
  let panel = timings.panel;
  Object.defineProperty(timings, 'panel', { configurable: true, enumerable: true, get: () => panel, set: (v) => { panel = v; afterPaint((now) => { t.panelPainted = now; }); } });
  window.addEventListener('mouseup', () => { t.awaitMap = true; }, true);
  window.__atlas.sigma.on('afterRender', () => { if (t.awaitMap) { t.awaitMap = false; afterPaint((now) => { t.mapPainted = now; }); } });
})()`;

async function benchDataset(page: Page, baseUrl: string, id: string): Promise<BrowserBenchRow> {
  const load0 = loadavg()[0];
  await page.goto(`${baseUrl}?bundle=bench-data/${id}/bundle.json`);
  await waitForState(page, 'ready', 180_000);
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 120_000 });
  const base = (await page.evaluate(`(() => {
    const t = window.__atlas.timings; const g = window.__atlas.sigma.getGraph(); const s = window.__atlas.store.getState();
    const b = s.dataset.bundle; const coauthors = s.view === 'coauthors';
    const nodes = b.authors.name.length + (coauthors ? 0 : b.papers.title.length);
    const edges = coauthors ? b.coauthorLinks.source.length : b.papers.authors.reduce((n, a) => n + new Set(a).size, 0);
    const nav = performance.getEntriesByType('navigation')[0];
    return { pageStart: nav ? nav.domContentLoadedEventEnd : NaN, bundleWorker: window.__atlasBundleTimes ?? null, bundleText: t.bundleText ?? null, firstLabels: t.labelsDrawn ?? null, bundleLoaded: t.bundleLoaded, bundleCheckMs: t.bundleCheckMs, checkWarmed: t.checkWarmed ?? null, firstFrame: t.firstFrame, interactive: t.interactive, searchIndexMs: t.searchIndexMs, nodes, edges, drawnNodes: g.order, drawnEdges: g.size };
  })()`)) as { pageStart: number; bundleWorker: Record<string, number> | null; bundleText: number | null; firstLabels: number | null; bundleLoaded: number; bundleCheckMs: number; checkWarmed: number | null; firstFrame: number; interactive: number; searchIndexMs: number; nodes: number; edges: number; drawnNodes: number; drawnEdges: number };
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${id}-overview.png`) });
  await page.evaluate(INSTRUMENT);

  // hover: from empty space onto a node, until the emphasised frame is drawn
  const hover: number[] = [];
  const spots = await targets(page, 5);
  const corner = (await page.evaluate(
    `(() => { const r = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { x: r.left + 3, y: r.top + 3 }; })()`,
  )) as { x: number; y: number };
  for (const spot of spots) {
    // off any node first (a corner of the canvas), so entering the node is a fresh hover
    await page.mouse.move(corner.x, corner.y);
    await page.evaluate('window.__atlas.store.getState().hovered && window.__atlas.store.getState().hover(null)');
    await page.waitForFunction('window.__atlas.store.getState().hovered === null');
    const rendersBefore = (await page.evaluate('window.__bench.renders')) as number;
    await page.mouse.move(spot.x, spot.y);
    // big graphs draw the hover on a 2D overlay (no Sigma render): its draw marks timings.hoverOverlay
    const overlay = '(window.__atlas.timings.hoverOverlay || 0) > window.__bench.mousemove';
    await page.waitForFunction(
      `window.__atlas.store.getState().hovered !== null && ((window.__bench.renders > ${rendersBefore} && window.__bench.lastRender > window.__bench.mousemove) || ${overlay})`,
      undefined,
      { timeout: 60_000 },
    );
    hover.push((await page.evaluate(`(${overlay} ? window.__atlas.timings.hoverOverlay : window.__bench.lastRender) - window.__bench.mousemove`)) as number);
  }
  if (spots[0]) await page.screenshot({ path: path.join(SHOTS, `${id}-hover.png`) });

  // click → panel
  const cdp = await page.context().newCDPSession(page);
  // durations in the main thread's own time (thread ticks), not wall time
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const cpu = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    return { thread: get('ThreadTime'), script: get('ScriptDuration') };
  };
  const cpu0 = await cpu();
  const click: number[] = [];
  const painted: number[] = [];
  const mapFrame: number[] = [];
  let firstAbstract: number | null = null;
  let firstSplit: { check: number; sent: number | null; handOver: number | null } | null = null;
  await page.evaluate('window.__bench.longTasks.length = 0; window.__bench.mouseups.length = 0');
  for (const spot of spots) {
    await clickForPanel(page, spot);
    click.push((await page.evaluate('window.__atlas.timings.panel - window.__bench.mouseup')) as number);
    await page.waitForFunction('window.__bench.panelPainted > window.__bench.mouseup && window.__bench.mapPainted > window.__bench.mouseup', undefined, { timeout: 60_000 });
    painted.push((await page.evaluate('window.__bench.panelPainted - window.__bench.mouseup')) as number);
    mapFrame.push((await page.evaluate('window.__bench.mapPainted - window.__bench.mouseup')) as number);
    if (click.length === 1) {
      const author = (await page.evaluate(`(() => { const s = window.__atlas.store.getState().selection; return s && s.kind === 'author' ? s.index : null; })()`)) as number | null;
      if (author !== null) {
        await page.waitForFunction(`window.__atlas.timings['split a${author}'] !== undefined`, undefined, { timeout: 180_000 });
        firstSplit = (await page.evaluate(`(() => { const sent = performance.getEntriesByName('insights: bundle sent').at(-1);
          const asked = performance.getEntriesByName('insights: bundle asked').at(-1);
          return { check: window.__atlas.timings['split a${author}'] - window.__bench.mouseup, sent: sent ? sent.startTime - window.__bench.mouseup : null,
            handOver: sent && asked ? sent.startTime - asked.startTime : null }; })()`)) as { check: number; sent: number | null; handOver: number | null };
      }
      const withAbstract = await page.evaluate(`(() => {
        const s = window.__atlas.store.getState();
        return s.selection && s.selection.kind === 'author' && s.dataset.papersOf(s.selection.index).some((p) => s.dataset.bundle.papers.hasAbstract[p] === 1);
      })()`);
      if (withAbstract) {
        await page.waitForFunction('window.__bench.abstractShown > 0', undefined, { timeout: 120_000 });
        firstAbstract = (await page.evaluate('window.__bench.abstractShown - window.__bench.mouseup')) as number;
      }
    }
    // the panel may move the camera: take targets again for the next click, once the camera (animated, as users
    // get it) has stopped; targets taken mid-flight missed their node on the seed and no panel opened
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false', undefined, { timeout: 60_000 });
    const fresh = await targets(page, spots.length);
    Object.assign(spots, fresh);
  }
  const cpu1 = await cpu();
  const { longTasks, mouseups } = (await page.evaluate('({ longTasks: window.__bench.longTasks, mouseups: window.__bench.mouseups })')) as { longTasks: [number, number][]; mouseups: number[] };
  const clickLongTasks = longTasks
    .map(([start, ms]) => {
      const click = Math.max(0, mouseups.filter((m) => m <= start).length - 1);
      return { click, atMs: Math.round(start - (mouseups[click] ?? 0)), ms: Math.round(ms) };
    })
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);
  await page.mouse.click(spots[0]?.x ?? 100, spots[0]?.y ?? 100);
  await page.getByTestId('author-panel').waitFor().catch(() => undefined);
  await page.screenshot({ path: path.join(SHOTS, `${id}-panel.png`) });
  await page.keyboard.press('Escape');

  // search: one keystroke at a time, input event → results rendered
  const query = id === 'seed' ? 'dwork' : 'attention';
  const search = page.getByLabel('Search authors and papers');
  await search.click();
  await search.fill('');
  const keys: number[] = [];
  for (const ch of query) {
    const n = (await page.evaluate('window.__bench.inputs.length')) as number;
    await page.keyboard.type(ch);
    await page.waitForFunction(
      `window.__bench.inputs.length > ${n} && (window.__atlas.timings.searchResults || 0) > window.__bench.inputs[window.__bench.inputs.length - 1]`,
    );
    keys.push((await page.evaluate('window.__atlas.timings.searchResults - window.__bench.inputs[window.__bench.inputs.length - 1]')) as number);
  }
  await page.screenshot({ path: path.join(SHOTS, `${id}-search.png`) });
  await search.fill('');
  const decisionClicks = await benchDecisions(page);

  return {
    dataset: id,
    nodes: base.nodes,
    edges: base.edges,
    drawnNodes: base.drawnNodes,
    drawnEdges: base.drawnEdges,
    pageStartMs: Math.round(base.pageStart),
    bundleWorker: base.bundleWorker === null ? null : Object.fromEntries(Object.entries(base.bundleWorker).map(([k, v]) => [k, Math.round(v)])),
    bundleTextMs: base.bundleText === null ? null : Math.round(base.bundleText),
    bundleLoadedMs: Math.round(base.bundleLoaded),
    bundleCheckMs: Math.round(base.bundleCheckMs ?? NaN),
    checkWarmedMs: base.checkWarmed === null ? null : Math.round(base.checkWarmed),
    firstFrameMs: Math.round(base.firstFrame),
    firstLabelsMs: base.firstLabels === null ? null : Math.round(base.firstLabels),
    interactiveMs: Math.round(base.interactive),
    searchIndexMs: Math.round(base.searchIndexMs),
    clickToPanelMs: round(median(click)),
    clickToPaintedMs: round(median(painted)),
    clickToMapFrameMs: round(median(mapFrame)),
    firstClickAbstractMs: firstAbstract === null ? null : round(firstAbstract),
    firstSplitCheckMs: firstSplit === null ? null : Math.round(firstSplit.check),
    firstSplitBundleSentMs: firstSplit?.sent == null ? null : Math.round(firstSplit.sent),
    firstSplitHandOverMs: firstSplit?.handOver == null ? null : Math.round(firstSplit.handOver),
    clickLongestTaskMs: round(Math.max(0, ...longTasks.map(([, ms]) => ms))),
    clickLongTasks,
    clickMainThreadCpuMs: Math.round(cpu1.thread - cpu0.thread),
    clickScriptCpuMs: Math.round(cpu1.script - cpu0.script),
    hoverFrameMs: round(median(hover)),
    searchKeystrokeMedianMs: round(median(keys)),
    searchKeystrokeMaxMs: round(Math.max(...keys)),
    searchKeystrokesMs: keys.map(round),
    searchQuery: query,
    decisionClicks,
    loadAverage: [round(load0), round(loadavg()[0])],
  };
}

/**
 * Who-is-who decisions in the review list (see `BrowserBenchRow.decisionClicks`): each click's event → the
 * clicked button marked busy, → the answer in the DOM (a verdict shown, or the buttons back), → the next paint;
 * taken in the page by a MutationObserver and a frame callback. Null when the list has no suggestion.
 */
async function benchDecisions(page: Page): Promise<BrowserBenchRow['decisionClicks']> {
  await page.keyboard.press('Escape');
  const review = page.getByRole('button', { name: 'Review names' });
  if ((await review.count()) === 0 || !(await review.isEnabled())) return null;
  await review.click();
  const panel = page.getByTestId('review-panel');
  await panel.waitFor();
  // the name checks done (their status lines gone; the panel keeps other, quiet status regions for screen readers)
  await page.waitForFunction(() => !document.querySelector('[data-testid="review-panel"] [data-testid="names-checking"], [data-testid="review-panel"] [data-testid="names-refreshing"]'), undefined, { timeout: 120_000 });
  const card = panel.getByTestId('suggestion').first();
  if ((await card.count()) === 0) return null;
  const out: NonNullable<BrowserBenchRow['decisionClicks']> = [];
  for (const [kind, button, verdict] of [
    ['Same person', 'Same person', true],
    ['Undo', 'Undo', false],
    ['Different people', 'Different people', true],
    ['Undo', 'Undo', false],
  ] as const) {
    const target = card.getByRole('button', { name: button, exact: true });
    await target.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await page.evaluate((verdict) => {
      const w = window as unknown as { __decision: { click: number; busy: number; answer: number; painted: number } };
      const m = (w.__decision = { click: 0, busy: 0, answer: 0, painted: 0 });
      const card = document.querySelector('[data-testid="review-panel"] [data-testid="suggestion"]')!;
      addEventListener('click', (e) => void (m.click = e.timeStamp), { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (!m.busy && card.querySelector('button[aria-busy="true"]')) m.busy = performance.now();
        if (!!card.querySelector('.sp-verdict') !== verdict) return;
        m.answer = performance.now();
        obs.disconnect();
        requestAnimationFrame(() => setTimeout(() => void (m.painted = performance.now()), 0));
      });
      obs.observe(card, { subtree: true, childList: true, attributes: true, characterData: true });
    }, verdict);
    await target.click();
    await page.waitForFunction(() => (window as unknown as { __decision: { painted: number } }).__decision.painted > 0, undefined, { timeout: 120_000 });
    const m = (await page.evaluate(() => (window as unknown as { __decision: { click: number; busy: number; answer: number; painted: number } }).__decision)) as {
      click: number;
      busy: number;
      answer: number;
      painted: number;
    };
    out.push({ kind, busyMarkMs: m.busy ? round(m.busy - m.click) : null, answerMs: round(m.answer - m.click), paintedMs: round(m.painted - m.click) });
  }
  await page.keyboard.press('Escape');
  return out;
}

export async function runBrowserBench(datasets: { id: string; dir: string }[]): Promise<BrowserBenchRow[]> {
  const mounts = Object.fromEntries(datasets.map((d) => [`/bench-data/${d.id}/`, d.dir]));
  // the app as users get it: camera animation on (a click moves the camera to the author)
  const rows = await benchInFreshPages('bench-browser', datasets, (d) => d.id, (page, url, d) => benchDataset(page, url, d.id), mounts, { userMode: true });
  console.log('\nExplorer in headless Chromium, software WebGL, camera animation on (ms; compare runs to each other)');
  console.table(
    rows.map((r) => ({
      dataset: r.dataset,
      nodes: r.nodes,
      edges: r.edges,
      drawn: `${r.drawnNodes}+${r.drawnEdges}`,
      'page start': r.pageStartMs,
      'bundle loaded': r.bundleLoadedMs,
      'schema check': r.bundleCheckMs,
      'first frame': r.firstFrameMs,
      interactive: r.interactiveMs,
      'search index': r.searchIndexMs,
      'click→panel': r.clickToPanelMs,
      'click→painted': r.clickToPaintedMs,
      'click→map frame': r.clickToMapFrameMs,
      '1st click→abstract': r.firstClickAbstractMs ?? '—',
      'click longest task': r.clickLongestTaskMs,
      'click CPU (script)': `${r.clickMainThreadCpuMs} (${r.clickScriptCpuMs})`,
      'hover frame': r.hoverFrameMs,
      [`keystroke med`]: r.searchKeystrokeMedianMs,
      [`keystroke max`]: r.searchKeystrokeMaxMs,
      load: r.loadAverage.join('→'),
    })),
  );
  for (const r of rows) {
    const w = r.bundleWorker;
    if (w) console.log(`${r.dataset}: bundle worker (ms after navigation): created ${w.created}, started ${w.started}, requested ${w.requested}, headers ${w.headers}, last byte ${w.lastByte}, text ${w.text}, received on the page ${w.received}; page start ${r.pageStartMs}, first frame ${r.firstFrameMs}`);
  }
  for (const r of rows)
    if (r.firstSplitCheckMs !== null)
      console.log(`${r.dataset}: first author card's name check (click → answered, ms): ${r.firstSplitCheckMs} (the bundle in the insights worker: ${r.firstSplitBundleSentMs ?? '—'} ms after the click, its hand-over ${r.firstSplitHandOverMs ?? '—'} ms)`);
  for (const r of rows)
    if (r.decisionClicks)
      console.log(`${r.dataset}: review list decisions (click → busy mark / answer / painted, ms): ${r.decisionClicks.map((d) => `${d.kind} ${d.busyMarkMs ?? '—'} / ${d.answerMs} / ${d.paintedMs}`).join(', ')}`);
  for (const r of rows) console.log(`${r.dataset}: longest tasks while clicking (click #, ms after its release, ms long): ${r.clickLongTasks.map((t) => `#${t.click} +${t.atMs} ${t.ms}`).join(', ') || 'none'}`);
  console.log('targets: 29,573-paper corpus drawn within 5000 ms; click→panel and keystroke < 100 ms; hover frame < 50 ms');
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const datasets = process.argv.slice(2).map((arg) => {
    const [id, dir] = arg.split('=');
    return { id, dir: path.resolve(dir) };
  });
  if (datasets.length === 0) {
    process.stderr.write('usage: npx tsx scripts/bench-browser.ts <id>=<dir with bundle.json> ...\n');
    process.exit(2);
  }
  const rows = await runBrowserBench(datasets);
  mkdirSync(path.join(ROOT, 'bench-output'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-output/bench-browser.json'), `${JSON.stringify(rows, null, 2)}\n`);
}
