/**
 * What the review list and the author card say about accepted name decisions: decisions counted as the user made
 * them (a merge, a split), not the alias lines they make; and whether the map shown has them. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { decisionCounts, decisionStatus, type DecisionCounts } from '../../src/app/features/whoiswho/store';

const merge = [
  { variant: 'Ilse Varga-Nemes', canonical: 'Ilse Varga Nemes', paper: null },
  { variant: 'I. Varga-Nemes', canonical: 'Ilse Varga Nemes', paper: null },
];
const split = [
  { variant: 'Tomo Arden', canonical: 'Tomo Arden (2)', paper: 'Paper one' },
  { variant: 'Tomo Arden', canonical: 'Tomo Arden (2)', paper: 'Paper two' },
  { variant: 'Tomo Arden', canonical: 'Tomo Arden (3)', paper: 'Paper three' },
  { variant: 'Tomo Arden', canonical: 'Tomo Arden (4)', paper: 'Paper four' },
];
const verdicts = { 'Ilse Varga Nemes\u0000Ilse Varga-Nemes': 'accepted' as const, 'Ola Brink\u0000Ole Brink': 'rejected' as const };

const status = (state: Parameters<typeof decisionCounts>[0]) => decisionStatus(decisionCounts(state));

describe('accepted name decisions in words', () => {
  it('one merge and one split into 4, not applied: two decisions, not six alias lines', () => {
    const state = { aliasLines: [...merge, ...split], applied: [], decisions: verdicts };
    expect(decisionCounts(state)).toEqual({ merges: 1, pendingMerges: 1, splits: 1, pendingSplits: 1, undoneMerges: 0, undoneSplits: 0 });
    expect(status(state)).toBe('1 merge and 1 split accepted, not applied yet.');
  });

  it('all applied, some applied, nothing yet', () => {
    expect(status({ aliasLines: [...merge, ...split], applied: [...merge, ...split], decisions: verdicts })).toBe('1 merge and 1 split accepted, all applied.');
    expect(status({ aliasLines: [...merge, ...split], applied: [...merge], decisions: verdicts })).toBe('1 merge and 1 split accepted; 1 split not applied yet.');
    expect(status({ aliasLines: [], applied: [], decisions: {} })).toBe('No merge or split accepted yet.');
    // a rejected pair is a verdict, not a change to the map
    expect(status({ aliasLines: [], applied: [], decisions: { 'Ola Brink\u0000Ole Brink': 'rejected' } })).toBe('No merge or split accepted yet.');
  });

  it('an applied split or merge taken back waits to be applied too', () => {
    expect(status({ aliasLines: [], applied: [...split], decisions: {} })).toBe('No merge or split accepted; 1 split undone, not applied yet.');
    expect(status({ aliasLines: [...split], applied: [...merge, ...split], decisions: {} })).toBe('1 split accepted; 1 merge undone, not applied yet.');
  });

  it('plural words', () => {
    const c: DecisionCounts = { merges: 2, pendingMerges: 1, splits: 3, pendingSplits: 0, undoneMerges: 0, undoneSplits: 2 };
    expect(decisionStatus(c)).toBe('2 merges and 3 splits accepted; 1 merge not applied yet; 2 splits undone, not applied yet.');
  });
});
