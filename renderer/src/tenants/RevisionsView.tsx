import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummaryView } from '../../../shared/host/revision-calls';
import type { TenantConnectionView } from '../../../shared/host/tenant-calls';
import { useLocale } from '../i18n/locale';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';
import { ActorStamp } from './ActorStamp';
import { RestoreRevisionDialog } from './RestoreRevisionDialog';
import type { RestoreRefusal } from './restore-refusal';
import { describeRevisionChanges } from './revision-changes';
import { compareOrder, toggleCompareChoice } from './revision-choice';
import { compareRevisions, openRevision } from './revision-documents';
import type { RevisionSource } from './revision-documents';
import { tenantActions } from './tenant-actions';

/**
 * A tenant flow's revisions, newest first: who saved each, when, and what it changed against
 * the one before. Any revision opens read-only on the canvas; two chosen ones compare there;
 * an earlier one can be restored, which the tenant saves as a new revision.
 */
export function RevisionsView({ connection, flow }: { connection: TenantConnectionView; flow: { id: string; name: string } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [revisions, setRevisions] = useState<RevisionSummaryView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<RestoreRefusal | null>(null);
  const hintId = useId();
  const source: RevisionSource = { connection, flowId: flow.id };

  const load = useCallback(
    () =>
      tenantActions.revisions(connection.id, flow.id).then(
        (answer) => setRevisions(answer.revisions),
        (error: unknown) => setProblem(messageOf(error)),
      ),
    [connection.id, flow.id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  /** Opens on the canvas and gets the dialog out of the way; a failure stays here, said. */
  const onCanvas = async (open: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await open();
      useUi.getState().closeDialog();
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
    }
  };
  const pair = compareOrder(chosen);
  const current = revisions?.[0]?.revision ?? null;

  if (problem && !revisions) return <p role="alert" className="error-text">{problem}</p>;
  if (!revisions) return <p className="muted" aria-busy="true">…</p>;
  if (revisions.length === 0) return <p>{t('tenants.revisions.none')}</p>;
  return (
    <section className="fp-revisions" aria-label={t('tenants.revisions.tableName', { flow: flow.name })}>
      <p className="muted">{t('tenants.revisions.intro')}</p>
      {outcome && <p role="status">{outcome}</p>}
      {problem && <p role="alert" className="error-text">{problem}</p>}
      {refusal && (
        <div role="alert" className="error-text">
          <p>{refusal.summary}</p>
          {refusal.errors.length > 0 && (
            <ul>
              {refusal.errors.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <table className="fp-remote-flows" aria-label={t('tenants.revisions.tableName', { flow: flow.name })}>
        <thead>
          <tr>
            <th scope="col">{t('tenants.revisions.columnCompare')}</th>
            <th scope="col">{t('tenants.revisions.columnRevision')}</th>
            <th scope="col">{t('tenants.revisions.columnSavedBy')}</th>
            <th scope="col">{t('tenants.revisions.columnChanges')}</th>
            <th scope="col">{t('tenants.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((entry) => (
            <tr key={entry.revision}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('tenants.revisions.choose', { revision: entry.revision })}
                  checked={chosen.includes(entry.revision)}
                  onChange={() => setChosen((before) => toggleCompareChoice(before, entry.revision))}
                />
              </td>
              <th scope="row">
                {entry.revision}
                {entry.revision === current && <span className="fp-badge fp-revisions__current">{t('tenants.revisions.current')}</span>}
              </th>
              <td>
                <ActorStamp at={entry.createdAt} tokenId={entry.createdBy} label={entry.createdByLabel} person={entry.createdByUser} />
              </td>
              <td>{describeRevisionChanges(entry.changes, t, locale)}</td>
              <td className="fp-sync__actions">
                <button type="button" className="button button-small" disabled={busy} onClick={() => void onCanvas(() => openRevision(tenantActions, source, entry.revision))}>
                  {t('tenants.revisions.openRevision')}
                </button>
                {entry.revision !== current && (
                  <button type="button" className="button button-small" disabled={busy} onClick={() => (setOutcome(null), setProblem(null), setRefusal(null), setRestoring(entry.revision))}>
                    {t('tenants.revisions.restore')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="fp-sync__choices">
        <button
          type="button"
          className="button"
          aria-describedby={hintId}
          disabled={busy || pair === null}
          onClick={() => pair && void onCanvas(() => compareRevisions(tenantActions, source, pair.older, pair.newer))}
        >
          {busy ? t('tenants.revisions.comparing') : t('tenants.revisions.compare')}
        </button>
        <span id={hintId} className="muted">
          {pair === null ? t('tenants.revisions.compareHint') : t('tenants.revisions.compareChosen', pair)}
        </span>
      </div>
      {restoring !== null && current !== null && (
        <RestoreRevisionDialog
          source={source}
          flowName={flow.name}
          revision={restoring}
          current={current}
          onClose={() => setRestoring(null)}
          onRefused={(refused) => {
            setRestoring(null);
            setRefusal(refused);
            // The list may be out of date (a change saved meanwhile is the usual reason): read it again.
            void load();
          }}
          onRestored={async (message) => {
            setRestoring(null);
            setOutcome(message);
            setChosen([]);
            await load();
          }}
        />
      )}
    </section>
  );
}
