/**
 * An author: spellings, community, affiliations, counts, co-authors ranked by shared papers, and their papers (with a
 * year range or venues: their papers, co-authors, counts and affiliations, the whole record's counts said beside).
 * Features add sections (e.g. "may be several people") through `sections`, placed under the figures (whose papers and
 * co-authors figures go to those lists):
 * the panel never imports a feature.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { prefersReducedMotion } from '../env';
import { mark } from '../debug';
import { authorAffiliations } from '../../core/queries/affiliations';
import { useAtlas } from '../store';
import { AuthorLink, CommunityChip } from './links';
import { Panel } from './Panel';
import { PaperItem } from './PaperItem';
import { papersInSlice, yearSpan } from '../../core/queries/time-slice';
import { subsetSpan } from '../../core/queries/venue-words';
import { plural } from '../format';
import { coauthorsOfAuthor, PANEL_PAPERS as PAPERS_SHOWN } from '../data/dataset';
import { whyHidden } from './hidden-by-filters';
import { HiddenNote } from './HiddenNote';
import { scrollIntoViewWithin } from '../scroll-within';

const COAUTHORS_SHOWN = 12;
const AFFILIATIONS_SHOWN = 5;
/**
 * Papers rendered in the click's own task (more than the card shows above its list's start); the rest of the
 * list follows in React's background render of the same author (`useDeferredValue`, time-sliced), painted a
 * frame or two later. The whole list in the click's task made it the longest main-thread task after a click
 * on the 3k map (110 ms at load 2.7: issue 12 asks for none over 100 ms).
 */
const PAPERS_FIRST = 4;

/**
 * Scroll the card to the section heading `id` and give it the keyboard focus (a figure's button: "92 papers: go to
 * the list"); at once under reduced motion, else smoothly. Throws nothing.
 */
function jumpTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  scrollIntoViewWithin(heading, 'start', prefersReducedMotion() ? 'auto' : 'smooth');
  heading.focus({ preventScroll: true });
}

