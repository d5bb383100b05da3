/**
 * Two authors: the papers they share, with abstracts, and whether their link's weight comes mostly
 * from papers with many authors (large teams say little about working together); under a year range, the
 * range's link (its shared papers, strength and large-team share), the whole record's shared papers beside it.
 */
import { useEffect, useMemo } from 'react';
import { largeTeamShare } from '../../../core/queries/hyperauthorship';
import { linkBetween, sharedPapers } from '../../../core/bundle/indices';
import { PaperItem } from '../../panels/PaperItem';
import { AuthorLink } from '../../panels/links';
import { Panel } from '../../panels/Panel';
import { linkPlaceHolds, pairFraming, useAtlas } from '../../store';
import { teamThreshold } from '../../data/per-bundle';
import './pair.css';
import { plural } from '../../format';
import { subsetSpan } from '../../../core/queries/venue-words';

export function PairPanel({ a, b }: { a: number; b: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const closeDetail = () => useAtlas.getState().select(null);
  const { bundle } = dataset;
  const papers = useMemo(() => sharedPapers(bundle, a, b), [bundle, a, b]);
  // the two on the map: emphasised with their shared papers (or their link, in the co-author view) and framed; a
  // chain's own emphasis, when the pair is one of its steps, stays (a tester: the card opened, the map zoomed out
  // and showed neither)
  useEffect(() => {
    const atlas = useAtlas.getState();
    const ends = [{ kind: 'author' as const, index: a }, { kind: 'author' as const, index: b }];
    const via = papers.map((index) => ({ kind: 'paper' as const, index }));
    if (atlas.emphasis?.by !== 'chain') {
      atlas.emphasise({ by: 'pair', nodes: ends, steps: via.length ? via.map((v) => ({ from: ends[0]!, to: ends[1]!, via: v })) : [{ from: ends[0]!, to: ends[1]! }] });
    }
    // (its link frames the same: store `linkFraming`; not over a shared link's place on the map, `at=`: it wins over
    // the card's own framing, as over an author card's)
    if (!linkPlaceHolds(atlas)) atlas.moveCamera(pairFraming(bundle, a, b));
    return () => {
      if (useAtlas.getState().emphasis?.by === 'pair') useAtlas.getState().emphasise(null);
    };
  }, [bundle, a, b, papers]);
  const link = linkBetween(bundle, a, b);
  const weight = link >= 0 ? bundle.coauthorLinks.weight[link] : 0;
  const names = bundle.authors.name;
  // a year range: the link is the range's papers' (shared papers and strength in it), the whole record's said beside
  const slice = useAtlas((s) => s.visibility?.slice ?? null);
  const inYears = slice ? ` in ${subsetSpan(bundle, slice)}` : '';
  // the share of large-team papers follows the range too: it speaks of the link the map draws (a range's link
  // from two small papers is no team's byline because their 2016 paper had 40 authors)
  const rangeYears = slice?.years ?? null;
  const team = useMemo(() => largeTeamShare(bundle, a, b, teamThreshold(bundle), rangeYears), [bundle, a, b, rangeYears]);
  const sharedShown = slice ? (link >= 0 ? slice.shared[link]! : 0) : papers.length;
  const weightShown = slice ? (link >= 0 ? slice.weight[link]! : 0) : weight;
  const strengthTitle = bundle.options.counting === 'fractional' ? 'Link strength, fractional counting: 1/(authors − 1) per shared paper' : 'Link strength, full counting: 1 per shared paper';

  return (
    <Panel
      kicker="Co-authors"
      title={`${names[a]} & ${names[b]}`}
      onClose={closeDetail}
      className="details-panel insight-panel"
      testId="pair-panel"
    >
      <div className="pair-people">
        <AuthorLink index={a} />
        <AuthorLink index={b} />
      </div>
      <dl className="stats">
        <div>
          <dt>Shared papers{inYears}</dt>
          <dd data-testid="pair-shared">{sharedShown}</dd>
        </div>
        <div>
          <dt>Link strength{inYears}</dt>
          <dd data-testid="pair-strength" title={slice ? `${strengthTitle}, over the papers of ${subsetSpan(bundle, slice)} only` : strengthTitle}>
            {weightShown.toFixed(2)}
          </dd>
        </div>
        {slice && (
          <div>
            <dt>All years</dt>
            <dd data-testid="pair-all-years" title="Shared papers and link strength over every year of the map">
              {papers.length} {plural('paper', papers.length)} · {weight.toFixed(2)}
            </dd>
          </div>
        )}
        <div>
          <dt>Hyperauthorship{inYears}</dt>
          <dd data-testid="pair-hyperauthorship" title={`Share of the weight${inYears} from papers with ${team.threshold} or more authors`}>
            {team.papers > 0 ? `${Math.round(team.share * 100)}%` : '—'}
          </dd>
        </div>
      </dl>
      {team.papers > 0 && team.mostlyLargeTeam && (
        <p className="note" data-testid="large-team-note">
          {team.onlyLargeTeam ? 'All' : 'Most'} of this link's weight{inYears} comes from {team.largeTeamPapers}{' '}
          {plural('paper', team.largeTeamPapers)} with {team.threshold} or more authors: sharing a byline that long says little
          about working together.
        </p>
      )}
      {slice && sharedShown === 0 && papers.length > 0 && (
        <p className="note" data-testid="pair-out-of-range">
          They have no paper together{inYears}: no link between them in this year range.
        </p>
      )}
      {papers.length === 0 ? (
        <p className="muted">They have no paper together.</p>
      ) : (
        <>
          <h3 className="section-title">
            {papers.length} {plural('paper', papers.length)} together{slice ? ` (all years; ${sharedShown}${inYears})` : ''}
          </h3>
          <ol className="paper-list" data-testid="pair-papers">
            {papers.map((p) => (
              <PaperItem key={p} paper={p} author={a} />
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}
