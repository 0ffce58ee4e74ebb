import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportedDiagnostic } from '../../../shared/format/diagnostic';
import { isToConfigure } from '../../../shared/format/diagnostic-class';
import type { HostResult } from '../../../shared/host/contract';
import type { TenantConnectionView } from '../../../shared/host/tenant-calls';
import { planImport } from '../../../shared/import/plan-import';
import { openFlowFile } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { ModalDialog } from '../ui/ModalDialog';
import { useUi } from '../ui/ui-store';
import { isHostError } from '../host/host-call-error';
import { tenantActions } from './tenant-actions';
import { ImportPlanView } from '../packs/ImportPlanView';
import type { PlanDecisions } from '../packs/ImportPlanView';
import { followProgress } from './push-progress';
import type { PushProgress } from './push-progress';
import { PushFlowsView } from './PushFlowsView';
import { PushReportView } from './PushReportView';
import { useTenantCatalogs } from './tenant-catalogs';
import './tenants.css';

type Prepared = HostResult<'tenants:pushPrepare'>;
type Pushed = HostResult<'tenants:push'>;
type Step = { at: 'choose' } | { at: 'preview'; prepared: Prepared } | { at: 'done'; prepared: Prepared; dryRun: Pushed; applied: Pushed | null };

/**
 * Pushes workspace flows to a tenant as they are (a deploy): choose the tenant; see the flows
 * sent and the import plan against the tenant's live catalog and current flows (mapping references as in a snapshot preview);
 * let the tenant dry-run it; then apply. Nothing reaches the tenant before Apply.
 */
/** Opens the workspace file of each pushed flow the tenant holds with findings to configure. */
async function openToConfigure(flows: readonly { flowId: string; diagnostics: readonly ReportedDiagnostic[] }[], flowPaths: Readonly<Record<string, string>>): Promise<void> {
  for (const flow of flows) {
    const path = flowPaths[flow.flowId];
    if (path !== undefined && flow.diagnostics.some(isToConfigure)) await openFlowFile(path);
  }
}

