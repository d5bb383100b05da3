/**
 * In the author card: "may be the same person as …" when the name checks suggest that this author and another
 * are one person written two ways (synonyms: `core/queries/synonyms.ts`), folded to one line per suggestion; each
 * opens the same card as the review list (evidence, shared co-authors, Same person / Different people). A tester:
 * the card said nothing about Samuel R. Bowman / Samuel Bowman while the review list put them first.
 */
import { useMemo } from 'react';
import { useAtlas } from '../../store';
import { plural } from '../../format';
import { chanceIn100 } from '../../../core/text/chance';
import { morePlace, SHOWN } from './more-place';
import { SuggestionCard } from './ReviewPanel';
import { acceptedSplits, notSplitApart, pairKey, useWhoIsWho } from './store';
import { useNameChecks } from './use-worker-insight';
import './whoiswho.css';

export function SynonymSection({ author }: { author: number }) {
  const checks = useNameChecks();
  const decisions = useWhoIsWho((s) => s.decisions);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.applied);
  const select = useAtlas((s) => s.select);
  const splits = useMemo(() => acceptedSplits({ aliasLines, applied }), [aliasLines, applied]);
  if (checks.status !== 'ready') return null;
  const mine = notSplitApart(
    checks.value.suggestions.filter((s) => s.keep === author || s.merge === author),
    splits,
  );
  if (mine.length === 0) return null;
  return (
    <section className="synonyms" data-testid="synonym-note" aria-label="Possibly the same person as another author">
      {mine.slice(0, SHOWN).map((s) => {
        const other = s.keep === author ? 1 : 0;
        const decision = decisions[pairKey(s.names)];
        return (
          <details key={`${author}\u0000${pairKey(s.names)}`} className="synonym">
            <summary className="synonym-head">
              {decision === 'accepted' ? 'Marked the same person as ' : decision === 'rejected' ? 'Marked a different person from ' : 'May be the same person as '}
              <strong>{s.names[other]}</strong>{' '}
              <span className="muted">
                ({s.paperCounts[other]} {plural('paper', s.paperCounts[other])}; {chanceIn100(s.score)})
              </span>
            </summary>
            <ul className="sp-list">
              <SuggestionCard s={s} />
            </ul>
          </details>
        );
      })}
      {mine.length > SHOWN && (
        <button type="button" className="text-button small" onClick={() => select({ kind: 'review', at: morePlace(mine) })}>
          {mine.length - SHOWN} more in the review list
        </button>
      )}
    </section>
  );
}
