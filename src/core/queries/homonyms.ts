/**
 * Who is who (2): one name, possibly several people.
 *
 * Set the person aside and look at their papers: two papers belong together when they share a
 * co-author. The connected components are the groups; a person whose papers fall into two or more
 * groups with no co-author in common may be several people ("may be 4 different people").
 * Papers the person wrote alone have no co-author to place them and are listed apart (`unattached`).
 *
 * A prolific person also has many such groups (each student, each project), so groups are joined into
 * clusters when something ties them (`groupClusters`): a co-author of one group wrote with a co-author of
 * the other (without this person), or their topics are alike (title words, cosine ≥ `JOIN_SIMILARITY`).
 * The number of `clusters` is how many people the name may be; 2 or more makes it a question.
 *
 * Structure alone is no evidence, so the answer is a probability (`homonymEvidence`, a naive Bayes
 * posterior): the prior is how likely someone else of this exact name is in the dataset (the name prior
 * of name-commonness.ts: given-name and surname counts within East Asian romanised names or the others);
 * the evidence is each side cluster against the largest (topic similarity, a venue in common, affiliations
 * where the input has them; years are shown but weigh nothing), as likelihood ratios measured without any
 * person id (`npm run eval:homonym-ratios`). That probability ranks the candidates. The claim "may be N different
 * people" is about bodies of work (`bodiesOfWork`: co-author groups of `BODY_PAPERS`+ papers that nothing ties
 * together): it is made when a body beside the largest is more likely than not (`CLAIM_PROBABILITY`) another
 * person's, by `BODY_MODEL`: the namesakes expected for the name × how often a namesake brings a second body
 * against how often one person has one × ratios for its size, topic similarity, a venue in common and overlapping
 * years, all measured on confirmed cases that no evaluation scores (rarely named people with one Anthology id, and
 * artificial homonyms made of two of them with the same surname: `npm run eval:homonym-calibrate`).
 * `CANDIDATE_PROBABILITY` or more lists a person as a candidate, not a claim. The dataset's focal author (a list
 * gathered around one name, e.g. the seed format's first line) starts at 1/2 and is claimed on the name's
 * probability: the list was made by the name, so namesakes from anywhere may be in it.
 * Topics are read from titles, or from titles + abstracts when at least half of the papers have one
 * (`topicAbstracts`; the calibrated `BODY_MODEL.abstracts` then weighs them: abstracts tell two people apart better).
 * Measured (`npm run eval:names`, README "Who is who, measured") against the ACL Anthology's ids, which
 * split only 4 names of acl_2016_2021_all, 2 of them with a body of work: by titles (the explorer) 7 claims, 2 of
 * them split names (Yang Liu, Fei Liu), the other 5 common East Asian names the Anthology keeps as one id (each
 * two people's by a reading of their co-authors), so that precision (0.286) is a lower bound; by titles +
 * abstracts 6 claims (0.333, Wei Zhao no longer); the name's probability alone made 200 claims at 0.015.
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
import { listTopicWords, topicIndex, topicSimilarity, topicVector, topicWords, type TopicIndex } from './topics';
import { authorAffiliations } from './affiliations';
import { paperYearRange } from '../bundle/years';
import { chanceIn100 } from '../text/chance';
import { listWords } from '../text/list-words';
import { finish, type Steps } from '../util/steps';

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

/**
 * The groups of one person's papers and their clusters (see the module comment). `abstracts` (aligned with
 * the papers) add to the titles in the topic comparison that joins groups; the explorer and `npm run
 * eval:names` use titles alone. Throws a RangeError for an author index outside the bundle.
 */
export function splitPersonCandidates(bundle: Bundle, author: number, abstractsGiven: Abstracts | null = null): PersonSplit {
  const abstracts = topicAbstracts(abstractsGiven);
  if (!Number.isInteger(author) || author < 0 || author >= bundle.authors.name.length) {
    throw new RangeError(`no author with index ${author}`);
  }
  const papers = row(authorPaperIndex(bundle), author);
  return splitFromComponents(bundle, author, papers, paperComponents(bundle, author, papers, scratchFor(bundle)), abstracts);
}

/** The split of `author` from the components of their papers (see `paperComponents`). */
function splitFromComponents(bundle: Bundle, author: number, papers: Int32Array, components: { label: Int32Array; count: number }, abstracts: Abstracts | null): PersonSplit {
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
  const clusterOf = groups.length < 2 ? groups.map(() => 0) : groupClusters(bundle, author, groups, abstracts);
  const renumber = new Map<number, number>();
  groups.forEach((g, i) => {
    const c = clusterOf[i]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    g.cluster = renumber.get(c)!;
  });
  return { author, groups, unattached, clusters: renumber.size };
}

/**
 * For each group, a cluster id: two groups join one cluster when a co-author of one has written with a
 * co-author of the other (without this person), or when their topics are alike (title words, cosine
 * similarity ≥ `JOIN_SIMILARITY`); joined transitively. What is left apart are groups no path of one
 * step and no shared topic ties together: the people the name may stand for.
 */
function groupClusters(bundle: Bundle, author: number, groups: readonly { papers: readonly number[]; coauthors: readonly number[] }[], abstracts: Abstracts | null): number[] {
  const adjacency = coauthorAdjacency(bundle);
  const index = topicIndex(bundle, abstracts);
  const vectors = groups.map((g) => topicVector(index, g.papers));
  const parent = groups.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const mark = new Map<number, number>();
  for (let i = 0; i < groups.length; i++) {
    // co-authors of group i's co-authors (the person left out): a group j with one of them is tied to i
    mark.clear();
    for (const c of groups[i]!.coauthors)
      for (let k = adjacency.offsets[c]!; k < adjacency.offsets[c + 1]!; k++) if (adjacency.items[k] !== author) mark.set(adjacency.items[k]!, (mark.get(adjacency.items[k]!) ?? 0) + 1);
    for (let j = i + 1; j < groups.length; j++) {
      if (find(i) === find(j)) continue;
      let ties = 0;
      for (const c of groups[j]!.coauthors) ties += mark.get(c) ?? 0;
      if (ties >= JOIN_TIES || topicSimilarity(vectors[i]!, vectors[j]!) >= JOIN_SIMILARITY) parent[find(j)] = find(i);
    }
  }
  return parent.map((_, g) => find(g));
}

/**
 * The bodies of work in a person's papers: co-author groups of `minPapers` (default `BODY_PAPERS`) papers or
 * more, joined as `groupClusters` joins groups (a co-author of one wrote with a co-author of the other, or
 * alike topics) but among themselves only: small groups, which tie nearly everything together in a dense
 * field, are left out. Each body is its papers (ascending), largest body first (ties: earliest paper).
 * `split` must be `splitPersonCandidates`'s (one entry per co-author group, not per cluster).
 */
export function bodiesOfWork(bundle: Bundle, split: PersonSplit, abstractsGiven: Abstracts | null = null, minPapers: number = BODY_PAPERS): number[][] {
  const abstracts = topicAbstracts(abstractsGiven);
  const big = split.groups.filter((g) => g.papers.length >= minPapers);
  if (big.length === 0) return [];
  const clusterOf = big.length < 2 ? [0] : groupClusters(bundle, split.author, big, abstracts);
  const byCluster = new Map<number, number[]>();
  big.forEach((g, i) => {
    const list = byCluster.get(clusterOf[i]!);
    if (list) list.push(...g.papers);
    else byCluster.set(clusterOf[i]!, [...g.papers]);
  });
  return [...byCluster.values()].map((l) => l.sort((x, y) => x - y)).sort((x, y) => y.length - x.length || x[0]! - y[0]!);
}

/**
 * How far apart two sets of `author`'s papers are in the co-author network with `author` left out: the fewest
 * links from a co-author of `a` to a co-author of `b` (0: a co-author in common; 1: a co-author of one wrote with a
 * co-author of the other, which joins groups; 2: through one other person; ...). Breadth-first from `a`'s
 * co-authors, at most `maxDepth` (default 4) links: farther or unreachable gives `maxDepth + 1`. Papers are bundle
 * paper indices; 0 when either set has no co-author (nothing to measure). Linear in the links within `maxDepth`.
 */
export function coauthorDistance(bundle: Bundle, author: number, a: readonly number[], b: readonly number[], maxDepth = 4): number {
  const adjacency = coauthorAdjacency(bundle);
  const coauthors = (papers: readonly number[]) => {
    const s = new Set<number>();
    for (const p of papers) for (const c of bundle.papers.authors[p]!) if (c !== author) s.add(c);
    return s;
  };
  const from = coauthors(a);
  const to = coauthors(b);
  if (!from.size || !to.size) return 0;
  for (const c of from) if (to.has(c)) return 0;
  const seen = new Uint8Array(bundle.authors.name.length);
  seen[author] = 1;
  let frontier = [...from];
  for (const c of frontier) seen[c] = 1;
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const next: number[] = [];
    for (const c of frontier)
      for (let k = adjacency.offsets[c]!; k < adjacency.offsets[c + 1]!; k++) {
        const x = adjacency.items[k]!;
        if (seen[x]) continue;
        if (to.has(x)) return depth;
        seen[x] = 1;
        next.push(x);
      }
    frontier = next;
  }
  return maxDepth + 1;
}

const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirty|forty|fifty|sixty';
const ORDINAL_WORDS = new RegExp(`\\b(${ORDINAL})([- ](${ORDINAL}))?\\b`, 'g');

/**
 * The family of a venue: its name without the year, edition, volume, parenthesised acronym or the part after a colon,
 * lower case and accent-folded, e.g. "Proceedings of the 58th Annual Meeting of the Association for Computational
 * Linguistics: System Demonstrations" and "Proceedings of the 57th Annual Meeting of the Association for Computational
 * Linguistics (Volume 1: Long Papers)" are both "meeting of association for computational linguistics"; "Proceedings
 * of the 14th Workshop on Semantic Evaluation" is "workshop on semantic evaluation". Each year's proceedings are a
 * venue of their own; the family is the series (768 venues of acl_2016_2021_all are about 400 families).
 */
