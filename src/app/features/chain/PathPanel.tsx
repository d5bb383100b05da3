/**
 * "How is A connected to B?": pick two authors, see the shortest chain of co-authors, highlighted on
 * the canvas and listed with the paper behind each step; says so when there is none. With a year range, through the
 * links of its papers only (the map's), said above the steps.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Panel } from '../../panels/Panel';
import { AuthorLink } from '../../panels/links';
import { useAtlas } from '../../store';
import { AuthorPicker } from './AuthorPicker';
import { useChain } from './store';
import { useSplit, useUntouchedNameChecks } from '../whoiswho/use-worker-insight';
import { CARRIED_WORDS } from '../whoiswho/checking-words';
import { chainDoubt, chainDoubtSummary, coauthorGroups, stepMayPart, type ChainDoubtNote } from './chain-doubt';
import { connectedAuthorCount } from '../../../core/queries/chains';
import { sliceOf } from '../../../core/queries/time-slice';
import { subsetSpan } from '../../../core/queries/venue-words';
import './chain.css';
import { countOf, plural } from '../../format';
import { scrollIntoViewWithin } from '../../scroll-within';

/**
 * On a chain passing through a name flagged as possibly several people (a claim or a candidate): whether the
 * papers on the two sides of that person fall into different groups of their papers, i.e. the chain may jump
 * between two people (`chainDoubt`). Tells `onNote` what it shows, for the summary above the steps.
 */
function ChainDoubt({
  author,
  paperIn,
  paperOut,
  onNote,
  scroll,
  scrollChecking,
}: {
  author: number;
  paperIn: number;
  paperOut: number;
  /** What the step shows: its note, null for none, 'checking' while its name's check is to come. */
  onNote: (note: ChainDoubtNote | null | 'checking') => void;
  scroll: boolean;
  /** The chain's first step that is checked: its "Checking whether…" line is brought into view (below the fold on the 30k map). */
  scrollChecking: boolean;
}) {
  const dataset = useAtlas((s) => s.dataset)!;
  const result = useSplit(author);
  const name = dataset.bundle.authors.name[author]!;
  const bundle = dataset.bundle;
  // on the split itself (kept per author), not on `result`, a new object at each render: a note worked out anew at
  // each render set the summary's state at each render ("Maximum update depth exceeded" on ?chain=…&author=…)
  const split = result.status === 'ready' ? result.value : null;
  const note = useMemo(
    () => (split ? chainDoubt(name, split.split, split.evidence, paperIn, paperOut, split.evidence?.claimed ? coauthorGroups(bundle, author) : null) : null),
    [split, name, paperIn, paperOut, bundle, author],
  );
  const pending = result.status === 'pending';
  useEffect(() => onNote(pending ? 'checking' : note), [pending, note, onNote]);
  const ref = useRef<HTMLParagraphElement>(null);
  // the first note of the chain is brought into view once (the chain sits low in the sidebar: its note was below the fold)
  useEffect(() => {
    if (note && scroll && ref.current) scrollIntoViewWithin(ref.current);
  }, [note, scroll]);
  const checkingRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (pending && scrollChecking && checkingRef.current) scrollIntoViewWithin(checkingRef.current);
  }, [pending, scrollChecking]);
  // still checking (on the 30k map the chain was drawn at once and its note came with every name's check, 29 s
  // later on a loaded machine, with nothing said meanwhile, a tester): the step says so, quietly, as the author
  // card does (shown after the same short CSS delay, so a quick answer does not flash it)
  if (pending)
    return (
      <p className="chain-checking checking-line muted" role="status" data-testid="chain-checking" ref={checkingRef}>
        Checking whether {name} is several people…
      </p>
    );
  if (!note) return null;
  // (after an Apply, the map before's split until the rebuilt map's answer: `useSplit`, said so)
  const carried = result.status === 'ready' && result.carried === true;
  return (
    <p
      className={`chain-doubt${note.kind === 'candidate' ? ' chain-doubt-candidate' : ''}`}
      data-testid="chain-doubt"
      data-kind={note.kind}
      data-carried={carried ? '' : undefined}
      role="note"
      ref={ref}
    >
      <span aria-hidden="true">⚑ </span>
      {note.text}
      {carried && <span className="muted"> ({CARRIED_WORDS})</span>}
    </p>
  );
}

/**
 * Two authors no chain links: says so with the size of each one's connected group (the authors a chain of co-authors
 * reaches from each, in the papers the year range or venues leave), and is scrolled into view.
 */
