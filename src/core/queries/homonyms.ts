/**
 * Who is who (2): one name, possibly several people.
 *
 * Set the person aside and look at their papers: two papers belong together when they share a
 * co-author. The connected components are the groups; a person whose papers fall into two or more
 * groups with no co-author in common may be several people ("may be 4 different people").
 * Papers the person wrote alone have no co-author to place them and are listed apart (`unattached`).
 *
 * A prolific person also has many such groups (each student, each project), but their co-authors
 * know each other through other paths. So groups are further joined when their co-authors are
 * connected in the co-author graph without the person (same biconnected component, computed once per
 * bundle with Tarjan's algorithm); the number of those `clusters` is how many people the name may
 * be, and `flagHomonyms` flags a person when it is 2 or more.
 *
 * Structure alone is no evidence (anyone whose students never wrote together has several groups), so
 * a flag also needs positive evidence that the groups differ, weighed against how common the name is
 * (`homonymEvidence`): per group beside the largest, different topics (title and abstract words,
 * cosine similarity under 0.05; 0.2 or more counts against), years that do not overlap, no venue in
 * common, each worth half as much for a group of a single paper; the two strongest groups count. The
 * name prior (see name-commonness.ts) is added: a sum of 0 or more makes the person a candidate.
 *
 * A candidate is not yet a claim. The claim "may be N different people" (`claimed`) is made when
 *  - the name is common enough that its separate groups are likely someone else: the expected number
 *    of namesakes among the groups, `namesakes` = (people expected with this exact name here, from the
 *    given-name and surname counts of the dataset: see name-commonness.ts) × (groups − 1), is at least
 *    `CLAIM_NAMESAKES` (10); or
 *  - the person is the dataset's focal author (a list gathered around one name, e.g. the seed format's
 *    first line): the list was made by that name, so namesakes from anywhere in the literature may be in
 *    it and the name counts inside the list say nothing; the evidence alone decides.
 * Calibration (`npm run eval:names`, README "Who is who, measured"): on acl_2016_2021_all the Anthology's
 * ids split 4 names among 6,907 people with 2+ groups; topic, year and venue differences did not rank
 * them (the candidates whose groups differ most, e.g. Mark Lee, are one id each), while the name
 * prior × groups did (Yang Liu first). 10 is a round cut at which the claims are right at least half the
 * time against those ids; on acl_2020_main (3k papers) no name reaches it. The ids are incomplete (Wei Wang,
 * Yue Zhang, … are one id each), so these precisions are lower bounds.
 *
 * Splitting is done with paper-level lines of the alias file (see `splitDecisions` and
 * `aliasFileFor` in name-suggestions.ts):
 *
 *   variant<TAB>canonical<TAB>paper
 *
 * where `variant` is the shared name as written (any spelling with the same name key), `canonical` is
 * the person those papers go to (a new name such as `Jialiang Wang (2)`, or an existing person's name),
 * and `paper` picks exactly one paper: its DOI when it has one, else its exact title (compared after
 * case, accent and punctuation folding). The rule applies only to that paper's author position whose
 * spelling has `variant`'s name key; 2-column lines for other papers are unaffected. One line per paper
 * moved; the largest group keeps the original name, so it needs no lines.
 */
import type { Abstracts, Bundle } from '../bundle/types';
import { authorPaperIndex, coauthorAdjacency, row } from '../bundle/indices';
import { mergeKey } from '../names/index';
import type { AliasDecision } from './synonyms';
import { namePrior, type NamePrior } from './name-commonness';
import { topicIndex, topicSimilarity, topicVector, topicWords } from './topics';

export interface PaperGroup {
  /** Paper indices, ascending. */
  papers: number[];
  /** Groups with the same cluster have co-authors connected to each other without this person. */
  cluster: number;
  /** Co-authors in this group (the person excluded), most papers in the group first. */
  coauthors: number[];
}

export interface PersonSplit {
  author: number;
  /** Groups of papers with no co-author in common, largest first (ties: earliest paper first). */
  groups: PaperGroup[];
  /** Papers with no co-author at all (cannot be placed in a group). */
  unattached: number[];
  /** Clusters of groups: how many different people the name may stand for (≥ 2: flag it). */
  clusters: number;
}

