import { Suspense, useCallback } from 'react';
import type { ComponentType } from 'react';
import { translate } from '../i18n/i18n';
import { dialogComponent } from '../ui/dialog-registry';
import { retryFailedLoads } from '../ui/lazy-component';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';
import { FailureBoundary } from '../ui/FailureBoundary';

/**
 * Shows the first waiting dialog of the UI store; each closes itself through `onClose`.
 * The component comes from the dialog registry, where each feature registered its own (they
 * load on first use); one that cannot be found, loaded or drawn is closed with a notice, and
 * the editor stays as it was.
 */
export function DialogHost() {
  const dialog = useUi((state) => state.dialogs[0]);
  const onClose = useUi((state) => state.closeDialog);
  const notify = useUi((state) => state.notify);
  const onFailure = useCallback(
    (error: unknown) => {
      retryFailedLoads();
      onClose();
      notify(translate('notice.dialogFailed', { message: messageOf(error) }), 'error');
    },
    [onClose, notify],
  );
  if (!dialog) return null;
  const { kind, seq, ...request } = dialog;
  const Dialog = dialogComponent(kind) as ComponentType<Record<string, unknown>> | undefined;
  // Keyed by its place in the queue: two dialogs of one kind in a row are two fresh dialogs.
  return (
    <FailureBoundary key={seq} onFailure={onFailure}>
      <Suspense fallback={null}>
        {Dialog ? <Dialog {...request} onClose={onClose} /> : <Unregistered kind={kind} />}
      </Suspense>
    </FailureBoundary>
  );
}

/** Stands for a kind no feature registered: throws while drawing, so the boundary reports it. */
function Unregistered({ kind }: { kind: string }): null {
  throw new Error(`No dialog is registered for "${kind}".`);
}
