import { useTranslation } from 'react-i18next';
import { deleteElements } from '../../documents/document-actions';
import { useDocuments } from '../../documents/documents-store';
import { useLocale } from '../../i18n/locale';
import { useCanvasUi } from '../canvas-ui-store';
import { stepPorts } from '../step-ports';
import { labelIn } from '../../i18n/catalog-text';

/** A selected connection: where it goes, and a button to delete it. */
export function EdgeProperties({ docId, edgeId }: { docId: string; edgeId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const flow = useDocuments((state) => state.docs[docId]?.flow);
  const readOnly = useDocuments((state) => (state.docs[docId]?.readOnlyReason ?? null) !== null);
  const edge = flow?.edges.find((candidate) => candidate.id === edgeId);
  if (!flow || !edge) return null;
  const source = flow.nodes.find((node) => node.id === edge.source);
  const target = flow.nodes.find((node) => node.id === edge.target);
  const port = source ? stepPorts(flow.profile, source).find((candidate) => candidate.id === edge.sourcePort) : undefined;
  return (
    <div className="fp-properties__body">
      <h2 className="fp-properties__title">{t('canvas.connection')}</h2>
      <p>{t('canvas.connectionFromTo', { source: source?.name ?? edge.source, port: (port ? labelIn(port.label, locale) : edge.sourcePort), target: target?.name ?? edge.target })}</p>
      {!readOnly && (
        <div className="fp-properties__actions">
          <button
            type="button"
            className="fp-button"
            aria-keyshortcuts="C"
            title={t('canvas.keyboard.shortcut')}
            onClick={() => useCanvasUi.getState().openConnect({ docId, edgeId })}
          >
            {t('canvas.keyboard.moveButton')}
          </button>
          <button type="button" className="fp-button fp-button--danger" onClick={() => deleteElements(docId, [], [edgeId])}>
            {t('canvas.deleteConnection')}
          </button>
        </div>
      )}
    </div>
  );
}
