import type { Dataset } from '../data/dataset';
import type { PreviewFile } from '../../core/bundle/preview';
import type { DatasetEntry } from '../data/load-bundle';
import type { NodeRef } from '../graph/node-keys';
import type { GraphView } from '../graph/sigma-graph';
import type { Ego, Filters, Visibility } from '../graph/visibility';
import type { SearchHit } from '../search/search-index';
import type { Theme } from '../theme';
import type { ThemeChoice } from '../theme-choice';
import type { ReviewPlace, UrlSettings } from '../url/url-state';
import type { MapPlace } from '../url/map-place';

/**
 * What is selected, and so what the details panel shows: an author or a paper (a node), or a card opened by a
 * feature (the review list, at the place the user last acted on, a community, a pair of co-authors); each is kept
 * in the URL (url/url-state.ts). One at a time.
 * A new kind of card is added here and in `Details.tsx`.
 */
export type Selection =
  | NodeRef
  | { kind: 'review'; at?: ReviewPlace }
  | { kind: 'community'; id: number }
  | { kind: 'pair'; a: number; b: number };

/** The node of a selection (author or paper), or null when a card or nothing is selected. */
export const selectedNode = (selection: Selection | null): NodeRef | null =>
  selection !== null && (selection.kind === 'author' || selection.kind === 'paper') ? selection : null;

/**
 * What a feature asks the canvas to emphasise (while nothing is hovered): nodes, and steps between two
 * of them drawn through a paper where the view shows papers (`via`), else as a direct link. Graph-free,
 * so a feature can write it without the canvas; `graph/emphasis.ts` resolves it on the drawn graph.
 */
export interface EmphasisRequest {
  /** Who asked (for tests and debugging), e.g. 'chain'. */
  by: string;
  nodes: NodeRef[];
  steps: { from: NodeRef; to: NodeRef; via?: NodeRef }[];
  /**
   * Nodes the camera is not taken to (the who-is-who review list's pair, emphasised as the list reaches it): the rest
   * of the map is dimmed only while one of `nodes` is drawn in the part of the canvas the panels leave; out of it
   * nothing is dimmed (the map went grey with nothing emphasised in view) and the edge markers point at them, a click
   * framing them (features/offscreen/OffscreenMarks.tsx; AppearanceController.tsx `useInView`).
   */
  inViewOnly?: boolean;
}

/**
 * What an author's disc size shows: papers (default), total link strength (sum of co-author weights),
 * degree (number of co-authors) or betweenness centrality (computed in a worker: `betweenness` below).
 */
export type SizeBy = 'papers' | 'strength' | 'degree' | 'betweenness';

/**
 * Betweenness of every author, computed on demand off the main thread, on the co-author network of `years` and
 * `venues` (a year range's or venues': their authors and the links of their papers, the slice the map draws) or of
 * all papers (both null or absent).
 * `authors`: the authors of that network (all of them, or those with a paper in the range).
 */
export type BetweennessState =
  | { status: 'idle' }
  | { status: 'computing'; progress: number; years: readonly [number, number] | null; venues?: readonly number[] | null }
  | { status: 'done'; values: Float64Array; method: 'exact' | 'sampled'; sources: number; authors: number; years: readonly [number, number] | null; venues?: readonly number[] | null }
  | { status: 'error'; message: string; years: readonly [number, number] | null; venues?: readonly number[] | null };

export const NO_BETWEENNESS: BetweennessState = { status: 'idle' };

/** How nodes are coloured: by community (default) or by the (mean) year of papers. */
export type ColorBy = 'community' | 'year';

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
  /**
   * The dataset's preview file (core/bundle/preview.ts, `preview.json` beside the bundle) while its bundle
   * loads, when it has a picture and the page opens on the plain overview: its first frame is drawn from it
   * (GraphDataController) and labelled from it (LabelsController); once the dataset opens it is kept only if it
   * matches the bundle (`previewMatches`, checked once, by `openDataset`), so GraphDataController keeps the picture
   * on screen when this is still the file it drew. Null otherwise.
   */
  preview: PreviewFile | null;
  setDatasets(list: DatasetEntry[]): void;
  /** Show `file`'s first picture while the bundle loads; false (ignored) once a dataset is open or failed. */
  showPreview(file: PreviewFile): boolean;
  /**
   * An author clicked on the preview's picture before the bundle was in (null: a click on empty canvas): it is
   * selected when the dataset opens, if the preview matches the bundle (the same author at that index).
   */
  previewPick: Selection | null;
  pickOnPreview(selection: Selection | null): void;
  startLoading(label: string, source: DatasetSource): void;
  failLoading(problem: LoadProblem): void;
  /**
   * Show a dataset (fetched or built in memory); selection and view come from the URL when restoring
   * (or stay as they were across a rebuild). Resets hover, emphasis, search and filters.
   */
  openDataset(dataset: Dataset, initial?: InitialView): void;
  /**
   * What a link (URL) asked for that this dataset does not have — an author, paper or community past its
   * counts, or an ego view of such an author — said in words; null when the link opened as asked. Set by
   * `openDataset`, cleared by `dismissLinkNote` and by the next dataset opened.
   */
  linkNote: string | null;
  /**
   * What the user can do about the note, as a button in it (label: its words; run: done on click, then the button
   * goes); null for none. Set beside `linkNote`, cleared with it (dismissed, another dataset opened).
   */
  linkNoteAction: LinkNoteAction | null;
  dismissLinkNote(): void;
}

