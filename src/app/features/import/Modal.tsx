/**
 * A modal shell on the native <dialog> (focus kept inside, Escape, top layer): shown while `open`.
 * Escape and a click on the backdrop call `onClose`; the explorer's own Escape handling is not triggered.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  onClose: () => void;
  className: string;
  labelledBy: string;
  testId: string;
  /** Also close on a click outside the dialog box. */
  closeOnBackdrop?: boolean;
  /** Extra data attributes (e.g. `data-status`) for tests and styles. */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}

export function Modal({ open, onClose, className, labelledBy, testId, closeOnBackdrop = false, data, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      data-testid={testId}
      {...data}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
      onClick={(e) => {
        if (closeOnBackdrop && e.target === e.currentTarget) onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
