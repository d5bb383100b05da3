/**
 * A split that gives papers to an author already on the map (split-targets.ts): a tester found that Yang Liu's body of
 * work 2 on the 30k map (the AMALGUM papers with Amir Zeldes) is Yang Janet Liu's, and the chooser offered only "Yang
 * Liu (2)", "(3)". Here "Mira Vance" has four groups of papers and "Mira J. Vance" two papers of her own: group 2 (or
 * one paper) given to her is written as `Mira Vance<TAB>Mira J. Vance<TAB>paper` lines, read back the same, and built
 * into a map where her paper count grows by as many as Mira Vance's shrinks (no paper lost or listed twice); the
 * decisions (Accepted list, status, link) say it as it is. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../core/helpers';
import { assignedDecisions, splitParts } from '../../src/core/queries/homonyms';
import { parseAliasFile } from '../../src/core/names/index';
import { peopleBehind } from '../../src/app/features/whoiswho/people-behind';
import { compactChoice, givenPapers, givenSplitLines, givenWords, givesToAuthor, newPeopleView, papersGivenTo, splitKeyOf, targetPerson } from '../../src/app/features/whoiswho/split-targets';
import { acceptedSplits, decisionCounts, decisionStatus, freshSplitNames, nameInUse, notSplitApart, splitAnswer, splitAnswerWords, type DecisionLine } from '../../src/app/features/whoiswho/store';
import { combinedAliasFile, transitiveLines } from '../../src/app/features/whoiswho/alias-file';
import { decodeDecisions, encodeDecisions } from '../../src/app/features/whoiswho/decisions-url';
import { decisionClashes } from '../../src/app/features/whoiswho/merge-groups';
import { splitPersonWords } from '../../src/core/bundle/report-words';

const jsonl = (rows: { title: string; authors: string[] }[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');

const rows = [
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ title: `Glacier calving fronts ${i}`, authors: ['Mira Vance', 'Oda Rask', 'Per Lund'] })),
  ...[1, 2, 3, 4].map((i) => ({ title: `Dependency parsing of reed ${i}`, authors: ['Mira Vance', 'Tomas Ekberg'] })),
  ...[1, 2, 3].map((i) => ({ title: `Sign language corpora ${i}`, authors: ['Mira Vance', 'Ines Halvorsen'] })),
  ...[1, 2].map((i) => ({ title: `Beekeeping ledgers ${i}`, authors: ['Mira Vance', 'Ugo Belli'] })),
  ...[1, 2].map((i) => ({ title: `Treebanks of reed ${i}`, authors: ['Mira J. Vance', 'Tomas Ekberg'] })),
];
const HER = 'Mira J. Vance';

describe('a split that gives papers to an author on the map', () => {
  const build = (aliases?: string) => buildText('vance.jsonl', jsonl(rows), aliases ? { aliases: { name: 'split.tsv', text: aliases } } : {}).bundle;
  const bundle = build();
  const vance = bundle.authors.name.indexOf('Mira Vance');
  const split = peopleBehind(bundle, vance);
  const parts = splitParts(split, null);
  /** The split's lines as the card makes them: new people first (named fresh), then the papers given. */
  const linesOf = (assignment: number[], papers: Map<number, number> = new Map(), targets = [HER]): DecisionLine[] => {
    const core = newPeopleView(assignment, papers);
    const raw = assignedDecisions(bundle, split, parts, core.assignment, core.papers);
    const fresh = freshSplitNames(raw, 'Mira Vance', nameInUse(bundle.authors.name, bundle.authors.aliases, { aliasLines: [], applied: [] }), parts.length);
    const given = givenPapers(parts, assignment, papers, targets);
    return [...fresh.lines, ...givenSplitLines(bundle, split, given, splitKeyOf('Mira Vance', fresh.lines[0]?.canonical, given))];
  };
  /** Each person's papers (titles) on the map built with `lines`' alias file, and every authorship. */
  const rebuilt = (lines: readonly DecisionLine[]) => {
    const b = build(combinedAliasFile(lines, null));
    const titles = (name: string) => {
      const a = b.authors.name.indexOf(name);
      return b.papers.title.filter((_, p) => b.papers.authors[p]!.includes(a)).sort();
    };
    const authorships = b.papers.authors.reduce((n, list) => n + list.length, 0);
    return { b, titles, authorships };
  };
  const before = rebuilt([]);

  it('group 2 given to her: one line per paper, Mira Vance → Mira J. Vance on that paper, read back the same', () => {
    expect(parts.map((p) => p.papers.length)).toEqual([6, 4, 3, 2]);
    const lines = linesOf([0, targetPerson(0), 0, 0]);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.variant === 'Mira Vance' && l.canonical === HER && /^Dependency parsing of reed \d$/.test(l.paper!))).toBe(true);
    expect(lines.every((l) => l.split === `Mira Vance → ${HER}` && givesToAuthor(l))).toBe(true);
    // written as a split's lines are (the paper in the third column), and read back as the same rules
    const file = combinedAliasFile(lines, null);
    expect(file).toContain(`Mira Vance\t${HER}\tDependency parsing of reed 1\n`);
    expect(parseAliasFile('split.tsv', file).map((r) => [r.variant, r.canonical, r.paper])).toEqual(lines.map((l) => [l.variant, l.canonical, l.paper]));
  });

  it('built, her papers are her 2 and the 4 given; Mira Vance keeps 11; no paper lost or listed twice', () => {
    const { b, titles, authorships } = rebuilt(linesOf([0, targetPerson(0), 0, 0]));
    expect(titles(HER)).toEqual([1, 2, 3, 4].map((i) => `Dependency parsing of reed ${i}`).concat([1, 2].map((i) => `Treebanks of reed ${i}`)));
    expect(titles('Mira Vance')).toHaveLength(11);
    expect(titles('Mira Vance').some((t) => t.startsWith('Dependency parsing'))).toBe(false);
    // the same authorships and the same people (no "Mira Vance (2)" made), no author twice on a paper
    expect(authorships).toBe(before.authorships);
    expect(b.stats.authors).toBe(before.b.stats.authors);
    expect(b.papers.authors.every((list) => new Set(list).size === list.length)).toBe(true);
    expect(b.authors.name.some((n) => n.startsWith('Mira Vance ('))).toBe(false);
  });

  it('with a new person too: group 3 to "Mira Vance (2)", group 2 to her, one split of three people', () => {
    const lines = linesOf([0, targetPerson(0), 1, 0]);
    expect(new Set(lines.map((l) => l.canonical))).toEqual(new Set(['Mira Vance (2)', HER]));
    expect(new Set(lines.map((l) => l.split))).toEqual(new Set(['Mira Vance (2)']));
    const { titles, authorships } = rebuilt(lines);
    expect(titles('Mira Vance')).toHaveLength(8);
    expect(titles('Mira Vance (2)')).toHaveLength(3);
    expect(titles(HER)).toHaveLength(6);
    expect(authorships).toBe(before.authorships);
    const state = { aliasLines: lines, applied: [], decisions: {} };
    const [sp] = acceptedSplits(state);
    expect(sp).toMatchObject({ name: 'Mira Vance', into: ['Mira Vance (2)'], given: [{ to: HER, papers: 4 }], status: 'pending' });
    expect(decisionStatus(decisionCounts(state))).toBe('1 split accepted, not applied yet.');
  });

  it('one paper given to her over its group that stays; the others of group 2 stay', () => {
    const paper = parts[1]!.papers[2]!;
    const lines = linesOf([0, 0, 0, 0], new Map([[paper, targetPerson(0)]]));
    expect(lines.map((l) => l.paper)).toEqual([bundle.papers.title[paper]]);
    const { titles } = rebuilt(lines);
    expect(titles(HER)).toHaveLength(3);
    expect(titles('Mira Vance')).toHaveLength(14);
  });

  it('the Accepted list, the status and the link say it: papers given, no new person; Undo takes it all back', () => {
    const lines = linesOf([0, targetPerson(0), 0, 0]);
    const applied = { aliasLines: lines, applied: lines, decisions: {} };
    const [sp] = acceptedSplits(applied);
    expect(sp).toMatchObject({ key: `Mira Vance → ${HER}`, name: 'Mira Vance', into: [], given: [{ to: HER, papers: 4 }], status: 'applied' });
    expect(decisionStatus(decisionCounts(applied))).toBe('1 split accepted, all applied.');
    // the link keeps the lines and their split (reload, shared link)
    const saved = decodeDecisions(encodeDecisions({ lines, decisions: {} }))!;
    expect(saved.lines).toEqual(lines);
    expect(acceptedSplits({ aliasLines: saved.lines, applied: saved.lines })[0]).toMatchObject({ given: [{ to: HER, papers: 4 }] });
    // undone (its lines taken back), waiting for the apply
    const undone = { aliasLines: [], applied: lines, decisions: {} };
    expect(acceptedSplits(undone)[0]!.status).toBe('undone');
    expect(decisionStatus(decisionCounts(undone))).toBe('No merge or split accepted; 1 split undone, not applied yet.');
  });

  it('the pair “Mira Vance ⇄ Mira J. Vance” is answered by it, accepted or applied (not offered as “Same person” again), and asked again once undone', () => {
    const lines = linesOf([0, targetPerson(0), 0, 0]);
    const pair = ['Mira Vance', HER] as const;
    const pending = acceptedSplits({ aliasLines: lines, applied: [] });
    const applied = acceptedSplits({ aliasLines: lines, applied: lines });
    expect(splitAnswer(pair, pending)).toEqual({ from: 'Mira Vance', to: HER, papers: 4, status: 'pending' });
    // either way round, as the checks order the pair (the name kept first)
    expect(splitAnswer([HER, 'Mira Vance'], applied)).toEqual({ from: 'Mira Vance', to: HER, papers: 4, status: 'applied' });
    expect(splitAnswerWords(splitAnswer(pair, applied)!)).toBe(`Answered by the split that gives 4 papers of “Mira Vance” to “${HER}” (applied)`);
    expect(splitAnswerWords(splitAnswer(pair, pending)!)).toBe(`Answered by the split that gives 4 papers of “Mira Vance” to “${HER}” (not applied yet)`);
    // the count written as the explorer writes counts (format.ts countOf): one paper, thousands separated
    expect(splitAnswerWords({ from: 'Mira Vance', to: HER, papers: 1, status: 'applied' })).toBe(`Answered by the split that gives 1 paper of “Mira Vance” to “${HER}” (applied)`);
    expect(splitAnswerWords({ from: 'Mira Vance', to: HER, papers: 1200, status: 'pending' })).toBe(`Answered by the split that gives 1,200 papers of “Mira Vance” to “${HER}” (not applied yet)`);
    // undone: the question is open again; another pair of the name is not answered by it
    expect(splitAnswer(pair, acceptedSplits({ aliasLines: [], applied: lines }))).toBeNull();
    expect(splitAnswer(['Mira Vance', 'M. Vance'], applied)).toBeNull();
    // (still listed: not a split apart of one name into new people)
    expect(notSplitApart([{ names: pair }], applied)).toHaveLength(1);
  });

  it('on the map built with it, her card’s groups say which papers the split gave her (a group of them alone read as another person)', () => {
    // group 3 (sign language, with Ines Halvorsen) given to her: nothing ties it to her own 2 papers (with Tomas Ekberg)
    const lines = linesOf([0, 0, targetPerson(0), 0]);
    const { b } = rebuilt(lines);
    const her = b.authors.name.indexOf(HER);
    const groups = peopleBehind(b, her).groups;
    expect(groups.map((g) => g.papers.length)).toEqual([3, 2]);
    const given = papersGivenTo(b, her, lines);
    expect([...given.keys()].map((p) => b.papers.title[p]).sort()).toEqual([1, 2, 3].map((i) => `Sign language corpora ${i}`));
    expect(givenWords(groups[0]!.papers, given)).toBe('given by the split of “Mira Vance”');
    expect(givenWords(groups[1]!.papers, given)).toBe('');
    expect(givenWords([...groups[0]!.papers, ...groups[1]!.papers], given)).toBe('3 given by the split of “Mira Vance”');
    // Mira Vance's own card: nothing given to him
    expect(papersGivenTo(b, b.authors.name.indexOf('Mira Vance'), lines).size).toBe(0);
  });

  it('a merge of the two names does not clash with it (both make them one person on those papers)', () => {
    const lines = linesOf([0, targetPerson(0), 0, 0]);
    const merge = { variant: HER, canonical: 'Mira Vance' };
    expect(decisionClashes({ decisions: { [`Mira Vance\u0000${HER}`]: 'accepted' }, aliasLines: [merge, ...lines], applied: [] })).toEqual([]);
    // the file maps her to the name kept, and the paper lines with her
    expect(transitiveLines([merge, ...lines]).filter((l) => l.paper).every((l) => l.canonical === 'Mira Vance')).toBe(true);
  });

  it('new people are numbered without a gap, authors on the map kept as they are', () => {
    expect(compactChoice([0, 3, -1, 5], new Map([[7, -2], [8, 5]]))).toEqual([[0, 1, -1, 2], new Map([[7, -2], [8, 2]])]);
  });
});

