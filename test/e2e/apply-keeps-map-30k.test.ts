/**
 * Apply keeps the 30k map (the build an Apply in the explorer runs, in Node: no browser needed): one merge of two
 * spellings of one person ("Ond?ej Bojar" into "Ondřej Bojar", one paper) rebuilt from the map as served leaves
 * every other author in the community they were in and where they were. A tester applied exactly this on the 30k map
 * and 281 authors of unrelated communities changed community (Italian authors to "Chinese · Mandarin · AMR", 154 from
 * "neural machine translation · Chinese" to "Chinese word segmentation") and 3,865 moved by more than 1 % of the
 * map's width, while the review list said "layout and communities kept where unchanged (2,059 of 2,060 communities as
 * they were)": the communities were searched again by a warm Leiden run, which re-cut communities far from the merge.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle/types';
import { buildDataset } from '../../src/core/pipeline';
import { defaultLabeler } from '../../scripts/lib/labeler';
import { BIG_BUNDLE_TIMEOUT, BIG_BUNDLES, servedBundle } from './big-bundles';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('Apply keeps the 30k map', () => {
  it('one merge: every other author keeps their community and place, and the report says what changed', { timeout: BIG_BUNDLE_TIMEOUT }, () => {
    const query = servedBundle('acl_2016_2021_all');
    const before = JSON.parse(readFileSync(path.join(ROOT, 'test-output/e2e-site', query.replace('?bundle=', '')), 'utf8')) as Bundle;
    const { fixture, name } = BIG_BUNDLES.acl_2016_2021_all;
    const text = gunzipSync(readFileSync(path.join(ROOT, 'test/fixtures', fixture))).toString('utf8');
    expect(before.authors.name).toContain('Ond?ej Bojar');
    const result = buildDataset([{ name: fixture.replace(/\.gz$/, ''), text }], {
      name,
      labeler: defaultLabeler(),
      aliases: { name: 'aliases.tsv', text: 'Ond?ej Bojar\tOndřej Bojar\n' },
      previous: before,
    });
    const after = result.bundle;
    expect(after.authors.name.length).toBe(before.authors.name.length - 1);
    expect(after.authors.name).not.toContain('Ond?ej Bojar');

    const at = new Map(before.authors.name.map((n, i) => [n, i]));
    const xs = before.authors.x;
    const width = Math.max(...xs) - Math.min(...xs);
    const changedCommunity: string[] = [];
    const moved: string[] = [];
    after.authors.name.forEach((n, i) => {
      const o = at.get(n)!;
      if (n === 'Ondřej Bojar') return;
      if (before.communities[before.authors.community[o]!]!.label !== after.communities[after.authors.community[i]!]!.label) changedCommunity.push(n);
      if (Math.hypot(after.authors.x[i]! - before.authors.x[o]!, after.authors.y[i]! - before.authors.y[o]!) > 0.01 * width) moved.push(n);
    });
    // no one else changed community (as the user reads it: its label, so its number and colour too)
    expect(changedCommunity.slice(0, 10), `${changedCommunity.length} authors changed community`).toEqual([]);
    // and no one moved by more than 1 % of the map's width
    expect(moved.slice(0, 10), `${moved.length} authors moved`).toEqual([]);
    expect(after.communities.length).toBe(before.communities.length);
    expect(result.report.previousMap!.communitiesContinued).toBe(before.communities.length);
  });
});
