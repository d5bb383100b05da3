/**
 * The venue (source) filter, as in VOSviewer and bibliometrix: a searchable list of the map's venues as its papers
 * give them (each proceedings volume or journal), with their papers (in the year range when one is set), most papers
 * first, and "no venue given" for the papers without one. Ticking venues keeps their papers only: the map shows the
 * authors with a paper there, and links, link strengths, total link strength and paper counts are counted on those
 * papers only (core/queries/time-slice.ts `paperSlice`, combined with the year range: years AND venues). The chosen
 * venues stay at the top with a one-click "All venues"; a search with several matches picks them all at once
 * ("EMNLP": every EMNLP volume). The list groups the venue series (core/queries/venue-series.ts: the volumes of one
 * venue across years, "Annual Meeting of the Association for Computational Linguistics", 10 volumes, 2016–2021),
 * each one row with its papers and years, ticked as a whole or opened to tick single volumes: without search words
 * among the single venues by papers (a user browsing saw 768 volumes and no series: a tester), with them first. A
 * series with any volume chosen is one row among the chosen, "3 of 10 volumes" when not all are, and the line above
 * names it (core/queries/venue-words.ts). The choice stays volumes (the link's `venues=`). A long list's series are
 * worked out on a worker (app/workers/series-client.ts: the 70k map's 2,373 volumes froze the page for 430 ms at the
 * list's first render), the panel saying "Grouping the … venues into series…" until they come.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAtlas } from '../../store';
import { Panel } from '../../panels/Panel';
import { countOf } from '../../format';
import { seriesAndVenues, seriesVolumes, venueChoiceWords } from '../../../core/queries/venue-words';
import { NO_VENUE, shortVenueName, venueCounts, yearSpan, type VenueCount } from '../../../core/queries/time-slice';
import { venueChoice, venueSeries, type VenueSeries } from '../../../core/queries/venue-series';
import { useVenueSeriesKeys } from '../../workers/series-client';
import { scrollingBoxOf } from '../../scroll-within';
import './venues.css';

/** Rows (series and single venues) listed before "All … venues" (the 30k map has 768 volumes, 136 series). */
const SHOWN = 12;

/**
 * Whether `name` holds every word of `query` (case and accents aside), a word of letters also matching the initials
 * of the name's capitalised words run together: "EMNLP" finds "Conference on Empirical Methods in Natural Language
 * Processing" (initials CEMNLP), "ACL" "58th Annual Meeting of the Association for Computational Linguistics" (AMACL).
 * Only the words found the spelled-out volumes, and "Pick all" after "EMNLP" left out the 2016-2018 and 2021 main
 * conferences (a tester). Initials must follow one another (a word skipped, as "Chapter" in NAACL, is not bridged: a
 * loose match put workshops' "Eighth Workshop on Multilingual … Natural Language Processing" under EMNLP). Throws nothing.
 */
export function venueMatches(name: string, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const text = fold(name);
  let initials: string | null = null;
  const initialsOf = () =>
    (initials ??= fold(
      name
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join(''),
    ));
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => text.includes(w) || (w.length >= 2 && /^\p{L}+$/u.test(w) && initialsOf().includes(w)));
}

