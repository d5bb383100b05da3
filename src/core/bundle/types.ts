/**
 * The bundle: one compact, versioned JSON file per dataset that the viewer loads.
 * Columnar arrays indexed by author / paper number; no per-edge strings.
 */
export const BUNDLE_KIND = 'coauthor-atlas';
export const BUNDLE_FORMAT = 1;

export type Counting = 'fractional' | 'full';

export interface BuildOptions {
  counting: Counting;
  /** Papers with more authors add no co-author weight (null: no cap). */
  maxAuthors: number | null;
  resolution: number;
  seed: number;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { counting: 'fractional', maxAuthors: null, resolution: 1, seed: 1 };

export interface BundleAuthors {
  /** Display name: the most frequent spelling. */
  name: string[];
  /** Every other spelling seen for this person. */
  aliases: string[][];
  orcid: (string | null)[];
  community: number[];
  paperCount: number[];
  coauthorCount: number[];
  /** Sum of co-author link weights (fractional or full, per options). */
  weightedDegree: number[];
  x: number[];
  y: number[];
}

export interface BundlePapers {
  title: string[];
  year: (number | null)[];
  /** Index into `venues`, or null. */
  venue: (number | null)[];
  doi: (string | null)[];
  url: (string | null)[];
  /** Author indices, byline order. */
  authors: number[][];
  community: number[];
  /** 1 when an abstract exists in the abstracts file. */
  hasAbstract: (0 | 1)[];
  x: number[];
  y: number[];
}

/** Weighted co-author projection; source < target, sorted by (source, target). */
export interface BundleCoauthorLinks {
  source: number[];
  target: number[];
  weight: number[];
  /** Number of shared papers (full count), whatever the counting. */
  shared: number[];
}

export interface BundleCommunity {
  /** Index in `communities`; communities are numbered by size, largest first. */
  id: number;
  size: number;
  paperCount: number;
  /** Short label: distinctive terms when computed, else top author names. */
  label: string;
  /** Distinctive terms (may be empty). */
  terms: string[];
  /** Author indices, most weighted degree first (at most 10). */
  topAuthors: number[];
  x: number;
  y: number;
}

export interface Bundle {
  kind: typeof BUNDLE_KIND;
  format: number;
  name: string;
  /** Author index of the list's focal author, or null. */
  focalAuthor: number | null;
  options: BuildOptions;
  stats: {
    papers: number;
    authors: number;
    authorships: number;
    coauthorPairs: number;
    communities: number;
    modularity: number;
  };
  venues: string[];
  authors: BundleAuthors;
  papers: BundlePapers;
  coauthorLinks: BundleCoauthorLinks;
  communities: BundleCommunity[];
  /** Relative URL of the abstracts file (JSON array of string|null aligned with papers), or null when inline/none. */
  abstractsFile: string | null;
}

/** The abstracts file: one entry per paper. */
export type Abstracts = (string | null)[];
