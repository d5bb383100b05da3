/**
 * The ⚑ note on a co-author chain's step through a name that may be several people (chain-doubt.ts): a claim's
 * note when the step leaves one body of work or one group of papers for another, a candidate's weaker note, none
 * when the step stays in one group. Invented names and papers.
 */
import { describe, expect, it } from 'vitest';
import { chainDoubt, chainDoubtSummary, coauthorGroups, stepMayPart } from '../../src/app/features/chain/chain-doubt';
import type { Bundle } from '../../src/core/bundle/types';
import type { BodyFacts, HomonymEvidence, PersonSplit } from '../../src/core/queries/homonyms';

// papers 0-5: the main group; 6-10: a second group (a body of work); 11: a small side group; 12: a third group
const split: PersonSplit = {
  author: 7,
  groups: [
    { papers: [0, 1, 2, 3, 4, 5], cluster: 0, coauthors: [1] },
    { papers: [6, 7, 8, 9, 10], cluster: 1, coauthors: [2] },
    { papers: [11], cluster: 2, coauthors: [3] },
    { papers: [12], cluster: 0, coauthors: [4] },
  ],
  unattached: [13],
  clusters: 3,
};
const body = (papers: number[], probability: number): BodyFacts => ({ papers, years: null, words: [], coauthor: -1, topicSimilarity: 0, sharedVenues: [], probability });
const evidence = (over: Partial<HomonymEvidence>): HomonymEvidence =>
  ({ probability: 0.8, claimed: true, bodyFacts: [body([0, 1, 2, 3, 4, 5, 12], 0), body([6, 7, 8, 9, 10], 0.7)], bodyProbability: 0.7, people: 2, ...over }) as HomonymEvidence;

describe('a chain through a claimed name', () => {
  it('a step from one body of work to the other says "different bodies of work"', () => {
    const note = chainDoubt('Mira Okafor', split, evidence({}), 2, 8)!;
    expect(note.kind).toBe('bodies');
    expect(note.text).toMatch(/^Mira Okafor may be 2 different people: .*different bodies of work \(body 1 and body 2, no co-author in common\)/);
  });

  it('a step from a small side group (in no body) to the main body says "different groups of their papers"', () => {
    const note = chainDoubt('Mira Okafor', split, evidence({}), 11, 3)!;
    expect(note.kind).toBe('groups');
    expect(note.text).toContain('Mira Okafor may be 2 different people');
    expect(note.text).toContain('different groups of their papers (group 3 and group 1, no co-author in common)');
  });

  it('a step between two groups of one body of work gets the groups note too', () => {
    expect(chainDoubt('Mira Okafor', split, evidence({}), 0, 12)?.kind).toBe('groups');
  });

  it('a step that stays in one group says nothing', () => {
    expect(chainDoubt('Mira Okafor', split, evidence({}), 0, 5)).toBeNull();
    expect(chainDoubt('Mira Okafor', split, evidence({}), 7, 9)).toBeNull();
  });

  it('a paper in no group (no co-author) gives no note', () => {
    expect(chainDoubt('Mira Okafor', split, evidence({}), 13, 3)).toBeNull();
  });

  it('a claim made on the name itself (a list gathered around it) notes a change of group', () => {
    const note = chainDoubt('Mira Okafor', split, evidence({ bodyProbability: 0, bodyFacts: [], people: 3 }), 0, 8)!;
    expect(note.kind).toBe('groups');
    expect(note.text).toContain('may be 3 different people');
  });
});

describe('groups of co-authors inside one cluster', () => {
  // author 0 (Mira Okafor): papers 0 and 1 share co-author 1; paper 2 with co-author 2 only; paper 3 alone;
  // paper 4 with co-authors 2 and 3 (joins paper 2's group)
  const bundle = {
    authors: { name: ['Mira Okafor', 'Ana Lobo', 'Kofi Mensah', 'Lea Novak'] },
    papers: { authors: [[0, 1], [1, 0], [0, 2], [0], [3, 0, 2]] },
  } as unknown as Bundle;
  const groups = coauthorGroups(bundle, 0);

  it('papers sharing a co-author, directly or through another paper, are one group; a paper alone is in none', () => {
    expect(groups.get(0)).toBe(groups.get(1));
    expect(groups.get(2)).toBe(groups.get(4));
    expect(groups.get(0)).not.toBe(groups.get(2));
    expect(groups.has(3)).toBe(false);
    expect(() => coauthorGroups(bundle, 9)).toThrow(RangeError);
  });

  it('a claimed name whose step stays in one cluster but changes group of co-authors gets the groups note', () => {
    // one cluster holds every paper: the split alone sees no change of group
    const one: PersonSplit = { author: 0, groups: [{ papers: [0, 1, 2, 4], cluster: 0, coauthors: [1, 2, 3] }], unattached: [3], clusters: 1 };
    const claim = evidence({ bodyFacts: [body([0, 1], 0), body([2, 4], 0.7)], bodyProbability: 0.7 });
    // (papers 0 and 2 in different bodies: the bodies note; here a step from paper 1 to paper 4 in one body each way)
    const noBodies = evidence({ bodyFacts: [body([0, 1, 2, 4], 0)], bodyProbability: 0.7 });
    const note = chainDoubt('Mira Okafor', one, noBodies, 1, 4, groups)!;
    expect(note.kind).toBe('groups');
    expect(note.text).toContain("both in group 1 of Mira Okafor's card, but in parts of it that share no co-author");
    expect(chainDoubt('Mira Okafor', one, noBodies, 0, 1, groups)).toBeNull();
    expect(chainDoubt('Mira Okafor', one, claim, 0, 2, groups)?.kind).toBe('bodies');
    // a candidate is not noted on a change of co-author group alone
    expect(chainDoubt('Mira Okafor', one, { ...noBodies, claimed: false }, 1, 4, groups)).toBeNull();
  });

  it('a step between two groups of co-authors may part two people (the chain asks the check and says it is checking); within one group, or from a paper alone, it cannot', () => {
    expect(stepMayPart(groups, 1, 4)).toBe(true);
    expect(stepMayPart(groups, 0, 1)).toBe(false);
    expect(stepMayPart(groups, 2, 4)).toBe(false);
    expect(stepMayPart(groups, 3, 0)).toBe(false);
    // whatever the check says, a step it calls unable to part gets no note
    const one: PersonSplit = { author: 0, groups: [{ papers: [0, 1], cluster: 0, coauthors: [1] }, { papers: [2, 4], cluster: 1, coauthors: [2, 3] }], unattached: [3], clusters: 2 };
    const claim = evidence({ bodyFacts: [body([0, 1], 0), body([2, 4], 0.7)], bodyProbability: 0.7 });
    for (const [a, b] of [
      [0, 1],
      [2, 4],
      [0, 2],
      [1, 4],
    ] as const)
      if (!stepMayPart(groups, a, b)) expect(chainDoubt('Mira Okafor', one, claim, a, b, groups)).toBeNull();
      else expect(chainDoubt('Mira Okafor', one, claim, a, b, groups)).not.toBeNull();
  });
});

