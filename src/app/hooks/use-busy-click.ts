/**
 * A decision button that says it is working: the click marks the button busy (`aria-busy`, its text "Working…"),
 * that mark is painted, and only then is the decision worked out (store update, re-render of the lists that show
 * it); a second click while it is busy is ignored, so a decision is never submitted twice. On the 30k map a
 * review-list decision took 0.4–3 s at load 15–19 before the list stopped re-rendering every card, with nothing
 * on screen meanwhile (a tester: 4–12 s on a loaded machine, "no busy sign").
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../after-paint';

/** The words a busy decision button shows instead of its own. */
export const WORKING = 'Working…';

export interface BusyClick {
  /** The id of the button being worked on (null: none). */
  busy: string | null;
  /**
   * `run(id, work)`: mark button `id` busy, then after the next paint call `work` (synchronous) and clear the mark.
   * Ignored while a decision of this hook is being worked out. Throws nothing (`work`'s own throw is rethrown in
   * the task after the paint, the mark cleared first).
   */
  run(id: string, work: () => void): void;
  /** Props for button `id`: `aria-busy`, and `aria-disabled` on every button of the hook while one is busy. */
  props(id: string): { 'aria-busy': boolean; 'aria-disabled': boolean | undefined };
}

/** One group of decision buttons (a card's): at most one decision of the group is worked out at a time. */
export function useBusyClick(): BusyClick {
  const [busy, setBusy] = useState<string | null>(null);
  const working = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const run = useCallback((id: string, work: () => void) => {
    if (working.current) return;
    working.current = true;
    setBusy(id);
    // (the work runs even if the card goes away meanwhile: the user clicked it)
    afterNextPaint(() => {
      try {
        work();
      } finally {
        working.current = false;
        if (live.current) setBusy(null);
      }
    });
  }, []);
  const props = useCallback(
    (id: string) => ({ 'aria-busy': busy === id, 'aria-disabled': busy !== null ? true : undefined }),
    [busy],
  );
  return { busy, run, props };
}
