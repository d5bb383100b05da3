import { mulberry32 } from '../util/random';
import { leiden, leidenStart, mendPartition, modularity as modularityOf, type LeidenOptions, type LeidenStart, type WeightedEdges } from './leiden';
import type { Bundle } from '../bundle/types';
import type { BuildReport } from '../bundle/report-types';

export interface Communities {
  /** Community per author, numbered by size (0 = largest). */
  ofAuthor: number[];
  count: number;
  /**
   * Newman's (Newman–Girvan) weighted modularity of `ofAuthor`, at resolution 1 whatever the build's resolution:
   * the figure comparable across resolutions and with other tools' "modularity" (see `detectCommunities`).
   */
  modularity: number;
  /** The resolution-adjusted modularity the search maximised (γ = the build's resolution); equals `modularity` at resolution 1. */
  modularityAtResolution: number;
}

/**
 * Leiden iterations per start: each continues from the last partition; the start stops after 2 in a row
 * that do not raise modularity. On acl_2016_2021_all (full counting) the first iteration gives 0.8178,
 * the 8th 0.8246; later ones add < 0.0001. Best of the 3 starts (full counting) at 10 iterations / at 16:
 * acl_2020_main 0.92173 / 0.92174 (igraph's Leiden 0.9213), acl_2016_2021_all 0.82468 / 0.82468 (igraph 0.8245),
 * acl_all 0.78565 / 0.78576; under fractional counting at 30k 0.83570 / 0.83578. The 6 iterations dropped
 * were 25-40% of the communities stage's CPU time (30k: 2.6 -> 2.0 s, 70k: 5.9 -> 3.6 s, at load 14).
 */
const ITERATIONS = 10;
const PATIENCE = 2;
/** Independent starts; the highest modularity wins (on the current graphs one start falls 0.0003–0.0004 short of igraph's Leiden). */
const RESTARTS = 3;

/**
 * The build's Leiden settings. Each start has a random source of its own, seeded from the build's seed and the
 * start's index (start 0 from the seed itself), so starts can run on separate threads with the same result.
 */
function leidenOptions(resolution: number, seed: number): LeidenOptions {
  return {
    resolution,
    rng: mulberry32(seed),
    startRng: (r) => mulberry32(r === 0 ? seed : (seed ^ Math.imul(r, 0x9e3779b1)) >>> 0),
    iterations: ITERATIONS,
    patience: PATIENCE,
    restarts: RESTARTS,
  };
}

/**
 * A build from a previous map (`detectCommunities`' `warm`): its communities as the start (`previousPartition`)
 * and the authors that may leave theirs (`movableAuthors`: the people the decisions changed and their co-authors).
 */
export interface WarmCommunities {
  initial: Int32Array;
  movable: Uint8Array;
}

/** How many Leiden starts `detectCommunities` runs (indices 0 .. COMMUNITY_STARTS - 1); the best is kept. */
export const COMMUNITY_STARTS = RESTARTS;

/**
 * Start `start` of `detectCommunities` alone (same graph, resolution and seed), to run on another thread; its
 * result goes back to `detectCommunities` in `done`. Pure; throws nothing.
 */
export function communityStart(authorCount: number, links: WeightedEdges, resolution: number, seed: number, start: number): LeidenStart {
  return leidenStart(authorCount, links, leidenOptions(resolution, seed), start);
}

