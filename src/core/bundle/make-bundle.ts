import type { RawPaper } from '../ingest/types';
import type { Person } from '../names/resolve-people';
import { ABSTRACT_CHUNK_DIR, planAbstractChunks } from './abstract-chunks';
import { BUNDLE_FORMAT, BUNDLE_KIND, type Abstracts, type BuildOptions, type Bundle, type BundleAffiliations, type BundleCommunity } from './types';

const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** The bundle's `stats.authorships`: author–paper pairs, from each paper's author indices (`paperAuthors[paper]`). */
export function countAuthorships(paperAuthors: readonly (readonly number[])[]): number {
  return paperAuthors.reduce((s, a) => s + a.length, 0);
}

/**
 * The bundle's (and report's) `stats.modularity`: the community detection's modularity rounded to 6 digits, or
 * null when there is no co-author link at all (`linkCount` 0: modularity is 0/0, written as null on purpose,
 * whatever the detection returned, NaN or 0).
 */
export function statedModularity(modularity: number, linkCount: number): number | null {
  return Number.isFinite(modularity) && linkCount > 0 ? round(modularity, 6) : null;
}

/**
 * Decimals of the co-author link weights and the authors' total link strength in the bundle: fractional weights
 * (1/(n−1) per paper) are repeating decimals, and at 4 decimals an author's pair weights did not add up to their
 * total link strength (0.7833 against 0.783333: half the authors of acl_2020_main). At 8, each link is within
 * 5e-9 and the total is the sum of the stored links (`storedLinkStrengths`), so they add up to float precision.
 */
export const WEIGHT_DECIMALS = 8;

/**
 * Decimals of a total link strength as the exports write it (authors CSV, Gephi nodes, VOSviewer map, GEXF): two
 * fewer than a link's (WEIGHT_DECIMALS). A total is the sum of its links' 8-decimal weights, each within 5e-9 of the
 * exact fraction, so the 8-decimal total carried their rounding ("14.00000002" for an author whose papers with
 * co-authors add exactly 14 under fractional counting: a tester read it as noise). At 6 decimals that error
 * (under 5e-7 for fewer than a hundred links) is gone, and the sum of an author's pair rows, rounded to 6
 * decimals, is the file's total: both are the same sum (`storedLinkStrengths`), rounded once.
 */
export const TOTAL_DECIMALS = WEIGHT_DECIMALS - 2;

/**
 * A total link strength (a sum of stored link weights, any units the weights have) as the exports write it:
 * rounded to TOTAL_DECIMALS. Non-finite input is returned as it is. Throws nothing.
 */
export function writtenTotal(total: number): number {
  return Number.isFinite(total) ? round(total, TOTAL_DECIMALS) : total;
}

/**
 * The bundle's link weights (each rounded to WEIGHT_DECIMALS) and each author's total link strength as the sum of
 * those stored weights (rounded likewise), so an export's pair weights add up to the total. `authorCount` authors;
 * `links` as parallel arrays. Throws nothing.
 */
export function storedLinkStrengths(authorCount: number, links: { source: readonly number[]; target: readonly number[]; weight: readonly number[] }): { weight: number[]; total: number[] } {
  const weight = links.weight.map((w) => round(w, WEIGHT_DECIMALS));
  const sum = new Float64Array(authorCount);
  for (let e = 0; e < weight.length; e++) {
    sum[links.source[e]!] += weight[e]!;
    sum[links.target[e]!] += weight[e]!;
  }
  return { weight, total: Array.from(sum, (t) => round(t, WEIGHT_DECIMALS)) };
}

export interface BundleParts {
  name: string;
  options: BuildOptions;
  papers: RawPaper[];
  people: Person[];
  paperAuthors: number[][];
  /** Person of every author position per paper (before a person listed twice is counted once); for affiliations. */
  positionPeople?: number[][];
  focalAuthor: number | null;
  authorCommunity: number[];
  paperCommunity: number[];
  metrics: { paperCount: number[]; coauthorCount: number[]; weightedDegree: number[] };
  links: { source: number[]; target: number[]; weight: number[]; shared: number[] };
  communities: { size: number; paperCount: number; label: string; terms: string[]; topAuthors: number[]; x: number; y: number }[];
  modularity: number;
  layout: { authorX: ArrayLike<number>; authorY: ArrayLike<number>; paperX: ArrayLike<number>; paperY: ArrayLike<number> };
  abstractsFile: string | null;
  /** Papers per abstracts chunk (format 3 chunk files in ABSTRACT_CHUNK_DIR); null: no chunks (abstractsFile or none). */
  abstractChunkSize?: number | null;
}