export function venueFamily(venue: string): string {
  let v = venue.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  v = v.split(':')[0]!;
  v = v.replace(/\([^)]*\)/g, ' ').replace(ORDINAL_WORDS, ' ').replace(/\d+(st|nd|rd|th)?\b/g, ' ');
  v = v.replace(/\b(proceedings of|volume( [ivx]+)?|the|annual|conference on|international)\b/g, ' ');
  return v.replace(/[^\p{L} ]+/gu, ' ').split(' ').filter(Boolean).join(' ');
}

export interface HomonymFlag {
  author: number;
  /** Clusters of paper groups that nothing ties together (see `groupClusters`). */
  clusters: number;
  /** Groups of papers with no co-author in common. */
  groups: number;
  papers: number;
  /** ln of the posterior odds that the clusters are different people (see `homonymEvidence`). */
  score: number;
  /** Posterior probability that the name stands for two or more people here (0..1, two decimals). */
  probability: number;
  /** People expected with this exact name in the dataset by chance (the name prior, see name-commonness.ts). */
  namesakes: number;
  /** Bodies of work (`bodiesOfWork`): co-author groups of `BODY_PAPERS`+ papers that nothing ties together. */
  bodies: number;
  /** Posterior probability that a body of work beside the largest is another person's (see `homonymEvidence`). */
  bodyProbability: number;
  /** How many people the claim says the name may be (see `HomonymEvidence.people`). */
  people: number;
  /** The claim "may be N different people" is made (see `homonymEvidence`); false: a candidate only. */
  claimed: boolean;
  /** `people` is a floor (see `HomonymEvidence.peopleIsFloor`). */
  peopleIsFloor: boolean;
}

/** Topic similarity (cosine of title-word vectors) from which two groups count as one person's work. */
export const JOIN_SIMILARITY = 0.2;
/** Co-author ties (a co-author of one group who wrote with a co-author of the other) from which two groups join. */
export const JOIN_TIES = 1;

/**
 * Probability from which "may be N different people" is claimed: more likely than not (for a body of work beside
 * the largest, `BODY_MODEL`; for the focal author of a list gathered by name, the name's probability). Not tuned
 * on any truth file.
 */
export const CLAIM_PROBABILITY = 0.5;

/** Probability from which a person with separate clusters is listed as a candidate (not a claim). */
export const CANDIDATE_PROBABILITY = 0.1;

/**
 * Papers from which a group counts as a body of work: what a claim is about ("another person's body of work is
 * under this name"; a side group of one or two papers is one person's passing collaboration as often as a
 * namesake's: the audit in README "Who is who, measured"). `BODY_MODEL` is measured for this size.
 */
export const BODY_PAPERS = 5;

/** Upper edges of the topic-similarity bins of `TOPIC_LR` (the last bin is ≥ 0.2). */
const SIMILARITY_EDGES = [0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.2];

/**
 * Likelihood ratios P(similarity | different people) / P(similarity | one person) per similarity bin, indexed
 * [largest cluster: 1–3, 4–15, 16+ papers][this cluster: 1, 2–3, 4+ papers][similarity bin]; for titles alone
 * and for titles + abstracts. Measured without any person id on acl_2016_2021_all (`npm run eval:homonym-ratios`):
 * "one person" = the side clusters of the 10,255 people with 2+ papers whose name is rare (under 0.003 namesakes
 * expected, surname not common), "different people" = 20,000 pairs of one such person's largest cluster with
 * another's side cluster (no co-author in common). Add-½ smoothed, made non-increasing in similarity, capped at
 * 20; a cell with under 100 pairs pools the two larger main-cluster bins.
 */
const TOPIC_LR = {
  titles: [
    [[1.19, 1.19, 0.74, 0.74, 0.46, 0.36, 0.2, 0.08, 0.08], [1.51, 1.05, 0.63, 0.45, 0.43, 0.38, 0.12, 0.09, 0.09], [2.66, 2.66, 1.24, 1.08, 0.58, 0.29, 0.13, 0.07, 0.07]],
    [[1.49, 1.18, 0.9, 0.55, 0.37, 0.31, 0.2, 0.05, 0.05], [1.85, 1.19, 1.16, 0.83, 0.5, 0.25, 0.16, 0.06, 0.06], [2.43, 2.28, 0.97, 0.97, 0.72, 0.13, 0.13, 0.11, 0.11]],
    [[2.1, 1.7, 1.01, 0.72, 0.51, 0.31, 0.15, 0.08, 0.08], [3.33, 1.61, 1.61, 0.76, 0.42, 0.29, 0.21, 0.11, 0.11], [2.66, 2.66, 1.24, 1.08, 0.58, 0.29, 0.13, 0.07, 0.07]],
  ],
  abstracts: [
    [[1.48, 1.48, 1.05, 0.66, 0.33, 0.16, 0.07, 0.01, 0.01], [3.26, 2.39, 1.22, 0.67, 0.33, 0.19, 0.05, 0.02, 0.02], [13.51, 8.77, 6.56, 2, 1.27, 1.19, 0.32, 0.04, 0.04]],
    [[2.64, 2, 1.5, 0.91, 0.5, 0.23, 0.06, 0.02, 0.02], [3.61, 3.09, 2.39, 1.45, 0.8, 0.27, 0.16, 0.02, 0.02], [12.49, 7.67, 5.77, 1.81, 1.07, 0.95, 0.24, 0.05, 0.05]],
    [[3.65, 3.37, 2.89, 2.01, 1.02, 0.51, 0.18, 0.07, 0.07], [2.97, 2.97, 2.97, 2.97, 1.46, 1.08, 0.3, 0.14, 0.14], [13.51, 8.77, 6.56, 2, 1.27, 1.19, 0.32, 0.04, 0.04]],
  ],
} as const;
/** Likelihood ratios of a venue in common with the largest cluster [yes, no], indexed as `TOPIC_LR`; same measurement. */
const VENUE_LR = {
  titles: [
    [[0.28, 1.06], [0.28, 1.12], [0.55, 1.45]],
    [[0.34, 1.12], [0.4, 1.21], [0.59, 1.26]],
    [[0.48, 1.24], [0.53, 1.52], [0.55, 1.45]],
  ],
  abstracts: [
    [[0.24, 1.06], [0.26, 1.13], [0.54, 1.4]],
    [[0.34, 1.11], [0.42, 1.2], [0.51, 1.3]],
    [[0.53, 1.22], [0.45, 1.6], [0.54, 1.4]],
  ],
} as const;
/**
 * Years that do not overlap the largest cluster's were measured the same way and carry no weight once the
 * cluster sizes are known (ratios 0.95–1.1 in every well-filled cell, acl_2016_2021_all spans 6 years); they are
 * shown as evidence, with a ratio of 1.
 */
/**
 * Likelihood ratios of affiliations (both clusters name some): an organisation in common, none in common.
 * Not measured (the ACL truth corpus has no affiliations): set by hand, weaker than a topic difference.
 */
const AFFILIATION_LR = [0.2, 2] as const;

/**
 * The evidence model of the claim: is a second body of work another person's? One model per text the topics are
 * read from: `titles` alone, and `abstracts` (titles + abstracts, used when at least `ABSTRACTS_SHARE` of the
 * papers have an abstract; everything then uses them: the groups joined by topic, the bodies, the similarity).
 * Measured by `npm run eval:homonym-calibrate -- --seeds 8 [--abstracts]` on acl_2016_2021_all (81% of its papers
 * have an abstract), from confirmed cases none of which is a name the evaluation scores:
 *  - one person: the 29,962 people whose name is rare (under 0.003 namesakes expected) and whose author positions
 *    all carry one Anthology person id (not a catch-all); 2,966 have a body of work, 64 a second one (titles; 62
 *    with abstracts, where a little more is joined by topic);
 *  - different people: artificial homonyms, pairs of those people with the same surname (never co-authors) put
 *    under one name and the corpus rebuilt, eight times (8,158 pairs with a body of work; 208 second bodies that
 *    are the other person's, 207 with abstracts). Namesakes share a surname, and with it often a country and a
 *    community: random pairs (tried first) were further apart in topic and made every ratio about twice as strong.
 * The odds that a side body is a namesake's are λ (namesakes expected for the name, name-commonness.ts) ×
 * `rate` (second bodies a namesake brings / second bodies one person has, pooled over the main body's size) × the
 * ratios P(· | namesake) / P(· | one person) of its size, its topic similarity with the main body, a venue in
 * common and years that overlap (add-½ smoothed; a size with under 5 one-person bodies gets 1: not measurable).
 * Held out (fitted on half of the names by a hash, checked on the other at one namesake expected, claimed at odds
 * ≥ 1): titles alone, right 0.65 and 0.59 of the time, finding 0.71 and 0.87 of the namesakes' bodies; with
 * abstracts right 0.71 and 0.83, finding 0.75 and 0.69 (the abstracts tell two people's topics apart better: a
 * namesake's body shares under 0.05 of its weighted words with the main body 14 times as often as one person's
 * second body, 57 of 207 against 4 of 62). Co-author distance (`coauthorDistance`) was measured too and is not
 * used: same-surname namesakes sit closer in the network than one person's second body, and it gained nothing
 * held out; nor are venue families (`venueFamily`) in place of one venue in common (within the noise). One
 * person's second body follows the first in time a little more often than a namesake's (titles).
 */
