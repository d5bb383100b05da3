/**
 * One community: its label and distinctive terms, size, top authors, most frequent venues and years,
 * and its papers (newest first). Under a year range, its figures, top authors, venues, years and papers are the
 * range's (the community itself, found on the whole record, stays), its whole record's sizes said beside.
 */
import { useMemo, useState } from 'react';
import type { Bundle } from '../../../core/bundle/types';
import { communityTopAuthors, communityTopAuthorsInRange } from '../../../core/queries/community-authors';
import { communityCountsInRange, shortVenueName, type PaperSlice } from '../../../core/queries/time-slice';
import { subsetSpan } from '../../../core/queries/venue-words';
import { AuthorLink } from '../../panels/links';
import { Panel } from '../../panels/Panel';
import { useCommunityColors } from '../../panels/use-community-colors';
import { useAtlas } from '../../store';
import './communities.css';
import { communityName, communityNumber, countOf, plural } from '../../format';

const PAPERS_SHOWN = 20;
const VENUES_SHOWN = 5;

interface CommunityFacts {
  papers: number[];
  venues: { name: string; count: number }[];
  years: { year: number; count: number }[];
}

/** Community `id`'s papers (of `slice`, a year range and/or venues, when given), venues and years. */
function communityFacts(bundle: Bundle, id: number, slice: PaperSlice | null): CommunityFacts {
  const inSlice = slice ? slice.inSlice : null;
  const papers: number[] = [];
  const venueCount = new Map<number, number>();
  const yearCount = new Map<number, number>();
  bundle.papers.community.forEach((c, p) => {
    if (c !== id) return;
    const y = bundle.papers.year[p];
    if (inSlice && inSlice[p] !== 1) return;
    papers.push(p);
    const v = bundle.papers.venue[p];
    if (v !== null) venueCount.set(v, (venueCount.get(v) ?? 0) + 1);
    if (y !== null) yearCount.set(y, (yearCount.get(y) ?? 0) + 1);
  });
  const year = bundle.papers.year;
  papers.sort((p, q) => (year[q] ?? -Infinity) - (year[p] ?? -Infinity) || p - q);
  return {
    papers,
    venues: [...venueCount]
      .map(([v, count]) => ({ name: bundle.venues[v], count }))
      .sort((x, y) => y.count - x.count || (x.name < y.name ? -1 : 1)),
    years: [...yearCount].map(([y, count]) => ({ year: y, count })).sort((x, y) => x.year - y.year),
  };
}

/** "2016–21", "2019", or a dash when no paper has a year. */
function yearRange(years: CommunityFacts['years']): string {
  if (years.length === 0) return '—';
  const first = years[0].year;
  const last = years[years.length - 1].year;
  if (first === last) return String(first);
  return Math.floor(first / 100) === Math.floor(last / 100) ? `${first}–${String(last).slice(-2)}` : `${first}–${last}`;
}

function YearBars({ years }: { years: CommunityFacts['years'] }) {
  const max = Math.max(...years.map((y) => y.count));
  const span = years[years.length - 1].year - years[0].year + 1;
  // every year of the span, zeros included, so the bars read as a timeline
  const all = Array.from({ length: span }, (_, i) => years[0].year + i).map((year) => ({ year, count: years.find((y) => y.year === year)?.count ?? 0 }));
  const top = [...years].sort((x, y) => y.count - x.count || y.year - x.year)[0];
  return (
    <figure className="year-bars" aria-label={`Papers per year, ${years[0].year} to ${years[years.length - 1].year}; most in ${top.year} (${top.count})`}>
      <div className="bars">
        {all.map((y) => (
          <span key={y.year} className="bar" style={{ height: `${(y.count / max) * 100}%` }} title={`${y.year}: ${y.count} ${plural('paper', y.count)}`} />
        ))}
      </div>
      <figcaption className="bars-axis">
        <span>{years[0].year}</span>
        <span className="muted">
          most in {top.year} ({top.count})
        </span>
        <span>{years[years.length - 1].year}</span>
      </figcaption>
    </figure>
  );
}

/**
 * What a top author's count says, as its hover and after the name in its button's accessible name ("2 of 5 papers
 * in this community"): `here` of the author's papers are in the community, `all` in the map. Throws nothing.
 */
export function topAuthorAbout(here: number, all: number, inYears = ''): string {
  return `${here} of ${all} ${plural('paper', all)}${inYears} in this community`;
}

