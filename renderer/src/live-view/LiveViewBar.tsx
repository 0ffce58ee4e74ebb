import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { messageOf } from '../ui/message-of';
import { LIVE_VIEW_REFRESH_MS, useLiveView } from './live-view';

/**
 * The live view's bar over the canvas: which tenant it reads, the flow's status there and its
 * enrolments, or why there is nothing to show. While open it reads the figures again every few
 * seconds, so the counts on the canvas follow the runs.
 */
export function LiveViewBar() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { connections, connectionId, reading, error, loading, readAt, choose, refresh, close } = useLiveView();

  useEffect(() => {
    const timer = setInterval(() => void useLiveView.getState().refresh(), LIVE_VIEW_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  let message: string | null = null;
  if (connections?.length === 0) message = t('liveView.noTenants');
  else if (reading && reading.remoteId === null) message = t('liveView.notOnTenant');
  else if (reading && reading.status && !reading.stats) message = t('liveView.notLive', { status: t(`tenants.status.${reading.status}`).toLocaleLowerCase(locale) });
  else if (!reading && !error && connections !== undefined) message = t('liveView.loading');

  return (
    <section className="fp-live-view" aria-label={t('liveView.region')}>
      <strong className="fp-live-view__title">{t('liveView.region')}</strong>
      {connections && connections.length > 0 && (
        <label className="fp-live-view__tenant">
          {t('liveView.tenant')}{' '}
          <select value={connectionId} onChange={(event) => void choose(event.target.value)}>
            {connections.map((connection) => (
              <option key={connection.id} value={connection.id}>
                {connection.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {reading?.stats && reading.status && (
        <span className="fp-live-view__summary">
          {t('liveView.summary', { status: t(`tenants.status.${reading.status}`), count: reading.stats.enrolled, running: reading.stats.running })}
        </span>
      )}
      {readAt !== undefined && <span className="fp-live-view__updated">{t('liveView.updated', { time: formatDateTime(readAt, locale) })}</span>}
      <span className="fp-live-view__message" role="status">
        {error ? t('liveView.failed', { message: messageOf(error) }) : message}
      </span>
      <span className="fp-live-view__buttons">
        <button type="button" className="button button-small" onClick={() => void refresh()} disabled={loading || !connectionId}>
          {t('liveView.refresh')}
        </button>
        <button type="button" className="icon-button" onClick={close} aria-label={t('liveView.close')} title={t('liveView.close')}>
          ×
        </button>
      </span>
    </section>
  );
}
