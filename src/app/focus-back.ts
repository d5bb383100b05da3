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

/** The element `focusFirstOf` is focusing at this moment (its focus event is being dispatched), else null. */
let givingBack: Element | null = null;

/**
 * Whether `el`'s focus now is one given back by `focusFirstOf` (a panel or card closed), not the user's Tab or
 * click: read in a focus handler, which runs inside `focus()`. A search field given the focus back opens no result
 * list over the map (it popped open with the text left in it, and a click on the map then landed on a result).
 * Throws nothing.
 */
export function isFocusGivenBack(el: Element): boolean {
  return givingBack === el;
}

/**
 * Focuses the first of `candidates` that takes the focus (in the page, drawn, not disabled or inert: tried with
 * `focus()` and checked by `document.activeElement`); null candidates and the page's body are skipped. Returns the element focused,
 * or null when none took it. Throws nothing.
 */
export function focusFirstOf(...candidates: (Element | null | undefined)[]): HTMLElement | null {
  for (const el of candidates) {
    if (!(el instanceof HTMLElement) || !el.isConnected || el === document.body) continue;
    givingBack = el;
    try {
      el.focus();
    } finally {
      givingBack = null;
    }
    if (document.activeElement === el) return el;
  }
  return null;
}

/**
 * Puts the focus on the open card's heading (`.details h2`, made focusable with tabIndex -1), without scrolling
 * the page or the card (`preventScroll`): where a card opened by the search or by a link inside a card is read
 * from. Returns whether the heading took it (false when no card is drawn). Throws nothing.
 */
export function focusCardHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('.details h2');
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/** The selection whose card's heading is to take the focus once drawn (see `wantCardHeading`), else null. */
let headingWanted: object | null = null;

/**
 * Asks that the card of `selection` (the store's object, as `select` left it) take the focus on its heading once
 * drawn (Details.tsx): for a control outside the card that opens it ("Review names" in the side panel: the focus
 * stayed there, about 17 Tabs from the list, a keyboard tester), as a search pick or a link inside a card does.
 * Throws nothing.
 */
export function wantCardHeading(selection: object | null): void {
  headingWanted = selection;
}

/** Whether `selection`'s heading was asked for (`wantCardHeading`); the ask is used up. Throws nothing. */
export function takeCardHeadingWanted(selection: object): boolean {
  if (headingWanted !== selection) return false;
  headingWanted = null;
  return true;
}
