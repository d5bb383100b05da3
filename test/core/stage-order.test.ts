/** The build says its stages once each, in the order they run (the import's progress list shows them so). */
import { describe, expect, it } from 'vitest';
import { buildDataset, buildDatasetAsync, STAGES, type Stage } from '../../src/core/pipeline';
import { SEED_PATH, readText } from './helpers';

/** The stages in the order the build started them (progress 0), and whether any started twice or ended before its start. */
function recorder() {
  const started: Stage[] = [];
  const ended: Stage[] = [];
  const onProgress = (s: Stage, f: number) => {
    if (f === 0) started.push(s);
    if (f >= 1) ended.push(s);
  };
  return { started, ended, onProgress };
}

describe('the order of the build stages', () => {
  it('on one thread: each stage once, in STAGES order, layout before labels', () => {
    const r = recorder();
    buildDataset([readText(SEED_PATH)], { onProgress: r.onProgress });
    expect(r.started).toEqual(STAGES);
    expect(r.ended).toEqual(STAGES);
    expect(STAGES.indexOf('layout')).toBeLessThan(STAGES.indexOf('labels'));
  });

  it('with the labels on another thread (the in-page import): the same order, so the list never ticks a stage and runs it again (tester K)', async () => {
    const r = recorder();
    const labels = () => async () => ({ terms: [] });
    await buildDatasetAsync([readText(SEED_PATH)], { onProgress: r.onProgress }, { labels });
    expect(r.started).toEqual(STAGES);
    expect(r.ended).toEqual(STAGES);
  });
});
