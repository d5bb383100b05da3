/**
 * The viewer's state: what is loaded, selected (the one owner of what the details panel shows),
 * hovered, emphasised, filtered, searched and how nodes are coloured. Features write here (select a card,
 * ask for an emphasis); the canvas controllers read only this. Slices are plain objects whose actions
 * call pure functions (graph/, search/) — testable without React.
 */
import { create, type StateCreator } from 'zustand';
import { DEFAULT_FILTERS, computeVisibility, filtersHide, filtersSlice, visibilityFor, type AlsoShown, type Filters, type Visibility } from '../graph/visibility';
import { startTheme } from '../theme';
import { readThemeChoice, saveThemeChoice } from '../theme-choice';
import type { Bundle } from '../../core/bundle/types';
import { sharedPapers } from '../../core/bundle/indices';
import type { NodeRef } from '../graph/node-keys';
import { hiddenCommunities, unknownParamsNote, type UrlSettings } from '../url/url-state';
import { NO_BETWEENNESS, egoCameraTarget, selectedNode, type AtlasState, type CameraTarget, type EmphasisRequest, type MetricsSlice, type DatasetSlice, type SearchSlice, type Selection, type SelectionSlice, type UiSlice, type ViewSlice, type InitialView } from './types';
import { prefetchAbstracts } from '../data/dataset';
import { count, countOf } from '../format';
import { previewMatches } from '../../core/bundle/preview';
import { paperYearRange } from '../../core/bundle/years';
import { NO_VENUE, authorPaperCounts } from '../../core/queries/time-slice';
import { subsetSpan } from '../../core/queries/venue-words';

let cameraSeq = 0;

type Slice<T> = StateCreator<AtlasState, [], [], T>;

const SEARCH_LIMIT = 20;
/** Of the search's SEARCH_LIMIT results, how many are kept for papers when titles match (authors fill the rest). */
const SEARCH_PAPER_ROOM = 8;

const datasetSlice: Slice<DatasetSlice> = (set, get) => ({
  datasets: [],
  source: { dataset: null, bundle: null },
  load: { status: 'loading', label: 'Opening the explorer…' },
  dataset: null,
  preview: null,
  setDatasets: (datasets) => set({ datasets }),
  previewPick: null,
  pickOnPreview: (selection) => set((s) => (s.dataset === null && s.preview ? { previewPick: selection } : {})),
  showPreview: (file) => {
    const s = get();
    if (s.dataset !== null || s.load.status !== 'loading') return false;
    set({ preview: file });
    return true;
  },
  startLoading: (label, source) => set({ load: { status: 'loading', label }, source }),
  failLoading: (problem) => set({ load: { status: 'error', problem }, dataset: null, preview: null, linkNote: null, linkNoteAction: null }),
  linkNote: null,
  linkNoteAction: null,
  dismissLinkNote: () => set({ linkNote: null, linkNoteAction: null }),
  openDataset: (dataset, initial) => {
    const state = get();
    // a dataset opened over another (an import, the switcher) leaves no preview of the start-up behind; at
    // start-up, an author clicked on the preview's picture (same authors as the bundle's: previewMatches) opens
    // once the bundle is in, unless the link names a selection
    const preview = state.dataset === null && state.preview && previewMatches(state.preview, dataset.bundle) ? state.preview : null;
    const picked = preview ? state.previewPick : null;
    if (initial && initial.selection === null && picked) initial = { ...initial, selection: picked };
    const filters = initial?.settings ? filtersFor(dataset.bundle, initial.settings) : DEFAULT_FILTERS;
    const visibility = visibilityFor(dataset.bundle, filters, initial?.view ?? 'papers');
    const opened = validSelection(dataset.bundle, initial?.selection ?? null);
    const linkNote = missingFromLink(dataset.bundle, initial, opened, filters);
    // a shared link's place on the map (`at=`) wins over what its card or filters would frame: its sender had moved
    // the camera away from that (a tester's zoomed-in region opened as the whole map)
    const at = initial?.settings?.at;
    const target: CameraTarget = at ? { kind: 'at', place: at } : linkFraming(dataset.bundle, filters, visibility, opened);
    set({
      dataset,
      preview,
      previewPick: null,
      load: { status: 'ready' },
      filters,
      ...(initial?.settings ? { sizeBy: initial.settings.sizeBy, colorBy: initial.settings.colorBy } : {}),
      visibility,
      betweenness: NO_BETWEENNESS,
      selection: opened,
      linkNote,
      linkNoteAction: null,
      hovered: null,
      emphasis: null,
      origin: 'load',
      view: initial?.view ?? 'papers',
      camera: { target, seq: ++cameraSeq },
      query: '',
      hits: [],
      activeHit: -1,
    });
  },
});

