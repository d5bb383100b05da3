/**
 * A small chip on the map saying which filters are on, with a button that clears them: on narrow screens the
 * filters live in a drawer, and once it is closed a year range, a community shown alone or a minimum of papers
 * left the map emptier with nothing on screen saying why (a tester on a phone). Shown on every screen
 * (styles/canvas-overlay.css `.map-chip`, the chain chip's look): on the desktop the sidebar's controls say a filter
 * only where they sit, a community alone or the Venues panel far below its fold (it was shown there for venues
 * only, and a link's `only=4` emptied the 30k map with no word over it, a tester); above the chain chip when both
 * are shown (App.tsx `.map-chips`); not while the ego view's banner is shown (it says the map is limited and offers
 * "Show everyone" itself). Its words are a button, as the chain chip's: a tap on them opens the drawer (on a
 * desktop, scrolls the side panel) at the panel of the first filter they name (`filterPanel`), where it is changed;
 * "clear" clears them. The words took a tap and did nothing (a tester on a phone, beside the chain chip whose words
 * open its panel). */
import { useAtlas } from '../store';
import { openSidebarAt } from '../sidebar-at';
import { communityName } from '../format';
import { venueChoiceWords, venueListNames, venueTag } from '../../core/queries/venue-words';
import type { Filters } from '../graph/visibility';
import type { Bundle } from '../../core/bundle/types';
import type { GraphView } from '../graph/sigma-graph';

/** The longest community name the chip writes whole (a longer one is cut with an ellipsis). */
const NAME_MAX = 20;
/** The longest the chip names several venues in (core `venueChoiceWords`), in characters; longer: counted. */
const VENUES_ROOM = 48;
/**
 * The longest the chip names one venue in (core `venueTag`: its short name, or its head cut and the part that tells it
 * apart whole, "Findings of the Association…: EMNLP 2020 only"); the chip's words wrap to a second line. At 20
 * characters, cut at the end, EMNLP's and ACL's Findings were both "Findings of the Ass… only" (a tester).
 */
const VENUE_MAX = 40;

/**
 * The chip's words for the filters on, in the drawer's order, e.g. ["2017 only", "3 venues", "≥ 2 papers"]; empty when
 * the map shows everything (the ego view aside). `filters` as in the store; `bundle` for the communities' and venues'
 * names (its papers for the venue series: `venueChoiceWords`); `view`
 * for the co-author view's link filters. Pure; throws nothing.
 */
export function filterWords(filters: Filters, bundle: Pick<Bundle, 'communities' | 'venues' | 'papers'>, view: GraphView): string[] {
  const out: string[] = [];
  if (filters.years) {
    const [a, b] = filters.years;
    out.push(a === b ? `${a} only` : `${a}–${b}`);
  }
  // several: named when they fit, a series chosen whole once, "Annual Meeting of… (10 volumes) + LREC 2020", else
  // counted, "1 series and 2 venues" (core/queries/venue-words.ts)
  if (filters.venues) {
    out.push(filters.venues.length === 1 ? `${venueTag(bundle, filters.venues[0]!, VENUE_MAX)} only` : venueChoiceWords(bundle, filters.venues, { max: NAME_MAX, quote: false, room: VENUES_ROOM }));
  }
  const hidden = filters.hiddenCommunities.size;
  const total = bundle.communities.length;
  if (hidden > 0 && hidden < total) {
    const shown = total - hidden;
    if (shown === 1) {
      const id = bundle.communities.findIndex((_, i) => !filters.hiddenCommunities.has(i));
      const name = communityName(bundle.communities[id], id);
      out.push(`${name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name} only`);
    } else out.push(`${hidden} ${hidden === 1 ? 'community' : 'communities'} hidden`);
  } else if (hidden >= total && total > 0) out.push('all communities hidden');
  if (filters.minPapers > 1) out.push(`≥ ${filters.minPapers} papers`);
  if (view === 'coauthors' && filters.minLinkStrength > 0) out.push(`links ≥ ${+filters.minLinkStrength.toFixed(2)}`);
  if (view === 'coauthors' && filters.hideUnlinked) out.push('unlinked hidden');
  return out;
}

/**
 * The chip's words with the venues chosen named whole (core `venueListNames`: "Findings of the Association for
 * Computational Linguistics: EMNLP 2020"), for its hover text and its screen reader's name: `filterWords` otherwise.
 * Pure; throws nothing.
 */
export function filterWordsWhole(filters: Filters, bundle: Pick<Bundle, 'communities' | 'venues' | 'papers'>, view: GraphView): string[] {
  const words = filterWords(filters, bundle, view);
  if (!filters.venues) return words;
  const at = filters.years ? 1 : 0;
  const whole = venueListNames(bundle, filters.venues);
  words[at] = filters.venues.length === 1 ? `${whole} only` : whole;
  return words;
}

/**
 * The side panel's panel (its `data-testid`) that sets the first filter `filterWords` names: the Time panel for a year
 * range, the Venues panel, the Communities panel, the View panel for a least paper count, the Network panel for the
 * co-author view's links; the View panel when none is on. Pure; throws nothing.
 */
export function filterPanel(filters: Filters, bundle: Pick<Bundle, 'communities'>, view: GraphView): string {
  if (filters.years) return 'time-panel';
  if (filters.venues) return 'venue-panel';
  if (filters.hiddenCommunities.size > 0 && bundle.communities.length > 0) return 'communities-panel';
  if (filters.minPapers > 1) return 'filters-panel';
  if (view === 'coauthors' && (filters.minLinkStrength > 0 || filters.hideUnlinked)) return 'network-panel';
  return 'filters-panel';
}

export function FilterChip() {
  const filters = useAtlas((s) => s.filters);
  const view = useAtlas((s) => s.view);
  const bundle = useAtlas((s) => s.dataset?.bundle ?? null);
  if (!bundle || filters.ego) return null;
  const words = filterWords(filters, bundle, view);
  if (words.length === 0) return null;
  // (the venues' whole names: the words may shorten them; a phone has no hover, the words keep what tells them apart)
  const whole = filterWordsWhole(filters, bundle, view);
  const clear = () => {
    const s = useAtlas.getState();
    if (s.filters.years) s.setYearRange(null);
    if (s.filters.venues) s.setVenues(null);
    if (s.filters.hiddenCommunities.size > 0) s.showAllCommunities();
    if (s.filters.minPapers > 1) s.setMinPapers(1);
    if (s.filters.minLinkStrength > 0) s.setMinLinkStrength(0);
    if (s.filters.hideUnlinked) s.setHideUnlinked(false);
  };
  return (
    <div className="filter-chip map-chip" role="status" data-testid="filter-chip">
      <button type="button" className="filter-chip-open" title={whole.join(' · ')} onClick={() => openSidebarAt(filterPanel(filters, bundle, view))}>
        <span className="filter-chip-text" aria-hidden={whole.join() !== words.join() ? true : undefined}>
          {words.join(' · ')}
        </span>
        {whole.join() !== words.join() && <span className="visually-hidden">{whole.join(' · ')}</span>}
        {/* (for a screen reader: what a tap does) */}
        <span className="visually-hidden">. Show the filters</span>
      </button>
      <button type="button" className="link-button" onClick={clear} aria-label={`Clear the filters: ${whole.join(', ')}`}>
        clear
      </button>
    </div>
  );
}
