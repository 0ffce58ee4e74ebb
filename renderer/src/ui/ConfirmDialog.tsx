import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

/** One answer of a {@link ConfirmDialog} besides Cancel. */
export interface ConfirmChoice {
  label: string;
  onChoose: () => void | Promise<void>;
  /** `primary` for the recommended answer, `danger` for one that loses something. */
  tone?: 'primary' | 'danger';
  autoFocus?: boolean;
  disabled?: boolean;
}

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: string;
  /** What is asked, and about what. */
  children: ReactNode;
  /** The answers, after Cancel, in the order shown. */
  choices: ConfirmChoice[];
  /** Cancel, Escape, or the dialog closing any other way. */
  onCancel: () => void;
  /** The cancel button's label when it is not "Cancel" (a compare view is closed, not cancelled). */
  cancelLabel?: string;
  /** Cancel takes the focus: for a question whose answers all change something. */
  cancelAutoFocus?: boolean;
  /** While an answer runs, the answers wait. */
  busy?: boolean;
  /** Why the last answer failed, as an alert under the question. */
  problem?: string | null;
  size?: 'normal' | 'wide';
}

/**
 * A question with a few answers and Cancel: close a tab with unsaved changes, move files to the
 * trash, a file changed on disk, remove a connection. One shape, so each asks the same way.
 */
export function ConfirmDialog({ title, children, choices, onCancel, cancelLabel, cancelAutoFocus = false, busy = false, problem, size }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={title}
      size={size}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" autoFocus={cancelAutoFocus} onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </button>
          {choices.map((choice) => (
            <button
              key={choice.label}
              type="button"
              className={choice.tone ? `button button-${choice.tone}` : 'button'}
              autoFocus={choice.autoFocus}
              disabled={busy || choice.disabled}
              onClick={() => void choice.onChoose()}
            >
              {choice.label}
            </button>
          ))}
        </>
      }
    >
      {children}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </ModalDialog>
  );
}