/** A button in the link note: its words and what it does (restore.ts: a tab's decisions taken up when asked). */
export interface LinkNoteAction {
  label: string;
  run(): void;
  /** Called when the user dismisses the note (×) with the button still in it: restore.ts remembers the offer declined. */
  onDismiss?(): void;
}

/**
 * What a dataset opens with: the selection and view (from the URL, or kept across a rebuild) and, from a
 * URL, the filters and view settings (checked against the dataset; without them, the defaults).
 */
export interface InitialView {
  selection: Selection | null;
  view: GraphView;
  settings?: UrlSettings;
}

/** How a selection changed: the URL controller pushes a history entry only for 'user'. */
export type ChangeOrigin = 'user' | 'history' | 'load';

/**
 * What the camera frames for the ego view of `author`: every author it leaves visible (`visibleAuthors`,
 * a visibility mask), or the author alone when nobody else is left. The one framing of an ego view, whether
 * entered from the author card or opened from a shared link.
 */
export function egoCameraTarget(author: number, visibleAuthors: Uint8Array): CameraTarget {
  const refs: NodeRef[] = [];
  visibleAuthors.forEach((v, i) => {
    if (v === 1) refs.push({ kind: 'author', index: i });
  });
  return refs.length > 1 ? { kind: 'nodes', refs, fill: true } : { kind: 'node', ref: { kind: 'author', index: author } };
}

export type CameraTarget =
  | { kind: 'node'; ref: NodeRef }
  | { kind: 'community'; id: number }
  /**
   * Several nodes at once (e.g. a co-author chain), framed together; `fill`: zoomed in too until they span the
   * part of the canvas the panels and banner leave (an ego view: its network is the picture), not only out until
   * they fit there. `apart` (a co-author chain): zoomed in further, as far as they still fit there, until the
   * authors among them are drawn apart at a readable size (ChainOverlayController shrinks the discs of authors
   * drawn close together: graph/chain-radii.ts). `near` (a chain framed for one of its authors selected,
   * controllers/chain-framed.ts `keptWithChain`): the nodes framed instead (the author and its neighbours on the
   * chain) when the authors of `refs` cannot be drawn apart at a readable size where they all fit, the rest of the
   * chain then marked at the edge (features/offscreen/OffscreenMarks.tsx).
   */
  | { kind: 'nodes'; refs: NodeRef[]; fill?: boolean; apart?: boolean; near?: NodeRef[] }
  /**
   * A camera state the user had (Sigma's framed coordinates: x, y in 0..1 across the map's box, ratio 1 the
   * whole map): leaving the ego view goes back to the camera of before it (controllers/CameraController.tsx).
   */
  | {
      kind: 'camera';
      state: { x: number; y: number; ratio: number; angle: number };
      /** A selected node the user must still see: framed instead when that camera leaves it off screen or under a panel. */
      keep?: NodeRef;
    }
  | { kind: 'fit' }
  /**
   * A place on the map a shared link gives (`at=`, url/map-place.ts: centre and span in the layout's coordinates):
   * the centre in the middle of the canvas, the span across its shorter side, whatever the screen. Framed on opening
   * in place of the card's or the filters' own framing (the sender had moved the camera away from it).
   */
  | { kind: 'at'; place: MapPlace }
  /**
   * What the filters leave shown, filling the part of the canvas the panels leave (controllers/CameraController.tsx
   * `shownFraming`, as the "Fit the shown map" button frames it); the whole map, as `fit`, when no filter hides
   * anything. A shared link with filters and no card that frames its own part opens on it: it opened on the whole
   * map, the part its sender saw small or faint in it.
   */
  | { kind: 'shown' };

