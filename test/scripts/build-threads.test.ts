import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prewrittenAbstractsDir, writeDataset, type PrewrittenAbstracts } from '../../scripts/lib/write-dataset';
import { aclMain, fixture } from '../core/helpers';
import { buildDataset, buildDatasetAsync, type BuildResult } from '../../src/core/pipeline';
import { readInputPath } from '../../scripts/lib/read-input';
import { startBuildThreads } from '../../scripts/lib/build-threads';
import { COMMUNITY_STARTS, communityStart } from '../../src/core/analyse/communities';
import { resolvePeople } from '../../src/core/names/index';
import { coauthorLinks } from '../../src/core/graph/index';
import { ingestPapers } from '../../src/core/pipeline';

let aclGraphCache: { people: number; links: ReturnType<typeof coauthorLinks> } | null = null;

/** acl_2020_main's co-author graph (full counting): author count and links (worked out once per file; not changed by the tests). */
function aclGraph() {
  if (aclGraphCache) return aclGraphCache;
  const ingested = ingestPapers([readInputPath(fixture('acl_2020_main.jsonl'))]);
  const resolved = resolvePeople(ingested.papers, [], null, undefined, null);
  aclGraphCache = { people: resolved.people.length, links: coauthorLinks(resolved.paperAuthors, resolved.people.length, 'full', null) };
  return aclGraphCache;
}

/**
 * Writes the one-thread build `one` and the two-thread build `two` (with the abstract files its thread wrote)
 * into `tmp`/one and `tmp`/two and expects the same abstract files, byte for byte; returns their names.
 */
function expectSameAbstractFiles(tmp: string, one: BuildResult, two: BuildResult, prewritten: PrewrittenAbstracts | null): string[] {
  expect(prewritten).not.toBeNull();
  writeDataset(join(tmp, 'two'), two, prewritten);
  writeDataset(join(tmp, 'one'), one);
  const files = readdirSync(join(tmp, 'one', 'abstracts')).sort();
  expect(readdirSync(join(tmp, 'two', 'abstracts')).sort()).toEqual(files);
  for (const f of files) expect(readFileSync(join(tmp, 'two', 'abstracts', f)).equals(readFileSync(join(tmp, 'one', 'abstracts', f))), f).toBe(true);
  return files;
}

