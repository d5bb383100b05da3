/**
 * A step Back or Forward whose entry needs work before the page reads it. The page's `popstate` listeners
 * (UrlController: selection, view, settings; main.tsx: another dataset; the co-author chain) read the entry's
 * ids against the map on screen. An entry made before an applied who-is-who rebuild (merges, splits) numbers
 * its authors as the map without it did: read against the rebuilt map it showed someone else (a tester: Back after
 * Apply showed Ming Gao's card at `author=100`, Yongjun Li's before). So one guard (features/whoiswho/history.ts)
 * sees each step first and may hold it: the other listeners then do not run for it, and the guard replays the step
 * (`replayHistoryStep`) once the map of the entry is shown.
 *
 * The listener is registered when this module loads (imported by url/held-selection.ts, which main.tsx loads
 * before anything registers its own), and in the capture phase, which runs before the others on the window.
 * No dependency: the start-up needs nothing of the who-is-who feature.
 */

/** What the guard says of a step: `go` (the page reads the entry now), `hold` (it is replayed later). */
export type StepVerdict = 'go' | 'hold';

let guard: (() => StepVerdict) | null = null;

/**
 * Sets the one guard of Back/Forward steps (null: none). It is called at each step, before the page's other
 * listeners, with the page's location already the entry's; it may change the state (not the location's entry).
 */
export function guardHistorySteps(next: (() => StepVerdict) | null): void {
  guard = next;
}

/** The step to the entry shown is read again by every listener (after a held step: see the module comment). */
export function replayHistoryStep(): void {
  window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
}

if (typeof window !== 'undefined')
  window.addEventListener(
    'popstate',
    (event) => {
      if (guard?.() === 'hold') event.stopImmediatePropagation();
    },
    { capture: true },
  );