export interface SelectionSlice {
  /** The one owner of what the details panel shows. */
  selection: Selection | null;
  hovered: NodeRef | null;
  /** What a feature (the co-author chain) asks the canvas to emphasise; hover and selection come first. */
  emphasis: EmphasisRequest | null;
  origin: ChangeOrigin;
  /**
   * Last camera move asked for; `seq` makes repeated requests distinct. `selection`: the selection whose node
   * the move frames (a click's, made by `select`): the move is dropped if that selection was closed or replaced
   * before it began (the move waits for the details panel's paint: a card closed at once must not send the map
   * to the author the user just closed).
   */
  camera: { target: CameraTarget; seq: number; selection?: Selection } | null;
  /**
   * Select a node or open a card (null: close). A node moves the camera to it unless `moveCamera` is
   * false; a card closes the drawer on narrow screens (the card is a bottom sheet there). A card opened by the
   * user any other way than a search result (`fromSearch`: a link in a card, the map, a ranking) clears the search
   * field: its text named what the user looked for before, not the card now shown (a tester); so does a co-author
   * chain traced (`emphasise`). Closing a card (null) leaves the field as it is: its text is the search whose results
   * the user goes through, one card after another. Steps Back/Forward (`origin` 'history') and the page's load leave
   * the field as their entry has it.
   */
  select(selection: Selection | null, options?: { origin?: ChangeOrigin; moveCamera?: boolean; fromSearch?: boolean }): void;
  hover(ref: NodeRef | null): void;
  emphasise(request: EmphasisRequest | null): void;
  moveCamera(target: CameraTarget): void;
}

export interface ViewSlice {
  view: GraphView;
  /** The theme drawn: the reader's choice, or the system's setting under "System" (App.tsx keeps it). */
  theme: Theme;
  /** The reader's theme choice, kept in this browser (theme-choice.ts). */
  themeChoice: ThemeChoice;
  colorBy: ColorBy;
  /** What author disc sizes show (the canvas's size controller reads it). */
  sizeBy: SizeBy;
  filters: Filters;
  visibility: Visibility | null;
  setView(view: GraphView, origin?: ChangeOrigin): void;
  setTheme(theme: Theme): void;
  /** Choose System, Light or Dark, kept in this browser (the theme follows: App.tsx `useThemeChoice`). */
  setThemeChoice(choice: ThemeChoice): void;
  setColorBy(colorBy: ColorBy): void;
  setSizeBy(sizeBy: SizeBy): void;
  toggleCommunity(id: number): void;
  onlyCommunity(id: number): void;
  showAllCommunities(): void;
  setMinPapers(n: number): void;
  setShowPapers(show: boolean): void;
  /** Only papers of these years (inclusive) and their authors, on the canvas and in search; null: all. */
  setYearRange(years: readonly [number, number] | null): void;
  /**
   * Only papers of these venues (indices into `bundle.venues`, `NO_VENUE` for the papers without one; combined with
   * the year range: years AND venues) and their authors, links counted on those papers only; null or empty: all.
   */
  setVenues(venues: readonly number[] | null): void;
  /** Co-author view: hide links weaker than this co-author weight (0: show all). */
  setMinLinkStrength(weight: number): void;
  /** Co-author view: hide authors left with no shown link. */
  setHideUnlinked(hide: boolean): void;
  /** Only this author and their co-authors within `steps` steps (null: everyone). */
  setEgo(ego: Ego | null): void;
  /**
   * Puts back the filters (all but the ego view: `setEgo`) and view settings a history entry's URL holds
   * (`parseUrlState(...).settings`), checked against the open map as a link's are; nothing when they are the ones
   * shown. For Back and Forward (UrlController): a step restores the whole entry, so it never lands on filters of
   * one entry beside the view of another (a tester's `?years=2018-2021&hide=0` in a view it was never seen in).
   */
  restoreSettings(settings: UrlSettings): void;
}

export interface MetricsSlice {
  /** Betweenness of the current dataset's authors (reset when a dataset opens). */
  betweenness: BetweennessState;
  setBetweenness(state: BetweennessState): void;
}

export interface SearchSlice {
  query: string;
  hits: SearchHit[];
  /**
   * The results of `query` wait for the search index, still filling (typing right after a big map opened): the
   * index fills in short slices and the results come then, the field answering each key meanwhile.
   */
  searching: boolean;
  /** The result the arrows made active, -1 when none is (Enter then opens the first: `Combobox`). */
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

export type AtlasState = DatasetSlice & SelectionSlice & ViewSlice & SearchSlice & UiSlice & MetricsSlice;
