/**
 * Two bodies of work inside one co-author group (invented names): the card places body 2 "tied to body 1 only
 * through co-author circles of fewer than 5 papers", so it says "no co-author in common" and not also "none who wrote with the other's
 * co-authors", which a tester read as a contradiction beside it (Yang Liu on the 70k map).
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { jsonl, others, type Row } from './homonym-rows';
import { homonymEvidence, splitPersonCandidates } from '../../../src/core/queries/homonyms';

describe('bodies of work in one co-author group', () => {
  it("say no co-author in common, without 'none who wrote with the other's co-authors'", () => {
    const video = ['latent diffusion', 'diffusion transformers', 'motion priors', 'camera control', 'long videos'];
    const news = ['graph propagation', 'stance cues', 'source credibility', 'user comments', 'early signals'];
    const rows: Row[] = [
      ...video.map((t, i) => ({ title: `Text-to-video generation with ${t}`, authors: ['Wei Chen', 'Ravi Okafor'], year: 2019 + i, venue: 'Vision Conference' })),
      ...news.map((t, i) => ({ title: `Fake news detection with ${t}`, authors: ['Wei Chen', 'Mara Quist'], year: 2019 + i, venue: 'Web Mining Workshop' })),
      // a small group (one paper, Lena Strom) whose co-author wrote with both bodies' co-authors: one co-author group
      { title: 'A survey of evaluation practice', authors: ['Wei Chen', 'Lena Strom'], year: 2021, venue: 'Evaluation Workshop' },
      { title: 'Benchmarks for video models', authors: ['Lena Strom', 'Ravi Okafor'], year: 2020, venue: 'Vision Conference' },
      { title: 'Benchmarks for misinformation', authors: ['Lena Strom', 'Mara Quist'], year: 2020, venue: 'Web Mining Workshop' },
      ...others(),
    ];
    const { bundle } = buildText('one-group.jsonl', jsonl(rows));
    const who = bundle.authors.name.indexOf('Wei Chen');
    const e = homonymEvidence(bundle, splitPersonCandidates(bundle, who));
    const body = e.lines.find((l) => l.startsWith('Body of work 2'));
    expect(body).toMatch(/tied to body 1 only through co-author circles of fewer than 5 papers/);
    expect(body).toMatch(/no co-author in common;/);
    expect(body).not.toMatch(/none who wrote with the other's co-authors/);
  });
});
