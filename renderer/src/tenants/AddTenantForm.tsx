import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeychainStatus } from '../../../shared/host/keychain-status';
import { keychainReasonText } from '../i18n/host-codes';
import { messageOf } from '../ui/message-of';
import { useSignIns } from './sign-in-store';
import { tenantActions } from './tenant-actions';

/**
 * Adds a tenant connection: with a pasted token, or with none, to sign in on the tenant's own
 * page at once. Where the host cannot encrypt tokens, the user must agree to store them
 * unencrypted first (a session's refresh token is one too).
 */
export function AddTenantForm({ keychain, onAdded }: { keychain: KeychainStatus; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [allowUnprotected, setAllowUnprotected] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();

  const add = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { connection } = await tenantActions.addTenant({ name, url, token, allowUnprotected });
      setName('');
      setUrl('');
      setToken('');
      // Started before the list reloads, while the click still counts as the person's for opening the sign-in page.
      if (signsIn) void useSignIns.getState().signIn(connection.id, onAdded);
      await onAdded();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const signsIn = token.trim() === '';
  const ready = name.trim() !== '' && url.trim() !== '' && (keychain.protects || allowUnprotected);

  return (
    <form className="fp-tenant-add" aria-label={t('tenants.add')} onSubmit={(event) => (event.preventDefault(), void add())}>
      <h3>{t('tenants.add')}</h3>
      <label className="field">
        <span>{t('tenants.name')}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('tenants.address')}</span>
        <input type="url" value={url} placeholder="https://flows.example.com" onChange={(event) => setUrl(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('tenants.token')}</span>
        <input type="password" autoComplete="off" spellCheck={false} aria-describedby={hintId} value={token} onChange={(event) => setToken(event.target.value)} />
      </label>
      <small id={hintId} className="muted">
        {t('tenants.tokenHint')}
      </small>
      {!keychain.protects && (
        <div className="fp-tenant-add__warning" role="note">
          <p>{t('tenants.unprotectedWarning', { reason: keychainReasonText(keychain, t) })}</p>
          <label className="checkbox">
            <input type="checkbox" checked={allowUnprotected} onChange={(event) => setAllowUnprotected(event.target.checked)} />
            <span>{t('tenants.allowUnprotected')}</span>
          </label>
        </div>
      )}
      {problem && <p role="alert" className="error-text">{problem}</p>}
      <button type="submit" className="button button-primary" disabled={!ready || busy}>{busy ? t('tenants.adding') : signsIn ? t('tenants.addAndSignIn') : t('tenants.add')}</button>
    </form>
  );
}
