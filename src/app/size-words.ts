/**
 * The words for what an author's disc is sized by (the store's `sizeBy`), in one place: `legend`, as the map's
 * legend says them after "author, by" (App.tsx), and `caption`, as an export's caption says them after "Disc size:"
 * (features/export/caption.ts). The two lists were kept apart and could drift.
 */
import type { SizeBy } from './store/types';

export const SIZE_WORDS: Record<SizeBy, { legend: string; caption: string }> = {
  papers: { legend: 'papers', caption: 'papers per author' },
  strength: { legend: 'total link strength', caption: 'total link strength' },
  degree: { legend: 'degree (co-authors)', caption: 'degree (number of co-authors)' },
  betweenness: { legend: 'betweenness', caption: 'betweenness' },
};
