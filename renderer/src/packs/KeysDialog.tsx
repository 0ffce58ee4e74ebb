import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../app/document-files';
import { ModalDialog } from '../app/ModalDialog';
import { hostClient } from '../host/host-client';
import { KeyList } from './KeyList';
import type { ListedKey } from './KeyList';

/** A list read from the host: null while loading, or why it could not be read. */
type Loaded<T> = { keys: T[] | null; problem: string | null };

async function readList<T>(list: () => Promise<{ keys: T[] }>): Promise<Loaded<T>> {
  try {
    return { keys: (await list()).keys, problem: null };
  } catch (error) {
    return { keys: null, problem: messageOf(error) };
  }
}

/** Reads one key list, and reads it again after each forget, so the screen shows what the host holds. */
function useKeyList<T>(list: () => Promise<{ keys: T[] }>, remove: (fingerprint: string) => Promise<unknown>) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ keys: null, problem: null });
  useEffect(() => {
    let current = true;
    void readList(list).then((answer) => current && setLoaded(answer));
    return () => {
      current = false;
    };
  }, [list]);
  const forget = async (fingerprint: string) => {
    try {
      await remove(fingerprint);
    } finally {
      setLoaded(await readList(list));
    }
  };
  return { ...loaded, forget };
}

const listTrusted = () => hostClient.call('keys:listTrusted', {});
const forgetTrusted = (fingerprint: string) => hostClient.call('keys:forget', { fingerprint });
const listSigning = () => hostClient.call('keys:listSigning', {});
const forgetSigning = (fingerprint: string) => hostClient.call('keys:forgetSigning', { fingerprint });

/**
 * The keys this app remembers (pack signing, docs/FORMAT.md): the public keys the user
 * trusts ("Trust this key" in Import pack) and the private keys it keeps for signing
 * (Export pack). Each can be forgotten, after a confirmation. Opened over the pack dialogs;
 * `onClose` lets them read the keys again.
 */
export function KeysDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trusted = useKeyList(listTrusted, forgetTrusted);
  const signing = useKeyList(listSigning, forgetSigning);
  const day = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(i18n.language, { dateStyle: 'medium' });
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
          <span className="muted">
            <span className={key.protected ? 'key-storage' : 'key-storage key-storage-unencrypted'}>{key.protected ? t('pack.keys.sealed') : t('pack.keys.unencrypted')}</span>
            {added && ` · ${t('pack.keys.keptOn', { date: added })}`}
          </span>
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
    </ModalDialog>
  );
}
