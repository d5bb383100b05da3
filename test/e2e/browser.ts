/** Launch the real Chromium used by e2e tests and the browser benchmark (software WebGL via SwiftShader). */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';

/**
 * Software WebGL for machines without a GPU; ATLAS_GPU=1 drops these flags to use the real GPU. The page is
 * composited by Skia on the CPU rather than through SwiftShader's emulated GL (WebGL itself still runs on
 * SwiftShader, so the canvas is drawn as before): compositing through emulated GL cost a quarter more CPU
 * for the same page loads, zooms and hovers (seed + 3k, 5 runs at load 18-26: 27-32 vs 19-24 CPU-s).
 */
const SWIFTSHADER_ARGS =
  process.env.ATLAS_GPU === '1'
    ? []
    : ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...(process.env.ATLAS_GPU_COMPOSITING === '1' ? [] : ['--disable-gpu-compositing'])];

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65, `chromiumSwitches.ts`). Chromium keeps only
 * the last `--disable-features` switch of its command line, and Playwright puts ours after its own, so a list
 * of ours must repeat Playwright's: `checkDisabledFeatures` (the e2e global setup) fails the run, naming what
 * is missing, if a newer Playwright disables a feature this list lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium's own address-bar popup, not the page: since Chromium ~150 every new window (each Playwright
 * context is one, headless or not) starts a renderer of its own (`--top-chrome-webui`) that loads the
 * omnibox popup's WebUI (chrome://omnibox-popup.top-chrome: Lit, mojo bindings, the AI-mode composebox),
 * never shown in a headless browser. It cost ~1.5 CPU-s of each context, as much as the seed map's own
 * renderer up to `ready` (seed load 1440x900, 2 runs each at load ~10: 5.0-5.2 -> 3.0-3.4 CPU-s; the browser
 * process's share 0.8 -> 0.55). The page, its renderer, WebGL and compositing are untouched.
 * ATLAS_BROWSER_UI=1 keeps the popup (for A/B measurements).
 */
const BROWSER_UI_FEATURES = process.env.ATLAS_BROWSER_UI === '1' ? [] : ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  ...SWIFTSHADER_ARGS,
  ...(BROWSER_UI_FEATURES.length ? [`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`] : []),
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // diagnostics only: V8 flags for the page's isolates (e.g. ATLAS_JS_FLAGS=--trace-deopt, read from stderr with DEBUG=pw:browser)
  ...(process.env.ATLAS_JS_FLAGS ? [`--js-flags=${process.env.ATLAS_JS_FLAGS}`] : []),
  // ATLAS_CHROMIUM_ARGS: extra switches, space-separated, for A/B measurements of the test browser
  ...(process.env.ATLAS_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
];

const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
  headless: true,
};

/**
 * The Chromium of an e2e file or the benchmark. In the e2e suite one Chromium serves every file: the e2e
 * global setup starts it (`startSharedChromium`) and test/e2e/setup.ts passes its address in
 * `ATLAS_CHROMIUM_WS`, so this connects instead of starting a browser per file; each file still works in
 * its own contexts (own cookies, storage, IndexedDB), and `close()` on the returned browser closes only
 * those and disconnects. Outside the suite (benchmarks) it launches its own.
 */
export async function launchChromium(): Promise<Browser> {
  const ws = process.env.ATLAS_CHROMIUM_WS;
  const browser = ws ? await chromium.connect(ws) : await chromium.launch(LAUNCH_OPTIONS);
  if (process.env.ATLAS_TEST_CPU === '1') countPageLoads(browser);
  return browser;
}

/**
 * With ATLAS_TEST_CPU=1: count the page loads (documents loaded in a main frame: page.goto, reload, a
 * link followed) of every context this file opens, into `globalThis.__atlasPageLoads`, which
 * test/setup/cpu-usage.ts writes beside the file's CPU time.
 */
function countPageLoads(browser: Browser): void {
  const g = globalThis as { __atlasPageLoads?: number };
  g.__atlasPageLoads ??= 0;
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    context.on('page', (page) => page.on('load', () => (g.__atlasPageLoads = (g.__atlasPageLoads ?? 0) + 1)));
    return context;
  };
}

/** Start the one Chromium the e2e files connect to (e2e global setup); `wsEndpoint` is its address. */
export async function startSharedChromium(): Promise<BrowserServer> {
  const server = await chromium.launchServer(LAUNCH_OPTIONS);
  const pid = server.process().pid;
  if (pid) checkDisabledFeatures(pid);
  return server;
}

/**
 * Throws if the browser `pid`'s command line has a `--disable-features` switch (Playwright's, before ours)
 * naming a feature that the last one (the one Chromium keeps) lacks: a Playwright upgrade that disables a
 * new feature must not be undone silently by `CHROMIUM_ARGS`. Reads /proc; does nothing where there is none.
 */
export function checkDisabledFeatures(pid: number): void {
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return;
  }
  const lists = argv.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
  if (lists.length < 2) return;
  const kept = new Set(lists[lists.length - 1]);
  const lost = lists.slice(0, -1).flat().filter((f) => f && !kept.has(f));
  if (lost.length) throw new Error(`test/e2e/browser.ts: add ${lost.join(', ')} to PLAYWRIGHT_DISABLED_FEATURES (Playwright disables them; our --disable-features replaces its list)`);
}

/**
 * A page that records console errors and failed requests, so tests can assert there were none.
 * `userMode`: the app as users get it (camera animation on); by default the app's test mode (animation off).
 * The built app's Content-Security-Policy forbids evaluating strings, which Playwright's `waitForFunction`
 * does: pages bypass the policy unless `options.bypassCSP` is false (test/e2e/safety.test.ts checks the
 * app under its policy, waiting with `page.evaluate` polls instead).
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  { userMode = false }: { userMode?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, bypassCSP: true, ...options });
  // camera animation off (the app reads only this flag or ?test; Playwright's Chromium sets navigator.webdriver, which
  // the app ignores, so userMode pages see the camera move as users do)
  if (!userMode) await context.addInitScript('window.__ATLAS_TEST__ = true');
  // actions and waits get 90 s instead of Playwright's 30 s: e2e files run two at a time beside unit files on
  // 2 cores with software WebGL, and a slow machine must not fail a test that waits on the app's own signals
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return { page, errors };
}

/** Wait until the app says it drew the dataset (or failed): `data-state` on <html>. */
export async function waitForState(page: Page, state: 'ready' | 'error', timeout = 60_000): Promise<void> {
  await page.waitForSelector(`html[data-state="${state}"]`, { timeout, state: 'attached' });
}
