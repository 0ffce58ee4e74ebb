import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findStepType } from '../../../../shared/catalog/registry';
import { deleteElements, renameStep } from '../../documents/document-actions';
import { useDocuments } from '../../documents/documents-store';
import { useLocale } from '../../i18n/locale';
import { diagnosticText } from '../../problems/diagnostic-text';
import { useCanvasUi } from '../canvas-ui-store';
import { StepIcon } from '../step-icon';
import { ConfigForm } from './ConfigForm';
import { labelIn } from '../../i18n/catalog-text';

/** The selected step: its name, its config form, its problems, and Delete step. */
export function NodeProperties({ docId, nodeId }: { docId: string; nodeId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const node = useDocuments((state) => state.docs[docId]?.flow.nodes.find((candidate) => candidate.id === nodeId));
  const profile = useDocuments((state) => state.docs[docId]?.flow.profile);
  const readOnly = useDocuments((state) => (state.docs[docId]?.readOnlyReason ?? null) !== null);
  const diagnostics = useDocuments((state) => state.docs[docId]?.diagnostics);
  const nameId = useId();
  const nameInput = useRef<HTMLInputElement>(null);

  // Enter on a canvas node asks for the drawer: the name field takes focus (the drawer may mount just now).
  const editRequest = useCanvasUi((state) => state.editRequest);
  useEffect(() => {
    if (useCanvasUi.getState().consumeEditRequest(nodeId)) nameInput.current?.focus();
  }, [editRequest, nodeId]);

  const own = useMemo(() => (diagnostics ?? []).filter((d) => d.nodeId === nodeId), [diagnostics, nodeId]);
  const problems = useMemo(() => {
    const byPath = new Map<string, string[]>();
    for (const d of own) {
      // Node diagnostics carry ['nodes', index, 'config', ...field path].
      if (d.path?.[2] !== 'config' || d.path.length < 4) continue;
      const key = d.path.slice(3).join('.');
      byPath.set(key, [...(byPath.get(key) ?? []), diagnosticText(d, t, locale)]);
    }
    return byPath;
  }, [own, t, locale]);
  const context = useMemo(() => (profile ? { locale, profile, problems } : undefined), [locale, profile, problems]);

  if (!node || !profile || !context) return null;
  const step = findStepType(profile, node.type);
  const general = own.filter((d) => d.path?.[2] !== 'config');

  return (
    <div className="fp-properties__body">
      <header className="fp-properties__header">
        <StepIcon icon={step?.icon ?? ''} role={step?.role ?? 'unknown'} />
        <h2 className="fp-properties__title">{step ? labelIn(step.labels, locale) : node.type}</h2>
      </header>
      {step && <p className="fp-properties__description">{labelIn(step.description, locale)}</p>}
      <fieldset className="fp-properties__fields" disabled={readOnly}>
        <div className="fp-field">
          <label htmlFor={nameId} className="fp-field__label">
            {t('canvas.stepName')}
          </label>
          <input
            ref={nameInput}
            id={nameId}
            type="text"
            value={node.name}
            maxLength={200}
            onChange={(event) => renameStep(docId, nodeId, event.target.value)}
            onBlur={() => useDocuments.getState().sealHistory(docId)}
          />
        </div>
        {step ? <ConfigForm key={`${nodeId}:${node.type}`} docId={docId} node={node} step={step} context={context} /> : <p className="fp-properties__hint">{t('canvas.unknownStep', { type: node.type })}</p>}
      </fieldset>
      {general.length > 0 && (
        <section className="fp-properties__problems" aria-label={t('canvas.problems')}>
          <ul>
            {general.map((d, index) => (
              <li key={index} className={`fp-problem fp-problem--${d.severity}`}>
                {diagnosticText(d, t, locale)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!readOnly && (
        <div className="fp-properties__actions">
          {step?.role !== undefined && (
            <button
              type="button"
              className="fp-button"
              aria-keyshortcuts="C"
              title={t('canvas.keyboard.shortcut')}
              onClick={() => useCanvasUi.getState().openConnect({ docId, nodeId })}
            >
              {t('canvas.keyboard.connectButton')}
            </button>
          )}
          <button type="button" className="fp-button fp-button--danger" onClick={() => deleteElements(docId, [nodeId], [])}>
            {t('canvas.deleteStep')}
          </button>
        </div>
      )}
    </div>
  );
}