/**
 * The one community shown when `hidden` (community ids) hides all the others of a map of `count` communities
 * ("Show only this one", `only=` in a link), else null (none hidden, several shown, or a map of one community).
 */
/**
 * Where a link showing `selection` (checked: `validSelection`) under `filters` (their `visibility`) of `bundle` opens the
 * camera: an ego view's network, as its sender saw it (not the selected author alone); else the card's author or paper
 * with its neighbours, unless the filters hide it (nothing of it is drawn); else a pair's card's two authors and their
 * papers (`pairFraming`, as the card frames them); else a community's card's community, as its
 * click did, or the one community shown alone (`only=`, as "Show only this one" did: it opened on the whole map, the
 * community a speck in it); else what the filters leave shown (`shown`: the whole map when they hide nothing; a link
 * with a year range opened on the whole map, its sender's part of it small among the empty places the filters left).
 * The opening of a link (`openDataset`) and a step Back or Forward to a card (UrlController) frame alike. Pure.
 */
export function linkFraming(bundle: Bundle, filters: Filters, visibility: Visibility, selection: Selection | null): CameraTarget {
  const node = selectedNode(selection);
  const alone = onlyShown(filters.hiddenCommunities, bundle.communities.length);
  if (filters.ego) return egoCameraTarget(filters.ego.author, visibility.author);
  if (node && !filtersHide(bundle, filters.showPapers, visibility, node)) return { kind: 'node', ref: node };
  if (selection?.kind === 'pair') return pairFraming(bundle, selection.a, selection.b);
  if (selection?.kind === 'community') return { kind: 'community', id: selection.id };
  if (alone !== null) return { kind: 'community', id: alone };
  return { kind: 'shown' };
}

/**
 * What a pair's card (`pair=`, features/pair/PairPanel.tsx) frames as it opens: the two authors (`a`, `b`: author
 * indices of `bundle`, checked) and the papers they share (those drawn in the view shown: CameraController keeps the
 * nodes its graph has). The card's link frames the same (`linkFraming`), so a link made with the card's own framing
 * needs no place of its own (it said one, the sender's framing, in place of the reader's). O(papers of a and b).
 */
export function pairFraming(bundle: Bundle, a: number, b: number): CameraTarget {
  const refs: NodeRef[] = [{ kind: 'author', index: a }, { kind: 'author', index: b }];
  for (const index of sharedPapers(bundle, a, b)) refs.push({ kind: 'paper', index });
  return { kind: 'nodes', refs };
}

/**
 * Whether the camera stays on a shared link's place on the map (`at=`, a `{ kind: 'at' }` move) rather than move to
 * what a card or the co-author chain opened by the same link frames by itself (a pair's two authors, a chain, a card
 * selected once the link's decisions rebuilt the map): the map was opened on the link's place (`openDataset`) and no
 * selection or view of the user's or of a step Back or Forward came since (`origin` still 'load'). The sender had
 * moved the camera away from that framing (a tester: a link with a pair's card and its place opened on the pair's
 * framing, its `at=` dropped). Pure.
 */
export function linkPlaceHolds(state: Pick<AtlasState, 'origin' | 'camera'>): boolean {
  return state.origin === 'load' && state.camera?.target.kind === 'at';
}

export function onlyShown(hidden: ReadonlySet<number>, count: number): number | null {
  if (count < 2 || hidden.size !== count - 1) return null;
  for (let c = 0; c < count; c++) if (!hidden.has(c)) return c;
  return null;
}

/**
 * The filters a URL's settings mean in `bundle`: an ego author or communities it does not have are dropped, and
 * so are a year range with no paper of the map in it, venues it does not have (`venuesIn`) and a least paper count
 * above every author's (their papers in the range and venues under those; either would show an empty map, with no
 * control on it to undo the filter: a map without years has no year slider).
 */