/** Assemble the compact bundle (and the abstracts array that goes into its own file). */
export function makeBundle(parts: BundleParts): { bundle: Bundle; abstracts: Abstracts } {
  const venues: string[] = [];
  const venueIndex = new Map<string, number>();
  const venueOf = (v: string | null | undefined) => {
    if (!v) return null;
    let i = venueIndex.get(v);
    if (i === undefined) {
      i = venues.length;
      venues.push(v);
      venueIndex.set(v, i);
    }
    return i;
  };
  const { papers, people, layout, metrics } = parts;
  const strengths = storedLinkStrengths(people.length, parts.links);
  const abstracts: Abstracts = papers.map((p) => p.abstract || null);
  const communities: BundleCommunity[] = parts.communities.map((c, id) => ({
    id,
    size: c.size,
    paperCount: c.paperCount,
    label: c.label,
    terms: c.terms,
    topAuthors: c.topAuthors,
    x: round(c.x, 2),
    y: round(c.y, 2),
  }));
  const bundle: Bundle = {
    kind: BUNDLE_KIND,
    format: BUNDLE_FORMAT,
    name: parts.name,
    focalAuthor: parts.focalAuthor,
    options: parts.options,
    stats: {
      papers: papers.length,
      authors: people.length,
      authorships: countAuthorships(parts.paperAuthors),
      coauthorPairs: parts.links.source.length,
      communities: communities.length,
      modularity: statedModularity(parts.modularity, parts.links.source.length),
    },
    venues,
    authors: {
      name: people.map((p) => p.name),
      aliases: people.map((p) => p.aliases),
      orcid: people.map((p) => p.orcid),
      community: parts.authorCommunity,
      paperCount: metrics.paperCount,
      coauthorCount: metrics.coauthorCount,
      weightedDegree: strengths.total,
      x: Array.from(layout.authorX, (v) => round(v, 2)),
      y: Array.from(layout.authorY, (v) => round(v, 2)),
    },
    papers: {
      title: papers.map((p) => p.title),
      year: papers.map((p) => p.year ?? null),
      venue: papers.map((p) => venueOf(p.venue)),
      doi: papers.map((p) => p.doi ?? null),
      url: papers.map((p) => p.url ?? null),
      authors: parts.paperAuthors,
      community: parts.paperCommunity,
      hasAbstract: abstracts.map((a) => (a ? 1 : 0)),
      x: Array.from(layout.paperX, (v) => round(v, 2)),
      y: Array.from(layout.paperY, (v) => round(v, 2)),
    },
    coauthorLinks: {
      source: parts.links.source,
      target: parts.links.target,
      weight: strengths.weight,
      shared: parts.links.shared,
    },
    communities,
    abstractsFile: parts.abstractsFile,
  };
  const size = parts.abstractChunkSize ?? null;
  if (size !== null) {
    bundle.abstractChunks = { dir: ABSTRACT_CHUNK_DIR, size, count: planAbstractChunks(bundle.papers.community, bundle.papers.hasAbstract, size).papers.length };
  }
  const affiliations = affiliationColumns(papers, parts.paperAuthors, parts.positionPeople);
  if (affiliations) bundle.affiliations = affiliations;
  const repeated = repeatedAuthors(parts.positionPeople);
  if (repeated.length) bundle.repeatedAuthors = repeated;
  return { bundle, abstracts };
}

/**
 * People written two or more times on one paper's byline (the names stage counts them once, with a note): per
 * paper in order, per person in byline order, their positions (0-based). Empty without `positionPeople`.
 */
export function repeatedAuthors(positionPeople: readonly (readonly number[])[] | undefined): NonNullable<Bundle['repeatedAuthors']> {
  const out: NonNullable<Bundle['repeatedAuthors']> = [];
  positionPeople?.forEach((positions, paper) => {
    const at = new Map<number, number[]>();
    positions.forEach((person, k) => {
      const list = at.get(person);
      if (list) list.push(k);
      else at.set(person, [k]);
    });
    for (const [author, list] of at) if (list.length > 1) out.push({ paper, author, positions: list });
  });
  return out;
}

/**
 * Organisation and country per authorship, aligned with `paperAuthors`; each person takes the affiliation of
 * their first position on the paper. null when no paper has any.
 */
function affiliationColumns(papers: RawPaper[], paperAuthors: number[][], positionPeople: number[][] | undefined): BundleAffiliations | null {
  if (!positionPeople || !papers.some((p) => p.authorAffiliations?.some(Boolean))) return null;
  const orgs: string[] = [];
  const countries: string[] = [];
  const orgIndex = new Map<string, number>();
  const countryIndex = new Map<string, number>();
  const intern = (list: string[], index: Map<string, number>, v: string | null | undefined) => {
    if (!v) return null;
    let i = index.get(v);
    if (i === undefined) {
      i = list.length;
      list.push(v);
      index.set(v, i);
    }
    return i;
  };
  const org: (number | null)[][] = [];
  const country: (number | null)[][] = [];
  papers.forEach((p, j) => {
    const positions = positionPeople[j] ?? [];
    const affOf = (person: number) => {
      const k = positions.indexOf(person);
      return k >= 0 ? (p.authorAffiliations?.[k] ?? null) : null;
    };
    const authors = paperAuthors[j]!;
    org.push(authors.map((a) => intern(orgs, orgIndex, affOf(a)?.org)));
    country.push(authors.map((a) => intern(countries, countryIndex, affOf(a)?.country)));
  });
  return { orgs, countries, org, country };
}
