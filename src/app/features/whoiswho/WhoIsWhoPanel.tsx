/** Sidebar summary of "who is who": how many names may be one person or several, and the review list. */
import './restore';
import { Panel } from '../../panels/Panel';
import { useAtlas } from '../../store';
import { wantCardHeading } from '../../focus-back';
import { acceptedSplits, notSplitApart, pairKey, splitAnswer, splitBase, useWhoIsWho } from './store';
import { useShownNameChecks } from './use-worker-insight';
import './whoiswho.css';
import { count, plural } from '../../format';
import { REVIEW_SEVERAL } from '../../url/url-state';
import { NameChecksStatus, NamesRefreshing } from './NameChecksStatus';
import { openReviewAt } from './review-again';

export function WhoIsWhoPanel() {
  const dataset = useAtlas((s) => s.dataset)!;
  const decisions = useWhoIsWho((s) => s.decisions);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.applied);
  const select = useAtlas((s) => s.select);
  const reviewing = useAtlas((s) => s.selection?.kind === 'review');
  // (after an Apply, the map before's until the rebuilt map's own answer: said so)
  const checks = useShownNameChecks();
  if (checks.status !== 'ready') {
    return (
      <Panel title="Who is who" kicker="Author names" testId="who-panel">
        {checks.status === 'error' ? (
          <p className="error-text" role="status">
            The names could not be checked: {checks.message}
          </p>
        ) : (
          <NameChecksStatus />
        )}
      </Panel>
    );
  }
  const splits = acceptedSplits({ aliasLines, applied });
  const suggestions = notSplitApart(checks.value.suggestions, splits);
  const flags = checks.value.flags.filter((f) => f.claimed);
  // a name is reviewed once a split of it is accepted (applied or not): the sidebar said nothing then (a tester)
  const { name } = dataset.bundle.authors;
  const flagsOpen = flags.filter((f) => !splits.some((sp) => sp.status !== 'undone' && sp.name === splitBase(name[f.author]!))).length;
  const candidates = checks.value.flags.length - flags.length;
  // (a pair a split answered, papers of one given to the other, is reviewed: store.ts `splitAnswer`)
  const open = suggestions.filter((s) => !decisions[pairKey(s.names)] && !splitAnswer(s.names, splits)).length;

  return (
    <Panel title="Who is who" kicker="Author names" testId="who-panel">
      <p className="who-line">
        <strong data-testid="suggestion-count">{count(suggestions.length)}</strong> {plural('pair', suggestions.length)} of names that may be
        one person
        {suggestions.length > 0 && open < suggestions.length && <span className="muted"> ({open === 0 ? 'all reviewed' : `${count(open)} to review`})</span>}
        <br />
        {flags.length > 0 ? (
          // opens the review list at these names (`review=several`): they come after every pair there (the 30k map's 7
          // after its 621 pairs, 219,000 px down, and the list opened at its top: a tester)
          <button
            type="button"
            className="link-button who-jump"
            data-testid="homonym-jump"
            onClick={() => {
              // (the section's heading takes the focus once the list shows it: ReviewPanel.tsx useShowPlace; shown
              // again when the list is open there already, the user scrolled away: review-again.ts)
              openReviewAt({ section: REVIEW_SEVERAL });
            }}
          >
            <strong data-testid="homonym-count">{count(flags.length)}</strong> {plural('name', flags.length)} that may be several people
          </button>
        ) : (
          <>
            <strong data-testid="homonym-count">{count(flags.length)}</strong> {plural('name', flags.length)} that may be several people
          </>
        )}
        {flags.length > 0 && flagsOpen < flags.length && <span className="muted"> ({flagsOpen === 0 ? 'all reviewed' : `${count(flagsOpen)} to review`})</span>}
        {candidates > 0 && <span className="muted"> ({count(candidates)} more with separate groups, not claimed)</span>}
      </p>
      {checks.carried && <NamesRefreshing checkedAgain={checks.checkedAgain} />}
      <button
        type="button"
        className="button wide"
        aria-pressed={reviewing}
        // decisions accepted (applied or not) are listed there, with their Undo, when nothing is left to review
        disabled={suggestions.length === 0 && checks.value.flags.length === 0 && aliasLines.length === 0 && applied.length === 0}
        // the list's heading takes the focus (it stayed here, about 17 Tabs from the list: a keyboard tester)
        onClick={() => {
          select({ kind: 'review' });
          wantCardHeading(useAtlas.getState().selection);
        }}
      >
        Review names
      </button>
    </Panel>
  );
}
