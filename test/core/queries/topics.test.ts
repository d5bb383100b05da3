/** Topic words, as the who-is-who evidence shows them: compared folded, shown as written (tester: "mini-he"). */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/core/bundle/types';
import { topicIndex, topicVector, topicWords } from '../../../src/core/queries/topics';

/** The only part of a bundle the topic index reads: the papers' titles. */
const titlesOnly = (title: string[]): Bundle => ({ papers: { title } }) as unknown as Bundle;

describe('topic words', () => {
  it('a word whose plural is folded for comparing is shown as first written, not folded ("mini-hes", not "mini-he")', () => {
    const bundle = titlesOnly([
      'Mini-Hes: A Parallelizable Second-order Latent Factor Analysis',
      'Interpreting Robust Optimization via Adversarial Influence Functions',
      'Influence Function Estimates for Robust Models',
    ]);
    const index = topicIndex(bundle);
    const mini = topicWords(index, topicVector(index, [0]), topicVector(index, [1, 2]), 3);
    expect(mini).toContain('mini-hes');
    expect(mini).not.toContain('mini-he');
    // and the folding still joins the plural with the singular: "functions" and "function" are one term
    expect(index.vocabulary.filter((w) => w.startsWith('function'))).toHaveLength(1);
  });

  it('a term written both as plural and singular is shown in the singular, whichever came first ("learning", not "learnings")', () => {
    const bundle = titlesOnly([
      'Learnings from Scaling Dialogue Models',
      'Learning to Rank Dialogue Responses',
      'Video Generation with Diffusion',
    ]);
    const index = topicIndex(bundle);
    const words = topicWords(index, topicVector(index, [0, 1]), topicVector(index, [2]), 5);
    expect(words).toContain('learning');
    expect(words).not.toContain('learnings');
  });
});
