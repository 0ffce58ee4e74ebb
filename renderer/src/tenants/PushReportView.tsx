import { useTranslation } from 'react-i18next';
import type { HostResult } from '../../../shared/host/contract';
import { diagnosticText } from '../problems/diagnostic-text';
import { useLocale } from '../i18n/locale';

type Pushed = HostResult<'tenants:push'>;

/**
 * The tenant's answer to a push: its dry-run (what it will do per flow, what it creates, its
 * warnings), then — after Apply — what it did, with the report saved in the workspace.
 */
export function PushReportView({ dryRun, applied, applying }: { dryRun: Pushed; applied: Pushed | null; applying: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shown = applied ?? dryRun;
  const { report } = shown;
  const done = applied !== null && report.applied;
  return (
    <section aria-label={done ? t('tenants.push.appliedTitle') : t('tenants.push.dryRunTitle')}>
      <h3>{done ? t('tenants.push.appliedTitle') : t('tenants.push.dryRunTitle')}</h3>
      <progress className="fp-push__progress" max={report.flows.length} value={done ? report.flows.length : applying ? undefined : 0} aria-label={t('tenants.push.progress')} />
      <table className="fp-remote-flows" aria-label={t('tenants.push.flowsTable')}>
        <thead>
          <tr>
            <th scope="col">{t('tenants.columnName')}</th>
            <th scope="col">{t('tenants.push.columnAction')}</th>
            <th scope="col">{t('tenants.push.columnResult')}</th>
          </tr>
        </thead>
        <tbody>
          {report.flows.map((flow) => (
            <tr key={flow.flowId}>
              <td>{flow.name}</td>
              <td>{t(`tenants.push.action.${flow.action}`)}</td>
              <td>
                {done && flow.revision !== undefined ? t('tenants.push.revision', { revision: flow.revision }) : done ? t('tenants.push.skipped') : t('tenants.push.planned')}
                {flow.diagnostics.map((diagnostic, index) => (
                  <div key={index} className={diagnostic.severity === 'error' ? 'error-text' : 'muted'}>
                    {diagnosticText(diagnostic, t, locale)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.created.length > 0 && <p>{t('tenants.push.created', { count: report.created.length, names: report.created.map((entity) => entity.name).join(', ') })}</p>}
      {/* Warnings about one flow are in its row already. */}
      {report.warnings.filter((warning) => warning.flowId === undefined).map((warning, index) => (
        <p key={index} className="muted">
          {warning.message}
        </p>
      ))}
      {report.diagnostics.map((diagnostic, index) => (
        <p key={index} className={diagnostic.severity === 'error' ? 'error-text' : 'muted'}>
          {diagnosticText(diagnostic, t, locale)}
        </p>
      ))}
      {done && shown.savedAs && <p role="status">{t('tenants.push.saved', { path: shown.savedAs })}</p>}
    </section>
  );
}
