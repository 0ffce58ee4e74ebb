import { useTranslation } from 'react-i18next';
import { refusingErrors } from '../../../shared/format/diagnostic-class';
import type { HostResult } from '../../../shared/host/contract';
import { ExportRefusal } from '../packs/ExportReportView';

type PreparedPush = Pick<HostResult<'pack:exportPreview'>, 'report' | 'diagnostics' | 'flowPaths'>;

/**
 * The flows a push sends, before the tenant's plan. A push deploys files as they are, so
 * unlike an export it has no removals to list, and what is left to configure is the plan's
 * to say, per flow, against this tenant's catalog; only what stops the push being built at all
 * (no flow, profiles mixed) is shown as a refusal.
 */
export function PushFlowsView({ prepared }: { prepared: PreparedPush }) {
  const { t } = useTranslation();
  const errors = refusingErrors(prepared.diagnostics);
  if (errors.length > 0) return <ExportRefusal errors={errors} flowPaths={prepared.flowPaths} lead={t('tenants.push.refused')} />;
  const { flows } = prepared.report;
  return (
    <section aria-label={t('tenants.push.flowsTitle', { count: flows.length })}>
      <h3 className="pack-subtitle">{t('tenants.push.flowsTitle', { count: flows.length })}</h3>
      <ul className="pack-flow-list">
        {flows.map((flow) => (
          <li key={flow.id}>
            {flow.name}
            {flow.dependency && <span className="muted"> — {t('pack.dependency')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