export const BODY_MODEL = {
  titles: {
    rate: 1.18,
    /** Side body of 5–9 papers, 10+. */
    sizeEdges: [9],
    /** 10+: 3 one-person second bodies of 10+ papers among the 64, under 5, so not measurable (1). */
    size: [0.99, 1],
    /** Similarity bins: under 0.02, 0.05, 0.1, and above (bodies at 0.2+ are joined into one). */
    similarityEdges: [0.02, 0.05, 0.1],
    similarity: [2.66, 1.57, 0.61, 0.28],
    /** Card words: "different topics" under the first, "similar topics" from the second. */
    wordEdges: [0.05, 0.1],
    /** A venue in common [yes, no]. */
    venue: [0.78, 1.27],
    /** Years that overlap [yes, no]. */
    years: [1.01, 0.89],
  },
  abstracts: {
    rate: 1.21,
    sizeEdges: [9],
    /** 10+: no one-person second body of 10+ papers among the 62, so not measurable (1). */
    size: [0.96, 1],
    /** Similarity bins: under 0.05, 0.1, 0.15, and above (titles + abstracts share more words than titles). */
    similarityEdges: [0.05, 0.1, 0.15],
    similarity: [3.91, 2.27, 0.55, 0.22],
    wordEdges: [0.1, 0.15],
    venue: [0.85, 1.15],
    years: [1, 1.02],
  },
} as const;

/** Share of papers with an abstract from which the topics read titles + abstracts (else titles alone). */
export const ABSTRACTS_SHARE = 0.5;

const usable = new WeakMap<Abstracts, boolean>();
/**
 * `abstracts` when at least `ABSTRACTS_SHARE` of the papers have one (the models are measured on a corpus where 81%
 * do), else null: titles alone. Cached per array.
 */
export function topicAbstracts(abstracts: Abstracts | null | undefined): Abstracts | null {
  if (!abstracts) return null;
  let ok = usable.get(abstracts);
  if (ok === undefined) {
    let n = 0;
    for (const a of abstracts) if (a) n++;
    ok = abstracts.length > 0 && n >= ABSTRACTS_SHARE * abstracts.length;
    usable.set(abstracts, ok);
  }
  return ok ? abstracts : null;
}

type BodyModel = (typeof BODY_MODEL)['titles' | 'abstracts'];

export interface BodyFacts {
  /** Papers of the body, ascending. */
  papers: number[];
  years: [number, number] | null;
  /** Words that set it apart from the main body (for the main body: from the others). */
  words: string[];
  /** Its most frequent co-author (the person left out), or -1. */
  coauthor: number;
  /** Title-word similarity with the main body (1 for the main body). */
  topicSimilarity: number;
  /** Venues it shares with the main body (indices). */
  sharedVenues: number[];
  /** Posterior probability that it is another person's than the main body's (0 for the main body; two decimals). */
  probability: number;
  /** What the posterior odds are the product of (absent for the main body). */
  factors?: BodyFactors;
  /**
   * The card's group it lies in, 0-based (`HomonymEvidence.clusters`' order: "group 1" is 0); a body lies in one
   * group (groups join what bodies join, and small groups too), and a group may hold more than one body. Set by
   * `homonymEvidence`.
   */
  group?: number;
}

/**
 * The posterior odds that a side body of work is another person's, factor by factor (`BODY_MODEL`): their product
 * is the odds. `namesakes`: people expected with this exact name by chance (λ); `rate`: second bodies a namesake
 * brings / second bodies one person has; the rest are likelihood ratios (1: not weighed, e.g. no years or no
 * affiliations on one side).
 */
export interface BodyFactors {
  namesakes: number;
  rate: number;
  size: number;
  topics: number;
  venue: number;
  years: number;
  affiliation: number;
}

export interface ClusterFacts {
  /** Papers of the cluster, ascending. */
  papers: number[];
  /** First and last year, or null when no paper has a year. */
  years: [number, number] | null;
  /** Venue indices, ascending. */
  venues: number[];
  /** Organisations the person is given at on these papers (bundle affiliations), most papers first. */
  organisations: string[];
  /** Words that set this cluster apart from the largest one (for the largest: from all the others). */
  words: string[];
  /** Topic similarity with the largest cluster (1 for the largest itself). */
  topicSimilarity: number;
  /** Likelihood ratio "different people" / "one person" of this cluster against the largest (1 for the largest). */
  likelihoodRatio: number;
}

export interface HomonymEvidence {
  /** ln of the posterior odds (≥ 0: more likely several people than one). */
  score: number;
  /** Posterior probability that the clusters are two or more people (0..1, two decimals). */
  probability: number;
  /** Side clusters expected to be someone else's (Σ of their posteriors; two decimals). */
  expectedOthers: number;
  /** People expected with this exact name here by chance (see `HomonymFlag.namesakes`). */
  namesakes: number;
  /**
   * The claim "may be N different people" is made: `bodyProbability` ≥ `CLAIM_PROBABILITY` (for the name the list
   * was gathered around: `probability` ≥ `CLAIM_PROBABILITY`).
   */
  claimed: boolean;
  /** Bodies of work (`bodiesOfWork`): papers of each, largest first. */
  bodies: number[][];
  /** The bodies with the evidence that they are different people's (`BODY_MODEL`), largest first. */
  bodyFacts: BodyFacts[];
  /** Posterior probability that some body of work beside the largest is another person's (0 with fewer than two; two decimals). */
  bodyProbability: number;
  /**
   * How many people the claim says the name may be: 1 + the bodies of work beside the largest that are more likely
   * than not another person's; for the name a list was gathered around, and for a candidate, the clusters.
   */
  people: number;
  prior: NamePrior;
  /** One entry per cluster, largest first (as `peopleBehind` orders them). */
  clusters: ClusterFacts[];
  /**
   * Sizes (papers, largest first) of the co-author groups of `BODY_PAPERS`+ papers that make the largest body of work:
   * two or more share no co-author and are tied only through co-authors' co-authors or alike topics. Empty without bodies.
   */
  mainBodyGroups: number[];
  /**
   * The largest body of work may itself be several people (`largestMayBeSeveral`): a claim on a very common surname
   * whose largest body is two or more co-author groups that share no co-author. The claim's `people` is then a floor.
   */
  largestMayBeSeveral: boolean;
  /**
   * `people` is a floor: the claim rests on bodies of work ("at least 2 different people", `mayBePeople`); false for
   * the name a list was gathered around and for a candidate, whose `people` counts the groups.
   */
  peopleIsFloor: boolean;
  /** The evidence in words a user can check, e.g. "different topics: video, diffusion vs. fake, news". */
  lines: string[];
  /**
   * Where the author's papers lie, adding up to their count (`papersTally`): the groups, the bodies of work inside
   * them and the papers in neither; null without a body of work beside the largest.
   */
  tally: string | null;
}

const yearSpan = (y: [number, number] | null) => (y ? (y[0] === y[1] ? `${y[0]}` : `${y[0]}–${y[1]}`) : 'no year');
const sizeBin = (papers: number) => (papers <= 1 ? 0 : papers <= 3 ? 1 : 2);
const mainBin = (papers: number) => (papers <= 3 ? 0 : papers <= 15 ? 1 : 2);
const similarityBin = (sim: number) => {
  const i = SIMILARITY_EDGES.findIndex((e) => sim < e);
  return i < 0 ? SIMILARITY_EDGES.length : i;
};

/**
 * The bodies of work of `author` with the evidence that each beside the largest is another person's
 * (`BODY_MODEL`; `lambda`: namesakes expected for the name). Affiliations, where the input has them for both
 * bodies, weigh as for clusters (`AFFILIATION_LR`).
 */
function describeBodies(bundle: Bundle, author: number, bodies: number[][], index: ReturnType<typeof topicIndex>, lambda: number, model: BodyModel): BodyFacts[] {
  const vectors = bodies.map((b) => topicVector(index, b));
  const mainVenues = new Set(bodies[0]?.map((p) => bundle.papers.venue[p]).filter((v): v is number => v != null) ?? []);
  const mainOrgs = bodies.length ? authorAffiliations(bundle, author, bodies[0]!).flatMap((a) => (a.org ? [a.org] : [])) : [];
  const binOf = (edges: readonly number[], x: number, strict: boolean) => {
    const i = edges.findIndex((e) => (strict ? x < e : x <= e));
    return i < 0 ? edges.length : i;
  };
  const years = (papers: number[]) => paperYearRange(bundle, papers);
  const y0 = bodies.length ? years(bodies[0]!) : null;
  return bodies.map((papers, i) => {
    const counts = new Map<number, number>();
    for (const p of papers) for (const c of bundle.papers.authors[p]!) if (c !== author) counts.set(c, (counts.get(c) ?? 0) + 1);
    let coauthor = -1;
    for (const [c, n] of counts) if (coauthor < 0 || n > counts.get(coauthor)! || (n === counts.get(coauthor)! && c < coauthor)) coauthor = c;
    const ys = years(papers);
    const others = bodies.length > 1 ? topicVector(index, bodies.filter((_, j) => j !== i).flat()) : null;
    const words = topicWords(index, vectors[i]!, i === 0 ? others : vectors[0]!, 2);
    if (i === 0) return { papers, years: ys, words, coauthor, topicSimilarity: 1, sharedVenues: [...mainVenues].sort((a, b) => a - b), probability: 0 };
    const sim = topicSimilarity(vectors[0]!, vectors[i]!);
    const sharedVenues = [...new Set(papers.map((p) => bundle.papers.venue[p]).filter((v): v is number => v != null && mainVenues.has(v)))].sort((a, b) => a - b);
    const overlap = !!(y0 && ys && ys[0] <= y0[1] && y0[0] <= ys[1]);
    const orgs = authorAffiliations(bundle, author, papers).flatMap((a) => (a.org ? [a.org] : []));
    const factors: BodyFactors = {
      namesakes: lambda,
      rate: model.rate,
      size: model.size[binOf(model.sizeEdges, papers.length, false)]!,
      topics: model.similarity[binOf(model.similarityEdges, sim, true)]!,
      venue: model.venue[sharedVenues.length ? 0 : 1]!,
      years: y0 && ys ? model.years[overlap ? 0 : 1]! : 1,
      affiliation: orgs.length && mainOrgs.length ? AFFILIATION_LR[orgs.some((o) => mainOrgs.includes(o)) ? 0 : 1] : 1,
    };
    const odds = Object.values(factors).reduce((x, y) => x * y, 1);
    return { papers, years: ys, words, coauthor, topicSimilarity: sim, sharedVenues, probability: Math.round((odds / (1 + odds)) * 100) / 100, factors };
  });
}