function filtersFor(bundle: Bundle, settings: UrlSettings): Filters {
  const { ego, years: asked, minPapers } = settings.filters;
  const years = asked && yearsMeet(bundle, asked) ? asked : null;
  const venues = venuesIn(bundle, settings.filters.venues);
  return {
    ...settings.filters,
    ego: ego && ego.author < bundle.authors.name.length ? ego : null,
    years,
    venues,
    // the least paper count is of the slice's papers under a range or venues (graph/visibility.ts)
    minPapers: minPapers <= DEFAULT_FILTERS.minPapers || minPapers <= mostPapers(bundle, years, venues) ? minPapers : DEFAULT_FILTERS.minPapers,
    hiddenCommunities: hiddenCommunities(settings.communities, bundle.communities.length),
  };
}

/** Whether some paper of `bundle` has a year in `years` ([first, last], inclusive). */
function yearsMeet(bundle: Bundle, years: readonly [number, number]): boolean {
  const range = paperYearRange(bundle);
  return range !== null && years[0] <= range[1] && years[1] >= range[0];
}

/**
 * Of `asked` (venue indices, from a link or the venue list), those `bundle` has (an index of `bundle.venues`, or
 * `NO_VENUE` when some paper gives no venue), ascending and distinct; null when none is left (or none asked).
 */
export function venuesIn(bundle: Bundle, asked: readonly number[] | null): readonly number[] | null {
  if (!asked || asked.length === 0) return null;
  const kept = [...new Set(asked)].filter((v) => (v === NO_VENUE ? bundle.papers.venue.some((x) => x === null) : Number.isInteger(v) && v >= 0 && v < bundle.venues.length));
  return kept.length ? kept.sort((a, b) => a - b) : null;
}

/**
 * The most papers any author of `bundle` has (0 for a map without authors): in `years` ([first, last], inclusive)
 * and `venues` when given (their slice, core/queries/time-slice.ts, kept for the visibility that follows), else in all.
 */
function mostPapers(bundle: Bundle, years: readonly [number, number] | null = null, venues: readonly number[] | null = null): number {
  const counts = authorPaperCounts(bundle, filtersSlice(bundle, { years, venues }));
  let most = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > most) most = counts[i]!;
  return most;
}

/**
 * What the link asked for and `bundle` does not have, in words (null if nothing): the selection `validSelection`
 * dropped, or an ego author `filtersFor` dropped. Only for an opening from a URL (`initial.settings`, which only
 * a URL gives): a card dropped by a rebuild was asked for by no link. Ids are quoted as the link writes them
 * (`author=4999`, 0-based: a tester read "author 5,000" for author=4999 as a wrong number).
 */
function missingFromLink(bundle: Bundle, initial: InitialView | undefined, opened: Selection | null, filters: Filters): string | null {
  if (!initial?.settings) return null;
  const asked = initial.selection;
  const missing: string[] = [];
  if (asked && !opened) {
    if (asked.kind === 'author') missing.push(`author=${asked.index} (it has ${countOf(bundle.authors.name.length, 'author')}, numbered from 0)`);
    else if (asked.kind === 'paper') missing.push(`paper=${asked.index} (it has ${countOf(bundle.papers.title.length, 'paper')}, numbered from 0)`);
    else if (asked.kind === 'community') missing.push(`comm=${asked.id + 1} (it has ${countOf(bundle.communities.length, 'community')}, numbered from 1)`);
    else if (asked.kind === 'pair') missing.push(`the link between two authors, pair=${asked.a}.${asked.b} (it has ${countOf(bundle.authors.name.length, 'author')}, numbered from 0)`);
  }
  const ego = initial.settings.filters.ego;
  if (ego && !filters.ego) missing.push(`the network of author ego=${ego.author}.${ego.steps}`);
  const years = initial.settings.filters.years;
  if (years && !filters.years) {
    const range = paperYearRange(bundle);
    missing.push(`papers from ${yearSpan(years)} (${range ? `its papers are from ${yearSpan(range)}` : 'its papers have no year'})`);
  }
  const venues = initial.settings.filters.venues ?? [];
  const gone = venues.filter((v) => !filters.venues?.includes(v));
  if (gone.length) missing.push(`${gone.length === 1 ? 'venue' : 'venues'} ${gone.map((v) => (v === NO_VENUE ? 'none' : String(v))).join(', ')} (it has ${countOf(bundle.venues.length, 'venue')}, numbered from 0)`);
  const minPapers = initial.settings.filters.minPapers;
  if (minPapers !== filters.minPapers) {
    const span = subsetSpan(bundle, filters);
    const inYears = span ? ` in ${span}` : '';
    missing.push(`authors with at least ${countOf(minPapers, 'paper')}${inYears} (the most any author has${inYears} is ${count(mostPapers(bundle, filters.years, filters.venues))})`);
  }
  const unread = initial.settings.unread ?? [];
  // a parameter that could not be read at all (author=abc, paper=-1, ego=2706.9) is said as plainly as an id past
  // the map's counts (it was dropped in silence, a tester)
  const unreadNote = unread.length ? `This link’s ${listed(unread)} could not be read and ${unread.length === 1 ? 'was' : 'were'} left out.` : null;
  // a parameter the app does not read at all (`data=acl30k` for `ds=`) is said too, with the one meant (it opened
  // the sample without a word, a tester)
  const unknownNote = unknownParamsNote(initial.settings.unknown ?? []);
  const note = missing.length ? `This link asks for ${missing.join(' and ')}, which this map does not have: it may have been made on another version of the data.` : null;
  const said = [note, unreadNote, unknownNote].filter((n): n is string => n !== null);
  return said.length ? said.join(' ') : null;
}