function NotConnected({ from, to, years, venues }: { from: number; to: number; years: readonly [number, number] | null; venues: readonly number[] | null }) {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const { name } = bundle.authors;
  // a year range or venues: the groups of their network (the links of their papers, as the map draws them)
  const sizes = useMemo(() => {
    const slice = sliceOf(bundle, years, venues);
    return [connectedAuthorCount(bundle, from, slice), connectedAuthorCount(bundle, to, slice)] as const;
  }, [bundle, from, to, years, venues]);
  const span = subsetSpan(bundle, { years, venues });
  const ref = useRef<HTMLParagraphElement>(null);
  // below the two pickers on a phone or a short window: brought into view (it was below the fold, unseen)
  useEffect(() => {
    if (ref.current) scrollIntoViewWithin(ref.current);
  }, [from, to]);
  const where = span ? `in the papers of ${span} (${venues ? 'the filter' : 'the year range'})` : 'in this dataset';
  const group = (a: number, n: number) =>
    // (the authors a chain reaches, not the direct co-authors: Dan Roth "is linked to 1,898 other authors" where
    // his card said 21 co-authors at the two venues filtered: a tester)
    n === 1 ? `${name[a]} has no co-author ${span ? `in ${span}` : 'here'}` : `${name[a]} reaches ${countOf(n - 1, 'other author')} through co-authors`;
  return (
    <p className="chain-none" role="status" data-testid="chain-none" ref={ref}>
      {name[from]} and {name[to]} are not connected: no chain of co-authors links them {where}. {group(from, sizes[0])}, {group(to, sizes[1])}
      {sizes[0] > 1 && sizes[1] > 1 ? ', none in common' : ''}. Both are marked on the map.
    </p>
  );
}

