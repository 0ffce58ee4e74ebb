import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../ui/ui-store';
import { useDocuments } from '../documents/documents-store';
import { errorCount, warningCount } from '../documents/open-document';
import { useLocale } from '../i18n/locale';
import { diagnosticText, severityLabel } from './diagnostic-text';
import { sortBySeverity } from './problem-list';
import { describeProblems } from './problem-summary';

/**
 * The Problems panel of the active flow: errors red, warnings yellow, live as the document
 * changes; a row click selects and centres its step or connection.
 */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const doc = useDocuments((state) => (state.activeId ? state.docs[state.activeId] : undefined));
  const setProblemsOpen = useUi((state) => state.setProblemsOpen);
  const across = useUi((state) => (doc ? state.workspaceProblems[doc.id] : undefined));
  const diagnostics = doc?.diagnostics;
  // Workspace-wide problems hold only for the content they were found in (see validate-workspace.ts).
  const acrossNow = across && doc && across.flow === doc.flow ? across.diagnostics : undefined;
  const nodes = doc?.flow.nodes;
  const rows = useMemo(() => sortBySeverity([...(diagnostics ?? []), ...(acrossNow ?? [])]), [diagnostics, acrossNow]);
  const names = useMemo(() => new Map((nodes ?? []).map((node) => [node.id, node.name])), [nodes]);

  return (
    <section aria-label={t('problems.title')} className="problems panel">
      <div className="panel-header">
        <h2 className="panel-title">{t('problems.title')}</h2>
        {doc && <span className="panel-subtitle">{describeProblems(t, { errors: errorCount(doc), warnings: warningCount(doc) })}</span>}
        <button type="button" className="icon-button panel-close" aria-label={t('problems.hide')} title={t('problems.hide')} onClick={() => setProblemsOpen(false)}>
          ×
        </button>
      </div>
      <div className="problems-body">
        {!doc && <p className="muted">{t('problems.noFlow')}</p>}
        {doc && rows.length === 0 && <p className="muted">{t('problems.allClear')}</p>}
        {doc && rows.length > 0 && (
          <ul className="problem-list">
            {rows.map((d, index) => {
              const where = d.nodeId !== undefined ? (names.get(d.nodeId) ?? d.nodeId) : d.edgeId !== undefined ? t('problems.connection') : t('problems.wholeFlow');
              return (
                <li key={`${d.code}:${d.nodeId ?? d.edgeId ?? ''}:${index}`}>
                  <button
                    type="button"
                    className={`problem-row severity-${d.severity}`}
                    onClick={() => {
                      if (d.nodeId !== undefined || d.edgeId !== undefined) useDocuments.getState().focusTarget(doc.id, { nodeId: d.nodeId, edgeId: d.edgeId });
                    }}
                  >
                    <span className="severity-icon" aria-hidden="true" />
                    <span className="problem-message">
                      {severityLabel(d, t)}: {diagnosticText(d, t, locale)}
                    </span>
                    <span className="problem-where">{where}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