/**
 * The words two sets of papers share that weigh most in their topic similarity (largest product of their weights in
 * the two unit vectors of `topicVector`), at most `k`, as first written (`TopicIndex.shown`): what "similar topics"
 * rests on. Empty when they share no word.
 */
function sharedTopicWords(index: TopicIndex, a: Map<number, number>, b: Map<number, number>, k: number): string[] {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const both: [number, number][] = [];
  for (const [id, x] of small) {
    const y = large.get(id);
    if (y) both.push([id, x * y]);
  }
  return both
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, k)
    .map(([id]) => index.shown[id]!);
}

/**
 * The topic part of an evidence sentence, the side set (`side`, `sideWords`) named before the main one: "different
 * topics: <side words> vs. <main words>" under the model's first word edge; from the second, "similar topics, words
 * in common: …"; between, "topics partly alike, words in common: … (apart from them: <side> vs. <main>)", the words
 * apart read pairwise with the shared ones left out (`sideWords`, `mainWords` serve "different topics" only). The
 * similarity rests on the shared words (a tester: "topics partly alike (bio, disambiguate vs. clir, unlabeled)"
 * showed only the words that set the two apart), which come from titles and abstracts when `judged` says so.
 */
function topicsPhrase(index: TopicIndex, side: Map<number, number>, main: Map<number, number>, sideWords: readonly string[], mainWords: readonly string[], similarity: number, model: BodyModel, judged: string): string {
  const [differentBelow, similarFrom] = model.wordEdges;
  if (similarity < differentBelow) return `different topics${judged}: ${listTopicWords(sideWords)} vs. ${listTopicWords(mainWords)}`;
  const shared = sharedTopicWords(index, side, main, 3);
  const common = listTopicWords(shared);
  if (similarity >= similarFrom) return `similar topics${judged}, words in common: ${common}`;
  // the words that set each apart from the other, the shared ones left out ("summarization" read as both)
  const apart = (v: Map<number, number>, other: Map<number, number>) => topicWords(index, v, other, 2 + shared.length).filter((w) => !shared.includes(w)).slice(0, 2);
  return `topics partly alike${judged}, words in common: ${common} (apart from them: ${listTopicWords(apart(side, main))} vs. ${listTopicWords(apart(main, side))})`;
}

/**
 * How likely `split`'s clusters are different people, and why, in words (a naive Bayes posterior):
 *  - prior: the name is shared by someone else in the dataset with probability 1 − e^−λ, λ the people
 *    expected with this exact name by chance (`namePrior`); a list gathered around one name (the dataset's
 *    focal author) starts at 1/2, since namesakes from anywhere may be in it;
 *  - evidence: each cluster beside the largest, against the largest: topic similarity, a venue in common,
 *    years that overlap, affiliations (when the input has them), each a likelihood ratio measured on
 *    acl_2016_2021_all without person ids (`TOPIC_LR`, `VENUE_LR`; years are shown but weigh nothing); a cluster's ratio is their
 *    product, and the person's the mean over the side clusters (if someone else is in there, it is one of
 *    them, which we do not know);
 *  - the bodies of work (`bodiesOfWork`: co-author groups of `BODY_PAPERS`+ papers that nothing ties together),
 *    each beside the largest weighed by `BODY_MODEL` (`bodyFacts`, `bodyProbability`); the name's probability is
 *    at least the bodies' (a body that is probably someone else's makes the name probably several people);
 *  - the claim is made when a body beside the largest is another person's with a posterior of
 *    `CLAIM_PROBABILITY` or more (for the name the list was gathered around: the name's probability). Below that
 *    the person is a candidate, and a line says what is missing.
 * `split` is `splitPersonCandidates`'s or the same with groups joined per cluster (`peopleBehind`); `raw` is
 * `splitPersonCandidates`'s when the caller has it (else it is computed: bodies of work need the co-author groups).
 * `abstracts` (aligned with the papers) sharpen the topics (with their own ratios); titles alone are used
 * without them. Throws a RangeError for an author index outside the bundle.
 */
