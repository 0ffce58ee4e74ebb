import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../documents/documents-store';
import { EdgeProperties } from './EdgeProperties';
import { NodeProperties } from './NodeProperties';

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
  // Its fields edit the document: Undo and Redo there are the document's (APP_UNDO_ATTRIBUTE).
  return (
    <aside aria-label={t('canvas.properties')} data-app-undo="" className={idle ? 'fp-properties fp-properties--idle' : 'fp-properties'}>
      {body}
    </aside>
  );
}
