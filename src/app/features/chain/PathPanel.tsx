/**
 * "How is A connected to B?": pick two authors, see the shortest chain of co-authors, highlighted on
 * the canvas and listed with the paper behind each step; says so when there is none.
 */
import { Panel } from '../../panels/Panel';
import { AuthorLink } from '../../panels/links';
import { useAtlas } from '../../store';
import { AuthorPicker } from './AuthorPicker';
import { useChain } from './store';

function ChainList() {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const path = useChain((s) => s.path);
  const { title, year } = dataset.bundle.papers;
  const { name } = dataset.bundle.authors;
  if (path.from === null || path.to === null) return null;
  if (path.from === path.to) return <p className="muted small">Pick two different authors.</p>;
  if (path.status === 'none' || !path.chain) {
    return (
      <p className="chain-none" role="status" data-testid="chain-none">
        {name[path.from]} and {name[path.to]} are not connected: no chain of co-authors links them in this dataset.
      </p>
    );
  }
  const { chain } = path;
  const steps = chain.steps.length;
  return (
    <div data-testid="chain" data-authors={chain.authors.join(',')}>
      <p className="chain-summary" role="status">
        {steps === 1 ? 'Direct co-authors' : `${steps} steps apart · ${steps - 1} author${steps - 1 === 1 ? '' : 's'} in between`}
      </p>
      <ol className="chain-list">
        {chain.authors.map((a, i) => {
          const step = chain.steps[i];
          return (
            <li key={a} className="chain-author">
              <AuthorLink index={a} />
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
                        {step.sharedCount} papers together
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
        <AuthorPicker label="From" value={path.from} onChange={(a) => setPathEnd('from', a)} />
        <AuthorPicker label="To" value={path.to} onChange={(a) => setPathEnd('to', a)} />
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
