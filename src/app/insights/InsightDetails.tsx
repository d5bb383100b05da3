/** The details slot's insight cards: the review list, a community, a pair of co-authors. */
import { CommunityCard } from './CommunityCard';
import { PairPanel } from './PairPanel';
import { ReviewPanel } from './ReviewPanel';
import { useInsights } from './store';

export function InsightDetails() {
  const detail = useInsights((s) => s.detail);
  if (!detail) return null;
  if (detail.kind === 'review') return <ReviewPanel />;
  if (detail.kind === 'community') return <CommunityCard key={detail.id} id={detail.id} />;
  return <PairPanel key={`${detail.a}-${detail.b}`} a={detail.a} b={detail.b} />;
}

