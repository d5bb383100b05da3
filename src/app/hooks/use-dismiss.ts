/**
 * Close a menu or popover when the pointer goes down outside it, keyboard focus moves out of it (Tab,
 * Shift+Tab, `/` to the search) or Escape is pressed while it is the topmost Escape layer (escape-layers.ts: a
 * menu lies over the page, so the same Escape does not also close the author card). `close` is told why (`'escape'`, `'outside'`: a
 * pointer down or focus elsewhere), so a menu closed by Escape can give the focus back to its button. A file
 * dragged onto the page closes it too (`'outside'`): the Export menu stayed open under the drop overlay (a tester).
 */
import { useEffect, type RefObject } from 'react';
import { EscapeLevel, openEscapeLayer } from '../escape-layers';

export type DismissReason = 'escape' | 'outside';

export function useDismiss(open: boolean, root: RefObject<HTMLElement | null>, close: (why: DismissReason) => void): void {
  useEffect(() => {
    if (!open) return;
    const el = root.current;
    // a press inside (on the menu's heading, say) may leave focus on nothing: that is not leaving
    let pressedInside = false;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) close('outside');
      else pressedInside = true;
    };
    const onUp = () => setTimeout(() => (pressedInside = false), 0);
    // focus going to another element outside, or out of the page (Shift+Tab from the first control)
    const onFocusOut = (e: FocusEvent) => {
      const next = e.relatedTarget as Node | null;
      if (next) {
        if (root.current && !root.current.contains(next)) close('outside');
        return;
      }
      // focus to nothing: out of the page, or the focused control was removed (a confirmed removal in the
      // dataset menu); a removal is over by the next task, and then the menu stays open
      const from = e.target as Node;
      setTimeout(() => {
        if (from.isConnected && !pressedInside) close('outside');
      }, 0);
    };
    // a drag entering the page (a file to import: the page's drop layer takes it, ImportLayer.tsx)
    const onDrag = () => close('outside');
    const offEscape = openEscapeLayer(EscapeLevel.menu, () => close('escape'));
    document.addEventListener('dragenter', onDrag);
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('pointerup', onUp);
    el?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('dragenter', onDrag);
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('pointerup', onUp);
      offEscape();
      el?.removeEventListener('focusout', onFocusOut);
    };
  }, [open, root, close]);
}
