/** Where betweenness stands: computing (with progress), exact or sampled (how many sources), or the error; a year range's said. */
import { useAtlas } from '../../store';
import { subsetSpan } from '../../../core/queries/venue-words';

export function BetweennessStatus() {
  const b = useAtlas((s) => s.betweenness);
  const bundle = useAtlas((s) => s.dataset?.bundle ?? null);
  if (b.status === 'idle' || !bundle) return null;
  // a year range's or venues' betweenness is on their network: their authors and the links of their papers
  // (centrality-client.ts)
  const span = subsetSpan(bundle, { years: b.years, venues: b.venues ?? null });
  const inYears = span ? ` in ${span}` : '';
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
      {span
        ? b.method === 'exact'
          ? `Betweenness${inYears}: exact (shortest paths between the ${b.authors.toLocaleString('en')} authors of ${span}, through its papers' links).`
          : `Betweenness${inYears}: estimated from shortest paths out of ${b.sources.toLocaleString('en')} sampled authors of the ${b.authors.toLocaleString('en')} with a paper in ${span}, through its papers' links.`
        : b.method === 'exact'
          ? 'Betweenness: exact (shortest paths between all authors).'
          : `Betweenness: estimated from shortest paths out of ${b.sources.toLocaleString('en')} sampled authors of ${b.authors.toLocaleString('en')}.`}
    </span>
  );
}