export function PushDialog({ paths, onClose }: { paths: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [connections, setConnections] = useState<TenantConnectionView[] | null>(null);
  const [connectionId, setConnectionId] = useState('');
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [decisions, setDecisions] = useState<PlanDecisions>({ flows: {}, references: [] });
  const [busy, setBusy] = useState<null | 'prepare' | 'dry-run' | 'apply'>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Set when the tenant refused the push because flows changed there: their names (none when Sync could not say). */
  const [changedThere, setChangedThere] = useState<string[] | null>(null);
  /** Pushed flows that Sync already shows as changed on the tenant when the preview opens: said before anything is sent. */
  const [changedBefore, setChangedBefore] = useState<string[]>([]);
  const [progress, setProgress] = useState<PushProgress | null>(null);

  useEffect(() => {
    tenantActions.listTenants().then(
      (answer) => {
        setConnections(answer.connections);
        setConnectionId((current) => current || answer.connections[0]?.id || '');
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  const prepared = step.at === 'choose' ? null : step.prepared;
  // A deploy, planned with the tenant's current documents as its dry-run will be: values they hold are kept.
  const tenantFlows = useMemo(() => new Map(prepared?.tenantFlows.map((flow) => [flow.id, flow])), [prepared]);
  const plan = useMemo(() => (prepared?.pack ? planImport(prepared.pack, prepared.catalog, decisions, { deploy: { tenantFlows } }) : null), [prepared, decisions, tenantFlows]);

  const run = async <T,>(which: NonNullable<typeof busy>, action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(which);
    setProblem(null);
    setChangedThere(null);
    try {
      return await action();
    } catch (error) {
      if (isHostError(error, 'CONFLICT')) setChangedThere(await flowsChangedOnTenant());
      else setProblem(messageOf(error));
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  /** The pushed flows the Sync view shows as changed on the tenant, to name them in the refusal. */
  const flowsChangedOnTenant = () => tenantActions.flowsChangedOnTenant(connectionId, paths);
  /** The Sync view of this tenant, where each changed flow is compared before anything is overwritten. */
  const openSync = () => {
    onClose();
    useUi.getState().openDialog({ kind: 'tenants', syncWith: connectionId });
  };
  const prepare = () =>
    run('prepare', async () => {
      const [answer, changed] = await Promise.all([tenantActions.pushPrepare(connectionId, paths), flowsChangedOnTenant()]);
      // What was chosen for this tenant at earlier pushes of these flows.
      setDecisions(answer.decisions);
      setChangedBefore(changed);
      setStep({ at: 'preview', prepared: answer });
    });
  const dryRun = (current: Prepared) =>
    run('dry-run', async () => {
      const answer = await tenantActions.pushDryRun({ id: connectionId, paths, decisions });
      setStep({ at: 'done', prepared: current, dryRun: answer, applied: null });
    });
  const apply = (current: Extract<Step, { at: 'done' }>) =>
    run('apply', async () => {
      setProgress(null);
      try {
        const answer = await tenantActions.pushApply({ id: connectionId, paths, decisions }, (report) => setProgress((seen) => followProgress(seen, report)));
        // The tenant now holds what the push created, and the pushed flows are synced with it.
        useTenantCatalogs.getState().forget();
        setStep({ ...current, applied: answer });
        // What landed with something left to configure opens for review, its problems listed, as an imported flow does.
        if (answer.report.applied) await openToConfigure(answer.report.flows, current.prepared.flowPaths);
      } catch (error) {
        // The tenant undoes the whole import when any part fails: nothing written stays.
        setProgress(null);
        throw error;
      }
    });

  const tenantName = connections?.find((connection) => connection.id === connectionId)?.name ?? '';
  const blocked = (plan?.summary.errors ?? 0) > 0;
  const actions = (
    <>
      <button type="button" className="button" onClick={onClose}>
        {step.at === 'done' && step.applied ? t('common.close') : t('common.cancel')}
      </button>
      {step.at === 'choose' && (
        <button type="button" className="button button-primary" disabled={!connectionId || busy !== null} onClick={() => void prepare()}>
          {busy === 'prepare' ? t('tenants.push.preparing') : t('tenants.push.preview')}
        </button>
      )}
      {step.at === 'preview' && (
        <button type="button" className="button button-primary" disabled={!step.prepared.pack || blocked || busy !== null} onClick={() => void dryRun(step.prepared)}>
          {busy === 'dry-run' ? t('tenants.push.dryRunning') : t('tenants.push.dryRun')}
        </button>
      )}
      {step.at === 'done' && !step.applied && (
        <button type="button" className="button button-primary" disabled={step.dryRun.report.summary.errors > 0 || busy !== null} onClick={() => void apply(step)}>
          {busy === 'apply' ? t('tenants.push.applying') : t('tenants.push.apply', { tenant: tenantName })}
        </button>
      )}
    </>
  );

  return (
    <ModalDialog title={t('tenants.push.title', { count: paths.length })} size="wide" onCancel={onClose} actions={actions}>
      {problem && <p role="alert" className="error-text">{problem}</p>}
      {changedThere && (
        <div className="fp-push__changed">
          <p role="alert" className="error-text">
            {changedThere.length > 0
              ? t('tenants.push.changedOnTenant', { count: changedThere.length, names: changedThere.join(', '), tenant: tenantName })
              : t('tenants.push.changedOnTenantUnnamed', { tenant: tenantName })}
          </p>
          <button type="button" className="button" onClick={openSync}>
            {t('tenants.push.compareInSync')}
          </button>
        </div>
      )}
      {!changedThere && changedBefore.length > 0 && (
        <div className="fp-push__changed" role="status">
          <p className="pack-note-warning">{t('tenants.push.changedBeforePush', { count: changedBefore.length, names: changedBefore.join(', '), tenant: tenantName })}</p>
          <button type="button" className="button" onClick={openSync}>
            {t('tenants.push.compareInSync')}
          </button>
        </div>
      )}
      {step.at === 'choose' && connections && connections.length === 0 && <p>{t('tenants.push.noTenants')}</p>}
      {step.at === 'choose' && connections && connections.length > 0 && (
        <label className="field">
          <span>{t('tenants.push.tenant')}</span>
          <select value={connectionId} onChange={(event) => setConnectionId(event.target.value)}>
            {connections.map((connection) => (
              <option key={connection.id} value={connection.id}>
                {connection.name} ({connection.url})
              </option>
            ))}
          </select>
        </label>
      )}
      {step.at === 'preview' && (
        <>
          <p className="muted">{t('tenants.push.asTheyAre')}</p>
          <PushFlowsView prepared={step.prepared} />
          {plan && step.prepared.pack && (
            <section aria-label={t('tenants.push.planTitle', { tenant: step.prepared.catalog.tenant.name })}>
              <h3>{t('tenants.push.planTitle', { tenant: step.prepared.catalog.tenant.name })}</h3>
              <ImportPlanView plan={plan} catalog={step.prepared.catalog} decisions={decisions} onDecisionsChange={setDecisions} />
            </section>
          )}
        </>
      )}
      {problem && step.at === 'done' && !step.applied && busy === null && <p className="muted">{t('tenants.push.nothingImported')}</p>}
      {step.at === 'done' && <PushReportView dryRun={step.dryRun} applied={step.applied} applying={busy === 'apply'} progress={progress} />}
    </ModalDialog>
  );
}
