import { describe, expect, it } from 'vitest';
import { fixture } from '../core/helpers';
import { buildDataset, buildDatasetAsync } from '../../src/core/pipeline';
import { readInputPath } from '../../scripts/lib/read-input';
import { startBuildThreads } from '../../scripts/lib/build-threads';

describe('the CLI build on two threads', () => {
  it('gives the same bundle and abstracts, byte for byte, as the one-thread build (acl_2020_main, 3k papers)', async () => {
    const inputs = [readInputPath(fixture('acl_2020_main.jsonl'))];
    const one = buildDataset(inputs);
    const pool = startBuildThreads();
    let two;
    try {
      two = await buildDatasetAsync(inputs, {}, pool.threads);
    } finally {
      await pool.close();
    }
    // the labels and a Leiden start were made on the other thread (its own timings are in the report), not here
    expect(two.report.timingsMs).toHaveProperty('labelsTokenizeWorker');
    expect(two.report.timingsMs).toHaveProperty('communitiesStartWorker');
    expect(one.report.timingsMs).not.toHaveProperty('labelsTokenizeWorker');
    expect(two.bundle.communities.filter((c) => c.terms.length > 0).length).toBeGreaterThan(500);
    expect(JSON.stringify(two.bundle)).toBe(JSON.stringify(one.bundle));
    expect(JSON.stringify(two.abstracts)).toBe(JSON.stringify(one.abstracts));
  }, 120_000);

  it('a bad input rejects with the file and line, and the thread can be closed', async () => {
    const pool = startBuildThreads();
    try {
      await expect(buildDatasetAsync([{ name: 'bad.jsonl', text: '{"title": "x", "authors": []}\n{oops\n' }], {}, pool.threads)).rejects.toThrow(/bad\.jsonl:\d+/);
    } finally {
      await pool.close();
    }
  });
});
