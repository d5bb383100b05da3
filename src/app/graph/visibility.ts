/** Which authors and papers the filters leave on the canvas and in search. */
import type { Bundle } from '../../core/bundle/types';
import type { GraphView } from './sigma-graph';
import { authorPaperCounts, sliceOf, type PaperSlice } from '../../core/queries/time-slice';

/** How far below a minimum link strength a link still counts as reaching it: the slider's rounding (1e-6). */
export const LINK_TOLERANCE = 1e-6;

/** The ego view: one author and everyone within `steps` co-author steps of them. */
export interface Ego {
  author: number;
  steps: 1 | 2 | 3;
}

export interface Filters {
  hiddenCommunities: ReadonlySet<number>;
  /** Authors with fewer papers are hidden: papers of the year range and venues when set (`PaperSlice.papers`), else all. */
  minPapers: number;
  showPapers: boolean;
  /** Only papers from these years (inclusive) and their authors; null: every paper, with or without a year. */
  years: readonly [number, number] | null;
  /**
   * Only papers from these venues (indices into `bundle.venues`, `NO_VENUE` for the papers that give none; ascending,
   * distinct) and their authors, combined with `years` (years AND venues); null: every venue.
   */
  venues: readonly number[] | null;
  /**
   * Co-author view: links weaker than this are hidden (0: none); the link strength is the whole record's
   * (`bundle.coauthorLinks.weight`), or with a year range the range's (`Visibility.slice`).
   */
  minLinkStrength: number;
  /** Co-author view: authors with no link shown (at `minLinkStrength`) are hidden too. */
  hideUnlinked: boolean;
  /** Only this author and those within some co-author steps (through the links shown); null: everyone. */
  ego: Ego | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenCommunities: new Set(),
  minPapers: 1,
  showPapers: true,
  years: null,
  venues: null,
  minLinkStrength: 0,
  hideUnlinked: false,
  ego: null,
};

export interface Visibility {
  author: Uint8Array;
  paper: Uint8Array;
  authorCount: number;
  paperCount: number;
  /** Co-author links at or above the strength threshold between two visible authors. */
  linkCount: number;
  /** Links below this weight are hidden (co-author view; 0 in the papers view). */
  minLinkStrength: number;
  /**
   * With a year range or venues: the co-author network of their papers only (core/queries/time-slice.ts): links,
   * their strengths and shared papers, authors' papers, co-authors and total link strength in the subset. Every
   * link figure of the view (counts, the canvas's links, the pair card, Rankings, sizes, the GEXF) reads it;
   * null without either (the whole record's `bundle.coauthorLinks`).
   */
  slice: PaperSlice | null;
  /** Links of the network the view draws from: the slice's (with a shared paper in the range) or the bundle's. */
  totalLinks: number;
  /**
   * Authors shown only because a co-author chain passes through them (`AlsoShown`: an ego view keeps the whole
   * chain on the canvas), counted in `authorCount`; 0 without an ego view or a chain leaving it.
   */
  alsoShownAuthors: number;
  /**
   * What a co-author chain traced in an ego view added (`AlsoShown`): the authors it added to those the filters
   * show (`alsoShownAuthors` of them) and the papers of its steps (drawn when paper squares are on). The papers
   * table lists those papers with paper squares off too (app/features/export/gexf-shown.ts `exportShown`); null
   * without an ego view or a chain.
   */
  alsoShown: AlsoShown | null;
}

/**
 * What an ego view shows beyond its network: the people of a co-author chain traced meanwhile (bundle author
 * indices) and the paper behind each of its steps (bundle paper indices, shown in the authors-and-papers view).
 */
export interface AlsoShown {
  authors: readonly number[];
  papers: readonly number[];
}

/**
 * The slice the filters ask for: their year range AND venues (core/queries/time-slice.ts `sliceOf`, kept per
 * bundle), or null when neither is set. Throws nothing for filters the store checked (`filtersFor`).
 */
export function filtersSlice(bundle: Bundle, filters: Pick<Filters, 'years' | 'venues'>): PaperSlice | null {
  return sliceOf(bundle, filters.years, filters.venues);
}

/**
 * An author is visible when their community is shown and they have at least `minPapers` papers: with a year range
 * or venues, papers of those (`PaperSlice.papers`, so at least one paper there), else all their papers. With a year
 * range or venues the co-author links and their strengths are their papers' only (`Visibility.slice`): a pair with no
 * paper together there has no link, whatever they wrote in other years or venues. In the co-author view, links weaker than `minLinkStrength`
 * are not shown and, with `hideUnlinked`, authors left without a shown link are hidden. With an ego view,
 * only the ego author and the visible authors within `steps` steps through shown links stay (the ego author
 * always). A paper is visible when papers are shown, its community is shown, it is in the year range and venues
 * (if any) and one of its authors is visible. With an ego view, `alsoShown` (a co-author chain traced while in
 * it) adds its authors and its papers (when papers are shown), even where the filters would hide them: a chain
 * is shown whole (`Visibility.alsoShownAuthors` counts the authors it added).
 */
