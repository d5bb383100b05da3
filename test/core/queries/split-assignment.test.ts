/**
 * The split a card offers, with each group (or body of work) given to the person the user chooses: the alias lines
 * it records, and the map the build makes of them (a tester, Fei Liu at 30k: the split moved group 2 alone to "Fei
 * Liu (2)", and group 3, the same other person's in the Anthology, could not go with it). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { assignedDecisions, assignedEvidence, assignedMoves, claimDecisions, compactAssignment, homonymEvidence, splitParts } from '../../../src/core/queries/homonyms';
import { aliasFileFor } from '../../../src/core/queries/synonyms';
import { parseAliasFile } from '../../../src/core/names/index';
import { peopleBehind } from '../../../src/app/features/whoiswho/people-behind';

const jsonl = (rows: { title: string; authors: string[] }[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');

// "Mira Vance": four groups of papers that share no co-author (6 on glaciers, 4 on parsing, 3 on sign language, 2
// on beekeeping)
const rows = [
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ title: `Glacier calving fronts ${i}`, authors: ['Mira Vance', 'Oda Rask', 'Per Lund'] })),
  ...[1, 2, 3, 4].map((i) => ({ title: `Dependency parsing of reed ${i}`, authors: ['Mira Vance', 'Tomas Ekberg'] })),
  ...[1, 2, 3].map((i) => ({ title: `Sign language corpora ${i}`, authors: ['Mira Vance', 'Ines Halvorsen'] })),
  ...[1, 2].map((i) => ({ title: `Beekeeping ledgers ${i}`, authors: ['Mira Vance', 'Ugo Belli'] })),
];

describe('a split as the user assigns its groups', () => {
  const build = (aliases?: string) => buildText('vance.jsonl', jsonl(rows), aliases ? { aliases: { name: 'split.tsv', text: aliases } } : {}).bundle;
  const bundle = build();
  const vance = bundle.authors.name.indexOf('Mira Vance');
  const split = peopleBehind(bundle, vance);
  const titlesOf = (papers: readonly number[]) => papers.map((p) => bundle.papers.title[p]!.replace(/ \d$/, ''));
  /** Papers of each person of the map the build makes with the lines. */
  const rebuilt = (lines: ReturnType<typeof assignedDecisions>) => {
    const b = build(aliasFileFor(lines));
    return Object.fromEntries(b.authors.name.map((n, i) => [n, b.authors.paperCount[i]!]).filter(([n]) => String(n).startsWith('Mira Vance')));
  };

  it('one part per group, the proposal the claim split: group 1 stays, group k goes to "(k)"', () => {
    expect(split.groups.map((g) => titlesOf(g.papers)[0])).toEqual(['Glacier calving fronts', 'Dependency parsing of reed', 'Sign language corpora', 'Beekeeping ledgers']);
    const parts = splitParts(split, null);
    expect(parts.map((p) => [p.from, p.number, p.papers.length, p.proposed])).toEqual([
      ['group', 1, 6, 0],
      ['group', 2, 4, 1],
      ['group', 3, 3, 2],
      ['group', 4, 2, 3],
    ]);
    // left as proposed, the lines are the split's of before
    const e = homonymEvidence(bundle, split);
    expect(assignedDecisions(bundle, split, splitParts(split, e), splitParts(split, e).map((p) => p.proposed))).toEqual(claimDecisions(bundle, split, e));
  });

  it('groups 2 and 3 as one other person: their 7 papers go to "Mira Vance (2)", group 4 stays', () => {
    const parts = splitParts(split, null);
    const lines = assignedDecisions(bundle, split, parts, [0, 1, 1, 0]);
    expect(new Set(lines.map((l) => l.canonical))).toEqual(new Set(['Mira Vance (2)']));
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => l.variant === 'Mira Vance' && l.paper !== null)).toBe(true);
    // the alias file reads back as the same lines, and builds the map the user chose
    const file = aliasFileFor(lines);
    expect(parseAliasFile('split.tsv', file).map((r) => [r.variant, r.canonical, r.paper])).toEqual(lines.map((l) => [l.variant, l.canonical, l.paper]));
    expect(rebuilt(lines)).toEqual({ 'Mira Vance': 8, 'Mira Vance (2)': 7 });
  });

  it('group 3 as a third person: "Mira Vance (2)" gets group 2, "Mira Vance (3)" group 3', () => {
    const parts = splitParts(split, null);
    const lines = assignedDecisions(bundle, split, parts, [0, 1, 2, 0]);
    const titlesTo = (to: string) => new Set(lines.filter((l) => l.canonical === to).map((l) => l.paper!.replace(/ \d$/, '')));
    expect(titlesTo('Mira Vance (2)')).toEqual(new Set(['Dependency parsing of reed']));
    expect(titlesTo('Mira Vance (3)')).toEqual(new Set(['Sign language corpora']));
    expect(rebuilt(lines)).toEqual({ 'Mira Vance': 8, 'Mira Vance (2)': 4, 'Mira Vance (3)': 3 });
    expect(assignedMoves(parts, [0, 1, 2, 0]).map((m) => [m.person, m.parts.map((p) => p.number), m.papers.length])).toEqual([
      [1, [2], 4],
      [2, [3], 3],
    ]);
  });

  it('new people are numbered without a gap, and nothing moved records nothing', () => {
    expect(compactAssignment([0, 3, 0, 5])).toEqual([0, 1, 0, 2]);
    expect(compactAssignment([2, 0, 2, 0])).toEqual([1, 0, 1, 0]);
    const parts = splitParts(split, null);
    // only group 4 chosen, as the chooser's third person: it is "Mira Vance (2)", no "(3)" without a "(2)"
    expect(new Set(assignedDecisions(bundle, split, parts, [0, 0, 0, 3]).map((l) => l.canonical))).toEqual(new Set(['Mira Vance (2)']));
    expect(assignedDecisions(bundle, split, parts, [0, 0, 0, 0])).toEqual([]);
    // the largest group may go too: the name keeps what is left
    expect(rebuilt(assignedDecisions(bundle, split, parts, [1, 0, 0, 0]))).toEqual({ 'Mira Vance': 9, 'Mira Vance (2)': 6 });
  });

  it('one paper given a person over its group: a glacier paper to "Mira Vance (2)" with group 2, a parsing paper kept', () => {
    const parts = splitParts(split, null);
    const [g1, g2] = parts.map((p) => p.papers);
    const papers = new Map([
      [g1![0]!, 1],
      [g2![0]!, 0],
    ]);
    const moves = assignedMoves(parts, [0, 1, 0, 0], papers);
    expect(moves.map((m) => [m.person, m.parts.map((p) => p.number), m.single.length, m.papers.length])).toEqual([[1, [2], 1, 4]]);
    expect(rebuilt(assignedDecisions(bundle, split, parts, [0, 1, 0, 0], papers))).toEqual({ 'Mira Vance': 11, 'Mira Vance (2)': 4 });
    // a person with papers given one by one only is numbered after the parts' people, without a gap
    expect(compactAssignment([0, 2, 0, 0], new Map([[g1![0]!, 5]]))).toEqual([[0, 1, 0, 0], new Map([[g1![0]!, 2]])]);
    expect(rebuilt(assignedDecisions(bundle, split, parts, [0, 0, 0, 0], new Map([[g1![0]!, 1]])))).toEqual({ 'Mira Vance': 14, 'Mira Vance (2)': 1 });
  });

  it("says each chosen person's evidence against who keeps the name: groups 2 and 3 given to one person", () => {
    const parts = splitParts(split, null);
    const [g1, g2, g3, g4] = parts.map((p) => p.papers);
    const lines = assignedEvidence(bundle, vance, [
      { name: 'Mira Vance', papers: [...g1!, ...g4!], what: 'group 1 and group 4', pieces: [g1!, g4!] },
      { name: 'Mira Vance (2)', papers: [...g2!, ...g3!], what: 'group 2 and group 3', pieces: [g2!, g3!] },
    ]);
    expect(lines).toHaveLength(1);
    // each side's groups and a co-author of each (group 3's Ines Halvorsen), then what sets them apart
    expect(lines[0]).toMatch(
      /^“Mira Vance \(2\)”, 7 papers \(group 2 and group 3; 2020; with Tomas Ekberg and Ines Halvorsen\), against “Mira Vance”, 8 papers \(group 1 and group 4; 2020; with (Oda Rask|Per Lund) and Ugo Belli\): different topics: dependency, parsing vs\. glacier, calving; no shared co-author, and no co-author of one wrote with a co-author of the other\.$/,
    );
    // a co-author in common is named
    const mixed = assignedEvidence(bundle, vance, [
      { name: 'Mira Vance', papers: [...g1!.slice(3), ...g2!] },
      { name: 'Mira Vance (2)', papers: g1!.slice(0, 3) },
    ]);
    expect(mixed[0]).toMatch(/2 co-authors in common \((Oda Rask and Per Lund|Per Lund and Oda Rask)\)/);
    // nothing to set apart
    expect(assignedEvidence(bundle, vance, [{ name: 'Mira Vance', papers: g1! }])).toEqual([]);
    expect(assignedEvidence(bundle, vance, [{ name: 'Mira Vance', papers: g1! }, { name: 'Mira Vance (2)', papers: [] }])).toEqual([]);
  });

  it('a claim on bodies of work: a body is a part, and what of its group it leaves is another', () => {
    const e = homonymEvidence(bundle, split);
    const [g1, g2] = split.groups.map((g) => g.papers);
    const body = (papers: number[], probability: number) => ({ ...e.bodyFacts[0]!, papers, probability });
    // body 2: three of group 1's six papers (more likely than not another person's); body 3: all of group 2 (not likely)
    const onBodies = { ...e, bodyProbability: 0.8, bodyFacts: [body(g1!.slice(3), 0), body(g1!.slice(0, 3), 0.8), body(g2!, 0.3)] };
    const parts = splitParts(split, onBodies);
    expect(parts.map((p) => [p.from, p.number, p.group, p.whole, p.papers.length, p.proposed])).toEqual([
      ['group', 1, 0, false, 3, 0],
      ['body', 2, 0, false, 3, 1],
      ['group', 2, 1, true, 4, 0],
      ['group', 3, 2, true, 3, 0],
      ['group', 4, 3, true, 2, 0],
    ]);
    // as proposed: the claim's split (body 2 alone)
    expect(assignedDecisions(bundle, split, parts, parts.map((p) => p.proposed))).toEqual(claimDecisions(bundle, split, onBodies));
    // body 2 and group 4 one person, group 3 another
    expect(rebuilt(assignedDecisions(bundle, split, parts, [0, 1, 0, 2, 1]))).toEqual({ 'Mira Vance': 7, 'Mira Vance (2)': 5, 'Mira Vance (3)': 3 });
    // a body that is all of its group is that group
    const whole = { ...onBodies, bodyFacts: [body(g1!, 0), body(g2!, 0.8)] };
    expect(splitParts(split, whole).map((p) => [p.from, p.number, p.group, p.whole, p.proposed])).toEqual([
      ['group', 1, 0, true, 0],
      ['body', 2, 1, true, 1],
      ['group', 3, 2, true, 0],
      ['group', 4, 3, true, 0],
    ]);
  });
});