/** Reusable scratch space for scanning many people. */
interface Scratch {
  stamp: Int32Array;
  firstPaper: Int32Array;
}

function scratchFor(bundle: Bundle): Scratch {
  const n = bundle.authors.name.length;
  return { stamp: new Int32Array(n).fill(-1), firstPaper: new Int32Array(n) };
}

/** Component label (0-based, -1 for a solo paper) of each of `papers`, which are `author`'s papers. */
function paperComponents(bundle: Bundle, author: number, papers: ArrayLike<number>, scratch: Scratch): { label: Int32Array; count: number } {
  const k = papers.length;
  const parent = new Int32Array(k);
  for (let i = 0; i < k; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const solo = new Uint8Array(k).fill(1);
  for (let i = 0; i < k; i++) {
    for (const c of bundle.papers.authors[papers[i]!]!) {
      if (c === author) continue;
      solo[i] = 0;
      if (scratch.stamp[c] !== author) {
        scratch.stamp[c] = author;
        scratch.firstPaper[c] = i;
      } else {
        const x = find(i);
        const y = find(scratch.firstPaper[c]!);
        if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
  }
  const label = new Int32Array(k).fill(-1);
  const rootLabel = new Map<number, number>();
  for (let i = 0; i < k; i++) {
    if (solo[i]) continue;
    const r = find(i);
    let l = rootLabel.get(r);
    if (l === undefined) rootLabel.set(r, (l = rootLabel.size));
    label[i] = l;
  }
  return { label, count: rootLabel.size };
}

/** The groups of one person's papers (see the module comment). */
export function splitPersonCandidates(bundle: Bundle, author: number): PersonSplit {
  if (!Number.isInteger(author) || author < 0 || author >= bundle.authors.name.length) {
    throw new RangeError(`no author with index ${author}`);
  }
  const papers = row(authorPaperIndex(bundle), author);
  return splitFromComponents(bundle, author, papers, paperComponents(bundle, author, papers, scratchFor(bundle)));
}

/** The split of `author` from the components of their papers (see `paperComponents`). */
function splitFromComponents(bundle: Bundle, author: number, papers: Int32Array, components: { label: Int32Array; count: number }): PersonSplit {
  const { label, count } = components;
  const groups: PaperGroup[] = Array.from({ length: count }, () => ({ papers: [], coauthors: [], cluster: 0 }));
  const unattached: number[] = [];
  papers.forEach((p, i) => (label[i]! < 0 ? unattached.push(p) : groups[label[i]!]!.papers.push(p)));
  for (const group of groups) {
    const counts = new Map<number, number>();
    for (const p of group.papers) for (const c of bundle.papers.authors[p]!) if (c !== author) counts.set(c, (counts.get(c) ?? 0) + 1);
    group.coauthors = [...counts.keys()].sort((x, y) => counts.get(y)! - counts.get(x)! || x - y);
  }
  groups.sort((x, y) => y.papers.length - x.papers.length || x.papers[0]! - y.papers[0]!);
  const clusterOf = groupClusters(bundle, author, groups.map((g) => g.coauthors));
  const renumber = new Map<number, number>();
  groups.forEach((g, i) => {
    const c = clusterOf[i]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    g.cluster = renumber.get(c)!;
  });
  return { author, groups, unattached, clusters: renumber.size };
}

/**
 * For each group (given by its co-authors), a cluster id: groups whose co-authors share a
 * biconnected component with `author` are connected without `author` and join one cluster.
 */
function groupClusters(bundle: Bundle, author: number, groupCoauthors: readonly (readonly number[])[]): number[] {
  const blocks = biconnectedBlocks(bundle);
  const adjacency = coauthorAdjacency(bundle);
  // Block of each neighbour's edge to `author`.
  const blockOfNeighbour = new Map<number, number>();
  for (let k = adjacency.offsets[author]!; k < adjacency.offsets[author + 1]!; k++) blockOfNeighbour.set(adjacency.items[k]!, blocks[adjacency.link[k]!]!);
  const parent = groupCoauthors.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const groupOfBlock = new Map<number, number>();
  groupCoauthors.forEach((coauthors, g) => {
    for (const c of coauthors) {
      const b = blockOfNeighbour.get(c);
      // A co-author with no link (a paper over the max-authors cap) cannot join groups.
      if (b === undefined) continue;
      const other = groupOfBlock.get(b);
      if (other === undefined) groupOfBlock.set(b, g);
      else parent[find(g)] = find(other);
    }
  });
  return parent.map((_, g) => find(g));
}

const blocksCache = new WeakMap<Bundle, Int32Array>();

/** Biconnected component id of every co-author link (iterative Tarjan over the CSR adjacency). */
function biconnectedBlocks(bundle: Bundle): Int32Array {
  const cached = blocksCache.get(bundle);
  if (cached) return cached;
  const { offsets, items, link } = coauthorAdjacency(bundle);
  const n = offsets.length - 1;
  const block = new Int32Array(link.length === 0 ? 0 : bundle.coauthorLinks.source.length).fill(-1);
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const cursor = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const edgeStack: number[] = [];
  let time = 0;
  let blockCount = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    while (top >= 0) {
      const v = stack[top]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const k = cursor[v]!++;
        const w = items[k]!;
        const e = link[k]!;
        if (e === parentEdge[v]) continue;
        if (disc[w] === -1) {
          edgeStack.push(e);
          parentEdge[w] = e;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack[++top] = w;
        } else if (disc[w]! < disc[v]!) {
          edgeStack.push(e);
          if (disc[w]! < low[v]!) low[v] = disc[w]!;
        }
      } else {
        top--;
        if (top < 0) break;
        const u = stack[top]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
        if (low[v]! >= disc[u]!) {
          // u separates v's subtree: pop its edges as one block.
          const pe = parentEdge[v]!;
          for (;;) {
            const e = edgeStack.pop()!;
            block[e] = blockCount;
            if (e === pe) break;
          }
          blockCount++;
        }
      }
    }
  }
  blocksCache.set(bundle, block);
  return block;
}

export interface HomonymFlag {
  author: number;
  /** Clusters of paper groups whose co-authors are not connected without this person. */
  clusters: number;
  /** Groups of papers with no co-author in common. */
  groups: number;
  papers: number;
  /** Evidence that the clusters are different people, plus the name prior (see `homonymEvidence`); listed at ≥ `minScore`. */
  score: number;
  /** Namesakes expected among the groups: (people expected with this name) × (groups − 1). */
  namesakes: number;
  /** The claim "may be N different people" is made (see the module comment); false: a candidate only. */
  claimed: boolean;
}

/** Expected namesakes among a name's groups from which the claim is made (see the module comment). */
export const CLAIM_NAMESAKES = 10;

export interface ClusterFacts {
  /** Papers of the cluster, ascending. */
  papers: number[];
  /** First and last year, or null when no paper has a year. */
  years: [number, number] | null;
  /** Venue indices, ascending. */
  venues: number[];
  /** Words that set this cluster apart from the largest one (for the largest: from all the others). */
  words: string[];
  /** Topic similarity with the largest cluster (1 for the largest itself). */
  topicSimilarity: number;
  /** Evidence this cluster adds (0 for the largest). */
  weight: number;
}

export interface HomonymEvidence {
  /** Name prior + the two strongest clusters' weights: ≥ 0 makes the person a candidate. */
  score: number;
  /** Namesakes expected among the groups (see `HomonymFlag.namesakes`). */
  namesakes: number;
  /** The claim "may be N different people" is made (see the module comment). */
  claimed: boolean;
  prior: NamePrior;
  /** One entry per cluster, largest first (as `peopleBehind` orders them). */
  clusters: ClusterFacts[];
  /** The evidence in words a user can check, e.g. "different topics: video, diffusion vs. fake, news". */
  lines: string[];
}

const yearSpan = (y: [number, number] | null) => (y ? (y[0] === y[1] ? `${y[0]}` : `${y[0]}–${y[1]}`) : 'no year');

/**
 * Why `split`'s clusters may (or may not) be different people: topics, years, venues per cluster
 * against the largest, the name prior, and whether the claim is made (see the module comment).
 * `split` is `splitPersonCandidates`'s or the same with groups joined per cluster (`peopleBehind`);
 * `groupCount` is the number of co-author groups before any joining (default: counted again).
 * `abstracts` (aligned with the papers) sharpen the topics; titles alone are used without them.
 */
export function homonymEvidence(bundle: Bundle, split: PersonSplit, abstracts: Abstracts | null = null, groupCount?: number): HomonymEvidence {
  const byCluster = new Map<number, number[]>();
  for (const g of split.groups) {
    const list = byCluster.get(g.cluster);
    if (list) list.push(...g.papers);
    else byCluster.set(g.cluster, [...g.papers]);
  }
  const lists = [...byCluster.values()].map((l) => l.sort((x, y) => x - y)).sort((x, y) => y.length - x.length || x[0]! - y[0]!);
  const prior = namePrior(bundle, split.author);
  const index = topicIndex(bundle, abstracts);
  const vectors = lists.map((l) => topicVector(index, l));
  const yearsOf = (papers: number[]): [number, number] | null => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of papers) {
      const y = bundle.papers.year[p];
      if (y == null) continue;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    return lo <= hi ? [lo, hi] : null;
  };
  const venuesOf = (papers: number[]) => [...new Set(papers.map((p) => bundle.papers.venue[p]).filter((v): v is number => v != null))].sort((x, y) => x - y);
  const main = lists[0] ?? [];
  const mainYears = yearsOf(main);
  const mainVenues = new Set(venuesOf(main));
  const restVector = lists.length > 1 ? topicVector(index, lists.slice(1).flat()) : null;
  const clusters: ClusterFacts[] = lists.map((papers, i) => {
    const years = yearsOf(papers);
    const venues = venuesOf(papers);
    if (i === 0) return { papers, years, venues, words: topicWords(index, vectors[0]!, restVector, 2), topicSimilarity: 1, weight: 0 };
    const sim = topicSimilarity(vectors[0]!, vectors[i]!);
    const disjointYears = !!(years && mainYears && (years[1] < mainYears[0] || years[0] > mainYears[1]));
    const sharedVenue = venues.some((v) => mainVenues.has(v));
    const weight = ((sim < 0.05 ? 1 : sim >= 0.2 ? -1 : 0) + (disjointYears ? 0.5 : 0) + (sharedVenue || venues.length === 0 ? 0 : 0.5)) * (papers.length >= 2 ? 1 : 0.5);
    return { papers, years, venues, words: topicWords(index, vectors[i]!, vectors[0]!, 2), topicSimilarity: sim, weight };
  });
  const weights = clusters.slice(1).map((c) => c.weight).sort((x, y) => y - x);
  const score = prior.logPrior + (weights[0] ?? 0) + Math.max(0, weights[1] ?? 0);
  const groups = groupCount ?? splitPersonCandidates(bundle, split.author).groups.length;
  const namesakes = prior.expectedInDataset * Math.max(0, groups - 1);
  const focal = bundle.focalAuthor === split.author;
  const claimed = lists.length >= 2 && score >= 0 && (focal || namesakes >= CLAIM_NAMESAKES);

  const lines: string[] = [];
  const name = bundle.authors.name[split.author]!;
  clusters.slice(1).forEach((c, k) => {
    const parts: string[] = [];
    const a = clusters[0]!;
    if (c.topicSimilarity < 0.05) parts.push(`different topics: ${a.words.join(', ') || '—'} vs. ${c.words.join(', ') || '—'}`);
    else if (c.topicSimilarity >= 0.2) parts.push(`similar topics (${c.words.join(', ') || 'shared words'})`);
    else parts.push(`topics partly alike`);
    parts.push('no shared co-author');
    if (a.years || c.years) parts.push(`${yearSpan(a.years)} vs. ${yearSpan(c.years)}`);
    const shared = c.venues.filter((v) => a.venues.includes(v)).length;
    if (c.venues.length && a.venues.length) parts.push(shared ? `${shared} venue${shared === 1 ? '' : 's'} in common` : 'no venue in common');
    lines.push(`Group ${k + 2} (${c.papers.length} paper${c.papers.length === 1 ? '' : 's'}) against group 1 (${a.papers.length}): ${parts.join('; ')}.`);
  });
  const others = prior.expectedInDataset;
  lines.push(
    `The name: ${prior.surnameTier ? `${name.split(' ').pop()} is a ${prior.surnameTier} surname; ` : ''}` +
      `${others >= 0.1 ? `about ${others.toFixed(1)} people with this exact name would be expected here by chance` : 'a rare name in this dataset'}.`,
  );
  if (focal) lines.push(`The list was gathered around this name, so namesakes from anywhere may be in it.`);
  else if (groups >= 2)
    lines.push(
      `Of its ${groups} groups with no co-author in common, about ${namesakes < 1 ? namesakes.toFixed(2) : namesakes.toFixed(1)} would be someone else of this name by chance` +
        (claimed ? '.' : ` (${CLAIM_NAMESAKES} or more before this is claimed as several people).`),
    );
  return { score: Math.round(score * 100) / 100, namesakes: Math.round(namesakes * 100) / 100, claimed, prior, clusters, lines };
}

