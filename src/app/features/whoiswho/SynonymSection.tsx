/**
 * In the author card: "may be the same person as …" when the name checks suggest that this author and another
 * are one person written two ways (synonyms: `core/queries/synonyms.ts`), folded to one line per suggestion; each
 * opens the same card as the review list (evidence, shared co-authors, Same person / Different people). A tester:
 * the card said nothing about Samuel R. Bowman / Samuel Bowman while the review list put them first.
 */
import { useMemo } from 'react';
import { useAtlas } from '../../store';
import { countOf, plural } from '../../format';
import { chanceIn100 } from '../../../core/text/chance';
import { morePlace, SHOWN } from './more-place';
import { openReviewAt } from './review-again';
import { SuggestionCard } from './ReviewPanel';
import { acceptedSplits, decisionsConcern, isLinkLine, notSplitApart, pairKey, sameLine, splitAnswer, splitAnswerWords, useWhoIsWho } from './store';
import { AliasActions } from './AliasActions';
import { undoDecision } from './rebuild';
import { listWords } from '../../format';
import { useNamesProgress, useOwnSuggestions, useSplit } from './use-worker-insight';
import { carriedCardWords, lookingForSpellingsWords, noSpellingFoundWords } from './checking-words';
import { namesakesOf } from '../../../core/queries/namesakes';
import { AuthorLink } from '../../panels/links';
import './whoiswho.css';

/**
 * The author card's same-person line. While the name checks of every name run (on the 30k map 12–13 s after the map
 * is ready on a loaded machine; a tester opened Tim Baldwin's card then and saw neither the suggestion, Timothy
 * Baldwin, nor any sign of a check) it says it is looking, in a box of the suggestion's size; when they answer, the
 * suggestion takes the box's place, or a quiet "No other spelling to suggest on this map." does, so the card's stats and
 * co-authors below do not move. That answer is said on every card the checks answered, opened before the answer or
 * after it, as the several-people answer is (HomonymSection.tsx): a split person's card said it when opened from a
 * shared link, while the checks ran, and nothing on the page that applied the split (a tester). The answer is this
 * name's own check until every name's comes (`useOwnSuggestions`: the same suggestions, a second or two after the card
 * opens on the 30k map, not ~28 s after the map is ready).
 */
export function SynonymSection({ author }: { author: number }) {
  // this name's own check first (useOwnSuggestions: the same answer as every name's, seconds sooner on the 30k map)
  const checks = useOwnSuggestions(author);
  const decisions = useWhoIsWho((s) => s.decisions);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.applied);
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const splits = useMemo(() => acceptedSplits({ aliasLines, applied }), [aliasLines, applied]);
  const looking = checks.status === 'pending';
  // the spellings the card lists ("Also written Ondrej Bojar"): the check looks for more, and says where it stands
  const known = bundle.authors.aliases[author]?.length ?? 0;
  const progress = useNamesProgress();
  // the card's one Apply bar comes last, under the split, the merges and the suggestions (each section had its own)
  if (checks.status !== 'ready')
    return (
      <>
        <MergeNote author={author} />
        <NamesakeNote author={author} />
        {looking && (
          <section className="synonyms" aria-label="Possibly the same person as another author">
            <p className="synonym synonym-quiet checking-line" role="status" data-testid="synonym-checking">
              {lookingForSpellingsWords(known, progress)}
            </p>
          </section>
        )}
        <CarriedNote author={author} spellings={false} />
        <CardDecisions author={author} />
      </>
    );
  const mine = notSplitApart(checks.value, splits);
  if (mine.length === 0)
    return (
      <>
        <MergeNote author={author} />
        <NamesakeNote author={author} />
        <section className="synonyms" aria-label="Possibly the same person as another author">
          <p className="synonym synonym-quiet synonym-answer" role="status" data-testid="synonym-none">
            {noSpellingFoundWords()}
          </p>
        </section>
        <CarriedNote author={author} spellings={checks.carried === true} />
        <CardDecisions author={author} />
      </>
    );
  return (
    <>
    <MergeNote author={author} />
        <NamesakeNote author={author} />
    <section className="synonyms" data-testid="synonym-note" aria-label="Possibly the same person as another author">
      {mine.slice(0, SHOWN).map((s) => {
        const other = s.keep === author ? 1 : 0;
        const decision = decisions[pairKey(s.names)];
        // (a split that gave papers of one to the other answered it: it offered "May be the same person" still)
        const answer = decision ? null : splitAnswer(s.names, splits);
        return (
          <details key={`${author}\u0000${pairKey(s.names)}`} className="synonym">
            <summary className="synonym-head">
              {answer ? (
                `${splitAnswerWords(answer)}.`
              ) : (
                <>
                  {decision === 'accepted' ? 'Marked the same person as ' : decision === 'rejected' ? 'Marked a different person from ' : 'May be the same person as '}
                  <strong>{s.names[other]}</strong>{' '}
                  <span className="muted">
                    ({s.paperCounts[other]} {plural('paper', s.paperCounts[other])}; {chanceIn100(s.score)})
                  </span>
                </>
              )}
            </summary>
            <ul className="sp-list">
              <SuggestionCard s={s} />
            </ul>
          </details>
        );
      })}
      {mine.length > SHOWN && (
        <button type="button" className="text-button small" onClick={() => openReviewAt(morePlace(mine))}>
          {mine.length - SHOWN} more in the review list
        </button>
      )}
    </section>
    {/* (after an Apply, the map before's until the rebuilt map's answer for this name: useOwnSuggestions, said so) */}
    <CarriedNote author={author} spellings={checks.carried === true} />
    <CardDecisions author={author} />
    </>
  );
}

