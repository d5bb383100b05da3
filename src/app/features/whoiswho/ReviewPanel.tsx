/**
 * The "possible same person" review list: each suggested pair with its evidence (spellings, paper
 * counts, shared co-authors, why the names are close). The user accepts or rejects each; the accepted
 * ones download as the `--aliases` file and apply with one button (the dataset is rebuilt with them).
 * Below, the names that may stand for several people, each opening its author card.
 *
 * The list is a card of the page's URL (`review=`, url/url-state.ts): opening it is a history step, and it keeps
 * its place, the pair or name the user last acted on (opened a name of, accepted, rejected, reached by Tab), so
 * Back from a card opened there, a reload or a shared link shows the list at that item (its fold opened).
 */
import { memo, useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useBusyClick, WORKING } from '../../hooks/use-busy-click';
import type { Bundle } from '../../../core/bundle/types';
import { authorPaperIndex, row } from '../../../core/bundle/indices';
import { mergeDecisions, type SamePersonSuggestion } from '../../../core/queries/synonyms';
import { BODY_PAPERS, CLAIM_PROBABILITY } from '../../../core/queries/homonyms';
import { candidateFigures, claimsIntro, nameDifference, pairFigures } from './evidence-words';
import { AuthorLink } from '../../panels/links';
import { fileBase } from '../../download';
import { Panel } from '../../panels/Panel';
import { useAtlas } from '../../store';
import { AliasActions } from './AliasActions';
import { PairFlagNote } from './PairFlagNote';
import { NameChecksStatus, NamesRefreshing } from './NameChecksStatus';
import { filterCountText, filterPendingText, nameFilter } from './review-filter';
import { QuietStatus } from './QuietStatus';
import { canRebuild, undoDecision } from './rebuild';
import { whyNoSources } from '../../data/dataset-sources';
import { acceptedSplits, notSplitApart, pairKey, personNamed, splitAnswer, splitAnswerWords, splitBase, undoneMerges, undoneMergesText, useWhoIsWho } from './store';
import { useShownNameChecks } from './use-worker-insight';
import { useReviewAgain } from './review-again';
import { showPairOnMap, usePairOnMap } from './pair-on-map';
import { HiddenNote } from '../../panels/HiddenNote';
import { revealOnMap, whyPairHidden } from '../../panels/hidden-by-filters';
import './whoiswho.css';
import { count, countOf, plural, listWords } from '../../format';
import { chanceIn100 } from '../../../core/text/chance';
import { REVIEW_SEVERAL, reviewAtStart, reviewFindAtStart, reviewFindInUrl, reviewPlaceText, sameReviewPlace, withReviewFind, type ReviewPlace } from '../../url/url-state';
import { replaceQuery } from '../../url/history-writes';
import { useNarrow } from '../../narrow';
import { keepAtStartWithin, scrollingBoxOf, scrollToStartWithin } from '../../scroll-within';
import { acceptedKeeps, acceptedMerges, chainIfAccepted, confirmChain, lineConflicts, linesWithoutMerge, mergeGroups, onePersonText, peopleOf } from './merge-groups';

const SHARED_SHOWN = 6;

function Person({ index, name, spellings, papers }: { index: number; name: string; spellings: string[]; papers: number }) {
  const others = spellings.filter((s) => s !== name);
  return (
    <div className="sp-person">
      <AuthorLink index={index} />
      <div className="sp-facts">
        {papers} {plural('paper', papers)}
        {others.length > 0 && <> · also “{others.join('”, “')}”</>}
      </div>
    </div>
  );
}

/** Both names in full (never cut), the words where they differ marked (spaces around them left unmarked). */
function NameDiff({ a, b }: { a: string; b: string }) {
  const d = nameDifference(a, b);
  const one = (mid: string) => {
    const core = mid.trim();
    const before = mid.slice(0, mid.length - mid.trimStart().length);
    const after = mid.slice(mid.trimEnd().length);
    return (
      <span className="sp-name">
        {d.start}
        {before}
        {core ? <mark>{core}</mark> : <mark className="sp-gap" title="nothing here in this spelling" />}
        {after}
        {d.end}
      </span>
    );
  };
  return (
    <p className="sp-diff" data-testid="name-diff">
      {one(d.a)} <span className="muted">/</span> {one(d.b)}
    </p>
  );
}

/**
 * The pair's evidence in two groups a user can check, "For one person" and "Against" (core/queries/synonyms.ts
 * `ways`): a tester read "different topics: …" beside "5 shared co-authors" in one list, not told which way each
 * pointed. The shared co-authors (the first line) are listed with links to their cards.
 */
function Evidence({ s }: { s: SamePersonSuggestion }) {
  const shared = s.sharedCoauthors;
  const sharedLine = (
    <li className="sp-shared" key="shared">
      {shared.length === 0 ? 'no shared co-author' : `${shared.length} shared ${plural('co-author', shared.length)}: `}
      {shared.slice(0, SHARED_SHOWN).map((a) => (
        <AuthorLink key={a} index={a} />
      ))}
      {shared.length > SHARED_SHOWN && <span className="muted">and {shared.length - SHARED_SHOWN} more</span>}
    </li>
  );
  // (older suggestions without ways: the shared co-authors' way, the rest in one list as before)
  const way = (i: number) => s.ways?.[i] ?? (i === 0 ? (shared.length > 0 ? 'for' : 'against') : null);
  const group = (w: 'for' | 'against') =>
    s.evidence.flatMap((e, i) => (way(i) !== w ? [] : i === 0 ? [sharedLine] : [<li key={e}>{e}</li>]));
  const pro = group('for');
  const con = group('against');
  const other = s.evidence.flatMap((e, i) => (i > 0 && way(i) === null ? [<li key={e}>{e}</li>] : []));
  return (
    <div className="sp-evidence" data-testid="suggestion-evidence">
      {pro.length > 0 && (
        <>
          <p className="sp-way">For one person:</p>
          <ul data-testid="evidence-for">{pro}</ul>
        </>
      )}
      {con.length > 0 && (
        <>
          <p className="sp-way">Against:</p>
          <ul data-testid="evidence-against">{con}</ul>
        </>
      )}
      {other.length > 0 && <ul>{other}</ul>}
    </div>
  );
}

