/**
 * The homonym claim of the 30k map (issue 10), checked on a desktop (map-30k.test.ts) and on a phone
 * (homonym-claim.test.ts): Fei Liu, whose two bodies of work the ACL Anthology gives two person ids (UT Dallas,
 * Melbourne), is claimed, and the card says which papers, with whom, what differs and how probable; Lu Wang, whose
 * second body of work is less likely than not another person's, is a candidate whose card says what is missing.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { shootPage } from './atlas-page';

/** Open `name`'s card through the search; its homonym flag once the worker has worked it out. */
export async function openAuthor(page: Page, name: string) {
  const search = page.getByLabel('Search authors and papers');
  await search.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first().click();
  const flag = page.getByTestId('author-panel').getByTestId('homonym-flag');
  // worked out in the worker when the card opens; until then the card says the check is running (on the 30k map
  // the worker is busy with every name for seconds, and the card said nothing meanwhile, a tester)
  const checking = page.getByTestId('author-panel').getByTestId('homonym-checking');
  await Promise.race([flag.waitFor({ timeout: 60_000 }), checking.waitFor({ timeout: 60_000 })]);
  // (read without waiting: the answer may replace the note between the two reads; a waiting read then waited its
  // 90 s for a note gone, a CI failure under load)
  const note = await checking.allTextContents();
  if (note.length > 0) expect(note[0]).toBe('Checking whether this name is several people…');
  await flag.waitFor({ timeout: 60_000 });
  // the answer replaces the note
  expect(await checking.count()).toBe(0);
  return flag;
}

/**
 * Unfolds every part of the split's chooser ("Its N papers, one by one", and the parts folded under "N more parts"):
 * each paper's own choice of person is there, and only there (it was in the folded groups and the papers that would
 * move too: a tester). `flag`: the card's homonym section.
 */
