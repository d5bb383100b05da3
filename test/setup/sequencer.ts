/**
 * File order of `npm test`: vitest's own order (e2e files before unit files, then the longest run of the cached
 * last run first), except that e2e files run longest first by the wall times measured below when vitest has no
 * cache of its own (a fresh clone, CI): there it fell back to the files' order on disk, which started
 * select-framing (the longest file) among the last, so one worker ran it alone at the end. Longest first lets
 * the two workers finish together. A file missing here runs after the listed ones; the figures only order.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Wall seconds of each e2e file in one run of the e2e project (1 Dec 2026, 00:15, load 6-18, 2 workers). */
const E2E_SECONDS: Record<string, number> = {
  'select-framing': 267,
  insights: 235,
  pick: 202,
  import: 161,
  safety: 152,
  openalex: 103,
  network: 98,
  overview: 93,
  layout: 92,
  'search-names': 86,
  'share-view': 66,
  decisions: 56,
  'hover-labels': 49,
  stale: 39,
  abstracts: 39,
  'network-big': 37,
  explorer: 31,
  resize: 29,
  labels: 27,
  filters: 26,
  errors: 23,
  phone: 16,
  'paper-card': 16,
  'pick-pending': 16,
  'search-keys': 14,
  time: 11,
  dialogs: 9,
  'datasets-cli': 7,
};

const seconds = (spec: TestSpecification): number =>
  spec.project.name === 'e2e' ? (E2E_SECONDS[path.basename(spec.moduleId).replace(/\.test\.ts$/, '')] ?? 0) : 0;

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