describe('the build report of a split that gives papers to an author on the map', () => {
  const build = (aliases: string) => buildText('vance.jsonl', jsonl(rows), { aliases: { name: 'split.tsv', text: aliases } });
  const given = [1, 2, 3, 4].map((i) => `Mira Vance\t${HER}\tDependency parsing of reed ${i}`);
  const newOne = [1, 2, 3].map((i) => `Mira Vance\tMira Vance (2)\tSign language corpora ${i}`);

  it('says she was given 4 papers by the split of “Mira Vance”, not that she is a new person of it', () => {
    const { report } = build([...newOne, ...given].join('\n') + '\n');
    const entries = report.merged.filter((m) => m.split);
    const her = entries.find((m) => m.kept === HER)!;
    const two = entries.find((m) => m.kept === 'Mira Vance (2)')!;
    expect(her.split).toEqual({ name: 'Mira Vance', people: 3, given: 4 });
    expect(splitPersonWords(her.split!)).toBe('given 4 papers by the split of “Mira Vance”');
    // the person the split made is still a new person of it
    expect(two.split).toEqual({ name: 'Mira Vance', people: 3 });
    expect(splitPersonWords(two.split!)).toBe('new person');
    expect(splitPersonWords({ name: 'Mira Vance', given: 1 })).toBe('given 1 paper by the split of “Mira Vance”');
  });
});
