/**
 * What the import says about files that are not clean, in real Chromium (a tester's files, test/fixtures): a
 * hand-made CSV (Title, Author, Publication Year, DOI) is read, with a note saying how; several bad files dropped
 * at once are all named, each with its line and problem, and only they leave the list; a build that skipped a
 * record shows a warning, not a green tick. Screenshots (ATLAS_SCREENSHOTS=1) of the error and the warning in
 * light and dark, desktop and phone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, shootPage, dropFiles } from './atlas-page';
import { launchChromium, openPage } from './browser';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const latin1 = (p: string) => new TextDecoder('latin1').decode(readFileSync(p));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  ({ page } = await openPage(browser, { viewport: { width: 1440, height: 900 } }));
  await openAtlas(page);
  await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
});

afterAll(async () => {
  await browser?.close();
});

/** Drop files on this file's page (`dropFiles`). */
const dropOnPage = (files: Parameters<typeof dropFiles>[1], selector?: string) => dropFiles(page, files, selector);

/** A real PNG's bytes (8-byte signature, IHDR). */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000040000000408020000002693096d0000000049454e44ae426082', 'hex');

async function waitForBuilt(name: string): Promise<void> {
  await page.waitForFunction(
    `window.__atlas.store.getState().dataset?.name === ${JSON.stringify(name)} || window.__atlasImport.store.getState().status === 'failed'`,
    undefined,
    { timeout: 90_000 },
  );
  expect(await page.evaluate(`window.__atlasImport.store.getState().problem`)).toBeNull();
}

