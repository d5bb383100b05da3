/**
 * Giving the focus back when a panel, card or drawer closes: to the control that opened it (the "Rankings of
 * authors" button, "Review names", the ☰ button), so a keyboard user goes on from there instead of from the
 * page's top (the focus was left on the page's body, a tester).
 */

/** Whether the focus is on nothing in particular (the page's body, or no element): closing may then move it. */
export function focusIsLost(): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body || focused === document.documentElement;
}

/**
 * Focuses the first of `candidates` that takes the focus (in the page, drawn, not disabled or inert: tried with
 * `focus()` and checked by `document.activeElement`); null candidates and the page's body are skipped. Returns the element focused,
 * or null when none took it. Throws nothing.
 */
export function focusFirstOf(...candidates: (Element | null | undefined)[]): HTMLElement | null {
  for (const el of candidates) {
    if (!(el instanceof HTMLElement) || !el.isConnected || el === document.body) continue;
    el.focus();
    if (document.activeElement === el) return el;
  }
  return null;
}
