/**
 * One author's same-person check (core `suggestSamePerson` with `only`), which an author card asks before the name
 * checks of every name have answered (on the 30k map those came ~28 s after the map was ready, and Yang Liu's split
 * chooser offered his suggested same person, Yang Janet Liu, only then): it must give exactly what every name's check
 * gives for that author, the same suggestions in the same order with the same figures, so nothing on the card changes
 * when every name's answer comes; asked before or after every name's check (the names' prep is kept between them).
 */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/core/bundle/types';
import { suggestSamePerson, type SamePersonSuggestion } from '../../../src/core/queries/synonyms';
import { aclMain, buildFiles, buildText, SEED_PATH } from '../helpers';

const mine = (all: readonly SamePersonSuggestion[], author: number) => all.filter((s) => s.keep === author || s.merge === author);

/** Every author named by a suggestion, and every `stride`-th other author. */
function authorsToTry(bundle: Bundle, all: readonly SamePersonSuggestion[], stride: number): number[] {
  const named = new Set(all.flatMap((s) => [s.keep, s.merge]));
  return bundle.authors.name.map((_, a) => a).filter((a) => named.has(a) || a % stride === 0);
}

const jsonl = (rows: [string, string[]][]) => rows.map(([title, authors], i) => JSON.stringify({ title, authors, year: 2015 + i })).join('\n');

describe("one author's same-person check", () => {
  it('gives what every name’s check gives for them, in the same order (seed, ACL 2020: 7.5k authors)', () => {
    for (const [bundle, stride] of [
      [buildFiles([SEED_PATH]).bundle, 1],
      [aclMain().bundle, 25],
    ] as const) {
      // asked first (the names' prep worked out by it), then every name's, then again (the prep dropped)
      const first = bundle.authors.name.findIndex((_, a) => a > 0);
      // (every pair that fits, not only those from 1 in 5: more pairs to compare)
      const before = suggestSamePerson(bundle, { only: first, minProbability: 0 });
      const all = suggestSamePerson(bundle, { minProbability: 0 });
      expect(all.length).toBeGreaterThan(0);
      expect(before).toEqual(mine(all, first));
      const tried = authorsToTry(bundle, all, stride);
      let withSome = 0;
      for (const a of tried) {
        const own = suggestSamePerson(bundle, { only: a, minProbability: 0 });
        expect(own, bundle.authors.name[a]).toEqual(mine(all, a));
        if (own.length > 0) withSome++;
      }
      expect(withSome).toBeGreaterThan(1);
    }
  });

  it('also for the pairs met in their own blocks: a middle initial, a character lost in encoding, several spellings of one name', () => {
    const { bundle } = buildText(
      'own.jsonl',
      jsonl([
        ['Peat bogs of the north', ['Tomasz K. Wielgosz', 'Hanna Oduya']],
        ['Peat bogs, revisited', ['Tomasz Wielgosz', 'Hanna Oduya']],
        ['Peat and carbon', ['Tomasz Wielgosz', 'Hanna Oduya', 'Ravi Menon']],
        ['Carbon in bogs', ['K. Wielgosz', 'Hanna Oduya']],
        ['Parsing Czech', ['Kry?tof Dvořák', 'Ravi Menon']],
        ['Parsing Czech again', ['Kryštof Dvořák', 'Ravi Menon']],
        ['Tagging Czech', ['K. Dvořák', 'Ravi Menon', 'Hanna Oduya']],
      ]),
      { labeler: null },
    );
    const all = suggestSamePerson(bundle, { minProbability: 0 });
    expect(all.some((s) => s.reason === 'middle-initial')).toBe(true);
    expect(all.some((s) => s.reason === 'encoding')).toBe(true);
    for (let a = 0; a < bundle.authors.name.length; a++) expect(suggestSamePerson(bundle, { only: a, minProbability: 0 }), bundle.authors.name[a]).toEqual(mine(all, a));
  });
});

describe('the names’ prep shared between the two checks', () => {
  it('an author’s check asked while every name’s is paused halfway goes on from there; both answer as alone', async () => {
    const { runFor } = await import('../../../src/core/util/steps');
    const { suggestSamePersonSteps } = await import('../../../src/core/queries/synonyms');
    const bundle = aclMain().bundle;
    const alone = suggestSamePerson(bundle, { minProbability: 0 });
    const some = alone[0]!.keep;
    const whole = suggestSamePersonSteps(bundle, { minProbability: 0 });
    // a few pieces of every name's check (within the names' prep), then the author's check, then the rest
    for (let i = 0; i < 20; i++) expect(runFor(whole, 0).done).toBe(false);
    expect(suggestSamePerson(bundle, { only: some, minProbability: 0 })).toEqual(mine(alone, some));
    let r = runFor(whole, 0);
    while (!r.done) r = runFor(whole, 0);
    expect(r.value).toEqual(alone);
  });
});
