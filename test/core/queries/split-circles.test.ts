/**
 * The co-author circles inside a group offered as parts of their own in the split a card offers (a tester, Yang Liu
 * at 30k: the card named the largest body's 4 circles, 28, 16, 8 and 7 papers, but the chooser offered only "Group 1
 * without body of work 2 · 76 papers", and taking Lapata's 16 papers out meant moving 76 and ~60 back by hand).
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers';
import { assignedDecisions, assignedMoves, claimDecisions, coauthorCircles, homonymEvidence, splitParts } from '../../../src/core/queries/homonyms';
import { aliasFileFor } from '../../../src/core/queries/synonyms';
import { peopleBehind } from '../../../src/app/features/whoiswho/people-behind';
import { partLabel, partNote, partWords } from '../../../src/app/features/whoiswho/split-part-words';

const jsonl = (rows: { title: string; authors: string[] }[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: 2020, venue: null, doi: null, abstract: null })).join('\n');

// "Tarja Lindqvist": one group of papers made of two circles of 5+ papers (7 with Oda Rask, 5 with Ivo Berg) and a
// circle of 2 (with Lena Holm), tied only through co-authors' co-authors (Oda Rask wrote with Ivo Berg and with Lena
// Holm, without her); and a group of 4 papers with Tomas Ekberg that nothing ties to the rest
const rows = [
  ...[1, 2, 3, 4, 5, 6, 7].map((i) => ({ title: `Glacier calving fronts ${i}`, authors: ['Tarja Lindqvist', 'Oda Rask'] })),
  ...[1, 2, 3, 4, 5].map((i) => ({ title: `Sea ice drift radar ${i}`, authors: ['Tarja Lindqvist', 'Ivo Berg'] })),
  ...[1, 2].map((i) => ({ title: `Moraine dating ${i}`, authors: ['Tarja Lindqvist', 'Lena Holm'] })),
  ...[1, 2, 3, 4].map((i) => ({ title: `Dependency parsing of reed ${i}`, authors: ['Tarja Lindqvist', 'Tomas Ekberg'] })),
  { title: 'Fjord sediment cores', authors: ['Oda Rask', 'Ivo Berg'] },
  { title: 'Firn density models', authors: ['Oda Rask', 'Lena Holm'] },
];

describe('the co-author circles of a group, each its own part of the split', () => {
  const build = (aliases?: string) => buildText('lindqvist.jsonl', jsonl(rows), aliases ? { aliases: { name: 'split.tsv', text: aliases } } : {}).bundle;
  const bundle = build();
  const author = bundle.authors.name.indexOf('Tarja Lindqvist');
  const split = peopleBehind(bundle, author);
  const evidence = homonymEvidence(bundle, split);
  const circles = coauthorCircles(bundle, author);
  const nameOf = (a: number) => bundle.authors.name[a]!;
  const titles = (papers: readonly number[]) => [...new Set(papers.map((p) => bundle.papers.title[p]!.replace(/ \d$/, '')))];

  it('offers each circle of 5+ papers as a part, named by its co-author with its papers, and the smaller circles as one', () => {
    expect(split.groups.map((g) => g.papers.length)).toEqual([14, 4]);
    const parts = splitParts(split, evidence, circles);
    expect(parts.map((p) => [partLabel(p, parts, nameOf), p.papers.length, partNote(p, -1, nameOf)])).toEqual([
      ['Circle with Oda Rask', 7, expect.stringMatching(/^in (body of work 1|group 1)$/)],
      ['Circle with Ivo Berg', 5, expect.stringMatching(/^in (body of work \d|group 1)$/)],
      ['Group 1, smaller circles', 2, 'circles under 5 papers'],
      ['Group 2', 4, ''],
    ]);
    expect(titles(parts[1]!.papers)).toEqual(['Sea ice drift radar']);
    expect(partWords(parts[1]!, nameOf)).toBe('the circle with Ivo Berg');
    // every placed paper in exactly one part
    const all = parts.flatMap((p) => p.papers);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(18);
    // without the circles: the parts as before (one per group)
    expect(splitParts(split, evidence).map((p) => p.papers.length)).toEqual([14, 4]);
  });

  it("left as proposed, the lines are the claim's: the circles go with their group", () => {
    const parts = splitParts(split, evidence, circles);
    expect(assignedDecisions(bundle, split, parts, parts.map((p) => p.proposed))).toEqual(claimDecisions(bundle, split, evidence));
  });

  it("choosing Ivo Berg's circle moves exactly its 5 papers, and the map built from the lines has them apart", () => {
    const parts = splitParts(split, evidence, circles);
    const assignment = parts.map((_, i) => (i === 1 ? 1 : 0));
    const lines = assignedDecisions(bundle, split, parts, assignment);
    expect(new Set(lines.map((l) => l.canonical))).toEqual(new Set(['Tarja Lindqvist (2)']));
    expect(lines.map((l) => l.paper!.replace(/ \d$/, ''))).toEqual(Array(5).fill('Sea ice drift radar'));
    expect(assignedMoves(parts, assignment).map((m) => [m.person, m.papers.length, m.parts.map((p) => partWords(p, nameOf))])).toEqual([[1, 5, ['the circle with Ivo Berg']]]);
    const rebuilt = build(aliasFileFor(lines));
    const count = (n: string) => rebuilt.authors.paperCount[rebuilt.authors.name.indexOf(n)];
    expect([count('Tarja Lindqvist'), count('Tarja Lindqvist (2)')]).toEqual([13, 5]);
  });
});