export function homonymEvidence(bundle: Bundle, split: PersonSplit, abstractsGiven: Abstracts | null = null, raw?: PersonSplit): HomonymEvidence {
  const abstracts = topicAbstracts(abstractsGiven);
  const model = abstracts ? BODY_MODEL.abstracts : BODY_MODEL.titles;
  const judged = abstracts ? ' (titles and abstracts)' : '';
  const byCluster = new Map<number, number[]>();
  for (const g of split.groups) {
    const list = byCluster.get(g.cluster);
    if (list) list.push(...g.papers);
    else byCluster.set(g.cluster, [...g.papers]);
  }
  const lists = [...byCluster.values()].map((l) => l.sort((x, y) => x - y)).sort((x, y) => y.length - x.length || x[0]! - y[0]!);
  const prior = namePrior(bundle, split.author);
  const index = topicIndex(bundle, abstracts);
  const topicLr = abstracts ? TOPIC_LR.abstracts : TOPIC_LR.titles;
  const venueLr = abstracts ? VENUE_LR.abstracts : VENUE_LR.titles;
  const vectors = lists.map((l) => topicVector(index, l));
  const yearsOf = (papers: number[]) => paperYearRange(bundle, papers);
  const venuesOf = (papers: number[]) => [...new Set(papers.map((p) => bundle.papers.venue[p]).filter((v): v is number => v != null))].sort((x, y) => x - y);
  const organisationsOf = (papers: number[]) => authorAffiliations(bundle, split.author, papers).flatMap((a) => (a.org ? [a.org] : []));
  const main = lists[0] ?? [];
  const mainVenues = new Set(venuesOf(main));
  const mainOrgs = organisationsOf(main);
  const restVector = lists.length > 1 ? topicVector(index, lists.slice(1).flat()) : null;
  const clusters: ClusterFacts[] = lists.map((papers, i) => {
    const years = yearsOf(papers);
    const venues = venuesOf(papers);
    const organisations = organisationsOf(papers);
    if (i === 0) return { papers, years, venues, organisations, words: topicWords(index, vectors[0]!, restVector, 2), topicSimilarity: 1, likelihoodRatio: 1 };
    const sim = topicSimilarity(vectors[0]!, vectors[i]!);
    const m = mainBin(main.length);
    const n = sizeBin(papers.length);
    let lr: number = topicLr[m]![n]![similarityBin(sim)]!;
    if (venues.length && mainVenues.size) lr *= venueLr[m]![n]![venues.some((v) => mainVenues.has(v)) ? 0 : 1]!;
    if (organisations.length && mainOrgs.length) lr *= AFFILIATION_LR[organisations.some((o) => mainOrgs.includes(o)) ? 0 : 1];
    return { papers, years, venues, organisations, words: topicWords(index, vectors[i]!, vectors[0]!, 2), topicSimilarity: sim, likelihoodRatio: lr };
  });
  const side = clusters.slice(1);
  const focal = bundle.focalAuthor === split.author;
  const lambda = prior.expectedInDataset;
  // Prior: each side cluster is someone else's with probability π, so that all m of them hold no namesake
  // with probability e^−λ (Poisson), or 1/2 for a list gathered around this name.
  const m = side.length;
  const pi = m === 0 ? 0 : 1 - Math.pow(focal ? 0.5 : Math.exp(-lambda), 1 / m);
  let none = 1;
  let expectedOthers = 0;
  for (const c of side) {
    const p = (pi * c.likelihoodRatio) / (pi * c.likelihoodRatio + 1 - pi);
    none *= 1 - p;
    expectedOthers += p;
  }
  const rawSplit = raw ?? splitPersonCandidates(bundle, split.author, abstracts);
  const bodies = bodiesOfWork(bundle, rawSplit, abstracts);
  const bodyFacts = describeBodies(bundle, split.author, bodies, index, lambda, model);
  // each body's group on the card (the groups are the clusters, largest first, as `lists`)
  for (const b of bodyFacts) b.group = Math.max(0, lists.findIndex((l) => l.includes(b.papers[0]!)));
  const mainBodyGroups = bodyFacts.length
    ? rawSplit.groups.filter((g) => g.papers.length >= BODY_PAPERS && bodyFacts[0]!.papers.includes(g.papers[0]!)).map((g) => g.papers.length)
    : [];
  const bodyProbability = Math.round((1 - bodyFacts.slice(1).reduce((q, b) => q * (1 - b.probability), 1)) * 100) / 100;
  // a body of work that is probably someone else's makes the name probably several people, whatever the clusters say
  const probability = Math.max(1 - none, bodyProbability);
  const odds = probability / Math.max(1 - probability, 1e-12);
  // the probability as shown (two decimals) decides, so that a claim and its figure agree
  const shown = Math.round(probability * 100) / 100;
  const probable = lists.length >= 2 && shown >= CLAIM_PROBABILITY;
  const claimed = focal ? probable : bodyProbability >= CLAIM_PROBABILITY;
  const mayBeSeveral = largestMayBeSeveral(claimed && !focal, prior, mainBodyGroups);

  const lines: string[] = [];
  const groupLines: string[] = [];
  const name = bundle.authors.name[split.author]!;
  // every "X vs. Y" names the side group or body first, as its sentence does ("Group 2 … against group 1 …")
  side.forEach((c, k) => {
    const parts: string[] = [];
    const a = clusters[0]!;
    parts.push(topicsPhrase(index, vectors[k + 1]!, vectors[0]!, c.words, a.words, c.topicSimilarity, model, judged));
    parts.push('no shared co-author, and no co-author of one wrote with a co-author of the other');
    // years say something only where the spans differ ("2020 vs. 2020" in a one-year dataset says nothing)
    if ((a.years || c.years) && yearSpan(a.years) !== yearSpan(c.years)) parts.push(`${yearSpan(c.years)} vs. ${yearSpan(a.years)}`);
    const shared = c.venues.filter((v) => a.venues.includes(v)).length;
    if (c.venues.length && a.venues.length) parts.push(shared ? `${shared} venue${shared === 1 ? '' : 's'} in common` : 'no venue in common');
    if (c.organisations.length && a.organisations.length) {
      const same = c.organisations.filter((o) => a.organisations.includes(o));
      parts.push(same.length ? `same affiliation: ${same[0]}` : `different affiliations: ${c.organisations[0]} vs. ${a.organisations[0]}`);
    }
    groupLines.push(`Group ${k + 2} (${c.papers.length} paper${c.papers.length === 1 ? '' : 's'}) against group 1 (${a.papers.length}): ${parts.join('; ')}.`);
  });
  // each body of work described so a user can find it among the groups: its distinctive words and its most frequent co-author
  const described = (b: BodyFacts) => `${b.papers.length} papers (${listTopicWords(b.words)}${b.coauthor >= 0 ? `; with ${bundle.authors.name[b.coauthor]}` : ''})`;
  // where a body lies among the card's groups, so its count and a group's are not read as two counts of one thing
  // (a tester: "body 1, 16 papers" beside "group 1 (20)" for Fei Liu; Yang Liu's body 2 lies inside group 1)
  const where = (b: BodyFacts, i: number) => {
    const g = clusters[b.group ?? 0]!;
    if (g.papers.length === b.papers.length) return `all of group ${b.group! + 1}`;
    const part = `${b.papers.length} of group ${b.group! + 1}'s ${g.papers.length}`;
    // the co-author circles inside group 1 said as such: "co-author groups … tied together" beside "groups that share
    // no co-author" in the headline read as a contradiction (a tester, Yang Liu on the 30k map)
    if (i > 0) return `${part}, tied to body 1 only through co-author circles of fewer than ${BODY_PAPERS} papers`;
    return mainBodyGroups.length >= 2
      ? `${part}: ${mainBodyGroups.length} co-author circles of ${BODY_PAPERS}+ papers, tied only through co-authors' co-authors or alike topics`
      : `${part}: one co-author circle`;
  };
  const placed = (b: BodyFacts, i: number) =>
    `${b.papers.length} papers (${listTopicWords(b.words)}${b.coauthor >= 0 ? `; with ${bundle.authors.name[b.coauthor]}` : ''}; ${where(b, i)})`;
  const first = bodyFacts[0];
  const bodyVectors = bodyFacts.map((b) => topicVector(index, b.papers));
  bodyFacts.slice(1).forEach((b, k) => {
    const parts: string[] = [];
    parts.push(topicsPhrase(index, bodyVectors[k + 1]!, bodyVectors[0]!, b.words, first!.words, b.topicSimilarity, model, judged));
    // two bodies of one group are tied by co-authors of its small groups (said where the body is placed): "none who
    // wrote with the other's co-authors" beside "tied to body 1 only through small groups" read as a contradiction
    // (a tester, Yang Liu on the 70k map)
    parts.push((b.group ?? 0) === (first!.group ?? 0) ? 'no co-author in common' : 'no co-author in common and none who wrote with the other\'s co-authors');
    if ((first!.years || b.years) && yearSpan(first!.years) !== yearSpan(b.years)) {
      const apart = first!.years && b.years && (b.years[1] < first!.years[0] || b.years[0] > first!.years[1]);
      parts.push(`${yearSpan(b.years)} vs. ${yearSpan(first!.years)}${apart ? ' (one after the other, as when one person moves on)' : ' (at the same time)'}`);
    }
    parts.push(b.sharedVenues.length ? `${b.sharedVenues.length} venue${b.sharedVenues.length === 1 ? '' : 's'} in common` : 'no venue in common');
    lines.push(
      `Body of work ${k + 2}, ${placed(b, k + 1)}, against body 1, ${placed(first!, 0)}: ${parts.join('; ')}: ${chanceIn100(b.probability)} that it is another person's.`,
    );
  });
  if (mayBeSeveral) lines.push(largestSentence(first!.papers.length, mainBodyGroups, prior, lambda, name));
  // the bodies of work (what a claim is about) first, then every group against the largest
  lines.push(...groupLines);
  if (side.length) {
    const probableBodies = bodyFacts.slice(1).filter((b) => b.probability >= CLAIM_PROBABILITY);
    // for a name not gathered around, the figure is that some cluster, small ones included, is a namesake's; claims are
    // made on a body of work's (a tester read "96 in 100 that these are different people … not claimed" as stronger
    // than a claim's 58): it says what it measures
    lines.push(
      `Taken together: ${chanceIn100(shown)} ${focal ? 'that these are different people' : "that some group, small ones included, is another person's"}` +
        (claimed
          ? focal
            ? '.'
            : // two figures, each named for what it counts (a tester read Fei Liu's 58 above and 72 here as two counts of one thing)
              ` (all ${clusters.length} groups counted; the claim's figure above, ${chanceIn100(bodyProbability)}, counts the bodies of work of ${BODY_PAPERS}+ papers only)` +
              `; ${probableBodies.length === 1 ? 'a body of work' : `${probableBodies.length} bodies of work`} of ${BODY_PAPERS}+ papers that ${probableBodies.length === 1 ? 'shares' : 'share'} no co-author with the largest, more likely than not another person's: ` +
              `${probableBodies.map(described).join(', ')}.`
          : // (a name not gathered around is claimed on a body of work only: "(claimed from 50 in 100)" read as this figure's)
            probable || bodyFacts.length >= 2 || !focal
            ? `; but a claim needs a body of work (${BODY_PAPERS} or more papers that share no co-author with the largest) that is more likely than not another person's, and ` +
              (bodyFacts.length >= 2
                ? ((l) => `the likeliest (${l.papers.length} papers) is ${chanceIn100(l.probability)}`)(bodyFacts.slice(1).reduce((x, y) => (y.probability > x.probability ? y : x)))
                : bodyFacts.length
                  ? `there is only one body of work (${bodyFacts[0]!.papers.length} papers)`
                  : 'there is no body of work') +
              ': a candidate, not a claim.'
            : ` (claimed from ${Math.round(CLAIM_PROBABILITY * 100)} in 100).`),
    );
  }
  // (a common surname with a rare full name read "Wang is a very common surname; a rare name in this dataset":
  // the rarity is the full name's)
  const surname = prior.surnameTier ? `${name.split(' ').pop()} is a ${prior.surnameTier} surname` : null;
  lines.push(
    `The name: ${
      lambda >= 0.1
        ? `${surname ? `${surname}; ` : ''}about ${lambda.toFixed(1)} people with this exact name would be expected here by chance`
        : surname
          ? `${surname}, but this full name is rare in this dataset`
          : 'a rare name in this dataset'
    }.`,
  );
  if (focal) lines.push(`The list was gathered around this name, so namesakes from anywhere may be in it.`);
  return {
    score: Math.round(Math.log(Math.max(odds, 1e-9)) * 100) / 100,
    probability: shown,
    expectedOthers: Math.round(expectedOthers * 100) / 100,
    namesakes: Math.round(lambda * 100) / 100,
    claimed,
    bodies,
    bodyFacts,
    bodyProbability,
    mainBodyGroups,
    largestMayBeSeveral: mayBeSeveral,
    peopleIsFloor: claimed && !focal,
    people: claimed && !focal ? 1 + bodyFacts.slice(1).filter((b) => b.probability >= CLAIM_PROBABILITY).length : lists.length,
    prior,
    clusters,
    lines,
    tally: bodyFacts.length >= 2 ? papersTally(name, bundle.authors.paperCount[split.author]!, clusters.map((c) => c.papers.length), bodyFacts, rawSplit.unattached.length) : null,
  };
}

/**
 * Where an author's papers lie, in one sentence whose numbers add up to `papers` (a tester could not tell how Yang
 * Liu's 59, 76, 81 and 92 related), e.g. "Yang Liu's 92 papers: group 1, 81 papers (body of work 1, 59; body of work
 * 2, 5; 17 in co-author circles of fewer than 5 papers); groups 2–11, 10 papers, each group under 5 papers;
 * 1 paper written alone, in no group." `groups`: the card's groups' paper counts, largest first; `bodies`: the bodies of work
 * with the 0-based group each lies in (`BodyFacts.group`); `unattached`: papers with no co-author. Throws nothing.
 */
