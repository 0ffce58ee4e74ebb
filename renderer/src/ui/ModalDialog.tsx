import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  title: string;
  /** Escape, or the dialog closing any other way than through its buttons. */
  onCancel: () => void;
  children: ReactNode;
  /** The buttons row. */
  actions: ReactNode;
  /** `wide` for the template gallery and the compare view. */
  size?: 'normal' | 'wide';
}

/**
 * A modal dialog on the native `<dialog>` element: the browser provides the dialog role,
 * the focus trap, inertness of the page behind it and Escape to cancel.
 *
 * @remarks
 * Dialogs stack: one rendered inside another (the Keys dialog over Export pack) goes on
 * top, Escape cancels only the top one, and closing it gives focus back to the control
 * that opened it.
 */
export function ModalDialog({ title, onCancel, children, actions, size = 'normal' }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancelRef = useRef(onCancel);
  // Read while rendering, before a child's autoFocus moves focus into this dialog: the
  // browser's own focus return would remember that child instead of the opener.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    cancelRef.current = onCancel;
  });

  // A layout effect, so that on unmount it closes the dialog while it is still in the page
  // (passive effects run after React removed it, too late to hand focus back).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onCancelEvent = (event: Event) => {
      // Closing is the owner's decision (it removes the dialog); the element stays mounted until then.
      event.preventDefault();
      cancelRef.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      // Only when focus is still in this dialog: a caller that moved it on purpose keeps it there.
      const active = document.activeElement;
      const focusWasHere = active === null || active === document.body || dialog.contains(active);
      if (dialog.open) dialog.close();
      if (focusWasHere && opener?.isConnected && !dialog.contains(opener)) opener.focus();
    };
  }, [opener]);

  return (
    <dialog ref={ref} className={`modal modal-${size}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      <div className="modal-body">{children}</div>
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}
