/**
 * The insight tools in real Chromium on the seed list: the review list merges Chung/Chuang and the
 * graph is rebuilt with them as one author; the chain finder lists and highlights a chain; a
 * co-author link opens the pair card; the exports download files that parse (GEXF with
 * graphology-gexf, CSV with csv-parse, PNG with pngjs); splitting Jialiang Wang leaves some authors
 * unconnected, which the chain finder says.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNotColor, frames, fromStore, nodePosition, openAtlas, OUTPUT_DIR, pageUrl, settled, shootCanvas, shootPage, stepBack } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { checkClusterNameClick } from './overview-checks';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

const authorIndex = (name: string) => fromStore<number>(page, `b.authors.name.indexOf(${JSON.stringify(name)})`);

/** Save a download under test-output/e2e/downloads and return its path. */
async function saved(download: Download): Promise<string> {
  const dir = path.join(OUTPUT_DIR, 'downloads');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Display colour (after the reducers) and the node's own colours. */
async function nodeLook(key: string): Promise<{ shown: string; color: string; dimColor: string }> {
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const a = sigma.getGraph().getNodeAttributes(${JSON.stringify(key)});
    return { shown: sigma.getNodeDisplayData(${JSON.stringify(key)}).color, color: a.color, dimColor: a.dimColor };
  })()`);
}

async function pick(label: 'From' | 'To', query: string, option: string): Promise<void> {
  const panel = page.getByTestId('path-panel');
  const input = panel.getByLabel(label, { exact: true });
  await input.fill(query);
  await panel.getByRole('option', { name: new RegExp(option) }).click();
}

describe('who is who', () => {
  it('the review list suggests Chung / Chuang with its evidence', async () => {
    expect(await page.getByTestId('who-panel').getByTestId('suggestion-count').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Review names' }).click();
    const panel = page.getByTestId('review-panel');
    const card = panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' });
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    const text = await card.textContent();
    expect(text).toContain('Ching-Yao Chuang');
    // the detail names the two in the heading's order (it read "Chung" and "Chuang" under "Ching-Yao Chuang ⇄ Ching-Yao Chung")
    expect(text).toMatch(/surnames "Chuang" and "Chung" differ by 1 letter/);
    expect(text!.indexOf('Ching-Yao Chuang')).toBeLessThan(text!.indexOf('Ching-Yao Chung'));
    // they share several co-authors (the Movie Gen and tokenizer papers)
    expect(text).toMatch(/(\d+) shared co-authors/);
    expect(Number(/(\d+) shared co-authors/.exec(text!)![1])).toBeGreaterThanOrEqual(3);
    // Jialiang Wang is listed as possibly several people
    expect(await panel.getByTestId('homonym-list').textContent()).toContain('Jialiang Wang');
    // the intro is true for it: the list was gathered around the name, its groups (5, 2, 1, 1 papers) hold no second
    // body of work (it read "…with a body of work (5+ papers) that shares no co-author with the largest…")
    const intro = await panel.getByTestId('claims-intro').textContent();
    expect(intro).toMatch(/^The name this list was gathered around \(Jialiang Wang\): its papers fall into groups that no co-author ties together/);
    expect(intro).not.toContain('body of work');
    await shootPage(page, '40-review-list');
  });

  it('the review list shows both names in full with the differing part marked, and the evidence', async () => {
    // the list as the first test left it open, nothing accepted yet (a fresh page of its own before)
    const card = page.getByTestId('review-panel').getByTestId('suggestion').first();
    await card.waitFor();
    const diff = card.getByTestId('name-diff');
    expect(await diff.textContent()).toBe('Ching-Yao Chuang / Ching-Yao Chung');
    // whole words are marked, never part of one ("Ch[u]ng")
    expect(await diff.locator('mark').allTextContents()).toEqual(['Chuang', 'Chung']);
    expect(await card.getByTestId('suggestion-evidence').textContent()).toMatch(/one of the two surnames is unique in the dataset/);
    await shootPage(page, '40b-review-diff');
    expect(errors).toEqual([]);
  });

  it("each author's card says they may be the same person as the other spelling, with the review card folded in it", async () => {
    // a tester: the card said nothing about a pair the review list put first
    for (const [name, other] of [
      ['Ching-Yao Chung', 'Ching-Yao Chuang'],
      ['Ching-Yao Chuang', 'Ching-Yao Chung'],
    ]) {
      const search = page.getByLabel('Search authors and papers');
      await search.fill(name);
      await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
      const note = page.getByTestId('author-panel').getByTestId('synonym-note');
      await note.waitFor();
      const line = note.locator('summary');
      expect(await line.textContent()).toMatch(new RegExp(`^May be the same person as ${other} \\(1 paper; about \\d+ in 100\\)$`));
      // folded: the card's co-authors stay in view; opened, the review list's card with its decision buttons
      expect(await note.locator('details').first().getAttribute('open')).toBeNull();
      await line.click();
      expect(await note.locator('details').first().getAttribute('open')).not.toBeNull();
      // (a decision is shown the frame after its button says "Working…": use-busy-click.ts)
      await note.getByRole('button', { name: 'Different people' }).click();
      await expect.poll(() => line.textContent()).toMatch(new RegExp(`^Marked a different person from ${other}`));
      await note.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => line.textContent()).toMatch(new RegExp(`^May be the same person as ${other}`));
    }
    await shootPage(page, '40c-synonym-in-card');
    // the review list as the next test expects it: open, nothing decided
    await page.getByRole('button', { name: 'Review names' }).click();
    await page.getByTestId('review-panel').getByTestId('suggestion').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('accepting it downloads the alias line and, applied, makes one author with 2 papers', async () => {
    const panel = page.getByTestId('review-panel');
    const card = panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' });
    expect(await authorIndex('Ching-Yao Chung')).toBeGreaterThanOrEqual(0);
    await card.getByRole('button', { name: 'Same person' }).click();
    await expect.poll(() => card.textContent()).toContain('Same person: “Ching-Yao Chung” → “Ching-Yao Chuang”');
    // the only pair decided: the list says so, not "(0 to review)"
    expect(await panel.locator('.insight-intro').first().textContent()).toContain('(all reviewed)');
    expect(await page.getByTestId('who-panel').textContent()).toContain('(all reviewed)');

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download alias file' }).click()]);
    expect(download.suggestedFilename()).toBe('wang-jialiang-aliases.tsv');
    const lines = readFileSync(await saved(download), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['Ching-Yao Chung\tChing-Yao Chuang']);

    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="1"]');
    await frames(page);
    // the graph on the canvas is the rebuilt one: one author fewer
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(108);
    expect(await fromStore<number>(page, 'window.__atlas.sigma.getGraph().order')).toBe(108 + 9);
    expect(await authorIndex('Ching-Yao Chung')).toBe(-1);
    const chuang = await authorIndex('Ching-Yao Chuang');
    expect(await fromStore<number>(page, `b.authors.paperCount[${chuang}]`)).toBe(2);
    expect(await fromStore<string[]>(page, `b.authors.aliases[${chuang}]`)).toEqual(['Ching-Yao Chung']);
    // the suggestion is gone from the list; the card says what was applied
    expect(await panel.getByTestId('suggestion').count()).toBe(0);
    expect(await panel.getByTestId('alias-actions').textContent()).toContain('1 merge accepted, all applied');
    // nothing left to apply: the button says so and is no longer the call to action
    const done = panel.getByTestId('alias-actions').getByRole('button', { name: 'Applied', exact: true });
    expect([await done.isDisabled(), await done.evaluate((b) => b.classList.contains('primary'))]).toEqual([true, false]);
    await shootPage(page, '41-review-applied');

    // the author card of the merged person lists both papers
    await panel.getByRole('button', { name: 'Close panel' }).click();
    const search = page.getByLabel('Search authors and papers');
    await search.fill('Chuang');
    await page.getByRole('option', { name: /Ching-Yao Chuang/ }).click();
    const author = page.getByTestId('author-panel');
    expect(await author.getByTestId('author-paper-count').textContent()).toBe('2');
    expect(await author.textContent()).toContain('Ching-Yao Chung');
  });
});

describe('how people connect', () => {
  it('the chain finder lists a chain with the paper behind each step and highlights it', async () => {
    await page.getByTestId('author-panel').getByRole('button', { name: 'Close panel' }).click();
    await pick('From', 'dwork', 'Cynthia Dwork');
    // the focus goes on to the To field (it was dropped to the page once From was chosen)
    await page.waitForFunction(`(() => { const el = document.activeElement; return !!el && el.closest('[data-testid="path-panel"]') !== null && !!el.labels && el.labels[0] && el.labels[0].textContent === 'To'; })()`);
    await pick('To', 'hansen', 'Philippe Hansen-Estruch');
    // and once To is chosen, to its clear button
    await page.waitForFunction(`document.activeElement && document.activeElement.getAttribute('aria-label') === 'Clear to'`);
    const chain = page.getByTestId('chain');
    await chain.waitFor();
    const names = await chain.locator('.chain-author > .author-link').allTextContents();
    expect(names).toEqual(['Cynthia Dwork', 'Jialiang Wang', 'Philippe Hansen-Estruch']);
    const steps = await chain.locator('.chain-paper').allTextContents();
    expect(steps).toEqual(['Interpreting Robust Optimization via Adversarial Influence Functions', 'Learnings from Scaling Visual Tokenizers for Reconstruction and Generation']);
    expect(await chain.textContent()).toContain('2 steps apart');

    // emphasis: the chain's authors and papers keep their colour, everything else is dimmed
    await frames(page);
    const keys = (await chain.getAttribute('data-authors'))!.split(',').map((i) => `a${i}`);
    const paperKeys = await page.evaluate(`(() => {
      const b = window.__atlas.store.getState().dataset.bundle;
      return ${JSON.stringify(steps)}.map((t) => 'p' + b.papers.title.indexOf(t));
    })()`);
    for (const key of [...keys, ...(paperKeys as string[])]) {
      const look = await nodeLook(key);
      expect(look.shown, key).toBe(look.color);
    }
    // the camera frames the chain: its authors and the paper of each step are on the canvas
    await settled(page, 300);
    const offCanvas = await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const { width, height } = sigma.getDimensions();
      return ${JSON.stringify([...keys, ...(paperKeys as string[])])}.filter((k) => {
        const p = sigma.graphToViewport(window.__atlas.graph.getNodeAttributes(k));
        return !(p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
      });
    })()`);
    expect(offCanvas).toEqual([]);
    const other = `a${await authorIndex('Zhun Deng')}`;
    const look = await nodeLook(other);
    expect(look.shown).toBe(look.dimColor);
    expect(look.shown).not.toBe(look.color);
    const png = await shootCanvas(page, '42-chain-canvas');
    expect(countNotColor(png, '#fbfbfa')).toBeGreaterThan(1000);
    await shootPage(page, '43-chain-panel');

    // the chain is in the URL: a copied link traces it again, as the sender saw it
    const [dwork, hansen] = [await authorIndex('Cynthia Dwork'), await authorIndex('Philippe Hansen-Estruch')];
    expect(new URL(page.url()).searchParams.get('chain')).toBe(`${dwork}.${hansen}`);
    const { page: linked, errors: linkedErrors } = await openPage(browser);
    await linked.goto(page.url());
    await waitForState(linked, 'ready');
    const received = linked.getByTestId('chain');
    await received.waitFor();
    expect(await received.locator('.chain-author > .author-link').allTextContents()).toEqual(names);
    expect(await linked.getByTestId('picked-from').textContent()).toBe('Cynthia Dwork');
    expect(linkedErrors).toEqual([]);
    await linked.context().close();
  });

  it('a click on a co-author link opens the two authors with their shared papers', async () => {
    await page.getByTestId('path-panel').getByRole('button', { name: 'Clear', exact: true }).click();
    // cleared: gone from the URL too
    await page.waitForFunction(`!new URLSearchParams(location.search).has('chain')`);
    await page.getByRole('radio', { name: 'Co-authors' }).click();
    // the co-author graph is on screen: authors only
    await page.waitForFunction(`window.__atlas.sigma.getGraph().order === window.__atlas.store.getState().dataset.bundle.stats.authors`);
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    // the camera is animated as users get it: wait until it stops, or the link's middle moves under the click
    await settled(page, 300);
    // the middle of the link between Deng and Dwork (two papers together)
    const deng = await nodePosition(page, `a${await authorIndex('Zhun Deng')}`);
    const dwork = await nodePosition(page, `a${await authorIndex('Cynthia Dwork')}`);
    await page.mouse.click((deng.x + dwork.x) / 2, (deng.y + dwork.y) / 2);
    const pair = page.getByTestId('pair-panel');
    await pair.waitFor();
    expect(await pair.getByRole('heading', { level: 2 }).textContent()).toBe('Zhun Deng & Cynthia Dwork');
    expect(await pair.getByTestId('pair-shared').textContent()).toBe('2');
    const shared = Number(await pair.getByTestId('pair-shared').textContent());
    expect(await pair.getByTestId('pair-papers').locator(':scope > li').count()).toBe(shared);
    // each shared paper comes with its abstract
    expect(await pair.getByTestId('abstract').count()).toBe(shared);
    await shootPage(page, '44-pair-card');
    // the card is in the URL: a copied link opens it again, in the co-author view (it was lost, a tester)
    const [dengIndex, dworkIndex] = [await authorIndex('Zhun Deng'), await authorIndex('Cynthia Dwork')];
    await page.waitForFunction(`new URLSearchParams(location.search).get('pair') === '${dengIndex}.${dworkIndex}'`);
    const { page: linked, errors: linkedErrors } = await openPage(browser);
    // every card the linked page opens, with the size of the map it opens on
    await linked.addInitScript(`(() => {
      window.__cards = [];
      const watch = setInterval(() => {
        const store = window.__atlas && window.__atlas.store;
        if (!store) return;
        clearInterval(watch);
        store.subscribe((s, p) => { if (s.selection && s.selection !== p.selection) window.__cards.push(s.selection.kind + ' on ' + s.dataset.bundle.stats.authors); });
      }, 1);
    })()`);
    await linked.goto(page.url());
    await waitForState(linked, 'ready');
    // the link carries the applied merge (names=): the ids are the rebuilt map's, so wait for that rebuild
    const authors = await fromStore<number>(page, 'b.stats.authors');
    await linked.waitForFunction(`window.__atlas.store.getState().dataset.bundle.stats.authors === ${authors}`, null, { timeout: 60_000 });
    const received = linked.getByTestId('pair-panel');
    await received.waitFor();
    expect(await received.getByRole('heading', { level: 2 }).textContent()).toBe('Zhun Deng & Cynthia Dwork');
    expect(await received.getByTestId('pair-shared').textContent()).toBe('2');
    expect(await fromStore<string>(linked, 's.view')).toBe('coauthors');
    // the card waited for the rebuild: it never opened on the map before it (where the ids name other people)
    expect(await linked.evaluate('window.__cards')).toEqual([`pair on ${authors}`]);
    expect(linkedErrors).toEqual([]);
    await linked.context().close();
    await page.getByRole('radio', { name: 'Authors & papers' }).click();
    await pair.getByRole('button', { name: 'Close panel' }).click();
  });
});

