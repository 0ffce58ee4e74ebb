import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countDiff } from '../../../shared/sync/diff-counts';
import type { DiffCounts } from '../../../shared/sync/diff-counts';
import { diffFlows } from '../../../shared/sync/flow-diff';
import { useLocale } from '../i18n/locale';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeRestoreFailure } from './restore-refusal';
import type { RestoreRefusal } from './restore-refusal';
import { describeRevisionChanges } from './revision-changes';
import type { RevisionSource } from './revision-documents';
import { tenantActions } from './tenant-actions';

interface RestoreRevisionDialogProps {
  source: RevisionSource;
  flowName: string;
  revision: number;
  /** The revision the list shows as current: the restore is sent for it, so a change saved since is refused. */
  current: number;
  onClose: () => void;
  onRestored: (message: string) => void | Promise<void>;
  onRefused: (refusal: RestoreRefusal) => void;
}

/**
 * Asks before a revision is restored, saying what the restore changes against the current
 * revision (as `flowpack restore` does), then sends it. The tenant makes it a new revision.
 */
export function RestoreRevisionDialog({ source, flowName, revision, current, onClose, onRestored, onRefused }: RestoreRevisionDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [changes, setChanges] = useState<DiffCounts | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const read = (n: number) => tenantActions.revision(source.connection.id, source.flowId, n).then((answer) => answer.revision.document);
    // Only an aid to deciding: when it cannot be read, the question is asked without it.
    Promise.all([read(current), read(revision)]).then(
      ([now, then]) => live && setChanges(countDiff(diffFlows(now, then))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [source.connection.id, source.flowId, current, revision]);

  const restore = async () => {
    setBusy(true);
    try {
      const restored = await tenantActions.restoreRevision({ id: source.connection.id, flowId: source.flowId, revision, current });
      await onRestored(t('tenants.revisions.restored', { revision: restored.revision, from: revision }));
    } catch (error) {
      onRefused(describeRestoreFailure(error, revision, t, locale));
    }
  };

  return (
    <ConfirmDialog
      title={t('tenants.revisions.restoreTitle', { revision })}
      onCancel={onClose}
      busy={busy}
      choices={[{ label: busy ? t('tenants.revisions.restoring') : t('tenants.revisions.restore'), tone: 'primary', autoFocus: true, onChoose: restore }]}
    >
      <p>{t('tenants.revisions.restoreQuestion', { revision, flow: flowName, current })}</p>
      {changes && <p className="muted">{t('tenants.revisions.restoreChanges', { changes: describeRevisionChanges(changes, t, locale) })}</p>}
    </ConfirmDialog>
  );
}
