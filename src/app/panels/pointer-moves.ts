/**
 * Whether a pointer event over a panel's row comes from the user moving the pointer, not from the panel moving
 * under a resting one. A card's list re-rendered (a new card after a click on a co-author, a restored scroll, a
 * longer list) puts another row under the unmoved mouse, and the browser tells that row it is entered (Chromium
 * sends the boundary events, `mouseenter`/`pointerover`, after a layout change): its author was hovered and
 * emphasised on the map over the card's own author (a tester: Graham Neubig's card, a click on Antonios
 * Anastasopoulos, and Neubig came up bold on the map in the row under the pointer, Anastasopoulos's own name faded
 * behind Neubig's disc, until the mouse moved). A row's hover starts on a pointer move whose page position changed;
 * the same rule as the map's for a camera move of the app's own (graph/camera-moves.ts, EventsController).
 */

/** The page positions (CSS px) of the last two pointer moves of a mouse or pen seen by the window, newest last. */
let previous: { x: number; y: number } | null = null;
let latest: { x: number; y: number } | null = null;

// (in a browser; a Node test that imports the panels may give `window` no listeners)
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  // capture on the window: runs before any element's (and React's root) listener for the same event, so while a
  // row's handler runs, `latest` is this event's position and `previous` the one before it
  window.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      previous = latest;
      latest = { x: e.clientX, y: e.clientY };
    },
    { capture: true, passive: true },
  );
  // the pointer left the page: back in it, even at the pixel it left from, it has moved
  window.addEventListener('pointerout', (e) => {
    if (e.relatedTarget === null) previous = latest = null;
  });
}

/**
 * Whether `e`, a `pointermove` event being dispatched, moved a mouse or pen: its page position (`clientX`,
 * `clientY`, CSS px) differs from the pointer's move before it (or there was none since the pointer came into the
 * page). A finger's move is never one (a touch hovers nothing in the panels). Throws nothing.
 */
export function pointerMoved(e: { pointerType: string; clientX: number; clientY: number }): boolean {
  if (e.pointerType === 'touch') return false;
  return previous === null || previous.x !== e.clientX || previous.y !== e.clientY;
}
