/**
 * Taps on a phone, as a tester made them on the seed (390×844, 360×640, 820×1180; camera animation on, as users
 * get it), light and dark:
 * - a tap on a dot opens that dot's author, though a name (Jialiang Wang's over Xin Luo) or a cluster's name
 *   ("media foundation models · Movie Gen" over Philippe Hansen-Estruch) is drawn over it;
 * - a tap on a name whose letters hide a dot (the title "FaKnow: …" over Xi Yin's dot, Jialiang Wang's card open)
 *   opens the name's paper: a dot the user cannot see does not take the tap from the name they read;
 * - Back from a tapped card to no card gives the map back as it was before the tap (the camera of before), not the
 *   card's close-up;
 * - a second tap soon after the first opens the author the finger was put on, though the first tap's camera move
 *   begins about then (Peter Vajda, tapped 500 ms after Bowen Shi, opened Apoorv Vyas);
 * - the seed's focal author, opened on a small phone or a tablet, is framed with all 9 papers in the part of the
 *   map the bottom sheet leaves (it showed 2 of 9);
 * - a tapped author's paper squares are framed clear of the zoom buttons (one of Peter Vajda's lay under them: a tap
 *   there zoomed the map) and of the sheet;
 * - with the drawer closed, a chip on the map says which filters are on and clears them;
 * - the open drawer leaves no name cut by its edge on the scrim (a stray "e gen");
 * - the overview names the seed's four communities, the fourth ("latent diffusion models", 7 authors) in the room above
 *   its cluster, over no disc: a small screen's share of community names (three on this phone) left it unnamed.
 * The phone is drawn at device pixel ratio 3, as phones are (every other e2e file runs at 1: a ratio-2 bug in the
 * app's own canvas layers went unseen, test/e2e/hidpi.test.ts); the taps read the names' ink at that ratio.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, drawnLabels, frames, fromStore, nodePosition, overlappingLabels, settled, shootPage, stepBack, tapSeen } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { refKey } from './pointer';
import { AIM_MS, aimedFrame, TOUCH_SLACK_PX } from '../../src/app/graph/pick';

let browser: Browser;
/** The pages a check opened, closed after it (each check works on a page of its own size and theme). */
const opened: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  for (const page of opened.splice(0)) await page.context().close();
});

afterAll(async () => {
  await browser?.close();
});

const authorKey = async (page: Page, name: string): Promise<string> => {
  const index = await fromStore<number>(page, `b.authors.name.indexOf(${JSON.stringify(name)})`);
  expect(index, name).toBeGreaterThanOrEqual(0);
  return `a${index}`;
};
const selectedKey = async (page: Page) => refKey(await fromStore(page, 's.selection'));
const isOpen = (key: string) => `(() => { const s = window.__atlas.store.getState().selection; return s && s.kind === 'author' && 'a' + s.index === ${JSON.stringify(key)}; })()`;

async function phone(viewport: { width: number; height: number }, theme: 'light' | 'dark' = 'light') {
  const o = await openPage(browser, { viewport, colorScheme: theme, hasTouch: true, isMobile: true, deviceScaleFactor: 3 }, { userMode: true });
  opened.push(o.page);
  await o.page.goto(appUrl());
  await waitForState(o.page, 'ready');
  await settled(o.page, 300);
  return o;
}

/** The card closed (its Close button) and the whole graph shown, as a user starts over. */
async function startOver(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: /^Close/ }).first();
  if (await close.count()) await close.click();
  await page.waitForFunction('window.__atlas.store.getState().selection === null');
  await page.getByRole('button', { name: 'Show the whole graph' }).click();
  await settled(page, 300);
}

