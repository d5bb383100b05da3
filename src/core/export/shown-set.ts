/**
 * What every export of the view holds: the authors, co-author links and papers the view shows under all of its
 * filters (years, venues, the least number of papers, hidden communities, and in the co-author view the minimum link
 * strength, "hide unlinked authors" and the ego view). The explorer decides who is shown in one place
 * (app/graph/visibility.ts `computeVisibility`: the author mask, the papers, the links at or above the minimum) and
 * hands its masks over as a `ShownSet` (app/features/export/gexf-shown.ts `exportShown`); `shownNetwork` here is the
 * one function that turns them into the rows every table export writes (authors CSV, papers CSV, co-author pairs,
 * VOSviewer map and network, Gephi nodes and edges) and the links the GEXF writes, so no export works out "what is
 * shown" on its own. Before, the tables followed years and venues only: `?ds=wang-jialiang&min=2` showed 18 of 109
 * authors, and the authors table held all 109 (a tester).
 *
 * Link strengths: a link's strength counts the papers the years and venues leave (core/queries/time-slice.ts
 * `paperSlice`), all of them: the other filters take authors (and links) away, not papers from a link. An author's
 * `coauthors` and total link strength "shown" count the links the export holds (the pairs table's rows, the network
 * file's lines), so that they add up.
 */
import type { Bundle } from '../bundle/types';
import type { PaperSubset } from '../queries/time-slice';
import { paperSubsetMask } from '../queries/time-slice';
// (file-name words and the short hash of a choice: the venues' own, one rule for every export's name)
import { choiceHash, fileWords } from '../queries/venue-words';
import { communityName } from '../text/community-name';
import { paperSubsetOf, tableSlice, tableSuffix, type TableSlice, type TableSubset } from './table-subset';

/**
 * The filters beyond the papers' years and venues that decide which authors and links are shown, as an export says
 * them (`shownFilterWords`, `shownFilterSuffix`). Only those that hide something are given.
 */
export interface ShownFilters {
  /** Authors with fewer papers (of the years and venues, when set) are not shown; 1: no minimum. */
  minPapers: number;
  /** Communities hidden (indices into `bundle.communities`, ascending); empty: none. */
  hiddenCommunities: readonly number[];
  /** Co-author view: links weaker than this are not shown (0: none). */
  minLinkStrength: number;
  /** Co-author view: authors without a shown link are not shown. */
  hideUnlinked: boolean;
  /** The ego view: this author (bundle index) and those within `steps` co-author steps; null: none. */
  ego: { author: number; steps: number } | null;
}

/** What an export holds: the view's masks and the filters that made them (see the module comment). */
export interface ShownSet {
  /** 1 for each author shown, by author index (one entry per author). */
  author: ArrayLike<number>;
  /**
   * 1 for each paper the tables list, by paper index (one entry per paper): the papers of the years and venues with a
   * shown author, their community not hidden (the papers the author–paper view draws, whether or not paper squares
   * are on).
   */
  paper: ArrayLike<number>;
  /** Links weaker than this are left out (the co-author view's minimum link strength less the slider's rounding); 0 or less: none. */
  minLinkWeight: number;
  /** The year range ([first, last], inclusive), or absent/null: every year. */
  years?: readonly [number, number] | null;
  /** The venues (indices into `bundle.venues`, -1 for none given), or absent/null: every venue. */
  venues?: readonly number[] | null;
  /** The filters that hid authors or links beyond the years and venues; absent/null: none. */
  filters?: ShownFilters | null;
}

/** The rows of an export, worked out once from a `ShownSet` (`shownNetwork`). */
export interface ShownNetwork {
  /** The papers' subset (years AND venues) with its slice and words, or null: every paper. */
  sub: TableSlice | null;
  /** The other filters (`ShownSet.filters`), or null: none (the export is the subset's whole network). */
  filters: ShownFilters | null;
  /** The filters in words ("at least 2 papers; communities 1, 3 only"), or null: none. */
  filterWords: string | null;
  /** Authors shown, ascending indices. */
  authors: Int32Array;
  /** Co-author links shown (indices into `bundle.coauthorLinks`), ascending: between two shown authors, with a shared paper in the subset, at or above the minimum. */
  links: Int32Array;
  /** Papers listed, ascending indices. */
  papers: Int32Array;
  /** Per link: its strength over the subset's papers (the whole record's without one). */
  weight: ArrayLike<number>;
  /** Per link: the papers the two share in the subset (the whole record's without one). */
  shared: ArrayLike<number>;
  /** Per author: papers in the subset (all papers without one). */
  papersOf: ArrayLike<number>;
  /** Per author: co-authors over the shown links (the subset's, or the whole record's, when no other filter is on). */
  coauthors: ArrayLike<number>;
  /** Per author: total link strength over the shown links (as `coauthors`). */
  strength: ArrayLike<number>;
  /** What the export's file names put after the dataset's name: the subset's words, then the filters' (`-2020-min2`). */
  suffix: string;
}

