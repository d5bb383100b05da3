/**
 * A disc drawn under another author's name or a cluster's name is clicked as the disc it is, in real Chromium, as
 * users get the 3k map (acl_2020_main, camera animation on, 1440x900), at its overview. A tester clicked the centre
 * of Masaaki Nagata's disc, drawn under the name "Iryna Gurevych", and Iryna Gurevych's card opened; Hongshen Chen's
 * under "Diyi Yang" alike, and Sung Ju Hwang's under a cluster's name opened that cluster (9 of 12 free-standing
 * discs hit the right author). Every author's disc whose centre lies in the box of another's name or of a cluster's
 * name, and shows there (the canvas's pixels within 2 px of the point are the disc's colour, not a letter or its halo):
 * the mouse put on that point hovers that author and a click opens that author's card. The names keep their own clicks:
 * a click on a name's letters where no disc lies under them opens the name's author (or cluster).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, drawnLabels, frames, fromStore, settled, shootCanvas, type DrawnLabel } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { clearPointOn, drawnNodeAt, drawnNodes, hoveredKeyOn, selectedKeyOn } from './pointer';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

let page: Page;
let errors: string[];
/** The camera of the overview as the map was opened. */
let overview: unknown;

afterAll(async () => {
  await page?.context().close();
});

/** Back to the overview as loaded: the card closed as a user closes it (Escape), the camera as the map was opened. */
async function backToOverview(): Promise<void> {
  await page.mouse.move(2, 450);
  await page.keyboard.press('Escape');
  await page.evaluate(`window.__atlas.sigma.getCamera().setState(${JSON.stringify(overview)})`);
  await settled(page, 300);
  expect(await fromStore(page, 's.selection')).toBeNull();
}

/**
 * The node hovered, and the one whose card a click there opened (or `c<id>` for a cluster's card), at page point `at`,
 * the mouse put there in one move from off the map (a quick hand: nothing hovered on the way, whose hover would
 * re-draw the names, one of them bold, before the pointer arrives).
 */
async function clickAt(at: { x: number; y: number }): Promise<{ hovered: string | null; opened: string | null }> {
  await page.mouse.move(2, 450);
  await frames(page, 2);
  await page.mouse.move(at.x, at.y);
  await frames(page, 3);
  await page.waitForTimeout(200);
  const hovered = await hoveredKeyOn(page);
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(300);
  await settled(page);
  const community = await fromStore<number | null>(page, "s.selection && s.selection.kind === 'community' ? s.selection.id : null");
  const opened = community !== null ? `c${community}` : await selectedKeyOn(page);
  return { hovered, opened };
}

/** The colour of the names' letters in the light theme (src/app/theme.ts `label`). */
const LABEL_COLOUR = '#1f2328';

const inBox = (x: number, y: number, b: DrawnLabel['box']) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

