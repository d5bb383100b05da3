/**
 * Network (sidebar): what author sizes show (papers, total link strength, co-authors, betweenness), the
 * co-author view's minimum link strength with "hide authors left without a link", and the Rankings table.
 * Writes into the explorer store; the canvas controllers (sizes, filters) draw it.
 */
import { useEffect, useId, useMemo } from 'react';
import { Panel } from '../../panels/Panel';
import { StepSlider } from '../../panels/StepSlider';
import { Segmented } from '../../panels/Segmented';
import './network.css';
import { useAtlas } from '../../store';
import type { SizeBy } from '../../store/types';
import { ensureBetweenness } from './centrality-client';
import { formatThreshold, linkThresholds } from './link-thresholds';
import { useNetwork } from './store';
import { BetweennessStatus } from './BetweennessStatus';
import { subsetSpan } from '../../../core/queries/venue-words';
import { linkStrengthUnit, sliceLinksNote, totalStrengthMeaning } from './strength-text';

/** The size options; total link strength's tooltip says what it means under the map's counting. */
function sizeOptions(strengthTitle: string): { value: SizeBy; label: string; title: string }[] {
  return [
    { value: 'papers', label: 'Papers', title: 'Number of papers' },
    { value: 'strength', label: 'Total link strength', title: strengthTitle },
    { value: 'degree', label: 'Degree', title: 'Degree: the number of co-authors' },
    { value: 'betweenness', label: 'Betweenness', title: 'Betweenness: how many shortest co-author chains pass through the author' },
  ];
}

export function NetworkPanel() {
  const dataset = useAtlas((s) => s.dataset)!;
  const view = useAtlas((s) => s.view);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const minLink = useAtlas((s) => s.filters.minLinkStrength);
  const hideUnlinked = useAtlas((s) => s.filters.hideUnlinked);
  const visibility = useAtlas((s) => s.visibility);
  const { setSizeBy, setMinLinkStrength, setHideUnlinked, setView } = useAtlas.getState();
  const setRankingsOpen = useNetwork((s) => s.setRankingsOpen);
  const { counting, maxAuthors } = dataset.bundle.options;
  const strengthMeaning = totalStrengthMeaning(counting, maxAuthors);
  const sizeId = useId();
  const linkId = useId();
  const unitId = useId();
  // sizes by betweenness asked for by a shared link: compute it (a click on the button does so too)
  useEffect(() => {
    if (sizeBy === 'betweenness') ensureBetweenness();
  }, [sizeBy, dataset]);
  // the slider is shown in the co-author view only: its steps are not worked out when a map opens in the other
  // (0.2-0.7 s of the 30k import's opening task on a busy machine)
  // (with a year range, the steps of the range's link strengths: its links only)
  const slice = visibility?.slice ?? null;
  const steps = useMemo(
    () => (view === 'coauthors' ? linkThresholds(slice ? slice.weight.filter((_w, e) => slice.shared[e]! > 0) : dataset.bundle.coauthorLinks.weight) : [0]),
    [dataset, view, slice],
  );
  // the step at or below the threshold set
  let step = 0;
  while (step + 1 < steps.length && steps[step + 1] <= minLink + 1e-9) step++;

  return (
    <Panel title="Network" kicker="Links, sizes, rankings" testId="network-panel">
      <div className="field">
        <span id={sizeId}>Size authors by</span>
        <Segmented
          className="size-by"
          labelledBy={sizeId}
          options={sizeOptions(strengthMeaning)}
          value={sizeBy}
          onChange={(value) => {
            if (value === 'betweenness') ensureBetweenness();
            setSizeBy(value);
          }}
        />
        {sizeBy === 'betweenness' && <BetweennessStatus />}
        {sizeBy === 'degree' && slice && (
          <p className="muted small" data-testid="degree-note">
            Sizes show the co-authors in {subsetSpan(dataset.bundle, slice)}: from its papers only.
          </p>
        )}
        {sizeBy === 'strength' && (
          // (a tester: "total link strength always equals the paper count"; under fractional counting it does, for
          // papers with co-authors: each gives its authors 1/(n−1) per co-author, 1 in all)
          <p className="muted small" data-testid="strength-note">
            {strengthMeaning}
            {slice ? ` Sizes show the total link strength in ${subsetSpan(dataset.bundle, slice)}: from its papers only.` : ''}
          </p>
        )}
      </div>
      {view === 'coauthors' ? (
        <>
          <div className="field">
            <label htmlFor={linkId}>
              Links of strength at least <strong data-testid="min-link">{formatThreshold(minLink)}</strong>
            </label>
            <StepSlider
              id={linkId}
              count={steps.length}
              step={step}
              valueText={`at least ${formatThreshold(minLink)}`}
              onStep={(k) => setMinLinkStrength(steps[k])}
              describedBy={unitId}
            />
            <p className="muted small" id={unitId} data-testid="link-unit">
              {linkStrengthUnit(counting)}
            </p>
          </div>
          <label className="check">
            <input type="checkbox" checked={hideUnlinked} onChange={(e) => setHideUnlinked(e.target.checked)} />
            Hide authors left without a link
          </label>
          {visibility && (
            <p className="muted small" data-testid="link-counts">
              Showing {visibility.linkCount.toLocaleString('en')} of {visibility.totalLinks.toLocaleString('en')} links
              {slice ? ` in ${subsetSpan(dataset.bundle, slice)}` : ''} between {visibility.authorCount.toLocaleString('en')} authors.
              {slice && (
                <>
                  {' '}
                  <span data-testid="link-years">{sliceLinksNote(subsetSpan(dataset.bundle, slice), slice.venues !== null)}</span>
                </>
              )}
            </p>
          )}
        </>
      ) : (
        <p className="muted small">
          A minimum link strength applies in the{' '}
          <button type="button" className="text-button inline" onClick={() => setView('coauthors')}>
            co-author view
          </button>
          .
        </p>
      )}
      <button
        type="button"
        className="secondary-button wide"
        onClick={() => {
          setRankingsOpen(true);
          // on narrow screens the drawer gives way to the table
          useAtlas.getState().setDrawerOpen(false);
        }}
        data-testid="open-rankings"
      >
        Rankings of authors
      </button>
    </Panel>
  );
}