/**
 * Every person whose papers fall into at least `minClusters` (default 2) clusters (see the module
 * comment) AND whose evidence score (`homonymEvidence`) is at least `minScore` (default 0): the claims
 * (`claimed`) first, highest score first, then the candidates that are not claimed, most namesakes
 * expected first (ties: score, clusters, papers, author index). Linear in the co-author graph plus
 * Σ over papers of (authors)², plus the topic index (once per bundle).
 */
export function flagHomonyms(bundle: Bundle, opts: { minClusters?: number; minScore?: number; abstracts?: Abstracts | null } = {}): HomonymFlag[] {
  const minClusters = opts.minClusters ?? 2;
  const minScore = opts.minScore ?? 0;
  const index = authorPaperIndex(bundle);
  const scratch = scratchFor(bundle);
  const out: HomonymFlag[] = [];
  for (let a = 0; a < bundle.authors.name.length; a++) {
    const papers = row(index, a);
    if (papers.length < minClusters) continue;
    const { label, count } = paperComponents(bundle, a, papers, scratch);
    if (count < minClusters) continue;
    const coauthors: number[][] = Array.from({ length: count }, () => []);
    papers.forEach((p, i) => {
      if (label[i]! < 0) return;
      for (const c of bundle.papers.authors[p]!) if (c !== a) coauthors[label[i]!]!.push(c);
    });
    const clusters = new Set(groupClusters(bundle, a, coauthors)).size;
    if (clusters < minClusters) continue;
    const evidence = homonymEvidence(bundle, splitFromComponents(bundle, a, papers, { label, count }), opts.abstracts ?? null, count);
    if (evidence.score < minScore) continue;
    out.push({ author: a, clusters, groups: count, papers: papers.length, score: evidence.score, namesakes: evidence.namesakes, claimed: evidence.claimed });
  }
  return out.sort(
    (x, y) =>
      Number(y.claimed) - Number(x.claimed) ||
      (x.claimed ? 0 : y.namesakes - x.namesakes) ||
      y.score - x.score ||
      y.clusters - x.clusters ||
      y.papers - x.papers ||
      x.author - y.author,
  );
}

