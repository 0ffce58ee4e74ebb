import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeychainStatus } from '../../../shared/host/keychain-status';
import { keychainReasonText } from '../i18n/host-codes';
import { messageOf } from '../ui/message-of';
import { packActions } from './pack-actions';
import { Fingerprint } from './KeyList';

/**
 * "Create key…": a new signing key for a name, made and kept by the host (its private part
 * never reaches the page). The form says plainly how the key will be stored; where there is no
 * keychain, creating one needs the user's agreement to store it unencrypted.
 */
export function CreateKeyForm({ keychain, onCreated, onCancel }: { keychain: KeychainStatus; onCreated: (fingerprint: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const nameId = useId();
  const [author, setAuthor] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const canCreate = author.trim() !== '' && (keychain.protects || agreed) && !busy;

  const create = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const created = await packActions.createSigningKey({ author: author.trim(), allowUnprotected: !keychain.protects && agreed });
      onCreated(created.fingerprint);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="key-create" role="group" aria-label={t('pack.keys.createTitle')}>
      <label className="field" htmlFor={nameId}>
        <span>{t('pack.keys.createName')}</span>
        <input id={nameId} value={author} maxLength={200} autoFocus onChange={(event) => setAuthor(event.target.value)} />
      </label>
      <p className="muted">{t('pack.keys.createNameHint')}</p>
      {keychain.protects ? (
        <p className="key-storage">{t('pack.keys.createSealed')}</p>
      ) : (
        <label className="pack-check key-storage-unencrypted">
          <input type="checkbox" checked={agreed} onChange={(event) => setAgreed(event.target.checked)} />
          <span>{t('pack.keys.createUnencrypted', { reason: keychainReasonText(keychain, t) })}</span>
        </label>
      )}
      <div className="key-confirm-actions">
        <button type="button" className="button button-small button-primary" disabled={!canCreate} onClick={() => void create()}>
          {t('pack.keys.create')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

type PublicKey = { author: string; fingerprint: string; fileName: string; text: string };

/**
 * A kept signing key's public key file, to give to those who open the packs it signs (students):
 * its fingerprint to read out to them, and the file to copy or save.
 */
export function PublicKeyPanel({ fingerprint, onClose }: { fingerprint: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState<PublicKey | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let current = true;
    packActions.publicKey(fingerprint).then(
      (answer) => current && setKey(answer),
      (error: unknown) => current && setProblem(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [fingerprint]);

  const copy = async () => {
    if (!key) return;
    try {
      await navigator.clipboard.writeText(key.text);
      setCopied(true);
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  const save = () => {
    if (!key) return;
    const url = URL.createObjectURL(new Blob([key.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = key.fileName;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="key-public" role="group" aria-label={t('pack.keys.publicTitle', { author: key?.author ?? '' })}>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {key && (
        <>
          <p>{t('pack.keys.publicIntro', { author: key.author })}</p>
          <p>
            <span className="muted">{t('pack.keys.publicFingerprint')}</span> <Fingerprint value={key.fingerprint} />
          </p>
          <textarea className="mono key-public-text" readOnly rows={7} value={key.text} aria-label={key.fileName} />
          <div className="key-confirm-actions">
            <button type="button" className="button button-small" onClick={() => void copy()}>
              {copied ? t('pack.keys.publicCopied') : t('pack.keys.publicCopy')}
            </button>
            <button type="button" className="button button-small" onClick={save}>
              {t('pack.keys.publicSave', { fileName: key.fileName })}
            </button>
            <button type="button" className="button button-small" onClick={onClose}>
              {t('pack.keys.publicHide')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
