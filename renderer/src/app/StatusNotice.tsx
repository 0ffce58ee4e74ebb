import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../ui/ui-store';

/** How long an informational notice stays; errors stay until dismissed. */
const INFO_MS = 6000;

/** The status line for short messages (a save that failed, an unavailable command), announced politely. */
export function StatusNotice() {
  const { t } = useTranslation();
  const notice = useUi((state) => state.notice);
  const clear = useUi((state) => state.clearNotice);

  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(clear, INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, clear]);

  return (
    <div className="status-region" role="status" aria-live="polite">
      {notice && (
        <div key={notice.seq} className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" className="icon-button" aria-label={t('common.dismiss')} onClick={clear}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