export function papersTally(name: string, papers: number, groups: readonly number[], bodies: readonly Pick<BodyFacts, 'papers' | 'group'>[], unattached: number): string {
  const papersWord = (n: number) => `${n} paper${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const bodyGroups = [...new Set(bodies.map((b) => b.group ?? 0))].sort((a, b) => a - b);
  for (const g of bodyGroups) {
    const inside = bodies.map((b, i) => ({ b, i })).filter(({ b }) => (b.group ?? 0) === g);
    const inBodies = inside.reduce((n, { b }) => n + b.papers.length, 0);
    const of = inside.map(({ b, i }) => `body of work ${i + 1}, ${b.papers.length}`);
    const rest = groups[g]! - inBodies;
    if (rest > 0) of.push(`${rest} in co-author circles of fewer than ${BODY_PAPERS} papers`);
    parts.push(inside.length === 1 && rest === 0 ? `group ${g + 1}, ${papersWord(groups[g]!)} (body of work ${inside[0]!.i + 1})` : `group ${g + 1}, ${papersWord(groups[g]!)} (${of.join('; ')})`);
  }
  const others = groups.map((n, g) => ({ n, g })).filter(({ g }) => !bodyGroups.includes(g));
  if (others.length) {
    const n = others.reduce((x, o) => x + o.n, 0);
    const first = others[0]!.g + 1;
    const last = others[others.length - 1]!.g + 1;
    const contiguous = last - first + 1 === others.length;
    const which = others.length === 1 ? `group ${first}` : contiguous ? `groups ${first}–${last}` : `the ${others.length} other groups`;
    parts.push(`${which}, ${papersWord(n)}${others.length > 1 ? `, each group under ${BODY_PAPERS} papers` : ''}`);
  }
  if (unattached > 0) parts.push(`${papersWord(unattached)} written alone, in no group`);
  return `${name}'s ${papersWord(papers)}: ${parts.join('; ')}.`;
}

/**
 * How many people a claim says, in words: "at least 2 different people" when the count is a floor (a claim on bodies
 * of work: each probable body beside the largest is one more person, and any body may hold several; Yang Liu at 30k
 * read "may be 2 different people" where the ACL Anthology has 11+), else "4 different people" (the groups of a name a
 * list was gathered around). Throws nothing.
 */
export function mayBePeople(e: Pick<HomonymEvidence, 'people' | 'peopleIsFloor'>): string {
  return `${e.peopleIsFloor ? 'at least ' : ''}${e.people} different people`;
}

/**
 * Whether a claim's largest body of work may itself be several people: the claim is made on bodies of work
 * (`claimedOnBodies`), the surname is very common (`prior.surnameTier`, name-commonness.ts) and the largest body is
 * two or more co-author groups of `BODY_PAPERS`+ papers (`mainBodyGroups`) that share no co-author, tied only through
 * co-authors' co-authors or alike topics, which one person's students and namesakes in one field alike make. Not
 * measured: it says the claim's count is a floor (Yang Liu at 30k: "may be 2", the ACL Anthology has 11+ ids, most
 * of them in the largest group). Throws nothing.
 */
export function largestMayBeSeveral(claimedOnBodies: boolean, prior: Pick<NamePrior, 'surnameTier'>, mainBodyGroups: readonly number[]): boolean {
  return claimedOnBodies && prior.surnameTier === 'very common' && mainBodyGroups.length >= 2;
}

/**
 * The evidence line that says the largest body of work may itself be several people (`largestMayBeSeveral`), e.g.
 * "Body 1 itself is 4 co-author groups of 5+ papers (28, 16, 8 and 7) that share no co-author, tied only through
 * co-authors' co-authors or alike topics; Liu is a very common surname (about 1.4 people with this exact name expected
 * here by chance), so body 1 may itself be several people: at least 2 people, maybe more." `papers`: body 1's papers;
 * `groups`: its co-author groups' sizes; `lambda`: namesakes expected. Throws nothing.
 */
export function largestSentence(papers: number, groups: readonly number[], prior: Pick<NamePrior, 'surnameTier'>, lambda: number, name: string): string {
  return (
    `Body 1 (${papers} papers) is itself ${groups.length} co-author circles of ${BODY_PAPERS}+ papers (${listWords(groups.map(String))}) with no co-author in common, tied only through ` +
    `co-authors' co-authors or alike topics; ${name.split(' ').pop()} is a ${prior.surnameTier ?? 'common'} surname (about ${lambda.toFixed(1)} people with this exact ` +
    `name expected here by chance), so body 1 may itself be several people: the count is at least 2, maybe more.`
  );
}

/**
 * Every person whose papers fall into at least `minClusters` (default 2) clusters (see the module
 * comment) AND whose posterior (`homonymEvidence`) is at least `minProbability` (default
 * `CANDIDATE_PROBABILITY`): the claims (`claimed`) first, then the candidates, each most probable first
 * (ties: clusters, papers, author index). `minScore` (ln posterior odds) is kept for callers that ask for
 * everything (`-Infinity`). Linear in the co-author graph's links around each person plus Σ over papers
 * of (authors)², plus the topic index (once per bundle).
 */
export function flagHomonyms(bundle: Bundle, opts: FlagOptions = {}): HomonymFlag[] {
  return finish(flagHomonymsSteps(bundle, opts));
}

/** `flagHomonyms`' options (see it). */
export interface FlagOptions {
  minClusters?: number;
  minScore?: number;
  minProbability?: number;
  abstracts?: Abstracts | null;
}

/** People of two papers or more looked at between two yields (a few ms of the 30k map's checks). */
const PEOPLE_PER_STEP = 32;

/** `flagHomonyms` in steps (util/steps.ts): it yields every few people of two papers or more. */
export function* flagHomonymsSteps(bundle: Bundle, opts: FlagOptions = {}): Steps<HomonymFlag[]> {
  const minClusters = opts.minClusters ?? 2;
  const minProbability = opts.minScore === -Infinity ? 0 : (opts.minProbability ?? CANDIDATE_PROBABILITY);
  const minScore = opts.minScore ?? -Infinity;
  const abstracts = topicAbstracts(opts.abstracts);
  const index = authorPaperIndex(bundle);
  const scratch = scratchFor(bundle);
  const out: HomonymFlag[] = [];
  // progress: by the square of each author's papers (an author's check takes longer the more papers they have)
  let authorships = 0;
  for (let a = 0; a < bundle.authors.name.length; a++) authorships += row(index, a).length ** 2;
  let seen = 0;
  yield;
  let looked = 0;
  for (let a = 0; a < bundle.authors.name.length; a++) {
    const papers = row(index, a);
    seen += papers.length ** 2;
    if (papers.length < minClusters) continue;
    if (++looked % PEOPLE_PER_STEP === 0) yield seen / Math.max(1, authorships);
    const components = paperComponents(bundle, a, papers, scratch);
    if (components.count < minClusters) continue;
    const split = splitFromComponents(bundle, a, papers, components, abstracts);
    if (split.clusters < minClusters) continue;
    const evidence = homonymEvidence(bundle, split, abstracts, split);
    if (evidence.probability < minProbability || evidence.score < minScore) continue;
    out.push({
      author: a,
      clusters: split.clusters,
      groups: split.groups.length,
      papers: papers.length,
      score: evidence.score,
      probability: evidence.probability,
      namesakes: evidence.namesakes,
      bodies: evidence.bodies.length,
      bodyProbability: evidence.bodyProbability,
      people: evidence.people,
      claimed: evidence.claimed,
      peopleIsFloor: evidence.peopleIsFloor,
    });
  }
  return out.sort(
    (x, y) => Number(y.claimed) - Number(x.claimed) || y.score - x.score || y.clusters - x.clusters || y.papers - x.papers || x.author - y.author,
  );
}

/**
 * The papers on whose byline `author` is written two or more times, with the byline positions (0-based, ascending),
 * paper order; from the bundle's `repeatedAuthors` (absent in bundles built before it was kept: then none). The
 * names stage counts such a person once on the paper and notes it ("… appears twice among the authors of …").
 */
export function listedTwice(bundle: Bundle, author: number): { paper: number; positions: number[] }[] {
  return (bundle.repeatedAuthors ?? []).filter((r) => r.author === author).map((r) => ({ paper: r.paper, positions: r.positions }));
}

const ordinalOf = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/**
 * What a byline that lists `author` twice says, in words for the author card, or null when none does: e.g. "Listed
 * twice on 2 papers' bylines (“User Memory Reasoning…”, 4th and 6th author; …): two people with this name wrote
 * together, or a data error." It is the strongest sign that two people share the name, but it does not say which
 * papers are whose (the two share that paper, so their co-authors meet and their papers fall into the same groups),
 * so it is not weighed in the homonym figures (`homonymEvidence`, whose claim is about a body of work standing apart;
 * the ACL Anthology gives both positions one id on all 11 such papers of acl_2016_2021_all, so it cannot be
 * measured there), and the sentence says so (`withFigures`: shown beside them, default true). Positions side by side
 * are said too: a duplicated entry looks so.
 */
export function listedTwiceSentence(bundle: Bundle, author: number, withFigures = true): string | null {
  const found = listedTwice(bundle, author);
  if (found.length === 0) return null;
  const most = Math.max(...found.map((f) => f.positions.length));
  const times = most === 2 ? 'twice' : `${most} times`;
  const title = (p: number) => {
    const t = bundle.papers.title[p]!;
    return t.length > 60 ? `${t.slice(0, 59).trimEnd()}…` : t;
  };
  const where = found.map((f) => `“${title(f.paper)}”, ${f.positions.map((k) => ordinalOf(k + 1)).join(' and ')} author`).join('; ');
  const adjacent = found.every((f) => f.positions.every((k, i) => i === 0 || k === f.positions[i - 1]! + 1));
  return (
    `Listed ${times} on ${found.length === 1 ? "one paper's byline" : `${found.length} papers' bylines`} (${where}): two people with this name wrote together, or a data error` +
    `${adjacent ? ` (side by side on the byline, as a duplicated entry often is)` : ''}. ` +
    'It says the name is shared, not which papers are whose (the two share that paper, so their papers fall into the same groups)' +
    (withFigures ? ': the figures here do not weigh it.' : '.')
  );
}

/** How a paper is named in an alias line: its DOI when it has one, else its title. */
export function paperSelector(bundle: Bundle, paper: number): string {
  return bundle.papers.doi[paper] ?? bundle.papers.title[paper]!;
}

