/** Where betweenness stands: computing (with progress), exact or sampled (how many sources), or the error. */
import { useAtlas } from '../../store';

export function BetweennessStatus() {
  const b = useAtlas((s) => s.betweenness);
  const authors = useAtlas((s) => s.dataset?.bundle.authors.name.length ?? 0);
  if (b.status === 'idle') return null;
  if (b.status === 'computing')
    return (
      <span className="muted small betweenness-status" role="status" data-testid="betweenness-status">
        Computing betweenness… {Math.round(b.progress * 100)}%
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
      {b.method === 'exact'
        ? 'Betweenness: exact (shortest paths between all authors).'
        : `Betweenness: estimated from shortest paths out of ${b.sources.toLocaleString('en')} sampled authors of ${authors.toLocaleString('en')}.`}
    </span>
  );
}