/** "a", "a and b", "a, b and c". */
const listed = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "2016–2021", or "2020" for one year. */
const yearSpan = ([first, last]: readonly [number, number]): string => (first === last ? String(first) : `${first}–${last}`);

/** The selection if it names what exists in `bundle`, else null. */
function validSelection(bundle: Bundle, selection: Selection | null): Selection | null {
  if (selection === null) return null;
  const authors = bundle.authors.name.length;
  switch (selection.kind) {
    case 'author':
      return selection.index < authors ? selection : null;
    case 'paper':
      return selection.index < bundle.papers.title.length ? selection : null;
    case 'community':
      return selection.id < bundle.communities.length ? selection : null;
    case 'pair':
      return selection.a < authors && selection.b < authors ? selection : null;
    case 'review':
      return selection;
  }
}

const selectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: null,
  hovered: null,
  emphasis: null,
  origin: 'load',
  camera: null,
  select: (next, options = {}) => {
    const dataset = get().dataset;
    const selection = dataset ? validSelection(dataset.bundle, next) : null;
    const node = selectedNode(selection);
    // on narrow screens a card is a bottom sheet: the drawer it was opened from gives way
    const closeDrawer = selection !== null && node === null && get().drawerOpen;
    // the abstracts the panel will show are asked for before it renders (data/dataset.ts)
    if (dataset && node) prefetchAbstracts(dataset, node, get().visibility?.slice ?? null);
    const origin = options.origin ?? 'user';
    // another card opened by the user, not from the search: the field's text is stale (see `select` in types.ts).
    // A card closed leaves the field as it is: the text is the search the user browses the results of (closing
    // each "Wang" found to open the next had the name typed again; a traced chain still empties it: `emphasise`)
    const clearField = origin === 'user' && selection !== null && !options.fromSearch && get().query !== '';
    set({ selection, origin, ...(closeDrawer ? { drawerOpen: false } : {}), ...(clearField ? { query: '', hits: [], activeHit: -1 } : {}) });
    // the move names the selection it is for: closed or replaced before the move begins, it is dropped. A card the
    // link asks for, selected once its decisions rebuilt the map, leaves the camera on the link's place
    if (node && selection && options.moveCamera !== false && !linkPlaceHolds(get())) set({ camera: { target: { kind: 'node', ref: node }, seq: ++cameraSeq, selection } });
  },
  hover: (hovered) => set({ hovered }),
  emphasise: (emphasis) => {
    const { dataset, filters, view, emphasis: was } = get();
    // an ego view shows a chain whole: its people come and go with it
    const recount = dataset && filters.ego && (chainShown(was) !== null || chainShown(emphasis) !== null);
    // a chain traced: the field's text named what the user looked for before, not the chain now shown
    const chainTraced = chainShown(emphasis) !== null && chainShown(was) === null && get().query !== '';
    set({
      emphasis,
      ...(recount ? { visibility: computeVisibility(dataset.bundle, filters, view, chainShown(emphasis)) } : {}),
      ...(chainTraced ? { query: '', hits: [], activeHit: -1 } : {}),
    });
  },
  moveCamera: (target) => set({ camera: { target, seq: ++cameraSeq } }),
});

