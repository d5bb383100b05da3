/**
 * The venue (source) filter, as in VOSviewer and bibliometrix: a searchable list of the map's venues as its papers
 * give them (each proceedings volume or journal), with their papers (in the year range when one is set), most papers
 * first, and "no venue given" for the papers without one. Ticking venues keeps their papers only: the map shows the
 * authors with a paper there, and links, link strengths, total link strength and paper counts are counted on those
 * papers only (core/queries/time-slice.ts `paperSlice`, combined with the year range: years AND venues). The chosen
 * venues stay at the top with a one-click "All venues"; a search with several matches picks them all at once
 * ("EMNLP": every EMNLP volume).
 */
import { useId, useMemo, useState } from 'react';
import { useAtlas } from '../../store';
import { Panel } from '../../panels/Panel';
import { countOf } from '../../format';
import { NO_VENUE, shortVenueName, venueCounts, type VenueCount } from '../../../core/queries/time-slice';
import './venues.css';

/** Venues listed before "More venues" (the 30k map has 768). */
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
  const { bundle } = dataset;
  // papers per venue in the year range (a venue with none there is left out of the list, unless chosen)
  const counts = useMemo(() => venueCounts(bundle, years), [bundle, years]);
  const chosen = useMemo(() => new Set(venues ?? []), [venues]);
  const matching = useMemo(() => (query.trim() ? counts.filter((v) => venueMatches(v.name, query)) : counts), [counts, query]);
  // a map whose papers all give one venue (or none) has nothing to filter by
  if (counts.length < 2 && !venues) return null;
  // (most papers first, as the list under them: they came in the order picked, a tester)
  const chosenRows: VenueCount[] = (venues ?? [])
    .map((v) => counts.find((c) => c.venue === v) ?? { venue: v, name: v === NO_VENUE ? 'no venue given' : bundle.venues[v]!, papers: 0 })
    .sort((a, b) => b.papers - a.papers);
  const rest = matching.filter((v) => !chosen.has(v.venue));
  const listed = more || query.trim() ? rest : rest.slice(0, SHOWN);
  const toggle = (v: number) => {
    const next = new Set(chosen);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    setVenues(next.size ? [...next] : null);
  };
  const chosenPapers = chosenRows.reduce((sum, v) => sum + v.papers, 0);
  const inYears = years ? (years[0] === years[1] ? ` in ${years[0]}` : ` in ${years[0]}–${years[1]}`) : '';

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
          Filter on: {countOf(venues.length, 'venue')}, {countOf(chosenPapers, 'paper')}
          {inYears}. Links and link strengths count these papers only.
        </p>
      )}
      {chosenRows.length > 0 && (
        <ul className="venue-list venue-chosen" aria-label="Chosen venues">
          {chosenRows.map((v) => (
            <VenueRow key={v.venue} row={v} checked onToggle={toggle} />
          ))}
        </ul>
      )}
      <div className="venue-find">
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
        {query.trim() && (
          <p className="small muted venue-find-count" role="status">
            {rest.length === 0
              ? 'No other venue has these words.'
              : `${countOf(rest.length, 'venue')}, ${countOf(
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
      <ul className="venue-list" aria-label={query.trim() ? 'Venues found' : 'Venues, most papers first'} data-testid="venue-list">
        {listed.map((v) => (
          <VenueRow key={v.venue} row={v} checked={false} onToggle={toggle} />
        ))}
      </ul>
      {!query.trim() && rest.length > SHOWN && (
        <button type="button" className="text-button" onClick={() => setMore(!more)}>
          {more ? 'Fewer venues' : `All ${rest.length.toLocaleString('en')} venues`}
        </button>
      )}
    </Panel>
  );
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
