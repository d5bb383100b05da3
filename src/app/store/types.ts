import type { Dataset } from '../data/dataset';
import type { DatasetEntry } from '../data/load-bundle';
import type { NodeRef } from '../graph/node-keys';
import type { GraphView } from '../graph/sigma-graph';
import type { Filters, Visibility } from '../graph/visibility';
import type { SearchHit } from '../search/search-index';
import type { Theme } from '../theme';

export interface LoadProblem {
  title: string;
  file: string | null;
  detail: string;
}

export type LoadState =
  | { status: 'loading'; label: string }
  | { status: 'ready' }
  | { status: 'error'; problem: LoadProblem };

/** Where the current dataset came from, for the URL. */
export interface DatasetSource {
  dataset: string | null;
  bundle: string | null;
}

export interface DatasetSlice {
  datasets: DatasetEntry[];
  source: DatasetSource;
  load: LoadState;
  dataset: Dataset | null;
  setDatasets(list: DatasetEntry[]): void;
  startLoading(label: string, source: DatasetSource): void;
  failLoading(problem: LoadProblem): void;
  /** Show a dataset (fetched or built in memory); selection and view come from the URL when restoring. */
  openDataset(dataset: Dataset, initial?: { selection: NodeRef | null; view: GraphView }): void;
}

/** How a selection changed: the URL controller pushes a history entry only for 'user'. */
export type ChangeOrigin = 'user' | 'history' | 'load';

export type CameraTarget =
  | { kind: 'node'; ref: NodeRef }
  | { kind: 'community'; id: number }
  /** Several nodes at once (e.g. a co-author chain), framed together. */
  | { kind: 'nodes'; refs: NodeRef[] }
  | { kind: 'fit' };

export interface SelectionSlice {
  selection: NodeRef | null;
  hovered: NodeRef | null;
  origin: ChangeOrigin;
  /** Last camera move asked for; `seq` makes repeated requests distinct. */
  camera: { target: CameraTarget; seq: number } | null;
  select(ref: NodeRef | null, options?: { origin?: ChangeOrigin; moveCamera?: boolean }): void;
  hover(ref: NodeRef | null): void;
  moveCamera(target: CameraTarget): void;
}

export interface ViewSlice {
  view: GraphView;
  theme: Theme;
  filters: Filters;
  visibility: Visibility | null;
  setView(view: GraphView, origin?: ChangeOrigin): void;
  setTheme(theme: Theme): void;
  toggleCommunity(id: number): void;
  onlyCommunity(id: number): void;
  showAllCommunities(): void;
  setMinPapers(n: number): void;
  setShowPapers(show: boolean): void;
  /** Only papers of these years (inclusive) and their authors, on the canvas and in search; null: all. */
  setYearRange(years: readonly [number, number] | null): void;
}

export interface SearchSlice {
  query: string;
  hits: SearchHit[];
  activeHit: number;
  setQuery(query: string): void;
  setActiveHit(index: number): void;
  clearSearch(): void;
}

export interface UiSlice {
  /** Narrow screens: the sidebar is a drawer. */
  drawerOpen: boolean;
  setDrawerOpen(open: boolean): void;
}

export type AtlasState = DatasetSlice & SelectionSlice & ViewSlice & SearchSlice & UiSlice;