describe('communities', () => {
  it('a community opens its card with label, size, top authors and papers; labels are drawn on the canvas', async () => {
    const labelled = await page.evaluate(`window.__atlas.sigma.getContainer().dataset.communityLabels`);
    expect(String(labelled).split(',').length).toBeGreaterThan(0);
    const row = page.getByTestId('communities-panel').locator('li[data-community="0"]');
    await row.locator('.community-name').click();
    const card = page.getByTestId('community-card');
    await card.waitFor();
    const size = await fromStore<number>(page, 'b.communities[0].size');
    expect(await card.getByTestId('community-size').textContent()).toBe(String(size));
    const papers = await fromStore<number>(page, 'b.papers.community.filter((c) => c === 0).length');
    expect(await card.getByTestId('community-papers').locator('li').count()).toBe(papers);
    expect(await card.getByTestId('community-authors').locator('li').count()).toBe(await fromStore<number>(page, 'b.communities[0].topAuthors.length'));
    // each top author's count is their papers in this community (not in the whole map), most first
    const shown = (await card.getByTestId('community-author-papers').allTextContents()).map(Number);
    const expected = await fromStore<number[]>(
      page,
      'b.communities[0].topAuthors.map((a) => b.papers.authors.filter((by, p) => b.papers.community[p] === 0 && by.includes(a)).length).sort((x, y) => y - x)',
    );
    expect(shown).toEqual(expected);
    expect(shown[0]).toBeGreaterThan(0);
    // a screen reader reads each as "Name, 2 of 3 papers in this community", not "Name2"
    const firstName = await card.getByTestId('community-authors').locator('.author-name').first().textContent();
    const firstButton = card.getByTestId('community-authors').getByRole('button').first();
    expect(await firstButton.getAttribute('aria-label')).toMatch(new RegExp(`^${firstName!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${shown[0]} of \\d+ papers? in this community$`));
    await shootPage(page, '45-community-card');
    // the card is in the URL: a reload (or the link shared) opens it again; Back after closing it brings it back
    expect((await pageUrl(page)).searchParams.get('comm')).toBe('1');
    await page.reload();
    await waitForState(page, 'ready');
    // (the merge applied above is applied again after the reload: the card stays through that rebuild)
    await page.waitForFunction(`window.__atlas.store.getState().dataset.bundle.stats.authors === 108`);
    await card.waitFor();
    expect(await card.getByTestId('community-size').textContent()).toBe(String(size));
    await card.getByRole('button', { name: 'Close panel' }).click();
    expect((await pageUrl(page)).searchParams.get('comm')).toBeNull();
    await stepBack(page);
    await card.waitFor();
    await card.getByRole('button', { name: 'Close panel' }).click();
    await card.waitFor({ state: 'detached' });
  });

  it("a cluster's name drawn on the map opens that cluster's card (the pointer cursor says so)", async () => {
    await checkClusterNameClick(page, false);
  });
});