describe('the CLI build on two threads', () => {
  it('gives the same bundle and abstracts, byte for byte, as the one-thread build (acl_2020_main, 3k papers)', async () => {
    const inputs = [readInputPath(fixture('acl_2020_main.jsonl'))];
    // the one-thread build of the same file with default options, built once per run by the unit global setup
    const one = aclMain();
    const tmp = mkdtempSync(join(tmpdir(), 'atlas-threads-'));
    const pool = startBuildThreads({ abstractsDir: prewrittenAbstractsDir(join(tmp, 'two')) });
    let two;
    let prewritten;
    try {
      two = await buildDatasetAsync(inputs, {}, pool.threads);
      prewritten = await pool.abstracts();
    } finally {
      await pool.close();
    }
    // the abstract chunk files, written by the thread and moved in, are the files written here
    const files = expectSameAbstractFiles(tmp, one, two!, prewritten!);
    expect(existsSync(prewritten!.dir)).toBe(false);
    expect(files.length).toBeGreaterThan(5);
    expect(readFileSync(join(tmp, 'two', 'bundle.json')).equals(readFileSync(join(tmp, 'one', 'bundle.json')))).toBe(true);
    // the labels were made on the other thread (its own timings are in the report), not here
    expect(two.report.timingsMs).toHaveProperty('labelsTokenizeWorker');
    expect(one.report.timingsMs).not.toHaveProperty('labelsTokenizeWorker');
    expect(two.bundle.communities.filter((c) => c.terms.length > 0).length).toBeGreaterThan(500);
    expect(JSON.stringify(two.bundle)).toBe(JSON.stringify(one.bundle));
    expect(JSON.stringify(two.abstracts)).toBe(JSON.stringify(one.abstracts));
  }, 120_000);

  it('Leiden starts the worker takes are the ones this thread would find', async () => {
    const { people, links } = aclGraph();
    const pool = startBuildThreads();
    try {
      // this thread waits: the worker takes every start but the last, which it leaves to this thread
      const shared = pool.threads.communityStarts!(people, links, 1, 1, COMMUNITY_STARTS);
      await new Promise((r) => setTimeout(r, 50));
      let got = await shared.elsewhere();
      for (let k = 0; k < 200 && got.found.size < COMMUNITY_STARTS - 1; k++) {
        await new Promise((r) => setTimeout(r, 100));
        got = await shared.elsewhere();
      }
      expect([...got.found.keys()].sort()).toEqual([0, 1]);
      expect(shared.take()).toBe(2);
      expect(shared.take()).toBeGreaterThanOrEqual(COMMUNITY_STARTS);
      for (const [r, found] of got.found) {
        const here = communityStart(people, links, 1, 1, r);
        expect(found.modularity).toBe(here.modularity);
        expect([...found.community]).toEqual([...here.community]);
      }
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('a bad input rejects with the file and line, and the thread can be closed', async () => {
    const pool = startBuildThreads();
    try {
      await expect(buildDatasetAsync([{ name: 'bad.jsonl', text: '{"title": "x", "authors": []}\n{oops\n' }], {}, pool.threads)).rejects.toThrow(/bad\.jsonl:\d+/);
    } finally {
      await pool.close();
    }
  });

  it('a call to a thread that has stopped rejects instead of waiting for ever (comlink alone would wait)', async () => {
    const { people, links } = aclGraph();
    const pool = startBuildThreads();
    await pool.close();
    const shared = pool.threads.communityStarts!(people, links, 1, 1, COMMUNITY_STARTS);
    // the thread is gone: no start is taken there, and this thread takes them all
    expect(shared.take()).toBe(0);
    const finish = pool.threads.labels!([{ title: 'A paper', abstract: null }]);
    await expect(finish([0], 1)).rejects.toThrow(/build thread stopped/);
  }, 60_000);

  it('texts handed to the thread while the input is read give the same bytes (duplicates merged, an abstract filled from one)', async () => {
    const lines = readFileSync(fixture('acl_2020_main.jsonl'), 'utf8').split('\n').filter(Boolean);
    const x = lines.findIndex((l) => JSON.parse(l).abstract);
    const first = { ...JSON.parse(lines[x]!), abstract: null };
    // the paper first without its abstract (the ingest fills it from the later copy), and a plain duplicate last
    const tmp = mkdtempSync(join(tmpdir(), 'atlas-stream-'));
    const file = join(tmp, 'stream.jsonl');
    writeFileSync(file, [JSON.stringify(first), ...lines, lines[10]].join('\n'));
    const one = buildDataset([readInputPath(file)]);
    const pool = startBuildThreads({ abstractsDir: prewrittenAbstractsDir(join(tmp, 'two')) });
    let two;
    let prewritten;
    try {
      let batches = 0;
      const inputs = [readInputPath(file, undefined, (papers) => (batches++, pool.streamTexts(papers)))];
      expect(batches).toBeGreaterThan(1);
      two = await buildDatasetAsync(inputs, {}, pool.threads);
      prewritten = await pool.abstracts();
    } finally {
      await pool.close();
    }
    // the abstract chunk files the thread wrote from those texts are the ones written here (the filled abstract too)
    expectSameAbstractFiles(tmp, one, two!, prewritten!);
    expect(one.abstracts[0]).toBe(JSON.parse(lines[x]!).abstract);
    expect(one.report.merged.filter((m) => m.kind === 'paper').length).toBe(2);
    // the thread picked the texts from those it was handed while reading
    expect(two.report.timingsMs).toHaveProperty('labelsTextsPickedWorker');
    expect(JSON.stringify(two.bundle)).toBe(JSON.stringify(one.bundle));
    expect(JSON.stringify(two.abstracts)).toBe(JSON.stringify(one.abstracts));
  }, 120_000);
});