/**
 * The author card's one line saying which of its who-is-who lines are the map before an Apply's (checking-words.ts
 * `carriedCardWords`), under them all (after the several-people line, HomonymSection.tsx, and the same-person lines):
 * the card said "As on the map before it was rebuilt…" under each, twice when both were carried. `spellings`: the
 * same-person lines shown are carried (`useOwnSuggestions`); the several-people line is when the card shows one for
 * the name (2+ papers) from a carried split (`useSplit`). Nothing when neither is.
 */
function CarriedNote({ author, spellings }: { author: number; spellings: boolean }) {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const result = useSplit(author);
  const split = result.status === 'ready' && result.carried === true && bundle.authors.paperCount[author]! >= 2;
  if (!split && !spellings) return null;
  return (
    <p className="muted small card-carried" role="status" data-testid="card-carried">
      {carriedCardWords({ split, spellings })}
    </p>
  );
}

/**
 * The author card's one place to apply or download the decisions: under the card's who-is-who sections, once a
 * decision concerns this person (`decisionsConcern`: a split of the name, a merge into or out of it, a verdict on a
 * suggestion made in the card). The split's section and the merge note each had their own, so a card with a merge
 * applied and a split accepted showed "Apply in the explorer" twice, and a merge accepted in the card none.
 */
export function CardDecisions({ author }: { author: number }) {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const decisions = useWhoIsWho((s) => s.decisions);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.applied);
  const name = bundle.authors.name[author]!;
  const concerns = useMemo(
    () => decisionsConcern([name, ...(bundle.authors.aliases[author] ?? [])], { decisions, aliasLines, applied }),
    [bundle, author, name, decisions, aliasLines, applied],
  );
  if (!concerns) return null;
  return (
    <section className="card-decisions" data-testid="card-decisions" aria-label="Apply the decisions">
      <AliasActions focusName={name} />
    </section>
  );
}

/**
 * In the author card: the spellings a who-is-who decision merged into this person (the link's, or the user's), with
 * its Undo, as a split's card says its split: the card said only "Also written Ching-Yao Chung", the words of a
 * merge the build made itself from the spellings, and a shared link's merge had no Undo in reach.
 */
/** Namesakes named on a card at most; the rest counted. */
const NAMESAKES_SHOWN = 5;

/**
 * The author card's line about other authors shown under exactly this name (core/queries/namesakes.ts): kept apart
 * by the input's author ids or ORCIDs, each a link to their card with their paper count. Nothing when there are none.
 */
export function NamesakeNote({ author }: { author: number }) {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const others = useMemo(() => namesakesOf(bundle, author), [bundle, author]);
  if (others.length === 0) return null;
  const name = bundle.authors.name[author]!;
  const more = others.length - NAMESAKES_SHOWN;
  return (
    <section className="synonyms namesakes" data-testid="namesake-note" aria-label="Other authors of the same name">
      <p className="synonym synonym-quiet">
        {others.length === 1 ? 'Another author on this map is' : `${others.length} other authors on this map are`} also named “{name}”, kept apart by the
        input’s author ids or ORCIDs:{' '}
        {others.slice(0, NAMESAKES_SHOWN).map((i, k) => (
          <span key={i}>
            {k > 0 && ', '}
            <AuthorLink index={i} suffix={` (${countOf(bundle.authors.paperCount[i] ?? 0, 'paper')})`} />
          </span>
        ))}
        {more > 0 && `, and ${more} more`}.
      </p>
    </section>
  );
}

export function MergeNote({ author }: { author: number }) {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const decisions = useWhoIsWho((s) => s.decisions);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.applied);
  const name = bundle.authors.name[author]!;
  const spellings = useMemo(() => new Set([name, ...(bundle.authors.aliases[author] ?? [])]), [bundle, author, name]);
  // the decisions' merge lines that this person's spellings come from, by the name each kept
  const byKeep = useMemo(() => {
    const m = new Map<string, { lines: typeof applied; undone: boolean }>();
    for (const l of applied) {
      if (l.paper || l.variant === l.canonical || !spellings.has(l.variant) || !spellings.has(l.canonical)) continue;
      const undone = !aliasLines.some((x) => sameLine(l, x));
      const g = m.get(l.canonical) ?? { lines: [], undone: true };
      g.lines = [...g.lines, l];
      g.undone &&= undone;
      m.set(l.canonical, g);
    }
    return [...m];
  }, [applied, aliasLines, spellings]);
  if (byKeep.length === 0) return null;
  return (
    <section className="homonym is-weak" data-testid="merge-note" aria-label="Merge decided">
      {byKeep.map(([keep, g]) => {
        const merged = listWords(g.lines.map((l) => `“${l.variant}”`));
        const key = Object.keys(decisions).find((k) => decisions[k] === 'accepted' && k.startsWith(`${keep}\u0000`));
        const whose = g.lines.some(isLinkLine) ? 'this link’s decision' : 'your decision';
        return (
          <div key={keep} className="split-note-entry">
            <p className="homonym-head muted">
              {g.undone
                ? `The merge of ${merged} into “${keep}” is undone; apply to rebuild without it.`
                : `${merged} ${g.lines.length === 1 ? 'is' : 'are'} merged into “${keep}” by ${whose} in Who is who (applied), not by the spellings alone.`}
            </p>
            {!g.undone && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  // one step: an applied merge's map rebuilt without it at once (rebuild.ts)
                  void undoDecision(
                    aliasLines.filter((l) => !l.paper && l.canonical === keep),
                    { focusName: name, ...(key ? { key } : {}) },
                  );
                }}
              >
                Undo merge
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