/** The two authors of suggestion `s` as nodes of the map. */
const pairRefs = (s: SamePersonSuggestion) => [{ kind: 'author', index: s.keep }, { kind: 'author', index: s.merge }] as const;

/**
 * One suggested pair. `placeAt` (the review list's, one function for every card): called with the pair's place when
 * the user acts in the card (a click or a focus in it), so the list keeps its place there. Memoised: a decision
 * re-renders its own card only (the 30k list re-rendered its 620 cards, 0.4–3 s a click at load 15–19); each
 * decision button says it is working until the decision is shown (use-busy-click.ts). In the review list, a pair
 * the filters hide (years, venues, only a community, …) says so and why (panels/HiddenNote.tsx), its button showing
 * both (the filters changed as little as shows them) and framing them: the card said nothing and its "Show both on
 * the map" framed nothing drawn.
 */
export const SuggestionCard = memo(function SuggestionCard({ s, placeAt }: { s: SamePersonSuggestion; placeAt?: (at: ReviewPlace) => void }) {
  const dataset = useAtlas((st) => st.dataset)!;
  const key = pairKey(s.names);
  const decision = useWhoIsWho((st) => st.decisions[key]);
  const decide = useWhoIsWho((st) => st.decide);
  const lines = useMemo(() => mergeDecisions(dataset.bundle, s), [dataset, s]);
  // a split that gives papers of one name to the other answers the pair (its Undo is the split's, under Accepted)
  const aliasLines = useWhoIsWho((st) => st.aliasLines);
  const applied = useWhoIsWho((st) => st.applied);
  const answer = useMemo(() => splitAnswer(s.names, acceptedSplits({ aliasLines, applied })), [s, aliasLines, applied]);
  // an accept that joins a name another accepted merge joined makes all their names one person: said, and confirmed
  // (two merges sharing "Minh Nguyen" made three people one of 21 papers without a word, a tester)
  const [chain, setChain] = useState<string[] | null>(null);
  const { busy, run, props } = useBusyClick();
  const accept = () =>
    run('same', () => {
      const st = useWhoIsWho.getState();
      const joins = chainIfAccepted(acceptedMerges(st), { key, keep: s.names[0], merge: s.names[1], lines });
      if (joins) setChain(joins);
      else decide(key, 'accepted', lines);
    });
  const onPlace = placeAt ? () => placeAt({ a: s.keep, b: s.merge }) : undefined;
  // in the review list, whether the filters (years, venues, communities, …) hide one of the pair: only such a card
  // reads the filters (a filter changed re-renders the hidden cards, not all 620 of the 30k list)
  const hiddenPair = useAtlas((st) => placeAt !== undefined && st.visibility !== null && (st.visibility.author[s.keep] !== 1 || st.visibility.author[s.merge] !== 1));
  const filters = useAtlas((st) => (hiddenPair ? st.filters : null));
  const view = useAtlas((st) => st.view);
  const visibility = useAtlas((st) => (hiddenPair ? st.visibility : null));
  const hiddenWhy = useMemo(
    () =>
      filters && visibility
        ? whyPairHidden(dataset.bundle, filters, view, [s.keep, s.merge], (a) => visibility.author[a] === 1, (a) => dataset.papersOf(a))
        : null,
    [dataset, filters, view, visibility, s],
  );
  // after the note's "Show both on the map" (the filters changed, the note gone): the focus on the card's own "Show
  // both on the map" now in its place, not scrolled to (the page's focus keeper, focus-kept.ts, gave it to the card's
  // "Same person" at its foot and the browser scrolled the phone's sheet down to it: the card's top 260 px out of
  // sight, a tester saw the middle of the evidence), and the card's top kept in view (the card is shorter by the note)
  const card = useRef<HTMLLIElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const revealed = useRef(false);
  useLayoutEffect(() => {
    if (!revealed.current || hiddenWhy) return;
    revealed.current = false;
    showButton.current?.focus({ preventScroll: true });
    const el = card.current;
    const box = el && scrollingBoxOf(el);
    if (el && box && el.getBoundingClientRect().top < box.getBoundingClientRect().top + box.clientTop) scrollToStartWithin(el);
  }, [hiddenWhy]);
  return (
    <li
      ref={card}
      className={`sp-card ${decision ? `is-${decision}` : answer ? 'is-answered' : ''}`}
      data-testid="suggestion"
      data-names={s.names.join(' / ')}
      data-place={reviewPlaceText({ a: s.keep, b: s.merge })}
      onClickCapture={onPlace}
      onFocusCapture={onPlace}
    >
      <div className="sp-pair">
        <Person index={s.keep} name={s.names[0]} spellings={s.spellings[0]} papers={s.paperCounts[0]} />
        <span className="sp-and" aria-hidden="true">
          ⇄
        </span>
        <Person index={s.merge} name={s.names[1]} spellings={s.spellings[1]} papers={s.paperCounts[1]} />
      </div>
      {/* in the review list: the camera moves only when asked (the pair is emphasised as the list reaches it); a pair
          the filters hide says so, its button showing them (the filters changed) before it frames them */}
      {placeAt && hiddenWhy ? (
        <HiddenNote
          node={{ kind: 'author', index: s.keep }}
          why={hiddenWhy}
          testId="pair-hidden"
          lead={hiddenWhy.lead}
          label="Show both on the map"
          onShow={() => {
            revealed.current = true;
            revealOnMap(pairRefs(s), hiddenWhy.change);
            showPairOnMap({ a: s.keep, b: s.merge });
          }}
        />
      ) : (
        placeAt && (
          <button ref={showButton} type="button" className="text-button small sp-show" data-testid="pair-show" onClick={() => showPairOnMap({ a: s.keep, b: s.merge })}>
            Show both on the map
          </button>
        )
      )}
      {/* the figures the score weighs, next to the pair (the list gave none per pair, a tester): checkable below */}
      <p className="sp-figures" data-testid="pair-figures">
        {pairFigures(s).join(' · ')}
      </p>
      <NameDiff a={s.names[0]} b={s.names[1]} />
      <p className="sp-detail">{s.detail[0].toUpperCase() + s.detail.slice(1)}.</p>
      <PairFlagNote s={s} />
      <Evidence s={s} />
      <div className="sp-actions">
        {decision ? (
          <>
            <span className={`sp-verdict ${decision}`}>
              {decision === 'accepted' ? `Same person: “${s.names[1]}” → “${s.names[0]}”` : 'Different people'}
            </span>
            {/* the focus lands here after the decision (focus-kept.ts): the button pressed is gone */}
            <button type="button" className="text-button" data-focus-after {...props('undo')} onClick={() => run('undo', () => decide(key, null, lines))}>
              {busy === 'undo' ? WORKING : 'Undo'}
            </button>
          </>
        ) : answer ? (
          <span className="sp-verdict answered" data-testid="pair-answered">
            {splitAnswerWords(answer)}.
          </span>
        ) : chain ? (
          <div className="sp-chain" role="alert" data-testid="chain-confirm">
            <p>
              {onePersonText(chain)} Another merge you accepted already joins one of these names.
            </p>
            <button
              type="button"
              className="button primary"
              data-focus-after
              {...props('chain')}
              onClick={() =>
                run('chain', () => {
                  // confirmed here: Apply does not ask about this chain again (merge-groups.ts decisionClashes)
                  confirmChain(chain);
                  setChain(null);
                  decide(key, 'accepted', lines);
                })
              }
            >
              {busy === 'chain' ? WORKING : 'Make them one person'}
            </button>
            <button type="button" className="button" {...props('cancel')} onClick={() => busy === null && setChain(null)}>
              Cancel
            </button>
          </div>
        ) : (
          <>
            <button type="button" className="button primary" data-focus-after {...props('same')} onClick={accept}>
              {busy === 'same' ? WORKING : 'Same person'}
            </button>
            <button type="button" className="button" {...props('different')} onClick={() => run('different', () => decide(key, 'rejected', lines))}>
              {busy === 'different' ? WORKING : 'Different people'}
            </button>
          </>
        )}
      </div>
    </li>
  );
});