/** How a paper is named in an alias line: its DOI when it has one, else its title. */
export function paperSelector(bundle: Bundle, paper: number): string {
  return bundle.papers.doi[paper] ?? bundle.papers.title[paper]!;
}

/**
 * Alias lines that give each group but the largest its own person, named `<name> (2)`, `<name> (3)`...
 * (or `names[i]` for group i when given). `groups` defaults to all groups of the split; pass a subset
 * to move only some. One line per paper and per spelling of the person with a distinct name key.
 */
export function splitDecisions(bundle: Bundle, split: PersonSplit, names?: readonly (string | undefined)[]): AliasDecision[] {
  const base = bundle.authors.name[split.author]!;
  const spellings: string[] = [];
  const keys = new Set<string>();
  for (const s of [base, ...bundle.authors.aliases[split.author]!]) {
    const k = mergeKey(s);
    if (keys.has(k)) continue;
    keys.add(k);
    spellings.push(s);
  }
  const out: AliasDecision[] = [];
  split.groups.forEach((group, g) => {
    if (g === 0) return;
    const canonical = names?.[g] ?? `${base} (${g + 1})`;
    for (const p of group.papers) for (const variant of spellings) out.push({ variant, canonical, paper: paperSelector(bundle, p) });
  });
  return out;
}
