/**
 * The co-author chain as an emphasis request: its authors, and each step through the paper behind it
 * (drawn through the paper in the authors-and-papers view, as a direct link in the co-author view).
 * The chain feature writes it into the store; the appearance controller resolves it on the drawn graph.
 */
import type { CoauthorChain } from '../../../core/queries/chains';
import type { EmphasisRequest } from '../../store/types';

export function chainEmphasis(chain: CoauthorChain): EmphasisRequest {
  return {
    by: 'chain',
    nodes: chain.authors.map((index) => ({ kind: 'author' as const, index })),
    steps: chain.steps.map((s) => ({
      from: { kind: 'author' as const, index: s.from },
      to: { kind: 'author' as const, index: s.to },
      via: { kind: 'paper' as const, index: s.paper },
    })),
  };
}