/** Screenshots of the page as it is, light and dark, desktop and phone (only with ATLAS_SCREENSHOTS=1). */
async function shootFour(name: string): Promise<void> {
  for (const [size, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(150);
      await shootPage(page, `${name}-${size}-${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('import of files that are not clean', () => {
  it('a hand-made CSV with Title, Author, Publication Year and DOI columns builds, and the report says how it was read', async () => {
    await dropOnPage([{ name: 'goodheader.csv', text: readFileSync(path.join(FIXTURES, 'formats/generic-goodheader.csv'), 'utf8') }]);
    await waitForBuilt('goodheader');
    expect(await fromStore<string[]>(page, 'b.papers.title')).toEqual(['A good paper', 'Third one']);
    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('success');
    expect(await notice.innerText()).toContain('0 skipped');
    await notice.getByRole('button', { name: 'View report' }).click();
    await page.getByRole('tab', { name: /Notes/ }).click();
    await page.locator('.report-list > li').first().waitFor();
    expect(await page.locator('.report-list').innerText()).toContain('read as a generic CSV (no Scopus, Dimensions or Zotero header): title from "Title", authors from "Author" (split at ";")');
    // no pair written alike but for the name order in this list: the Author names row does not speak of one
    expect(await page.getByTestId('report-summary').innerText()).not.toMatch(/order of family and given names/);
    await page.keyboard.press('Escape');
  });

  it('legacy Chinese encodings in the browser: Big5-HKSCS (Hong Kong characters 衞, 峯, 鰂) read right, and a GBK CSV with one two-character name read with the guess said in the report', async () => {
    // the browser's Big5 is Big5-HKSCS (WHATWG); Node's is not, and the CLI reads it with iconv-lite, with the same note
    // (test/core/ingest/decode-input.test.ts, test/scripts/bundled.test.ts)
    const bytes = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(path.join(FIXTURES, 'encodings', name)) });
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles([bytes('big5-hkscs.csv'), bytes('gbk-one-name.csv')]);
    await page.getByTestId('import-build').click();
    await page.waitForFunction(
      `window.__atlas.store.getState().dataset?.bundle.authors.name.includes('李娜') || window.__atlasImport.store.getState().status === 'failed'`,
      undefined,
      { timeout: 90_000 },
    );
    expect(await page.evaluate(`window.__atlasImport.store.getState().problem`)).toBeNull();
    const names = await fromStore<string[]>(page, 'b.authors.name');
    for (const n of ['李衞東', '黃嘉峯', '陳志明', '張麪華', '李娜', 'John Smith']) expect(names).toContain(n);
    expect((await fromStore<string[]>(page, 'b.papers.title')).some((t) => t.startsWith('鰂魚涌屋邨嘅'))).toBe(true);
    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    await notice.getByRole('button', { name: 'View report' }).click();
    await page.getByRole('tab', { name: /Notes/ }).click();
    await page.locator('.report-list > li').first().waitFor();
    const said = await page.locator('.report-list').innerText();
    expect(said).toContain('not UTF-8: read as Big5 (Traditional Chinese) (a guess from its bytes, first at line 2)');
    expect(said).toContain('not UTF-8: read as GBK (GB18030, Simplified Chinese), a guess');
    expect(said).toContain('Line 2 reads "李娜" so');
    await page.keyboard.press('Escape');
  });

  it('two bad files dropped with good ones: both are named with line and problem, only they leave the list', async () => {
    await dropOnPage([
      { name: 'goodheader.csv', text: readFileSync(path.join(FIXTURES, 'formats/generic-goodheader.csv'), 'utf8') },
      { name: 'binary.bib', text: latin1(path.join(FIXTURES, 'import/binary.bib')) },
      { name: 'zotero.csv', text: readFileSync(path.join(FIXTURES, 'formats/zotero.csv'), 'utf8') },
      { name: 'colours.csv', text: 'Name,Colour,Size\na,b,c\n' },
    ]);
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.getByTestId('import-error-file').allInnerTexts()).toEqual(['binary.bib', 'colours.csv']);
    // the binary file is said of the whole file (no "line 1": a tester), the table of its header line
    expect(await error.getByTestId('import-error-item').nth(0).innerText()).not.toContain('line');
    expect(await error.getByTestId('import-error-line').allInnerTexts()).toEqual(['line 1']);
    const problems = await error.getByTestId('import-error-problem').allInnerTexts();
    expect(problems[0]).toMatch(/^not a text file/);
    expect(problems[1]).toContain('no title column (accepted names, any case: Title) and no author column');
    const text = await error.innerText();
    expect(text).toContain('2 files cannot be read');
    // the binary file cannot be fixed (no line): a paper list is asked for instead; the table can
    expect(text).toContain('These files were taken off the list of files to build: fix the one with a line named and drop it again; for the other, drop a paper list instead: your papers exported from a reference manager or a database');
    expect(text).toContain('The other 2 files stay on the list.');
    await shootFour('import-two-bad-files');
    await page.getByRole('button', { name: 'Choose files again' }).click();
    await page.getByTestId('import-build').waitFor();
    expect(await page.getByTestId('import-file-name').allInnerTexts()).toEqual(['goodheader.csv', 'zotero.csv']);
    for (const name of ['goodheader.csv', 'zotero.csv']) await page.getByRole('button', { name: `Remove ${name}` }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
  });

  it('a PNG chosen never joins the list: it is called a PNG image and a paper list asked for instead; dropped on the page alone, the dialog says the same and builds nothing; an empty file is empty, with no line, not to fix; a file of no known format lists the formats in a user\'s words', async () => {
    // a real PNG's bytes, chosen as a user chooses files (read as bytes by the import)
    const png = PNG;
    const goodBib = '@article{g1, title={A good paper}, author={Quenby, Ada and Rask, Ole}, year=2021}\n';
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'figure.png', mimeType: 'image/png', buffer: png }]);
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    expect(await refused.locator('p').allInnerTexts()).toEqual([
      'figure.png is a PNG image, not a paper list: it is not on the list.',
      'Drop a paper list instead: your papers exported from a reference manager or a database (Zotero, Scopus, Web of Science, OpenAlex…) as BibTeX, RIS, CSV or JSON.',
    ]);
    // not on the list, and nothing to build
    expect(await page.getByTestId('import-files').count()).toBe(0);
    expect(await page.getByTestId('import-build').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-build').innerText()).toBe('Build map');
    await shootFour('import-png-refused');
    // chosen with a paper list: the list holds the paper list alone, and Build builds from it
    await page.getByTestId('import-file-input').setInputFiles([
      { name: 'figure.png', mimeType: 'image/png', buffer: png },
      { name: 'good.bib', mimeType: 'text/plain', buffer: Buffer.from(goodBib) },
    ]);
    await page.waitForFunction(`window.__atlasImport.store.getState().refused.length === 1 && window.__atlasImport.store.getState().files.length === 1`);
    expect(await page.getByTestId('import-file-name').allInnerTexts()).toEqual(['good.bib']);
    expect(await page.getByTestId('import-build').innerText()).toBe('Build map from 1 file');
    await refused.getByRole('button', { name: 'Close this note' }).click();
    expect(await refused.count()).toBe(0);
    await page.getByTestId('import-clear-files').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });

    // dropped on the page alone: refused as when chosen (no failed build), the dialog saying what it is
    await dropOnPage([{ name: 'figure.png', bytes: png, type: 'image/png' }]);
    await refused.waitFor();
    expect(await refused.locator('p').first().innerText()).toBe('figure.png is a PNG image, not a paper list: it is not on the list.');
    expect(await page.getByTestId('import-dialog').getAttribute('data-status')).toBe('idle');
    const error = page.getByTestId('import-error');
    expect(await error.count()).toBe(0);
    expect(await page.getByTestId('import-build').isDisabled()).toBe(true);
    await shootFour('import-png');
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') }]);
    await page.getByTestId('import-build').click();
    await error.waitFor();
    expect(await error.getByTestId('import-error-line').count()).toBe(0);
    expect(await error.getByTestId('import-error-problem').innerText()).toBe('the file is empty');
    // a problem of the whole file: nothing to fix, a paper list asked for instead
    const failure = await error.innerText();
    expect(failure).toContain('This file was taken off the list of files to build: it is not a paper list, so there is nothing to fix; drop a paper list instead: your papers exported from a reference manager or a database');
    expect(failure).not.toMatch(/fix it and/);
    await page.getByRole('button', { name: 'Choose a paper list' }).click();
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some words\non two lines\n') }]);
    await page.getByTestId('import-build').click();
    await error.waitFor();
    const said = await error.getByTestId('import-error-problem').innerText();
    expect(said).toContain('BibTeX (.bib)');
    expect(said).toContain("a plain list of papers (the sample's format)");
    expect(said).not.toMatch(/\bseed\b|zotero-csv/);
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
  });

  it("a CSV table that is no paper list (a tester's name,age) is refused as such, line 1, its columns named: not read as seed text", async () => {
    await dropOnPage([{ name: 'notpapers.csv', text: 'name,age\nBob,3\nAlice,4\n' }]);
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.getByTestId('import-error-file').allInnerTexts()).toEqual(['notpapers.csv']);
    expect(await error.getByTestId('import-error-line').allInnerTexts()).toEqual(['line 1']);
    const problem = await error.getByTestId('import-error-problem').innerText();
    expect(problem).toMatch(/^a CSV table, but not a paper list this app reads: its columns are name, age\. A paper list needs a title and an author column, as Scopus, Dimensions and Zotero exports have/);
    expect(await error.innerText()).not.toMatch(/record cut short|abstract line/);
    await shootFour('import-not-papers-table');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
  });

  it('files kept on the list after a failed build are shown as such when the dialog is opened again, and the Build button says how many files it builds', async () => {
    // a tester: scopus.csv, empty.bib and refs.ris chosen, empty.bib refused; Close, Import again, one other file
    // chosen, Build map: one map of three files, the two kept ones never shown as part of the new build
    const scopus = 'Authors,Author full names,Author(s) ID,Title,Year,Source title,DOI,Link,Abstract,Document Type,Source,EID\n"Okonkwo C.; Lindqvist H.","Okonkwo, Chidi (57190000001); Lindqvist, Hanna (57190000002)","57190000001; 57190000002","Tidal mixing in estuaries",2019,"Journal of Coastal Studies",,,"We measure tidal mixing.",Article,Scopus,2-s2.0-1\n';
    const ris = "TY  - JOUR\nAU  - Ferreira, Lúcia\nAU  - O'Neill, Seán\nTI  - Soil carbon under grazing\nPY  - 2017\nER  - \n";
    const other = '@article{k1, title={A kept-out paper}, author={Quenby, Ada and Rask, Ole}, year=2021}\n';
    const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    const dialog = page.getByTestId('import-dialog');
    const build = page.getByTestId('import-build');
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles([file('scopus.csv', scopus), file('empty.bib', ''), file('refs.ris', ris)]);
    expect(await page.getByTestId('import-files-count').innerText()).toBe('3 files to build the map from');
    expect(await build.innerText()).toBe('Build map from 3 files');
    expect(await page.getByTestId('import-files-kept').count()).toBe(0);
    await build.click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('The other 2 files stay on the list.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // opened again: the two files are listed, marked as kept from the build that failed, before anything is built
    await page.getByTestId('open-import').click();
    await build.waitFor();
    expect(await page.getByTestId('import-file-name').allInnerTexts()).toEqual(['scopus.csv', 'refs.ris']);
    expect(await page.getByTestId('import-files-count').innerText()).toBe('2 files to build the map from');
    expect(await page.getByTestId('import-files-kept').innerText()).toContain('2 files stay on the list from the build that failed');
    expect(await page.getByTestId('import-file-kept').count()).toBe(2);
    expect(await build.innerText()).toBe('Build map from 2 files');
    await page.getByTestId('import-file-input').setInputFiles([file('other.bib', other)]);
    await page.getByTestId('import-file-name').nth(2).waitFor();
    expect(await page.getByTestId('import-file-name').allInnerTexts()).toEqual(['scopus.csv', 'refs.ris', 'other.bib']);
    expect(await build.innerText()).toBe('Build map from 3 files');
    expect(await page.getByTestId('import-file-kept').count()).toBe(2);
    await shootFour('import-kept-files');

    // the kept ones removed, the map is built from the one file chosen now
    for (const name of ['scopus.csv', 'refs.ris']) await page.getByRole('button', { name: `Remove ${name}` }).click();
    expect(await page.getByTestId('import-files-kept').count()).toBe(0);
    expect(await build.innerText()).toBe('Build map from 1 file');
    await build.click();
    await waitForBuilt('other');
    expect(await fromStore<string[]>(page, 'b.papers.title')).toEqual(['A kept-out paper']);
    await page.getByTestId('import-notice').getByRole('button', { name: 'Dismiss' }).click();

    // Clear list empties it at once
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles([file('a.bib', other), file('refs.ris', ris)]);
    await page.getByTestId('import-clear-files').click();
    expect(await page.getByTestId('import-file-name').count()).toBe(0);
    expect(await build.innerText()).toBe('Build map');
    expect(await build.isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('a BibTeX file with a record skipped (an unclosed brace) builds with a warning notice saying how many, naming it by file:line and reason, and pointing to the report', async () => {
    await page.mouse.move(5, 400);
    await dropOnPage([{ name: 'unbalanced.bib', text: readFileSync(path.join(FIXTURES, 'import/unbalanced.bib'), 'utf8') }]);
    await waitForBuilt('unbalanced');
    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('warning');
    expect(await notice.locator('.import-notice-mark').innerText()).toBe('!');
    // names the skipped record by file:line and reason, as the CLI's summary does (it said only "the report says which")
    expect(await notice.getByTestId('import-notice-skipped').innerText()).toBe(
      '1 record was skipped, not read into the map: unbalanced.bib:7 (the @article entry starting on line 7 is not closed ("}" missing) before the next entry on line 13). The report lists it with its file, line and why',
    );
    expect(await notice.innerText()).not.toContain('✓');
    await shootFour('import-skipped-warning');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
  });
});

describe('a bad file or record among good ones: the good ones build, the bad one is said', () => {
  it('a PNG dropped on the page with two good paper lists is refused with what it is, and the two lists build into one map; the notice names it and stays', async () => {
    await page.mouse.move(5, 400);
    const bib = '@article{g1, title={Kelp forests at night}, author={Quenby, Ada and Rask, Ole}, year=2021}\n';
    const ris = 'TY  - JOUR\nAU  - Rask, Ole\nAU  - Ferreira, Lúcia\nTI  - Tidal mixing in estuaries\nPY  - 2019\nER  - \n';
    await dropOnPage([
      { name: 'kelp.bib', text: bib },
      { name: 'figure.png', bytes: PNG, type: 'image/png' },
      { name: 'tides.ris', text: ris },
    ]);
    await waitForBuilt('kelp + tides');
    expect((await fromStore<string[]>(page, 'b.papers.title')).sort()).toEqual(['Kelp forests at night', 'Tidal mixing in estuaries']);
    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    expect(await notice.getByTestId('import-notice-refused').innerText()).toBe('figure.png is a PNG image, not a paper list: it was not read.');
    expect(await notice.getAttribute('data-kind')).toBe('warning');
    expect(await notice.locator('.import-notice-mark').innerText()).toBe('!');
    // it stays: a user who looked away still learns the picture was left out
    await page.waitForTimeout(6500);
    expect(await notice.isVisible()).toBe(true);
    await shootFour('import-png-with-lists');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('a plain paper list (.txt, the sample\'s format) with one broken authors line: the other papers build, and the notice names the record by file:line and problem, as the report does', async () => {
    await page.mouse.move(5, 400);
    const list = [
      'Quenby, Ada',
      'Kelp forests at night',
      'Quenby, Ada, Rask, Ole',
      'We count kelp at night.',
      'Tidal mixing in estuaries',
      'Rask, Ole, Ferreira',
      'Tides mix estuaries.',
      'Soil carbon under grazing',
      'Ferreira, Lúcia, Quenby, Ada',
      'We measure soil carbon.',
    ].join('\n');
    await dropOnPage([{ name: 'my-list.txt', text: list }]);
    await waitForBuilt('my-list');
    expect(await fromStore<string[]>(page, 'b.papers.title')).toEqual(['Kelp forests at night', 'Soil carbon under grazing']);
    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('warning');
    const said = 'my-list.txt:6 (authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs)';
    expect(await notice.getByTestId('import-notice-skipped').innerText()).toBe(`1 record was skipped, not read into the map: ${said}. The report lists it with its file, line and why`);
    await shootFour('import-seed-skipped');
    await notice.getByRole('button', { name: 'View report' }).click();
    await page.getByRole('tab', { name: /Skipped/ }).click();
    const skipped = page.getByTestId('report-skipped').locator('.report-list > li');
    await skipped.first().waitFor();
    expect(await skipped.allInnerTexts()).toEqual([
      expect.stringMatching(/^my-list\.txt:6\s+authors line has 3 comma-separated parts, an odd number: names must come in "Last, First" pairs\s+Tidal mixing in estuaries$/),
    ]);
    await page.keyboard.press('Escape');
    await page.getByTestId('report-summary').waitFor({ state: 'detached' });
  });
});

describe('the import dialog on a phone', () => {
  it('says to choose paper lists, not to drop them (nothing is dropped with a finger); a desktop still says drop', async () => {
    const { page: phone, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await openAtlas(phone);
    await phone.getByTestId('open-import').click();
    const call = phone.getByTestId('import-zone-call');
    await call.waitFor();
    expect(await call.innerText()).toBe('Choose paper lists from this device');
    expect(await phone.getByTestId('import-dialog').innerText()).not.toMatch(/\bdrop\b/i);
    // the words are the button that opens the file chooser
    const [chooser] = await Promise.all([phone.waitForEvent('filechooser'), phone.getByRole('button', { name: 'Choose paper lists', exact: true }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    expect(await phone.getByTestId('import-dialog').innerText()).toContain('Your files stay on this device');
    await shootPage(phone, 'import-dialog-phone');
    // a file chosen that is no paper list: the way back says choose, not drop (a tester read "drop it again")
    await chooser.setFiles([{ name: 'notpapers.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nBob,3\nAlice,4\n') }]);
    await phone.getByTestId('import-build').click();
    await phone.getByTestId('import-error').waitFor();
    const failed = await phone.getByTestId('import-dialog').innerText();
    expect(failed).toContain('This file was taken off the list of files to build: fix it at the line named and choose it again, or choose another file.');
    expect(failed).not.toMatch(/\bdrop\b/i);
    await phone.context().close();
    expect(errors).toEqual([]);
    await page.getByTestId('open-import').click();
    expect(await page.getByTestId('import-zone-call').innerText()).toBe('Drop paper lists here or choose files');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
  });
});
