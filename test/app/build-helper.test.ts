/**
 * The browser build's second thread (features/import/build-threads.ts and build-helper.ts), run here on a Node
 * worker thread with Node's web-style message channels: the same bundle as the one-thread build, byte for byte,
 * and the messages by which the two threads share the community layout without shared memory.
 */
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { aclMain, fixture } from '../core/helpers';
import { readInputPath } from '../../scripts/lib/read-input';
import { startWorker } from '../../scripts/lib/build-threads';
import { buildDataset, buildDatasetAsync, ingestPapers } from '../../src/core/pipeline';
import { readAhead, startBuildHelper, type BuildHelper } from '../../src/app/features/import/build-threads';
import { readBibtex } from '../../src/core/ingest/bibtex';
import { fixtureFile } from '../core/ingest/corpus';
import type { InputFile } from '../../src/core/ingest/types';
import { resolvePeople } from '../../src/core/names/index';
import { coauthorLinks } from '../../src/core/graph/coauthor-weights';
import { authorMetrics } from '../../src/core/analyse/metrics';
import { detectCommunities, paperCommunities } from '../../src/core/analyse/communities';
import { communityMembers, layoutCommunity, type LayoutInput } from '../../src/core/layout/index';
import type { Worker } from 'node:worker_threads';

let worker: Worker | null = null;
let helper: BuildHelper | null = null;

/** The helper on a worker thread, and the build worker's side of it on this thread. */
async function startHelper(): Promise<BuildHelper> {
  worker = startWorker(new URL('./build-helper-host.ts', import.meta.url));
  const channel = new MessageChannel();
  worker.postMessage(channel.port1, [channel.port1]);
  helper = startBuildHelper(channel.port2 as unknown as globalThis.MessagePort);
  expect(await helper.ready).toBe(true);
  return helper;
}

afterEach(async () => {
  helper?.close();
  helper = null;
  await worker?.terminate();
  worker = null;
});

const inputs = () => [readInputPath(fixture('acl_2020_main.jsonl'))];

/** `file` with three entries whose authors include literal names (wholly in braces, commas inside) added at its end. */
function withLiteralNames(file: InputFile): InputFile {
  const lit = '{National Academies of Sciences, Engineering, and Medicine} and {Ministry of Health, Labour and Welfare}';
  const more = [
    `@article{lit1, author={${lit}}, title={Corporate authors one}, year=2001}`,
    `@article{lit2, author={{Ministry of Health, Labour and Welfare} and Tanaka, Hiroshi}, title={Corporate authors two}, year=2002}`,
    `@article{lit3, author={Tanaka, Hiroshi and {World Health Organization}}, title={Corporate authors three}, year=2003}`,
  ];
  return { ...file, text: `${file.text}\n${more.join('\n')}\n` };
}

