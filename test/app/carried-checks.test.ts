/**
 * The name checks carried over an Apply (src/app/features/whoiswho/carried-checks.ts), on acl_2020_main (7.5k
 * authors) with one merge applied as the explorer applies it (the alias line, the map before as `previous`): what the
 * review list and the sidebar show while the rebuilt map's own checks run is, for every name the merge did not touch,
 * what the full re-check of the rebuilt map then gives (the same pairs and flags, at the rebuilt map's numbers, with its
 * spellings and paper counts); the merged pair is gone; nothing names a number of the map before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFiles, buildText, aclMain, fixture } from '../core/helpers';
import { acrossApply, carriedChecks, carriedReview, carriedSplit, untouchedChecks } from '../../src/app/features/whoiswho/carried-checks';
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

/**
 * What the review list and the sidebar show of the map before's checks after an Apply (`carriedReview`): exactly the
 * entries whose names the Apply did not touch, with how many entries of touched names are left out. After one merge the
 * list had dropped the merged-away name's other pair silently and kept a pair of the kept name (whose card hid it).
 */
describe('the checks carried over an Apply, as the review list shows them', () => {
  const before = aclMain().bundle;
  const checks = checksOf(before);
  const pair = checks.suggestions[0]!;
  const rebuilt = buildFiles([fixture('acl_2020_main.jsonl')], { aliases: { name: 'aliases.tsv', text: aliasFileFor(mergeDecisions(before, pair)) }, previous: before }).bundle;
  const across = acrossApply(before, rebuilt);
  // two authors the merge left alone, for pairs made up beside the map's own (acl_2020_main has no name in two pairs)
  const others = checks.suggestions.slice(1, 3);
  const [x, y] = [others[0]!.keep, others[1]!.keep];
  const madeUp = (keep: number, merge: number) => ({ ...pair, keep, merge, names: [before.authors.name[keep]!, before.authors.name[merge]!] as [string, string] });
  const flagOf = (author: number, claimed: boolean) => ({ ...checks.flags[0]!, author, claimed });
  const untouchedFlag = checks.flags.find((f) => !pair.names.includes(before.authors.name[f.author]!))!;
  const withShared: InsightsResults['names'] = {
    // the merged pair, the merged-away name's other pair, the kept name's other pair, and the map's other pairs
    suggestions: [pair, madeUp(x, pair.merge), madeUp(pair.keep, y), ...checks.suggestions.slice(1)],
    // a claim on the kept name, a candidate on the merged-away one, and an untouched name's flag
    flags: [flagOf(pair.keep, true), flagOf(pair.merge, false), untouchedFlag],
  };
  const shown = carriedReview(withShared, across);

  it("shows exactly the entries of untouched names, at the rebuilt map's numbers", () => {
    const touched = new Set(pair.names);
    expect(shown.value.suggestions.map((s) => s.names)).toEqual(checks.suggestions.slice(1).map((s) => s.names));
    for (const s of shown.value.suggestions) {
      expect(s.names.some((n) => touched.has(n))).toBe(false);
      expect([rebuilt.authors.name[s.keep], rebuilt.authors.name[s.merge]]).toEqual(s.names);
    }
    expect(shown.value.flags.map((f) => rebuilt.authors.name[f.author])).toEqual([before.authors.name[untouchedFlag.author]]);
    // the same as the card, Rankings and the chain are given (`untouchedChecks` of `carriedChecks`)
    expect(shown.value).toEqual(untouchedChecks(carriedChecks(withShared, before, rebuilt), across));
  });

  it('counts what it leaves out: the two other pairs of the merged names, the claim and the candidate; not the merged pair (answered)', () => {
    expect(shown.checkedAgain).toEqual({ pairs: 2, names: 1, candidates: 1 });
    // the old rule, every entry whose names are still on the map: the merged-away name's other pair gone unsaid, the
    // kept name's other pair and its claim shown
    const old = carriedChecks(withShared, before, rebuilt);
    expect(old.suggestions.length).toBe(withShared.suggestions.length - 2);
    expect(old.suggestions.some((s) => s.names.includes(pair.names[0]))).toBe(true);
  });

  it('leaves nothing out of checks the Apply did not touch (the list then says no entry is missing)', () => {
    const untouchedOnly = { suggestions: checks.suggestions.slice(1), flags: [untouchedFlag] };
    expect(carriedReview(untouchedOnly, across).checkedAgain).toEqual({ pairs: 0, names: 0, candidates: 0 });
    expect(carriedReview(untouchedOnly, across).value.suggestions.length).toBe(checks.suggestions.length - 1);
  });
});

describe('the checks carried over a split applied, on the seed', () => {
  const SEED = path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt');
  const text = readFileSync(SEED, 'utf8');
  const before = buildText('wang-jialiang.txt', text).bundle;
  const checks = checksOf(before);
  const claim = checks.flags.find((f) => f.claimed)!;
  const split = peopleBehind(before, claim.author);
  const lines = claimDecisions(before, split, homonymEvidence(before, split));
  const rebuilt = buildText('wang-jialiang.txt', text, { aliases: { name: 'aliases.tsv', text: aliasFileFor(lines) }, previous: before }).bundle;
  const shown = carriedReview(checks, acrossApply(before, rebuilt));

  it('the claim on the name split is left out and counted; the pair of two untouched names is shown', () => {
    expect(before.authors.name[claim.author]).toBe('Jialiang Wang');
    expect(rebuilt.authors.name.length).toBeGreaterThan(before.authors.name.length);
    expect(checks.suggestions.length).toBe(1);
    expect(shown.value.flags).toEqual([]);
    expect(shown.value.suggestions.map((s) => s.names)).toEqual(checks.suggestions.map((s) => s.names));
    expect(shown.checkedAgain).toEqual({ pairs: 0, names: 1, candidates: 0 });
  });

  it('a merge of the pair: the pair answered (not counted), the claim on the untouched name shown', () => {
    const merged = buildText('wang-jialiang.txt', text, { aliases: { name: 'aliases.tsv', text: aliasFileFor(mergeDecisions(before, checks.suggestions[0]!)) }, previous: before }).bundle;
    const afterMerge = carriedReview(checks, acrossApply(before, merged));
    expect(afterMerge.value.suggestions).toEqual([]);
    expect(afterMerge.value.flags.map((f) => merged.authors.name[f.author])).toEqual(['Jialiang Wang']);
    expect(afterMerge.checkedAgain).toEqual({ pairs: 0, names: 0, candidates: 0 });
  });
});
