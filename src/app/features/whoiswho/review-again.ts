/**
 * The review list opened at a place from outside it (the sidebar's "N names that may be several people", an author
 * card's "N more in the review list"): when the list is open at that place already, the place is shown again (scrolled
 * back to, its heading focused: ReviewPanel.tsx `useShowPlace`). The list showed a place once per place, so a second
 * click after the user had scrolled away did nothing.
 */
import { create } from 'zustand';
import { useAtlas } from '../../store';
import { sameReviewPlace, type ReviewPlace } from '../../url/url-state';

/** How many times a place already open was asked again (`openReviewAt`): `useShowPlace` shows it again at each. */
export const useReviewAgain = create<{ seq: number }>(() => ({ seq: 0 }));

/** Open the review list at `at`; when it is open at `at` already, show that place again (see above). Throws nothing. */
export function openReviewAt(at: ReviewPlace): void {
  const { selection, select } = useAtlas.getState();
  if (selection?.kind === 'review' && sameReviewPlace(selection.at, at)) useReviewAgain.setState((s) => ({ seq: s.seq + 1 }));
  else select({ kind: 'review', at });
}