/**
 * What the co-author chain emphasised (`emphasis` by 'chain': features/chain/chain-emphasis.ts) has an ego view
 * show beyond its network: the chain's authors and the papers of its steps (graph/visibility.ts `AlsoShown`);
 * null for no chain.
 */
export function chainShown(emphasis: EmphasisRequest | null): AlsoShown | null {
  if (emphasis?.by !== 'chain') return null;
  const authors: number[] = [];
  const papers: number[] = [];
  for (const n of emphasis.nodes) if (n.kind === 'author') authors.push(n.index);
  for (const step of emphasis.steps) if (step.via?.kind === 'paper') papers.push(step.via.index);
  return { authors, papers };
}

/** Whether two filter sets show the same (the ego views compared by author and steps). */
function sameFilters(a: Filters, b: Filters): boolean {
  const sameSet = a.hiddenCommunities.size === b.hiddenCommunities.size && [...a.hiddenCommunities].every((c) => b.hiddenCommunities.has(c));
  return (
    sameSet &&
    a.minPapers === b.minPapers &&
    a.showPapers === b.showPapers &&
    (a.years === b.years || (a.years !== null && b.years !== null && a.years[0] === b.years[0] && a.years[1] === b.years[1])) &&
    (a.venues === b.venues || (a.venues !== null && b.venues !== null && a.venues.join(',') === b.venues.join(','))) &&
    a.minLinkStrength === b.minLinkStrength &&
    a.hideUnlinked === b.hideUnlinked &&
    (a.ego === b.ego || (a.ego !== null && b.ego !== null && a.ego.author === b.ego.author && a.ego.steps === b.ego.steps))
  );
}

function refilter(get: () => AtlasState, set: (s: Partial<AtlasState>) => void, filters: Filters): void {
  const dataset = get().dataset;
  if (!dataset) return set({ filters });
  set({ filters, visibility: computeVisibility(dataset.bundle, filters, get().view, chainShown(get().emphasis)) });
  // hidden nodes leave the search results too
  get().setQuery(get().query);
}

const viewSlice: Slice<ViewSlice> = (set, get) => ({
  view: 'papers',
  theme: startTheme(),
  themeChoice: readThemeChoice(),
  colorBy: 'community',
  filters: DEFAULT_FILTERS,
  visibility: null,
  setView: (view, origin = 'user') => {
    const dataset = get().dataset;
    const { filters } = get();
    // the link-strength filter and "hide unlinked" apply to the co-author view only
    set({ view, origin, ...(dataset ? { visibility: computeVisibility(dataset.bundle, filters, view, chainShown(get().emphasis)) } : {}) });
    if (dataset && (filters.minLinkStrength > 0 || filters.hideUnlinked)) get().setQuery(get().query);
  },
  sizeBy: 'papers',
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setTheme: (theme) => set({ theme }),
  setThemeChoice: (themeChoice) => {
    saveThemeChoice(themeChoice);
    set({ themeChoice });
  },
  setColorBy: (colorBy) => set({ colorBy }),
  restoreSettings: (settings) => {
    const { dataset, filters, sizeBy, colorBy } = get();
    if (!dataset) return;
    const next: Filters = { ...filtersFor(dataset.bundle, settings), ego: filters.ego };
    if (sizeBy !== settings.sizeBy || colorBy !== settings.colorBy) set({ sizeBy: settings.sizeBy, colorBy: settings.colorBy });
    if (!sameFilters(next, filters)) refilter(get, set, next);
  },
  toggleCommunity: (id) => {
    const hidden = new Set(get().filters.hiddenCommunities);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    refilter(get, set, { ...get().filters, hiddenCommunities: hidden });
  },
  onlyCommunity: (id) => {
    const n = get().dataset?.bundle.communities.length ?? 0;
    const hidden = new Set<number>();
    for (let c = 0; c < n; c++) if (c !== id) hidden.add(c);
    refilter(get, set, { ...get().filters, hiddenCommunities: hidden });
    get().moveCamera({ kind: 'community', id });
  },
  showAllCommunities: () => refilter(get, set, { ...get().filters, hiddenCommunities: new Set() }),
  setMinPapers: (minPapers) => refilter(get, set, { ...get().filters, minPapers: Math.max(1, Math.floor(minPapers)) }),
  setShowPapers: (showPapers) => refilter(get, set, { ...get().filters, showPapers }),
  setYearRange: (years) => refilter(get, set, { ...get().filters, years }),
  setVenues: (venues) => {
    const dataset = get().dataset;
    refilter(get, set, { ...get().filters, venues: dataset ? venuesIn(dataset.bundle, venues) : null });
  },
  setMinLinkStrength: (minLinkStrength) => refilter(get, set, { ...get().filters, minLinkStrength: Math.max(0, minLinkStrength) }),
  setHideUnlinked: (hideUnlinked) => refilter(get, set, { ...get().filters, hideUnlinked }),
  setEgo: (ego) => refilter(get, set, { ...get().filters, ego }),
});