export function computeVisibility(bundle: Bundle, filters: Filters, view: GraphView = 'papers', alsoShown: AlsoShown | null = null): Visibility {
  const { community } = bundle.authors;
  const slice = filtersSlice(bundle, filters);
  // papers per author as the view counts them: the slice's under a range or venues (computed once per subset)
  const paperCount = authorPaperCounts(bundle, slice);
  const inRange = slice ? slice.inSlice : null;
  const author = new Uint8Array(community.length);
  // hidden communities as a mask: one array read per author and paper, not a Set lookup (this runs on the
  // first frame's path, before the JIT has warmed up)
  const hidden = hiddenCommunityMask(bundle, filters);
  const minPapers = filters.minPapers;
  let authorCount = 0;
  // under a range or venues an author without a paper there is hidden whatever the minimum (at least 1 there)
  const least = slice ? Math.max(1, minPapers) : minPapers;
  for (let i = 0; i < author.length; i++) {
    if (hidden[community[i]] !== 1 && paperCount[i] >= least) {
      author[i] = 1;
      authorCount++;
    }
  }
  const minLink = view === 'coauthors' ? filters.minLinkStrength : 0;
  const { source, target } = bundle.coauthorLinks;
  // a slice's links are its papers' (a link without a shared paper in it has weight 0 and is no link)
  const weight = slice ? slice.weight : bundle.coauthorLinks.weight;
  const inSlice = slice ? slice.shared : null;
  // the slider's steps are weights rounded to 1e-6 (linkThresholds): 2/3 is the step 0.666667, which must keep
  // the links of 0.6666… it was taken from
  const atLeast = minLink - LINK_TOLERANCE;
  const linkShown = (i: number) => weight[i] >= atLeast && (inSlice === null || inSlice[i] > 0);
  const shown = (i: number) => linkShown(i) && author[source[i]] === 1 && author[target[i]] === 1;
  const ego = filters.ego && filters.ego.author < author.length ? filters.ego : null;
  if (ego) {
    author[ego.author] = 1;
    // breadth-first from the ego author through shown links, at most `steps` deep
    const start = new Int32Array(author.length + 1);
    for (let i = 0; i < source.length; i++) {
      if (!shown(i)) continue;
      start[source[i] + 1]++;
      start[target[i] + 1]++;
    }
    for (let i = 0; i < author.length; i++) start[i + 1] += start[i];
    const next = new Int32Array(start[author.length]);
    const fill = start.slice(0, author.length);
    for (let i = 0; i < source.length; i++) {
      if (!shown(i)) continue;
      next[fill[source[i]]++] = target[i];
      next[fill[target[i]]++] = source[i];
    }
    const depth = new Int8Array(author.length).fill(-1);
    depth[ego.author] = 0;
    let frontier = [ego.author];
    for (let d = 1; d <= ego.steps && frontier.length > 0; d++) {
      const out: number[] = [];
      for (const a of frontier) {
        for (let j = start[a]; j < start[a + 1]; j++) {
          if (depth[next[j]] !== -1) continue;
          depth[next[j]] = d;
          out.push(next[j]);
        }
      }
      frontier = out;
    }
    authorCount = 0;
    for (let i = 0; i < author.length; i++) {
      author[i] = depth[i] >= 0 ? 1 : 0;
      authorCount += author[i];
    }
  }
  if (view === 'coauthors' && filters.hideUnlinked) {
    const linked = new Uint8Array(author.length);
    for (let i = 0; i < source.length; i++) if (shown(i)) linked[source[i]] = linked[target[i]] = 1;
    if (ego) linked[ego.author] = 1;
    authorCount = 0;
    for (let i = 0; i < author.length; i++) {
      if (!linked[i]) author[i] = 0;
      authorCount += author[i];
    }
  }
  // the papers of the authors shown so far (a chain's people add only the papers of its steps, below: not all theirs)
  const paper = filters.showPapers ? papersOfShown(bundle, author, hidden, inRange) : new Uint8Array(bundle.papers.title.length);
  let visiblePapers = 0;
  if (filters.showPapers) for (let p = 0; p < paper.length; p++) visiblePapers += paper[p];
  // an ego view keeps a co-author chain whole: its people and its steps' papers stay, whatever the filters hide
  let alsoShownAuthors = 0;
  let added: AlsoShown | null = null;
  if (ego && alsoShown) {
    const addedAuthors: number[] = [];
    for (const a of alsoShown.authors) {
      if (!(a >= 0 && a < author.length) || author[a] === 1) continue;
      author[a] = 1;
      authorCount++;
      alsoShownAuthors++;
      addedAuthors.push(a);
    }
    const stepPapers = alsoShown.papers.filter((p) => p >= 0 && p < paper.length);
    added = { authors: addedAuthors, papers: stepPapers };
    if (filters.showPapers) {
      for (const p of stepPapers) {
        if (paper[p] === 1) continue;
        paper[p] = 1;
        visiblePapers++;
      }
    }
  }
  let linkCount = 0;
  for (let i = 0; i < source.length; i++) if (shown(i)) linkCount++;
  return { author, paper, authorCount, paperCount: visiblePapers, linkCount, minLinkStrength: minLink, slice, totalLinks: slice ? slice.linkCount : source.length, alsoShownAuthors, alsoShown: added };
}

