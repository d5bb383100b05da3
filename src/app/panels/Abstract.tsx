/** A paper's abstract, fetched on first use with the chunk (or the abstracts file) holding it; optionally collapsed. */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { holdCanvasFor } from '../after-paint';
import { useAtlas } from '../store';
import { readableText } from '../../core/util/readable-text';
import { textRuns } from './text-links';

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

/**
 * Whether the element's text is cut by its line clamp, read after each layout of it (a ResizeObserver reports
 * once layout is done, so the read forces none) while `watch`, again for each new `text`; true until the first
 * report.
 */
function useClamped(ref: RefObject<HTMLElement | null>, watch: boolean, text: string | null): boolean {
  const [clamped, setClamped] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!watch || !el) return;
    const observer = new ResizeObserver(() => setClamped(el.scrollHeight > el.clientHeight + 1));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, watch, text]);
  return clamped;
}

export function Abstract({ paper, collapsible }: { paper: number; collapsible: boolean }) {
  const state = useAbstract(paper);
  const [expanded, setExpanded] = useState(!collapsible);
  const id = useId();
  const text = useRef<HTMLParagraphElement>(null);
  // the button only under an abstract its 3 lines cut ("Show full abstract" under a two-line abstract read as broken)
  const shown = state.status === 'ready' ? state.text : null;
  const cut = useClamped(text, collapsible && !expanded && shown !== null, shown);
  if (state.status === 'loading') return <p className="abstract muted">Loading abstract…</p>;
  if (state.status === 'error') return <p className="abstract error-text">Abstract unavailable: {state.message}</p>;
  if (state.text === null) return <p className="abstract muted">No abstract in the source list.</p>;
  return (
    <div className="abstract-block">
      <p ref={text} id={id} className={`abstract ${expanded ? '' : 'clamped'}`} data-testid="abstract" data-expanded={expanded}>
        {/* the text's http(s) addresses are links (a tester: a code address at an abstract's end was plain text) */}
        {textRuns(readableText(state.text)).map((run, i) =>
          run.href ? (
            <a key={i} href={run.href} target="_blank" rel="noopener noreferrer">
              {run.text}
            </a>
          ) : (
            run.text
          ),
        )}
      </p>
      {collapsible && (expanded || cut) && (
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