/** The subset's own network as a `ShownSet`: the authors with a paper in it, its papers, every link with a shared paper in it. */
function subsetShown(bundle: Bundle, subset: PaperSubset | null): ShownSet {
  if (!subset || !(subset.years || subset.venues)) return { author: new Uint8Array(bundle.authors.name.length).fill(1), paper: new Uint8Array(bundle.papers.title.length).fill(1), minLinkWeight: -Infinity };
  const sub = tableSlice(bundle, subset)!;
  return { author: sub.slice.papers.map((n) => (n > 0 ? 1 : 0)), paper: paperSubsetMask(bundle, sub.subset), minLinkWeight: -Infinity, years: subset.years, venues: subset.venues };
}

/**
 * The co-author links shown among the authors of `author` (a mask by author index): a link whose two authors are
 * shown, with a shared paper (`shared` > 0), of weight at least `minLinkWeight`. `weight`, `shared`: per link, the
 * subset's or the whole record's. Ascending link indices. Throws nothing.
 */
export function shownLinks(bundle: Pick<Bundle, 'coauthorLinks'>, author: ArrayLike<number>, minLinkWeight: number, weight: ArrayLike<number>, shared: ArrayLike<number>): Int32Array {
  const { source, target } = bundle.coauthorLinks;
  const out: number[] = [];
  for (let e = 0; e < source.length; e++) {
    if (author[source[e]!] !== 1 || author[target[e]!] !== 1 || shared[e] === 0 || !(weight[e]! >= minLinkWeight)) continue;
    out.push(e);
  }
  return Int32Array.from(out);
}

/**
 * The rows every export of `asked` holds (`ShownNetwork`): a `ShownSet` (the view's masks and filters), or a
 * `TableSubset` (years and venues alone: the subset's whole network, as the tables were asked for before). Throws an
 * Error when a mask is not one entry per author (or paper) of `bundle`, a RangeError for years not two whole years in
 * order or a venue not of `bundle`.
 */
export function shownNetwork(bundle: Bundle, asked: ShownSet | TableSubset): ShownNetwork {
  const shown: ShownSet = asked && 'author' in asked ? asked : subsetShown(bundle, paperSubsetOf(asked as TableSubset));
  const A = bundle.authors;
  if (shown.author.length !== A.name.length) throw new Error(`export: the view's author mask has ${shown.author.length} entries for ${A.name.length} authors (a view of another dataset?)`);
  if (shown.paper.length !== bundle.papers.title.length) throw new Error(`export: the view's paper mask has ${shown.paper.length} entries for ${bundle.papers.title.length} papers (a view of another dataset?)`);
  const subset: PaperSubset = { years: shown.years ?? null, venues: shown.venues?.length ? shown.venues : null };
  const sub = tableSlice(bundle, subset);
  const slice = sub?.slice ?? null;
  const L = bundle.coauthorLinks;
  const weight = slice ? slice.weight : L.weight;
  const shared = slice ? slice.shared : L.shared;
  const filters = shown.filters && filtersOn(shown.filters) ? shown.filters : null;
  const links = shownLinks(bundle, shown.author, shown.minLinkWeight, weight, shared);
  const authors: number[] = [];
  for (let a = 0; a < A.name.length; a++) if (shown.author[a] === 1) authors.push(a);
  const papers: number[] = [];
  for (let p = 0; p < bundle.papers.title.length; p++) if (shown.paper[p] === 1) papers.push(p);
  let coauthors: ArrayLike<number> = slice ? slice.coauthors : A.coauthorCount;
  let strength: ArrayLike<number> = slice ? slice.strength : A.weightedDegree;
  if (filters) {
    // the links the export holds, so that an author's figures add up to their rows
    const c = new Uint32Array(A.name.length);
    const s = new Float64Array(A.name.length);
    for (const e of links) {
      for (const a of [L.source[e]!, L.target[e]!]) {
        c[a]!++;
        s[a]! += weight[e]!;
      }
    }
    coauthors = c;
    strength = s;
  }
  return {
    sub,
    filters,
    filterWords: filters ? shownFilterWords(bundle, filters) : null,
    authors: Int32Array.from(authors),
    links,
    papers: Int32Array.from(papers),
    weight,
    shared,
    papersOf: slice ? slice.papers : A.paperCount,
    coauthors,
    strength,
    suffix: shownSuffix(bundle, shown),
  };
}

/**
 * What every export of `shown` puts after the dataset's name in its file names: the years' and venues' words
 * (table-subset.ts `tableSuffix`: `-2019-2020`, `-lrec-2020`), then the other filters' (`shownFilterSuffix`: `-min2`):
 * `-2020-2021-min5`; '' for everyone. The pictures, the GEXF and the tables all take it from here. Throws nothing.
 */
export function shownSuffix(bundle: Pick<Bundle, 'venues' | 'papers' | 'communities' | 'authors'>, shown: Pick<ShownSet, 'years' | 'venues' | 'filters'>): string {
  const filters = shown.filters && filtersOn(shown.filters) ? shown.filters : null;
  return `${tableSuffix(bundle, { years: shown.years ?? null, venues: shown.venues?.length ? shown.venues : null })}${filters ? shownFilterSuffix(bundle, filters) : ''}`;
}

