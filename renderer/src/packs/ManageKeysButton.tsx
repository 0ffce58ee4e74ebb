import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeysDialog } from './KeysDialog';

/**
 * "Manage keys…" beside a pack dialog's signature controls: opens the Keys dialog over the
 * pack dialog (local state, not the app's dialog host) and tells the pack dialog when it
 * closes, since a key may have been forgotten meanwhile.
 */
export function ManageKeysButton({ onClosed }: { onClosed: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('pack.keys.manage')}
      </button>
      {open && (
        <KeysDialog
          onClose={() => {
            setOpen(false);
            onClosed();
          }}
        />
      )}
    </>
  );
}