describe('taps on a phone', () => {
  it('closing a card on a phone gives no text field the focus (the on-screen keyboard would cover the map), whether the card came from a tap or from the search', async () => {
    const { page, errors } = await phone({ width: 390, height: 844 });
    const typing = `(() => { const el = document.activeElement; return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA'); })()`;
    // from a tap on a dot
    const key = await authorKey(page, 'Xin Luo');
    const at = await nodePosition(page, key);
    await tapSeen(page, at);
    await page.waitForFunction('window.__atlas.store.getState().selection !== null');
    await page.getByRole('button', { name: /^Close/ }).first().tap();
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    await settled(page, 300);
    expect(await page.evaluate<boolean>(typing), 'after a tapped card').toBe(false);
    // from the search: the field had the focus when the card opened
    const search = page.getByLabel('Search authors and papers');
    await search.tap();
    await search.fill('Cynthia Dwork');
    await page.getByRole('option').first().tap();
    await page.waitForFunction('window.__atlas.store.getState().selection !== null');
    await page.getByRole('button', { name: /^Close/ }).first().tap();
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    await settled(page, 300);
    expect(await page.evaluate<boolean>(typing), 'after a card chosen from the search').toBe(false);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('a tap on a dot opens its author, whatever name lies over it (%s)', async (theme) => {
    const { page, errors } = await phone({ width: 390, height: 844 }, theme);
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 300);
    for (const [name, over] of [
      ['Philippe Hansen-Estruch', 'community'],
      ['Xin Luo', 'node'],
    ] as const) {
      const key = await authorKey(page, name);
      const at = await nodePosition(page, key);
      // the case the tester met: a name of that kind drawn over the dot's centre
      const covered = await page.evaluate<boolean>(`(() => {
        const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
        const x = ${at.x} - box.left, y = ${at.y} - box.top;
        return (window.__atlas.labels || []).some((l) => l.kind === ${JSON.stringify(over)} && l.key !== ${JSON.stringify(key)} && x >= l.box.x0 && x <= l.box.x1 && y >= l.box.y0 && y <= l.box.y1);
      })()`);
      expect(covered, `a ${over} name over ${name}`).toBe(true);
      await tapSeen(page, at);
      await page.waitForFunction('window.__atlas.store.getState().selection !== null');
      expect(await selectedKey(page), name).toBe(key);
      await settled(page, 300);
      await shootPage(page, `phone-taps-${theme}-${name.split(' ')[0]}`);
      await startOver(page);
    }
    // a cluster's name where no dot is near still opens its card
    const clear = await page.evaluate<{ x: number; y: number; id: number } | null>(`(() => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const dots = [];
      sigma.getGraph().forEachNode((k) => { const d = sigma.getNodeDisplayData(k); if (d && !d.hidden) { const p = sigma.framedGraphToViewport(d); dots.push({ x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size) }); } });
      for (const l of window.__atlas.labels || []) {
        if (l.kind !== 'community' || l.dim) continue;
        for (let x = l.box.x0 + 2; x < l.box.x1 - 2; x += 3) {
          const y = (l.box.y0 + l.box.y1) / 2;
          if (y < 20 || dots.some((d) => Math.hypot(d.x - x, d.y - y) - d.r <= 14)) continue;
          return { x: box.left + x, y: box.top + y, id: Number(l.key) };
        }
      }
      return null;
    })()`);
    expect(clear).not.toBeNull();
    await tapSeen(page, clear!);
    await page.waitForFunction('window.__atlas.store.getState().selection !== null');
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'community', id: clear!.id });
    expect(errors).toEqual([]);
  });

  it('a tap on a name whose letters hide a dot opens the name, not the dot (Jialiang Wang\'s card open)', async () => {
    const { page, errors } = await phone({ width: 390, height: 844 });
    const wang = await authorKey(page, 'Jialiang Wang');
    const at = await nodePosition(page, wang);
    await tapSeen(page, at);
    await page.waitForFunction(isOpen(wang));
    await settled(page, 600);
    // the dots above the sheet under a name drawn plainly that its letters and halo (drawn alone, as the label layer
    // draws them) leave less than a twentieth of in sight, with the name's node and its title as the card shows it
    const hiddenDots = () => page.evaluate<{ name: string; title: string; dot: string; x: number; y: number }[]>(`(() => {
      const sigma = window.__atlas.sigma, g = sigma.getGraph();
      const box = sigma.getContainer().getBoundingClientRect();
      const sheet = document.querySelector('.details-panel').getBoundingClientRect();
      const font = sigma.getSetting('labelFont'), size = sigma.getSetting('labelSize'), weight = sigma.getSetting('labelWeight');
      const S = 4;
      const shown = (l, d) => {
        const side = Math.ceil(2 * d.r * S) + 2;
        const c = document.createElement('canvas');
        c.width = side; c.height = side;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        ctx.setTransform(S, 0, 0, S, -(d.x - d.r) * S, -(d.y - d.r) * S);
        ctx.font = (l.node && l.node.strong ? '700' : weight) + ' ' + size + 'px ' + font;
        ctx.textAlign = l.align; ctx.textBaseline = 'alphabetic'; ctx.lineJoin = 'round'; ctx.lineWidth = 3.5;
        ctx.strokeText(l.text, l.x, l.y + size / 3);
        ctx.fillText(l.text, l.x, l.y + size / 3);
        const ink = ctx.getImageData(0, 0, side, side).data;
        let all = 0, clear = 0;
        for (let j = 0; j < side; j++) for (let i = 0; i < side; i++) {
          if (Math.hypot(d.x - d.r + (i + 0.5) / S - d.x, d.y - d.r + (j + 0.5) / S - d.y) > d.r) continue;
          all++;
          if (ink[(j * side + i) * 4 + 3] < 128) clear++;
        }
        return clear / all;
      };
      const dots = [];
      g.forEachNode((k) => { const d = sigma.getNodeDisplayData(k); if (d && !d.hidden) { const p = sigma.framedGraphToViewport(d); dots.push({ k, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size) }); } });
      const out = [];
      for (const l of window.__atlas.labels || []) {
        if (l.kind !== 'node' || l.dim) continue;
        for (const d of dots) {
          if (d.k === l.key || d.x < l.box.x0 || d.x > l.box.x1 || d.y < l.box.y0 || d.y > l.box.y1 || box.top + d.y > sheet.top - 12) continue;
          if (shown(l, d) < 0.05) out.push({ name: l.key, title: g.getNodeAttribute(l.key, 'title'), dot: d.k, x: box.left + d.x, y: box.top + d.y });
        }
      }
      return out;
    })()`);
    // the card's framing spreads her papers apart (CameraController): the user zooms out until a name hides a dot
    let hidden = await hiddenDots();
    for (let i = 0; i < 4 && hidden.length === 0; i++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await settled(page, 400);
      hidden = await hiddenDots();
    }
    expect(hidden.length, 'a dot hidden under a name above the sheet').toBeGreaterThan(0);
    for (let i = 0; i < Math.min(2, hidden.length); i++) {
      // (read again each time: Back gives back the camera the card was left with)
      const h = (await hiddenDots())[i];
      if (!h) break;
      await tapSeen(page, h);
      // the card of the name tapped opens (a paper's title, or an author's name)
      const panel = h.name.startsWith('p') ? page.getByTestId('paper-panel') : page.getByTestId('author-panel');
      await panel.getByRole('heading', { level: 2, name: h.title, exact: true }).waitFor();
      expect(await selectedKey(page), `a tap on "${h.title}" over the dot ${h.dot}`).toBe(h.name);
      await shootPage(page, `phone-taps-hidden-dot-${h.dot}`);
      await stepBack(page);
      await page.waitForFunction(isOpen(wang));
      await settled(page, 600);
    }
    expect(errors).toEqual([]);
  });

  it('Back from a tapped card to no card gives back the camera the map had before the tap', async () => {
    const { page, errors } = await phone({ width: 390, height: 844 });
    const camera = () => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    const before = await camera();
    const key = await authorKey(page, 'Xin Luo');
    const at = await nodePosition(page, key);
    await tapSeen(page, at);
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Xin Luo', exact: true }).waitFor();
    await settled(page, 600);
    const card = await camera();
    // (the card framed its author: the camera moved)
    expect(Math.abs(card.ratio / before.ratio - 1) + Math.hypot(card.x - before.x, card.y - before.y)).toBeGreaterThan(0.01);
    await stepBack(page);
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    expect(await page.getByTestId('author-panel').count()).toBe(0);
    await settled(page, 600);
    const back = await camera();
    expect(back.ratio / before.ratio, 'the zoom of before the tap').toBeCloseTo(1, 3);
    expect(Math.hypot(back.x - before.x, back.y - before.y), 'the place of before the tap').toBeLessThan(1e-3 * before.ratio);
    // and Forward frames the author again, as the tap did
    await page.goForward();
    await page.waitForFunction(isOpen(key));
    await settled(page, 600);
    const forward = await camera();
    expect(forward.ratio / card.ratio).toBeCloseTo(1, 2);
    expect(errors).toEqual([]);
  });

  it('a pinch with slanted fingers zooms the map and does not turn it (a tester: 25° askew, undone only by the whole-map button)', async () => {
    const { page, errors } = await phone({ width: 390, height: 844 });
    const camera = () => page.evaluate<{ angle: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    const before = await camera();
    const cdp = await page.context().newCDPSession(page);
    // two fingers moving apart and turning, as a thumb and finger do: (170,500)→(120,440) and (230,520)→(290,600)
    const fingers = (t: number) => [
      { x: 170 - 50 * t, y: 500 - 60 * t, id: 1 },
      { x: 230 + 60 * t, y: 520 + 80 * t, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
    for (let i = 1; i <= 10; i++) {
      await frames(page, 1);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(i / 10) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settled(page, 300);
    const after = await camera();
    expect(after.ratio, 'the pinch zoomed in').toBeLessThan(before.ratio * 0.9);
    expect(after.angle, 'the map is not turned').toBe(0);
    expect(errors).toEqual([]);
  });

  it('a second tap soon after the first opens the author the finger was put on, before or during the first tap\'s camera move', async () => {
    const { page, errors } = await phone({ width: 390, height: 844 });
    const first = await authorKey(page, 'Bowen Shi');
    const second = await authorKey(page, 'Peter Vajda');
    const notFirst = `(() => { const s = window.__atlas.store.getState().selection; return s && 'a' + s.index !== ${JSON.stringify(first)}; })()`;
    // The pictures drawn (each camera the canvas showed, when its render was done, whether a camera move was under
    // way) and the fingers' landing times, on the page's clock: under load a move's frames come 250–400 ms apart
    // and the camera runs ahead of the picture on the screen, so the author under the finger is read from the
    // picture the finger was aimed at, not from the camera or a wall-clock wait.
    await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const trace = { frames: [], touches: [] };
      const snap = () => {
        const last = trace.frames[trace.frames.length - 1];
        const matrix = Array.from(sigma.matrix);
        if (last && last.matrix.every((v, i) => v === matrix[i])) return;
        trace.frames.push({ at: performance.now(), matrix, ratio: sigma.getCamera().ratio, moving: sigma.getCamera().isAnimated() });
      };
      snap();
      sigma.on('afterRender', snap);
      // the node names drawn (page boxes) each time they were placed again: a tap on a name opens that name's node,
      // not the disc under it (pick.ts), so a try whose finger lands on another node's name around its time is made again
      trace.names = [];
      let placed = null;
      const watch = () => {
        const labels = window.__atlas.labels || [];
        if (labels !== placed) {
          placed = labels;
          const box = sigma.getContainer().getBoundingClientRect();
          trace.names.push({ at: performance.now(), boxes: labels.filter((l) => l.kind === 'node').map((l) => ({ k: l.key, x0: l.box.x0 + box.left, y0: l.box.y0 + box.top, x1: l.box.x1 + box.left, y1: l.box.y1 + box.top })) });
        }
        requestAnimationFrame(watch);
      };
      watch();
      window.addEventListener('touchstart', (e) => trace.touches.push(e.timeStamp), { capture: true, passive: true });
      window.__tapTrace = trace;
    })()`);
    // the discs drawn in picture `frame` of the trace: node key, centre (CSS px, page coordinates), radius (CSS px)
    const DISCS = `((frame) => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const shown = { matrix: Float32Array.from(frame.matrix) };
      const discs = [];
      sigma.getGraph().forEachNode((k) => { const d = sigma.getNodeDisplayData(k); if (d && !d.hidden) { const p = sigma.framedGraphToViewport(d, shown); discs.push({ k, x: box.left + p.x, y: box.top + p.y, r: window.__atlas.drawnRadius(d.size, frame.ratio) }); } });
      return discs;
    })`;
    for (const when of ['before the move', 'during the move'] as const) {
      let checked = false;
      // why each try was made again (said when none landed as meant)
      const missed: string[] = [];
      for (let attempt = 0; attempt < 8 && !checked; attempt++) {
        await startOver(page);
        const a = await nodePosition(page, first);
        const rest = await nodePosition(page, second);
        const since = await page.evaluate<number>('performance.now()');
        await tapSeen(page, a);
        let target = { key: second, ...rest };
        if (when === 'before the move') {
          // 150 ms after the first tap: the first tap's camera move (it begins once the card is painted) cannot have
          // been seen yet, though it may have begun: Peter Vajda where he rested
          await page.waitForTimeout(150);
        } else {
          // the move seen for a while (its first picture on screen more than a reaction time, pick.ts AIM_MS; the
          // camera is then still moving, unless frames came slowly): an author drawn clear of every other disc,
          // above the sheet, where the picture on the screen shows them now (Peter Vajda has left it)
          await page.waitForFunction(`(() => {
            const frames = window.__tapTrace.frames, seen = performance.now() - ${AIM_MS + 100};
            const moves = frames.filter((f) => f.moving && f.at > ${since});
            const resting = !window.__atlas.sigma.getCamera().isAnimated() && frames[frames.length - 1].at < seen;
            // (under load a move can end before its first picture: the camera jumped, no picture of it moving)
            return moves.some((f) => f.at < seen) || (resting && (moves.length > 0 || frames.some((f) => f.at > ${since})));
          })()`, null, { timeout: 30_000 });
          // a move never drawn moving cannot be tapped during: tried again
          if (!(await page.evaluate<boolean>(`window.__tapTrace.frames.some((f) => f.moving && f.at > ${since})`))) {
            missed.push('the move was never drawn moving');
            continue;
          }
          const now = await page.evaluate<{ key: string; x: number; y: number } | null>(`(() => {
            const t = window.__tapTrace;
            const discs = ${DISCS}(t.frames[t.frames.length - 1]);
            const sheet = document.querySelector('.details-panel').getBoundingClientRect();
            const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
            // the biggest such disc: the camera still moves it a little before the finger lands
            const free = discs.filter((d) => d.k[0] === 'a' && d.k !== ${JSON.stringify(first)} && d.r >= 4 && d.x > box.left + 30 && d.x < box.right - 30 && d.y > box.top + 30 && d.y < sheet.top - 30
              && discs.every((o) => o === d || Math.hypot(o.x - d.x, o.y - d.y) - o.r > 20)
              && !t.names[t.names.length - 1].boxes.some((b) => b.k !== d.k && d.x >= b.x0 - 12 && d.x <= b.x1 + 12 && d.y >= b.y0 - 12 && d.y <= b.y1 + 12)
              // nothing laid over the map there (the out-of-sight caption and the edge markers take a tap of their own)
              && [[0, 0], [-8, 0], [8, 0], [0, -8], [0, 8]].every(([ox, oy]) => { const el = document.elementFromPoint(d.x + ox, d.y + oy); return !!el && el.tagName === 'CANVAS'; })).sort((p, q) => q.r - p.r)[0];
            return free ? { key: free.k, x: free.x, y: free.y } : null;
          })()`);
          expect(now, 'an author drawn clear of the others during the move').not.toBeNull();
          target = now!;
        }
        await page.touchscreen.tap(target.x, target.y);
        await page.waitForFunction(notFirst, null, { timeout: 15_000 }).catch(() => undefined);
        await settled(page, 300);
        // the picture the finger was matched to (pick.ts `aimedFrame`, over the pictures drawn and the touch's time:
        // the one it was aimed at), and the author under the finger in it
        const trace = await page.evaluate<{ frames: { at: number; moving: boolean }[]; touch: number }>(
          `(() => { const t = window.__tapTrace; return { frames: t.frames.map((f) => ({ at: f.at, moving: f.moving })), touch: t.touches[t.touches.length - 1] }; })()`,
        );
        const aimed = aimedFrame(trace.frames, trace.touch);
        const move = trace.frames.findIndex((f) => f.moving && f.at > since);
        const beforeMove = move < 0 || aimed < move;
        const under = await page.evaluate<string | null>(`(() => {
          const t = window.__tapTrace;
          const discs = ${DISCS}(t.frames[${aimed}]);
          const x = ${target.x}, y = ${target.y};
          // the one disc under the finger; else, within a finger's slack (pick.ts TOUCH_SLACK_PX), one clearly
          // nearer than any other (3 px); else none to tell
          // a name of another node over the finger in a picture shown from the aimed one to the touch: its letters win
          const from = t.frames[${aimed}].at, to = t.touches[t.touches.length - 1];
          const shown = t.names.filter((n, i) => n.at <= to && (i + 1 === t.names.length || t.names[i + 1].at >= from - 50));
          const named = new Set(shown.flatMap((n) => n.boxes.filter((b) => x >= b.x0 - 2 && x <= b.x1 + 2 && y >= b.y0 - 2 && y <= b.y1 + 2).map((b) => b.k)));
          const under = discs.filter((d) => Math.hypot(d.x - x, d.y - y) <= d.r);
          if ([...named].some((k) => !under.some((d) => d.k === k))) return null;
          if (under.length > 0) return under.length === 1 ? under[0].k : null;
          const near = discs.map((d) => ({ k: d.k, gap: Math.hypot(d.x - x, d.y - y) - d.r })).filter((d) => d.gap <= ${TOUCH_SLACK_PX}).sort((p, q) => p.gap - q.gap);
          return near.length > 0 && (near.length === 1 || near[1].gap - near[0].gap >= 3) ? near[0].k : null;
        })()`);
        // a try that missed its case (the tap before the move matched to a moved picture, the one during it to the
        // picture before the move, or landing where no author is clearly under the finger once the map had moved on),
        // or that cannot tell which picture the finger met (below), is made again
        // (a finger that landed within a few ms of a picture's end cannot be told to have met it or the one before:
        // the page's picker and this trace each take the time of their own listener of that render, a fraction of a
        // ms apart, and CI runs met a picture drawn on one side for the app and the other for the trace: the app
        // picked nothing where the trace's picture had a20 under the finger)
        const unsure = trace.frames.some((f) => Math.abs(f.at - trace.touch) < 4);
        if (unsure || (when === 'before the move' ? !beforeMove : beforeMove || under === null)) {
          missed.push(unsure ? 'the touch within 4 ms of a picture' : when === 'before the move' ? 'aimed at a moved picture' : beforeMove ? 'aimed at the picture before the move' : 'no author clearly under the finger');
          continue;
        }
        const expected = when === 'before the move' ? second : under;
        // what the app saw (window.__atlas.lastTouchPick: the picture it picked against, null for the last drawn), beside
        // the trace's: said when the two disagree
        const app = await page.evaluate<unknown>('window.__atlas.lastTouchPick ?? null');
        const aimedAt = aimed >= 0 ? trace.frames[aimed]!.at : null;
        const around = trace.frames.filter((f) => Math.abs(f.at - trace.touch) < 1500).map((f) => Math.round(f.at - trace.touch));
        expect(await selectedKey(page), `a second tap ${when} (target ${JSON.stringify(target)}, touch at ${trace.touch}, trace's aimed picture at ${aimedAt}, pictures around the touch (ms from it) ${JSON.stringify(around)}, the app's pick ${JSON.stringify(app)})`).toBe(expected);
        checked = true;
      }
      expect(checked, `a second tap ${when} landed as meant in one of 8 tries (missed: ${missed.join('; ')})`).toBe(true);
    }
    expect(errors).toEqual([]);
    // (each try starts over and waits for the move: up to 8 tries of each case take minutes under load)
  }, 300_000);

  it.each([
    { width: 360, height: 640 },
    { width: 820, height: 1180 },
  ])('the focal author opened on a %o screen is framed with all their papers above the sheet', async (viewport) => {
    const { page, errors } = await phone(viewport);
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 300);
    const key = await authorKey(page, 'Jialiang Wang');
    const at = await nodePosition(page, key);
    await tapSeen(page, at);
    await page.waitForFunction(isOpen(key));
    await settled(page, 600);
    await shootPage(page, `phone-taps-framed-${viewport.width}`);
    const framed = await page.evaluate<{ papers: number; inView: string[] }>(`(() => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const sheet = document.querySelector('.details-panel').getBoundingClientRect();
      const inView = [];
      let papers = 0;
      sigma.getGraph().forEachNeighbor(${JSON.stringify(key)}, (n) => {
        papers++;
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n));
        const x = box.left + p.x, y = box.top + p.y;
        if (x >= box.left && x <= box.right && y >= box.top && y <= Math.min(box.bottom, sheet.top)) inView.push(n);
      });
      return { papers, inView };
    })()`);
    expect(framed.papers).toBe(9);
    expect(framed.inView.length).toBe(9);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)("a tapped author's paper squares are framed in sight, none under the zoom buttons or the sheet (Peter Vajda, %s)", async (theme) => {
    const { page, errors } = await phone({ width: 390, height: 844 }, theme);
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 300);
    const key = await authorKey(page, 'Peter Vajda');
    await tapSeen(page, await nodePosition(page, key));
    await page.waitForFunction(isOpen(key));
    await settled(page, 600);
    await shootPage(page, `phone-taps-vajda-${theme}`);
    // each paper square's centre and the points just inside its corners: on the canvas (what a tap there reaches),
    // not a zoom button, the sheet or the legend
    const squares = await page.evaluate<{ key: string; title: string; hits: string[] }[]>(`(() => {
      const sigma = window.__atlas.sigma;
      const canvas = sigma.getCanvases().mouse;
      const box = sigma.getContainer().getBoundingClientRect();
      const out = [];
      sigma.getGraph().forEachNeighbor(${JSON.stringify(key)}, (n, a) => {
        const d = sigma.getNodeDisplayData(n);
        const p = sigma.framedGraphToViewport(d);
        const r = 0.9 * Math.min(sigma.scaleSize(d.size), Math.max(16, 0.04 * Math.min(box.width, box.height)));
        const hits = [[0, 0], [-r, -r], [r, -r], [-r, r], [r, r]].map(([dx, dy]) => {
          const el = document.elementFromPoint(box.left + p.x + dx, box.top + p.y + dy);
          return el === canvas ? 'canvas' : el ? (el.closest('[class]') || el).className.toString().slice(0, 40) || el.tagName : 'outside the window';
        });
        out.push({ key: n, title: String(a.title || a.label || '').slice(0, 30), hits });
      });
      return out;
    })()`);
    expect(squares.length).toBe(4);
    expect(squares.filter((q) => q.hits.some((h) => h !== 'canvas'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('a chip says which filters are on once the drawer is closed; the open drawer leaves no cut name (%s)', async (theme) => {
    const { page, errors } = await phone({ width: 390, height: 844 }, theme);
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 300);
    expect(await page.getByTestId('filter-chip').count()).toBe(0);
    await page.getByRole('button', { name: /Open filters/ }).click();
    await page.locator('.drawer-open .sidebar').waitFor();
    await settled(page, 400);
    // no name drawn under the drawer, where its edge would cut it
    const under = await page.evaluate<string[]>(`(() => {
      const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
      const right = document.querySelector('.sidebar').getBoundingClientRect().right - box.left;
      return (window.__atlas.labels || []).filter((l) => l.box.x0 < right).map((l) => l.text);
    })()`);
    expect(under).toEqual([]);
    await shootPage(page, `phone-taps-${theme}-drawer`);
    // at least 2 papers, with the drawer's slider; the drawer closed
    const slider = page.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction('window.__atlas.store.getState().filters.minPapers === 2');
    await page.keyboard.press('Escape');
    await page.waitForFunction('!window.__atlas.store.getState().drawerOpen');
    await settled(page, 300);
    const chip = page.getByTestId('filter-chip');
    await expect.poll(() => chip.textContent()).toContain('≥ 2 papers');
    expect(await chip.isVisible()).toBe(true);
    await shootPage(page, `phone-taps-${theme}-chip`);
    await chip.getByRole('button', { name: /^Clear the filters/ }).tap();
    await page.waitForFunction('window.__atlas.store.getState().filters.minPapers === 1');
    expect(await chip.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('the overview names each of the four communities, the smallest where its name hides no disc (%s)', async (theme) => {
    const { page, errors } = await phone({ width: 390, height: 844 }, theme);
    await shootPage(page, `phone-taps-${theme}-overview`);
    const labels = await drawnLabels(page);
    const clusters = labels.filter((l) => l.kind === 'community');
    const names = await fromStore<string[]>(page, 'b.communities.map((c) => c.label)');
    expect(clusters.map((l) => l.text).sort()).toEqual([...names].sort());
    const latent = clusters.find((l) => l.text === 'latent diffusion models')!;
    // over no disc or square, and none of the names over another
    const over = await page.evaluate<string[]>(`(() => {
      const sigma = window.__atlas.sigma;
      const b = ${JSON.stringify(latent.box)};
      const out = [];
      sigma.getGraph().forEachNode((key) => {
        const d = sigma.getNodeDisplayData(key);
        if (!d || d.hidden) return;
        const p = sigma.framedGraphToViewport(d);
        const r = window.__atlas.drawnRadius(d.size);
        if (p.x + r > b.x0 && p.x - r < b.x1 && p.y + r > b.y0 && p.y - r < b.y1) out.push(key);
      });
      return out;
    })()`);
    expect(over).toEqual([]);
    expect(overlappingLabels(labels)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
