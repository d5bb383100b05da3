/** Where betweenness stands: computing (with progress), exact or sampled (how many sources), or the error; a year range's said. */
import { useAtlas } from '../../store';
import { yearSpan } from '../../../core/queries/time-slice';

export function BetweennessStatus() {
  const b = useAtlas((s) => s.betweenness);
  if (b.status === 'idle') return null;
  // a year range's betweenness is on its network: its authors and the links of its papers (centrality-client.ts)
  const inYears = b.years ? ` in ${yearSpan(b.years)}` : '';
  if (b.status === 'computing')
    return (
      <span className="muted small betweenness-status" role="status" data-testid="betweenness-status">
        Computing betweenness{inYears}… {Math.round(b.progress * 100)}%
      </span>
    );
  if (b.status === 'error')
    return (
      <span className="small error-text" role="alert" data-testid="betweenness-status">
        Betweenness could not be computed: {b.message}
      </span>
    );
  return (
    <span className="muted small betweenness-status" role="status" data-testid="betweenness-status" data-method={b.method}>
      {b.years
        ? b.method === 'exact'
          ? `Betweenness${inYears}: exact (shortest paths between the ${b.authors.toLocaleString('en')} authors of ${yearSpan(b.years)}, through its papers' links).`
          : `Betweenness${inYears}: estimated from shortest paths out of ${b.sources.toLocaleString('en')} sampled authors of the ${b.authors.toLocaleString('en')} with a paper in ${yearSpan(b.years)}, through its papers' links.`
        : b.method === 'exact'
          ? 'Betweenness: exact (shortest paths between all authors).'
          : `Betweenness: estimated from shortest paths out of ${b.sources.toLocaleString('en')} sampled authors of ${b.authors.toLocaleString('en')}.`}
    </span>
  );
}
