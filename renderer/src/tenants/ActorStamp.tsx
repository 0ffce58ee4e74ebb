import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import type { ActorPerson } from '../../../shared/tenant-api/people';
import { actorName } from './actor-name';

/**
 * When something happened to a remote flow and who did it: the token's person, else its label,
 * with the token id (and the person's address) in the tooltip (two tokens may share a label; the
 * id is exact), and the time below.
 */
export function ActorStamp({ at, tokenId, label, person }: { at: string | null; tokenId: string | null; label: string | null; person?: ActorPerson | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (at === null) return <>{t('tenants.never')}</>;
  const time = <div className="muted">{formatDateTime(at, locale)}</div>;
  // No token: the server's own command line acted (create-tenant, seed-demo).
  if (tokenId === null) return <>{t('tenants.someone')}{time}</>;
  const actor = actorName(tokenId, label, person);
  return (
    <>
      <span className="fp-actor" title={actor.email === null ? t('tenants.tokenTooltip', { id: tokenId }) : t('tenants.personTooltip', { email: actor.email, id: tokenId })}>
        {actor.name}
      </span>
      {time}
    </>
  );
}