export async function unfoldParts(flag: Locator): Promise<void> {
  const chooser = flag.getByTestId('split-chooser');
  await chooser.evaluate((el) => el.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect.poll(() => chooser.getByTestId('split-part-papers').evaluateAll((ds) => ds.every((d) => d.querySelector('.group-papers') !== null))).toBe(true);
}

/** The chooser's select for the paper titled `title` (its parts unfolded first: `unfoldParts`). */
export async function paperChoice(flag: Locator, title: string | RegExp): Promise<Locator> {
  await unfoldParts(flag);
  const label = typeof title === 'string' ? `Who gets “${title}”` : new RegExp(`^Who gets “${title.source.replace(/^\^/, '')}`);
  return flag.getByTestId('split-chooser').getByLabel(label, { exact: true });
}

/**
 * Each paper's choice of person is on the card once: with the chooser's parts and the groups unfolded, one select per
 * paper, all in the chooser, none in the groups or the papers that would move. Returns the titles with a choice.
 */
export async function oneChoicePerPaper(flag: Locator): Promise<string[]> {
  await unfoldParts(flag);
  const more = flag.locator('details.homonym-more');
  if (await more.count()) await more.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const labels = await flag.getByTestId('split-paper').evaluateAll((ss) => ss.map((s) => s.getAttribute('aria-label')!));
  expect(labels.length, 'a choice per paper').toBeGreaterThan(0);
  expect(labels.filter((l, i) => labels.indexOf(l) !== i), 'a paper with two choices').toEqual([]);
  expect(await flag.getByTestId('split-chooser').getByTestId('split-paper').count()).toBe(labels.length);
  expect(await flag.locator('.homonym-group select').count(), 'no choice in the groups').toBe(0);
  expect(await flag.getByTestId('split-moves').locator('select').count(), 'no choice among the papers that would move').toBe(0);
  if (await more.count()) await more.evaluate((d) => ((d as HTMLDetailsElement).open = false));
  return labels.map((l) => l.replace(/^Who gets “|”$/g, ''));
}

/** The claim on Fei Liu and the candidate Lu Wang, on `page` (the 30k map open, nothing selected); shot as `tag`. */
export async function checkHomonymClaim(page: Page, tag: string): Promise<void> {
    const flag = await openAuthor(page, 'Fei Liu');
    expect(await flag.getAttribute('data-flagged')).toBe('yes');
    // the claim is about the bodies of work: two people, not one per group of papers
    // in short sentences read at a glance (it was one sentence of clauses), the full wording folded under "In full"
    expect(await flag.locator('.homonym-head').textContent()).toMatch(/^⚑May be at least 2 different people \(about \d+ in 100\)\. A body of work shares no co-author with the largest\.$/);
    expect(await flag.getByTestId('homonym-head-full').isVisible()).toBe(false);
    expect(await flag.getByTestId('homonym-head-full').textContent()).toMatch(/^A body of work that shares no co-author with the largest is more likely than not another person's \(about \d+ in 100, counting the bodies of work of 5\+ papers\)\.$/);
    // Fei Liu's largest body is one co-author group: nothing said of it being several people
    expect(await flag.getByTestId('largest-may-be-several').count()).toBe(0);
    const lines = await flag.getByTestId('homonym-evidence').locator('li').allTextContents();
    // what the claim rests on comes first
    expect(lines[0]).toMatch(/^Body of work 2/);
    const body = lines[0];
    expect(body).toMatch(
      /^Body of work 2, 7 papers \(.*; with Timothy Baldwin; all of group 2\), against body 1, 16 papers \(.*summarization.*; with Logan Lebanoff; 16 of group 1's 20: one co-author circle\): different topics: .* vs\. .*; no co-author in common and none who wrote with the other's co-authors; .*: about (\d+) in 100 that it is another person's\.$/,
    );
    expect(Number(/about (\d+) in 100 that it is/.exec(body!)![1])).toBeGreaterThanOrEqual(50);
    // every "X vs. Y" names body 2 first, as the sentence does (the topics and years read body 1 first)
    const own = /^Body of work 2, 7 papers \(([^;]*);/.exec(body!)![1];
    expect(body).toContain(`different topics: ${own} vs. `);
    expect(body).toContain('2016–2020 vs. 2018–2021 (at the same time)');
    // two figures, each named for what it counts (the headline's 58 and this line's 72 read as two counts of one thing)
    const headFigure = /\((about \d+ in 100)\)\./.exec((await flag.locator('.homonym-head').textContent())!)![1];
    expect(await flag.getByTestId('homonym-head-full').textContent()).toContain(`(${headFigure}, counting the bodies of work`);
    expect(lines.find((l) => l.startsWith('Taken together'))).toMatch(
      new RegExp(`^Taken together: about \\d+ in 100 that some group, small ones included, is another person's \\(all 6 groups counted; the claim's figure above, ${headFigure}, counts the bodies of work of 5\\+ papers only\\); `),
    );
    expect(lines.find((l) => l.startsWith('Taken together'))).toMatch(/a body of work of 5\+ papers that shares no co-author with the largest, more likely than not another person's: 7 papers/);
    // what the claim rests on is shown in short sentences a user can check (its line in full was too dense: a tester),
    // the line folded under them; the other groups' evidence and papers are folded (they filled the card)
    const plain = flag.getByTestId('homonym-plain');
    expect(await plain.isVisible()).toBe(true);
    const short = await plain.locator('li').allTextContents();
    expect(short[0]).toMatch(/^Body of work 2: 7 papers, 2016–2020, mostly with Timothy Baldwin; on .+\.$/);
    expect(short[1]).toMatch(/^The largest, body of work 1: 16 papers, 2018–2021, mostly with Logan Lebanoff; on .*summarization.*\.$/);
    expect(short[2]).toMatch(/^No co-author in common\. (1 venue|No venue) in common\. Their years overlap\.$/);
    expect(short[3]).toBe(`The chance that body of work 2 is another person's: ${headFigure}.`);
    expect(await flag.getByTestId('homonym-evidence').first().isVisible()).toBe(false);
    expect(await flag.locator('details.homonym-full summary').textContent()).toBe('In full, as the name checks put it');
    expect(await flag.locator('details.homonym-more').getAttribute('open')).toBeNull();
    expect(await flag.getByTestId('homonym-group').first().isVisible()).toBe(false);
    // the split offered is the claim's: two people, the second body of work split off (it offered one person per group)
    expect(await flag.getByRole('button', { name: /^Split into/ }).textContent()).toBe('Split into 2 people');
    // the papers that would move are listed, under their new person, and the one group they are all of says so
    const feiMove = flag.getByTestId('split-moves').getByTestId('split-move');
    expect(await feiMove.locator('.split-move-to').allTextContents()).toEqual(['To “Fei Liu (2)” · body of work 2, 7 papers']);
    expect(await feiMove.locator('li').count()).toBe(7);
    expect(await flag.locator('.group-name').nth(1).textContent()).toBe('Group 2 · 7 papers → “Fei Liu (2)”');
    await flag.scrollIntoViewIfNeeded();
    await shootPage(page, `48-homonym-claim-${tag}`);

    // Yang Liu: the body of work split off (the Georgetown papers, with Amir Zeldes) lies inside group 1; the card
    // labelled group 2 (another paper) "Yang Liu (2)" and said "5 papers go to “Yang Liu (2)”" without saying which
    // (a tester): the groups are "Group N", the five papers are listed, and each is marked where it lies
    const yang = await openAuthor(page, 'Yang Liu');
    expect(await yang.getAttribute('data-flagged')).toBe('yes');
    // a floor, and its largest body may itself be several people (the ACL Anthology has 11+ Yang Lius here)
    expect(await yang.locator('.homonym-head strong').textContent()).toBe('at least 2 different people');
    expect(await yang.locator('.homonym-head').first().textContent()).toMatch(
      /^⚑May be at least 2 different people \(about \d+ in 100\)\. A body of work shares no co-author with the largest\. The largest body of work \(59 papers\) may itself be several people\.$/,
    );
    expect(await yang.getByTestId('largest-may-be-several').textContent()).toBe(' The largest body of work (59 papers) may itself be several people.');
    // its circles, and what ties them, under "In full"
    expect(await yang.getByTestId('homonym-head-full').textContent()).toContain(
      "On a name this common the largest body of work (59 papers: 4 co-author circles with no co-author in common, tied only through co-authors' co-authors or alike topics) may itself be several people.",
    );
    expect(await yang.getByTestId('homonym-head-full').isVisible()).toBe(false);
    // the body of work split off lies inside group 1, and says so (it read "body 1, 59 papers" beside "group 1 (81)")
    expect((await yang.getByTestId('homonym-evidence').first().locator('li').first().textContent())!).toMatch(
      /^Body of work 2, 5 papers \(.*; 5 of group 1's 81, tied to body 1 only through co-author circles of fewer than 5 papers\), against body 1, 59 papers \(.*; 59 of group 1's 81: 4 co-author circles of 5\+ papers, tied only through co-authors' co-authors or alike topics\)/,
    );
    // the numbers add up to the author's papers, each saying what it counts (a tester: 59, 76, 81 and 92 unexplained),
    // and the chooser offers the largest body's circles one by one, named by their co-authors (it offered "Group 1
    // without body of work 2 · 76 papers" as one unit: a tester)
    expect(await yang.getByTestId('homonym-tally').textContent()).toBe(
      "Yang Liu's 92 papers: group 1, 81 papers (body of work 1, 59; body of work 2, 5; 17 in co-author circles of fewer than 5 papers); groups 2–11, 10 papers, each group under 5 papers; 1 paper written alone, in no group.",
    );
    expect(await yang.getByTestId('split-part').first().locator('label').textContent()).toBe('Circle with Maosong Sun · 28 papers · in body of work 1');
    expect(await yang.getByTestId('split-stays').textContent()).toMatch(/^5 papers go to “Yang Liu \(2\)”; every other paper \(\d+\) stays with “Yang Liu”\.$/);
    const moves = yang.getByTestId('split-moves');
    expect(await moves.getAttribute('open')).not.toBeNull();
    expect(await moves.locator('summary').textContent()).toBe('The 5 papers that would move');
    const move = moves.getByTestId('split-move');
    expect(await move.locator('.split-move-to').allTextContents()).toEqual(['To “Yang Liu (2)” · body of work 2, 5 papers']);
    // (each paper's title; its choice of person beside it)
    const moving = await move.locator('li .link-button').allTextContents();
    expect(moving).toHaveLength(5);
    expect(moving.some((t) => t.startsWith('AMALGUM'))).toBe(true);
    expect(moving.some((t) => t.startsWith('GumDrop'))).toBe(true);
    expect(await move.locator('li').first().isVisible()).toBe(true);
    // no label names two sets: the groups are numbered, "Yang Liu (2)" is only the new person
    const groupNames = await yang.locator('.group-name').allTextContents();
    expect(groupNames.length).toBeGreaterThan(2);
    groupNames.forEach((n, i) => expect(n).toMatch(new RegExp(`^Group ${i + 1} · \\d+ papers?$`)));
    // each paper's own choice, once, in the chooser's parts, says where it goes: the five, to "Yang Liu (2)"; the rest
    // stay (the groups and the papers that would move had a select of their own too: a paper's choice was on the
    // card three times)
    const chosenTitles = await oneChoicePerPaper(yang);
    expect(chosenTitles).toHaveLength(92 - 1);
    const choices = await yang.getByTestId('split-paper').evaluateAll((ss) => ss.map((s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent));
    expect(chosenTitles.filter((_, i) => choices[i] !== 'stays with “Yang Liu”').sort()).toEqual([...moving].sort());
    expect(new Set(choices.filter((c) => c !== 'stays with “Yang Liu”'))).toEqual(new Set(['goes to “Yang Liu (2)”']));
    // the groups mark the five where they lie
    expect(await yang.locator('.homonym-group .group-papers li .split-to').allTextContents()).toEqual(Array(5).fill(' → “Yang Liu (2)”'));
    // one of the five kept with the name: the headline says the split as chosen, the claim's count after it (it still
    // said the claim's), and the largest body's caution stays; "Back to the claim's split" brings the claim's back
    const yangHead = yang.locator('.homonym-head').first();
    await (await paperChoice(yang, moving[0]!)).selectOption({ value: '0' });
    await expect
      .poll(() => yangHead.textContent())
      .toMatch(/^⚑Split into 2 people as you chose it \(the claim: may be at least 2 different people, about \d+ in 100\)\. The largest body of work \(59 papers\) may itself be several people\.$/);
    await yang.getByRole('button', { name: "Back to the claim's split" }).click();
    await expect.poll(() => yang.locator('.homonym-head strong').first().textContent()).toBe('at least 2 different people');
    expect(await yang.getByRole('button', { name: "Back to the claim's split" }).count()).toBe(0);
    await moves.scrollIntoViewIfNeeded();
    await shootPage(page, `48-homonym-yang-liu-${tag}`);
    // the card's figures come before the long claim and go to the lists after it (Yang Liu's papers began three
    // screens down on a phone: a tester): the papers figure brings the Papers heading into the card's view
    const card = page.getByTestId('author-panel');
    const figures = await card.locator('dl.stats').boundingBox();
    expect(figures!.y).toBeLessThan((await yang.boundingBox())!.y);
    await card.getByRole('button', { name: /^92 papers: go to the list$/ }).click();
    const papersHeading = card.getByRole('heading', { name: 'Papers', exact: true });
    // (the card scrolls to it smoothly: on a phone at CI's load the scroll outlasted vitest's 1 s poll, CI-d)
    await expect.poll(() => papersHeading.evaluate((h) => h === document.activeElement), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(
        async () => {
          const [h, view] = await Promise.all([papersHeading.boundingBox(), page.evaluate('[innerHeight]') as Promise<number[]>]);
          return h !== null && h.y >= 0 && h.y + h.height <= view[0]!;
        },
        { timeout: 20_000 },
      )
      .toBe(true);

    const candidate = await openAuthor(page, 'Lu Wang');
    expect(await candidate.getAttribute('data-flagged')).toBe('no');
    // folded: a candidate, not a claim; opened, it says what a claim would need
    await candidate.locator('summary.homonym-head').click();
    const said = await candidate.getByTestId('homonym-evidence').locator('li').allTextContents();
    expect(said.find((l) => l.startsWith('Taken together'))).toMatch(
      /but a claim needs a body of work \(5 or more papers that share no co-author with the largest\) that is more likely than not another person's, and the likeliest \(6 papers\) is about \d+ in 100: a candidate, not a claim\.$/,
    );
    // the name's figure says what it measures (it read "that these are different people", stronger than a claim's)
    expect(said.find((l) => l.startsWith('Taken together'))).toMatch(/^Taken together: about \d+ in 100 that some group, small ones included, is another person's; /);
    // topics called alike say the words they share (they showed only the words that set the groups apart)
    for (const l of said.filter((x) => /topics partly alike/.test(x))) expect(l).toMatch(/topics partly alike, words in common: [^;(]+ \(apart from them: .* vs\. .*\)/);

    // Bing Liu is written twice on one paper's byline: the card says so, in words, with the paper and the positions
    const bing = await openAuthor(page, 'Bing Liu');
    expect(await bing.getByTestId('listed-twice').textContent()).toMatch(
      /^Listed twice on one paper's byline \(“User Memory Reasoning for Conversational Recommendation”, 4th and 6th author\): two people with this name wrote together, or a data error\. It says the name is shared, not which papers are whose .*: the figures here do not weigh it\.$/,
    );
}
