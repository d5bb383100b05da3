/**
 * View switch (authors and papers / co-authors) and filters: minimum papers per author (with a year range or venues,
 * papers of those, said in the label), paper nodes.
 */
import { useId, useMemo } from 'react';
import { useAtlas } from '../store';
import { Panel } from './Panel';
import { Segmented } from './Segmented';
import type { GraphView } from '../graph/sigma-graph';

const VIEW_OPTIONS: { value: GraphView; label: string }[] = [
  { value: 'papers', label: 'Authors & papers' },
  { value: 'coauthors', label: 'Co-authors' },
];
import { plural } from '../format';
import { authorPaperCounts } from '../../core/queries/time-slice';
import { subsetSpan } from '../../core/queries/venue-words';

export function FiltersPanel() {
  const dataset = useAtlas((s) => s.dataset)!;
  const view = useAtlas((s) => s.view);
  const filters = useAtlas((s) => s.filters);
  const visibility = useAtlas((s) => s.visibility);
  const { setView, setMinPapers, setShowPapers } = useAtlas.getState();
  const minId = useId();
  // papers per author as the filter counts them: the year range's under a range (graph/visibility.ts)
  const slice = visibility?.slice ?? null;
  const maxPapers = useMemo(() => {
    let m = 1;
    const counts = authorPaperCounts(dataset.bundle, slice);
    // an indexed loop: on the first frame's path, where an iterator over 37k items cost tens of ms before the JIT warmed up
    for (let i = 0; i < counts.length; i++) if (counts[i]! > m) m = counts[i]!;
    return Math.min(m, 50);
  }, [dataset, slice]);
  // a minimum set before a narrower range may pass the range's most: the slider still reads it (the count below says
  // how many authors it leaves)
  const sliderMax = Math.max(maxPapers, filters.minPapers);
  const inYears = slice ? ` in ${subsetSpan(dataset.bundle, slice)}` : '';

  return (
    <Panel title="View" kicker="Graph" testId="filters-panel">
      <Segmented
        label="Graph view"
        options={VIEW_OPTIONS}
        value={view}
        onChange={setView}
      />
      <div className="field">
        <label htmlFor={minId}>
          Authors with at least <strong>{filters.minPapers}</strong> {plural('paper', filters.minPapers)}
          {inYears}
        </label>
        <input
          id={minId}
          type="range"
          min={1}
          max={sliderMax}
          value={filters.minPapers}
          onChange={(e) => setMinPapers(Number(e.target.value))}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          // the co-author view draws no paper nodes: shown unticked there (ticked and greyed read as "shown"),
          // the setting kept for the papers view
          checked={view !== 'coauthors' && filters.showPapers}
          disabled={view === 'coauthors'}
          onChange={(e) => setShowPapers(e.target.checked)}
        />
        <span>
          Show paper nodes{view === 'coauthors' && <span className="muted small"> (not in the co-author view)</span>}
        </span>
      </label>
      {visibility && (
        <p className="muted small" data-testid="visible-counts">
          Showing {visibility.authorCount.toLocaleString('en')} of {dataset.bundle.authors.name.length.toLocaleString('en')}{' '}
          authors
          {view === 'papers' &&
            ` and ${visibility.paperCount.toLocaleString('en')} of ${dataset.bundle.papers.title.length.toLocaleString('en')} papers`}
          .
        </p>
      )}
    </Panel>
  );
}
