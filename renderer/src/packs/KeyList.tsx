import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../ui/message-of';

/** One key as a {@link KeyList} row shows it. */
export interface ListedKey {
  fingerprint: string;
  author: string;
  /** Lines under the fingerprint: when it was added, how it is stored. */
  details: ReactNode;
}

interface KeyListProps {
  title: string;
  /** What the keys of this list are for. */
  intro: string;
  /** Says how keys get into this list; shown when there is none. */
  empty: string;
  /** The question asked before forgetting one key (what forgetting it changes). */
  confirmText: (key: ListedKey) => string;
  /** Null while the list loads. */
  keys: readonly ListedKey[] | null;
  /** Why the list could not be read. */
  loadProblem: string | null;
  onForget: (fingerprint: string) => Promise<void>;
}

/**
 * A fingerprint (`3f2a:91c0:…`, shared/pack/signature/keys.ts) with its groups of four set
 * apart, so people comparing it by eye keep their place. The text stays exactly the
 * fingerprint (copy, screen readers, search) and wraps only between groups.
 */
export function Fingerprint({ value }: { value: string }) {
  const groups = value.split(':');
  return (
    <span className="mono key-fingerprint">
      {groups.map((group, index) => (
        <span key={index} className="key-fingerprint-group">
          {group}
          {index < groups.length - 1 && <span className="key-fingerprint-colon">:</span>}
        </span>
      ))}
    </span>
  );
}

/**
 * One section of the Keys dialog: its keys, each with "Forget" that asks to confirm first
 * (inline, in the row), or the empty state saying how keys get there.
 */
export function KeyList({ title, intro, empty, confirmText, keys, loadProblem, onForget }: KeyListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const forget = async (key: ListedKey) => {
    setBusy(true);
    setProblem(null);
    try {
      await onForget(key.fingerprint);
      setConfirming(null);
      // The row and its buttons are gone: focus stays in this section instead of falling to the page.
      headingRef.current?.focus();
    } catch (error) {
      setProblem(t('pack.keys.forgetFailed', { author: key.author, message: messageOf(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="key-section" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="pack-subtitle">
        {title}
      </h3>
      <p className="muted">{intro}</p>
      {loadProblem && (
        <p className="error-text" role="alert">
          {loadProblem}
        </p>
      )}
      {keys === null && !loadProblem && <p className="muted">{t('pack.keys.loading')}</p>}
      {keys?.length === 0 && <p className="key-empty">{empty}</p>}
      {keys && keys.length > 0 && (
        <ul className="key-list" aria-labelledby={headingId}>
          {keys.map((key) => (
            <li key={key.fingerprint} className="key-row">
              <div className="key-identity">
                <strong>{key.author}</strong>
                <Fingerprint value={key.fingerprint} />
                {key.details}
              </div>
              {confirming === key.fingerprint ? (
                <div className="key-confirm" role="group" aria-label={t('pack.keys.confirmLabel', { author: key.author })}>
                  <p>{confirmText(key)}</p>
                  <div className="key-confirm-actions">
                    <button type="button" className="button button-small" autoFocus disabled={busy} onClick={() => setConfirming(null)}>
                      {t('pack.keys.keep')}
                    </button>
                    <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void forget(key)}>
                      {t('pack.keys.confirmForget')}
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('pack.keys.forgetKeyOf', { author: key.author })}
                  onClick={() => {
                    setProblem(null);
                    setConfirming(key.fingerprint);
                  }}
                >
                  {t('pack.keys.forget')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
