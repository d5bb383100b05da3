import { useEffect, useSyncExternalStore } from 'react';
import { guardHistorySteps, type StepVerdict } from './url/history-steps';
import { useAtlas } from './store';
import { currentAddress, flushHistory } from './url/history-writes';

/**
 * Narrow or short screens (phones either way up, a narrowed or very low window): the sidebar is a drawer over the
 * map and the details card a bottom sheet (on a short, wide screen, a phone turned to landscape, a compact card
 * down the right side: styles/sheet.css). A phone turned to landscape is 844 px wide, past the width breakpoint:
 * with the desktop layout its 390 px height showed the card over most of the map (a tester), hence the height.
 *
 * The stylesheets write the same queries (`@media (max-width: 820px), (max-height: 500px)` and its complement
 * `(min-width: 821px) and (min-height: 501px)`): test/app/narrow-media.test.ts checks every `@media` of
 * src/app/**\/*.css that names these widths against the two constants here.
 */
export const NARROW_MEDIA = '(max-width: 820px), (max-height: 500px)';

/** The complement of `NARROW_MEDIA` (the desktop layout: sidebar, card on the right), as the stylesheets write it. */
export const WIDE_MEDIA = '(min-width: 821px) and (min-height: 501px)';

/** Whether the window is narrow or short now (see `NARROW_MEDIA`). Throws nothing. */
export const isNarrow = (): boolean => window.matchMedia(NARROW_MEDIA).matches;

/** `isNarrow()` as React state: the component renders again when the window crosses `NARROW_MEDIA`. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, isNarrow);
}

function subscribeNarrow(onChange: () => void): () => void {
  const media = window.matchMedia(NARROW_MEDIA);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The history entry the drawer adds while it is open (see `useDrawerBack`). */
interface DrawerEntry {
  /** `history.length` just after it was pushed: an entry pushed above it makes the length greater. */
  length: number;
}

/** The drawer's copy in the page's history, null when none. */
let entry: DrawerEntry | null = null;
/** A step of ours under way: the address (and whether it is a new entry) to write once it lands. */
let ours: { address: string; push: boolean; reopen: boolean; shown: unknown[] } | { undo: true } | null = null;

/** What the page shows that a history entry says (selection and view): a step of ours is undone if it changed. */
const shownNow = (): unknown[] => {
  const { selection, view, dataset } = useAtlas.getState();
  return [selection, view, dataset];
};
/** The page's address before the step under way (Navigation API's `navigate`), null when unknown. */
let left: string | null = null;

/** Puts the drawer's copy of the page's entry on top of the history. */
function pushCopy(): void {
  window.history.pushState(window.history.state, '', currentAddress());
  entry = { length: window.history.length };
}

/**
 * A step Back or Forward (see `useDrawerBack`): the drawer's guard of the history's steps (url/history-steps.ts,
 * the first to see each step), 'hold' for a step that is the drawer's own (the page's listeners do not read it).
 */
function onPop(): StepVerdict {
  if (ours) {
    const step = ours;
    ours = null;
    if ('undo' in step) return 'hold';
    // the page changed while the step was under way (a second Escape closed the card in the same instant): its
    // entry, written meanwhile, was left by the step; stepping forward again to it keeps address and page as one
    if (shownNow().some((v, i) => v !== step.shown[i])) {
      ours = { undo: true };
      window.history.go(1);
      return 'hold';
    }
    const { address, push, reopen } = step;
    if (push) window.history.pushState(null, '', address);
    else if (currentAddress() !== address) window.history.replaceState(window.history.state, '', address);
    // the drawer still open: its copy goes on top again
    if (reopen && useAtlas.getState().drawerOpen) pushCopy();
    return 'hold';
  }
  const was = entry;
  entry = null;
  const address = left;
  left = null;
  if (!was || !useAtlas.getState().drawerOpen) return 'go';
  useAtlas.getState().setDrawerOpen(false);
  // nothing pushed above the drawer's copy: this step only took it off (the page stays as it is)
  if (window.history.length === was.length && address !== null) {
    if (currentAddress() !== address) window.history.replaceState(window.history.state, '', address);
    return 'hold';
  }
  return 'go';
}

if (typeof window !== 'undefined') {
  guardHistorySteps('drawer', onPop);
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigate', (e) => {
    if ((e as Event & { navigationType?: string }).navigationType === 'traverse') left = currentAddress();
  });
}

/** Takes the drawer's copy `was` off: a step back over it and the `above` entries above it (0 or 1), `reopen` it then. */
function takeOff(was: DrawerEntry, reopen: boolean): void {
  // an entry queued by UrlController (an author or the view chosen in the drawer) is written now, above the copy
  flushHistory();
  const above = window.history.length - was.length;
  if (above !== 0 && above !== 1) return;
  if (reopen && above === 0) {
    entry = was;
    return;
  }
  ours = { address: currentAddress(), push: above === 1, reopen, shown: shownNow() };
  window.history.go(-(above + 1));
}

/**
 * Back closes the filters drawer (narrow screens) before it steps through the page's history, as Android users
 * expect (a tester: Back went to the entry behind the drawer, re-selecting the author before, and the drawer
 * stayed open). Opening the drawer on a narrow screen pushes a copy of the page's entry; then
 * - Back with the drawer open lands on the entry below, which says the page as it was when the drawer opened: the
 *   step is the drawer's (the page's other `popstate` listeners do not read it: `onPop` above) and the entry gets
 *   the address the page had, read in the Navigation API's `navigate` event (a setting or the co-author chain
 *   changed in the drawer stays). Without that API the step is read by the page as any step is (the drawer
 *   closes too; what was changed in the drawer and is not kept in the store, the chain, goes back).
 * - The drawer closed otherwise (its button, the scrim, Escape, a community chosen in it) takes the copy off: a
 *   step back over it (and over the one entry a choice pushed above it, which is pushed again), not read by the
 *   page, and the address the page had put back, so no step of Back is left that changes nothing. An author or the
 *   view chosen with the drawer left open moves the copy above the choice's entry the same way.
 * Returns nothing; throws nothing. A hook: App mounts it once.
 */
export function useDrawerBack(): void {
  useEffect(
    () =>
      useAtlas.subscribe((state, prev) => {
        // an author, a community or the view chosen with the drawer open pushes an entry above the drawer's copy
        // (UrlController, subscribed before): the copy moves above it (Back then closes the drawer, the next Back
        // undoes the choice, and no step between changes nothing)
        if (state.drawerOpen && prev.drawerOpen && entry && !ours && (state.selection !== prev.selection || state.view !== prev.view)) {
          const was = entry;
          entry = null;
          takeOff(was, true);
          return;
        }
        if (state.drawerOpen === prev.drawerOpen) return;
        if (state.drawerOpen) {
          if (entry || ours || !isNarrow()) return;
          flushHistory();
          pushCopy();
          return;
        }
        const was = entry;
        entry = null;
        if (was && !ours) takeOff(was, false);
      }),
    [],
  );
}
