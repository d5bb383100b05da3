/**
 * Scrolling one element of a card into view by its own scrolling box only. `Element.scrollIntoView` scrolls every
 * ancestor that can scroll, `overflow: hidden` ones too: a tester's review link at a pair (`review=27.2`) scrolled
 * the whole app up 1 px, the header's top edge cut off.
 */

/** The nearest ancestor of `el` (not `el` itself) that scrolls its content vertically, else null. */
export function scrollingBoxOf(el: Element): HTMLElement | null {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return at;
  }
  return null;
}

/**
 * Scrolls `el`'s nearest scrolling box (`scrollingBoxOf`) so that `el`'s top edge is at the box's top edge (or as
 * near as the box scrolls), in CSS pixels; no other element scrolls. Does nothing when `el` has no such box. Throws nothing.
 */
export function scrollToStartWithin(el: Element): void {
  const box = scrollingBoxOf(el);
  if (!box) return;
  const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop;
  box.scrollTop += offset;
}
