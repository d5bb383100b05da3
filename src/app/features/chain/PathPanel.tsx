/**
 * "How is A connected to B?": pick two authors, see the shortest chain of co-authors, highlighted on
 * the canvas and listed with the paper behind each step; says so when there is none.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Panel } from '../../panels/Panel';
import { AuthorLink } from '../../panels/links';
import { useAtlas } from '../../store';
import { AuthorPicker } from './AuthorPicker';
import { useChain } from './store';
import { useNameChecks, useSplit } from '../whoiswho/use-worker-insight';
import { CLAIM_PROBABILITY } from '../../../core/queries/homonyms';
import { connectedAuthorCount } from '../../../core/queries/chains';
import './chain.css';
import { countOf, plural } from '../../format';

/**
 * On a chain passing through a name flagged as possibly several people: whether the papers on the two
 * sides of that person fall into different groups of their papers, i.e. the chain may jump between two people.
 */
function ChainDoubt({ author, paperIn, paperOut }: { author: number; paperIn: number; paperOut: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const result = useSplit(author);
  if (result.status !== 'ready') return null;
  const { split, evidence } = result.value;
  if (evidence && !evidence.claimed) return null;
  const name = dataset.bundle.authors.name[author];
  if (evidence && evidence.bodyProbability >= CLAIM_PROBABILITY) {
    // a claim about bodies of work: the step is in doubt when it leaves one body for another that is probably someone else's
    const bodyOf = (p: number) => evidence.bodyFacts.findIndex((b) => b.papers.includes(p));
    const x = bodyOf(paperIn);
    const y = bodyOf(paperOut);
    if (x < 0 || y < 0 || x === y || Math.max(evidence.bodyFacts[x]!.probability, evidence.bodyFacts[y]!.probability) < CLAIM_PROBABILITY) return null;
    return (
      <p className="chain-doubt" data-testid="chain-doubt" role="note">
        <span aria-hidden="true">⚑ </span>
        {name} may be {evidence.people} different people: the papers before and after this step are in different bodies of work (body {x + 1}{' '}
        and body {y + 1}, nothing ties them), so this chain may pass from one person to another.
      </p>
    );
  }
  const groupOf = (p: number) => split.groups.findIndex((g) => g.papers.includes(p));
  const a = groupOf(paperIn);
  const b = groupOf(paperOut);
  if (a < 0 || b < 0 || a === b) return null;
  return (
    <p className="chain-doubt" data-testid="chain-doubt" role="note">
      <span aria-hidden="true">⚑ </span>
      {name} may be {split.groups.length} different people: the papers before and after this step are in different groups of their papers
      (group {a + 1} and group {b + 1}, no co-author in common), so this chain may pass from one person to another.
    </p>
  );
}

/** Two authors no chain links: says so with the size of each one's connected group, and is scrolled into view. */
function NotConnected({ from, to }: { from: number; to: number }) {
  const bundle = useAtlas((s) => s.dataset)!.bundle;
  const { name } = bundle.authors;
  const sizes = useMemo(() => [connectedAuthorCount(bundle, from), connectedAuthorCount(bundle, to)] as const, [bundle, from, to]);
  const ref = useRef<HTMLParagraphElement>(null);
  // below the two pickers on a phone or a short window: brought into view (it was below the fold, unseen)
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'nearest' }), [from, to]);
  const group = (a: number, n: number) =>
    n === 1 ? `${name[a]} has no co-author here` : `${name[a]} is linked to ${countOf(n - 1, 'other author')}`;
  return (
    <p className="chain-none" role="status" data-testid="chain-none" ref={ref}>
      {name[from]} and {name[to]} are not connected: no chain of co-authors links them in this dataset. {group(from, sizes[0])}, {group(to, sizes[1])}
      {sizes[0] > 1 && sizes[1] > 1 ? ', none in common' : ''}. Both are marked on the map.
    </p>
  );
}

function ChainList() {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const path = useChain((s) => s.path);
  const checks = useNameChecks();
  const { title, year } = dataset.bundle.papers;
  if (path.from === null || path.to === null) return null;
  if (path.from === path.to) return <p className="muted small">Pick two different authors.</p>;
  if (path.status === 'none' || !path.chain) return <NotConnected from={path.from} to={path.to} />;
  const { chain } = path;
  const steps = chain.steps.length;
  const flagged = new Set(checks.status === 'ready' ? checks.value.flags.filter((f) => f.claimed).map((f) => f.author) : []);
  return (
    <div data-testid="chain" data-authors={chain.authors.join(',')}>
      <p className="chain-summary" role="status">
        {steps === 1 ? 'Direct co-authors' : `${steps} steps apart · ${steps - 1} ${plural('author', steps - 1)} in between`}
      </p>
      <ol className="chain-list">
        {chain.authors.map((a, i) => {
          const step = chain.steps[i];
          return (
            <li key={a} className="chain-author">
              <AuthorLink index={a} />
              {i > 0 && step && flagged.has(a) && <ChainDoubt author={a} paperIn={chain.steps[i - 1]!.paper} paperOut={step.paper} />}
              {step && (
                <div className="chain-step">
                  <span className="muted">co-wrote </span>
                  <button type="button" className="link-button chain-paper" onClick={() => select({ kind: 'paper', index: step.paper })}>
                    {title[step.paper]}
                  </button>
                  {year[step.paper] !== null && <span className="muted"> ({year[step.paper]})</span>}
                  {step.sharedCount > 1 && (
                    <>
                      {' · '}
                      <button type="button" className="text-button small" onClick={() => select({ kind: 'pair', a: step.from, b: step.to })}>
                        {countOf(step.sharedCount, 'paper')} together
                      </button>
                    </>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {steps === 1 && (
        <button type="button" className="button wide" onClick={() => select({ kind: 'pair', a: chain.steps[0].from, b: chain.steps[0].to })}>
          Their {chain.steps[0].sharedCount === 1 ? 'paper' : `${chain.steps[0].sharedCount} papers`} together, with abstracts
        </button>
      )}
    </div>
  );
}

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
