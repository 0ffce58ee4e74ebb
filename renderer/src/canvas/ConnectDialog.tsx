import { Suspense } from 'react';
import { translate } from '../i18n/i18n';
import { FailureBoundary } from '../ui/FailureBoundary';
import { lazyComponent, retryFailedLoads } from '../ui/lazy-component';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';
import { useCanvasUi } from './canvas-ui-store';

// The form loads the first time the dialog opens, so the editor's start carries none of its code.
const ConnectForm = lazyComponent(() => import('./ConnectForm'), (m) => m.ConnectForm);

/**
 * Connecting steps without a pointer: choose one of a step's free outputs and the step it
 * goes to, or, for an existing connection, another output or target. Opened with C on a
 * focused step or connection, or from the properties drawer.
 */
export function ConnectDialog({ docId }: { docId: string }) {
  const request = useCanvasUi((state) => (state.connectRequest?.docId === docId ? state.connectRequest : null));
  if (!request) return null;
  const key = `${request.nodeId ?? ''}:${request.edgeId ?? ''}`;
  return (
    <FailureBoundary key={key} onFailure={closeWithNotice}>
      <Suspense fallback={null}>
        <ConnectForm docId={docId} nodeId={request.nodeId} edgeId={request.edgeId} />
      </Suspense>
    </FailureBoundary>
  );
}

/** A form that could not be loaded or drawn: the dialog closes with a notice, as the dialog host does. */
function closeWithNotice(error: unknown): void {
  retryFailedLoads();
  useCanvasUi.getState().closeConnect();
  useUi.getState().notify(translate('notice.dialogFailed', { message: messageOf(error) }), 'error');
}
