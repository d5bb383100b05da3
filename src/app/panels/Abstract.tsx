/** A paper's abstract, fetched on first use with the chunk (or the abstracts file) holding it; optionally collapsed. */
import { useEffect, useId, useState } from 'react';
import { holdCanvasFor } from '../after-paint';
import { useAtlas } from '../store';

type AbstractState = { status: 'loading' } | { status: 'ready'; text: string | null } | { status: 'error'; message: string };

export function useAbstract(paper: number): AbstractState {
  const dataset = useAtlas((s) => s.dataset)!;
  const has = dataset.bundle.papers.hasAbstract[paper] === 1;
  const [state, setState] = useState<AbstractState>(has ? { status: 'loading' } : { status: 'ready', text: null });
  useEffect(() => {
    if (!has) {
      setState({ status: 'ready', text: null });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    const text = dataset.abstractOf(paper);
    // a panel just opened shows its abstracts before the map moves (after-paint.ts)
    holdCanvasFor(text);
    text.then(
      (text) => live && setState({ status: 'ready', text }),
      (err: unknown) => live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [dataset, paper, has]);
  return state;
}

export function Abstract({ paper, collapsible }: { paper: number; collapsible: boolean }) {
  const state = useAbstract(paper);
  const [expanded, setExpanded] = useState(!collapsible);
  const id = useId();
  if (state.status === 'loading') return <p className="abstract muted">Loading abstract…</p>;
  if (state.status === 'error') return <p className="abstract error-text">Abstract unavailable: {state.message}</p>;
  if (state.text === null) return <p className="abstract muted">No abstract in the source list.</p>;
  return (
    <div className="abstract-block">
      <p id={id} className={`abstract ${expanded ? '' : 'clamped'}`} data-testid="abstract" data-expanded={expanded}>
        {state.text}
      </p>
      {collapsible && (
        <button
          type="button"
          className="text-button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : 'Show full abstract'}
        </button>
      )}
    </div>
  );
}