/**
 * Communities of the weighted co-author graph: Leiden (Traag, Waltman & van Eck 2019; see leiden.ts) with
 * the given resolution, seeded, every community connected; renumbered largest first (ties: lowest author
 * index). `links` are the co-author pairs (each once) with their weights; authors without links are
 * communities of their own. Two figures on the same weights as the search: `modularity`, Newman's weighted
 * modularity (Newman–Girvan; Newman 2004) Q = Σ_c [w_in(c)/W − (tot(c)/2W)²] (W: the total link weight;
 * w_in(c): the weight of links inside c, each once; tot(c): its authors' summed link weights), and
 * `modularityAtResolution`, the same with the resolution parameter γ (Reichardt & Bornholdt 2006):
 * Σ_c [w_in(c)/W − γ (tot(c)/2W)²], the quality the search maximises. Only the first compares partitions found
 * at different resolutions (the second grows as γ falls: at γ = 0.5 it is higher for a worse partition), so it
 * is the one reported as "modularity" (Gephi shows both likewise). `done`: starts already run on another thread
 * (`communityStart`), by index. `warm` (null: none): a build from a previous map; its partition is mended, not
 * searched again (`mendPartition`: only the movable authors may change community, then communities are split into
 * their connected components), so communities the decisions did not touch stay exactly as they were (a warm Leiden
 * run of 3 iterations moved 281 authors of unrelated communities after one merge on the 30k map). Pure; throws nothing.
 */
export function detectCommunities(
  authorCount: number,
  links: WeightedEdges,
  resolution: number,
  seed: number,
  done: ReadonlyMap<number, LeidenStart> = new Map(),
  warm: WarmCommunities | null = null,
): Communities {
  const found = warm ? mendPartition(authorCount, links, warm.initial, warm.movable, resolution, mulberry32(seed)) : leiden(authorCount, links, leidenOptions(resolution, seed), done);
  const raw = found.community;
  const size = new Int32Array(found.count);
  const firstMember = new Int32Array(found.count).fill(-1);
  for (let i = 0; i < authorCount; i++) {
    size[raw[i]!]!++;
    if (firstMember[raw[i]!] === -1) firstMember[raw[i]!] = i;
  }
  const order = Array.from({ length: found.count }, (_, c) => c).sort((a, b) => size[b]! - size[a]! || firstMember[a]! - firstMember[b]!);
  const renumber = new Int32Array(found.count);
  order.forEach((c, k) => (renumber[c] = k));
  const ofAuthor = new Array<number>(authorCount);
  for (let i = 0; i < authorCount; i++) ofAuthor[i] = renumber[raw[i]!]!;
  const ordinary = resolution === 1 ? found.modularity : modularityOf(authorCount, links, found.community, 1);
  return { ofAuthor, count: found.count, modularity: ordinary, modularityAtResolution: found.modularity };
}

/** What the explorer and report say of a bundle's communities' modularity (`bundleModularity`). */
export interface ModularityFigures {
  /** Newman–Girvan modularity (resolution 1); null with no co-author link (0/0). */
  modularity: number | null;
  /** The modularity at the build's resolution (what Leiden maximised); null at resolution 1 or with no link. */
  atResolution: number | null;
  resolution: number;
  /** The link weights both are computed on: the build's counting ('fractional': 1/(n−1) per paper; 'full': 1). */
  counting: 'fractional' | 'full';
}

/**
 * Both modularity figures of a bundle's author communities, worked out from its co-author links (so a bundle made
 * before the report gave ordinary modularity at a resolution other than 1 is shown right too): Newman–Girvan
 * modularity and, when the build's resolution R is not 1, the modularity at resolution R (see
 * `detectCommunities`). O(authors + links); throws nothing.
 */
export function bundleModularity(bundle: Pick<Bundle, 'authors' | 'coauthorLinks' | 'options'>): ModularityFigures {
  const n = bundle.authors.community.length;
  const links = bundle.coauthorLinks;
  const { resolution, counting } = bundle.options;
  if (links.source.length === 0) return { modularity: null, atResolution: null, resolution, counting };
  const q = modularityOf(n, links, bundle.authors.community, 1);
  return { modularity: q, atResolution: resolution === 1 ? null : modularityOf(n, links, bundle.authors.community, resolution), resolution, counting };
}

/** A build report's modularity figures (`report.modularity`, `report.modularityAtResolution`, its options), for `modularityWords`. */
export function reportModularity(r: Pick<BuildReport, 'modularity' | 'modularityAtResolution' | 'options'>): ModularityFigures {
  return { modularity: r.modularity, atResolution: r.options.resolution === 1 ? null : (r.modularityAtResolution ?? null), resolution: r.options.resolution, counting: r.options.counting };
}

