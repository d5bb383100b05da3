/**
 * What the sidebar and the review list say while the name checks run (use-worker-insight.ts `nameChecks`): what is
 * checked, of how many authors of the map shown, and how far the checks are, with a bar that moves. On the 70k map
 * the checks take 20–45 s; the sidebar said "Checking 60,973 names…" alone meanwhile (and, while the 70k map
 * opened from the 30k one, "Checking 36,784 names…": the 30k map's count, still the map shown).
 */
import { countOf } from '../../format';
import { useAtlas } from '../../store';
import { useNamesProgress } from './use-worker-insight';
import { namesProgressShare, namesProgressWords, refreshingWords } from './checking-words';
import type { CheckedAgain } from './carried-checks';

/** The status lines of the name checks of the map shown, for a panel whose checks have not answered yet. */
export function NameChecksStatus() {
  const authors = useAtlas((s) => s.dataset)!.bundle.stats.authors;
  const progress = useNamesProgress();
  return (
    <div className="names-checking" role="status" data-testid="names-checking">
      <p className="muted small names-checking-what">
        Checking the names of the {countOf(authors, 'author')} on this map: spellings that may be one person, names that may be several
        people.
      </p>
      <div className="names-checking-bar">
        <progress
          // no value: the bar of a task whose length is not known yet (it moves by itself); then one bar for the
          // hand-over and the checks after it, only forward (it went back from 71% to 31% at the second: a tester)
          value={progress.stage === 'waiting' ? undefined : namesProgressShare(progress)}
          max={1}
          aria-label="Name checks"
        />
        <span className="small muted" data-testid="names-progress" data-stage={progress.stage}>
          {namesProgressWords(progress)}
        </span>
      </div>
    </div>
  );
}

/**
 * The line over the checks shown while they are the map before an Apply's (use-worker-insight.ts `useShownNameChecks`,
 * `carried`): whose they are, of which names, what they leave out (`checkedAgain`), and how far the rebuilt map's own
 * are (they replace them when they answer).
 */
export function NamesRefreshing({ checkedAgain }: { checkedAgain: CheckedAgain }) {
  const progress = useNamesProgress();
  return (
    <p className="small muted names-refreshing" role="status" data-testid="names-refreshing" data-stage={progress.stage}>
      {refreshingWords(progress, checkedAgain)}
    </p>
  );
}
