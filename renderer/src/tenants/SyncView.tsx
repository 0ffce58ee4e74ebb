import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profileCatalog } from '../../../shared/catalog/registry';
import type { HostResult } from '../../../shared/host/contract';
import type { SyncRow, TenantConnectionView } from '../../../shared/host/tenant-calls';
import { openFlowFile } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';
import { useDiffMarks } from '../documents/diff-marks';
import { tenantActions } from './tenant-actions';
import { useLocale } from '../i18n/locale';
import { useWorkspace } from '../library/workspace-store';
import type { MergeChoices } from '../../../shared/sync/merge-flows';
import { undecidedChoices } from '../../../shared/sync/merge-flows';
import { ThreeWayView } from './ThreeWayView';
import { syncRowActions } from './sync-row-actions';
import { orderSyncRows } from './sync-row-order';
import { labelIn } from '../i18n/catalog-text';

type Status = HostResult<'tenants:status'>;
type Comparison = HostResult<'tenants:compare'> & { row: SyncRow };

/**
 * The open workspace against one tenant: each flow's state, pulls, and — before anything is
 * overwritten — the semantic diff between the two versions, from which the user chooses.
 */
export function SyncView({ connection }: { connection: TenantConnectionView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [status, setStatus] = useState<Status | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [outcome, setOutcome] = useState<string | null>(null);

  const load = useCallback(
    () =>
      tenantActions.syncStatus(connection.id).then(
        (answer) => setStatus(answer),
        (error: unknown) => setProblem(messageOf(error)),
      ),
    [connection.id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setComparison(null);
      await Promise.all([load(), useWorkspace.getState().load()]);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const pull = (row: SyncRow, force: boolean) => act(() => tenantActions.pull({ id: connection.id, remoteIds: [row.remoteId!], force, folder: '' }));
  const compare = async (row: SyncRow) => {
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    try {
      setChoices({});
      setComparison({ ...(await tenantActions.compare(connection.id, row.path!)), row });
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  /** Opens the local flow with its differences outlined, and gets the dialog out of the way. */
  const showOnCanvas = async ({ canvas, row }: Comparison) => {
    useDiffMarks.getState().show(row.path!, { against: connection.name, ...canvas });
    useUi.getState().closeDialog();
    await openFlowFile(row.path!);
  };

  const merge = ({ row, mineHash, remoteRevision, baseRevision }: Comparison) =>
    act(async () => {
      const { revision, sendProblem } = await tenantActions.merge({ id: connection.id, path: row.path!, mineHash, revision: remoteRevision, baseRevision, choices });
      setOutcome(sendProblem === null ? t('merge.saved', { revision }) : t('merge.savedNotSent', { problem: sendProblem }));
    });

  if (comparison) {
    const { threeWay } = comparison;
    const undecided = undecidedChoices(threeWay, choices);
    const undecidedCount = undecided.flow.length + undecided.steps.length + undecided.fields.length;
    const intro = comparison.row.tenantCopyDiffers
      ? t('tenants.sync.compareIntroTenantCopy', { revision: comparison.remoteRevision })
      : comparison.baseMissing === null
        ? t('merge.introThreeWay', { revision: comparison.remoteRevision, base: comparison.baseRevision })
        : t(comparison.baseMissing === 'not-synced' ? 'merge.introNotSynced' : 'merge.introUnavailable');
    return (
      <section className="fp-sync__compare" aria-label={t('tenants.sync.compareTitle', { name: comparison.row.name })}>
        <h3>{t('tenants.sync.compareTitle', { name: comparison.row.name })}</h3>
        <p className="muted">{intro}</p>
        <ThreeWayView threeWay={threeWay} choices={choices} onChoose={setChoices} />
        {problem && <p role="alert" className="error-text">{problem}</p>}
        {undecidedCount > 0 && <p className="muted">{t('merge.undecided', { count: undecidedCount })}</p>}
        <div className="fp-sync__choices">
          {!comparison.row.tenantCopyDiffers && (
            <button type="button" className="button button-primary" disabled={busy || undecidedCount > 0} onClick={() => void merge(comparison)}>
              {busy ? t('merge.saving') : t('merge.save')}
            </button>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => void pull(comparison.row, true)}>
            {t('tenants.sync.takeTheirs')}
          </button>
          {/* Nothing of the file changed to keep: replacing the tenant's copy with it would blank what the tenant filled in or kept. */}
          {!comparison.row.tenantCopyDiffers && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => tenantActions.keepMine({ id: connection.id, path: comparison.row.path!, revision: comparison.remoteRevision }))}
            >
              {t('tenants.sync.keepMine')}
            </button>
          )}
          <button type="button" className="button" onClick={() => void showOnCanvas(comparison)}>
            {t('tenants.sync.showOnCanvas')}
          </button>
          <button type="button" className="button" onClick={() => setComparison(null)}>
            {t('tenants.sync.decideLater')}
          </button>
        </div>
      </section>
    );
  }
  if (problem && !status) return <p role="alert" className="error-text">{problem}</p>;
  if (!status) return <p className="muted" aria-busy="true">…</p>;
  return (
    <>
      {outcome && <p role="status">{outcome}</p>}
      {problem && <p role="alert" className="error-text">{problem}</p>}
      {status.otherProfiles > 0 && (
        <p className="muted">{t('syncList.otherProfiles', { count: status.otherProfiles, profile: labelIn(profileCatalog(status.tenant.profile).labels, locale) })}</p>
      )}
      <table className="fp-remote-flows" aria-label={t('tenants.sync.tableName', { name: status.tenant.name })}>
        <thead>
          <tr>
            <th scope="col">{t('tenants.columnName')}</th>
            <th scope="col">{t('tenants.sync.columnState')}</th>
            <th scope="col">{t('tenants.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {orderSyncRows(status.rows).map((row) => (
            <tr key={`${row.id}:${row.path ?? ''}`}>
              <td>
                <strong>{row.name}</strong>
                {row.path && <div className="muted">{row.path}</div>}
              </td>
              <td>
                <span className={`fp-sync-state fp-sync-state--${row.status}`}>{t(`tenants.sync.state.${row.status}`)}</span>
                {/* In sync for overwrite purposes, but not the same document: said plainly, with Compare and Pull beside it. */}
                {row.tenantCopyDiffers && <div className="muted">{t('tenants.sync.tenantCopyDiffers')}</div>}
              </td>
              <td className="fp-sync__actions">
                {syncRowActions(row).map((action) => (
                  <button key={action} type="button" className="button button-small" disabled={busy} onClick={() => void (action === 'pull' ? pull(row, false) : compare(row))}>
                    {t(`tenants.sync.${action}`)}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