export function AuthorPanel({ index, sections }: { index: number; sections?: ReactNode }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  // a filter changed after the card opened may hide its author: the card says so rather than point at nothing
  const hidden = useAtlas((s) => s.visibility !== null && s.visibility.author[index] === 0);
  const filters = useAtlas((s) => s.filters);
  const view = useAtlas((s) => s.view);
  const [allCoauthors, setAllCoauthors] = useState(false);
  const [morePapers, setMorePapers] = useState(false);
  const { authors } = dataset.bundle;
  const allPapers = dataset.papersOf(index);
  const everyCoauthor = dataset.coauthorsOf(index);
  const isFocal = dataset.bundle.focalAuthor === index;
  // with a year range set, the card's counts and lists are the range's, as the map's (a tester read 46 papers on a
  // card with the years set to 2018–2020, some of them from 2017): its papers, and the co-authors of its papers with
  // their shared papers in it (graph/visibility.ts `Visibility.slice`: links from the range's papers only); the
  // whole record's counts are said beside
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  // (a venue filter too: the papers of the chosen venues, in the year range when one is set)
  const papers = useMemo(() => papersInSlice(slice, allPapers), [allPapers, slice]);
  const coauthors = useMemo(() => (slice ? coauthorsOfAuthor(dataset.bundle, index, slice) : everyCoauthor), [dataset, index, everyCoauthor, slice]);
  const span = slice ? subsetSpan(dataset.bundle, slice) : '';
  // the headings' few words: "in 2020", or under venues "at this venue (in 2020)" (a venue's name made the three
  // figures' headings run past the card's edge); the note under the figures names the venues
  const inYears = !slice
    ? ''
    : slice.venues
      ? `${slice.venues.length === 1 ? ' at this venue' : ` at these ${slice.venues.length} venues`}${slice.years ? ` in ${yearSpan(slice.years)}` : ''}`
      : ` in ${span}`;
  // where they were in the range: the organisations given on the range's papers (all years' listed a 2016 lab beside
  // a 2020 map)
  const affiliations = useMemo(() => authorAffiliations(dataset.bundle, index, papers), [dataset, index, papers]);
  const strength = slice ? slice.strength[index]! : authors.weightedDegree[index]!;
  // which filters hide them, and the change that shows them (the card's button)
  const why = useMemo(() => (hidden ? whyHidden(dataset.bundle, filters, view, index, allPapers) : null), [hidden, dataset, filters, view, index, allPapers]);
  const coauthorsId = useId();
  const papersId = useId();

  useEffect(() => {
    setAllCoauthors(false);
    setMorePapers(false);
    mark('panel');
  }, [index]);

  return (
    <Panel
      kicker={isFocal ? 'Focal author' : 'Author'}
      title={authors.name[index]}
      onClose={() => select(null)}
      className="details-panel"
      testId="author-panel"
    >
      {why && <HiddenNote node={{ kind: 'author', index }} why={why} testId="author-hidden" />}
      {authors.aliases[index].length > 0 && (
        <p className="aliases">
          <span className="muted">Also written </span>
          {authors.aliases[index].join(' · ')}
        </p>
      )}
      <div className="facts">
        <CommunityChip id={authors.community[index]} />
        {authors.orcid[index] && (
          <a className="orcid" href={`https://orcid.org/${authors.orcid[index]}`} target="_blank" rel="noopener noreferrer">
            ORCID {authors.orcid[index]}
          </a>
        )}
      </div>
      {affiliations.length > 0 && (
        <ul className="affiliations" data-testid="author-affiliations" aria-label={`Affiliations${inYears}`}>
          {affiliations.slice(0, AFFILIATIONS_SHOWN).map((a) => (
            <li key={`${a.org}|${a.country}`} title={`Given on ${a.papers} ${plural('paper', a.papers)}${inYears}${a.lastYear ? `, last in ${a.lastYear}` : ''}`}>
              {[a.org, a.country].filter(Boolean).join(', ')}
              {affiliations.length > 1 && <span className="count"> · {a.papers}</span>}
            </li>
          ))}
        </ul>
      )}
      <dl className="stats">
        <div>
          <dt>Papers{inYears}</dt>
          <dd data-testid="author-paper-count">
            <button type="button" className="stat-jump" aria-label={`${papers.length} ${plural('paper', papers.length)}${inYears}: go to the list`} onClick={() => jumpTo(papersId)}>
              {papers.length}
            </button>
          </dd>
        </div>
        <div>
          <dt>Co-authors{inYears}</dt>
          <dd data-testid="author-coauthor-count">
            {coauthors.length > 0 ? (
              <button type="button" className="stat-jump" aria-label={`${coauthors.length} ${plural('co-author', coauthors.length)}${inYears}: go to the list`} onClick={() => jumpTo(coauthorsId)}>
                {coauthors.length}
              </button>
            ) : (
              coauthors.length
            )}
          </dd>
        </div>
        <div>
          <dt>Total link strength{inYears}</dt>
          <dd
            title={
              dataset.bundle.options.counting === 'fractional'
                ? 'Total link strength: the sum of this author’s co-author link strengths. Under fractional counting each co-authored paper adds 1 in all (1/(authors − 1) to each co-author), so this is the number of papers written with someone'
                : 'Total link strength: the sum of this author’s co-author link strengths. Under full counting each paper adds 1 for every co-author on it'
            }
          >
            <span data-testid="author-strength">{Number(strength.toFixed(2))}</span>
            {/* said on the tile, not only in its tooltip: a VOSviewer user counting fully took a fractional 83 for wrong (a tester) */}
            <span className="stat-counting" data-testid="author-strength-counting">
              {dataset.bundle.options.counting === 'fractional' ? 'fractional counting' : 'full counting'}
            </span>
          </dd>
        </div>
      </dl>
      {slice && (
        <p className="muted small" data-testid="author-in-years">
          {slice.venues
            ? `Counts, lists and affiliations here are of the papers in ${span} only, as the map’s links. All papers:`
            : `Counts, lists and affiliations here are ${span}’s papers only, as the map’s links. All years:`}{' '}
          {allPapers.length} {plural('paper', allPapers.length)}, {everyCoauthor.length} {plural('co-author', everyCoauthor.length)}, total link
          strength {Number(authors.weightedDegree[index]!.toFixed(2))}.
        </p>
      )}
      {/* the who-is-who sections under the figures: a name that may be several people has a long one, and the
          figures above it go to the lists below it (Yang Liu's co-authors began three screens down on a phone: a tester) */}
      {sections}

      {coauthors.length > 0 && (
        <>
          <h3 className="section-title" id={coauthorsId} tabIndex={-1}>
            Co-authors{inYears}
          </h3>
          <ol className="coauthor-list" data-testid="coauthor-list">
            {(allCoauthors ? coauthors : coauthors.slice(0, COAUTHORS_SHOWN)).map((tie) => (
              <li key={tie.author}>
                <AuthorLink
                  index={tie.author}
                  about={`${tie.shared} shared ${plural('paper', tie.shared)}${inYears}`}
                  suffix={
                    <span className="count" title={`${tie.shared} shared ${plural('paper', tie.shared)}${inYears}`}>
                      {tie.shared}
                    </span>
                  }
                />
              </li>
            ))}
          </ol>
          {coauthors.length > COAUTHORS_SHOWN && (
            <button type="button" className="text-button" onClick={() => setAllCoauthors(!allCoauthors)}>
              {allCoauthors ? 'Fewer co-authors' : `All ${coauthors.length} co-authors`}
            </button>
          )}
        </>
      )}

      <h3 className="section-title" id={papersId} tabIndex={-1}>
        Papers{inYears}
      </h3>
      <PaperList author={index} papers={morePapers ? papers : papers.slice(0, PAPERS_SHOWN)} />
      {papers.length > PAPERS_SHOWN && (
        <button type="button" className="text-button" onClick={() => setMorePapers(!morePapers)}>
          {morePapers ? 'Fewer papers' : `All ${papers.length} papers${inYears}`}
        </button>
      )}
      {slice && allPapers.length > papers.length && (
        <p className="muted small" data-testid="author-papers-other-years">
          {slice.venues
            ? `${allPapers.length - papers.length} more ${plural('paper', allPapers.length - papers.length)} hidden by the filter (${slice.years ? `${yearSpan(slice.years)}, ` : ''}${subsetSpan(dataset.bundle, { years: null, venues: slice.venues })}) not listed.`
            : `${allPapers.length - papers.length} more ${plural('paper', allPapers.length - papers.length)} from other years (or undated) not listed: the year range is ${span}.`}
        </p>
      )}
    </Panel>
  );
}

/**
 * `author`'s papers as listed on the card: the first PAPERS_FIRST in the render that opens the card, all of `papers`
 * once React's background render for this author has run (only this list renders again then, not the card).
 */
function PaperList({ author, papers }: { author: number; papers: readonly number[] }) {
  // the author whose whole list has been rendered: -1 (none) at first; "All N papers" (same author) renders at once
  const listedFor = useDeferredValue(author, -1);
  const listed = listedFor === author ? papers : papers.slice(0, PAPERS_FIRST);
  return (
    <ol className="paper-list" data-testid="author-papers">
      {listed.map((p) => (
        <PaperItem key={p} paper={p} author={author} />
      ))}
    </ol>
  );
}
