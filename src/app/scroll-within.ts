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
  scrollIntoViewWithin(el, 'start');
}

/**
 * `Element.scrollIntoView({ block })` done by `el`'s nearest scrolling box (`scrollingBoxOf`) alone: with 'nearest',
 * the box scrolls the least that brings `el` whole into it (its top first when it is taller than the box), nothing
 * when it is in already; with 'start', `el`'s top to the box's top. `behavior` 'smooth' animates (the box's own
 * `scrollTo`). No other element scrolls: `scrollIntoView` from the chain's note and the search's list scrolled the
 * app's `overflow: hidden` frame too, the whole page 1 px up (a tester). Does nothing when `el` has no such box.
 * Throws nothing.
 */
export function scrollIntoViewWithin(el: Element, block: 'nearest' | 'start' = 'nearest', behavior: ScrollBehavior = 'auto'): void {
  const box = scrollingBoxOf(el);
  if (!box) return;
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const top = b.top + box.clientTop;
  const bottom = top + box.clientHeight;
  let by = 0;
  if (block === 'start') by = r.top - top;
  else if (r.top < top || r.height > box.clientHeight) by = r.top - top;
  else if (r.bottom > bottom) by = r.bottom - bottom;
  if (by === 0) return;
  if (behavior === 'smooth' && typeof box.scrollTo === 'function') box.scrollTo({ top: box.scrollTop + by, behavior });
  else box.scrollTop += by;
}

/** What ends `keepAtStartWithin` early: the user's own hand on the page (a wheel, a touch, a press, a key). */
const USER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Scrolls `el` to the start of its scrolling box (`scrollToStartWithin`) now, and again each time the box or one of
 * its children changes size (a `ResizeObserver`), until the user acts on the page (wheel, touch, pointer press or key,
 * anywhere: the place is theirs then), `el` leaves the page, `ms` milliseconds pass or the returned function is called.
 * Why: a box whose content is laid out after the scroll moves `el` away. The review list's cards out of sight are
 * drawn at a stand-in height (`content-visibility: auto`, whoiswho.css) and take their own as they come into view: a
 * name near the list's end, scrolled as far as the list went, fell 1 px under its bottom edge when the card above it
 * grew by 58 px (Back to the list, a link at the name). Scroll anchoring does not help there: the card that grows is
 * the one the browser anchors to, and its top stays put. Returns a function that stops keeping it (idempotent). Throws nothing.
 */
export function keepAtStartWithin(el: Element, ms = 5000): () => void {
  const box = scrollingBoxOf(el);
  scrollToStartWithin(el);
  if (!box || typeof ResizeObserver === 'undefined') return () => {};
  let done = false;
  const again = () => {
    if (done) return;
    if (!el.isConnected) stop();
    else scrollToStartWithin(el);
  };
  const sizes = new ResizeObserver(again);
  const watch = () => {
    sizes.observe(box);
    for (const child of box.children) sizes.observe(child);
  };
  // (a section added to the box later moves what is under it too)
  const added = new MutationObserver(watch);
  const timer = setTimeout(() => stop(), ms);
  function stop(): void {
    if (done) return;
    done = true;
    sizes.disconnect();
    added.disconnect();
    clearTimeout(timer);
    for (const type of USER_INPUT) window.removeEventListener(type, stop, true);
  }
  watch();
  added.observe(box, { childList: true });
  for (const type of USER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