function ChainList() {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const path = useChain((s) => s.path);
  // (after an Apply, the map before's for the names it did not touch until the rebuilt map's own answer: a name it
  // touched is checked on its own, as before every name's check is done)
  const checks = useUntouchedNameChecks();
  const { title, year } = dataset.bundle.papers;
  // the notes the flagged steps show ('checking' while a step's check is to come), by the chain they were made for
  // (a new chain starts with none)
  const [notes, setNotes] = useState<{ chain: unknown; byStep: (ChainDoubtNote | null | 'checking')[] }>({ chain: null, byStep: [] });
  const chainNow = path.chain;
  const noteFor = useMemo(
    () => (step: number) => (note: ChainDoubtNote | null | 'checking') =>
      setNotes((was) => {
        const byStep = was.chain === chainNow ? [...was.byStep] : [];
        // (a step's first answer is kept even when it is null: until then the step counts as still checked)
        if (step in byStep && byStep[step] === note) return was;
        byStep[step] = note;
        return { chain: chainNow, byStep };
      }),
    [chainNow],
  );
  const handlers = useMemo(() => (chainNow ? chainNow.authors.map((_, i) => noteFor(i)) : []), [chainNow, noteFor]);
  // the summary above the steps, for the map's chip too (ChainChip.tsx: its ⚑ on a phone, where this panel is in the
  // closed drawer)
  const byStepNow = notes.chain === chainNow ? notes.byStep : [];
  const noted = (i: number): ChainDoubtNote | null => {
    const n = byStepNow[i];
    return n && n !== 'checking' ? n : null;
  };
  const summaryNow = chainNow ? chainDoubtSummary(chainNow.authors.map((a, i) => (noted(i) ? { name: dataset.bundle.authors.name[a]!, note: noted(i)! } : null))) : null;
  // claims and candidates (the name checks list both, candidates from CANDIDATE_PROBABILITY); until every name's
  // check is done, each person of the chain whose step may part two groups of their papers is checked on its own,
  // ahead of the background checks (useSplit: as the author card's check), and not only once they are done
  const flagged = checks.status === 'ready' ? new Set(checks.value.flags.map((f) => f.author)) : null;
  const touched = (author: number) => checks.status === 'ready' && checks.carried && checks.across.untouchedFrom[author]! < 0;
  const mayDoubt = (author: number, paperIn: number, paperOut: number) =>
    (flagged === null || flagged.has(author) || touched(author)) && stepMayPart(coauthorGroups(dataset.bundle, author), paperIn, paperOut);
  const doubtful = chainNow
    ? chainNow.authors.map((a, i) => i > 0 && i < chainNow.steps.length && mayDoubt(a, chainNow.steps[i - 1]!.paper, chainNow.steps[i]!.paper))
    : [];
  // a step that may pass from one person to another whose check has not answered yet (the chip says the chain's
  // names are still being checked, rather than showing it as certain until its ⚑ comes: a tester)
  const checkingNow = doubtful.some((d, i) => d && (byStepNow[i] === undefined || byStepNow[i] === 'checking'));
  useEffect(() => {
    const was = useChain.getState().doubt;
    if (was.chain !== chainNow || was.summary !== summaryNow || was.checking !== checkingNow)
      useChain.setState({ doubt: { chain: chainNow, summary: summaryNow, checking: checkingNow } });
  }, [chainNow, summaryNow, checkingNow]);
  if (path.from === null || path.to === null) return null;
  if (path.from === path.to) return <p className="muted small">Pick two different authors.</p>;
  if (path.status === 'none' || !path.chain) return <NotConnected from={path.from} to={path.to} years={path.years} venues={path.venues ?? null} />;
  const { chain } = path;
  const steps = chain.steps.length;
  // a year range: the chain runs through the links of its papers only (each step's paper and count are in it)
  const span = subsetSpan(dataset.bundle, { years: path.years, venues: path.venues ?? null });
  const inYears = span ? ` in ${span}` : '';
  const summary = summaryNow;
  // the first flagged step that shows a note scrolls it into view
  const firstNoted = byStepNow.findIndex((n, i) => n && noted(i));
  const firstDoubtful = doubtful.indexOf(true);
  return (
    <div data-testid="chain" data-authors={chain.authors.join(',')}>
      <p className="chain-summary" role="status">
        {steps === 1 ? `Direct co-authors${inYears}` : `${steps} steps apart${inYears} · ${steps - 1} ${plural('author', steps - 1)} in between`}
      </p>
      {span && (
        <p className="muted small" data-testid="chain-years">
          {path.venues
            ? `Through papers of ${span} only, as the map’s links: other papers are left out.`
            : `Through papers of ${span} only, as the map’s links: other years’ papers are left out.`}
        </p>
      )}
      {summary && (
        <p className="chain-doubt-summary" data-testid="chain-doubt-summary">
          <span aria-hidden="true">⚑ </span>
          {summary}
        </p>
      )}
      <ol className="chain-list">
        {chain.authors.map((a, i) => {
          const step = chain.steps[i];
          return (
            <li key={a} className="chain-author">
              <AuthorLink index={a} />
              {step && doubtful[i] && (
                <ChainDoubt
                  author={a}
                  paperIn={chain.steps[i - 1]!.paper}
                  paperOut={step.paper}
                  onNote={handlers[i]!}
                  scroll={firstNoted === i}
                  scrollChecking={firstDoubtful === i}
                />
              )}
              {step && (
                <div className="chain-step">
                  <span className="muted">co-wrote </span>
                  <button type="button" className="link-button chain-paper" onClick={() => select({ kind: 'paper', index: step.paper })}>
                    {title[step.paper]}
                  </button>
                  {year[step.paper] !== null && <span className="muted"> ({year[step.paper]})</span>}
                  {/* on a line of its own, without a separator: after the title (a button, which wraps as one box)
                      "· 2 papers together" went onto a line of its own starting with a stray "·" (a tester, phone) */}
                  {step.sharedCount > 1 && (
                    <div className="chain-shared">
                      <button type="button" className="text-button small" onClick={() => select({ kind: 'pair', a: step.from, b: step.to })}>
                        {countOf(step.sharedCount, 'paper')} together{inYears}
                      </button>
                    </div>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {steps === 1 && (
        <button type="button" className="button wide" onClick={() => select({ kind: 'pair', a: chain.steps[0].from, b: chain.steps[0].to })}>
          Their {chain.steps[0].sharedCount === 1 ? 'paper' : `${chain.steps[0].sharedCount} papers`} together{inYears}, with abstracts
        </button>
      )}
    </div>
  );
}

/** The map's chain chip, in this feature's chunk (loaded after the first frame, with the chain's store). */
export { ChainChip } from './ChainChip';

export function PathPanel() {
  const path = useChain((s) => s.path);
  const setPathEnd = useChain((s) => s.setPathEnd);
  const clearPath = useChain((s) => s.clearPath);
  const selection = useAtlas((s) => s.selection);
  const dataset = useAtlas((s) => s.dataset)!;
  const selectedAuthor = selection?.kind === 'author' ? selection.index : null;
  // after From is chosen, the To field (when still empty) takes the focus: the next thing to type
  const toInput = useRef<HTMLInputElement>(null);
  const focusTo = useCallback((): boolean => {
    if (!toInput.current) return false;
    toInput.current.focus();
    return true;
  }, []);
  const suggestSelected = selectedAuthor !== null && path.from !== selectedAuthor && path.to !== selectedAuthor && (path.from === null || path.to === null);

  return (
    <Panel
      kicker="How are they connected?"
      title="Co-author chain"
      testId="path-panel"
      actions={
        path.from !== null || path.to !== null ? (
          <button type="button" className="text-button" onClick={clearPath}>
            Clear
          </button>
        ) : undefined
      }
    >
      <div className="pickers">
        <AuthorPicker label="From" value={path.from} onChange={(a) => setPathEnd('from', a)} afterChoose={focusTo} />
        <AuthorPicker label="To" value={path.to} onChange={(a) => setPathEnd('to', a)} inputRef={toInput} />
      </div>
      {suggestSelected && (
        <button type="button" className="text-button small use-selected" onClick={() => setPathEnd(path.from === null ? 'from' : 'to', selectedAuthor)}>
          Use {dataset.bundle.authors.name[selectedAuthor]} (selected)
        </button>
      )}
      <ChainList />
    </Panel>
  );
}