/**
 * The papers the view draws for the authors of `author` (a mask by author index): a paper of the year range and venues
 * (`inRange`, a mask by paper index; null: every paper) whose community is not hidden (`hidden`, a mask by community
 * index) and one of whose authors is shown. The one rule for the canvas's paper squares (`computeVisibility`, when
 * papers are shown) and for the papers every export lists (app/features/export/gexf-shown.ts `exportShown`, whether
 * or not papers are drawn). A mask by paper index; throws nothing.
 */
export function papersOfShown(bundle: Bundle, author: ArrayLike<number>, hidden: ArrayLike<number>, inRange: ArrayLike<number> | null): Uint8Array {
  const { authors, community: paperCommunity } = bundle.papers;
  const paper = new Uint8Array(authors.length);
  for (let p = 0; p < paper.length; p++) {
    if (hidden[paperCommunity[p]] === 1 || (inRange && inRange[p] === 0)) continue;
    const list = authors[p];
    for (let k = 0; k < list.length; k++) {
      if (author[list[k]] === 1) {
        paper[p] = 1;
        break;
      }
    }
  }
  return paper;
}

/** The hidden communities of `filters` as a mask by community index (one entry more, as `computeVisibility` reads it). Throws nothing. */
export function hiddenCommunityMask(bundle: Pick<Bundle, 'communities'>, filters: Pick<Filters, 'hiddenCommunities'>): Uint8Array {
  const hidden = new Uint8Array(bundle.communities.length + 1);
  for (const c of filters.hiddenCommunities) if (c >= 0 && c < hidden.length) hidden[c] = 1;
  return hidden;
}

const lastVisibility = new WeakMap<Bundle, { filters: Filters; view: GraphView; visibility: Visibility }>();

/**
 * `computeVisibility`, remembering its last result per bundle (for the same `filters` object and view): the
 * opening of a dataset over a map already on screen computes it a task ahead, so that no single task does the
 * whole opening (issue 12: no main-thread block over 100 ms while an import opens), and the store's
 * `openDataset` then takes it from here.
 */
export function visibilityFor(bundle: Bundle, filters: Filters, view: GraphView = 'papers'): Visibility {
  const last = lastVisibility.get(bundle);
  if (last && last.filters === filters && last.view === view) return last.visibility;
  const visibility = computeVisibility(bundle, filters, view);
  lastVisibility.set(bundle, { filters, view, visibility });
  return visibility;
}

/**
 * Whether the filters hide the author or paper `ref` (bundle indices): an author `visibility` leaves out; a paper it
 * leaves out, or, with paper nodes off (`showPapers` false: no paper is drawn), one none of whose authors is shown
 * (its card still points at them on the map). Its card then points at nothing drawn: the canvas emphasises nothing
 * for it (controllers/AppearanceController.tsx: the whole map dimmed about a hidden focus, the part shown read faint)
 * and a link opening on it frames what is shown (store `openDataset`). Pure; throws nothing.
 */
export function filtersHide(bundle: Pick<Bundle, 'papers'>, showPapers: boolean, visibility: Pick<Visibility, 'author' | 'paper'>, ref: { kind: 'author' | 'paper'; index: number }): boolean {
  if (ref.kind === 'author') return visibility.author[ref.index] !== 1;
  if (showPapers) return visibility.paper[ref.index] !== 1;
  return !(bundle.papers.authors[ref.index] ?? []).some((a) => visibility.author[a] === 1);
}
