/**
 * A step Back or Forward whose entry needs work before the page reads it. The page's `popstate` listeners
 * (UrlController: selection, view, settings; main.tsx: another dataset; the co-author chain) read the entry's
 * ids against the map on screen. An entry made before an applied who-is-who rebuild (merges, splits) numbers
 * its authors as the map without it did: read against the rebuilt map it showed someone else (a tester: Back after
 * Apply showed Ming Gao's card at `author=100`, Yongjun Li's before). So one guard (features/whoiswho/history.ts)
 * sees each step first and may hold it: the other listeners then do not run for it, and the guard replays the step
 * (`replayHistoryStep`) once the map of the entry is shown. The filters drawer on a narrow screen guards the steps
 * that only take its own history entry off (narrow.ts), before it.
 *
 * The listener is registered when this module loads (imported by url/held-selection.ts, which main.tsx loads
 * before anything registers its own), and in the capture phase, which runs before the others on the window.
 * No dependency: the start-up needs nothing of the who-is-who feature.
 */

/** What a guard says of a step: `go` (the page reads the entry now), `hold` (the page does not read it: replayed later, or a step of the guard's own). */
export type StepVerdict = 'go' | 'hold';

/**
 * The guards, in the order they see a step: the filters drawer's (narrow.ts: a step that only closes the drawer is
 * its own), then the who-is-who rebuild's (an entry of another map is held until that map is shown). The first that
 * holds a step stops it: the later guards and the page's listeners do not see it.
 */
const GUARD_ORDER = ['drawer', 'rebuild'] as const;
export type StepGuardName = (typeof GUARD_ORDER)[number];
const guards: Partial<Record<StepGuardName, (event: PopStateEvent) => StepVerdict>> = {};

/**
 * Sets the guard `name` of Back/Forward steps (null: none). It is called at each step, before the page's other
 * listeners (after the guards before it in `GUARD_ORDER`), with the page's location already the entry's; it may
 * change the state.
 */
export function guardHistorySteps(name: StepGuardName, next: ((event: PopStateEvent) => StepVerdict) | null): void {
  if (next) guards[name] = next;
  else delete guards[name];
}

/** The step to the entry shown is read again by every listener (after a held step: see the module comment). */
export function replayHistoryStep(): void {
  window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
}

if (typeof window !== 'undefined')
  window.addEventListener(
    'popstate',
    (event) => {
      for (const name of GUARD_ORDER) {
        if (guards[name]?.(event) === 'hold') {
          event.stopImmediatePropagation();
          return;
        }
      }
    },
    { capture: true },
  );
