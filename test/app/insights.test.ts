/**
 * The insight tools' pure pieces, on the seed and small lists: the year filter, the people behind a
 * name, the alias file applied by the pipeline, the chain as canvas emphasis, download names.
 */
import { describe, expect, it } from 'vitest';
import { mergeDecisions, suggestSamePerson } from '../../src/core/queries/synonyms';
import { shortestCoauthorChain } from '../../src/core/queries/chains';
import { prepareDataset } from '../../src/app/data/dataset';
import { createAtlasStore } from '../../src/app/store';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import { buildSigmaGraph } from '../../src/app/graph/sigma-graph';
import { authorKey, paperKey } from '../../src/app/graph/node-keys';
import { combinedAliasFile } from '../../src/app/features/whoiswho/alias-file';
import { chainEmphasis } from '../../src/app/features/chain/chain-emphasis';
import { resolveEmphasis } from '../../src/app/graph/emphasis';
import { fileBase } from '../../src/app/download';
import { peopleBehind } from '../../src/app/features/whoiswho/people-behind';
import { buildFiles, buildText, SEED_PATH } from '../core/helpers';

const seed = buildFiles([SEED_PATH]).bundle;
const author = (bundle: typeof seed, name: string) => {
  const i = bundle.authors.name.indexOf(name);
  if (i < 0) throw new Error(`no author ${name}`);
  return i;
};

describe('year range filter', () => {
  const jsonl = [
    { id: 'a', title: 'Old paper', authors: ['Ada Old', 'Bo Both'], year: 2018 },
    { id: 'b', title: 'Middle paper', authors: ['Bo Both', 'Cy Mid'], year: 2019 },
    { id: 'c', title: 'New paper', authors: ['Cy Mid', 'Di New'], year: 2020 },
    { id: 'd', title: 'Undated paper', authors: ['Ed Nodate', 'Di New'], year: null },
  ]
    .map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null }))
    .join('\n');
  const { bundle } = buildText('years.jsonl', jsonl);
  const visibleAuthors = (years: [number, number] | null) => {
    const v = computeVisibility(bundle, { ...DEFAULT_FILTERS, years });
    return bundle.authors.name.filter((_, i) => v.author[i] === 1).sort();
  };
  const visiblePapers = (years: [number, number] | null) => {
    const v = computeVisibility(bundle, { ...DEFAULT_FILTERS, years });
    return bundle.papers.title.filter((_, p) => v.paper[p] === 1).sort();
  };

  it('keeps the papers of those years and the authors of at least one of them', () => {
    expect(visiblePapers([2019, 2020])).toEqual(['Middle paper', 'New paper']);
    expect(visibleAuthors([2019, 2020])).toEqual(['Bo Both', 'Cy Mid', 'Di New']);
    expect(visibleAuthors([2018, 2018])).toEqual(['Ada Old', 'Bo Both']);
  });

  it('without a range, undated papers and their authors stay; with one, they go', () => {
    expect(visiblePapers(null)).toHaveLength(4);
    expect(visibleAuthors(null)).toContain('Ed Nodate');
    expect(visibleAuthors([2018, 2020])).not.toContain('Ed Nodate');
    expect(computeVisibility(bundle, { ...DEFAULT_FILTERS, years: [2018, 2020] }).paperCount).toBe(3);
  });

  it('search leaves out what the range hides (the store filters hits by visibility)', () => {
    const store = createAtlasStore();
    store.getState().openDataset(prepareDataset(bundle, async () => [], null));
    const titles = () =>
      store
        .getState()
        .hits.filter((h) => h.kind === 'paper')
        .map((h) => bundle.papers.title[h.index])
        .sort();
    store.getState().setQuery('paper');
    expect(titles()).toEqual(['Middle paper', 'New paper', 'Old paper', 'Undated paper']);
    // setting the range re-runs the open search: the hidden papers leave the hits at once
    store.getState().setYearRange([2019, 2020]);
    expect(titles()).toEqual(['Middle paper', 'New paper']);
    store.getState().setYearRange(null);
    expect(titles()).toHaveLength(4);
  });
});

