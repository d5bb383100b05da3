/**
 * The note a card shows while the filters hide what it is about: which filters hide it, in words, and a button
 * ("Show on the map") that makes the least change of the filters that shows it (hidden-by-filters.ts). One component
 * for an author's card, a paper's (AuthorPanel.tsx, PaperPanel.tsx) and a pair's card in the who-is-who review list
 * (features/whoiswho/ReviewPanel.tsx: its own `lead`, "Both are hidden …", its button framing both).
 */
import type { NodeRef } from '../graph/node-keys';
import { showOnMap, type HiddenWhy } from './hidden-by-filters';

/**
 * `why` the filters hide `node`, as its card says it; `testId` names the note's text for tests. `lead` says what is
 * hidden (default "Hidden on the map by the filters"), `label` the button's words (default "Show on the map"),
 * `onShow` what it does (default: `showOnMap(node, why.change)`).
 */
export function HiddenNote({
  node,
  why,
  testId,
  lead = 'Hidden on the map by the filters',
  label = 'Show on the map',
  onShow,
}: {
  node: NodeRef;
  why: HiddenWhy;
  testId: string;
  lead?: string;
  label?: string;
  onShow?: () => void;
}) {
  return (
    <div className="hidden-note" role="note">
      <p className="small" data-testid={testId}>
        {lead}
        {why.reasons.length > 0 ? `: ${why.reasons.join('; ')}` : ''}.
      </p>
      <button type="button" className="text-button" onClick={onShow ?? (() => showOnMap(node, why.change))}>
        {label}
      </button>
    </div>
  );
}