export function VenuePanel() {
  const dataset = useAtlas((s) => s.dataset)!;
  const venues = useAtlas((s) => s.filters.venues);
  const years = useAtlas((s) => s.filters.years);
  const setVenues = useAtlas((s) => s.setVenues);
  const [query, setQuery] = useState('');
  const [more, setMore] = useState(false);
  const findId = useId();
  const findBox = useRef<HTMLDivElement>(null);
  const { bundle } = dataset;
  // papers per venue in the year range (a venue with none there is left out of the list, unless chosen)
  const counts = useMemo(() => venueCounts(bundle, years), [bundle, years]);
  const chosen = useMemo(() => new Set(venues ?? []), [venues]);
  const matching = useMemo(() => (query.trim() ? counts.filter((v) => venueMatches(v.name, query)) : counts), [counts, query]);
  // the series of the listed venues (two volumes or more with one series title): all of them without search words,
  // those a search finds by title with them; a long list's series keys are worked out on a worker (the 70k map's
  // froze the page for 430 ms), the lists wait for them
  const grouped = useVenueSeriesKeys(bundle.venues);
  const series = useMemo(() => (grouped ? venueSeries(bundle, counts) : []), [bundle, counts, grouped]);
  const foundSeries = useMemo(() => (query.trim() ? series.filter((s) => venueMatches(s.title, query)) : series), [series, query]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // the matches in sight as the user types: the field sat at the sidebar's bottom and its matches below it, out of
  // sight until a scroll (a tester, 2019–2020 on the 30k map); the sidebar (or the phone's drawer) is scrolled to
  // bring the field to its top when the first match (or the count line) is out of view
  useLayoutEffect(() => {
    const box = findBox.current;
    if (box && query.trim() && box.contains(document.activeElement)) showMatches(box);
  }, [query, grouped]);
  // a map whose papers all give one venue (or none) has nothing to filter by
  if (counts.length < 2 && !venues) return null;
  const rowOf = (v: number): VenueCount => counts.find((c) => c.venue === v) ?? { venue: v, name: v === NO_VENUE ? 'no venue given' : bundle.venues[v]!, papers: 0 };
  // (most papers first, as the list under them: they came in the order picked, a tester); a series with any volume
  // chosen is one row, "3 of 10 volumes" when not all are (its volumes stood among the chosen one by one: a tester)
  const choice = venueChoice(series, venues ?? []);
  const chosenSeries = [...choice.whole, ...choice.part.map((p) => p.series)].sort((a, b) => b.papers - a.papers || a.title.localeCompare(b.title, 'en'));
  const inChosenSeries = new Set(chosenSeries.flatMap((s) => s.venues));
  const chosenRows: VenueCount[] = choice.single.map(rowOf).sort((a, b) => b.papers - a.papers);
  const rest = matching.filter((v) => !chosen.has(v.venue));
  // a series with no volume chosen is a row of its own, its volumes under it: found by a search, before the single
  // volumes; without one, among them by papers. A chosen series' other volumes are under its row among the chosen
  // (still listed one by one when search words find them)
  const listedSeries = foundSeries.filter((s) => !s.venues.some((v) => chosen.has(v)));
  const inListedSeries = new Set(listedSeries.flatMap((s) => s.venues));
  const loose = rest.filter((v) => !inListedSeries.has(v.venue) && (query.trim() !== '' || !inChosenSeries.has(v.venue)));
  // the list's rows: series first under a search, else series and single venues by papers
  type Row = { series: VenueSeries } | { venue: VenueCount };
  const rows: Row[] = [...listedSeries.map((s) => ({ series: s })), ...loose.map((v) => ({ venue: v }))];
  if (!query.trim()) rows.sort((a, b) => ('series' in b ? b.series.papers : b.venue.papers) - ('series' in a ? a.series.papers : a.venue.papers));
  const listed = more || query.trim() ? rows : rows.slice(0, SHOWN);
  const toggle = (v: number) => {
    const next = new Set(chosen);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    setVenues(next.size ? [...next] : null);
  };
  const toggleSeries = (s: VenueSeries) => {
    const next = new Set(chosen);
    const all = s.venues.every((v) => next.has(v));
    for (const v of s.venues) {
      if (all) next.delete(v);
      else next.add(v);
    }
    setVenues(next.size ? [...next] : null);
  };
  const toggleOpen = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  // its volumes under it when opened; a series chosen in part shows its chosen ones closed too (which they are)
  const seriesRow = (s: VenueSeries) => {
    const isOpen = open.has(s.key);
    const some = s.venues.some((v) => chosen.has(v)) && !s.venues.every((v) => chosen.has(v));
    const volumes = isOpen ? s.venues : some ? s.venues.filter((v) => chosen.has(v)) : [];
    return (
      <SeriesRow key={s.key} series={s} chosen={chosen} papersOf={(v) => rowOf(v).papers} open={isOpen} onToggle={toggleSeries} onOpen={toggleOpen}>
        {volumes.map((v) => (
          <VenueRow key={v} row={rowOf(v)} checked={chosen.has(v)} onToggle={toggle} />
        ))}
      </SeriesRow>
    );
  };
  const chosenPapers = (venues ?? []).reduce((sum, v) => sum + rowOf(v).papers, 0);
  const inYears = years ? (years[0] === years[1] ? ` in ${years[0]}` : ` in ${years[0]}–${years[1]}`) : '';
  const seriesVolumes = listedSeries.reduce((n, s) => n + s.venues.filter((v) => !chosen.has(v)).length, 0);
  const foundWords =
    listedSeries.length === 0
      ? countOf(rest.length, 'venue')
      : `${countOf(listedSeries.length, 'series')} (${countOf(seriesVolumes, 'volume')})${loose.length ? ` and ${countOf(loose.length, 'other venue')}` : ''}`;

  return (
    <Panel
      title="Venues"
      kicker={`${countOf(counts.length, 'venue')}${inYears}`}
      testId="venue-panel"
      actions={
        venues ? (
          <button type="button" className="text-button" onClick={() => setVenues(null)} data-testid="venue-clear">
            All venues
          </button>
        ) : undefined
      }
    >
      {venues && (
        <p className="venue-on small" role="status" data-testid="venue-status">
          Filter on: {venueChoiceWords(bundle, venues)}, {countOf(chosenPapers, 'paper')}
          {inYears}. Links and link strengths count these papers only.
        </p>
      )}
      {grouped && (chosenRows.length > 0 || chosenSeries.length > 0) && (
        <ul className="venue-list venue-chosen" aria-label="Chosen venues">
          {chosenSeries.map(seriesRow)}
          {chosenRows.map((v) => (
            <VenueRow key={v.venue} row={v} checked onToggle={toggle} />
          ))}
        </ul>
      )}
      <div className="venue-find" ref={findBox}>
        <label htmlFor={findId} className="venue-find-label">
          Find a venue
        </label>
        <input
          id={findId}
          type="search"
          value={query}
          placeholder="e.g. EMNLP, workshop"
          autoComplete="off"
          spellCheck={false}
          data-testid="venue-find"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Escape empties the box first
            if (e.key === 'Escape' && query !== '') {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
        {grouped && query.trim() && (
          <p className="small muted venue-find-count" role="status">
            {rest.length === 0
              ? 'No other venue has these words.'
              : `${foundWords}, ${countOf(
                  rest.reduce((s, v) => s + v.papers, 0),
                  'paper',
                )}${inYears}`}
            {rest.length > 1 && (
              <>
                {' '}
                <button type="button" className="text-button small" onClick={() => setVenues([...chosen, ...rest.map((v) => v.venue)])} data-testid="venue-pick-all">
                  Pick all {rest.length}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {grouped ? (
        <ul className="venue-list" aria-label={query.trim() ? 'Venues found' : 'Venues, most papers first'} data-testid="venue-list">
          {listed.map((r) => ('series' in r ? seriesRow(r.series) : <VenueRow key={r.venue.venue} row={r.venue} checked={false} onToggle={toggle} />))}
        </ul>
      ) : (
        <p className="small muted" role="status" data-testid="venue-grouping">
          Grouping the {countOf(counts.length, 'venue')} into series…
        </p>
      )}
      {grouped && !query.trim() && rows.length > SHOWN && (
        <button type="button" className="text-button" onClick={() => setMore(!more)} data-testid="venue-more">
          {more
            ? 'Fewer venues'
            : listedSeries.length > 0
              ? // ("All 1 series and 18 other venues" read awkwardly: a tester)
                `Show all: ${seriesAndVenues(listedSeries.length, loose.length)}`
              : `All ${countOf(loose.length, 'venue')}`}
        </button>
      )}
    </Panel>
  );
}

/**
 * Scroll the nearest scrolling ancestor of the venue search `box` (the sidebar, or the phone's drawer) so that the
 * box is at its top (below a sticky drawer head) when the first row of the list after it (or, with none, the box's
 * last line) lies below the visible part; nothing when all is in sight or nothing scrolls. Instant (no smooth
 * scroll: the user is typing). Throws nothing.
 */
function showMatches(box: HTMLElement): void {
  const scroller = scrollingBoxOf(box);
  if (!scroller || scroller.scrollHeight <= scroller.clientHeight) return;
  const view = scroller.getBoundingClientRect();
  const first = box.parentElement?.querySelector('.venue-find ~ .venue-list > li') ?? box;
  const boxTop = box.getBoundingClientRect().top;
  if (first.getBoundingClientRect().bottom <= view.bottom && boxTop >= view.top) return;
  // the drawer's sticky head covers its top
  const covered = scroller.querySelector(':scope > .drawer-head')?.getBoundingClientRect().height ?? 0;
  scroller.scrollTop += boxTop - view.top - scroller.clientTop - covered - 8;
}

/** One venue: its box (the label is the touch target), its name (text, never HTML) and its papers. */
function VenueRow({ row, checked, onToggle }: { row: VenueCount; checked: boolean; onToggle: (venue: number) => void }) {
  return (
    <li data-venue={row.venue}>
      <label className="venue-check" title={row.name}>
        <input type="checkbox" checked={checked} onChange={() => onToggle(row.venue)} aria-label={`${row.name}: ${countOf(row.papers, 'paper')}`} />
        <span className={`venue-name ${row.venue === NO_VENUE ? 'venue-none' : ''}`} aria-hidden="true">
          {shortVenueName(row.name)}
        </span>
      </label>
      <span className="count" title={countOf(row.papers, 'paper')}>
        {row.papers.toLocaleString('en')}
      </span>
    </li>
  );
}

/**
 * A venue series: its box (ticked when all its volumes are, half when some are), its title, volumes ("3 of 10
 * volumes" when some are chosen) and years, its papers (its chosen volumes' when some are: `papersOf`, per volume),
 * and a button that opens its volumes (`children`, one row each: all of them when `open`, else its chosen ones when
 * some are, else none) under it.
 */
function SeriesRow({
  series,
  chosen,
  papersOf,
  open,
  onToggle,
  onOpen,
  children,
}: {
  series: VenueSeries;
  chosen: ReadonlySet<number>;
  papersOf: (venue: number) => number;
  open: boolean;
  onToggle: (series: VenueSeries) => void;
  onOpen: (key: string) => void;
  children: ReactNode;
}) {
  const listId = useId();
  const picked = series.venues.filter((v) => chosen.has(v)).length;
  const all = picked === series.venues.length;
  const years = series.years ? yearSpan(series.years) : 'no year given';
  const volumes = countOf(series.venues.length, 'volume');
  const some = picked > 0 && !all;
  const shown = seriesVolumes(series.venues.length, picked > 0 ? picked : series.venues.length);
  const papers = some ? series.venues.reduce((n, v) => n + (chosen.has(v) ? papersOf(v) : 0), 0) : series.papers;
  const papersWords = some ? `${countOf(papers, 'paper')} of ${series.papers.toLocaleString('en')}` : countOf(papers, 'paper');
  return (
    <li className="venue-series" data-series={series.key}>
      <label className="venue-check" title={series.title}>
        <input
          type="checkbox"
          checked={all}
          ref={(el) => {
            if (el) el.indeterminate = picked > 0 && !all;
          }}
          onChange={() => onToggle(series)}
          aria-label={`Series ${series.title}, ${some ? `${shown} chosen` : volumes}, ${years}: ${papersWords}`}
        />
        <span className="venue-series-text" aria-hidden="true">
          <span className="venue-name">{series.title}</span>
          <span className="venue-series-meta small muted">
            {some ? shown : volumes} · {years}
          </span>
        </span>
      </label>
      <span className="count" title={papersWords}>
        {papers.toLocaleString('en')}
      </span>
      {/* closed, its chosen volumes before the button that opens them all */}
      {!open && some && (
        <ul className="venue-list venue-series-volumes" aria-label={`Chosen volumes of ${series.title}`}>
          {children}
        </ul>
      )}
      <button
        type="button"
        className="text-button small venue-series-open"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => onOpen(series.key)}
        data-testid="venue-series-open"
      >
        {open ? 'Hide its volumes' : `Its ${volumes}`}
      </button>
      {open && (
        <ul className="venue-list venue-series-volumes" id={listId} aria-label={`Volumes of ${series.title}`}>
          {children}
        </ul>
      )}
    </li>
  );
}
