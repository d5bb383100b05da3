/**
 * The explorer's frame: top bar with search, sidebar (view, filters, time, chain, who is who, communities),
 * canvas, details panel. The composition root: it mounts the features (each in a chunk of its own, loaded once
 * the first frame is drawn: feature-chunks.tsx); panels and controllers never import them.
 */
import { useEffect, useRef } from 'react';
import { isNarrow, useDrawerBack, useNarrow } from './narrow';
import { focusFirstOf, focusIsLost } from './focus-back';
import { EscapeLevel, installEscapeOwner, openEscapeLayer } from './escape-layers';
import { installFocusKeeper } from './focus-kept';
import { Canvas } from './Canvas';
import { UrlController } from './controllers/UrlController';
import { Details } from './Details';
import {
  CommunitiesPanel,
  DatasetSwitcher,
  EgoBanner,
  RebuildBanner,
  ExportMenu,
  ImportButton,
  ImportLayer,
  NetworkPanel,
  NewMapButton,
  NewMapPanel,
  OpenAlexLayer,
  PathPanel,
  ChainChip,
  RankingsPanel,
  ReportButton,
  TimePanel,
  VenuePanel,
  WhoIsWhoPanel,
  YearLegend,
} from './feature-chunks';
import { FiltersPanel } from './panels/FiltersPanel';
import { FilterChip } from './panels/FilterChip';
import { LinkNote } from './panels/LinkNote';
import { ShareButton } from './panels/ShareButton';
import { PanelBoundary } from './panels/PanelBoundary';
import { SiteUpdatedNotice } from './panels/SiteUpdatedNotice';
import { SearchBox, SearchIcon } from './panels/SearchBox';
import { useAtlas } from './store';
import type { LoadProblem } from './store/types';
import { countOf, viewTitle } from './format';
import { statsLineWords } from './stats-line';
import { SIZE_WORDS } from './size-words';
import { yearSpan } from '../core/queries/time-slice';
import { subsetSpan, venueChoiceCount, venueChoiceWords, venueListNames, type VenueBundle } from '../core/queries/venue-words';
import { preloadFeatures } from './lazy-feature';
import { nextPaint } from './after-paint';
import { markTheme, resolveTheme } from './theme-choice';
import { ThemePanel } from './panels/ThemePanel';

/**
 * The theme of the page and the canvas from the reader's choice (theme-choice.ts): Light or Dark as chosen, the
 * system's setting under "System", followed live as the system switches (the canvas recolours in place:
 * ColourController). Marks `html[data-theme]` for the CSS, as the early script did before the first paint.
 */
function useThemeChoice() {
  const setTheme = useAtlas((s) => s.setTheme);
  const choice = useAtlas((s) => s.themeChoice);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => {
      const theme = resolveTheme(choice, media.matches);
      markTheme(theme);
      setTheme(theme);
    };
    update();
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [setTheme, choice]);
}

/**
 * Escape on the page: the document's one Escape owner (escape-layers.ts) is installed here, with the page's own
 * layer under any menu or dialog: the drawer on a narrow screen (it lies over the card), else the card, else the
 * drawer. Declines (the ego view below then takes the press) when none is open. The layer counts as opened when
 * the card or the drawer last opened, so of it and another page panel (Rankings) the one opened last closes first.
 */
function useEscapeCloses() {
  useEffect(() => {
    const closePage = () => {
      const { selection, select, drawerOpen, setDrawerOpen } = useAtlas.getState();
      // the drawer (narrow screens: frame.css) lies over the card: Escape closes what is on top (it closed the card
      // hidden under the drawer, a tester)
      if (drawerOpen && isNarrow()) {
        setDrawerOpen(false);
        return true;
      }
      if (selection) {
        // focus was in the card (a search pick puts it on the card's heading): it goes back to what opened the card,
        // or the search field, not to the page's top (a keyboard tester had to Tab from the start again): Details.tsx
        select(null);
        return true;
      }
      if (drawerOpen) {
        setDrawerOpen(false);
        return true;
      }
      return false;
    };
    let offPage = openEscapeLayer(EscapeLevel.page, closePage);
    // a card opened (or another author's in its place) or the drawer opened: the layer is opened again, so it lies
    // over a page panel opened before it (Rankings: a row chosen in the table opens a card, and the next Escape
    // closes that card, the table staying open)
    const unsubscribe = useAtlas.subscribe((state, prev) => {
      const opened = (state.selection !== null && state.selection !== prev.selection) || (state.drawerOpen && !prev.drawerOpen);
      if (!opened) return;
      offPage();
      offPage = openEscapeLayer(EscapeLevel.page, closePage);
    });
    const uninstall = installEscapeOwner();
    // (and the focus kept in a panel whose focused control a decision replaced: focus-kept.ts)
    const unkeep = installFocusKeeper();
    return () => {
      unkeep();
      uninstall();
      unsubscribe();
      offPage();
    };
  }, []);
}

