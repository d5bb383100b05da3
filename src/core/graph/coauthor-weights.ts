import type { Counting } from '../bundle/types';

export interface CoauthorLinks {
  source: number[];
  target: number[];
  weight: number[];
  shared: number[];
  /** Papers over the author cap (kept in the author–paper graph, no co-author weight). */
  cappedPapers: number;
}

/**
 * Weighted co-author projection of the author–paper graph.
 * Fractional counting (Newman): each shared paper with n authors adds 1/(n-1) to each pair; full: adds 1.
 */
export function coauthorLinks(paperAuthors: number[][], authorCount: number, counting: Counting, maxAuthors: number | null): CoauthorLinks {
  const acc = new Map<number, [number, number]>();
  let cappedPapers = 0;
  for (const authors of paperAuthors) {
    const n = authors.length;
    if (n < 2) continue;
    if (maxAuthors != null && n > maxAuthors) {
      cappedPapers++;
      continue;
    }
    const w = counting === 'fractional' ? 1 / (n - 1) : 1;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = authors[i]!;
        const b = authors[j]!;
        const key = a < b ? a * authorCount + b : b * authorCount + a;
        const cur = acc.get(key);
        if (cur) {
          cur[0] += w;
          cur[1] += 1;
        } else acc.set(key, [w, 1]);
      }
    }
  }
  const keys = [...acc.keys()].sort((x, y) => x - y);
  const out: CoauthorLinks = { source: [], target: [], weight: [], shared: [], cappedPapers };
  for (const key of keys) {
    const [w, s] = acc.get(key)!;
    out.source.push(Math.floor(key / authorCount));
    out.target.push(key % authorCount);
    out.weight.push(w);
    out.shared.push(s);
  }
  return out;
}
