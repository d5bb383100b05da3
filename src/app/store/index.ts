/**
 * The viewer's state: what is loaded, selected, hovered, filtered and searched.
 * Slices are plain objects whose actions call pure functions (graph/, search/) — testable without React.
 */
import { create, type StateCreator } from 'zustand';
import { DEFAULT_FILTERS, computeVisibility, type Filters } from '../graph/visibility';
import { systemTheme } from '../theme';
import type { AtlasState, DatasetSlice, SearchSlice, SelectionSlice, UiSlice, ViewSlice } from './types';

let cameraSeq = 0;

type Slice<T> = StateCreator<AtlasState, [], [], T>;

const SEARCH_LIMIT = 20;

const datasetSlice: Slice<DatasetSlice> = (set) => ({
  datasets: [],
  source: { dataset: null, bundle: null },
  load: { status: 'loading', label: 'Opening the explorer…' },
  dataset: null,
  setDatasets: (datasets) => set({ datasets }),
  startLoading: (label, source) => set({ load: { status: 'loading', label }, source }),
  failLoading: (problem) => set({ load: { status: 'error', problem }, dataset: null }),
  openDataset: (dataset, initial) =>
    set({
      dataset,
      load: { status: 'ready' },
      filters: DEFAULT_FILTERS,
      visibility: computeVisibility(dataset.bundle, DEFAULT_FILTERS),
      selection: validRef(dataset.bundle, initial?.selection ?? null),
      hovered: null,
      origin: 'load',
      view: initial?.view ?? 'papers',
      camera: { target: initial?.selection ? { kind: 'node', ref: initial.selection } : { kind: 'fit' }, seq: ++cameraSeq },
      query: '',
      hits: [],
      activeHit: 0,
    }),
});

function validRef(bundle: { authors: { name: unknown[] }; papers: { title: unknown[] } }, ref: AtlasState['selection']) {
  if (ref === null) return null;
  const n = ref.kind === 'author' ? bundle.authors.name.length : bundle.papers.title.length;
  return ref.index < n ? ref : null;
}

const selectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: null,
  hovered: null,
  origin: 'load',
  camera: null,
  select: (ref, options = {}) => {
    const dataset = get().dataset;
    const selection = dataset ? validRef(dataset.bundle, ref) : null;
    set({ selection, origin: options.origin ?? 'user' });
    if (selection && options.moveCamera !== false) get().moveCamera({ kind: 'node', ref: selection });
  },
  hover: (hovered) => set({ hovered }),
  moveCamera: (target) => set({ camera: { target, seq: ++cameraSeq } }),
});

function refilter(get: () => AtlasState, set: (s: Partial<AtlasState>) => void, filters: Filters): void {
  const dataset = get().dataset;
  if (!dataset) return set({ filters });
  set({ filters, visibility: computeVisibility(dataset.bundle, filters) });
  // hidden nodes leave the search results too
  get().setQuery(get().query);
}

const viewSlice: Slice<ViewSlice> = (set, get) => ({
  view: 'papers',
  theme: systemTheme(),
  filters: DEFAULT_FILTERS,
  visibility: null,
  setView: (view, origin = 'user') => set({ view, origin }),
  setTheme: (theme) => set({ theme }),
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
});

const searchSlice: Slice<SearchSlice> = (set, get) => ({
  query: '',
  hits: [],
  activeHit: 0,
  setQuery: (query) => {
    const { dataset, visibility } = get();
    if (!dataset || !visibility || query.trim() === '') return set({ query, hits: [], activeHit: 0 });
    const hits = dataset
      .search()
      .search(query, (kind, i) => (kind === 'author' ? visibility.author[i] : visibility.paper[i]) === 1, SEARCH_LIMIT);
    set({ query, hits, activeHit: 0 });
  },
  setActiveHit: (activeHit) => set({ activeHit }),
  clearSearch: () => set({ query: '', hits: [], activeHit: 0 }),
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
  }));

export const useAtlas = createAtlasStore();
