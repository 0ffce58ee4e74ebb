import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { discardRecovered, restoreRecovered } from './recovery-restore';
import type { RecoveryEntry } from './recovery-restore';

/**
 * At start, when the last run left unsaved edits in the journal (a crash, a killed host):
 * restore each (it opens with the recovered content, unsaved) or discard it.
 */
export function RecoveryDialog({ entries, onClose }: { entries: RecoveryEntry[]; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [pending, setPending] = useState(entries);
  const [busy, setBusy] = useState(false);

  const settle = async (chosen: RecoveryEntry[], action: (entry: RecoveryEntry) => Promise<unknown>) => {
    setBusy(true);
    for (const entry of chosen) await action(entry);
    setBusy(false);
    const left = pending.filter((entry) => !chosen.includes(entry));
    setPending(left);
    if (left.length === 0) onClose();
  };

  return (
    <ModalDialog
      title={t('recovery.title')}
      // Escape keeps the entries in the journal: the question comes back at the next start.
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" disabled={busy} onClick={() => void settle(pending, discardRecovered)}>
            {t('recovery.discardAll')}
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void settle(pending, restoreRecovered)}>
            {t('recovery.restoreAll')}
          </button>
        </>
      }
    >
      <p>{t('recovery.body')}</p>
      <ul className="recovery-list">
        {pending.map((entry) => (
          <li key={entry.path} className="recovery-item">
            <span className="recovery-path">
              <strong>{entry.path}</strong>
              <span className="muted">{t('recovery.savedAt', { time: formatDateTime(entry.savedAt, locale) })}</span>
            </span>
            <button type="button" className="button button-small" disabled={busy} aria-label={t('recovery.restoreOne', { path: entry.path })} onClick={() => void settle([entry], restoreRecovered)}>
              {t('recovery.restore')}
            </button>
            <button type="button" className="button button-small" disabled={busy} aria-label={t('recovery.discardOne', { path: entry.path })} onClick={() => void settle([entry], discardRecovered)}>
              {t('recovery.discard')}
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
