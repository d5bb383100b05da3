/**
 * File order of `npm test`: vitest's own order (e2e files before unit files, then the longest run of the cached
 * last run first), except that e2e files run longest first by recorded wall times when vitest has no cache of
 * its own (a fresh clone, CI): there it fell back to the files' order on disk, which started select-framing
 * (then the longest file) among the last, so one worker ran it alone at the end. Longest first lets the two
 * workers finish together. The wall times are those a test run wrote into e2e-durations.json
 * (`ATLAS_WRITE_DURATIONS=1`, see durations.ts), not a table kept by hand; a file missing there runs after the
 * listed ones; the figures only order.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { e2eKey, readE2eDurations } from './durations.ts';

/** Wall seconds of the e2e files as a test run recorded them (durations.ts): no table kept by hand. */
const E2E_SECONDS = readE2eDurations();

const seconds = (spec: TestSpecification): number => (spec.project.name === 'e2e' ? (E2E_SECONDS[e2eKey(spec.moduleId)] ?? 0) : 0);

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cached = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`);
    // vitest's order stands where it knows every e2e file's duration
    if (sorted.filter((s) => s.project.name === 'e2e').every((s) => cached(s))) return sorted;
    const rank = new Map(sorted.map((s, i) => [s, i]));
    return [...sorted].sort((a, b) => {
      if (a.project.name !== b.project.name) return rank.get(a)! - rank.get(b)!;
      return seconds(b) - seconds(a) || rank.get(a)! - rank.get(b)!;
    });
  }
}
