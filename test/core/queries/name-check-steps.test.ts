/**
 * The name checks of every name in steps (core/util/steps.ts), as the insights worker runs them a slice of time at
 * a time so that an author card's check can run between two slices: the same suggestions and flags as at once,
 * in many pieces.
 */
import { describe, expect, it } from 'vitest';
import { flagHomonyms, flagHomonymsSteps } from '../../../src/core/queries/homonyms';
import { suggestSamePerson, suggestSamePersonSteps } from '../../../src/core/queries/synonyms';
import { gluedNames, gluedNamesSteps } from '../../../src/core/names/glued';
import { runFor, type Steps } from '../../../src/core/util/steps';
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
