/**
 * The one owner of what Escape closes: the topmost open thing, and only it. Every closable thing registers a
 * layer while it is open (`openEscapeLayer`): a modal dialog (import, new map, build report) over a menu or
 * popover over the page's panels (the drawer, the author card, Rankings; of these the last opened is on top: App.tsx
 * opens the card's layer again whenever a card opens) over the view (the ego view). One listener on the document
 * (`installEscapeOwner`, App.tsx) takes an Escape no one took before it (a text field emptying itself, a combobox
 * closing its list: they `preventDefault` in their own handlers, which run first) and gives it to the topmost
 * layer: the highest `level`, and of those the last opened. A layer may decline (its `close` returns false:
 * nothing of it is open right now) and the press goes to the next one down.
 *
 * Before this, each of them listened for Escape on its own: a dialog only saw the key when the focus was inside
 * it, so an Escape pressed while "New map" was fetching (the form's focused button gone, the focus on the page's
 * body) closed the dialog (the browser's close request) and the author card under it (the page's own listener),
 * both at once (a tester).
 */
import { useEffect, useRef } from 'react';

/** How high a layer lies: the higher closes first. */
export const EscapeLevel = {
  /** A view the page is in (the ego view): left when nothing else is open. */
  view: 0,
  /** The page's panels: the author card, the drawer, Rankings. */
  page: 1,
  /** A menu or popover (`useDismiss`). */
  menu: 2,
  /** A modal dialog (`Dialog`). */
  dialog: 3,
} as const;

/** One of `EscapeLevel`'s values. */
export type EscapeLevelValue = (typeof EscapeLevel)[keyof typeof EscapeLevel];

interface Layer {
  level: EscapeLevelValue;
  order: number;
  close: () => boolean | void;
}

const layers: Layer[] = [];
let opened = 0;
/** An Escape was just given to a layer (reset a task later): the browser's close request that follows is not a second press. */
let justHandled = false;

/**
 * Registers an open thing that Escape closes. `close` is called when it is the topmost layer at an Escape; it
 * returns false when nothing of it was open after all (the press then goes to the layer below), anything else
 * means it closed. Returns the function that takes the layer off (call it when the thing closes or unmounts).
 * Throws nothing.
 */
export function openEscapeLayer(level: EscapeLevelValue, close: () => boolean | void): () => void {
  const layer: Layer = { level, order: ++opened, close };
  layers.push(layer);
  return () => {
    const at = layers.indexOf(layer);
    if (at >= 0) layers.splice(at, 1);
  };
}

/**
 * Gives one Escape to the topmost layer that takes it (see the module comment). Returns true when a layer closed
 * (the caller then prevents the key's default). Exposed for `installEscapeOwner` and tests; throws what a layer's
 * `close` throws.
 */
export function closeTopmost(): boolean {
  const order = [...layers].sort((a, b) => b.level - a.level || b.order - a.order);
  for (const layer of order) {
    if (layer.close() !== false) {
      justHandled = true;
      setTimeout(() => (justHandled = false), 0);
      return true;
    }
  }
  return false;
}

/**
 * Whether an Escape was given to a layer in this task: a dialog's `cancel` event (the browser's close request for
 * the same key press) then closes nothing more. Throws nothing.
 */
export function escapeJustHandled(): boolean {
  return justHandled;
}

/**
 * Installs the document's one Escape listener (bubble phase, so the focused control's own handlers run first and
 * may take the key with `preventDefault`). Returns the uninstaller. Throws nothing.
 */
export function installEscapeOwner(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (closeTopmost()) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/**
 * Keeps a layer registered while `open` (see `openEscapeLayer`); `close` may change from render to render (the
 * latest is called). Throws nothing.
 */
export function useEscapeLayer(open: boolean, level: EscapeLevelValue, close: () => boolean | void): void {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => (open ? openEscapeLayer(level, () => latest.current()) : undefined), [open, level]);
}
