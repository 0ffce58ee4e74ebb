import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { actionHint, actionLabel, isActionEnabled, runAction } from '../actions/registry';
import { updateFlowDetails } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { chooseLanguage } from '../i18n/i18n';
import { useLocale } from '../i18n/locale';
import { LANGUAGE_NAMES } from '../../../shared/locales/locales';
import { useWorkspace } from '../library/workspace-store';
import { ErrorIndicator } from '../problems/ErrorIndicator';
import { HelpMenu } from './HelpMenu';
import { LOCALES } from '../../../shared/catalog/labels';
import type { Locale } from '../../../shared/catalog/labels';
import { profileCatalog } from '../../../shared/catalog/registry';
import { Icon } from '../ui/icons';
import { useUi } from '../ui/ui-store';
import { useSimulatorVisibility } from '../simulator/simulator-visibility';
import { validateWithWorkspace } from './validate-workspace';
import { labelIn } from '../i18n/catalog-text';

/**
 * The top bar: the workspace, the active flow's name and description (editable), profile
 * and kind, undo and redo, Validate, the error indicator, Save, the Help menu and the language menu.
 * (Zoom, fit and auto layout live in the canvas's own controls, beside what they act on.)
 */
export function TopBar() {
  const { t } = useTranslation();
  const locale = useLocale();
  const workspaceName = useWorkspace((state) => state.snapshot?.settings.name ?? state.snapshot?.name ?? '');
  const host = useUi((state) => state.host);
  const problemsOpen = useUi((state) => state.problemsOpen);
  const simulatorOpen = useSimulatorVisibility((state) => state.open);
  const doc = useDocuments((state) => (state.activeId ? state.docs[state.activeId] : undefined));
  const readOnly = !doc || doc.readOnlyReason !== null;
  const flowName = doc?.flow.name;

  // The window title names the flow and the workspace (the desktop app's title bar, the task bar).
  useEffect(() => {
    document.title = [flowName, workspaceName, 'Flowpack Studio'].filter(Boolean).join(' — ');
  }, [flowName, workspaceName]);

  const validate = () => {
    if (doc) void validateWithWorkspace(doc.id);
  };

  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        {/* The page's one top-level heading: the app's name, whatever is open below it. With a
            flow open the mark alone shows, so the flow's name and the labelled actions have the room. */}
        <h1 className={doc ? 'brand-name visually-hidden' : 'brand-name'} translate="no">
          Flowpack Studio
        </h1>
        {host?.nativeDialogs && (
          <button type="button" className="button button-small" onClick={() => runAction('openWorkspace')}>
            {t('top.openWorkspace')}
          </button>
        )}
      </div>
      {/* The flow's name and description edit the document: Undo there is the document's. */}
      <div className="flow-info" data-app-undo="">
        {doc && (
          <>
            <input
              className="flow-name"
              aria-label={t('top.flowName')}
              value={doc.flow.name}
              readOnly={readOnly}
              maxLength={200}
              onChange={(event) => updateFlowDetails(doc.id, { name: event.target.value })}
              onBlur={() => useDocuments.getState().sealHistory(doc.id)}
            />
            <input
              className="flow-description"
              aria-label={t('top.flowDescription')}
              placeholder={t('top.descriptionPlaceholder')}
              value={doc.flow.description}
              readOnly={readOnly}
              onChange={(event) => updateFlowDetails(doc.id, { description: event.target.value })}
              onBlur={() => useDocuments.getState().sealHistory(doc.id)}
            />
            <span className="chip" title={t('top.profile')}>
              {labelIn(profileCatalog(doc.flow.profile).labels, locale)}
            </span>
            <span className="chip" title={t('top.kind')}>
              {t(`kind.${doc.flow.kind}`)}
            </span>
          </>
        )}
      </div>
      <div className="top-actions" role="toolbar" aria-label={t('top.actions')}>
        <button type="button" className="icon-button" aria-label={t('top.undo')} title={actionHint(t, 'undo')} disabled={!isActionEnabled('undo', doc)} onClick={() => runAction('undo')}>
          <Icon name="undo" />
        </button>
        <button type="button" className="icon-button" aria-label={t('top.redo')} title={actionHint(t, 'redo')} disabled={!isActionEnabled('redo', doc)} onClick={() => runAction('redo')}>
          <Icon name="redo" />
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" className="button" disabled={!doc} onClick={validate}>
          <Icon name="check" />
          {t('top.validate')}
        </button>
        {doc && <ErrorIndicator docId={doc.id} />}
        <button type="button" className="button button-primary" disabled={!isActionEnabled('save', doc)} title={`${actionHint(t, 'save')} ${t('shortcuts.saveNote')}`} onClick={() => runAction('save')}>
          <Icon name="save" />
          {t('top.save')}
        </button>
        {/* Labelled, not icon-only: what each does is read on the bar, not found by hovering. */}
        <button
          type="button"
          className="button button-quiet"
          disabled={!doc || doc.readOnlyReason !== null}
          onClick={() => doc && useUi.getState().openDialog({ kind: 'saveTemplate', path: doc.path })}
        >
          <Icon name="template" />
          {t('top.addToTemplates')}
        </button>
        <button type="button" className="button button-quiet" aria-pressed={problemsOpen} onClick={() => runAction('toggleProblems')}>
          <Icon name="problems" />
          {t('top.toggleProblems')}
        </button>
        <button type="button" className="button button-quiet" aria-pressed={simulatorOpen} disabled={!isActionEnabled('simulate', doc)} title={actionHint(t, 'simulate')} onClick={() => runAction('simulate')}>
          <Icon name="play" />
          {actionLabel(t, 'simulate')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => useUi.getState().openDialog({ kind: 'tenants' })}>
          <Icon name="tenants" />
          {t('top.tenants')}
        </button>
        <HelpMenu />
        <span className="toolbar-separator" aria-hidden="true" />
        <select className="language-select" aria-label={t('top.language')} value={locale} onChange={(event) => chooseLanguage(event.target.value as Locale)}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
