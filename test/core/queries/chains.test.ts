import { describe, expect, it } from 'vitest';
import { SEED_PATH, buildFiles, aclMain } from '../helpers';
import { connectedAuthorCount, shortestCoauthorChain } from '../../../src/core/queries/chains';
import { authorPaperIndex, coauthorAdjacency, linkBetween, row, sharedPapers } from '../../../src/core/bundle/indices';
import type { Bundle } from '../../../src/core/bundle/types';

const author = (bundle: Bundle, name: string) => {
  const i = bundle.authors.name.indexOf(name);
  if (i < 0) throw new Error(`no author ${name}`);
  return i;
};

describe('on the seed', () => {
  const { bundle } = buildFiles([SEED_PATH]);
  const deng = author(bundle, 'Zhun Deng');
  const dwork = author(bundle, 'Cynthia Dwork');
  const wang = bundle.focalAuthor!;

  it('Deng and Dwork share exactly the two robust-optimization papers', () => {
    const titles = sharedPapers(bundle, deng, dwork).map((p) => bundle.papers.title[p]);
    expect(titles.sort()).toEqual([
      'Architecture Selection via the Trade-off Between Accuracy and Robustness',
      'Interpreting Robust Optimization via Adversarial Influence Functions',
    ]);
    expect(sharedPapers(bundle, dwork, deng).sort()).toEqual(sharedPapers(bundle, deng, dwork).sort());
    expect(bundle.coauthorLinks.shared[linkBetween(bundle, deng, dwork)]).toBe(2);
  });

  it('the focal author shares all nine papers with nobody, and each paper with its co-authors', () => {
    const polyak = author(bundle, 'Adam Polyak');
    expect(sharedPapers(bundle, wang, polyak).map((p) => bundle.papers.title[p])).toEqual(['Movie Gen: A Cast of Media Foundation Models']);
    expect(sharedPapers(bundle, deng, polyak)).toEqual([]);
    expect(sharedPapers(bundle, deng, deng)).toEqual([]);
  });

  it('Deng reaches a Movie Gen author through Jialiang Wang, with the paper behind each step', () => {
    const polyak = author(bundle, 'Adam Polyak');
    const chain = shortestCoauthorChain(bundle, deng, polyak)!;
    expect(chain.authors.map((a) => bundle.authors.name[a])).toEqual(['Zhun Deng', 'Jialiang Wang', 'Adam Polyak']);
    expect(chain.steps).toHaveLength(2);
    // Deng and Wang share two papers; the step shows one of them, and says there are two.
    expect(chain.steps[0]!.sharedCount).toBe(2);
    expect(bundle.papers.authors[chain.steps[0]!.paper]).toContain(deng);
    expect(bundle.papers.authors[chain.steps[0]!.paper]).toContain(wang);
    expect(bundle.papers.title[chain.steps[1]!.paper]).toBe('Movie Gen: A Cast of Media Foundation Models');
    expect(shortestCoauthorChain(bundle, deng, deng)).toEqual({ authors: [deng], steps: [] });
  });

  it('direct co-authors are one step apart, through their smallest shared paper', () => {
    // Chih-Yao Ma and Tingbo Hou share LinGen (13 authors) and Movie Gen (88): the step shows LinGen.
    const chain = shortestCoauthorChain(bundle, author(bundle, 'Chih-Yao Ma'), author(bundle, 'Tingbo Hou'))!;
    expect(chain.authors).toHaveLength(2);
    expect(chain.steps[0]!.sharedCount).toBe(2);
    expect(bundle.papers.title[chain.steps[0]!.paper]).toMatch(/^LinGen/);
  });

  it("counts each author's connected group: the whole seed is one group through Jialiang Wang", () => {
    expect(connectedAuthorCount(bundle, wang)).toBe(bundle.authors.name.length);
    expect(connectedAuthorCount(bundle, dwork)).toBe(bundle.authors.name.length);
    expect(() => connectedAuthorCount(bundle, -1)).toThrow(RangeError);
  });

  it('rejects author indices that do not exist', () => {
    expect(() => sharedPapers(bundle, -1, 0)).toThrow(RangeError);
    expect(() => shortestCoauthorChain(bundle, 0, bundle.authors.name.length)).toThrow(RangeError);
  });

  it('builds its indices once per bundle and agrees with the bundle', () => {
    expect(coauthorAdjacency(bundle)).toBe(coauthorAdjacency(bundle));
    const papersIndex = authorPaperIndex(bundle);
    expect(row(papersIndex, wang)).toHaveLength(9);
    for (let a = 0; a < bundle.authors.name.length; a++) {
      expect(row(coauthorAdjacency(bundle), a).length).toBe(bundle.authors.coauthorCount[a]);
      expect(row(papersIndex, a).length).toBe(bundle.authors.paperCount[a]);
    }
  });
});

describe('on acl_2020_main', () => {
  const { bundle, report } = aclMain();

  it("an author of the largest connected group is linked to all of it (the build report's count)", () => {
    expect(connectedAuthorCount(bundle, author(bundle, 'Kentaro Inui'))).toBe(report.largestComponent);
  });

  // Chain lengths checked independently with a breadth-first search in Python over the JSONL author lists.
  it.each([
    ['Kentaro Inui', 'Lucia Specia', 4],
    ['Mausam', 'Ivan Vulić', 5],
    ['Kentaro Inui', 'Noah A. Smith', 5],
    ['Lucia Specia', 'Rada Mihalcea', 4],
  ])('%s to %s is %i steps, each a real shared paper', (a, b, steps) => {
    const chain = shortestCoauthorChain(bundle, author(bundle, a), author(bundle, b))!;
    expect(chain.steps).toHaveLength(steps);
    expect(bundle.authors.name[chain.authors[0]!]).toBe(a);
    expect(bundle.authors.name[chain.authors.at(-1)!]).toBe(b);
    for (const step of chain.steps) {
      expect(bundle.papers.authors[step.paper]).toContain(step.from);
      expect(bundle.papers.authors[step.paper]).toContain(step.to);
    }
  });

  it('says when two people are not connected', () => {
    // Aurélie Névéol's component (French clinical NLP) does not reach Kentaro Inui's.
    expect(shortestCoauthorChain(bundle, author(bundle, 'Kentaro Inui'), author(bundle, 'Aurélie Névéol'))).toBeNull();
  });

  it('shared papers match the link table for every link', () => {
    const L = bundle.coauthorLinks;
    for (let e = 0; e < L.source.length; e += 97) {
      expect(sharedPapers(bundle, L.source[e]!, L.target[e]!)).toHaveLength(L.shared[e]!);
      expect(linkBetween(bundle, L.target[e]!, L.source[e]!)).toBe(e);
    }
  });
});
