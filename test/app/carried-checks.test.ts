/**
 * The name checks carried over an Apply (src/app/features/whoiswho/carried-checks.ts), on acl_2020_main (7.5k
 * authors) with one merge applied as the explorer applies it (the alias line, the map before as `previous`): what the
 * review list and the sidebar show while the rebuilt map's own checks run is, for every name the merge did not touch,
 * what the full re-check of the rebuilt map then gives (the same pairs and flags, at the rebuilt map's numbers, with its
 * spellings and paper counts); the merged pair is gone; nothing names a number of the map before.
 */
import { describe, expect, it } from 'vitest';
import { buildFiles, aclMain, fixture } from '../core/helpers';
import { acrossApply, carriedChecks, carriedSplit, untouchedChecks } from '../../src/app/features/whoiswho/carried-checks';
import { suggestSamePerson, mergeDecisions, aliasFileFor } from '../../src/core/queries/synonyms';
import { claimDecisions, coauthorCircles, flagHomonyms, homonymEvidence } from '../../src/core/queries/homonyms';
import { peopleBehind } from '../../src/app/features/whoiswho/people-behind';
import type { Bundle } from '../../src/core/bundle/types';
import type { InsightsResults } from '../../src/app/workers/insights-protocol';

/** The name checks as the insights worker works them out (insights-worker.ts `steps`). */
const checksOf = (bundle: Bundle): InsightsResults['names'] => ({ suggestions: suggestSamePerson(bundle), flags: flagHomonyms(bundle) });

/** A pair and a flag in words: names, numbers on the map, the map's figures, the score (what the list shows). */
const pairLine = (b: Bundle, s: InsightsResults['names']['suggestions'][number]) =>
  JSON.stringify([s.names, s.keep, s.merge, b.authors.name[s.keep], b.authors.name[s.merge], s.spellings, s.paperCounts, s.sharedCoauthors.map((x) => b.authors.name[x]), s.reason, s.score]);
const flagLine = (b: Bundle, f: InsightsResults['names']['flags'][number]) => JSON.stringify([b.authors.name[f.author], f.author, f.papers, f.clusters, f.claimed, f.probability]);

describe('name checks carried over an Apply', () => {
  const before = aclMain().bundle;
  const checks = checksOf(before);
  // the list's first pair, accepted and applied
  const pair = checks.suggestions[0]!;
  const touched = new Set(pair.names);
  const rebuilt = buildFiles([fixture('acl_2020_main.jsonl')], { aliases: { name: 'aliases.tsv', text: aliasFileFor(mergeDecisions(before, pair)) }, previous: before }).bundle;
  const full = checksOf(rebuilt);
  const carried = carriedChecks(checks, before, rebuilt);

  it('the merge applied: the rebuilt map has one author fewer and the merged spelling is gone', () => {
    expect(rebuilt.authors.name.length).toBe(before.authors.name.length - 1);
    expect(rebuilt.authors.name).not.toContain(pair.names[1]);
    expect(checks.suggestions.length).toBeGreaterThan(10);
  });

  it("every pair and flag the merge left alone is the full re-check's, at the rebuilt map's numbers", () => {
    const untouched = (names: readonly string[]) => names.every((n) => !touched.has(n));
    const carriedPairs = carried.suggestions.filter((s) => untouched(s.names)).map((s) => pairLine(rebuilt, s));
    const fullPairs = full.suggestions.filter((s) => untouched(s.names)).map((s) => pairLine(rebuilt, s));
    expect(carriedPairs.length).toBeGreaterThan(10);
    expect(carriedPairs).toEqual(fullPairs);
    const carriedFlags = carried.flags.filter((f) => !touched.has(rebuilt.authors.name[f.author]!)).map((f) => flagLine(rebuilt, f));
    const fullFlags = full.flags.filter((f) => !touched.has(rebuilt.authors.name[f.author]!)).map((f) => flagLine(rebuilt, f));
    expect(carriedFlags.length).toBeGreaterThan(0);
    expect(carriedFlags).toEqual(fullFlags);
  });

  it('the pair merged is not carried, and every number names the same person on the rebuilt map', () => {
    expect(carried.suggestions.some((s) => s.names[1] === pair.names[1] || s.names[0] === pair.names[1])).toBe(false);
    for (const s of carried.suggestions) {
      expect([rebuilt.authors.name[s.keep], rebuilt.authors.name[s.merge]]).toEqual(s.names);
      for (const p of s.jointPapers) expect(rebuilt.papers.title[p]).toBeDefined();
    }
    const before30 = checks.suggestions.filter((s) => !s.names.includes(pair.names[1])).length;
    expect(carried.suggestions.length).toBe(before30);
  });
});

