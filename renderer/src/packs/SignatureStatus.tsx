import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureCheckResult } from '../../../shared/host/pack-calls';
import { Fingerprint } from './KeyList';
import { TrustKeyCheck } from './TrustKeyCheck';

const FINGERPRINT_SLOT = '\u0000';

/** The translated "Key fingerprint …" line with the fingerprint set out as the Keys dialog sets it, so the two compare by eye. */
function FingerprintLine({ text, fingerprint }: { text: string; fingerprint: string }) {
  const [before = '', after = ''] = text.split(FINGERPRINT_SLOT);
  return (
    <p className="pack-fingerprint">
      {before}
      <Fingerprint value={fingerprint} />
      {after}
    </p>
  );
}

interface SignatureStatusProps {
  signature: SignatureCheckResult;
  /** Called after the user trusted the key, to check the pack again. */
  onTrusted: () => void;
  /** For a tampered pack: whether the user chose to import it anyway. */
  override: boolean;
  onOverride: (value: boolean) => void;
  /** Controls shown beside "Trust this key" (the import dialog's "Manage keys…"). */
  extraActions?: ReactNode;
  /** The user's policy "require a signature from a trusted key": only a valid signature may be imported. */
  requireTrusted?: boolean;
}

/**
 * A pack's signature as the import dialog states it: valid (author and fingerprint), a
 * correct signature from a key not yet trusted (with "Trust this key…", which asks the user
 * to compare fingerprints first), tampered (red; import only after an explicit override) or
 * unsigned (a neutral note). A pack claiming the author of a trusted key that did not sign it
 * gets a warning saying so; with the policy on, anything but a valid signature is refused.
 */
export function SignatureStatus({ signature, onTrusted, override, onOverride, extraActions, requireTrusted = false }: SignatureStatusProps) {
  const { t } = useTranslation();
  const [checking, setChecking] = useState(false);
  const { status, author, fingerprint, reason, publicKey, claimsTrustedAuthor } = signature;
  const refused = requireTrusted && status !== 'valid';

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
      {fingerprint && <FingerprintLine text={t('pack.signature.fingerprint', { fingerprint: FINGERPRINT_SLOT })} fingerprint={fingerprint} />}
      {claimsTrustedAuthor && (
        <p className="pack-signature-warning" role="alert">
          {t(status === 'unsigned' ? 'pack.signature.claimsUnsigned' : 'pack.signature.claimsOtherKey', {
            author: claimsTrustedAuthor.author,
            trusted: claimsTrustedAuthor.trustedFingerprints.join(', '),
            fingerprint: fingerprint ?? '',
          })}
        </p>
      )}
      {refused && (
        <p className="error-text" role="alert">
          {t(`pack.signature.policyRefuses.${status}`)}
        </p>
      )}
      {checking && publicKey && fingerprint && (
        <TrustKeyCheck
          author={author}
          fingerprint={fingerprint}
          publicKey={publicKey}
          onCancel={() => setChecking(false)}
          onTrusted={() => {
            setChecking(false);
            onTrusted();
          }}
        />
      )}
      {((status === 'untrusted' && publicKey && !checking) || extraActions) && (
        <div className="pack-signature-actions">
          {status === 'untrusted' && publicKey && !checking && (
            <button type="button" className="button button-small" onClick={() => setChecking(true)}>
              {t('pack.signature.trust')}
            </button>
          )}
          {extraActions}
        </div>
      )}
      {status === 'tampered' && !refused && (
        <label className="pack-check">
          <input type="checkbox" checked={override} onChange={(event) => onOverride(event.target.checked)} />
          <span>{t('pack.signature.override')}</span>
        </label>
      )}
    </section>
  );
}
