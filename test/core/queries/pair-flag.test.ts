/**
 * A same-person pair whose one name is flagged as several people says where the shared co-authors sit among that
 * name's people (a tester accepted "Yang Liu ⇄ Yang Janet Liu" at 30k, whose co-authors were all "Yang Liu (2)"'s,
 * and got the wrong Yang Liu). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { splitPersonCandidates } from '../../../src/core/queries/homonyms';
import { sharedCoauthorsPart } from '../../../src/core/queries/pair-flag';
import { pairFlagText, pairGivenText } from '../../../src/app/features/whoiswho/pair-flag-words';

const jsonl = (rows: { title: string; authors: string[] }[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');

const rows = [
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ title: `Sea ice drift ${i}`, authors: ['Lin Hart', 'Oda Rask', 'Per Lund'] })),
  ...[1, 2, 3, 4, 5].map((i) => ({ title: `Speech tagging ${i}`, authors: ['Lin Hart', 'Ravi Menon', 'Suki Tan'] })),
  { title: 'Speech tagging seven', authors: ['Lin J. Hart', 'Ravi Menon', 'Suki Tan'] },
  { title: 'Speech tagging eight', authors: ['Lin J. Hart', 'Ravi Menon'] },
];

describe('a pair with a name of several people', () => {
  const { bundle } = buildText('hart.jsonl', jsonl(rows));
  const idx = (n: string) => bundle.authors.name.indexOf(n);
  const split = splitPersonCandidates(bundle, idx('Lin Hart'));

  it("finds the shared co-authors in the papers a split moves (the name's second group)", () => {
    expect(split.groups.map((g) => g.papers.length)).toEqual([6, 5]);
    expect(sharedCoauthorsPart(bundle, split, null, [idx('Ravi Menon'), idx('Suki Tan')])).toEqual({ kind: 'moves', move: 0, papers: 5 });
    expect(sharedCoauthorsPart(bundle, split, null, [idx('Oda Rask')])).toEqual({ kind: 'stays', papers: 6 });
    expect(sharedCoauthorsPart(bundle, split, null, [idx('Oda Rask'), idx('Ravi Menon')])).toEqual({ kind: 'mixed' });
    expect(sharedCoauthorsPart(bundle, split, null, [])).toBeNull();
  });

  it('follows the split as the user chose it: the speech papers kept, the sea ice papers given away', () => {
    const [sea, speech] = split.groups.map((g) => g.papers);
    const shared = [idx('Ravi Menon'), idx('Suki Tan')];
    expect(sharedCoauthorsPart(bundle, split, null, shared, [{ papers: sea! }])).toEqual({ kind: 'stays', papers: 5 });
    expect(sharedCoauthorsPart(bundle, split, null, [idx('Oda Rask')], [{ papers: sea! }])).toEqual({ kind: 'moves', move: 0, papers: 6 });
    // nothing moved: nothing to split
    expect(sharedCoauthorsPart(bundle, split, null, shared, [])).toBeNull();
    expect(speech).toHaveLength(5);
  });

  it('says it in words, with the split first', () => {
    const claim = { claimed: true, people: 2, peopleIsFloor: true, probability: 0.7, bodyProbability: 0.55 };
    expect(pairFlagText('Lin Hart', 'Lin J. Hart', claim, 2, { kind: 'moves', person: 'Lin Hart (2)', papers: 5 })).toBe(
      '“Lin Hart” may be at least 2 different people (a flag; about 55 in 100): the 2 shared co-authors all come from the 5 papers a split gives to “Lin Hart (2)”. “Same person” joins “Lin J. Hart” to all of “Lin Hart”: split “Lin Hart” first.',
    );
    expect(pairFlagText('Lin Hart', 'Lin J. Hart', { ...claim, claimed: false }, 1, { kind: 'stays', papers: 6 })).toBe(
      '“Lin Hart” is possibly more than one person (about 70 in 100; a candidate, not a claim): the shared co-author comes from the 6 papers that keep the name in a split. “Same person” joins “Lin J. Hart” to all of “Lin Hart”.',
    );
  });

  it('once a split accepted gives the name\'s papers to the other name, says so (not "split it first")', () => {
    // a tester: beside "Yang Liu split: 5 papers given to “Yang Janet Liu”", the pair card said to split Yang Liu first
    const claim = { claimed: true, people: 2, peopleIsFloor: true, probability: 0.7, bodyProbability: 0.55 };
    const text = pairGivenText('Lin Hart', 'Lin J. Hart', claim, 5, false);
    expect(text).toBe('“Lin Hart” may be at least 2 different people (a flag; about 55 in 100): the split accepted gives 5 of its papers to “Lin J. Hart” (not applied yet), which answers the pair; undo the split to decide the two names as a whole.');
    expect(text).not.toContain('first');
    expect(pairGivenText('Lin Hart', 'Lin J. Hart', claim, 1, true)).toContain('gives 1 of its papers to “Lin J. Hart”, which answers the pair');
  });
});
