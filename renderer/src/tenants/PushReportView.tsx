import { useTranslation } from 'react-i18next';
import { isToConfigure } from '../../../shared/format/diagnostic-class';
import type { HostResult } from '../../../shared/host/contract';
import { diagnosticText } from '../problems/diagnostic-text';
import { useLocale } from '../i18n/locale';
import type { ImportedFlow } from '../../../shared/tenant-api/imports';
import type { PushProgress } from './push-progress';

type Pushed = HostResult<'tenants:push'>;
/** Where one flow of the push is: planned (dry run), waiting or written during the apply, then imported or skipped. */
type FlowState = 'planned' | 'waiting' | 'written' | 'imported' | 'skipped';

/** One flow's bar: empty while it waits, full once written, and marked done once the tenant committed. */
function FlowProgress({ state, name }: { state: FlowState; name: string }) {
  const { t } = useTranslation();
  if (state === 'planned' || state === 'skipped') return null;
  return <progress className={`fp-push__flow-progress fp-push__flow-progress--${state}`} max={1} value={state === 'waiting' ? 0 : 1} aria-label={t('tenants.push.flowProgress', { name })} />;
}

/**
 * The tenant's answer to a push: its dry-run (what it will do per flow, what it creates, its
 * warnings), then — after Apply — what it did, with the report saved in the workspace.
 */
export function PushReportView({ dryRun, applied, applying, progress }: { dryRun: Pushed; applied: Pushed | null; applying: boolean; progress: PushProgress | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shown = applied ?? dryRun;
  const { report } = shown;
  const done = applied !== null && report.applied;
  const following = applying && progress !== null;
  const title = done ? t('tenants.push.appliedTitle') : applying ? t('tenants.push.applyingTitle') : t('tenants.push.dryRunTitle');
  const flowState = (flow: ImportedFlow): FlowState => {
    if (done) return flow.revision === undefined ? 'skipped' : 'imported';
    if (!applying || flow.action === 'skip') return 'planned';
    return progress?.written.has(flow.targetId) ? 'written' : 'waiting';
  };
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <progress
        className="fp-push__progress"
        max={following ? Math.max(progress.total, 1) : report.flows.length}
        value={done ? report.flows.length : following ? progress.done : applying ? undefined : 0}
        aria-label={t('tenants.push.progress')}
      />
      {applying && (
        <p role="status" className="muted">
          {!following ? t('tenants.push.sending') : progress.phase === 'committing' ? t('tenants.push.committing') : t('tenants.push.writing', { done: progress.done, total: progress.total })}
        </p>
      )}
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
                <FlowProgress state={flowState(flow)} name={flow.name} />
                {flowState(flow) === 'imported' ? t('tenants.push.revision', { revision: flow.revision }) : t(`tenants.push.state.${flowState(flow)}`)}
                {flow.diagnostics.map((diagnostic, index) => (
                  <div key={index} className={diagnostic.severity === 'error' ? 'error-text' : 'muted'}>
                    {isToConfigure(diagnostic) && <strong>{t('pack.toConfigureLabel')} </strong>}
                    {diagnosticText(diagnostic, t, locale)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.summary.references.kept > 0 && <p>{t('tenants.push.kept', { count: report.summary.references.kept })}</p>}
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