/**
 * A search index with more than this left to fill (`SearchIndex.left`: documents and spellings) is not filled at a
 * keystroke: the keystroke waits for it no longer than SEARCH_FILL_SLICE_MS, the rest fills in slices of that length
 * between the page's other tasks, and the results come when it is full (`searching` meanwhile). A smaller one (the
 * seed, a few thousand papers) is filled at once, as before. On the 30k map (66k documents) a keystroke right after
 * the map was ready filled the whole index first: the first key 1.2–5.6 s to its paint at load 13–19.
 */
const SEARCH_FILL_AT_ONCE = 8000;
const SEARCH_FILL_SLICE_MS = 12;
/** The dataset whose search index is being filled for a waiting query (null: none). */
let fillingFor: unknown = null;

/** Fill `dataset`'s search index in slices, then search the query the field holds then (if still waiting). */
function fillThenSearch(get: () => AtlasState, dataset: NonNullable<AtlasState['dataset']>): void {
  if (fillingFor === dataset) return;
  fillingFor = dataset;
  const step = () => {
    if (get().dataset !== dataset) return void (fillingFor = null);
    if (!dataset.search().fill(SEARCH_FILL_SLICE_MS)) return void setTimeout(step, 0);
    fillingFor = null;
    if (get().searching) get().setQuery(get().query);
  };
  setTimeout(step, 0);
}

const searchSlice: Slice<SearchSlice> = (set, get) => ({
  query: '',
  hits: [],
  searching: false,
  activeHit: -1,
  setQuery: (query) => {
    const { dataset, visibility } = get();
    if (!dataset || !visibility || query.trim() === '') return set({ query, hits: [], activeHit: -1, searching: false });
    const index = dataset.search();
    if (index.left() > SEARCH_FILL_AT_ONCE && !index.fill(SEARCH_FILL_SLICE_MS)) {
      set({ query, hits: [], activeHit: -1, searching: true });
      return fillThenSearch(get, dataset);
    }
    const hits = dataset
      .search()
      // among equal name fits the more prolific first: in the year range, under one
      .search(query, (kind, i) => (kind === 'author' ? visibility.author[i] : visibility.paper[i]) === 1, SEARCH_LIMIT, SEARCH_PAPER_ROOM, authorPaperCounts(dataset.bundle, visibility.slice));
    set({ query, hits, activeHit: -1, searching: false });
  },
  setActiveHit: (activeHit) => set({ activeHit }),
  clearSearch: () => set({ query: '', hits: [], activeHit: -1, searching: false }),
});

const metricsSlice: Slice<MetricsSlice> = (set) => ({
  betweenness: NO_BETWEENNESS,
  setBetweenness: (betweenness) => set({ betweenness }),
});

const uiSlice: Slice<UiSlice> = (set) => ({
  drawerOpen: false,
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
});

export const createAtlasStore = () =>
  create<AtlasState>()((...a) => ({
    ...datasetSlice(...a),
    ...selectionSlice(...a),
    ...viewSlice(...a),
    ...searchSlice(...a),
    ...uiSlice(...a),
    ...metricsSlice(...a),
  }));

export const useAtlas = createAtlasStore();
