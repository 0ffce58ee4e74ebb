import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { profileName } from '../i18n/profile-name';
import type { HostResult } from '../../../shared/host/contract';
import type { TenantConnectionView } from '../../../shared/host/tenant-calls';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { messageOf } from '../ui/message-of';
import { useSignIns } from './sign-in-store';
import { tenantActions } from './tenant-actions';

/** The signed-in person as the ID token names them: name and address when both are known. */
function personName(person: { name: string | null; email: string | null }): string {
  if (person.name && person.email) return `${person.name} (${person.email})`;
  return person.name ?? person.email ?? '?';
}

/** What the badge says of the connection's secrets: its token's protection, or its session's when it has no token. */
function protectionText(connection: TenantConnectionView, t: TFunction): string {
  if (connection.hasToken) return connection.protected ? t('tenants.protectedToken') : t('tenants.unprotectedToken');
  return connection.protected ? t('tenants.protectedSession') : t('tenants.unprotectedSession');
}

type TestOutcome = { ok: true; info: HostResult<'tenants:test'>['info'] } | { ok: false; message: string };

/** One tenant connection: its name, address and token protection, and what can be done with it. */
export function TenantRow({ connection, onChanged, onBrowse, onSync }: { connection: TenantConnectionView; onChanged: () => Promise<void>; onBrowse: () => void; onSync: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [signedOut, setSignedOut] = useState<'revoked' | 'notRevoked' | null>(null);
  const signIn = useSignIns((state) => state.byConnection[connection.id]);
  const signingIn = signIn?.state === 'waiting';

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      await onChanged();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  const test = async () => {
    setTesting(true);
    try {
      setOutcome({ ok: true, info: (await tenantActions.testConnection(connection.id)).info });
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error) });
    } finally {
      setTesting(false);
    }
  };
  const startSignIn = () => {
    setProblem(null);
    setSignedOut(null);
    void useSignIns.getState().signIn(connection.id, onChanged);
  };
  const signOut = () =>
    run(async () => {
      useSignIns.getState().clear(connection.id);
      const { revoked } = await tenantActions.signOut(connection.id);
      setSignedOut(revoked ? 'revoked' : 'notRevoked');
    });
  const remove = () => {
    setConfirmingRemove(false);
    void run(() => tenantActions.removeTenant(connection.id));
  };
  const saveName = (name: string) =>
    run(async () => {
      await tenantActions.renameTenant(connection.id, name);
      setRenaming(null);
    });

  return (
    <li className="fp-tenant" aria-label={connection.name}>
      <div className="fp-tenant__head">
        {renaming === null ? (
          <strong className="fp-tenant__name">{connection.name}</strong>
        ) : (
          <form onSubmit={(event) => (event.preventDefault(), void saveName(renaming))}>
            <input aria-label={t('tenants.name')} value={renaming} autoFocus onChange={(event) => setRenaming(event.target.value)} />
          </form>
        )}
        <span className="fp-tenant__url">{connection.url}</span>
        <span className={connection.protected ? 'fp-badge' : 'fp-badge fp-badge--warning'}>{protectionText(connection, t)}</span>
        <span className="fp-tenant__who">
          {connection.signedInAs
            ? t('tenants.signIn.signedInAs', { who: personName(connection.signedInAs) })
            : connection.hasToken
              ? t('tenants.signIn.notSignedIn')
              : t('tenants.signIn.notSignedInNoToken')}
        </span>
      </div>
      <div className="fp-tenant__actions">
        <button type="button" className="button button-small" onClick={() => void test()} disabled={testing}>{testing ? t('tenants.testing') : t('tenants.test')}</button>
        {connection.signedInAs ? (
          <button type="button" className="button button-small" onClick={() => void signOut()}>{t('tenants.signIn.signOut')}</button>
        ) : (
          <button type="button" className="button button-small" onClick={startSignIn} disabled={signingIn} title={t('tenants.signIn.hint')}>
            {signingIn ? t('tenants.signIn.signingIn') : t('tenants.signIn.signIn')}
          </button>
        )}
        {signingIn && (
          <button type="button" className="button button-small" onClick={() => void useSignIns.getState().cancel(connection.id)}>{t('tenants.signIn.cancel')}</button>
        )}
        <button type="button" className="button button-small" onClick={onBrowse}>{t('tenants.flows')}</button>
        <button type="button" className="button button-small" onClick={onSync}>{t('tenants.sync.open')}</button>
        {renaming === null ? (
          <button type="button" className="button button-small" onClick={() => setRenaming(connection.name)}>{t('tenants.rename')}</button>
        ) : (
          <button type="button" className="button button-small" onClick={() => void saveName(renaming)}>{t('tenants.saveName')}</button>
        )}
        <button type="button" className="button button-small button-danger" onClick={() => setConfirmingRemove(true)}>{t('tenants.remove')}</button>
      </div>
      {outcome?.ok === true && (
        <p role="status" className="fp-tenant__ok">
          {t('tenants.connected', { name: outcome.info.name, profile: profileName(outcome.info.profile, locale), scopes: outcome.info.token.scopes.join(', ') })}
          {outcome.info.token.expiresAt && ` ${t('tenants.expires', { date: formatDate(outcome.info.token.expiresAt, locale) ?? outcome.info.token.expiresAt })}`}
        </p>
      )}
      {outcome?.ok === false && <p role="alert" className="error-text">{outcome.message}</p>}
      {problem && <p role="alert" className="error-text">{problem}</p>}
      {signIn?.state === 'failed' && <p role="alert" className="error-text">{signIn.message}</p>}
      {signIn?.state === 'cancelled' && <p role="status">{t('tenants.signIn.cancelled')}</p>}
      {signedOut && <p role="status">{signedOut === 'revoked' ? t('tenants.signIn.signedOut') : t('tenants.signIn.notRevoked')}</p>}
      {confirmingRemove && (
        // Over the Connections dialog; closing it gives focus back to the Remove button.
        <ConfirmDialog
          title={t('tenants.removeTitle')}
          onCancel={() => setConfirmingRemove(false)}
          cancelAutoFocus
          choices={[{ label: t('tenants.remove'), tone: 'danger', onChoose: remove }]}
        >
          <p>{t('tenants.confirmRemove', { name: connection.name })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