function Loading({ label }: { label: string }) {
  return (
    <div className="screen screen-over" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}

function ErrorScreen({ problem }: { problem: LoadProblem }) {
  return (
    <div className="screen" role="alert" data-testid="load-error">
      <div className="error-card">
        <h1>{problem.title}</h1>
        {problem.file && (
          <p className="error-file">
            <code>{problem.file}</code>
          </p>
        )}
        <p className="error-detail">{problem.detail}</p>
      </div>
    </div>
  );
}

/**
 * The first stop of Tab: straight to the map (past the search, the menus and the side panel's ~30 controls).
 * First child of the frame while loading too, so the frame's children keep their places when the bundle is in
 * (one more child at the top then made React mount the top bar, side panel and canvas again: the preview's
 * picture on screen was dropped).
 */
function SkipLink() {
  return (
    <button type="button" className="skip-link" onClick={() => document.querySelector<HTMLElement>('.keyboard-canvas')?.focus()}>
      Skip to the map
    </button>
  );
}

/**
 * The longest a venue filter's names run in the legend (characters), past which they are counted: "2 venues" ("ACL (10
 * volumes) + LREC 2020 + WAT 2019", 39, stays named; the legend's words are cut with an ellipsis where the map leaves
 * no room for them).
 */
const LEGEND_VENUE_ROOM = 48;

/**
 * The legend's few words for a venue filter: " at this venue", " at this series", " at LREC (3 volumes) + WAT 2019
 * in 2020", " at 1 series and 18 venues" (core/queries/venue-words.ts `venueChoiceCount`); names longer than
 * `LEGEND_VENUE_ROOM` or cut counted, " at 2 venues" (" at “58th Annual Meeting of…” + “Findings of the…”" ran under the
 * zoom buttons and the card of a 1180 px tablet, a tester), the names then in `title` (the venues' whole names), else
 * `title` is null.
 */
const legendVenues = (bundle: VenueBundle, slice: { years: readonly [number, number] | null; venues: readonly number[] | null }): { words: string; title: string | null } => {
  const venues = slice.venues!;
  const years = slice.years ? ` in ${yearSpan(slice.years)}` : '';
  const named = venueChoiceCount(bundle, venues);
  // (names already cut, "“58th Annual Meeting of…”", are counted whatever their length: a cut name names nothing;
  // venues counted, "2 venues", name nothing either: their whole names in the title)
  const counted = venues.length > 1 && named === venueChoiceWords(bundle, venues, { max: 24, room: 0 });
  if (named.length <= LEGEND_VENUE_ROOM && !named.includes('…') && !counted) return { words: ` at ${named}${years}`, title: null };
  return { words: ` at ${venueChoiceWords(bundle, venues, { room: 0 })}${years}`, title: `Venues: ${venueListNames(bundle, venues)}` };
};

function Legend() {
  // papers are listed only when they are drawn: the papers view with "Show paper nodes" ticked
  const papersDrawn = useAtlas((s) => s.view === 'papers' && s.filters.showPapers);
  // the ring only where the list has a focal author (a seed list's first line; most exports have none)
  const hasFocal = useAtlas((s) => s.dataset?.bundle.focalAuthor != null);
  // what the discs' sizes say (it said "by papers" whatever they were sized by, a tester)
  const sizeBy = useAtlas((s) => s.sizeBy);
  // under a year range or venues the discs are their figures (graph/node-sizes.ts): "by papers in 2020"
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  const bundle = useAtlas((s) => s.dataset?.bundle ?? null);
  const where = slice && bundle ? (slice.venues ? legendVenues(bundle, slice) : { words: ` in ${subsetSpan(bundle, slice)}`, title: null }) : null;
  const words = `author, by ${SIZE_WORDS[sizeBy].legend}${where?.words ?? ''}`;
  // (its words are cut with an ellipsis where the map leaves no room for them: every entry stays in view)
  return (
    <div className="legend" aria-hidden="true" data-testid="legend">
      <span className="legend-author" title={where?.title ?? (words.length > 40 ? words : undefined)}>
        <span className="dot" /> <span className="legend-words">{words}</span>
      </span>
      {papersDrawn && (
        <span>
          <span className="square" /> paper
        </span>
      )}
      {hasFocal && (
        <span>
          <span className="ring" /> focal author
        </span>
      )}
    </div>
  );
}

/**
 * The explorer's frame. While the first dataset loads (`dataset` null) it is already mounted, hidden under the
 * loading screen, with the canvas alone: Sigma's set-up (its WebGL contexts and shaders, the page's first
 * layout: about 0.6 s of the 30k map's first frame in a CPU profile) then runs while the bundle is still
 * downloading on its worker, and the same Sigma instance draws the map once the bundle is in.
 */
function Explorer() {
  const dataset = useAtlas((s) => s.dataset);
  const preview = useAtlas((s) => s.preview);
  const load = useAtlas((s) => s.load);
  const drawerOpen = useAtlas((s) => s.drawerOpen);
  const setDrawerOpen = useAtlas((s) => s.setDrawerOpen);
  // with a preview file's picture (core/bundle/preview.ts) the canvas and the legend show while the bundle
  // loads, laid out as the explorer lays them out (the labels keep clear of the legend as they will then), and
  // the top bar says that the rest is loading; the map answers no pointer meanwhile (EventsController)
  const early = !dataset && preview?.picture != null;
  // narrow screens: the drawer is a modal dialog over the map (the map, its zoom buttons and the card behind it
  // inert: Tab went under the scrim, the arrow keys and +/- still moved the map), the focus taken into it as it
  // opens and given back to ☰ as it closes
  const narrow = useNarrow();
  const modal = drawerOpen && narrow && dataset !== null;
  // the panels whose own state is words typed for one map (the venue search, the chain's names) start empty on
  // another map: a venue search kept from the last map hid the new map's venues (a tester); a rebuild of this
  // map (Apply in the explorer) keeps its id and name, and what was typed
  const mapKey = dataset ? (dataset.id ?? `name:${dataset.name}`) : '';
  const sidebar = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasModal = useRef(false);
  useEffect(() => {
    if (modal && !wasModal.current) sidebar.current?.focus();
    if (!modal && wasModal.current) {
      const focused = document.activeElement;
      if (focusIsLost() || (focused && sidebar.current?.contains(focused))) focusFirstOf(toggle.current);
    }
    wasModal.current = modal;
  }, [modal]);
  if (!dataset)
    return (
      <div className={`app app-shell ${early ? 'app-preview' : ''}`} aria-hidden={early ? undefined : true} aria-busy={early ? true : undefined}>
        <SkipLink />
        <header className="topbar">
          {early && (
            <>
              {/* laid out as the explorer's top bar will be (no jump when the bundle is in): the search field is
                  there, greyed, until the names it searches have loaded */}
              <div className="brand">
                <span className="brand-name">Coauthor Atlas</span>
                <span className="dataset-name" role="status" data-testid="preview-status">
                  {load.status === 'loading' ? load.label : 'Loading…'}
                </span>
              </div>
              <div className="search search-early">
                <SearchIcon />
                <input type="search" disabled aria-label="Search (ready once the names have loaded)" placeholder="Search authors and papers" data-testid="search-early" />
              </div>
              <p className="stats-line">
                {countOf(preview.bundle.authors, 'author')} · {countOf(preview.bundle.papers, 'paper')}
              </p>
            </>
          )}
        </header>
        <aside id="sidebar" className="sidebar" />
        {/* the explorer's shape (main > the link note's place > .stage-map > the graph), so React keeps the canvas and
            its Sigma, with the preview file's picture, when the explorer comes (a Canvas at another place was made
            again: the first picture drawn twice) */}
        <main className="stage">
          {null}
          <div className="stage-map">
            <PanelBoundary name="The graph">
              <Canvas />
            </PanelBoundary>
            {early && <Legend />}
          </div>
        </main>
      </div>
    );
  const { stats } = dataset.bundle;
  return (
    <div className={`app ${drawerOpen ? 'drawer-open' : ''}`}>
      <SkipLink />
      <header className="topbar">
        <button
          ref={toggle}
          type="button"
          className="icon-button drawer-toggle"
          aria-label={drawerOpen ? 'Close filters and communities' : 'Open filters and communities'}
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen(!drawerOpen)}
        >
          <span aria-hidden="true">☰</span>
        </button>
        <div className="brand">
          {/* the page's one heading of rank 1 (a screen reader's list of headings had none: a tester) */}
          <h1 className="brand-name">Coauthor Atlas</h1>
          <PanelBoundary name="The dataset switcher" quiet>
            <DatasetSwitcher />
          </PanelBoundary>
        </div>
        <PanelBoundary name="Search">
          <SearchBox />
        </PanelBoundary>
        <StatsLine stats={stats} />
        <PanelBoundary name="Share" quiet>
          <ShareButton />
        </PanelBoundary>
        <PanelBoundary name="Export" quiet>
          <ExportMenu />
        </PanelBoundary>
        <PanelBoundary name="Build report" quiet>
          <ReportButton />
        </PanelBoundary>
        <PanelBoundary name="Import" quiet>
          <ImportButton />
        </PanelBoundary>
        <PanelBoundary name="New map" quiet>
          <NewMapButton />
        </PanelBoundary>
      </header>
      <aside
        id="sidebar"
        ref={sidebar}
        className="sidebar"
        aria-label="View, filters and communities"
        role={modal ? 'dialog' : undefined}
        aria-modal={modal ? true : undefined}
        tabIndex={modal ? -1 : undefined}
      >
        {modal && (
          // the way out inside the dialog (☰ is outside it, in the top bar: a screen reader in a modal reads
          // only the dialog)
          <div className="drawer-head">
            <button type="button" className="text-button drawer-close" onClick={() => setDrawerOpen(false)}>
              Close <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
        <PanelBoundary name="New map">
          <NewMapPanel />
        </PanelBoundary>
        <PanelBoundary name="Filters">
          <FiltersPanel />
        </PanelBoundary>
        <PanelBoundary name="Network">
          <NetworkPanel />
        </PanelBoundary>
        <PanelBoundary name="Time">
          <TimePanel />
        </PanelBoundary>
        <PanelBoundary name="Venues">
          <VenuePanel key={mapKey} />
        </PanelBoundary>
        <PanelBoundary name="Co-author chain">
          <PathPanel key={mapKey} />
        </PanelBoundary>
        <PanelBoundary name="Who is who">
          <WhoIsWhoPanel />
        </PanelBoundary>
        <PanelBoundary name="Communities">
          <CommunitiesPanel />
        </PanelBoundary>
        <PanelBoundary name="Theme">
          <ThemePanel />
        </PanelBoundary>
      </aside>
      <main className="stage" aria-label="Graph" inert={modal}>
        {/* a link's note is a row of its own above the map, not over it: over the map it covered the filters chip
            and its "clear", and the Rankings table (a tester) */}
        <LinkNote />
        <div className="stage-map">
          <PanelBoundary name="The graph">
            <Canvas />
          </PanelBoundary>
          <Legend />
          {/* the chips over the map's top left (narrow screens), one under the other whatever their heights */}
          <div className="map-chips">
            <FilterChip />
            <PanelBoundary name="The chain chip" quiet>
              <ChainChip />
            </PanelBoundary>
          </div>
          <PanelBoundary name="The year legend" quiet>
            <YearLegend />
          </PanelBoundary>
          <PanelBoundary name="The ego view" quiet>
            <EgoBanner />
          </PanelBoundary>
          <PanelBoundary name="The rebuild with name decisions" quiet>
            <RebuildBanner />
          </PanelBoundary>
          <PanelBoundary name="Rankings" quiet>
            <RankingsPanel />
          </PanelBoundary>
        </div>
      </main>
      <PanelBoundary name="The details panel">
        <Details inert={modal} />
      </PanelBoundary>
      {drawerOpen && <div className="scrim" onClick={() => setDrawerOpen(false)} aria-hidden="true" />}
    </div>
  );
}

/**
 * The map's counts in the top bar (`statsLineWords`): the whole map's sizes, or with any filter hiding authors (the
 * least number of papers, a year range, communities, links, the ego view) the authors the map shows of all, "2,065
 * of 36,784 authors shown", "15,600 of 36,784 authors in 2020" (papers too on hover). It counted a year range only:
 * `&min=10` left it at every author (a tester).
 */
/** The longest series title the top bar's counts write (`subsetSpan`), in characters. */
const TOP_BAR_SERIES_MAX = 24;
/** The longest the top bar's counts name several venues in (`subsetSpan`: "LREC (3 volumes) + WAT 2019"), in characters; longer: counted. */
const TOP_BAR_VENUES_ROOM = 48;

function StatsLine({ stats }: { stats: { authors: number; papers: number; communities: number } }) {
  const visibility = useAtlas((s) => s.visibility);
  const view = useAtlas((s) => s.view);
  const showPapers = useAtlas((s) => s.filters.showPapers);
  const slice = visibility?.slice ?? null;
  const papers = view === 'papers' && showPapers && visibility ? visibility.paperCount : slice ? slice.paperCount : null;
  const bundle = useAtlas((s) => s.dataset?.bundle ?? null);
  // a series' title cut short: its volumes after it were cut off at 1440 px (the whole line is the hover text)
  const where = slice?.venues && bundle ? subsetSpan(bundle, slice, TOP_BAR_SERIES_MAX, TOP_BAR_VENUES_ROOM) : null;
  const whereWhole = slice?.venues && bundle ? venueListNames(bundle, slice.venues) : null;
  const words = statsLineWords(stats, { authors: visibility?.authorCount ?? stats.authors, papers, years: slice?.years ?? null, where, whereWhole });
  return (
    <p className="stats-line" data-testid="stats-line" title={words.title ?? undefined}>
      {words.text}
    </p>
  );
}

/**
 * The tab's title names the open map (several maps open in tabs read apart), as the switcher names it, and the card
 * open: a history entry, a bookmark and a shared link say whom they are about.
 * Keeps the tab's title to what is shown (format.ts `viewTitle`: the open card's subject and the map). A component
 * of its own, rendering nothing: the selection read in `Explorer` re-rendered the whole page at each card opened (the
 * sidebar's panels with it).
 */
function DocumentTitle() {
  const title = useAtlas((s) => viewTitle(s.dataset?.name ?? null, s.dataset?.bundle ?? null, s.selection));
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

export function App() {
  const load = useAtlas((s) => s.load);
  const preview = useAtlas((s) => s.preview?.picture != null);
  useThemeChoice();
  useEscapeCloses();
  useDrawerBack();
  useEffect(() => {
    if (load.status === 'loading') document.documentElement.dataset.state = 'loading';
    if (load.status !== 'error') return;
    // "error" once the error screen's way out (the import and new-map controls, in their own chunks) is drawn
    let live = true;
    void preloadFeatures()
      .then(nextPaint)
      .then(() => {
        if (live) document.documentElement.dataset.state = 'error';
      });
    return () => {
      live = false;
    };
  }, [load.status]);
  return (
    <>
      <UrlController />
      <DocumentTitle />
      {load.status === 'loading' && !preview && <Loading label={load.label} />}
      {load.status === 'error' && <ErrorScreen problem={load.problem} />}
      {/* mounted while loading too (hidden): the canvas is set up while the bundle downloads */}
      {load.status !== 'error' && <Explorer />}
      {/* in boundaries as every feature: a layer's chunk gone after a redeploy blanked the whole page */}
      <PanelBoundary name="Import" quiet>
        <ImportLayer />
      </PanelBoundary>
      <PanelBoundary name="New map" quiet>
        <OpenAlexLayer />
      </PanelBoundary>
      <SiteUpdatedNotice />
    </>
  );
}
