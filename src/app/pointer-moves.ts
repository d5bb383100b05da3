/**
 * Where the mouse (or pen) is and whether the user has moved it since some moment: the one owner of the rule "a
 * hover starts when the user brings the pointer onto something, not when the app brings something under a resting
 * pointer". The map (controllers/EventsController) and the panels' author rows (panels/links.tsx `AuthorLink`)
 * both ask here.
 *
 * Why: the browser tells an element under a resting mouse that the pointer is over it whenever the page changes
 * under it (Chromium sends the boundary events, `pointerover`/`pointerenter`, after a scroll or a layout change,
 * with the pointer's unchanged position), and Sigma's own move events come at the resting place too. Taken as a
 * hover, that hid what the user had just asked for:
 * - the map: a click's flight came to rest with another author's disc under the unmoved mouse, and that author's
 *   hover replaced the selection's emphasis (the 30k map, a tester's first click): the app's camera moves
 *   (graph/camera-moves.ts) are followed by the map only once the user moved the pointer since (`movedSince`);
 * - a card's rows: a click on a co-author opened their card, whose list put another row under the unmoved mouse,
 *   and that row's author came up bold on the map over the card's own (Graham Neubig's card, a click on Antonios
 *   Anastasopoulos): a row is hovered only for a pointer event the user made (`byUser`).
 *
 * What counts as the user's: a move of a mouse or pen whose page position changed (the pointer coming back into
 * the page counts, even at the pixel it left from); the wheel, and the scroll it makes: a row the user's own wheel
 * scroll brings under the pointer is hovered, as the browser's `:hover` shows it (the map's wheel zoom hovered what
 * it brought under the pointer, a card's wheel scroll did not until the mouse moved). A scroll or re-render of the
 * app's (a new card, a restored scroll) is not the user's. A finger is never: a touch hovers nothing in the panels,
 * and the map hovers a finger only at its press (EventsController).
 *
 * Method: listeners on the window in the capture phase (they run before any element's and React's root listener
 * for the same event, so while an element's handler runs, this event is already counted).
 */

/** How long (ms) after a wheel turn, or after a scroll that followed one within this time, the page's boundary events are the wheel's scroll's. */
export const WHEEL_SCROLL_MS = 500;

/** A moment of the pointer's history (`pointerMark`), to ask later whether the user has moved the pointer since (`movedSince`). */
export type PointerMark = number;

/** The least of a pointer event this module reads. */
export interface PointerEventLike {
  readonly type: string;
  readonly pointerType: string;
  readonly clientX: number;
  readonly clientY: number;
}

/** The pointer's history as kept from one event target's events (`trackPointer`). */
export interface PointerHistory {
  /** Now, as a mark for `movedSince`. Throws nothing. */
  mark(): PointerMark;
  /** Whether the user moved the mouse or pen (its page position changed, or it came back into the page) or turned the wheel since `mark`. Throws nothing. */
  movedSince(mark: PointerMark): boolean;
  /**
   * Whether `e`, a pointer event being dispatched (`pointermove`, `pointerover`: the DOM's event, a React
   * handler's `nativeEvent`), is the user's doing: it moved a mouse or pen to a new page position (the
   * `pointermove` that follows such a `pointerover` at the same position is part of the same move), or it comes
   * while the user's wheel scrolls the page (`WHEEL_SCROLL_MS`). A finger's is never. Throws nothing.
   */
  byUser(e: PointerEventLike): boolean;
  /** Stops listening. */
  stop(): void;
}

/**
 * Keep the pointer's history from the events `target` (the window) receives: `pointermove` and `pointerover` of a
 * mouse or pen, `pointerout` to outside the page (`relatedTarget` null), `wheel` and `scroll`, all listened to in the
 * capture phase. `now` gives the time in ms (`performance.now`). The app has one, on the window (the module's
 * `pointerMark`, `movedSince`, `byUser`); unit tests make their own. Throws nothing.
 */
export function trackPointer(target: EventTarget, now: () => number = () => performance.now()): PointerHistory {
  let at: { x: number; y: number } | null = null;
  // the user's moves and wheel turns so far
  let acts = 0;
  // the last event that moved the pointer to a new position
  let moving: object | null = null;
  // the last event was a `pointerover` that moved the pointer: the `pointermove` the browser sends next, at the same
  // position, is the same move of the user's (Chromium sends both for a move onto a new element: the first move
  // after entering the map or a list was taken for one at rest)
  let overMoved = false;
  // boundary events until then (`now()` ms) come from the user's wheel's scroll
  let wheelScrollUntil = -Infinity;
  const onPointer = (e: Event) => {
    const p = e as unknown as PointerEventLike;
    if (p.pointerType === 'touch') return;
    const moved = at === null || at.x !== p.clientX || at.y !== p.clientY;
    if (moved) {
      acts++;
      moving = e;
    } else if (overMoved && p.type === 'pointermove') {
      // the move that brought the pointerover: the user's, counted once
      moving = e;
    }
    overMoved = moved && p.type === 'pointerover';
    at = { x: p.clientX, y: p.clientY };
  };
  // the pointer left the page: back in it, even at the pixel it left from, it has moved
  const onOut = (e: Event) => {
    if ((e as MouseEvent).relatedTarget === null && (e as unknown as PointerEventLike).pointerType !== 'touch') {
      at = null;
      overMoved = false;
    }
  };
  const onWheel = () => {
    acts++;
    wheelScrollUntil = now() + WHEEL_SCROLL_MS;
  };
  // a scroll in the wheel's time is its scroll (a smooth scroll lasts several frames; the boundary events follow it)
  const onScroll = () => {
    const t = now();
    if (t <= wheelScrollUntil) wheelScrollUntil = t + WHEEL_SCROLL_MS;
  };
  const capture = { capture: true, passive: true } as const;
  target.addEventListener('pointermove', onPointer, capture);
  target.addEventListener('pointerover', onPointer, capture);
  target.addEventListener('pointerout', onOut, capture);
  target.addEventListener('wheel', onWheel, capture);
  target.addEventListener('scroll', onScroll, capture);
  return {
    mark: () => acts,
    movedSince: (mark) => acts > mark,
    byUser: (e) => e.pointerType !== 'touch' && (e === moving || now() <= wheelScrollUntil),
    stop: () => {
      target.removeEventListener('pointermove', onPointer, capture);
      target.removeEventListener('pointerover', onPointer, capture);
      target.removeEventListener('pointerout', onOut, capture);
      target.removeEventListener('wheel', onWheel, capture);
      target.removeEventListener('scroll', onScroll, capture);
    },
  };
}

/** The page's pointer history (in a browser; a Node test that imports the panels may give `window` no listeners: then nothing moves). */
const page: PointerHistory | null =
  typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? trackPointer(window) : null;

/** Now, as a mark of the page's pointer history for `movedSince` (see `PointerHistory.mark`). Throws nothing. */
export const pointerMark = (): PointerMark => page?.mark() ?? 0;

/** Whether the user moved the mouse or pen or turned the wheel on the page since `mark` (`PointerHistory.movedSince`). Throws nothing. */
export const movedSince = (mark: PointerMark): boolean => page?.movedSince(mark) ?? false;

/** Whether pointer event `e`, being dispatched on the page, is the user's doing (`PointerHistory.byUser`). Throws nothing. */
export const byUser = (e: PointerEventLike): boolean => page?.byUser(e) ?? false;
