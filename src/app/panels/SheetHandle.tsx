/**
 * The bottom sheet's handle (narrow screens: the details card is a sheet across the map's foot, styles/sheet.css):
 * the sheet is dragged by it between three heights, a peek (the card's head and first lines, most of the map in
 * view), half the screen (as a card opens) and the whole screen under the top bar (a long card read at length; its
 * body scrolls at every height). A tap, Enter or Space steps to the next height (peek → half → full → peek); ↑ and
 * ↓ step up and down. The height is the root's `data-sheet` (the stylesheet owns each height, as `--sheet-h`), the
 * drag's own height an inline `--sheet-h` while the finger is down; the sheet slides to a height the handle gives
 * (the root's `sheet-sliding` while it does) unless the system asks for reduced motion. A card closed and opened again starts at half. Once the sheet has a new height,
 * the map left above it is framed for as a resized canvas is (CameraController.tsx `useFramingOnResize`: the card's
 * framing made again there, a user's camera dragged the least that keeps the selected author above the sheet, a
 * link's place framed again there).
 * Shown only where the card is a bottom sheet (not beside a landscape phone's map, not on a desktop).
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type TouchEvent } from 'react';
import { isNarrow } from '../narrow';
import { FREE_PART_CHANGED, FREE_PART_CHANGING } from '../controllers/resize-settle';

/** The sheet's heights, lowest first (styles/sheet.css: `:root[data-sheet]`). */
export const SHEET_SIZES = ['peek', 'half', 'full'] as const;
/** One of the sheet's heights. */
export type SheetSize = (typeof SHEET_SIZES)[number];

/** What each height is called in the handle's label. */
const SIZE_WORDS: Record<SheetSize, string> = { peek: 'a peek', half: 'half the screen', full: 'the whole screen' };

/** How far (CSS px) a finger moves before a press on the handle is a drag, not a tap. */
const DRAG_SLOP = 6;
/** A click this soon (ms) after a press on the handle ended is that press's own (already taken at its pointerup). */
const CLICK_AFTER_PRESS_MS = 600;

/** The height after `size` a tap on the handle gives (the next one up, the lowest after the highest). */
export function nextSheetSize(size: SheetSize): SheetSize {
  return SHEET_SIZES[(SHEET_SIZES.indexOf(size) + 1) % SHEET_SIZES.length]!;
}

/**
 * Of `heights` (CSS px of each size, as laid out), the size nearest to `height` (px), the drag's end. Pure; throws
 * nothing.
 */
export function nearestSheetSize(height: number, heights: Record<SheetSize, number>): SheetSize {
  let best: SheetSize = 'half';
  for (const size of SHEET_SIZES) if (Math.abs(heights[size] - height) < Math.abs(heights[best] - height)) best = size;
  return best;
}

/** The height of `sheet` (the `.details` box) at each size, laid out with no slide (the drag's class is on). */
function measureSizes(sheet: HTMLElement): Record<SheetSize, number> {
  const root = document.documentElement;
  const was = root.dataset.sheet;
  const out = {} as Record<SheetSize, number>;
  for (const size of SHEET_SIZES) {
    root.dataset.sheet = size;
    out[size] = sheet.getBoundingClientRect().height;
  }
  if (was === undefined) delete root.dataset.sheet;
  else root.dataset.sheet = was;
  return out;
}

/** The event `lowerSheet` sends the mounted handle (its height is its own state). */
const LOWER_EVENT = 'atlas-sheet-lower';

/**
 * The bottom sheet lowered to its peek at once (no slide), if a handle is mounted and the sheet is higher: the ego
 * view entered from the card (EgoSection.tsx) is a picture to be seen, and the camera frames the network in the map
 * the sheet leaves as the view opens (a sheet left at the whole screen hid the network, and it was framed in the
 * top third). The root's `data-sheet` is set here, before the framing reads the sheet's box; the handle follows.
 * Where the card is no bottom sheet the stylesheet ignores `data-sheet`. Throws nothing.
 */
export function lowerSheet(): void {
  const root = document.documentElement;
  if (!isNarrow() || root.dataset.sheet === undefined || root.dataset.sheet === 'peek') return;
  root.classList.remove('sheet-sliding');
  root.dataset.sheet = 'peek';
  window.dispatchEvent(new Event(LOWER_EVENT));
}

/** Says the sheet's height starts to change: the part of the map it leaves is about to change (CameraController). */
const freePartChanging = () => window.dispatchEvent(new Event(FREE_PART_CHANGING));

/**
 * The handle, a button over the sheet's top edge (Details.tsx mounts it with the card; hidden by the stylesheet
 * where the card is no bottom sheet). Takes no props; the height lives on the root element while it is mounted and
 * goes with it (the card closed). Throws nothing.
 */
