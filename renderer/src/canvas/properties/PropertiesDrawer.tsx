import { Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../documents/documents-store';
import { translate } from '../../i18n/i18n';
import { FailureBoundary } from '../../ui/FailureBoundary';
import { lazyComponent, retryFailedLoads } from '../../ui/lazy-component';
import { messageOf } from '../../ui/message-of';
import { useUi } from '../../ui/ui-store';

// The forms load on the first selection, so the editor's start carries none of their code (the
// canvas benchmark's heap target, docs/BENCHMARKS.md).
const NodeProperties = lazyComponent(() => import('./NodeProperties'), (m) => m.NodeProperties);
const EdgeProperties = lazyComponent(() => import('./EdgeProperties'), (m) => m.EdgeProperties);

/**
 * The properties of what is selected on the canvas: the step's name and generated config
 * form, or a connection; a note when several things are selected. With nothing selected the
 * drawer folds away so the canvas gets its width; the region and its hint stay for screen readers.
 */
export function PropertiesDrawer({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const nodeId = useDocuments((state) => {
    const doc = state.docs[docId];
    const id = doc && doc.selection.nodes.length === 1 ? doc.selection.nodes[0] : undefined;
    // A selection can briefly name a step that an undo just removed.
    return id !== undefined && doc!.flow.nodes.some((node) => node.id === id) ? id : undefined;
  });
  const edgeId = useDocuments((state) => {
    const selection = state.docs[docId]?.selection;
    return selection && selection.nodes.length === 0 && selection.edges.length === 1 ? selection.edges[0] : undefined;
  });
  const count = useDocuments((state) => {
    const selection = state.docs[docId]?.selection;
    return selection ? selection.nodes.length + selection.edges.length : 0;
  });
  let body;
  if (nodeId !== undefined) body = <NodeProperties key={nodeId} docId={docId} nodeId={nodeId} />;
  else if (edgeId !== undefined) body = <EdgeProperties docId={docId} edgeId={edgeId} />;
  else body = <p className="fp-properties__hint">{count > 1 ? t('canvas.manySelected', { count }) : t('canvas.nothingSelected')}</p>;
  const idle = nodeId === undefined && edgeId === undefined && count === 0;
  const notify = useUi((state) => state.notify);
  const onFailure = useCallback(
    (error: unknown) => {
      retryFailedLoads();
      notify(translate('propertiesDrawer.failed', { message: messageOf(error) }), 'error');
    },
    [notify],
  );
  // Its fields edit the document: Undo and Redo there are the document's (APP_UNDO_ATTRIBUTE).
  return (
    <aside aria-label={t('canvas.properties')} data-app-undo="" className={idle ? 'fp-properties fp-properties--idle' : 'fp-properties'}>
      {/* Keyed by the selection: after a failure, selecting something else tries again. */}
      <FailureBoundary key={nodeId ?? edgeId ?? ''} onFailure={onFailure}>
        <Suspense fallback={null}>{body}</Suspense>
      </FailureBoundary>
    </aside>
  );
}
