import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import type { DialogProps } from '../ui/dialog-registry';

/**
 * A Help menu folder the host could not open (the browser host: a page has no file manager), with
 * its path to open by hand and a button to copy it.
 */
export function SupportFolderDialog({ folder, path, onClose }: DialogProps<'supportFolder'>) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(path);
      setCopied(true);
    } catch {
      // No clipboard (a page not focused, a refused permission): the path stays selectable in its field.
      setCopied(false);
    }
  };
  return (
    <ModalDialog
      title={t(`help.${folder}.title`)}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('help.copyPath')}
          </button>
          <button type="button" className="button button-primary" autoFocus onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      <p>{t(`help.${folder}.intro`)}</p>
      {folder === 'logs' && <p>{t('help.logs.privacy')}</p>}
      <label className="field">
        <span>{t('help.path')}</span>
        <input type="text" readOnly value={path} onFocus={(event) => event.currentTarget.select()} spellCheck={false} translate="no" />
      </label>
      <p role="status">{copied === true ? t('help.copied') : ''}</p>
    </ModalDialog>
  );
}