describe('what an Apply left alone, for a card, Rankings and the chain', () => {
  const before = aclMain().bundle;
  const checks = checksOf(before);
  const pair = checks.suggestions[0]!;
  const rebuilt = buildFiles([fixture('acl_2020_main.jsonl')], { aliases: { name: 'aliases.tsv', text: aliasFileFor(mergeDecisions(before, pair)) }, previous: before }).bundle;
  const across = acrossApply(before, rebuilt);
  /** The worker's `split` answer (insights-worker.ts `run`). */
  const splitOf = (b: Bundle, a: number) => {
    const split = peopleBehind(b, a);
    const evidence = split.clusters < 2 ? null : homonymEvidence(b, split);
    return { split, lines: split.clusters < 2 ? [] : claimDecisions(b, split, evidence), evidence, circles: split.clusters < 2 ? [] : coauthorCircles(b, a) };
  };

  it('the merge touched its two names, and no other: every other author is found again by name with the same papers', () => {
    expect(across.samePapers).toBe(true);
    const kept = rebuilt.authors.name.indexOf(pair.names[0]);
    expect(kept).toBeGreaterThanOrEqual(0);
    expect(across.untouchedFrom[kept]).toBe(-1);
    expect(across.byName[before.authors.name.indexOf(pair.names[1])]).toBe(-1);
    let untouched = 0;
    rebuilt.authors.name.forEach((n, j) => {
      if (n === pair.names[0]) return;
      expect(before.authors.name[across.untouchedFrom[j]!]).toBe(n);
      untouched++;
    });
    expect(untouched).toBe(rebuilt.authors.name.length - 1);
  });

  it('the carried checks narrowed to untouched names name neither of the merged spellings', () => {
    const narrowed = untouchedChecks(carriedChecks(checks, before, rebuilt), across);
    const touched = new Set(pair.names);
    expect(narrowed.suggestions.length).toBeGreaterThan(10);
    for (const s of narrowed.suggestions) expect(s.names.some((n) => touched.has(n))).toBe(false);
    for (const f of narrowed.flags) expect(touched.has(rebuilt.authors.name[f.author]!)).toBe(false);
  });

  it("a flagged untouched name's split carried over is the rebuilt map's own, at its numbers", () => {
    const flagged = checks.flags.filter((f) => !pair.names.includes(before.authors.name[f.author]!)).slice(0, 3);
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) {
      const carried = carriedSplit(splitOf(before, f.author), across)!;
      expect(carried).not.toBeNull();
      const own = splitOf(rebuilt, carried.split.author);
      expect(rebuilt.authors.name[carried.split.author]).toBe(before.authors.name[f.author]);
      expect(carried.split.groups).toEqual(own.split.groups);
      expect(carried.circles).toEqual(own.circles);
      expect(carried.lines).toEqual(own.lines);
      expect(carried.evidence?.bodyFacts.map((b) => b.coauthor)).toEqual(own.evidence?.bodyFacts.map((b) => b.coauthor));
    }
  });

  it("the kept name's split is not carried (the merge gave it papers)", () => {
    const keptBefore = before.authors.name.indexOf(pair.names[0]);
    expect(carriedSplit(splitOf(before, keptBefore), across)).toBeNull();
  });
});
