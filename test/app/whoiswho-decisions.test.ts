/**
 * Who is who decisions turned into alias lines: a second split of a name names its new people with names not in
 * use (it reused "(2)", the person split off before) and counts as a split of its own; two merges of one name make
 * all the names one person; an applied merge undone says it waits for the apply; a merge the map does not show is
 * never "all applied". Invented names.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptedSplits,
  decisionCounts,
  decisionStatus,
  freshSplitNames,
  mergesNotInMap,
  nameInUse,
  undoneMerges,
  undoneMergesText,
  type DecisionLine,
} from '../../src/app/features/whoiswho/store';
import { aliasFileLineCount, combinedAliasFile, transitiveLines } from '../../src/app/features/whoiswho/alias-file';
import { decodeDecisions, encodeDecisions } from '../../src/app/features/whoiswho/decisions-url';

const firstSplit: DecisionLine[] = [
  { variant: 'Kel Varro', canonical: 'Kel Varro (2)', paper: 'doi-a', split: 'Kel Varro (2)' },
  { variant: 'Kel Varro', canonical: 'Kel Varro (2)', paper: 'doi-b', split: 'Kel Varro (2)' },
];
// what the card of the rest of Kel Varro offers on the map rebuilt with the first split (homonyms.ts names from (2))
const offered = [
  { variant: 'Kel Varro', canonical: 'Kel Varro (2)', paper: 'doi-c' },
  { variant: 'Kel Varro', canonical: 'Kel Varro (3)', paper: 'doi-d' },
  { variant: 'Kel Varro', canonical: 'Kel Varro (3)', paper: 'doi-e' },
];
const mapNames = ['Kel Varro', 'Kel Varro (2)', 'Ines Dahl'];
const mapAliases = [['Kel Varro'], ['Kel Varro (2)'], ['Ines Dahl', 'I. Dahl']];

describe('a second split of a name', () => {
  const state = { aliasLines: firstSplit, applied: firstSplit };
  const { lines, names } = freshSplitNames(offered, 'Kel Varro', nameInUse(mapNames, mapAliases, state), 3);

  it('gives its new people names not in use on the map or in the decisions', () => {
    expect(lines.map((l) => l.canonical)).toEqual(['Kel Varro (3)', 'Kel Varro (4)', 'Kel Varro (4)']);
    expect(lines.every((l) => l.split === 'Kel Varro (3)')).toBe(true);
    // the card's group names follow the same renaming, a third group included
    expect([...names.values()]).toEqual(['Kel Varro (3)', 'Kel Varro (4)', 'Kel Varro (5)']);
  });

  it('a name in the decisions only (accepted, not applied) is in use too', () => {
    const pending = { aliasLines: [{ variant: 'Kel Varro', canonical: 'Kel Varro (2)', paper: 'doi-z' }], applied: [] };
    const fresh = freshSplitNames(offered, 'Kel Varro', nameInUse(['Kel Varro'], [['Kel Varro']], pending));
    expect(fresh.lines.map((l) => l.canonical)).toEqual(['Kel Varro (3)', 'Kel Varro (4)', 'Kel Varro (4)']);
  });

  it('a first split keeps the names it had', () => {
    const fresh = freshSplitNames(offered, 'Kel Varro', nameInUse(['Kel Varro'], [['Kel Varro']], { aliasLines: [], applied: [] }));
    expect(fresh.lines.map((l) => l.canonical)).toEqual(['Kel Varro (2)', 'Kel Varro (3)', 'Kel Varro (3)']);
  });

  it('the Accepted list shows two splits, each with the people it made, and the status counts two', () => {
    const both = { aliasLines: [...firstSplit, ...lines], applied: firstSplit, decisions: {} };
    const splits = acceptedSplits(both);
    expect(splits.map((sp) => [sp.name, sp.into.length + 1, sp.status])).toEqual([
      ['Kel Varro', 2, 'applied'],
      ['Kel Varro', 3, 'pending'],
    ]);
    expect(decisionStatus(decisionCounts(both))).toBe('2 splits accepted; 1 split not applied yet.');
  });

  it('the alias file maps no paper to the person split off before', () => {
    const file = combinedAliasFile([...firstSplit, ...lines], null);
    expect(file).toContain('Kel Varro\tKel Varro (3)\tdoi-c');
    expect(file.split('\n').filter((l) => l.includes('Kel Varro (2)')).map((l) => l.split('\t')[2])).toEqual(['doi-a', 'doi-b']);
  });

  it('the link keeps which split each line came with', () => {
    const saved = decodeDecisions(encodeDecisions({ lines: firstSplit, pending: lines, decisions: {} }))!;
    expect(acceptedSplits({ aliasLines: [...saved.lines, ...saved.pending!], applied: saved.lines })).toHaveLength(2);
  });
});

describe('two accepted merges of one name', () => {
  const lines = [
    { variant: 'Ines Dahl', canonical: 'Ines M. Dahl' },
    { variant: 'Ines Dahl', canonical: 'Ines Maria Dahl' },
  ];

  it('make all three names one person: every name to the first kept name', () => {
    expect(transitiveLines(lines)).toEqual([
      { variant: 'Ines Dahl', canonical: 'Ines M. Dahl' },
      { variant: 'Ines Maria Dahl', canonical: 'Ines M. Dahl' },
    ]);
    expect(aliasFileLineCount(lines)).toBe(2);
  });

  it('a chain of merges (A into B, then B into C) goes to the name kept last', () => {
    expect(
      transitiveLines([
        { variant: 'A. Moss', canonical: 'Ada Moss' },
        { variant: 'Ada Moss', canonical: 'Ada J. Moss' },
      ]),
    ).toEqual([
      { variant: 'Ada Moss', canonical: 'Ada J. Moss' },
      { variant: 'A. Moss', canonical: 'Ada J. Moss' },
    ]);
  });

  it('are never "all applied" while the map does not show one of them', () => {
    const decisions = { 'Ines M. Dahl\u0000Ines Dahl': 'accepted' as const, 'Ines Maria Dahl\u0000Ines Dahl': 'accepted' as const };
    const state = { aliasLines: lines, applied: lines, decisions };
    // the map as a build that used the last line only made it: Ines Dahl went to Ines Maria Dahl
    const missing = mergesNotInMap(['Ines M. Dahl', 'Ines Maria Dahl'], [['Ines M. Dahl'], ['Ines Maria Dahl', 'Ines Dahl']], state);
    expect(missing).toEqual(['Ines M. Dahl\u0000Ines Dahl']);
    expect(decisionStatus(decisionCounts(state, missing.length))).toBe('2 merges accepted; 1 merge applied but not on the map (see the notes below).');
    // the map built with the transitive file: one person with the three names
    expect(mergesNotInMap(['Ines M. Dahl'], [['Ines M. Dahl', 'Ines Dahl', 'Ines Maria Dahl']], state)).toEqual([]);
  });
});

describe('an applied merge undone', () => {
  it('says it waits for the apply', () => {
    const applied = [{ variant: 'Ros Chuang', canonical: 'Ros Chung' }];
    const undone = undoneMerges({ aliasLines: [], applied });
    expect(undone).toEqual([{ keep: 'Ros Chung', merged: ['Ros Chuang'] }]);
    expect(undoneMergesText(undone)).toBe('Undone: “Ros Chuang” → “Ros Chung” — apply to rebuild without it.');
    expect(undoneMergesText(undoneMerges({ aliasLines: applied, applied }))).toBe('');
  });
});