describe('the browser build on two threads', () => {
  it('gives the same bundle, byte for byte, as the one-thread build (acl_2020_main, 3k papers)', async () => {
    const { threads } = await startHelper();
    // default options, so the one-thread build is the unit global setup's of the same file (built once per run);
    // where the abstracts go (the import's abstractsFile: null) is no concern of the helper's threads
    const two = await buildDatasetAsync(inputs(), {}, threads);
    const one = aclMain();
    // the labels and a Leiden start were worked out there (its timings are in the report)
    expect(two.report.timingsMs).toHaveProperty('labelsTokenizeWorker');
    expect(two.report.timingsMs).toHaveProperty('communitiesStartWorker');
    expect(two.report.timingsMs).toHaveProperty('layoutWorkerCommunities');
    expect(two.bundle.communities.filter((c) => c.terms.length > 0).length).toBeGreaterThan(500);
    expect(JSON.stringify(two.bundle)).toBe(JSON.stringify(one.bundle));
    expect(JSON.stringify(two.abstracts)).toBe(JSON.stringify(one.abstracts));
  }, 120_000);

  it('a large BibTeX file is read ahead, its records streamed to the helper: the same records as one read, the same bundle as one thread', async () => {
    const two = await startHelper();
    // 4.4 million characters: over the size from which the helper is used
    // with corporate names in braces, commas inside: literal names, parsed on the helper as on this thread
    const file: InputFile = withLiteralNames(fixtureFile('acl_2020_main.bib'));
    const one = JSON.stringify(readBibtex(file));
    const stages: string[] = [];
    const timings = readAhead([file], undefined, two, (stage) => stages.push(stage));
    expect(timings.ingestRead).toBeGreaterThan(0);
    expect(stages).toEqual(['ingest']);
    expect(JSON.stringify(file.parsed)).toBe(one);
    // the helper parsed the streamed authors' spellings (thousands of them) and scanned the texts: the build
    // with them is the one-thread build of the same file, byte for byte (labels from the streamed texts)
    const built = await buildDatasetAsync([file], {}, two.threads);
    expect(built.report.timingsMs).toHaveProperty('labelsTokenizeWorker');
    // every paper's texts picked from the streamed records (a few hundred duplicates merged away)
    expect(built.report.timingsMs.labelsStreamedPapers).toBeGreaterThan(built.report.papers * 0.95);
    const alone1 = buildDataset([withLiteralNames(fixtureFile('acl_2020_main.bib'))]);
    expect(built.bundle.authors.name.filter((n) => n === 'Ministry of Health, Labour and Welfare')).toHaveLength(1);
    expect(built.bundle.communities.filter((c) => c.terms.length > 0).length).toBeGreaterThan(500);
    expect(JSON.stringify(built.bundle)).toBe(JSON.stringify(alone1.bundle));
    expect(JSON.stringify(built.abstracts)).toBe(JSON.stringify(alone1.abstracts));
    expect(JSON.stringify(built.report.notes)).toBe(JSON.stringify(alone1.report.notes));
    // a helper gone meanwhile: the file is read here all the same
    two.close();
    const again: InputFile = withLiteralNames(fixtureFile('acl_2020_main.bib'));
    const alone = readAhead([again], undefined, two, () => {});
    expect(alone.ingestReadWorker).toBeUndefined();
    expect(JSON.stringify(again.parsed)).toBe(one);
    // a small file is left to the build's own read
    const small: InputFile = fixtureFile('cases/05-bib-crossref-chapters.bib');
    expect(readAhead([small], undefined, two, () => {})).toEqual({});
    expect(small.parsed).toBeUndefined();
  }, 180_000);

  it('name parts streamed while reading are the ones the names stage works out', async () => {
    const two = await startHelper();
    const file: InputFile = withLiteralNames(fixtureFile('acl_2020_main.bib'));
    readAhead([file], undefined, two, () => {});
    const known = await two.threads.nameParts();
    // names in braces were parsed as literal there too: kept as written
    expect(known?.get('literal')?.get('Ministry of Health, Labour and Welfare')?.shown).toBe('Ministry of Health, Labour and Welfare');
    expect(known?.get('auto')?.has('Ministry of Health, Labour and Welfare')).toBe(false);
    const auto = known?.get('auto');
    expect(auto?.size).toBeGreaterThan(5000);
    const { nameParts } = await import('../../src/core/names/resolve-people');
    for (const [raw, parts] of [...auto!].slice(0, 500)) expect(parts).toEqual(nameParts(raw, 'auto'));
  }, 120_000);

  it('community layouts: the helper takes them from the last down, this thread from the first up, and each is the one laid out here', async () => {
    const { threads } = await startHelper();
    const { papers } = ingestPapers(inputs());
    const people = resolvePeople(papers, [], null, undefined, null);
    const links = coauthorLinks(people.paperAuthors, people.people.length, 'fractional', 100);
    const metrics = authorMetrics(people.people.length, people.paperAuthors, links);
    const comm = detectCommunities(people.people.length, links, 1, 1);
    const input: LayoutInput = {
      authorCount: people.people.length,
      paperAuthors: people.paperAuthors,
      authorCommunity: comm.ofAuthor,
      paperCommunity: paperCommunities(people.paperAuthors, comm.ofAuthor, metrics.weightedDegree),
      communityCount: comm.count,
      links,
      paperCount: metrics.paperCount,
      seed: 1,
    };
    const members = communityMembers(input);
    const shared = threads.layoutCommunities(input);
    // this thread is late: the helper has taken the smallest communities meanwhile
    await new Promise((r) => setTimeout(r, 400));
    const here: number[] = [];
    for (;;) {
      const next = shared.take();
      const c = typeof next === 'number' ? next : await next;
      if (c >= comm.count) break;
      here.push(c);
      layoutCommunity(input, members, c);
    }
    const got = await shared.elsewhere();
    const there = [...got.found.keys()].sort((a, b) => a - b);
    expect(there.length).toBeGreaterThan(0);
    // between them every community once: this thread's from 0 up, the helper's up to the last
    expect(here).toEqual(Array.from({ length: here.length }, (_, c) => c));
    expect(there).toEqual(Array.from({ length: comm.count - here.length }, (_, k) => here.length + k));
    expect(got.timingsMs?.layoutWorkerCommunities).toBe(there.length);
    for (const [c, piece] of got.found) {
      const mine = layoutCommunity(input, members, c);
      expect(piece.radius).toBe(mine.radius);
      expect([...piece.xs]).toEqual([...mine.xs]);
      expect([...piece.ys]).toEqual([...mine.ys]);
    }
  }, 120_000);
});