/**
 * The modularity in words, as the report and the Communities panel say it: "modularity 0.9198 (fractional
 * counting weights); modularity at resolution 0.5: 0.9331". `digits`: decimals shown. Throws nothing.
 */
export function modularityWords(f: ModularityFigures, digits = 4): string {
  if (f.modularity === null) return 'modularity undefined: no co-author links';
  const main = `modularity ${modularityFixed(f.modularity, digits)} (${f.counting} counting weights)`;
  return f.atResolution === null ? main : `${main}; modularity at resolution ${f.resolution}: ${modularityFixed(f.atResolution, digits)}`;
}

/**
 * A modularity value (unitless, −0.5…1) with `digits` decimals, as `toFixed` writes it, but never "-0.00": a value
 * that rounds to zero is "0.00" (one community gives −0 or −1e-17 from floating-point sums). Throws nothing.
 */
export function modularityFixed(q: number, digits: number): string {
  const s = q.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A paper takes the community holding most of its authors (ties: more co-author weight, then lower id). */
export function paperCommunities(paperAuthors: number[][], ofAuthor: number[], weightedDegree: number[]): number[] {
  return paperAuthors.map((authors) => {
    const score = new Map<number, [number, number]>();
    for (const a of authors) {
      const c = ofAuthor[a]!;
      const s = score.get(c) ?? [0, 0];
      s[0] += 1;
      s[1] += weightedDegree[a]!;
      score.set(c, s);
    }
    let best = -1;
    let bs: [number, number] = [-1, -1];
    for (const [c, s] of score) {
      if (s[0] > bs[0] || (s[0] === bs[0] && (s[1] > bs[1] || (s[1] === bs[1] && c < best)))) ((best = c), (bs = s));
    }
    return best < 0 ? 0 : best;
  });
}

/**
 * Connected components of the co-author graph (`authorCount` authors 0..n-1, links as parallel arrays of
 * author indices): how many, and the size of the largest. Union–find with path halving over the arrays the
 * pipeline already holds: graphology-components needs a graphology graph, and making one of the 30k corpus
 * (66k authors, 110k links) took ~1 s of a 6 s build budget (measured 1 Dec 2026) against ~15 ms here.
 * test/core/analyse/components.test.ts checks the figures against graphology-components.
 */
export function componentSizes(authorCount: number, source: number[], target: number[]): { components: number; largest: number } {
  const parent = new Int32Array(authorCount).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let e = 0; e < source.length; e++) {
    const a = find(source[e]!);
    const b = find(target[e]!);
    if (a !== b) parent[a] = b;
  }
  const sizes = new Map<number, number>();
  for (let i = 0; i < authorCount; i++) {
    const r = find(i);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  let largest = 0;
  for (const s of sizes.values()) largest = Math.max(largest, s);
  return { components: sizes.size, largest };
}

/**
 * Authors with no co-author link who are on a paper over the `--max-authors` cap (hyperauthorship): each
 * would otherwise be a community of one (a 6,000-author paper alone gave 6,000 one-person communities). They
 * join one community per such paper instead, the paper's group: an author on several capped papers goes to
 * the first of them (lowest paper index); authors with links, and unlinked authors on no capped paper (sole
 * authors), keep their community. Modularity is unchanged (an author without links adds nothing to it).
 * Communities are renumbered largest first again (ties: lowest author index). `paperAuthors[p]`: author
 * indices of paper p; `capped`: paper indices over the cap; `source`/`target`: the co-author links.
 * `grouped`: authors grouped per capped paper (paper index -> count), for the report.
 */
export function groupCappedAuthors(found: Communities, paperAuthors: number[][], capped: readonly number[], source: readonly number[], target: readonly number[]): Communities & { grouped: Map<number, number> } {
  if (capped.length === 0) return { ...found, grouped: new Map() };
  const authorCount = found.ofAuthor.length;
  const linked = new Uint8Array(authorCount);
  for (let e = 0; e < source.length; e++) linked[source[e]!] = linked[target[e]!] = 1;
  // raw community ids: the old ones, then one per capped paper
  const raw = found.ofAuthor.slice();
  let next = found.count;
  const grouped = new Map<number, number>();
  const moved = new Uint8Array(authorCount);
  for (const p of [...capped].sort((a, b) => a - b)) {
    let id = -1;
    for (const a of paperAuthors[p]!) {
      if (linked[a] || moved[a]) continue;
      if (id < 0) id = next++;
      raw[a] = id;
      moved[a] = 1;
      grouped.set(p, (grouped.get(p) ?? 0) + 1);
    }
  }
  if (grouped.size === 0) return { ...found, grouped };
  const size = new Int32Array(next);
  const firstMember = new Int32Array(next).fill(-1);
  for (let i = 0; i < authorCount; i++) {
    size[raw[i]!]!++;
    if (firstMember[raw[i]!] === -1) firstMember[raw[i]!] = i;
  }
  // communities left empty (their one member moved) disappear
  const order = Array.from({ length: next }, (_, c) => c)
    .filter((c) => size[c]! > 0)
    .sort((a, b) => size[b]! - size[a]! || firstMember[a]! - firstMember[b]!);
  const renumber = new Int32Array(next);
  order.forEach((c, k) => (renumber[c] = k));
  return { ofAuthor: raw.map((c) => renumber[c]!), count: order.length, modularity: found.modularity, modularityAtResolution: found.modularityAtResolution, grouped };
}

/** Communities made of authors with no co-author link (`linklessCommunities`). */
export interface LinklessCommunities {
  /** Communities of one author with no co-author link (a sole author, or one on no paper with others under the cap). */
  single: number;
  /** Communities of two or more authors none of whom has a co-author link: one per paper over `--max-authors`, its authors' group. */
  cappedGroups: number;
  /** Authors with no co-author link in all. */
  authors: number;
}

/**
 * How many communities hold only authors without a co-author link, by kind (the rule: such an author is a
 * community of one, unless they are on a paper over the author cap, whose link-less authors form one community;
 * see `groupCappedAuthors`). `community[a]`, `coauthorCount[a]` per author; `count` communities. Throws nothing.
 */
export function linklessCommunities(community: ArrayLike<number>, coauthorCount: ArrayLike<number>, count: number): LinklessCommunities {
  const size = new Int32Array(count);
  const linked = new Uint8Array(count);
  let authors = 0;
  for (let a = 0; a < community.length; a++) {
    const c = community[a]!;
    size[c]!++;
    if (coauthorCount[a]! > 0) linked[c] = 1;
    else authors++;
  }
  let single = 0;
  let cappedGroups = 0;
  for (let c = 0; c < count; c++) if (!linked[c] && size[c]! > 0) size[c] === 1 ? single++ : cappedGroups++;
  return { single, cappedGroups, authors };
}

/**
 * The link-less rule in words for the report and the Communities panel, e.g. "2 communities are single authors with
 * no co-author link (such an author is a community of one); 1 community is the group of a paper over the author
 * cap (its authors with no other co-author link form one community)"; '' when there are none. Throws nothing.
 */
export function linklessWords(l: LinklessCommunities): string {
  const parts: string[] = [];
  if (l.single) parts.push(`${l.single.toLocaleString('en')} ${l.single === 1 ? 'community is a single author' : 'communities are single authors'} with no co-author link (such an author is a community of one)`);
  if (l.cappedGroups) parts.push(`${l.cappedGroups.toLocaleString('en')} ${l.cappedGroups === 1 ? 'community is the group' : 'communities are the groups'} of a paper over the author cap (its authors with no other co-author link form one community)`);
  return parts.join('; ');
}
