import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import { keyPlatform } from './registry';
import { shortcutRows } from './shortcut-list';

/** The keyboard shortcuts: every action with its keys on this platform, in the UI's language. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rows = shortcutRows(t, keyPlatform());
  return (
    <ModalDialog
      title={t('actions.showShortcuts')}
      onCancel={onClose}
      actions={
        <button type="button" className="button button-primary" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('shortcuts.intro')}</p>
      {/* The list scrolls on its own, and takes the focus, so it can be scrolled by keyboard too. */}
      <div className="shortcut-list-scroll" tabIndex={0} role="region" aria-label={t('actions.showShortcuts')}>
        <table className="shortcut-list">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.action')}</th>
              <th scope="col">{t('shortcuts.keys')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.label}</th>
                <td>
                  {row.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ` ${t('shortcuts.or')} `}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ModalDialog>
  );
}