/** Whether `f` hides anything (a minimum above 1, a hidden community, a minimum link strength, unlinked authors hidden, an ego view). */
export function filtersOn(f: ShownFilters): boolean {
  return f.minPapers > 1 || f.hiddenCommunities.length > 0 || f.minLinkStrength > 0 || f.hideUnlinked || f.ego !== null;
}

/** The communities shown, numbered from 1 as the app's cards, when fewer than those hidden; else null. */
function shownCommunities(bundle: Pick<Bundle, 'communities'>, hidden: readonly number[]): number[] | null {
  const off = new Set(hidden);
  const on: number[] = [];
  for (let c = 0; c < bundle.communities.length; c++) if (!off.has(c)) on.push(c + 1);
  return on.length > 0 && on.length < off.size ? on : null;
}

/** The most community numbers a file name lists; more are counted ("-12-communities-k3f9"). */
const NAMED_COMMUNITIES = 5;
/** The most communities the filter words say by their names as well as their numbers ("community 1 (parsing) only"). */
const NAMED_BY_NAME = 2;


/** Shortest decimal text of a link strength, as the address writes it (`link=0.333333`). */
const decimal = (n: number): string => String(Number(n.toPrecision(6)));

/**
 * What an export's file names say of filters `f` after the years and venues, in the address's terms: `-min2` (at
 * least 2 papers), `-communities-1-3` (only those shown, numbered from 1 as the cards) or `-without-communities-2`,
 * past five numbers `-12-communities-k3f9` (how many shown, and a hash of the choice), `-link0.5` (the minimum link
 * strength), `-linked` (unlinked authors hidden), `-network-of-ada-quill-2-steps` (the ego view). '' when none is on.
 * Throws nothing.
 */
export function shownFilterSuffix(bundle: Pick<Bundle, 'communities' | 'authors'>, f: ShownFilters): string {
  const parts: string[] = [];
  if (f.ego) parts.push(`network-of-${fileWords(bundle.authors.name[f.ego.author] ?? `author ${f.ego.author}`, 24) || 'author'}-${f.ego.steps}-${f.ego.steps === 1 ? 'step' : 'steps'}`);
  if (f.minPapers > 1) parts.push(`min${f.minPapers}`);
  if (f.hiddenCommunities.length > 0) {
    const on = shownCommunities(bundle, f.hiddenCommunities);
    const listed = on ?? f.hiddenCommunities.map((c) => c + 1);
    const total = bundle.communities.length;
    if (listed.length <= NAMED_COMMUNITIES) parts.push(`${on ? 'communities' : 'without-communities'}-${listed.join('-')}`);
    else parts.push(`${total - f.hiddenCommunities.length}-of-${total}-communities-${choiceHash(f.hiddenCommunities)}`);
  }
  if (f.minLinkStrength > 0) parts.push(`link${decimal(f.minLinkStrength)}`);
  if (f.hideUnlinked) parts.push('linked');
  return parts.map((p) => `-${p}`).join('');
}

/**
 * Filters `f` in words, as an export's `filters` cells, the GEXF's description and the Export menu say them: "at
 * least 2 papers", "community 1 (parsing · treebanks) only", "communities 1 (…), 3 (…) only" or "without communities
 * 2, 5, 7" (numbered from 1 as the cards, up to two named as the map names them: `communityName`; past five,
 * "7 of 12 communities"), "links of strength ≥ 0.5", "linked authors only", "the network of Ada Quill, 2 steps",
 * joined by "; ". Throws nothing.
 */
export function shownFilterWords(bundle: Pick<Bundle, 'communities' | 'authors'>, f: ShownFilters): string {
  const parts: string[] = [];
  if (f.ego) parts.push(`the network of ${bundle.authors.name[f.ego.author] ?? `author ${f.ego.author}`}, ${f.ego.steps} ${f.ego.steps === 1 ? 'step' : 'steps'}`);
  if (f.minPapers > 1) parts.push(`at least ${f.minPapers} papers`);
  if (f.hiddenCommunities.length > 0) {
    const on = shownCommunities(bundle, f.hiddenCommunities);
    const listed = on ?? f.hiddenCommunities.map((c) => c + 1);
    const total = bundle.communities.length;
    // (up to two said by their names too, as the map and the cards name them: "community 1" alone was a name the
    // user never saw, a tester)
    const said = listed.length <= NAMED_BY_NAME ? listed.map((n) => `${n} (${communityName(bundle.communities[n - 1], n - 1)})`) : listed;
    if (listed.length > NAMED_COMMUNITIES) parts.push(`${total - f.hiddenCommunities.length} of ${total} communities`);
    else if (on) parts.push(`${on.length === 1 ? 'community' : 'communities'} ${said.join(', ')} only`);
    else parts.push(`without ${listed.length === 1 ? 'community' : 'communities'} ${said.join(', ')}`);
  }
  if (f.minLinkStrength > 0) parts.push(`links of strength ≥ ${decimal(f.minLinkStrength)}`);
  if (f.hideUnlinked) parts.push('linked authors only');
  return parts.join('; ');
}