describe('people behind a name (seed)', () => {
  it('Jialiang Wang stands for 4 people: the five generative-model papers, the two robust-optimization papers, Mini-Hes, FaKnow', () => {
    const split = peopleBehind(seed, seed.focalAuthor!);
    const titles = split.groups.map((g) => g.papers.map((p) => seed.papers.title[p]));
    expect(titles.map((t) => t.length)).toEqual([5, 2, 1, 1]);
    expect(titles[1]).toContain('Interpreting Robust Optimization via Adversarial Influence Functions');
    expect(split.groups[1]!.coauthors.map((c) => seed.authors.name[c])).toEqual(expect.arrayContaining(['Zhun Deng', 'Cynthia Dwork']));
    expect(titles.slice(2).flat().some((t) => t.startsWith('Mini-Hes'))).toBe(true);
    expect(titles.slice(2).flat().some((t) => t.startsWith('FaKnow'))).toBe(true);
    // every paper of the name is in exactly one group
    expect(split.groups.flatMap((g) => g.papers).concat(split.unattached).sort((a, b) => a - b)).toEqual([...Array(9).keys()]);
  });
});

describe('alias file applied by the pipeline', () => {
  it('accepting Chung / Chuang gives one author with both papers and both spellings', () => {
    const suggestion = suggestSamePerson(seed).find((s) => s.names.includes('Ching-Yao Chung'))!;
    const text = combinedAliasFile(mergeDecisions(seed, suggestion), null);
    const { bundle } = buildFiles([SEED_PATH], { aliases: { name: 'aliases.tsv', text } });
    expect(bundle.stats.authors).toBe(108);
    const chuang = author(bundle, 'Ching-Yao Chuang');
    expect(bundle.authors.paperCount[chuang]).toBe(2);
    expect(bundle.authors.aliases[chuang]).toEqual(['Ching-Yao Chung']);
  });

  it("keeps the dataset's own alias file first", () => {
    const text = combinedAliasFile([{ variant: 'Ching-Yao Chung', canonical: 'Ching-Yao Chuang' }], { name: 'own.tsv', text: 'Zhun Deng\tZ. Deng\n\n' });
    expect(text.split('\n')).toEqual(['Zhun Deng\tZ. Deng', expect.stringMatching(/^#/), 'Ching-Yao Chung\tChing-Yao Chuang', '']);
  });
});

describe('chain emphasis', () => {
  const chain = shortestCoauthorChain(seed, author(seed, 'Cynthia Dwork'), author(seed, 'Philippe Hansen-Estruch'))!;

  it('authors and papers view: the authors, the paper of each step and the authorship edges between them', () => {
    const graph = buildSigmaGraph(seed, 'papers', 'light');
    const e = resolveEmphasis(graph, chainEmphasis(chain));
    const papers = chain.steps.map((s) => paperKey(s.paper));
    expect([...e.nodes].sort()).toEqual([...chain.authors.map(authorKey), ...papers].sort());
    expect(e.edges.size).toBe(4);
    const ends = [...e.edges].map((edge) => graph.extremities(edge).sort().join('-')).sort();
    const expected = chain.steps.flatMap((s) => [[authorKey(s.from), paperKey(s.paper)], [authorKey(s.to), paperKey(s.paper)]].map((p) => p.sort().join('-'))).sort();
    expect(ends).toEqual(expected);
  });

  it('co-author view: the authors and the links between consecutive ones', () => {
    const graph = buildSigmaGraph(seed, 'coauthors', 'light');
    const e = resolveEmphasis(graph, chainEmphasis(chain));
    expect(e.nodes.size).toBe(3);
    expect([...e.edges].map((edge) => graph.extremities(edge).sort().join('-')).sort()).toEqual(
      chain.steps.map((s) => [authorKey(s.from), authorKey(s.to)].sort().join('-')).sort(),
    );
  });
});

describe('download names', () => {
  it('come from the dataset id, else a slug of its name', () => {
    const dataset = prepareDataset(seed, async () => [], 'wang-jialiang');
    expect(fileBase(dataset)).toBe('wang-jialiang');
    const named = prepareDataset({ ...seed, name: 'ACL Anthology 2016–2021 (1 in 20): Café' }, async () => [], null);
    expect(fileBase(named)).toBe('acl-anthology-2016-2021-1-in-20-cafe');
  });
});
