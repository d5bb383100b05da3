/**
 * Escape in a text field that is the field's alone (the search box, the chain's From and To fields): a first
 * Escape clears what is typed, one in an empty field lets go of the focus, and neither closes a card or leaves
 * the ego view. Escapes after that, the focus left nowhere, close the card (and the drawer) as on the page, but do
 * not leave the ego view: a tester pressing Escape twice to clear the search lost their ego view (the first emptied
 * the field, the second let go of it, and one more, now outside the field, left the ego view). A click, a focus or
 * another key anywhere ends that: Escape on the map (or the page) then leaves the ego view as before.
 */
import { useEffect, useRef } from 'react';
import { useAtlas } from '../store';

/**
 * Whether a later Escape, pressed after a field let go of the focus (and nothing but Escapes since), is to be
 * stopped before the page's handlers see it: only when it would leave the ego view, i.e. the focus is nowhere
 * (`focusedNowhere`: on the page's body or no element) and no card (`selection`) or drawer is open to close.
 * Throws nothing.
 */
export function holdLaterEscape(state: { focusedNowhere: boolean; selection: unknown; drawerOpen: boolean }): boolean {
  return state.focusedNowhere && state.selection === null && !state.drawerOpen;
}

/**
 * A field's Escape (see the module comment), for a `Combobox`'s `onEscape`: `clear` empties the field when
 * `typed` (text is in it), else the field (`input`) lets go of the focus. Returns the handler, which always
 * returns true (the key goes no further). Installs window listeners while the caller is mounted.
 */
export function useFieldEscape(): (input: HTMLInputElement, typed: boolean, clear: () => void) => true {
  /** The field let go of the focus by Escape, and nothing happened since but Escapes. */
  const letGo = useRef(false);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return void (letGo.current = false);
      if (!letGo.current || e.defaultPrevented) return;
      const focused = document.activeElement;
      const { selection, drawerOpen } = useAtlas.getState();
      // with a card or the drawer open the press closes it, as on the page; else it would leave the ego view
      if (holdLaterEscape({ focusedNowhere: focused === null || focused === document.body, selection, drawerOpen })) e.preventDefault();
    };
    const end = () => {
      letGo.current = false;
    };
    // before the page's own Escape handlers (App.tsx, the ego banner), which leave an Escape prevented alone
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('pointerdown', end, { capture: true });
    window.addEventListener('focusin', end, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('pointerdown', end, { capture: true });
      window.removeEventListener('focusin', end, { capture: true });
    };
  }, []);
  return (input, typed, clear) => {
    if (typed) clear();
    else {
      input.blur();
      letGo.current = true;
    }
    return true;
  };
}
