import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sameFingerprint } from '../../../shared/pack/signature/keys';
import { messageOf } from '../ui/message-of';
import { packActions } from './pack-actions';
import { Fingerprint } from './KeyList';

interface TrustKeyCheckProps {
  /** Whom the pack claims to be from (its manifest's author), if anyone. */
  author: string | undefined;
  fingerprint: string;
  publicKey: string;
  onTrusted: () => void;
  onCancel: () => void;
}

/**
 * Trusting a key, as SSH and PGP tools ask it: the key's fingerprint is shown and the user
 * types or pastes the one its author gave them by another way (in person, a call, their
 * site). "Trust" is enabled only when the two are the same; the host checks it again.
 */
export function TrustKeyCheck({ author, fingerprint, publicKey, onTrusted, onCancel }: TrustKeyCheckProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const matches = sameFingerprint(typed, fingerprint);
  // Only once as many digits as a fingerprint has were entered: a half-typed one is not yet wrong.
  const digits = typed.replace(/[\s:]/g, '').length;
  const differs = !matches && digits >= fingerprint.replace(/:/g, '').length;

  const trust = async () => {
    try {
      await packActions.trustKey({ author: author || fingerprint, publicKey, confirmedFingerprint: typed });
      onTrusted();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  return (
    <div className="trust-key-check" role="group" aria-label={t('pack.trustCheck.label')}>
      <p>{author ? t('pack.trustCheck.introBy', { author }) : t('pack.trustCheck.intro')}</p>
      <p className="trust-key-fingerprint">
        <span className="muted">{t('pack.trustCheck.thisKey')}</span> <Fingerprint value={fingerprint} />
      </p>
      <label className="field" htmlFor={inputId}>
        <span>{t('pack.trustCheck.given')}</span>
        <input id={inputId} className="mono" value={typed} spellCheck={false} autoComplete="off" placeholder="0000:0000:…" onChange={(event) => setTyped(event.target.value)} />
      </label>
      {matches && <p className="trust-key-match">{t('pack.trustCheck.match')}</p>}
      {differs && (
        <p className="error-text" role="alert">
          {t('pack.trustCheck.mismatch')}
        </p>
      )}
      <div className="pack-signature-actions">
        <button type="button" className="button button-small button-primary" disabled={!matches} onClick={() => void trust()}>
          {t('pack.trustCheck.trust')}
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
