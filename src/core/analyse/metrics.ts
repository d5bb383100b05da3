export interface AuthorMetrics {
  paperCount: number[];
  coauthorCount: number[];
  weightedDegree: number[];
}

/**
 * Per-author counts for the bundle, each an array indexed by author: `paperCount` (papers the author is on,
 * full counting), `coauthorCount` (distinct co-authors: the author's degree in the co-author network) and
 * `weightedDegree` (the author's total link strength: the sum of the link strengths of their co-author links,
 * in the unit of `links.weight`, i.e. fractional or full counting as built; VOSviewer's "total link strength").
 * `paperAuthors[p]` lists paper p's author indices (each once); `links` are the co-author links as parallel
 * columns, each pair once. Pure; throws nothing.
 */
export function authorMetrics(authorCount: number, paperAuthors: number[][], links: { source: number[]; target: number[]; weight: number[] }): AuthorMetrics {
  const paperCount = new Array<number>(authorCount).fill(0);
  const coauthorCount = new Array<number>(authorCount).fill(0);
  const weightedDegree = new Array<number>(authorCount).fill(0);
  for (const authors of paperAuthors) for (const a of authors) paperCount[a]!++;
  for (let e = 0; e < links.source.length; e++) {
    const s = links.source[e]!;
    const t = links.target[e]!;
    coauthorCount[s]!++;
    coauthorCount[t]!++;
    weightedDegree[s]! += links.weight[e]!;
    weightedDegree[t]! += links.weight[e]!;
  }
  return { paperCount, coauthorCount, weightedDegree };
}

/** Per community: its authors sorted by weighted degree, then papers, then index. */
export function topAuthorsByCommunity(ofAuthor: number[], count: number, m: AuthorMetrics, limit = 10): number[][] {
  const members: number[][] = Array.from({ length: count }, () => []);
  ofAuthor.forEach((c, i) => members[c]!.push(i));
  return members.map((list) =>
    list
      .sort((a, b) => m.weightedDegree[b]! - m.weightedDegree[a]! || m.paperCount[b]! - m.paperCount[a]! || a - b)
      .slice(0, limit),
  );
}