/** Per bundle, each paper's index by how an alias line names it (its DOI, else its exact title: homonyms.ts `paperSelector`). */
const papersBySelector = new WeakMap<Bundle, Map<string, number>>();

/**
 * The papers `lines` name (a split's per-paper lines), each with the person its line gives it to, in the bundle's
 * order; a paper no line names is left out.
 * The index of selectors is built once per bundle, the first time a list is opened (70k papers: a few ms). Throws nothing.
 */
function papersOfLines(bundle: Bundle, lines: readonly { paper?: string | null; canonical: string }[]): { paper: number; to: string }[] {
  let bySelector = papersBySelector.get(bundle);
  if (!bySelector) {
    bySelector = new Map();
    const { doi, title } = bundle.papers;
    for (let p = 0; p < title.length; p++) {
      const key = doi[p] ?? title[p]!;
      if (!bySelector.has(key)) bySelector.set(key, p);
    }
    papersBySelector.set(bundle, bySelector);
  }
  const out = new Map<number, string>();
  for (const l of lines) {
    const p = l.paper ? bySelector.get(l.paper) : undefined;
    if (p !== undefined && !out.has(p)) out.set(p, l.canonical);
  }
  return [...out].sort((a, b) => a[0] - b[0]).map(([paper, to]) => ({ paper, to }));
}

/**
 * The papers an accepted decision moves, folded under it and worked out only when opened (`papers`: called then),
 * each opening its paper card: a decision that cannot be applied here (the 30k and 70k maps, whose paper lists are
 * not served) was only its names, so a user could not check what it moves before downloading it.
 */