export function CommunityCard({ id }: { id: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const { select, onlyCommunity, moveCamera } = useAtlas.getState();
  const closeDetail = () => useAtlas.getState().select(null);
  const colors = useCommunityColors();
  const [allPapers, setAllPapers] = useState(false);
  const { bundle } = dataset;
  const community = bundle.communities[id];
  // communities are the whole record's (as the layout); under a year range the card's figures and lists are the
  // range's (as the Communities list's counts), the whole record's sizes said beside
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  const facts = useMemo(() => communityFacts(bundle, id, slice), [bundle, id, slice]);
  const top = useMemo(() => (slice ? communityTopAuthorsInRange(bundle, id, slice) : communityTopAuthors(bundle, id)), [bundle, id, slice]);
  const { title, year, venue } = bundle.papers;
  if (!community) return null;
  const span = slice ? subsetSpan(bundle, slice) : '';
  const inYears = span ? ` in ${span}` : '';
  const counts = slice ? communityCountsInRange(bundle, slice) : null;
  const label = communityName(community, id);

  return (
    <Panel kicker={communityNumber(id)} title={label} onClose={closeDetail} className="details-panel insight-panel" testId="community-card">
      <div className="facts">
        <span className="swatch big" style={{ background: colors[id] }} aria-hidden="true" />
        {community.terms.map((t) => (
          <span key={t} className="term">
            {t}
          </span>
        ))}
      </div>
      <dl className="stats">
        <div>
          <dt>Authors{inYears}</dt>
          <dd data-testid="community-size">{counts ? counts.authors[id] : community.size}</dd>
        </div>
        <div>
          <dt>Papers{inYears}</dt>
          <dd data-testid="community-paper-count">{counts ? counts.papers[id] : community.paperCount}</dd>
        </div>
        <div>
          <dt>Years</dt>
          <dd className="small-dd">{yearRange(facts.years)}</dd>
        </div>
      </dl>
      {slice && (
        <p className="muted small" role="note" data-testid="community-in-years">
          {slice.venues ? `Authors, papers, top authors, venues and years here are of the papers in ${span}` : `Authors, papers, top authors, venues and years here are ${span}’s`}
          ; the community is found on the whole record. All {slice.venues ? 'papers' : 'years'}: {countOf(community.size, 'author')},{' '}
          {countOf(community.paperCount, 'paper')}.
        </p>
      )}
      <div className="card-actions">
        <button type="button" className="button" onClick={() => moveCamera({ kind: 'community', id })}>
          Show on the canvas
        </button>
        <button type="button" className="button" onClick={() => onlyCommunity(id)}>
          Show only this one
        </button>
      </div>

      <h3 className="section-title">
        Top authors{inYears} <span className="section-note">papers in this community</span>
      </h3>
      <ol className="coauthor-list" data-testid="community-authors">
        {top.map(({ author, here, all }) => (
          <li key={author}>
            <AuthorLink
              index={author}
              about={topAuthorAbout(here, all, inYears)}
              suffix={
                <span className="count" title={topAuthorAbout(here, all, inYears)} data-testid="community-author-papers">
                  {here}
                </span>
              }
            />
          </li>
        ))}
      </ol>

      {facts.venues.length > 0 && (
        <>
          <h3 className="section-title">Venues</h3>
          <ul className="count-list" data-testid="community-venues">
            {facts.venues.slice(0, VENUES_SHOWN).map((v) => (
              <li key={v.name}>
                {/* as the sidebar's venue list writes it, on up to two lines: cut to one, five rows read
                    "Proceedings of the 2020 Conference on Empir…" alike (a tester) */}
                <span className="count-name" title={v.name}>
                  {shortVenueName(v.name)}
                </span>
                <span className="count">{v.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {facts.years.length > 1 && (
        <>
          <h3 className="section-title">Years</h3>
          <YearBars years={facts.years} />
        </>
      )}

      <h3 className="section-title">
        {facts.papers.length} {plural('paper', facts.papers.length)}
        {inYears}
      </h3>
      <ol className="paper-list compact" data-testid="community-papers">
        {(allPapers ? facts.papers : facts.papers.slice(0, PAPERS_SHOWN)).map((p) => (
          <li key={p} className="paper-item">
            <button type="button" className="link-button paper-title" onClick={() => select({ kind: 'paper', index: p })}>
              {title[p]}
            </button>
            <div className="meta">{[year[p], venue[p] === null ? null : shortVenueName(bundle.venues[venue[p]!]!)].filter((x) => x !== null && x !== '').join(' · ')}</div>
          </li>
        ))}
      </ol>
      {facts.papers.length > PAPERS_SHOWN && (
        <button type="button" className="text-button" onClick={() => setAllPapers(!allPapers)}>
          {allPapers ? 'Fewer papers' : `All ${facts.papers.length} papers${inYears}`}
        </button>
      )}
    </Panel>
  );
}
