import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { profileCatalog } from '../../../../shared/catalog/registry';
import type { Profile } from '../../../../shared/format/profiles';
import { messageOf } from '../../ui/message-of';
import { useLocale } from '../../i18n/locale';
import type { EntitySource } from './entity-source';
import { labelIn } from '../../i18n/catalog-text';

/**
 * Above a step's fields that reference tenant entities: which tenant they are picked from (a
 * choice when several of the flow's profile are connected), a refresh, and in one line why
 * the fields are typed instead when no catalog is at hand.
 */
export function EntitySourceBar({ source, profile: profileId }: { source: EntitySource; profile: Profile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const profile = labelIn(profileCatalog(profileId).labels, locale);
  const selectId = useId();
  const { view, choices, chosen, synced } = source;
  const name = (connectionId: string, label: string) => (connectionId === synced?.connectionId ? t('canvas.entities.syncedTenant', { name: label }) : label);

  let status: string | null = null;
  if (view.state === 'loading') status = view.tenant === undefined ? t('canvas.entities.findingTenants') : t('canvas.entities.loading', { tenant: view.tenant });
  else if (view.state === 'failed') status = view.tenant === undefined ? t('canvas.entities.tenantsFailed', { message: messageOf(view.error) }) : t('canvas.entities.failed', { tenant: view.tenant, message: messageOf(view.error) });
  else if (view.state === 'none') status = view.unreachable.length > 0 ? t('canvas.entities.noneAnswered', { profile, names: view.unreachable.join(', ') }) : t('canvas.entities.none', { profile });

  return (
    <div className="fp-entity-source">
      {chosen && (
        <div className="fp-entity-source__row">
          {choices.length > 1 ? (
            <>
              <label htmlFor={selectId}>{t('canvas.entities.from')}</label>
              <select id={selectId} value={chosen.connectionId} onChange={(event) => source.choose(event.target.value)}>
                {choices.map((choice) => (
                  <option key={choice.connectionId} value={choice.connectionId}>
                    {name(choice.connectionId, choice.name)}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <span>
              {t('canvas.entities.from')} <strong>{name(chosen.connectionId, chosen.name)}</strong>
            </span>
          )}
          <button type="button" className="fp-button fp-entity-source__refresh" title={t('canvas.entities.refreshHint')} onClick={source.refresh}>
            {t('canvas.entities.refresh')}
          </button>
        </div>
      )}
      {status !== null && (
        <p className="fp-entity-source__status" role="status" aria-busy={view.state === 'loading' || undefined}>
          {status}
          {!chosen && view.state !== 'loading' && (
            <>
              {' '}
              <button type="button" className="fp-link-button" onClick={source.refresh}>
                {t('canvas.entities.refresh')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
