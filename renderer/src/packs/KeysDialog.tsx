import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../ui/message-of';
import { ModalDialog } from '../ui/ModalDialog';
import { packActions } from './pack-actions';
import { formatDate } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { KeyList } from './KeyList';
import { CreateKeyForm, PublicKeyPanel } from './SigningKeyTools';
import type { ListedKey } from './KeyList';

/** A list read from the host (with the rest of its answer): null while loading, or why it could not be read. */
type Loaded<A extends { keys: unknown[] }> = { keys: A['keys'] | null; answer: A | null; problem: string | null };

async function readList<A extends { keys: unknown[] }>(list: () => Promise<A>): Promise<Loaded<A>> {
  try {
    const answer = await list();
    return { keys: answer.keys, answer, problem: null };
  } catch (error) {
    return { keys: null, answer: null, problem: messageOf(error) };
  }
}

/** Reads one key list, and reads it again after each change, so the screen shows what the host holds. */
function useKeyList<A extends { keys: unknown[] }>(list: () => Promise<A>, remove: (fingerprint: string) => Promise<unknown>) {
  const [loaded, setLoaded] = useState<Loaded<A>>({ keys: null, answer: null, problem: null });
  useEffect(() => {
    let current = true;
    void readList(list).then((answer) => current && setLoaded(answer));
    return () => {
      current = false;
    };
  }, [list]);
  const reload = async () => setLoaded(await readList(list));
  const forget = async (fingerprint: string) => {
    try {
      await remove(fingerprint);
    } finally {
      await reload();
    }
  };
  return { ...loaded, forget, reload };
}

const { listTrustedKeys: listTrusted, forgetTrustedKey: forgetTrusted, listSigningKeys: listSigning, forgetSigningKey: forgetSigning } = packActions;

/**
 * The keys this app remembers (pack signing, docs/FORMAT.md): the public keys the user
 * trusts ("Trust this key…" in Import pack, after comparing fingerprints) with the policy
 * "require a signature from a trusted key", and the private keys it keeps for signing (Export
 * pack), which can be created here and whose public key can be copied or saved to give to
 * others. Each key can be forgotten, after a confirmation. Opened over the pack dialogs;
 * `onClose` lets them read the keys again.
 */
export function KeysDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trusted = useKeyList(listTrusted, forgetTrusted);
  const signing = useKeyList(listSigning, forgetSigning);
  const [creating, setCreating] = useState(false);
  const [showing, setShowing] = useState<string | null>(null);
  const [policyProblem, setPolicyProblem] = useState<string | null>(null);
  // The box follows the click at once; the host's answer (read again after) has the last word.
  const [policyChosen, setPolicyChosen] = useState<boolean | null>(null);
  const setPolicy = async (requireTrusted: boolean) => {
    setPolicyProblem(null);
    setPolicyChosen(requireTrusted);
    try {
      await packActions.setTrustPolicy(requireTrusted);
    } catch (error) {
      setPolicyProblem(messageOf(error));
    }
    await trusted.reload();
    setPolicyChosen(null);
  };
  const day = (iso: string) => {
    return formatDate(iso, locale);
  };

  const trustedRows: ListedKey[] | null =
    trusted.keys?.map((key) => {
      const added = day(key.addedAt);
      return { fingerprint: key.fingerprint, author: key.author, details: added && <span className="muted">{t('pack.keys.trustedOn', { date: added })}</span> };
    }) ?? null;
  const signingRows: ListedKey[] | null =
    signing.keys?.map((key) => {
      const added = day(key.addedAt);
      return {
        fingerprint: key.fingerprint,
        author: key.author,
        details: (
          <>
            <span className="muted">
              <span className={key.protected ? 'key-storage' : 'key-storage key-storage-unencrypted'}>{key.protected ? t('pack.keys.sealed') : t('pack.keys.unencrypted')}</span>
              {added && ` · ${t('pack.keys.keptOn', { date: added })}`}
            </span>
            {showing === key.fingerprint ? (
              <PublicKeyPanel fingerprint={key.fingerprint} onClose={() => setShowing(null)} />
            ) : (
              <button type="button" className="button button-small key-public-button" aria-label={t('pack.keys.publicOf', { author: key.author })} onClick={() => setShowing(key.fingerprint)}>
                {t('pack.keys.publicShow')}
              </button>
            )}
          </>
        ),
      };
    }) ?? null;

  return (
    <ModalDialog
      title={t('pack.keys.title')}
      onCancel={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <label className="pack-check key-policy">
        <input
          type="checkbox"
          checked={policyChosen ?? trusted.answer?.requireTrusted ?? false}
          disabled={trusted.answer === null}
          onChange={(event) => void setPolicy(event.target.checked)}
        />
        <span>
          <strong>{t('pack.keys.policy')}</strong>
          <br />
          <span className="muted">{t('pack.keys.policyHint')}</span>
        </span>
      </label>
      {policyProblem && (
        <p className="error-text" role="alert">
          {policyProblem}
        </p>
      )}
      <KeyList
        title={t('pack.keys.trustedTitle')}
        intro={t('pack.keys.trustedIntro')}
        empty={t('pack.keys.trustedEmpty')}
        confirmText={(key) => t('pack.keys.confirmTrusted', { author: key.author })}
        keys={trustedRows}
        loadProblem={trusted.problem && t('pack.keys.loadFailed', { message: trusted.problem })}
        onForget={trusted.forget}
      />
      <KeyList
        title={t('pack.keys.signingTitle')}
        intro={t('pack.keys.signingIntro')}
        empty={t('pack.keys.signingEmpty')}
        confirmText={(key) => t('pack.keys.confirmSigning', { author: key.author })}
        keys={signingRows}
        loadProblem={signing.problem && t('pack.keys.loadFailed', { message: signing.problem })}
        onForget={signing.forget}
      />
      {creating && signing.answer ? (
        <CreateKeyForm
          keychain={signing.answer.keychain}
          onCancel={() => setCreating(false)}
          onCreated={(fingerprint) => {
            setCreating(false);
            setShowing(fingerprint);
            void signing.reload();
          }}
        />
      ) : (
        <button type="button" className="button button-small" disabled={signing.answer === null} onClick={() => setCreating(true)}>
          {t('pack.keys.createOpen')}
        </button>
      )}
      <p className="muted">{t('pack.keys.keygenHint')}</p>
    </ModalDialog>
  );
}