/**
 * The alias lines of the split a card offers: when the claim rests on bodies of work (`evidence.bodyProbability`
 * ≥ `CLAIM_PROBABILITY`), each body beside the largest that is more likely than not another person's gets its own
 * person and every other paper stays (the claim's "may be N people": Yang Liu's 11 groups at 30k were offered as
 * "Split into 11 people" under "may be 2 different people"); otherwise each group but the largest
 * (`splitDecisions`). `split`: `peopleBehind`'s; `evidence`: `homonymEvidence` of it, or null. Throws nothing.
 */
export function claimDecisions(bundle: Bundle, split: PersonSplit, evidence: HomonymEvidence | null): AliasDecision[] {
  const moves = claimMoves(split, evidence);
  if (moves.length === 0 || moves[0]!.from === 'group') return splitDecisions(bundle, split);
  const main = split.groups[0]!;
  return splitDecisions(bundle, { ...split, groups: [main, ...moves.map((m) => ({ papers: m.papers, cluster: -1, coauthors: [] }))] });
}

/** A set of papers the split a card offers moves to a new person (`claimMoves`). */
export interface SplitMove {
  /**
   * What the set is: 'body', a body of work of the claim (`HomonymEvidence.bodyFacts`); 'group', a group of the
   * split's (`PersonSplit.groups`, one per cluster).
   */
  from: 'body' | 'group';
  /** Its number as the card's evidence says it, 1-based: "body of work 2", "group 3" (a circle: its group's). */
  number: number;
  /** Its papers (paper indices), ascending. */
  papers: number[];
}

/**
 * The sets of papers the split a card offers moves, in the order of the new people (`claimDecisions`: the k-th,
 * from 0, goes to `<name> (k + 2)`): when the claim rests on bodies of work, each body beside the largest that is
 * more likely than not another person's; otherwise each group but the largest. Empty when there is nothing to
 * split (one group). `split`: `peopleBehind`'s; `evidence`: `homonymEvidence` of it, or null. Throws nothing.
 */
