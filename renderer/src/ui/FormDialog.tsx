import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

interface FormDialogProps {
  title: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
  /** A message shown as an alert under the form (a name taken, a write refused). */
  problem?: string | null;
  busy?: boolean;
  size?: 'normal' | 'wide';
  /** False once the form's work is done and the dialog only reports it: the confirm button (Close) alone remains. */
  showCancel?: boolean;
  children: ReactNode;
}

/**
 * A modal dialog around one form: Cancel, a confirm button, Enter submits, and the
 * problem of the last attempt shown as an alert. The dialogs that name or create
 * something (new flow, new folder, save as, save as template) all take this shape.
 */
export function FormDialog({ title, confirmLabel, onConfirm, onCancel, problem, busy = false, size, showCancel = true, children }: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={title}
      size={size}
      onCancel={onCancel}
      actions={
        <>
          {showCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void onConfirm()}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void onConfirm();
        }}
      >
        {children}
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </ModalDialog>
  );
}
