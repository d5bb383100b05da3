/**
 * A button that drops a menu under it (the top bar's Export and the dataset switcher): one markup for both, the
 * button's `aria-haspopup`/`aria-expanded`/`aria-controls`, and closing on a pointer down outside or Escape
 * (`useDismiss`). Open state is the caller's, so choosing an entry can close it. Styles: `styles/menu.css`
 * (`.drop-menu`, the popover `.menu`, aligned to the button's start or end edge).
 *
 * Keyboard (WAI-ARIA APG, menu button): a `menu` opened from the keyboard (Enter, Space, ArrowDown; ArrowUp for
 * the last) puts the focus on its first (last) item; ArrowDown/ArrowUp (wrapping), Home and End move between
 * its `menuitem`s. Escape closes either kind and gives the focus back to the button (it was left on the page's
 * body, a tester), as does closing while the focus is inside (an entry that closes the menu); with
 * `holdEscapeAfterChoice` (Export) the next Escape on the button after an entry closed the menu does nothing.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, type ButtonHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { useDismiss, type DismissReason } from '../hooks/use-dismiss';
import { focusIsLost } from '../focus-back';
import { EscapeLevel, openEscapeLayer } from '../escape-layers';

interface DropMenuProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Extra class of the wrapper (the menu's own rules hang on it). */
  className: string;
  /** The button's content. */
  label: ReactNode;
  /** Passed to the button as they are (class, title, data-testid...). */
  buttonProps?: ButtonHTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, string>;
  /** `menu` when the entries are actions (menuitems), `group` when they are a list with their own buttons. */
  role: 'menu' | 'group';
  /** The menu's accessible name. */
  menuLabel: string;
  menuClassName: string;
  menuTestId: string;
  /** Which edge of the button the menu lines up with. */
  align: 'start' | 'end';
  /**
   * An entry chosen closes the menu and leaves the page as it was (Export: a file downloaded, the view and card
   * still open): the next Escape pressed on the button is taken as meant for the menu and does nothing (see
   * `sinkEscape` below). Off (the dataset switcher: a map opened): Escape after a choice does what it does on the page.
   */
  holdEscapeAfterChoice?: boolean;
  children: ReactNode;
}

export function DropMenu({ open, onOpenChange, className, label, buttonProps, role, menuLabel, menuClassName, menuTestId, align, holdEscapeAfterChoice = false, children }: DropMenuProps) {
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  // the item to focus once the menu is drawn (opened from the keyboard), or none
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  // how the menu was last dismissed by the user (Escape, a click outside, the focus leaving), or null: closed by its
  // caller (an entry chosen)
  const dismissedBy = useRef<DismissReason | null>(null);
  const close = useCallback(
    (why: DismissReason) => {
      dismissedBy.current = why;
      const focused = document.activeElement;
      const inside = focused === null || focused === document.body || (root.current?.contains(focused) ?? false);
      onOpenChange(false);
      // Escape, or the focus inside (a press on the menu's own text leaves it there): back to the button
      if (why === 'escape' && inside) button.current?.focus();
    },
    [onOpenChange],
  );
  useDismiss(open, root, close);
  // A menu its caller closed (an entry chosen: Export closes itself once the file is downloaded) takes the next Escape
  // pressed on its button and does nothing with it: that press was meant for the menu the user saw open a moment
  // before (a tester, in "only their network": the Escape then left the view, and the next exports held the whole
  // map). Armed until that Escape, or until the focus is elsewhere when one comes (then it declines: escape-layers.ts).
  // Only with `holdEscapeAfterChoice`: a choice that changes what the page shows (the dataset switcher opening a map)
  // is seen done, and the Escape after it is the page's (it did nothing after a map switch, a tester).
  const unsink = useRef<(() => void) | null>(null);
  const sinkEscape = () => {
    unsink.current?.();
    const off = openEscapeLayer(EscapeLevel.menu, () => {
      off();
      unsink.current = null;
      return document.activeElement === button.current;
    });
    unsink.current = off;
  };
  useEffect(() => () => unsink.current?.(), []);
  useEffect(() => {
    if (open) {
      unsink.current?.();
      unsink.current = null;
    }
  }, [open]);
  // closed by the caller (an entry chosen) while the focus was in the menu: the menu's removal would leave it on
  // the page's body
  const wasOpen = useRef(open);
  useEffect(() => {
    // (a frame later: closed by the focus leaving, the focus is on nothing until it lands on the next control; and
    // not when it left the page, Shift+Tab from the first control)
    if (wasOpen.current && !open) {
      requestAnimationFrame(() => {
        if (focusIsLost() && document.hasFocus()) button.current?.focus();
      });
      if (dismissedBy.current === null && holdEscapeAfterChoice) sinkEscape();
      dismissedBy.current = null;
    }
    wasOpen.current = open;
    if (!open || !focusOnOpen.current) return;
    const items = menuItems(menu.current);
    (focusOnOpen.current === 'first' ? items[0] : items.at(-1))?.focus();
    focusOnOpen.current = null;
  }, [open]);
  useMenuRoom(open, menu);
  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (role !== 'menu') return;
    const which = e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown' ? 'first' : e.key === 'ArrowUp' ? 'last' : null;
    if (!which) return;
    e.preventDefault();
    if (open) {
      const items = menuItems(menu.current);
      (which === 'first' ? items[0] : items.at(-1))?.focus();
      return;
    }
    focusOnOpen.current = which;
    onOpenChange(true);
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (role !== 'menu') return;
    const items = menuItems(menu.current);
    if (items.length === 0) return;
    const at = items.indexOf(document.activeElement as HTMLElement);
    let next: number;
    if (e.key === 'ArrowDown') next = at < 0 ? 0 : (at + 1) % items.length;
    else if (e.key === 'ArrowUp') next = at < 0 ? items.length - 1 : (at - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else return;
    e.preventDefault();
    items[next]!.focus();
  };
  return (
    <div className={`drop-menu ${className}`} ref={root}>
      <button
        type="button"
        {...buttonProps}
        ref={button}
        aria-haspopup={role === 'menu' ? 'menu' : 'true'}
        aria-expanded={open}
        aria-controls={menuId}
        onKeyDown={onButtonKey}
        onClick={() => onOpenChange(!open)}
      >
        {label}
      </button>
      {open && (
        <div className={`menu align-${align} ${menuClassName}`} id={menuId} role={role} aria-label={menuLabel} data-testid={menuTestId} ref={menu} onKeyDown={onMenuKey}>
          {children}
        </div>
      )}
    </div>
  );
}

/** The `menuitem`s of the menu `menu` (none when it is not drawn), in the page's order. Throws nothing. */
function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
}

/**
 * Keeps `--menu-top` on the open menu `menu`: its top edge in CSS pixels from the window's top (getBoundingClientRect),
 * measured before it is painted and again when the window is resized, so that styles/menu.css caps its height by
 * the room below it rather than by a fixed height. Throws nothing.
 */
function useMenuRoom(open: boolean, menu: React.RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const el = menu.current;
    if (!open || !el) return;
    const measure = () => el.style.setProperty('--menu-top', `${Math.max(0, Math.round(el.getBoundingClientRect().top))}px`);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [open, menu]);
}