export function claimMoves(split: PersonSplit, evidence: HomonymEvidence | null): SplitMove[] {
  if (evidence && evidence.bodyProbability >= CLAIM_PROBABILITY) {
    const bodies: SplitMove[] = [];
    evidence.bodyFacts.forEach((b, i) => {
      if (i > 0 && b.probability >= CLAIM_PROBABILITY) bodies.push({ from: 'body', number: i + 1, papers: [...b.papers] });
    });
    if (bodies.length > 0) return bodies;
  }
  return split.groups.slice(1).map((g, i) => ({ from: 'group', number: i + 2, papers: [...g.papers] }));
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

/**
 * A name's co-author circles of `BODY_PAPERS`+ papers (`splitPersonCandidates`' groups: papers that share co-authors,
 * before groups are joined into clusters), largest first, each with its co-authors, most papers first: the pieces
 * bodies of work are made of (`bodiesOfWork`), offered to a split one by one (`splitParts`). Throws a RangeError for
 * an author index outside the bundle.
 */
export function coauthorCircles(bundle: Bundle, author: number): PaperGroup[] {
  return splitPersonCandidates(bundle, author).groups.filter((g) => g.papers.length >= BODY_PAPERS);
}

/**
 * A part of a name's papers that the split a card offers lets the user give to a person (`splitParts`): a card
 * group, or, when the claim rests on bodies of work, a body the claim would move or what of its group no such body
 * holds.
 */
export interface SplitPart {
  /**
   * 'body': a body of work the claim's split moves (`claimMoves`); 'group': a group, or the rest of one; 'circle': a
   * co-author circle of `BODY_PAPERS`+ papers inside a group or body (`splitParts`' `circles`).
   */
  from: 'body' | 'group' | 'circle';
  /** Its number as the card's evidence says it, 1-based: "body of work 2", "group 3" (a circle: its group's). */
  number: number;
  /** The card group it lies in, 0-based (`PersonSplit.groups`' order). */
  group: number;
  /** Whether it is all of its group (a body that is its whole group; a group no body was taken from). */
  whole: boolean;
  /** Its papers (paper indices), ascending. */
  papers: number[];
  /**
   * The person the claim's split gives it (`claimMoves`, `claimDecisions`): 0 stays with the name, k ≥ 1 goes to
   * the k-th new person, `<name> (k + 1)`.
   */
  proposed: number;
  /** A circle: its co-author on the most of its papers (author index, -1 without one). */
  coauthor?: number;
  /** A circle: the body of work it lies in, 1-based (`HomonymEvidence.bodyFacts`' order), if any. */
  body?: number;
  /** A group's papers left once its circles of `BODY_PAPERS`+ papers are parts of their own: all in smaller circles. */
  smaller?: boolean;
}

/**
 * The parts of a name's placed papers that a card's split chooser assigns, each with the person the claim's split
 * proposes (`claimMoves`): when the split moves groups, one part per group (group 1 stays, group k goes to
 * `<name> (k)`); when it moves bodies of work, each moved body is a part (to `<name> (2)`, `(3)`… in `claimMoves`'
 * order), and each group's papers no moved body holds are a part that stays. In the card's group order, a group's
 * rest before the bodies in it. Papers with no co-author (`PersonSplit.unattached`) are in no part: they stay.
 * `split`: `peopleBehind`'s; `evidence`: `homonymEvidence` of it, or null. `circles`: the name's co-author groups
 * (`coauthorCircles`); each of `BODY_PAPERS`+ papers inside a part of several is then a part of its own (largest
 * first, proposed to its part's person, named by its leading co-author), and the part's other papers, all in smaller
 * circles, one more (`smaller`): Yang Liu's largest body at 30k is 4 circles (28, 16, 8 and 7 papers: Maosong Sun,
 * Mirella Lapata…) that the user could not give apart (a tester). Throws nothing.
 */
export function splitParts(split: PersonSplit, evidence: HomonymEvidence | null, circles: readonly PaperGroup[] = []): SplitPart[] {
  const parts = wholeParts(split, evidence);
  const big = circles.filter((c) => c.papers.length >= BODY_PAPERS);
  if (big.length === 0) return parts;
  const bodyOf = (papers: readonly number[]) => {
    const i = evidence?.bodyFacts.findIndex((b) => b.papers.includes(papers[0]!)) ?? -1;
    return i >= 0 ? i + 1 : undefined;
  };
  return parts.flatMap((part): SplitPart[] => {
    const mine = new Set(part.papers);
    const inside = big.filter((c) => c.papers.every((p) => mine.has(p)));
    // a part that is one circle, or holds none, stays as it is
    if (inside.length === 0 || (inside.length === 1 && inside[0]!.papers.length === part.papers.length)) return [part];
    const taken = new Set(inside.flatMap((c) => c.papers));
    const rest = part.papers.filter((p) => !taken.has(p));
    const own = inside
      .map((c): SplitPart => {
        const body = bodyOf(c.papers);
        return { from: 'circle', number: part.number, group: part.group, whole: false, papers: [...c.papers].sort((x, y) => x - y), proposed: part.proposed, coauthor: c.coauthors[0] ?? -1, ...(body ? { body } : {}) };
      })
      .sort((x, y) => y.papers.length - x.papers.length || x.papers[0]! - y.papers[0]!);
    return rest.length > 0 ? [...own, { ...part, whole: false, papers: rest, smaller: true }] : own;
  });
}

/** `splitParts` without circles: whole groups, or moved bodies and what of their groups they leave. */
function wholeParts(split: PersonSplit, evidence: HomonymEvidence | null): SplitPart[] {
  const moves = claimMoves(split, evidence);
  if (moves.length === 0 || moves[0]!.from === 'group') {
    return split.groups.map((g, i) => ({ from: 'group', number: i + 1, group: i, whole: true, papers: [...g.papers], proposed: i }));
  }
  const groupOf = new Map<number, number>();
  split.groups.forEach((g, i) => {
    for (const p of g.papers) groupOf.set(p, i);
  });
  const parts: SplitPart[] = [];
  split.groups.forEach((g, i) => {
    const bodies = moves.map((m, k) => ({ m, k })).filter(({ m }) => groupOf.get(m.papers[0]!) === i);
    const taken = new Set(bodies.flatMap(({ m }) => m.papers));
    const rest = g.papers.filter((p) => !taken.has(p));
    if (rest.length > 0) parts.push({ from: 'group', number: i + 1, group: i, whole: bodies.length === 0, papers: rest, proposed: 0 });
    for (const { m, k } of bodies) parts.push({ from: 'body', number: m.number, group: i, whole: rest.length === 0 && bodies.length === 1, papers: [...m.papers], proposed: k + 1 });
  });
  return parts;
}

/**
 * An assignment of `splitParts` (one person per part: 0 stays with the name, k ≥ 1 the k-th new person) with its
 * new people numbered 1, 2, 3… in the order of their numbers, none left out (people 2 and 4 become 1 and 2), so
 * the names it gives have no gap. `papers`: papers given a person one by one (`assignedMoves`), renumbered with the
 * parts (the second value; a person who has only such papers counts too). Throws nothing.
 */
export function compactAssignment(assignment: readonly number[]): number[];
export function compactAssignment(assignment: readonly number[], papers: ReadonlyMap<number, number>): [number[], Map<number, number>];
export function compactAssignment(assignment: readonly number[], papers?: ReadonlyMap<number, number>): number[] | [number[], Map<number, number>] {
  const used = [...new Set([...assignment, ...(papers?.values() ?? [])].filter((k) => k > 0))].sort((a, b) => a - b);
  const renumber = (k: number) => (k > 0 ? used.indexOf(k) + 1 : 0);
  const parts = assignment.map(renumber);
  if (!papers) return parts;
  return [parts, new Map([...papers].map(([p, k]) => [p, renumber(k)]))];
}

/** Papers of a new person of a split as assigned (`assignedMoves`). */
export interface AssignedMove {
  /** The new person, k ≥ 1 (`<name> (k + 1)` once compacted). */
  person: number;
  /** The parts given to them whole or in part (their papers given elsewhere one by one left out of `papers`). */
  parts: SplitPart[];
  /** Papers given to them one by one from parts given to someone else, ascending. */
  single: number[];
  /** Every paper they get, ascending. */
  papers: number[];
}

/**
 * The papers each new person of an assignment gets: for k = 1, 2… (new person `<name> (k + 1)`), the parts given
 * k and their papers, ascending. `parts`: `splitParts`'; `assignment`: one person per part (0 stays, k ≥ 1 the k-th
 * new person), compacted (`compactAssignment`) or not (a person given no part is left out); `papers`: papers given
 * a person one by one, over their part's (paper index → person, 0 stays; a paper in no part is ignored). Throws nothing.
 */
export function assignedMoves(parts: readonly SplitPart[], assignment: readonly number[], papers: ReadonlyMap<number, number> = new Map()): AssignedMove[] {
  const partOf = new Map<number, number>();
  parts.forEach((part, i) => part.papers.forEach((p) => partOf.set(p, i)));
  const own = [...papers].filter(([p, k]) => partOf.has(p) && k !== assignment[partOf.get(p)!]);
  const people = [...new Set([...assignment, ...own.map(([, k]) => k)].filter((k) => k > 0))].sort((a, b) => a - b);
  return people
    .map((person) => {
      const given = parts.filter((_, i) => assignment[i] === person);
      const single = own.filter(([, k]) => k === person).map(([p]) => p);
      const kept = given.flatMap((part) => part.papers).filter((p) => (papers.get(p) ?? person) === person);
      const taken = given.filter((part) => part.papers.some((p) => (papers.get(p) ?? person) === person));
      return { person, parts: taken, single: single.sort((a, b) => a - b), papers: [...kept, ...single].sort((a, b) => a - b) };
    })
    .filter((m) => m.papers.length > 0);
}

/**
 * The alias lines of a split as the user assigned its parts (`splitParts`): each new person k (`assignment[i]` = k
 * for the parts they get) is named `<name> (k + 1)` after compacting (`compactAssignment`), and gets one line per
 * paper and per spelling (`splitDecisions`); parts given 0 and papers in no part stay with the name. `papers`: papers
 * given a person one by one (see `assignedMoves`). With every part at its `proposed` person and no paper given one by
 * one the lines are `claimDecisions`'. Empty when nothing moves. Throws nothing.
 */
export function assignedDecisions(
  bundle: Bundle,
  split: PersonSplit,
  parts: readonly SplitPart[],
  assignment: readonly number[],
  papers: ReadonlyMap<number, number> = new Map(),
): AliasDecision[] {
  // people numbered over the papers they actually get (a person whose every paper went elsewhere is dropped)
  const raw = assignedMoves(parts, assignment, papers);
  const moves = raw.map((m, i) => ({ ...m, person: i + 1 }));
  if (moves.length === 0) return [];
  return splitDecisions(bundle, { ...split, groups: [split.groups[0]!, ...moves.map((m) => ({ papers: m.papers, cluster: -1, coauthors: [] }))] });
}

/** One person of a split as the user assigned it (`assignedEvidence`): a name, the papers they would have, what those are. */
export interface AssignedPerson {
  /** The name they would carry, e.g. “Jialiang Wang (2)”; the first person keeps the name. */
  name: string;
  /** Their papers (paper indices). */
  papers: readonly number[];
  /** What the papers are on the card, e.g. "group 2 and group 3" (optional, said first). */
  what?: string;
  /**
   * The sets of papers they are made of (the card's parts; optional): each set's most frequent co-author is named, so
   * that every part given to them is recognisable (else the most frequent of all their papers).
   */
  pieces?: readonly (readonly number[])[];
}

/** Co-authors named per person in `assignedEvidence` (one per part given to them, at most this many). */
const ASSIGNED_COAUTHORS = 3;

/**
 * The evidence of a split as the user assigned it, one sentence per new person against the person who keeps the
 * name (`people[0]`), in the words of the card's group lines (`homonymEvidence`): each side's papers, what they are,
 * years and most frequent co-author (one per piece, `AssignedPerson.pieces`), then topics (`topicsPhrase`), co-authors in common or how
 * far apart (`coauthorDistance`, one step), years, venues in common and affiliations, e.g. "“Jialiang Wang (2)”,
 * 3 papers (group 2 and group 3; 2019–2024; with Zhun Deng and Weiling Li), against “Jialiang Wang”, 6 papers
 * (…): different topics: … vs. …; no shared co-author, and no co-author of one wrote with a co-author of the other;
 * 2019–2024 vs. 2023–2025; no venue in common." Nothing is weighed (the claim's figures are its own split's).
 * `author`: the name's author index; `abstracts` as `homonymEvidence`. Empty with fewer than two people or a side
 * with no paper. Throws nothing.
 */
export function assignedEvidence(bundle: Bundle, author: number, people: readonly AssignedPerson[], abstractsGiven: Abstracts | null = null): string[] {
  if (people.length < 2 || people.some((p) => p.papers.length === 0)) return [];
  const abstracts = topicAbstracts(abstractsGiven);
  const model = abstracts ? BODY_MODEL.abstracts : BODY_MODEL.titles;
  const judged = abstracts ? ' (titles and abstracts)' : '';
  const index = topicIndex(bundle, abstracts);
  const papersOf = people.map((p) => [...p.papers].sort((x, y) => x - y));
  const vectors = papersOf.map((l) => topicVector(index, l));
  const others = topicVector(index, papersOf.slice(1).flat());
  const coauthorCounts = (papers: readonly number[]) => {
    const counts = new Map<number, number>();
    for (const p of papers) for (const c of bundle.papers.authors[p]!) if (c !== author) counts.set(c, (counts.get(c) ?? 0) + 1);
    return counts;
  };
  const mostFrequent = (counts: Map<number, number>) => {
    let coauthor = -1;
    for (const [c, n] of counts) if (coauthor < 0 || n > counts.get(coauthor)! || (n === counts.get(coauthor)! && c < coauthor)) coauthor = c;
    return coauthor;
  };
  const facts = papersOf.map((papers, i) => {
    const counts = coauthorCounts(papers);
    const pieces = people[i]!.pieces?.filter((p) => p.length > 0) ?? [];
    const named = pieces.length > 1 ? pieces.map((p) => mostFrequent(coauthorCounts(p))) : [mostFrequent(counts)];
    return {
      papers,
      counts,
      coauthors: [...new Set(named.filter((c) => c >= 0))].slice(0, ASSIGNED_COAUTHORS),
      years: paperYearRange(bundle, papers),
      venues: [...new Set(papers.map((p) => bundle.papers.venue[p]).filter((v): v is number => v != null))],
      organisations: authorAffiliations(bundle, author, papers).flatMap((a) => (a.org ? [a.org] : [])),
      words: topicWords(index, vectors[i]!, i === 0 ? others : vectors[0]!, 2),
    };
  });
  const described = (i: number) => {
    const f = facts[i]!;
    // (the distinctive words are the topics part's, said once there)
    const bits = [people[i]!.what, f.years ? yearSpan(f.years) : null, f.coauthors.length ? `with ${listWords(f.coauthors.map((c) => bundle.authors.name[c]!))}` : null];
    const said = bits.filter((b): b is string => !!b);
    return `“${people[i]!.name}”, ${f.papers.length} paper${f.papers.length === 1 ? '' : 's'}${said.length ? ` (${said.join('; ')})` : ''}`;
  };
  const a = facts[0]!;
  return facts.slice(1).map((c, k) => {
    const i = k + 1;
    const parts: string[] = [];
    const sim = topicSimilarity(vectors[0]!, vectors[i]!);
    parts.push(topicsPhrase(index, vectors[i]!, vectors[0]!, c.words, a.words, sim, model, judged));
    const shared = [...c.counts.keys()].filter((x) => a.counts.has(x)).sort((x, y) => c.counts.get(y)! + a.counts.get(y)! - c.counts.get(x)! - a.counts.get(x)! || x - y);
    if (shared.length) {
      const named = shared.slice(0, 3).map((x) => bundle.authors.name[x]!);
      parts.push(`${shared.length} co-author${shared.length === 1 ? '' : 's'} in common (${listWords(shared.length > 3 ? [...named, `${shared.length - 3} more`] : named)})`);
    } else if (c.counts.size && a.counts.size) {
      parts.push(coauthorDistance(bundle, author, c.papers, a.papers, 1) === 1 ? 'no shared co-author, but a co-author of one wrote with a co-author of the other' : 'no shared co-author, and no co-author of one wrote with a co-author of the other');
    }
    if ((a.years || c.years) && yearSpan(a.years) !== yearSpan(c.years)) {
      const apart = a.years && c.years && (c.years[1] < a.years[0] || c.years[0] > a.years[1]);
      parts.push(`${yearSpan(c.years)} vs. ${yearSpan(a.years)}${a.years && c.years ? (apart ? ' (one after the other)' : ' (at the same time)') : ''}`);
    }
    const venues = c.venues.filter((v) => a.venues.includes(v)).length;
    if (c.venues.length && a.venues.length) parts.push(venues ? `${venues} venue${venues === 1 ? '' : 's'} in common` : 'no venue in common');
    if (c.organisations.length && a.organisations.length) {
      const same = c.organisations.filter((o) => a.organisations.includes(o));
      parts.push(same.length ? `same affiliation: ${same[0]}` : `different affiliations: ${c.organisations[0]} vs. ${a.organisations[0]}`);
    }
    return `${described(i)}, against ${described(0)}: ${parts.join('; ')}.`;
  });
}