describe('a chain through a candidate (not claimed)', () => {
  const candidate = evidence({ claimed: false, probability: 0.79, bodyProbability: 0.3, bodyFacts: [body([0, 1, 2, 3, 4, 5], 0), body([6, 7, 8, 9, 10], 0.3)] });

  it('a change of group gets a softer note with the probability, saying it is a candidate', () => {
    const note = chainDoubt('Tomas Ferreira', split, candidate, 3, 7)!;
    expect(note.kind).toBe('candidate');
    expect(note.text).toMatch(/^Tomas Ferreira is possibly more than one person \(about 79 in 100\): /);
    expect(note.text).toContain('might pass from one person to another');
    expect(note.text).toContain('a candidate, not a claim');
    expect(note.text).not.toContain('may be');
  });

  it('says nothing within one group, or below the candidates\' floor, or with no evidence', () => {
    expect(chainDoubt('Tomas Ferreira', split, candidate, 3, 4)).toBeNull();
    expect(chainDoubt('Tomas Ferreira', split, { ...candidate, probability: 0.05 }, 3, 7)).toBeNull();
    expect(chainDoubt('Tomas Ferreira', split, null, 3, 7)).toBeNull();
  });
});

describe('the summary above the steps', () => {
  const claim = chainDoubt('Mira Okafor', split, evidence({}), 2, 8)!;
  const cand = chainDoubt('Tomas Ferreira', split, evidence({ claimed: false, probability: 0.79 }), 3, 7)!;

  it('names the claimed name and how many people it may be', () => {
    expect(chainDoubtSummary([null, { name: 'Mira Okafor', note: claim }, null])).toBe('Passes through a name that may be 2 people (Mira Okafor)');
  });

  it('a candidate alone is "possibly"; with a claim, the claim is summed up', () => {
    expect(chainDoubtSummary([{ name: 'Tomas Ferreira', note: cand }])).toBe('Passes through a name that is possibly more than one person (Tomas Ferreira)');
    expect(chainDoubtSummary([{ name: 'Tomas Ferreira', note: cand }, { name: 'Mira Okafor', note: claim }])).toBe('Passes through a name that may be 2 people (Mira Okafor)');
  });

  it('several claimed names are listed; no note, no summary', () => {
    expect(chainDoubtSummary([{ name: 'Mira Okafor', note: claim }, { name: 'Ines Duarte', note: claim }])).toBe('Passes through 2 names that may each be several people (Mira Okafor, Ines Duarte)');
    expect(chainDoubtSummary([null, null])).toBeNull();
  });
});

describe("a chain's note agrees with the card's groups", () => {
  // the card's groups (peopleBehind: one per cluster): papers 0-5 and 12 are one group on the card, though 12 shares
  // no co-author with 0-5 (Yang Liu at 30k: both step papers in "Group 1 · 81 papers", the note said "different groups")
  const card: PersonSplit = {
    author: 7,
    groups: [
      { papers: [0, 1, 2, 3, 4, 5, 12], cluster: 0, coauthors: [1, 4] },
      { papers: [6, 7, 8, 9, 10], cluster: 1, coauthors: [2] },
      { papers: [11], cluster: 2, coauthors: [3] },
    ],
    unattached: [13],
    clusters: 3,
  };
  const coauthorGroupsOf = new Map<number, number>([...[0, 1, 2, 3, 4, 5].map((p) => [p, 0] as [number, number]), ...[6, 7, 8, 9, 10].map((p) => [p, 1] as [number, number]), [11, 2], [12, 3]]);

  it('a step within one group of the card names that group and what parts the papers in it', () => {
    const note = chainDoubt('Mira Okafor', card, evidence({ peopleIsFloor: true }), 3, 12, coauthorGroupsOf)!;
    expect(note.text).toBe(
      "Mira Okafor may be at least 2 different people: the papers before and after this step are both in group 1 of Mira Okafor's card, but in parts of it that share no co-author (tied only through co-authors' co-authors or alike topics), so this chain may pass from one person to another.",
    );
    expect(note.text).not.toContain('different groups');
    expect(chainDoubtSummary([{ name: 'Mira Okafor', note }])).toBe('Passes through a name that may be at least 2 people (Mira Okafor)');
  });
});