export function SheetHandle() {
  const [size, setSize] = useState<SheetSize>('half');
  const button = useRef<HTMLButtonElement>(null);
  const drag = useRef<{ pointer: number; y: number; height: number; moved: boolean } | null>(null);
  /**
   * When a press on the handle last ended without a drag (a tap, taken at its pointerup), or a drag ended: the click
   * that follows it (the same gesture's) changes nothing more. A tap is taken at its pointerup, not its click:
   * Chromium sends no click for a tap just after a swipe in the card (the swipe's fling), and the tap went unheeded.
   */
  const pressEnded = useRef(-Infinity);
  /** How many times the handle changed the height (a drag let go at the height it had counts too). */
  const [changes, setChanges] = useState(0);
  /** The sheet slides to `next` (the stylesheet's `sheet-sliding`: only the handle's changes slide, not the ego view's
   * own height, whose framing reads the sheet's box at once). */
  const change = (next: SheetSize) => {
    freePartChanging();
    document.documentElement.classList.add('sheet-sliding');
    setSize(next);
    setChanges((n) => n + 1);
  };

  // the root says the size; the card closed (unmounted): back to the stylesheet's own height
  useEffect(() => {
    document.documentElement.dataset.sheet = size;
  }, [size]);
  useEffect(
    () => () => {
      delete document.documentElement.dataset.sheet;
      document.documentElement.style.removeProperty('--sheet-h');
      document.documentElement.classList.remove('sheet-dragging', 'sheet-sliding');
    },
    [],
  );

  // lowered from outside (`lowerSheet`: the root says so already)
  useEffect(() => {
    // (no settling after it: the ego view's own framing is the camera's move, not the selection kept in view)
    const lower = () => {
      setSize('peek');
      setChanges(0);
    };
    window.addEventListener(LOWER_EVENT, lower);
    return () => window.removeEventListener(LOWER_EVENT, lower);
  }, []);

  // once the sheet has slid to its new height (or at once, with no slide), the selection kept in view
  useEffect(() => {
    if (changes === 0) return;
    const sheet = button.current?.parentElement;
    if (!sheet) return;
    let done = false;
    const settle = () => {
      if (done) return;
      done = true;
      document.documentElement.classList.remove('sheet-sliding');
      // the map above the sheet framed for as a resized canvas is (CameraController.tsx `useFramingOnResize`)
      window.dispatchEvent(new Event(FREE_PART_CHANGED));
    };
    const seconds = parseFloat(getComputedStyle(sheet).transitionDuration) || 0;
    const onEnd = (e: TransitionEvent) => e.target === sheet && e.propertyName === 'height' && settle();
    sheet.addEventListener('transitionend', onEnd);
    // (no transitionend when the height did not change, or with no slide: a frame, or the slide's length, then)
    const timer = seconds > 0 ? setTimeout(settle, seconds * 1000 + 100) : undefined;
    const frame = seconds > 0 ? 0 : requestAnimationFrame(settle);
    return () => {
      done = true;
      sheet.removeEventListener('transitionend', onEnd);
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [changes, size]);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0 || !e.isPrimary) return;
    const sheet = e.currentTarget.parentElement;
    if (!sheet) return;
    drag.current = { pointer: e.pointerId, y: e.clientY, height: sheet.getBoundingClientRect().height, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const dy = d.y - e.clientY;
    if (!d.moved && Math.abs(dy) < DRAG_SLOP) return;
    if (!d.moved) freePartChanging();
    d.moved = true;
    const root = document.documentElement;
    root.classList.add('sheet-dragging');
    // between the handle's own height and the window's
    const height = Math.min(window.innerHeight, Math.max(48, d.height + dy));
    root.style.setProperty('--sheet-h', `${Math.round(height)}px`);
  };
  const endDrag = (e: PointerEvent<HTMLButtonElement>, cancelled: boolean) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    if (!cancelled) pressEnded.current = e.timeStamp;
    if (!d.moved) {
      if (!cancelled) change(nextSheetSize(size));
      return;
    }
    const root = document.documentElement;
    const sheet = e.currentTarget.parentElement!;
    const height = sheet.getBoundingClientRect().height;
    root.style.removeProperty('--sheet-h');
    const nearest = cancelled ? size : nearestSheetSize(height, measureSizes(sheet));
    // the slide from where the finger let go to the size's height: the drag's height laid out with no slide first
    root.style.setProperty('--sheet-h', `${Math.round(height)}px`);
    sheet.getBoundingClientRect();
    root.classList.remove('sheet-dragging');
    root.classList.add('sheet-sliding');
    sheet.getBoundingClientRect();
    root.style.removeProperty('--sheet-h');
    root.dataset.sheet = nearest;
    change(nearest);
  };
  // A finger's press the handle took (a tap or a drag, at its pointerup) gives no click: the click a tap makes is
  // aimed where the finger was once the page has handled the tap, and by then the sheet may have moved from under it
  // (at once under reduced motion, after a slide on a slow phone): a tap from the whole screen to a peek clicked the
  // map above the lowered sheet, which opened a cluster's card in place of the author's. Cancelling the touch's
  // end cancels that click (touch events come after the pointer events).
  const onTouchEnd = (e: TouchEvent<HTMLButtonElement>) => {
    if (e.cancelable && e.timeStamp - pressEnded.current < CLICK_AFTER_PRESS_MS) e.preventDefault();
  };
  // Enter, Space, or a click with no press before it (a screen reader's activation)
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    const ended = pressEnded.current;
    pressEnded.current = -Infinity;
    if (e.timeStamp - ended < CLICK_AFTER_PRESS_MS) return;
    change(nextSheetSize(size));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const at = SHEET_SIZES.indexOf(size) + step;
    if (at >= 0 && at < SHEET_SIZES.length) change(SHEET_SIZES[at]!);
  };

  const next = nextSheetSize(size);
  return (
    <button
      ref={button}
      type="button"
      className="sheet-handle"
      data-testid="sheet-handle"
      data-size={size}
      aria-label={`Card height: ${SIZE_WORDS[size]}. Change to ${SIZE_WORDS[next]}`}
      aria-keyshortcuts="ArrowUp ArrowDown"
      title="Drag, or tap, to change the card's height"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(e) => endDrag(e, false)}
      onPointerCancel={(e) => endDrag(e, true)}
      onTouchEnd={onTouchEnd}
      onClick={onClick}
      onKeyDown={onKeyDown}
    />
  );
}
