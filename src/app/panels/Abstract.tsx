/** A paper's abstract, fetched on first use with the chunk (or the abstracts file) holding it; optionally collapsed. */
import { useEffect, useId, useState } from 'react';
import { flushSync } from 'react-dom';
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
    // rendered at once, in the task that got it: a state update waits for React's next scheduled task, which a
    // click's map frames (camera, emphasis: 100–300 ms each at 30k on software WebGL) ran before (a chunk in at
    // 350 ms after the click was shown at 616 ms)
    text.then(
      (text) => live && flushSync(() => setState({ status: 'ready', text })),
      (err: unknown) => live && flushSync(() => setState({ status: 'error', message: err instanceof Error ? err.message : String(err) })),
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
