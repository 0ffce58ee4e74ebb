import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/**
 * When something happened to a remote flow and who did it: the acting token's label, with the
 * token id in the tooltip (two tokens may share a label; the id is exact), and the time below.
 */
export function ActorStamp({ at, tokenId, label }: { at: string | null; tokenId: string | null; label: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (at === null) return <>{t('tenants.never')}</>;
  const time = <div className="muted">{formatDateTime(at, locale)}</div>;
  // No token: the server's own command line acted (create-tenant, seed-demo).
  if (tokenId === null) return <>{t('tenants.someone')}{time}</>;
  return (
    <>
      <span className="fp-actor" title={t('tenants.tokenTooltip', { id: tokenId })}>
        {label ?? tokenId}
      </span>
      {time}
    </>
  );
}