function MovedPapers({ count, papers, what }: { count: number; papers: () => { paper: number; to?: string }[]; what: string }) {
  const [open, setOpen] = useState(false);
  const bundle = useAtlas((st) => st.dataset)!.bundle;
  const select = useAtlas((st) => st.select);
  if (count === 0) return null;
  return (
    <details className="moved-papers" data-testid="moved-papers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="muted">
        {what} {count} {plural('paper', count)}
      </summary>
      {open && (
        <ul>
          {papers().map(({ paper, to }) => (
            <li key={paper}>
              <button type="button" className="link-button" onClick={() => select({ kind: 'paper', index: paper })}>
                {bundle.papers.title[paper]}
              </button>
              {to && <span className="muted"> → “{to}”</span>}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** Merges accepted here (applied or not), each with the person it makes, so the result can be checked. */
function Accepted() {
  const dataset = useAtlas((st) => st.dataset)!;
  const decisions = useWhoIsWho((st) => st.decisions);
  const aliasLines = useWhoIsWho((st) => st.aliasLines);
  const applied = useWhoIsWho((st) => st.applied);
  // each Undo says it is working until the list shows the decision taken back
  const { busy, run, props } = useBusyClick();
  const splits = useMemo(() => acceptedSplits({ aliasLines, applied }), [aliasLines, applied]);
  const undone = useMemo(() => undoneMerges({ aliasLines, applied }), [aliasLines, applied]);
  // accepted merges that share a name are one person: one group (a chain), listed together with each merge's Undo
  const groups = useMemo(() => mergeGroups(acceptedMerges({ decisions, aliasLines })), [decisions, aliasLines]);
  // lines no accepted merge holds (a hand-edited link's): listed with their Undo (the list said "No merge or split
  // accepted yet" while the map had them, a tester)
  const loose = useMemo(() => linesWithoutMerge(aliasLines, acceptedKeeps(decisions)), [aliasLines, decisions]);
  // lines left out for giving a spelling a second person (AliasActions says which): never "applied"
  const leftOut = useMemo(() => lineConflicts(aliasLines, acceptedKeeps(decisions)).conflicts.flatMap((c) => c.left), [aliasLines, decisions]);
  if (groups.length === 0 && splits.length === 0 && undone.length === 0 && loose.length === 0) return null;
  const { name, aliases } = dataset.bundle.authors;
  const one = (key: string) => {
          const [keep, merge] = key.split('\u0000');
          // the kept name may be a spelling of another person now (two merges of one name: all three are one person)
          const person = personNamed(name, aliases, keep);
          const merged = person >= 0 && (name[person] === merge || aliases[person].includes(merge));
          const applies = aliasLines.filter((l) => l.canonical === keep && !l.paper);
          // the merged name's papers while it is a person of its own on the map shown (not applied yet)
          const apart = merged ? -1 : name.indexOf(merge);
          const built = applies.length > 0 && applies.every((l) => applied.some((x) => x.variant === l.variant && x.canonical === l.canonical && !x.paper));
          return (
            <li key={key}>
              {person >= 0 ? <AuthorLink index={person} /> : <span>{keep}</span>}
              <span className="muted small">
                {merged
                  ? name[person] === keep
                    ? ` now also written “${merge}”`
                    : ` now also written “${keep}” and “${merge}”`
                  : built
                    ? ` ← “${merge}”: applied, but not on the map (see the notes below)`
                    : ` ← “${merge}” (not applied yet)`}
              </span>
              <button
                type="button"
                className="text-button small"
                data-testid="undo-accepted"
                {...props(`merge ${key}`)}
                onClick={() => run(`merge ${key}`, () => void undoDecision(useWhoIsWho.getState().aliasLines.filter((l) => l.canonical === keep && !l.paper), { key }))}
              >
                {busy === `merge ${key}` ? WORKING : 'Undo'}
              </button>
              {apart >= 0 && (
                <MovedPapers
                  count={dataset.bundle.authors.paperCount[apart]!}
                  what={`“${merge}” brings`}
                  papers={() => [...row(authorPaperIndex(dataset.bundle), apart)].map((paper) => ({ paper }))}
                />
              )}
            </li>
          );
  };
  return (
    <>
      <h3 className="section-title">Accepted</h3>
      <ul className="accepted-list" data-testid="accepted">
        {groups.map((g) =>
          g.length === 1 ? (
            one(g[0]!.key)
          ) : (
            <li key={`chain\u0000${g[0]!.key}`} data-testid="accepted-chain" className="accepted-chain">
              <span>
                One person: {listWords(peopleOf(g).map((n) => `“${n}”`))}
              </span>
              <span className="muted small"> ({g.length} merges accepted that share a name)</span>
              <ul className="accepted-list">{g.map((m) => one(m.key))}</ul>
            </li>
          ),
        )}
        {loose.map((x) => {
          const person = personNamed(name, aliases, x.keep);
          const out = x.lines.some((l) => leftOut.some((o) => o.variant === l.variant && o.canonical === l.canonical));
          const built = !out && x.lines.every((l) => applied.some((a) => a.variant === l.variant && a.canonical === l.canonical && !a.paper));
          return (
            <li key={`lines\u0000${x.keep}`} data-testid="accepted-lines">
              {person >= 0 ? <AuthorLink index={person} /> : <span>{x.keep}</span>}
              <span className="muted small">
                {' '}
                ← {x.lines.map((l) => `“${l.variant}”`).join(', ')}: {x.lines.length === 1 ? 'a line' : 'lines'} of the link, no merge accepted here
                {out ? ' (not applied: it gives a spelling a second person, see the note below)' : built ? ' (applied)' : ' (not applied yet)'}
              </span>
              <button type="button" className="text-button small" data-testid="undo-lines" {...props(`lines ${x.keep}`)} onClick={() => run(`lines ${x.keep}`, () => void undoDecision(x.lines))}>
                {busy === `lines ${x.keep}` ? WORKING : 'Undo'}
              </button>
            </li>
          );
        })}
        {splits.map((sp) => {
          const person = name.indexOf(sp.name);
          return (
            <li key={`split\u0000${sp.key}`} data-testid="accepted-split">
              {person >= 0 ? <AuthorLink index={person} /> : <span>{sp.name}</span>}
              <span className="muted small">
                {sp.status === 'undone'
                  ? ` split undone (not applied yet)`
                  : sp.into.length === 0
                    ? // papers given to authors on the map only (split-targets.ts): no new person
                      ` split${sp.status === 'applied' ? '' : ' (not applied yet)'}: ${sp.given.map((g) => `${g.papers} ${plural('paper', g.papers)} given to “${g.to}”`).join(', ')}`
                    : ` split into ${sp.into.length + 1} people${sp.status === 'applied' ? '' : ' (not applied yet)'}: ${sp.into.map((n) => `“${n}”`).join(', ')}${sp.given.map((g) => `; ${g.papers} ${plural('paper', g.papers)} given to “${g.to}”`).join('')}`}
              </span>
              {sp.status !== 'undone' && (
                <button type="button" className="text-button small" data-testid="undo-split" {...props(`split ${sp.key}`)} onClick={() => run(`split ${sp.key}`, () => void undoDecision(sp.lines))}>
                  {busy === `split ${sp.key}` ? WORKING : 'Undo'}
                </button>
              )}
              {sp.status !== 'undone' && (
                <MovedPapers
                  count={new Set(sp.lines.map((l) => l.paper)).size}
                  what={sp.status === 'applied' ? 'It moved' : 'It moves'}
                  papers={() => papersOfLines(dataset.bundle, sp.lines)}
                />
              )}
            </li>
          );
        })}
        {undone.map((u) => (
          <li key={`undone\u0000${u.keep}`} data-testid="undone-merge">
            <span>{u.keep}</span>
            <span className="muted small">
              {' '}
              ← {u.merged.map((m) => `“${m}”`).join(', ')}: merge undone (not applied yet)
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A link's `review` value that names no place, said once per page (the link note). */
let unreadSaid = false;
/** Whether the page's link has had its place looked for on the list (its absence said once, and only of it). */
let linkPlaceLooked = false;

/** The place said in words for the link note: the names of its authors when the map has them. */
function placeWords(at: ReviewPlace, names: readonly string[]): string {
  const one = (i: number) => (i < names.length ? `“${names[i]}”` : `author ${i}`);
  if ('section' in at) return 'the names that may be several people';
  return 'author' in at ? `the name ${one(at.author)}` : `the pair ${one(at.a)} / ${one(at.b)}`;
}

/**
 * Shows the list at its place (`at`) when the place comes from outside the list (opened, a step Back or Forward, a
 * reload, a link): its item scrolled to the top, in its fold opened. A place not on the list (a link made on
 * another map, a pair merged by an Apply) is dropped from the URL, the list left at its top; from a link, the link
 * note says so. `ready`: the checks' value once the list is drawn (null before). Returns what an item calls when the
 * user acts in it: the place moves there (the history entry is replaced), without scrolling.
 */
function useShowPlace(at: ReviewPlace | undefined, ready: unknown, names: readonly string[]): (at: ReviewPlace) => void {
  /** The place the list was last shown at (null: none yet). */
  const shown = useRef<string | null>(null);
  /** Stops keeping the list at the place last shown (`keepAtStartWithin`). */
  const keeping = useRef<() => void>(() => {});
  // the place asked again from outside the list while shown (review-again.ts `openReviewAt`): shown again
  const again = useReviewAgain((s) => s.seq);
  const againShown = useRef(again);
  useEffect(() => {
    if (!ready) return;
    const { origin } = useAtlas.getState();
    // (read as the page opened: the URL says `review=names` once the map is open)
    if (origin === 'load' && reviewAtStart?.unread && !unreadSaid) {
      unreadSaid = true;
      const note = `This link’s place in the who-is-who review list (“${reviewAtStart.unread}”) could not be read: the list opens at its top.`;
      useAtlas.setState((s) => ({ linkNote: s.linkNote ? `${s.linkNote} ${note}` : note }));
    }
    if (!at) {
      shown.current = null;
      keeping.current();
      return;
    }
    const key = reviewPlaceText(at);
    const item = document.querySelector<HTMLElement>(`[data-testid="review-panel"] [data-place="${key}"]`);
    // only the place the page was opened with is the link's: a place the list itself wrote (then the map was rebuilt,
    // or opened again) is no link the user followed
    const fromLink = origin === 'load' && !linkPlaceLooked && sameReviewPlace(reviewAtStart?.at, at);
    if (origin === 'load') linkPlaceLooked = true;
    if (!item) {
      shown.current = null;
      keeping.current();
      if (fromLink) {
        const note = `This link’s place in the who-is-who review list (${placeWords(at, names)}) is not on this map’s list: the list opens at its top.`;
        useAtlas.setState((s) => ({ linkNote: s.linkNote ? `${s.linkNote} ${note}` : note }));
      }
      useAtlas.getState().select({ kind: 'review' });
      return;
    }
    if (shown.current === key && againShown.current === again) return;
    shown.current = key;
    againShown.current = again;
    const fold = item.closest('details');
    if (fold) fold.open = true;
    // the list's own box only (scrollIntoView also scrolled the app: scroll-within.ts), kept there while the cards
    // around it are laid out at their own heights, until the user scrolls or acts (a name near the list's end fell
    // out of view after Back when the pair's card above it grew)
    keeping.current();
    keeping.current = keepAtStartWithin(item);
    // a section's heading takes the focus (a keyboard user goes on from it, not from the list's top)
    if ('section' in at) item.focus({ preventScroll: true });
  }, [at, ready, names, again]);
  useEffect(() => () => keeping.current(), []);
  // one function for the page's life: the cards are memoised on it
  return useCallback((next) => {
    const { selection, select } = useAtlas.getState();
    if (selection?.kind !== 'review' || sameReviewPlace(selection.at, next)) return;
    // the item is where the user acted: no scroll (nor any more to the place shown before)
    keeping.current();
    shown.current = reviewPlaceText(next);
    select({ kind: 'review', at: next });
  }, []);
}

/**
 * The review list's intro, after the count: what accepting leads to, as this map allows it. With its paper lists at
 * hand, Apply rebuilds it here; without them (an imported map after a reload, a shared link), Apply is off, so the
 * intro says the way that works: download the alias file, or import the paper list with it.
 */
export function reviewNextStep(rebuildable: boolean, whyNot: string | null = null): string {
  if (rebuildable) {
    return `Accept the ones that are one person, then Apply in the explorer ${BAR_PLACE} to rebuild the map with them; they stay in the page's link and download as the alias file the command line reads with `;
  }
  // an import whose paper lists were not kept (`whyNoSources`): the plain way, its file dropped again
  if (whyNot !== null) {
    return `Accept the ones that are one person; ${whyNot}, so it cannot be rebuilt here: to apply them, import its paper list again with the alias file ${BAR_PLACE}, or download it for the command line: `;
  }
  return `Accept the ones that are one person; this map's paper lists are not here, so it cannot be rebuilt in place: import the paper list with the alias file ${BAR_PLACE}, or download it for the command line: `;
}

/**
 * Where the intro says the Apply bar is (AliasActions.tsx): at the card's bottom edge, over the list, on a desktop from
 * the start and on a phone's sheet once a decision is accepted (whoiswho.css `.is-due`); it said "(below)", and on a
 * phone the bar lay after all 621 pairs of the 30k map, 220,000 px down (a tester).
 */
const BAR_PLACE = '(the bar at the bottom of this card, once you accept one)';

/**
 * Scrolls the review list's own box (not the app: scroll-within.ts) so that `el` is at its top, kept there while the
 * cards around it take their own heights (`keepAtStartWithin`), and gives `el` the focus (a keyboard user goes on
 * from there). For the "Jump to" row: the 30k map's "May be several people" lay 219,000 px down the list. Throws nothing.
 */
function jumpWithin(el: HTMLElement | null): void {
  if (!el) return;
  keepAtStartWithin(el);
  el.focus({ preventScroll: true });
}

/** The review list's filter of the link the page was opened with, until the first list shown takes it ('' then). */
let linkFind = reviewFindAtStart;

export function ReviewPanel() {
  const dataset = useAtlas((s) => s.dataset)!;
  const close = () => useAtlas.getState().select(null);
  const at = useAtlas((s) => (s.selection?.kind === 'review' ? s.selection.at : undefined));
  const decisions = useWhoIsWho((s) => s.decisions);
  const aliasLines = useWhoIsWho((s) => s.aliasLines);
  const applied = useWhoIsWho((s) => s.applied);
  const splits = useMemo(() => acceptedSplits({ aliasLines, applied }), [aliasLines, applied]);
  const undone = useMemo(() => undoneMergesText(undoneMerges({ aliasLines, applied })), [aliasLines, applied]);
  // (after an Apply, the map before's until the rebuilt map's own answer: said so, over the list)
  const checks = useShownNameChecks();
  const rebuildable = canRebuild(dataset, useAtlas((s) => s.datasets));
  const placeAt = useShowPlace(at, checks.status === 'ready' ? checks.value : null, dataset.bundle.authors.name);
  // the name filter: the list narrowed as the user types (deferred: the 70k map's 2,129 cards follow after the key)
  // kept in the URL beside the list (`find=`), in place of the entry shown, so a reload, a link sent or Back to the list
  // shows it narrowed as left (it opened whole again, a tester); never an entry per key
  // (the first list shown takes the filter of the link the page was opened with, and puts it back in the URL: the map
  // rebuilt with the link's decisions rewrote the URL without it, the list closed meanwhile)
  const [query, setQuery] = useState(() => reviewFindInUrl(window.location.search) || linkFind);
  const find = (text: string) => {
    setQuery(text);
    replaceQuery((search) => withReviewFind(search, text));
  };
  useEffect(() => {
    if (linkFind !== '' && query === linkFind && reviewFindInUrl(window.location.search) === '') replaceQuery((search) => withReviewFind(search, linkFind));
    linkFind = '';
    // (once, as the list opens)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // a step Back or Forward to an entry of the list: its filter (the list stays open between two such entries)
  useEffect(() => {
    const onPop = () => setQuery(reviewFindInUrl(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const shownQuery = useDeferredValue(query);
  const matches = useMemo(() => nameFilter(shownQuery), [shownQuery]);
  const filterId = useId();
  // on a phone the intro's how-to is folded (it put the first pair below the sheet's fold, a tester at 390×844)
  const narrow = useNarrow();
  // the "Jump to" row's places: the pairs' list and the heading of the names that may be several people
  const pairsRef = useRef<HTMLOListElement>(null);
  const severalRef = useRef<HTMLHeadingElement>(null);
  // the pair the list is at, emphasised and named on the map (pair-on-map.ts)
  const listed = useMemo(() => (checks.status === 'ready' ? notSplitApart(checks.value.suggestions, splits) : null), [checks, splits]);
  const onMap = usePairOnMap(
    useMemo(() => (listed ?? []).filter((s) => !shownQuery.trim() || matches([...s.names, ...s.spellings[0], ...s.spellings[1]])).map((s) => ({ a: s.keep, b: s.merge })), [listed, shownQuery, matches]),
    at && 'a' in at ? at : null,
  );
  if (checks.status !== 'ready') {
    return (
      <Panel kicker="Who is who" title="Possible same person" onClose={close} className="details-panel insight-panel" testId="review-panel">
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
  const suggestions = listed!;
  const flags = checks.value.flags.filter((f) => f.claimed);
  const open = suggestions.filter((s) => !decisions[pairKey(s.names)] && !splitAnswer(s.names, splits)).length;
  // what the name filter leaves: pairs either of whose names (or their other spellings) match, names that match
  const { name: authorName, aliases } = dataset.bundle.authors;
  const namesOf = (a: number) => [authorName[a]!, ...(aliases[a] ?? [])];
  const filtering = shownQuery.trim() !== '';
  // the list not yet narrowed to what the box says (the deferred render still to come): the count line says so, never
  // a figure of an earlier text over the box's (a tester read a count that did not fit the list beside the box)
  const catchingUp = query.trim() !== shownQuery.trim();
  const shownSuggestions = filtering ? suggestions.filter((s) => matches([...s.names, ...s.spellings[0], ...s.spellings[1]])) : suggestions;
  const shownFlags = filtering ? flags.filter((f) => matches(namesOf(f.author))) : flags;
  const allCandidates = checks.value.flags.filter((f) => !f.claimed);
  const shownCandidates = filtering ? allCandidates.filter((f) => matches(namesOf(f.author))) : allCandidates;
  const candidates = shownCandidates.slice(0, CANDIDATES_SHOWN);
  // a name only the decisions under Accepted hold (an applied merge's pair leaves the list): the count line says so
  const decidedMatch =
    filtering &&
    shownSuggestions.length + shownFlags.length === 0 &&
    matches([...Object.keys(decisions).filter((k) => decisions[k] === 'accepted').flatMap((k) => k.split('\u0000')), ...[...aliasLines, ...applied].flatMap((l) => [l.canonical, l.variant])]);
  const countLine = catchingUp
    ? filterPendingText(query)
    : filtering && filterCountText(shownQuery, [shownSuggestions.length, suggestions.length], [shownFlags.length, flags.length], decidedMatch);
  const anyToFilter = suggestions.length + checks.value.flags.length + (dataset.bundle.repeatedAuthors?.length ?? 0) > 0;

  return (
    <Panel kicker="Who is who" title="Possible same person" onClose={close} className="details-panel insight-panel" testId="review-panel">
      <div className="insight-intro" data-testid="review-intro">
        {suggestions.length === 0
          ? undone
            ? // an applied merge undone, waiting for the apply (it said "No two names here look like one person.", a tester)
              undone
            : Object.keys(decisions).length > 0
            ? 'No other pair of names looks like one person.'
            : 'No two names here look like one person.'
          : `${countOf(suggestions.length, 'pair')} of names may be one person, most likely first${open === 0 ? ' (all reviewed)' : open < suggestions.length ? ` (${count(open)} to review)` : ''}; the evidence is under each. `}
        {suggestions.length > 0 && (
          // open where there is room; a phone opens it from its summary
          <details className="review-how" open={!narrow} data-testid="review-how">
            <summary>How to use the list</summary>
            {reviewNextStep(rebuildable, whyNoSources(dataset))}
            {rebuildable ? (
              <>
                <code>--aliases</code>.
              </>
            ) : (
              // the one place the review list says it (its footer does not: AliasActions `explained`)
              <>
                <code className="cli-line">
                  npm run build:graph -- &lt;paper list&gt; <span>--aliases</span> <span>{fileBase(dataset)}-aliases.tsv</span>
                </code>
                .
              </>
            )}
          </details>
        )}
      </div>
      {checks.carried && <NamesRefreshing checkedAgain={checks.checkedAgain} />}
      {anyToFilter && (
        <div className="review-filter" role="search" aria-label="Names in the review list">
          <label htmlFor={filterId} className="review-filter-label">
            Find a name in the list
          </label>
          <input
            id={filterId}
            type="search"
            value={query}
            placeholder="e.g. Baldwin"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${filterId}-count`}
            data-testid="review-filter"
            onChange={(e) => find(e.target.value)}
            onKeyDown={(e) => {
              // Escape empties the box first (the card closes on the next Escape: App.tsx)
              if (e.key === 'Escape' && query !== '') {
                e.preventDefault();
                find('');
              }
            }}
          />
          <p id={`${filterId}-count`} className="review-filter-count small muted" data-testid="review-filter-count">
            {countLine}
          </p>
          {/* the count said to a screen reader once the typing pauses, not at each key (QuietStatus.tsx) */}
          <QuietStatus text={catchingUp ? '' : countLine || ''} testId="review-filter-said" />
        </div>
      )}
      {/* the sections a long list puts far apart, reached from its top (the 30k map's names that may be several
          people came after its 621 pairs, 219,000 px down, and nothing said so at the top: a tester); after the
          name filter, the next stop after the card's Close for a keyboard user */}
      {shownSuggestions.length > 0 && shownFlags.length > 0 && (
        <nav className="review-jump small" aria-label="Sections of the review list" data-testid="review-jump">
          <span>Jump to:</span>
          <button type="button" className="text-button small" onClick={() => jumpWithin(pairsRef.current)}>
            {count(shownSuggestions.length)} possible same-person {plural('pair', shownSuggestions.length)}
          </button>
          <span aria-hidden="true">·</span>
          <button
            type="button"
            className="text-button small"
            onClick={() => {
              placeAt({ section: REVIEW_SEVERAL });
              jumpWithin(severalRef.current);
            }}
          >
            {count(shownFlags.length)} {plural('name', shownFlags.length)} that may be several people
          </button>
        </nav>
      )}
      {shownSuggestions.length > 0 && (
        <ol ref={pairsRef} tabIndex={-1} aria-label="Possible same-person pairs" className={`sp-list${catchingUp ? ' is-catching-up' : ''}`} aria-busy={catchingUp || undefined} data-testid="suggestions" onFocus={onMap.onFocus} onPointerOver={onMap.onPointerOver} onPointerLeave={onMap.onPointerLeave}>
          {shownSuggestions.map((s) => (
            <SuggestionCard key={pairKey(s.names)} s={s} placeAt={placeAt} />
          ))}
        </ol>
      )}
      <Accepted />
      {/* the intro says why a map without its paper lists cannot be rebuilt here: the footer does not say it again */}
      <AliasActions explained={suggestions.length > 0} />
      {shownFlags.length > 0 && (
        <>
          {/* a place of the list (`review=several`): the sidebar's count of these names opens the list here */}
          <h3 className="section-title" ref={severalRef} tabIndex={-1} data-place={REVIEW_SEVERAL} data-testid="several-heading">
            May be several people
          </h3>
          <p className="insight-intro" data-testid="claims-intro">
            {claimsIntro(flags, ((f) => (f ? dataset.bundle.authors.name[f.author]! : null))(flags.find((f) => !f.peopleIsFloor)))}
            {' '}Open one to see the groups, the evidence, and split it.
          </p>
          <ul className="homonym-list" data-testid="homonym-list">
            {shownFlags.map((f) => {
              // reviewed: a split of this name accepted (the sidebar counts it so)
              const split = splits.find((sp) => sp.status !== 'undone' && sp.name === splitBase(dataset.bundle.authors.name[f.author]!));
              return (
                <li key={f.author} data-place={f.author} onClickCapture={() => placeAt({ author: f.author })} onFocusCapture={() => placeAt({ author: f.author })}>
                  <AuthorLink index={f.author} suffix={<span className="count">may be {f.peopleIsFloor ? 'at least ' : ''}{f.people} people · {f.bodyProbability >= CLAIM_PROBABILITY ? `${chanceIn100(f.bodyProbability)} that a body of work is another person's` : `${chanceIn100(f.probability)} that these are different people`}{split && ` · split accepted${split.status === 'pending' ? ' (not applied yet)' : ''}`}</span>} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {candidates.length > 0 && (
        <details className="homonym-candidates" data-testid="homonym-candidates">
          <summary>
            Separate groups of papers, not a claim ({filtering ? `${shownCandidates.length} of ${allCandidates.length}` : allCandidates.length})
          </summary>
          <p className="insight-intro muted">
            These names also have groups of papers that no co-author ties together, but what sets the groups apart, weighed against how
            common the name is, makes different people less likely than not, or no body of work ({BODY_PAPERS}+ papers) beside the
            largest is probably another person's (prolific people have small side groups too). Most probable first
            {shownCandidates.length > CANDIDATES_SHOWN ? `; the first ${CANDIDATES_SHOWN}` : ''}.
          </p>
          <ul className="homonym-list">
            {candidates.map((f) => (
              <li key={f.author} data-place={f.author} onClickCapture={() => placeAt({ author: f.author })} onFocusCapture={() => placeAt({ author: f.author })}>
                <AuthorLink index={f.author} suffix={<span className="count muted" data-testid="candidate-figures">{candidateFigures(f)}</span>} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <ListedTwice placeAt={placeAt} matches={filtering ? matches : null} />
    </Panel>
  );
}

/**
 * Names written twice on one paper's byline (bundle `repeatedAuthors`), folded: two people of one name who wrote
 * together, or a data error; each opens its author card, which says where. Nothing without any.
 */
function ListedTwice({ placeAt, matches }: { placeAt: (at: ReviewPlace) => void; matches: ((names: readonly string[]) => boolean) | null }) {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const byAuthor = useMemo(() => {
    const m = new Map<number, number>();
    for (const r of bundle.repeatedAuthors ?? []) m.set(r.author, (m.get(r.author) ?? 0) + 1);
    const all = [...m].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    // (the review list's name filter: only the names that match)
    return matches ? all.filter(([a]) => matches([bundle.authors.name[a]!, ...(bundle.authors.aliases[a] ?? [])])) : all;
  }, [bundle, matches]);
  if (byAuthor.length === 0) return null;
  return (
    <details className="homonym-candidates" data-testid="listed-twice-list">
      <summary>Written twice on one byline ({byAuthor.length})</summary>
      <p className="insight-intro muted">
        Each of these names is written twice among one paper's authors: two people with the name who wrote together, or a data
        error. It shows the name is shared here, not which papers are whose, so the figures above do not weigh it.
      </p>
      <ul className="homonym-list">
        {byAuthor.map(([a, n]) => (
          <li key={a} data-place={a} onClickCapture={() => placeAt({ author: a })} onFocusCapture={() => placeAt({ author: a })}>
            <AuthorLink index={a} suffix={<span className="count muted">{n} {plural('paper', n)}</span>} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** How many of the candidates that are not claimed the review list shows. */
const CANDIDATES_SHOWN = 20;
