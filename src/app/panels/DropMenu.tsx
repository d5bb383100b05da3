/**
 * A button that drops a menu under it (the top bar's Export and the dataset switcher): one markup for both, the
 * button's `aria-haspopup`/`aria-expanded`/`aria-controls`, and closing on a pointer down outside or Escape
 * (`useDismiss`). Open state is the caller's, so choosing an entry can close it. Styles: `styles/menu.css`
 * (`.drop-menu`, the popover `.menu`, aligned to the button's start or end edge).
 */
import { useCallback, useId, useRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { useDismiss } from '../hooks/use-dismiss';

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
  children: ReactNode;
}

export function DropMenu({ open, onOpenChange, className, label, buttonProps, role, menuLabel, menuClassName, menuTestId, align, children }: DropMenuProps) {
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const close = useCallback(() => onOpenChange(false), [onOpenChange]);
  useDismiss(open, root, close);
  return (
    <div className={`drop-menu ${className}`} ref={root}>
      <button type="button" {...buttonProps} aria-haspopup={role === 'menu' ? 'menu' : 'true'} aria-expanded={open} aria-controls={menuId} onClick={() => onOpenChange(!open)}>
        {label}
      </button>
      {open && (
        <div className={`menu align-${align} ${menuClassName}`} id={menuId} role={role} aria-label={menuLabel} data-testid={menuTestId}>
          {children}
        </div>
      )}
    </div>
  );
}
