import { useEffect, useId, useRef } from 'react';
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
 */
export function ModalDialog({ title, onCancel, children, actions, size = 'normal' }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancelRef = useRef(onCancel);
  useEffect(() => {
    cancelRef.current = onCancel;
  });

  useEffect(() => {
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
      if (dialog.open) dialog.close();
    };
  }, []);

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