describe('exports', () => {
  async function exportFile(item: string): Promise<string> {
    const menu = page.getByTestId('export-menu');
    if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${item}"]`).click()]);
    return saved(download);
  }

  it('GEXF parses with graphology-gexf and holds the graph as shown', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await shootPage(page, '46-export-menu');
    const file = await exportFile('gexf');
    expect(path.basename(file)).toBe('wang-jialiang.gexf');
    const graph = parseGexf(Graph, readFileSync(file, 'utf8'));
    const authors = await fromStore<number>(page, 'b.stats.authors');
    const papers = await fromStore<number>(page, 'b.stats.papers');
    expect(graph.order).toBe(authors + papers);
    const kinds = graph.mapNodes((_n, a) => a.kind as string);
    expect(kinds.filter((k) => k === 'author')).toHaveLength(authors);
    const chuang = await authorIndex('Ching-Yao Chuang');
    expect(graph.getNodeAttribute(`a${chuang}`, 'label')).toBe('Ching-Yao Chuang');
    expect(graph.getNodeAttribute(`a${chuang}`, 'papers')).toBe(2);
    // papers in the colours the canvas draws them with (the same getters: graph/colours.ts)
    const paper = graph.filterNodes((_n, a) => a.kind === 'paper')[0]!;
    const drawn = await page.evaluate(`window.__atlas.sigma.getGraph().getNodeAttribute(${JSON.stringify(paper)}, 'color')`);
    const hex = (c: string) => (c.startsWith('#') ? c : `#${(c.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`);
    expect(hex(graph.getNodeAttribute(paper, 'color') as string)).toBe(drawn);
  });

  it('CSV tables parse and have one row per author, paper and co-author pair', async () => {
    const stats = await fromStore<{ authors: number; papers: number; coauthorPairs: number }>(page, 'b.stats');
    const expected: [string, string, number][] = [
      ['authors-csv', 'wang-jialiang-authors.csv', stats.authors],
      ['papers-csv', 'wang-jialiang-papers.csv', stats.papers],
      ['pairs-csv', 'wang-jialiang-coauthor-pairs.csv', stats.coauthorPairs],
    ];
    for (const [item, name, rows] of expected) {
      const file = await exportFile(item);
      expect(path.basename(file)).toBe(name);
      const text = readFileSync(file, 'utf8');
      // the UTF-8 byte order mark first: Excel on Windows reads accented names right (a BOM-aware reader skips it)
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      const records = parseCsv(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
      expect(records, name).toHaveLength(rows);
      expect(Object.keys(records[0]!)[0], name).toMatch(/^(id|source_id)$/);
    }
    const papers = parseCsv(readFileSync(path.join(OUTPUT_DIR, 'downloads/wang-jialiang-papers.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const robust = papers.find((r) => r.title === 'Interpreting Robust Optimization via Adversarial Influence Functions')!;
    expect(robust.authors).toBe('Zhun Deng; Cynthia Dwork; Jialiang Wang; Linjun Zhang');
    expect(robust.abstract.length).toBeGreaterThan(200);
  });

  it('VOSviewer map and network files, and Gephi spreadsheet tables, come as one ZIP each', async () => {
    const stats = await fromStore<{ authors: number; coauthorPairs: number }>(page, 'b.stats');
    const vos = unzipSync(readFileSync(await exportFile('vosviewer')));
    expect(Object.keys(vos)).toEqual(['wang-jialiang-vosviewer-map.txt', 'wang-jialiang-vosviewer-network.txt']);
    const map = strFromU8(vos['wang-jialiang-vosviewer-map.txt']!).trimEnd().split('\r\n');
    expect(map[0]).toBe('id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Documents>');
    expect(map).toHaveLength(1 + stats.authors);
    expect(strFromU8(vos['wang-jialiang-vosviewer-network.txt']!).trimEnd().split('\r\n')).toHaveLength(stats.coauthorPairs);
    const gephi = unzipSync(readFileSync(await exportFile('gephi-tables')));
    const edges = parseCsv(strFromU8(gephi['wang-jialiang-gephi-edges.csv']!), { columns: true }) as Record<string, string>[];
    expect(edges).toHaveLength(stats.coauthorPairs);
    expect(edges[0]!.Type).toBe('Undirected');
  });

  it('SVG of the view parses and draws every node on screen, with labels', async () => {
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    // the camera is animated as users get it: wait until it stops, or the link's middle moves under the click
    await settled(page, 300);
    const file = await exportFile('svg');
    expect(path.basename(file)).toBe('wang-jialiang.svg');
    const svg = readFileSync(file, 'utf8');
    const found = (await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      const g = window.__atlas.sigma.getGraph();
      return {
        error: doc.querySelector('parsererror') !== null,
        title: doc.querySelector('title').textContent,
        // discs one element each, paper squares one path per colour (one M… per square)
        shapes: doc.querySelectorAll('g.nodes > circle:not([fill="none"]), g.nodes > rect').length +
          [...doc.querySelectorAll('g.nodes > path.papers')].reduce((n, p) => n + (p.getAttribute('d').match(/M/g) || []).length, 0),
        drawn: g.filterNodes((n, a) => !a.hidden).length,
        labels: [...doc.querySelectorAll('g.labels > text')].map((t) => t.textContent),
        communities: doc.querySelectorAll('g.community-labels > text').length,
      };
    })()`)) as { error: boolean; title: string; shapes: number; drawn: number; labels: string[]; communities: number };
    expect(found.error).toBe(false);
    expect(found.title).toBe('Wang, Jialiang — papers and co-authors');
    expect(found.shapes).toBe(found.drawn);
    expect(found.labels).toContain('Jialiang Wang');
    expect(found.communities).toBeGreaterThan(0);
  });

  it('PNG of the view decodes and shows the graph', async () => {
    const file = await exportFile('png');
    expect(path.basename(file)).toBe('wang-jialiang.png');
    const png = PNG.sync.read(readFileSync(file));
    const box = await page.locator('.stage').boundingBox();
    expect(png.width).toBe(Math.round(box!.width));
    // the map's height, and under it the caption band (the dataset, the legend, the counts)
    expect(png.height).toBeGreaterThan(Math.round(box!.height));
    expect(png.height).toBeLessThan(Math.round(box!.height) + 400);
    // the band is drawn: the rows below the map are not all background
    const band = { ...png, height: png.height - Math.round(box!.height), data: png.data.subarray(png.width * Math.round(box!.height) * 4) } as typeof png;
    expect(countNotColor(band, '#fbfbfa')).toBeGreaterThan(50);
    expect(countNotColor(png, '#fbfbfa')).toBeGreaterThan(png.width * png.height * 0.01);
    await page.keyboard.press('Escape');
  });
});

describe('decisions last', () => {
  it('an applied merge survives a reload and a shared link, and can be undone', async () => {
    // the applied lines are kept in the page's link
    expect(new URL(page.url()).searchParams.get('names')).toBeTruthy();
    const link = page.url();
    await page.reload();
    await waitForState(page, 'ready');
    await page.waitForFunction(`window.__atlas.store.getState().dataset.bundle.stats.authors === 108`);
    expect(await authorIndex('Ching-Yao Chung')).toBe(-1);
    expect(await fromStore<number>(page, `b.authors.paperCount[b.authors.name.indexOf('Ching-Yao Chuang')]`)).toBe(2);

    // the same link in another tab opens the merged dataset too
    const other = await openPage(browser);
    await other.page.goto(link);
    await waitForState(other.page, 'ready');
    await other.page.waitForFunction(`window.__atlas.store.getState().dataset.bundle.stats.authors === 108`);
    expect(other.errors).toEqual([]);
    await other.page.close();

    // undo: the review list lists the accepted merge; taking it back restores both people
    await page.getByRole('button', { name: 'Review names' }).click();
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('accepted').waitFor();
    expect(await panel.getByTestId('accepted').textContent()).toContain('now also written “Ching-Yao Chung”');
    // (one press: the map rebuilt without the merge at once)
    await panel.getByTestId('undo-accepted').click();
    await page.waitForFunction(`window.__atlas.store.getState().dataset.bundle.stats.authors === 109`);
    await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="0"]');
    expect(new URL(page.url()).searchParams.get('names')).toBeNull();
    await page.reload();
    await waitForState(page, 'ready');
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(109);

    // accepted again (the tests below work on the merged list)
    await page.getByRole('button', { name: 'Review names' }).click();
    const card = page.getByTestId('review-panel').getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' });
    await card.getByRole('button', { name: 'Same person' }).click();
    await page.getByTestId('review-panel').getByRole('button', { name: 'Apply in the explorer' }).click();
    await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="1"]');
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(108);
    await page.getByTestId('review-panel').getByRole('button', { name: 'Close panel' }).click();
    expect(errors).toEqual([]);
  });
});

/**
 * Record, in the page, each change of what a chain's step through a doubtful person says: the "checking" line's
 * text, and whether the ⚑ note is there ("checking:<text>|", "|note", "|"), in order.
 */
const RECORD_CHAIN_CHECK = `(() => {
  window.__chainSaid = [];
  const look = () => {
    const c = document.querySelector('[data-testid="chain"] [data-testid="chain-checking"]');
    const d = document.querySelector('[data-testid="chain"] [data-testid="chain-doubt"]');
    const now = (c ? 'checking:' + c.textContent : '') + '|' + (d ? 'note' : '');
    if (window.__chainSaid.at(-1) !== now) window.__chainSaid.push(now);
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

describe('several people behind one name', () => {
  it('a chain through Jialiang Wang says "Checking whether Jialiang Wang is several people…" on that step until the ⚑ note replaces it', async () => {
    // a fresh page: no card opened, so the step's check is asked when the chain is drawn (it said nothing until
    // every name's check was done, 29 s on the 30k map, a tester)
    const { page: fresh, errors: freshErrors } = await openPage(browser);
    await openAtlas(fresh);
    await fresh.evaluate(RECORD_CHAIN_CHECK);
    const panel = fresh.getByTestId('path-panel');
    for (const [label, who] of [
      ['From', 'Cynthia Dwork'],
      ['To', 'Peter Vajda'],
    ] as const) {
      await panel.getByLabel(label, { exact: true }).fill(who);
      await panel.getByRole('option', { name: new RegExp(who) }).first().click();
    }
    const chain = fresh.getByTestId('chain');
    await chain.waitFor();
    expect(await chain.locator('.chain-author > .author-link').allTextContents()).toEqual(['Cynthia Dwork', 'Jialiang Wang', 'Peter Vajda']);
    const doubt = chain.getByTestId('chain-doubt');
    await doubt.waitFor();
    expect(await doubt.textContent()).toMatch(/^⚑ Jialiang Wang may be 4 different people: the papers before and after this step are in different groups/);
    // the answer replaced the line, which came first, on that step, quiet (a status, not a flag)
    expect(await chain.getByTestId('chain-checking').count()).toBe(0);
    const said = await fresh.evaluate<string[]>('window.__chainSaid');
    const checking = said.indexOf('checking:Checking whether Jialiang Wang is several people…|');
    expect(checking, said.join(' / ')).toBeGreaterThanOrEqual(0);
    expect(said.indexOf('|note')).toBeGreaterThan(checking);
    expect(said.some((s) => s.startsWith('checking:') && s.endsWith('note'))).toBe(false);
    // "2 papers together" on a line of its own, no "·" left to lead a line
    expect(await chain.locator('.chain-step').first().textContent()).toBe('co-wrote Interpreting Robust Optimization via Adversarial Influence Functions2 papers together');
    expect(await chain.locator('.chain-shared').first().evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(freshErrors).toEqual([]);
    await fresh.context().close();
  });

  it('a chain through Jialiang Wang says on that step that the name may be several people', async () => {
    await pick('From', 'yongjun', 'Yongjun Li');
    await pick('To', 'polyak', 'Adam Polyak');
    const chain = page.getByTestId('chain');
    await chain.waitFor();
    expect(await chain.locator('.chain-author > .author-link').allTextContents()).toEqual(['Yongjun Li', 'Jialiang Wang', 'Adam Polyak']);
    const doubt = chain.getByTestId('chain-doubt');
    await doubt.waitFor();
    expect(await doubt.textContent()).toMatch(/Jialiang Wang may be 4 different people: the papers before and after this step are in different groups/);
    await shootPage(page, '46b-chain-doubt');
    // the note brought into view by the sidebar's own scrolling: the app's frame not scrolled (a tester saw the top
    // bar at -1 px after a note or a list was scrolled into view)
    expect(await page.evaluate<number[]>(`[document.scrollingElement.scrollTop, document.querySelector('.app').scrollTop, document.querySelector('.app').getBoundingClientRect().top]`)).toEqual([0, 0, 0]);
  });

  it('the author card gives the evidence in words', async () => {
    const search = page.getByLabel('Search authors and papers');
    await search.fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    const flag = page.getByTestId('author-panel').getByTestId('homonym-flag');
    await flag.waitFor();
    expect(await flag.getAttribute('data-flagged')).toBe('yes');
    const lines = await flag.getByTestId('homonym-evidence').locator('li').allTextContents();
    expect(lines[0]).toMatch(/^Group 2 \(2 papers\) against group 1 \(5\): different topics: .* vs\. .*; no shared co-author/);
    // a claim shows why, in words a user can check: what differs, that nothing ties the groups, how probable
    expect(lines[0]).toContain('no shared co-author, and no co-author of one wrote with a co-author of the other');
    expect(lines.filter((l) => /^Group \d \(\d papers?\) against group 1 \(5\): /.test(l))).toHaveLength(3);
    const taken = lines.find((l) => l.startsWith('Taken together'));
    expect(taken).toMatch(/^Taken together: about (\d+) in 100 that these are different people\.$/);
    const percent = Number(/about (\d+) in 100/.exec(taken!)![1]);
    expect(percent).toBeGreaterThanOrEqual(50);
    expect(await flag.locator('.homonym-head').textContent()).toContain(`(about ${percent} in 100)`);
    // text only: the evidence items hold no element
    expect(await flag.getByTestId('homonym-evidence').locator('li *').count()).toBe(0);
    // the surname's commonness and the full name's rarity, said apart (it read "…surname; a rare name in this dataset")
    expect(lines.at(-2)).toBe('The name: Wang is a very common surname, but this full name is rare in this dataset.');
    expect(lines.at(-1)).toBe('The list was gathered around this name, so namesakes from anywhere may be in it.');
    await page.getByTestId('author-panel').getByRole('button', { name: 'Close panel' }).click();
  });

  it('Jialiang Wang is flagged with 4 groups; splitting leaves Dwork and Hansen-Estruch unconnected', async () => {
    const search = page.getByLabel('Search authors and papers');
    await search.fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    const author = page.getByTestId('author-panel');
    const flag = author.getByTestId('homonym-flag');
    // worked out in the worker when the card opens
    await flag.waitFor();
    expect(await flag.getAttribute('data-groups')).toBe('4');
    expect(await flag.textContent()).toContain('May be 4 different people');
    const groups = await flag.getByTestId('homonym-group').allTextContents();
    expect(groups[0]).toContain('5 papers');
    expect(groups.some((g) => g.includes('Mini-Hes'))).toBe(true);
    expect(groups.some((g) => g.includes('FaKnow'))).toBe(true);
    expect(groups.some((g) => g.includes('Interpreting Robust Optimization') && g.includes('Cynthia Dwork'))).toBe(true);
    await shootPage(page, '47-homonym-flag');

    // three more authors than before (the Chung/Chuang merge applied earlier in this file, or not when run alone)
    const before = await fromStore<number>(page, 'b.stats.authors');
    await flag.getByRole('button', { name: 'Split into 4 people' }).click();
    await page.getByTestId('author-panel').getByTestId('card-decisions').getByRole('button', { name: 'Apply in the explorer' }).click();
    await page.waitForFunction(`window.__atlas.store.getState().dataset.bundle.stats.authors === ${before + 3}`, null, { timeout: 8000 }).catch(async (e) => {
      console.log(errors, await fromStore(page, 'b.stats.authors'), await page.getByTestId('alias-actions').allTextContents());
      throw e;
    });
    // Jialiang Wang keeps the five generative-model papers; three new people hold the others
    expect(await fromStore<number>(page, `b.authors.paperCount[b.authors.name.indexOf('Jialiang Wang')]`)).toBe(5);
    expect(await fromStore<number>(page, `b.authors.paperCount[b.authors.name.indexOf('Jialiang Wang (2)')]`)).toBe(2);

    // the author card stays on the person who kept the name, now with the 5 papers
    await page.waitForFunction(`window.__atlas.store.getState().selection !== null`);
    expect(await author.getByTestId('author-paper-count').textContent()).toBe('5');
    await shootPage(page, '48-split-applied');
    await author.getByRole('button', { name: 'Close panel' }).click();
    // the chain traced before the Apply is kept, found again by name on the rebuilt map (cleared here to trace anew)
    const clear = page.getByTestId('path-panel').getByRole('button', { name: 'Clear', exact: true });
    if (await clear.count()) await clear.click();
    await pick('From', 'dwork', 'Cynthia Dwork');
    await pick('To', 'hansen', 'Philippe Hansen-Estruch');
    const none = page.getByTestId('chain-none');
    await none.waitFor();
    // each one's connected group counted here apart (union-find over the bylines), both ends marked on the map
    const circles = await fromStore<{ dwork: number; hansen: number; marked: number[]; ends: number[] }>(
      page,
      `(() => {
        const n = b.authors.name.length, up = Array.from({ length: n }, (_, i) => i);
        const root = (x) => (up[x] === x ? x : (up[x] = root(up[x])));
        for (const by of b.papers.authors) for (const a of by) up[root(a)] = root(by[0]);
        const size = (a) => b.authors.name.filter((_, i) => root(i) === root(a)).length;
        const d = b.authors.name.indexOf('Cynthia Dwork'), h = b.authors.name.indexOf('Philippe Hansen-Estruch');
        return { dwork: size(d), hansen: size(h), marked: s.emphasis.nodes.map((r) => r.index), ends: [d, h] };
      })()`,
    );
    expect(circles.dwork).toBeGreaterThan(1);
    expect(circles.hansen).toBeGreaterThan(1);
    expect(circles.marked).toEqual(circles.ends);
    expect(await none.textContent()).toBe(
      `Cynthia Dwork and Philippe Hansen-Estruch are not connected: no chain of co-authors links them in this dataset. Cynthia Dwork reaches ${circles.dwork - 1} other authors through co-authors, Philippe Hansen-Estruch reaches ${circles.hansen - 1} other authors through co-authors, none in common. Both are marked on the map.`,
    );
    await shootPage(page, '49-chain-none');
    expect(errors).toEqual([]);
  });
});

describe('a list imported in this session', () => {
  it('can be rebuilt with accepted merges too', async () => {
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'my-list.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt')),
    });
    await page.getByTestId('import-build').click();
    await page.waitForFunction(`window.__atlas.store.getState().dataset?.name === 'my-list'`, undefined, { timeout: 120_000 });
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(109);

    await page.getByRole('button', { name: 'Review names' }).click();
    const panel = page.getByTestId('review-panel');
    const card = panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' });
    await card.getByRole('button', { name: 'Same person' }).click();
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="1"]');
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(108);
    expect(await fromStore<string>(page, 's.dataset.name')).toBe('my-list');
    expect(await fromStore<number>(page, `b.authors.paperCount[b.authors.name.indexOf('Ching-Yao Chuang')]`)).toBe(2);
    expect(errors).toEqual([]);
  });

  it('a Latin-1 file rebuilt with aliases keeps its accents (the rebuild reads the same bytes as the import)', async () => {
    // Windows-1252 bytes, not valid UTF-8: "Müller" and "Müler" (one letter apart) share the co-author Jane Doe
    const bib =
      '@article{k1,\n  title = {Caf\u00e9 culture},\n  author = {M\u00fcller, J\u00fcrgen and Doe, Jane},\n  year = 2001\n}\n' +
      '@article{k2,\n  title = {\u00dcber Graphen},\n  author = {M\u00fcler, J\u00fcrgen and Doe, Jane},\n  year = 2002\n}\n';
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'latin-list.bib', mimeType: 'text/plain', buffer: Buffer.from(bib, 'latin1') });
    await page.getByTestId('import-build').click();
    await page.waitForFunction(`window.__atlas.store.getState().dataset?.name === 'latin-list'`, undefined, { timeout: 120_000 });
    expect(await fromStore<string[]>(page, 'b.authors.name.slice().sort()')).toEqual(['Jane Doe', 'J\u00fcrgen M\u00fcler', 'J\u00fcrgen M\u00fcller']);

    await page.getByRole('button', { name: 'Review names' }).click();
    const panel = page.getByTestId('review-panel');
    const card = panel.getByTestId('suggestion').filter({ hasText: 'J\u00fcrgen M\u00fcler' });
    await card.getByRole('button', { name: 'Same person' }).click();
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="1"]');
    expect(await fromStore<string>(page, 's.dataset.name')).toBe('latin-list');
    // one person with both papers, every name and title still with its accents
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(2);
    const names = await fromStore<string[]>(page, 'b.authors.name');
    expect(names.filter((n) => n !== 'Jane Doe')).toEqual([expect.stringMatching(/^J\u00fcrgen M\u00fcl{1,2}er$/)]);
    expect(await fromStore<number>(page, `b.authors.paperCount[b.authors.name.indexOf('Jane Doe') === 0 ? 1 : 0]`)).toBe(2);
    expect((await fromStore<string[]>(page, 'b.papers.title')).sort()).toEqual(['Caf\u00e9 culture', '\u00dcber Graphen']);
    expect(errors).toEqual([]);
  });
});
