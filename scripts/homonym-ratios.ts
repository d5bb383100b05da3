/**
 * npm run eval:homonym-ratios [-- CORPUS.jsonl] [--abstracts]
 *
 * Measures the likelihood ratios the "may be N different people" check weighs its evidence with
 * (`TOPIC_LR`, `VENUE_LR` in src/core/queries/homonyms.ts), without any person id:
 *  - "one person": the side clusters (against the largest cluster) of every person with 2+ papers whose name
 *    is rare (under 0.003 other people expected with it, surname not on the common lists): almost surely one
 *    person each;
 *  - "different people": 20,000 pairs of one such person's largest cluster with another such person's side
 *    cluster (no co-author in common, seeded).
 * For each (largest-cluster size bin, side-cluster size bin) it prints the ratio P(x | different) / P(x | one)
 * per topic-similarity bin (add-½ smoothed, made non-increasing in similarity, capped at 20; cells with under
 * 100 pairs pool the two larger main bins), of a venue in common, and of years that do not overlap.
 * Default corpus: ../shared/corpora/acl_2016_2021_all.jsonl (titles only; `--abstracts` adds abstracts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCorpus } from './lib/name-eval';
import { splitPersonCandidates } from '../src/core/queries/homonyms';
import { namePrior } from '../src/core/queries/name-commonness';
import { authorPaperIndex, row } from '../src/core/bundle/indices';
import { topicIndex, topicSimilarity, topicVector } from '../src/core/queries/topics';
import { mulberry32 } from '../src/core/util/random';
import { paperYearRange } from '../src/core/bundle/years';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { abstracts: { type: 'boolean' } } });
const corpusPath = positionals[0] ?? resolve('..', 'shared', 'corpora', 'acl_2016_2021_all.jsonl');
if (!existsSync(corpusPath)) {
  process.stderr.write(`homonym-ratios: the corpus ${corpusPath} is not there (give one: npm run eval:homonym-ratios -- CORPUS.jsonl)\n`);
  process.exit(1);
}
const prep = prepareCorpus({ name: corpusPath, text: readFileSync(corpusPath, 'utf8') }, []);
const b = prep.bundle;
const abstracts = values.abstracts ? prep.abstracts : null;
const index = topicIndex(b, abstracts);
const api = authorPaperIndex(b);

interface Cluster {
  papers: number[];
  coauthors: Set<number>;
  vector: Map<number, number>;
}
interface Pair {
  sim: number;
  sharedVenue: boolean;
  disjointYears: boolean;
  side: number;
  main: number;
}

function clustersOf(a: number): Cluster[] {
  const split = splitPersonCandidates(b, a, abstracts);
  const byCluster = new Map<number, number[]>();
  for (const g of split.groups) byCluster.set(g.cluster, [...(byCluster.get(g.cluster) ?? []), ...g.papers]);
  return [...byCluster.values()]
    .sort((x, y) => y.length - x.length || Math.min(...x) - Math.min(...y))
    .map((papers) => {
      const coauthors = new Set<number>();
      for (const p of papers) for (const c of b.papers.authors[p]!) if (c !== a) coauthors.add(c);
      return { papers, coauthors, vector: topicVector(index, papers) };
    });
}
const yearsOf = (papers: number[]) => paperYearRange(b, papers);
function pair(main: Cluster, side: Cluster): Pair {
  const y0 = yearsOf(main.papers);
  const y1 = yearsOf(side.papers);
  const venues = new Set(main.papers.map((p) => b.papers.venue[p]));
  return {
    sim: topicSimilarity(main.vector, side.vector),
    sharedVenue: side.papers.some((p) => b.papers.venue[p] != null && venues.has(b.papers.venue[p])),
    disjointYears: !!(y0 && y1 && (y1[1] < y0[0] || y1[0] > y0[1])),
    side: side.papers.length,
    main: main.papers.length,
  };
}

const same: Pair[] = [];
const mains: Cluster[] = [];
const sides: Cluster[] = [];
let rare = 0;
for (let a = 0; a < b.authors.name.length; a++) {
  if (row(api, a).length < 2) continue;
  const prior = namePrior(b, a);
  if (prior.expectedInDataset >= 0.003 || prior.surnameTier) continue;
  rare++;
  const cl = clustersOf(a);
  if (cl.length === 0) continue;
  mains.push(cl[0]!);
  for (const s of cl.slice(1)) {
    same.push(pair(cl[0]!, s));
    sides.push(s);
  }
}
const random = mulberry32(7);
const different: Pair[] = [];
for (let k = 0; k < 20000 && sides.length; k++) {
  const m = mains[Math.floor(random() * mains.length)]!;
  const s = sides[Math.floor(random() * sides.length)]!;
  if ([...s.coauthors].some((c) => m.coauthors.has(c)) || s.papers.some((p) => m.papers.includes(p))) continue;
  different.push(pair(m, s));
}

const EDGES = [0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.2];
const simBin = (s: number) => {
  const i = EDGES.findIndex((e) => s < e);
  return i < 0 ? EDGES.length : i;
};
const sideBin = (n: number) => (n <= 1 ? 0 : n <= 3 ? 1 : 2);
const mainBin = (n: number) => (n <= 3 ? 0 : n <= 15 ? 1 : 2);
const r2 = (x: number) => Math.round(x * 100) / 100;
process.stdout.write(`${corpusPath}${abstracts ? ' (titles + abstracts)' : ' (titles)'}: ${rare} rarely named people with 2+ papers, ${same.length} one-person pairs, ${different.length} different-people pairs\n`);
process.stdout.write(`[main bin][side bin]: topic-similarity ratios per bin (edges ${EDGES.join(', ')}); venue in common [yes, no]; years apart [yes, no]\n`);
for (let m = 0; m < 3; m++)
  for (let n = 0; n < 3; n++) {
    let S = same.filter((x) => mainBin(x.main) === m && sideBin(x.side) === n);
    let F = different.filter((x) => mainBin(x.main) === m && sideBin(x.side) === n);
    if (S.length < 100 || F.length < 100) {
      S = same.filter((x) => mainBin(x.main) >= 1 && sideBin(x.side) === n);
      F = different.filter((x) => mainBin(x.main) >= 1 && sideBin(x.side) === n);
    }
    const k = EDGES.length + 1;
    const cs = new Array<number>(k).fill(0);
    const cf = new Array<number>(k).fill(0);
    for (const x of S) cs[simBin(x.sim)]!++;
    for (const x of F) cf[simBin(x.sim)]!++;
    const lr = cs.map((_, i) => (cf[i]! + 0.5) / (F.length + 0.5 * k) / ((cs[i]! + 0.5) / (S.length + 0.5 * k)));
    for (let i = 1; i < k; i++) lr[i] = Math.min(lr[i]!, lr[i - 1]!);
    const ratio = (f: (x: Pair) => boolean) => {
      const ps = S.filter(f).length / S.length;
      const pf = F.filter(f).length / F.length;
      return [r2(pf / ps), r2((1 - pf) / (1 - ps))];
    };
    process.stdout.write(
      `[${m}][${n}] ${S.length}/${F.length} pairs: topic ${JSON.stringify(lr.map((x) => r2(Math.min(20, x))))}; venue ${JSON.stringify(ratio((x) => x.sharedVenue))}; years ${JSON.stringify(ratio((x) => x.disjointYears))}\n`,
    );
  }
