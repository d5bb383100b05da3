/**
 * Accepted merges that share a name make one person (said before the accept, listed as one group); lines that give
 * one spelling two people apply one of them and say which; a link's decisions about names a map does not have are
 * counted. Invented names.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptedMerges,
  chainIfAccepted,
  confirmChain,
  conflictText,
  decisionClashes,
  decisionsNotInMap,
  lineConflicts,
  linesWithoutMerge,
  mergeGroups,
  onePersonText,
  peopleOf,
  type AcceptedMerge,
} from '../../src/app/features/whoiswho/merge-groups';
import { decisionCounts, decisionsConcern, decisionStatus } from '../../src/app/features/whoiswho/store';

const m = (keep: string, merge: string, variants = [merge]): AcceptedMerge => ({
  key: `${keep}\u0000${merge}`,
  keep,
  merge,
  lines: variants.map((variant) => ({ variant, canonical: keep, paper: null })),
});

describe('merges that share a name', () => {
  const first = m('Talia Ruiz Ortega', 'Talia Ortega');
  const second = m('Talia Ortega', 'Talia M. Ortega');
  const apart = m('Bo Lindqvist', 'B. Lindqvist');

  it('an accept joining a name another accepted merge joined names all three, alphabetically', () => {
    const chain = chainIfAccepted([first, apart], second);
    expect(chain).toEqual(['Talia M. Ortega', 'Talia Ortega', 'Talia Ruiz Ortega']);
    expect(onePersonText(chain!)).toBe('This makes Talia M. Ortega, Talia Ortega and Talia Ruiz Ortega one person.');
  });

  it('an accept sharing no name with another says nothing', () => {
    expect(chainIfAccepted([first], apart)).toBeNull();
    expect(chainIfAccepted([], first)).toBeNull();
    // itself accepted already (re-asked): not a chain of one
    expect(chainIfAccepted([first], first)).toBeNull();
  });

  it('a shared spelling (not a kept or merged name) joins too', () => {
    const viaSpelling = m('Talia R. Ortega', 'T. Ruiz', ['T. Ruiz', 'Talia Ortega']);
    expect(chainIfAccepted([first], viaSpelling)).toEqual(['T. Ruiz', 'Talia Ortega', 'Talia R. Ortega', 'Talia Ruiz Ortega']);
  });

  it('groups: the chain as one group, the others alone, in the order accepted', () => {
    const groups = mergeGroups([first, apart, second]);
    expect(groups).toEqual([[first, second], [apart]]);
    expect(peopleOf(groups[0]!)).toEqual(['Talia M. Ortega', 'Talia Ortega', 'Talia Ruiz Ortega']);
  });

  it('accepted merges read from the store: verdicts with the lines into the name kept', () => {
    const aliasLines = [...first.lines, ...second.lines, { variant: 'Ana Vey', canonical: 'Ana Vey (2)', paper: 'A paper' }];
    const decisions = { [first.key]: 'accepted' as const, [second.key]: 'accepted' as const, 'X\u0000Y': 'rejected' as const };
    expect(acceptedMerges({ decisions, aliasLines })).toEqual([first, second]);
  });
});

describe('lines that give one spelling two people', () => {
  const toChuong = { variant: 'Pim Chuong', canonical: 'Pim Chuang', paper: null };
  const toXu = { variant: 'Pim Chuong', canonical: 'Lee Xu', paper: null };
  const other = { variant: 'R. Okafor', canonical: 'Rita Okafor', paper: null };

  it('a hand-edited pair: the line an accepted merge backs is applied, the other left out and said', () => {
    const { applies, conflicts } = lineConflicts([toXu, toChuong, other], new Set(['Pim Chuang']));
    expect(applies).toEqual([toChuong, other]);
    expect(conflicts).toEqual([{ variant: 'Pim Chuong', applied: toChuong, left: [toXu] }]);
    expect(conflictText(conflicts[0]!)).toBe(
      '“Pim Chuong” is given to two people by these lines: “Pim Chuong → Pim Chuang” is applied; “Pim Chuong → Lee Xu” is not (Undo the one that is wrong in the Accepted list).',
    );
  });

  it('no line backed: the first is applied', () => {
    expect(lineConflicts([toXu, toChuong], new Set()).applies).toEqual([toXu]);
  });

  it('both backed by accepted merges (a chain the user confirmed): no conflict, both applied', () => {
    const r = lineConflicts([toXu, toChuong], new Set(['Pim Chuang', 'Lee Xu']));
    expect(r.conflicts).toEqual([]);
    expect(r.applies).toEqual([toXu, toChuong]);
  });

  it('split lines pass as they are', () => {
    const split = [
      { variant: 'Ana Vey', canonical: 'Ana Vey (2)', paper: 'One' },
      { variant: 'Ana Vey', canonical: 'Ana Vey (3)', paper: 'Two' },
    ];
    expect(lineConflicts(split, new Set()).applies).toEqual(split);
  });

  it('lines no verdict holds are listed by the name they keep, and counted as merges', () => {
    const decisions = { 'Pim Chuang\u0000Pim Chuong': 'accepted' as const };
    const keeps = new Set(['Pim Chuang']);
    expect(linesWithoutMerge([toChuong, toXu, other], keeps)).toEqual([
      { keep: 'Lee Xu', lines: [toXu] },
      { keep: 'Rita Okafor', lines: [other] },
    ]);
    const state = { aliasLines: [toChuong, toXu, other], applied: [toChuong, toXu, other], decisions };
    expect(decisionStatus(decisionCounts(state))).toBe('2 merges accepted, all applied.');
    // the line left out for a second person is no merge: counted only when it is the one applied
    const conflicting = { aliasLines: [toChuong, toXu], applied: [toChuong, toXu], decisions };
    expect(decisionStatus(decisionCounts(conflicting))).toBe('1 merge accepted, all applied.');
    // a link with lines only: not "No merge or split accepted yet" while the map has them
    expect(decisionStatus(decisionCounts({ aliasLines: [other], applied: [other], decisions: {} }))).toBe('1 merge accepted, all applied.');
  });
});

describe('a link’s decisions about names the map does not have', () => {
  const known = (n: string) => ['Rita Okafor', 'R. Okafor', 'Ana Vey'].includes(n);

  it('counts verdicts and line groups naming no author', () => {
    const saved = {
      lines: [],
      pending: [
        { variant: 'R. Okafor', canonical: 'Rita Okafor', paper: null },
        { variant: 'Q. Zhang', canonical: 'Qiu Zhang', paper: null },
        { variant: 'Wen Lo', canonical: 'Wen Lo (2)', paper: 'P' },
      ],
      decisions: { 'Rita Okafor\u0000R. Okafor': 'accepted', 'Qiu Zhang\u0000Q. Zhang': 'accepted', 'Jo Pike\u0000J. Pike': 'rejected' },
    };
    expect(decisionsNotInMap(saved, known)).toEqual({ of: 4, missing: 3, names: ['Qiu Zhang', 'Jo Pike', 'Wen Lo'] });
  });

  it('all in the map: none missing', () => {
    expect(decisionsNotInMap({ lines: [{ variant: 'R. Okafor', canonical: 'Rita Okafor', paper: null }], decisions: {} }, known)).toEqual({ of: 1, missing: 0, names: [] });
  });
});

describe('Apply asks first when accepted decisions clash', () => {
  const line = (variant: string, canonical: string, paper: string | null = null) => ({ variant, canonical, paper });
  it('a hand-edited link whose lines, all backed by accepted merges, make three people one', () => {
    const state = {
      decisions: { 'Ana Ruiz\u0000A. Ruiz': 'accepted', 'Anabel Ruiz\u0000A. Ruiz': 'accepted' } as const,
      aliasLines: [line('A. Ruiz', 'Ana Ruiz'), line('A. Ruiz', 'Anabel Ruiz')],
      applied: [],
    };
    const clashes = decisionClashes(state);
    expect(clashes.map((c) => c.kind)).toEqual(['chain']);
    expect(clashes[0]!.text).toContain('This makes A. Ruiz, Ana Ruiz and Anabel Ruiz one person.');
    // the map already built with them: not asked again
    expect(decisionClashes({ ...state, applied: state.aliasLines })).toEqual([]);
    // confirmed in the page: not asked again
    confirmChain(clashes[0]!.people);
    expect(decisionClashes(state)).toEqual([]);
  });

  it('a merge joining two names a split separates, and nothing for a split and a merge of other names', () => {
    const split = [line('Wei Lin', 'Wei Lin (2)', '10.1/x'), line('Wei Lin', 'Wei Lin (2)', '10.1/y')];
    const clashes = decisionClashes({
      decisions: { 'Wei Lin\u0000Wei Lin (2)': 'accepted' },
      aliasLines: [...split, line('Wei Lin (2)', 'Wei Lin')],
      applied: [],
    });
    expect(clashes).toHaveLength(1);
    expect(clashes[0]!.kind).toBe('split');
    expect(clashes[0]!.text).toContain('A merge makes “Wei Lin” and “Wei Lin (2)” one person (“Wei Lin (2) → Wei Lin”), and the split of “Wei Lin” keeps them apart');
    expect(
      decisionClashes({ decisions: { 'Wei Lin\u0000W. Lin': 'accepted' }, aliasLines: [...split, line('W. Lin', 'Wei Lin')], applied: [] }),
    ).toEqual([]);
  });
});

describe('the author card shows its Apply bar when a decision concerns the person', () => {
  const none = { aliasLines: [], applied: [], decisions: {} };
  it('a verdict, a merge line, a split of the name or of the name it was split from', () => {
    expect(decisionsConcern(['Ana Ruiz', 'A. Ruiz'], none)).toBe(false);
    expect(decisionsConcern(['Ana Ruiz'], { ...none, decisions: { 'Ana Ruiz\u0000Ann Ruiz': 'rejected' } })).toBe(true);
    expect(decisionsConcern(['Ana Ruiz', 'A. Ruiz'], { ...none, applied: [{ variant: 'A. Ruiz', canonical: 'Ana Ruiz', paper: null }] })).toBe(true);
    const split = { ...none, aliasLines: [{ variant: 'Wei Lin', canonical: 'Wei Lin (2)', paper: '10.1/x' }] };
    expect(decisionsConcern(['Wei Lin'], split)).toBe(true);
    expect(decisionsConcern(['Wei Lin (2)'], split)).toBe(true);
    expect(decisionsConcern(['Wei Li'], split)).toBe(false);
  });
});
