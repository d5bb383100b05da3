/**
 * The name checks of every name in steps (core/util/steps.ts), as the insights worker runs them a slice of time at
 * a time so that an author card's check can run between two slices: the same suggestions and flags as at once,
 * in many pieces.
 */
import { describe, expect, it } from 'vitest';
import { flagHomonyms, flagHomonymsSteps } from '../../../src/core/queries/homonyms';
import { suggestSamePerson, suggestSamePersonSteps } from '../../../src/core/queries/synonyms';
import { gluedNames, gluedNamesSteps } from '../../../src/core/names/glued';
import { runFor, scaled, type Steps } from '../../../src/core/util/steps';
import { aclMain, buildFiles, SEED_PATH } from '../helpers';

/** `steps` run one piece at a time (slices of 0 ms): its value and the number of slices. */
function pieceByPiece<T>(steps: Steps<T>): { value: T; slices: number } {
  for (let slices = 1; ; slices++) {
    const r = runFor(steps, 0);
    if (r.done) return { value: r.value, slices };
  }
}

describe('name checks in steps', () => {
  it('give what they give at once (seed and ACL 2020), in many pieces', () => {
    for (const bundle of [buildFiles([SEED_PATH]).bundle, aclMain().bundle]) {
      const suggested = pieceByPiece(suggestSamePersonSteps(bundle));
      expect(suggested.value).toEqual(suggestSamePerson(bundle));
      expect(suggested.slices).toBeGreaterThan(5);
      const flagged = pieceByPiece(flagHomonymsSteps(bundle));
      expect(flagged.value).toEqual(flagHomonyms(bundle));
      expect(flagged.slices).toBeGreaterThan(1);
      expect(pieceByPiece(gluedNamesSteps(bundle.authors.name)).value).toEqual(gluedNames(bundle.authors.name));
    }
  });
});

describe('how far the name checks are (the progress the page shows while they run)', () => {
  /** The progress each paused slice of `steps` says (0 ms slices), in order. */
  function progressOf<T>(steps: Steps<T>): number[] {
    const out: number[] = [];
    for (;;) {
      const r = runFor(steps, 0);
      if (r.done) return out;
      if (r.progress !== undefined) out.push(r.progress);
    }
  }
  it('goes from near 0 to near 1 without going back, for both checks (ACL 2020)', () => {
    const bundle = aclMain().bundle;
    for (const said of [progressOf(suggestSamePersonSteps(bundle)), progressOf(flagHomonymsSteps(bundle))]) {
      expect(said.length).toBeGreaterThan(3);
      expect(said.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= said[i - 1]!))).toBe(true);
      expect(said[0]!).toBeLessThan(0.2);
      expect(said.at(-1)!).toBeGreaterThan(0.8);
    }
  });
  it('a part of a longer computation says its share of the whole (`scaled`), and a slice without any says none', () => {
    function* three(): Steps<string> {
      yield;
      yield 0.5;
      yield 1;
      return 'done';
    }
    const steps = scaled(three(), 0.75, 1);
    expect(runFor(steps, 0)).toEqual({ done: false });
    expect(runFor(steps, 0)).toEqual({ done: false, progress: 0.875 });
    expect(runFor(steps, 0)).toEqual({ done: false, progress: 1 });
    expect(runFor(steps, 0)).toEqual({ done: true, value: 'done' });
  });
});
