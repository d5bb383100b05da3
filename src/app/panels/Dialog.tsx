/**
 * A modal dialog on the native <dialog> (focus kept inside, Escape, top layer), shown while `open`, with the one
 * dialog layout of the explorer (import, new map from OpenAlex, build report): a header holding the title (and an
 * optional kicker above it), the header's own actions and a close button, then the body. Escape and the close
 * button call `onClose` (and, with `closeOnBackdrop`, a click outside the box). An open dialog is the topmost
 * Escape layer (escape-layers.ts): Escape closes it and nothing under it, wherever the focus is (on the page's
 * body too, e.g. after the focused button was replaced by a progress bar). Styles: `styles/dialog.css`.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { EscapeLevel, escapeJustHandled, useEscapeLayer } from '../escape-layers';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** A small line above the title ("Build report"). */
  kicker?: string;
  /** Buttons in the header, before the close button. */
  actions?: ReactNode;
  /** The close button's accessible name, or null for none (e.g. while a build runs: only its Cancel stops it). */
  closeLabel: string | null;
  /** The wide, tall box (the build report) instead of the form-sized one. */
  wide?: boolean;
  /** Extra class for the dialog's own rules. */
  className?: string;
  testId: string;
  /** Also close on a click outside the dialog box. */
  closeOnBackdrop?: boolean;
  /** Extra data attributes (e.g. `data-status`) for tests and styles. */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}

export function Dialog({ open, onClose, title, kicker, actions, closeLabel, wide = false, className, testId, closeOnBackdrop = false, data, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEscapeLayer(open, EscapeLevel.dialog, onClose);
  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-testid={testId}
      {...data}
      onCancel={(e) => {
        // the browser's close request: for an Escape the layer owner (escape-layers.ts) closed the dialog already;
        // Chrome skips this event for a dialog shown without a user gesture, so Escape is not left to it
        e.preventDefault();
        if (!escapeJustHandled()) onClose();
      }}
      onClose={() => {
        // the browser closed it (a close request without a cancel event): the state follows. Not when the dialog
        // is open again by now: the close event of our own close() arrives a task later, and a file dropped (or
        // text pasted) right after Close reopens the dialog before it; that stale event closed the new build's
        // dialog, its error shown for an instant and then gone (the flaky import e2e tests of sessions 18 and 19)
        if (openRef.current && !ref.current?.open) onClose();
      }}
      onClick={(e) => {
        if (closeOnBackdrop && e.target === e.currentTarget) onClose();
      }}
    >
      {open && (
        <div className="dialog-body">
          <header className="dialog-header">
            <div>
              {kicker && <div className="panel-kicker">{kicker}</div>}
              <h2 id={titleId}>{title}</h2>
            </div>
            {actions}
            {closeLabel !== null && (
              <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
                <span aria-hidden="true">×</span>
              </button>
            )}
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
