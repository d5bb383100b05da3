/**
 * Every export follows every filter, in real Chromium on the seed list with at least 2 papers
 * (`?ds=wang-jialiang&min=2`, 18 of 109 authors shown): the Export menu's entries are clicked and the downloaded
 * files read back. A tester found the authors table, the pairs table, the VOSviewer and Gephi files holding all 109
 * authors and 3,926 links while the PNG, SVG and GEXF followed the filter. The reference is worked out here from the
 * bundle's bylines (papers per author; pairs of co-authors of two shown authors).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, OUTPUT_DIR } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
  await openAtlas(page, '?ds=wang-jialiang&min=2');
});

afterAll(async () => {
  await browser?.close();
});

/** Clicks the Export menu's entry `item` (opening the menu) and saves the download; its name and path. */
async function exportFile(item: string): Promise<{ name: string; file: string }> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${item}"]`).click()]);
  const dir = path.join(OUTPUT_DIR, 'downloads', 'export-filtered');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

const csv = (text: string) => parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
const key = (s: string | number, t: string | number) => [Number(s), Number(t)].sort((x, y) => x - y).join('-');

describe('exports of ?ds=wang-jialiang&min=2', () => {
  let shown: number[];
  let links: Set<string>;
  let papers: number;

  beforeAll(async () => {
    // the reference, from the bundle's bylines: authors with at least 2 papers, the pairs of them on a paper together
    const bylines = await fromStore<number[][]>(page, 'b.papers.authors');
    const total = await fromStore<number>(page, 'b.authors.name.length');
    const count = new Array<number>(total).fill(0);
    for (const list of bylines) for (const a of list) count[a]!++;
    shown = count.flatMap((n, a) => (n >= 2 ? [a] : []));
    const on = new Set(shown);
    links = new Set();
    for (const list of bylines) for (const a of list) for (const b of list) if (a < b && on.has(a) && on.has(b)) links.add(key(a, b));
    papers = bylines.filter((list) => list.some((a) => on.has(a))).length;
  });

  it('the view shows 18 of 109 authors, and the Export menu counts what the files hold', async () => {
    expect(shown).toHaveLength(18);
    expect(await page.getByTestId('visible-counts').textContent()).toContain('Showing 18 of 109 authors');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    const detail = (item: string) => menu.locator(`[data-export="${item}"] .export-detail`).textContent();
    expect(await detail('authors-csv')).toBe('CSV · at least 2 papers: 18 rows, metrics and community');
    expect(await detail('pairs-csv')).toBe(`CSV · all years, at least 2 papers: ${links.size} rows with weights`);
    expect(await detail('vosviewer')).toBe(`map and network files · all years, at least 2 papers: 18 authors, ${links.size} links`);
    expect(await detail('gephi-tables')).toBe(`nodes and edges CSV (Import Spreadsheet) · all years, at least 2 papers: 18 nodes, ${links.size} edges`);
    await page.keyboard.press('Escape');
  });

  it('the authors, papers and co-author pairs tables hold the shown authors, their papers and their links, named -min2', async () => {
    const authors = await exportFile('authors-csv');
    expect(authors.name).toBe('wang-jialiang-authors-min2.csv');
    const authorRows = csv(readFileSync(authors.file, 'utf8'));
    expect(authorRows.map((r) => Number(r.id))).toEqual(shown);
    expect(authorRows.every((r) => r.filters === 'at least 2 papers')).toBe(true);
    const pairs = await exportFile('pairs-csv');
    expect(pairs.name).toBe('wang-jialiang-coauthor-pairs-min2.csv');
    const pairRows = csv(readFileSync(pairs.file, 'utf8'));
    expect(pairRows).toHaveLength(links.size);
    expect(new Set(pairRows.map((r) => key(r.source_id!, r.target_id!)))).toEqual(links);
    // each author's total over the links shown is the sum of their rows in the pairs table
    for (const r of authorRows) {
      const sum = pairRows.filter((p) => p.source_id === r.id || p.target_id === r.id).reduce((s, p) => s + Number(p.link_strength), 0);
      expect(Number(r.total_link_strength_shown)).toBeCloseTo(sum, 5);
    }
    const paperTable = await exportFile('papers-csv');
    expect(paperTable.name).toBe('wang-jialiang-papers-min2.csv');
    expect(csv(readFileSync(paperTable.file, 'utf8'))).toHaveLength(papers);
  });

  it('the VOSviewer and Gephi ZIPs hold the shown network, named -min2', async () => {
    const vos = await exportFile('vosviewer');
    expect(vos.name).toBe('wang-jialiang-min2-vosviewer.zip');
    const zip = unzipSync(readFileSync(vos.file));
    expect(Object.keys(zip).sort()).toEqual(['wang-jialiang-min2-vosviewer-map.txt', 'wang-jialiang-min2-vosviewer-network.txt']);
    const map = strFromU8(zip['wang-jialiang-min2-vosviewer-map.txt']!).trimEnd().split('\r\n').slice(1);
    expect(map.map((l) => Number(l.split('\t')[0]) - 1)).toEqual(shown);
    const network = strFromU8(zip['wang-jialiang-min2-vosviewer-network.txt']!).trimEnd().split('\r\n');
    expect(new Set(network.map((l) => key(Number(l.split('\t')[0]) - 1, Number(l.split('\t')[1]) - 1)))).toEqual(links);
    const gephi = await exportFile('gephi-tables');
    expect(gephi.name).toBe('wang-jialiang-min2-gephi-tables.zip');
    const tables = unzipSync(readFileSync(gephi.file));
    expect(csv(strFromU8(tables['wang-jialiang-min2-gephi-nodes.csv']!)).map((r) => Number(r.Id))).toEqual(shown);
    expect(csv(strFromU8(tables['wang-jialiang-min2-gephi-edges.csv']!))).toHaveLength(links.size);
  });

  it('the GEXF and the PNG follow it too, and say so in their names', async () => {
    const gexf = await exportFile('gexf');
    expect(gexf.name).toBe('wang-jialiang-min2.gexf');
    const graph = parseGexf(Graph, readFileSync(gexf.file, 'utf8'));
    expect(graph.filterNodes((_n, a) => a.kind === 'author')).toHaveLength(18);
    expect(graph.getAttribute('description')).toBe('Shown: at least 2 papers.');
    const png = await exportFile('png');
    expect(png.name).toBe('wang-jialiang-min2.png');
    expect(errors).toEqual([]);
  });
});