describe('a disc under a name', () => {
  it('is clicked as the disc at the 3k map\'s overview; the name\'s letters elsewhere still open the name', async () => {
    ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true }));
    await page.goto(appUrl(acl));
    await waitForState(page, 'ready', 120_000);
    await page.mouse.move(2, 450);
    await settled(page, 300);
    overview = await page.evaluate('window.__atlas.sigma.getCamera().getState()');
    const stageBox = (await page.locator('.stage').boundingBox())!;
    const canvasBox = await page.evaluate<{ x: number; y: number }>('(() => { const b = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { x: b.left, y: b.top }; })()');
    const labels = (await drawnLabels(page)).filter((l) => !l.dim);
    const png = await shootCanvas(page, 'disc-under-name-overview');
    const colours = await page.evaluate<Record<string, string>>(`(() => {
      const sigma = window.__atlas.sigma; const out = {};
      sigma.getGraph().forEachNode((k) => { const d = sigma.getNodeDisplayData(k); if (d && !d.hidden) out[k] = d.color; });
      return out;
    })()`);
    /** Whether the canvas pixel at page point (x, y) is (about) the colour `hex`. */
    const shows = (x: number, y: number, hex: string) => {
      const i = (Math.round(y - stageBox.y) * png.width + Math.round(x - stageBox.x)) * 4;
      const want = [1, 3, 5].map((o) => parseInt(hex.slice(o, o + 2), 16));
      return want.every((v, c) => Math.abs(png.data[i + c]! - v) <= 40);
    };
    const covered: { key: string; name: string; under: string; at: { x: number; y: number } }[] = [];
    const discs = (await drawnNodes(page)).filter((n) => !n.square);
    for (const n of discs) {
      if (!n.key.startsWith('a')) continue;
      const cx = n.x - canvasBox.x;
      const cy = n.y - canvasBox.y;
      const over = labels.find((l) => l.key !== n.key && inBox(cx, cy, l.box));
      if (!over) continue;
      // a whole pixel (a mouse event's position is one: a point a fraction of a pixel off the halo is not the user's)
      const clear = await clearPointOn(page, n.key);
      const at = clear && { x: Math.round(clear.x), y: Math.round(clear.y) };
      const colour = colours[n.key];
      // the disc shows at the point and round it, 2 px each way (a spot of it in sight, not a gap between two letters
      // or two words of the name, which is the name's)
      const round = [-2, -1, 0, 1, 2];
      if (!at || !colour || !/^#[0-9a-f]{6}$/i.test(colour) || !round.every((dx) => round.every((dy) => Math.hypot(dx, dy) > 2 || shows(at.x + dx, at.y + dy, colour)))) continue;
      if ((await drawnNodeAt(page, at.x, at.y))?.key !== n.key) continue;
      covered.push({ key: n.key, name: n.label ?? n.key, under: `${over.kind === 'community' ? 'c' : ''}${over.key} ${over.text}`, at });
    }
    console.log(`discs shown under a name at the overview: ${covered.length}`);
    expect(covered.length, 'discs under names at the overview').toBeGreaterThanOrEqual(3);
    const wrong: string[] = [];
    for (const c of covered.slice(0, 12)) {
      const { hovered, opened } = await clickAt(c.at);
      console.log(c.key, c.name, 'under', c.under, '→ hovered', hovered, 'opened', opened);
      if (hovered !== c.key || opened !== c.key) wrong.push(`${c.name} (${c.key}) under "${c.under}": hovered ${hovered}, opened ${opened}`);
      await backToOverview();
    }
    expect(wrong, 'discs under a name that a click did not open').toEqual([]);
    // the names keep their letters: a point of a name's text drawn over another's disc (the canvas's pixel there is
    // the text's colour) opens the name's author, or the cluster's card
    const onLetters: { opens: string; name: string; at: { x: number; y: number } }[] = [];
    for (const l of labels) {
      if (onLetters.filter((o) => o.opens.startsWith('c') === (l.kind === 'community')).length >= 3) continue;
      let found: { x: number; y: number } | null = null;
      for (let y = Math.ceil(l.box.y0) + 1; y < l.box.y1 - 1 && !found; y++) {
        for (let x = Math.ceil(l.box.x0) + 1; x < l.box.x1 - 1 && !found; x++) {
          const at = { x: canvasBox.x + x, y: canvasBox.y + y };
          if (!shows(at.x, at.y, LABEL_COLOUR) || !shows(at.x + 1, at.y, LABEL_COLOUR) || !shows(at.x, at.y + 1, LABEL_COLOUR)) continue;
          const under = discs.find((d) => d.key !== l.key && Math.hypot(d.x - at.x, d.y - at.y) < d.r - 2);
          if (under && (await drawnNodeAt(page, at.x, at.y))?.key === under.key) found = at;
        }
      }
      if (found) onLetters.push({ opens: l.kind === 'community' ? `c${l.key}` : l.key, name: l.text, at: found });
    }
    console.log('names clicked on their letters over a disc:', onLetters.map((o) => o.name).join(', '));
    expect(onLetters.length, 'names drawn over discs at the overview').toBeGreaterThanOrEqual(2);
    for (const o of onLetters) {
      const { opened } = await clickAt(o.at);
      if (opened !== o.opens) wrong.push(`the letters of "${o.name}" opened ${opened}`);
      await backToOverview();
    }
    expect(wrong, 'names a click on their letters did not open').toEqual([]);
    expect(errors).toEqual([]);
  });
});
