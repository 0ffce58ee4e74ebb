import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureCheckResult } from '../../../shared/host/pack-calls';
import { messageOf } from '../app/document-files';
import { hostClient } from '../host/host-client';

interface SignatureStatusProps {
  signature: SignatureCheckResult;
  /** Called after the user trusted the key, to check the pack again. */
  onTrusted: () => void;
  /** For a tampered pack: whether the user chose to import it anyway. */
  override: boolean;
  onOverride: (value: boolean) => void;
  /** Controls shown beside "Trust this key" (the import dialog's "Manage keys…"). */
  extraActions?: ReactNode;
}

/**
 * A pack's signature as the import dialog states it: valid (author and fingerprint), a
 * correct signature from a key not yet trusted (with "Trust this key"), tampered (red; import
 * only after an explicit override) or unsigned (a neutral note).
 */
export function SignatureStatus({ signature, onTrusted, override, onOverride, extraActions }: SignatureStatusProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const { status, author, fingerprint, reason, publicKey } = signature;

  const trust = async () => {
    if (publicKey === undefined) return;
    try {
      await hostClient.call('keys:trust', { author: author || (fingerprint ?? '?'), publicKey });
      onTrusted();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  const text =
    status === 'valid'
      ? t('pack.signature.valid', { author })
      : status === 'untrusted'
        ? t('pack.signature.untrusted', { by: author ? t('pack.signature.untrustedBy', { author }) : '' })
        : status === 'tampered'
          ? t('pack.signature.tampered')
          : t('pack.signature.unsigned');

  return (
    <section className={`pack-signature pack-signature-${status}`} aria-label={t('pack.signature.label')}>
      {/* The engine's reason is English: the translated sentence says it, the reason is there on hover. */}
      <p className="pack-signature-text" role={status === 'tampered' ? 'alert' : undefined} title={reason}>
        {text}
      </p>
      {fingerprint && <p className="mono pack-fingerprint">{t('pack.signature.fingerprint', { fingerprint })}</p>}
      {((status === 'untrusted' && publicKey) || extraActions) && (
        <div className="pack-signature-actions">
          {status === 'untrusted' && publicKey && (
            <button type="button" className="button button-small" onClick={() => void trust()}>
              {t('pack.signature.trust')}
            </button>
          )}
          {extraActions}
        </div>
      )}
      {status === 'tampered' && (
        <label className="pack-check">
          <input type="checkbox" checked={override} onChange={(event) => onOverride(event.target.checked)} />
          <span>{t('pack.signature.override')}</span>
        </label>
      )}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
