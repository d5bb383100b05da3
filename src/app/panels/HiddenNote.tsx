/**
 * The note an author's or paper's card shows while the filters hide its node: which filters hide it, in words, and
 * "Show on the map", the least change of the filters that shows it (hidden-by-filters.ts). One component for both
 * cards (AuthorPanel.tsx, PaperPanel.tsx).
 */
import type { NodeRef } from '../graph/node-keys';
import { showOnMap, type HiddenWhy } from './hidden-by-filters';

/** `why` the filters hide `node`, as the card of `node` says it; `testId` names the note's text for tests. */
export function HiddenNote({ node, why, testId }: { node: NodeRef; why: HiddenWhy; testId: string }) {
  return (
    <div className="hidden-note" role="note">
      <p className="small" data-testid={testId}>
        Hidden on the map by the filters{why.reasons.length > 0 ? `: ${why.reasons.join('; ')}` : ''}.
      </p>
      <button type="button" className="text-button" onClick={() => showOnMap(node, why.change)}>
        Show on the map
      </button>
    </div>
  );
}
