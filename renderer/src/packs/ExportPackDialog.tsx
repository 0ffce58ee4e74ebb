import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRefusingErrors } from '../../../shared/format/diagnostic-class';
import type { HostResult } from '../../../shared/host/contract';
import { isWorkspacePath, PACK_FILE_SUFFIX } from '../../../shared/host/workspace-paths';
import { messageOf } from '../ui/message-of';
import { FormDialog } from '../ui/FormDialog';
import { useUi } from '../ui/ui-store';
import { hostClient } from '../host/host-client';
import { useWorkspace } from '../library/workspace-store';
import { ExportReportView } from './ExportReportView';
import { ExportSavedView } from './ExportSavedView';
import type { SavedPack } from './ExportSavedView';
import { ManageKeysButton } from './ManageKeysButton';
import { readPickedFile } from './picked-file';

/** How long the form waits after the last change before asking export again. */
const PREVIEW_DELAY_MS = 250;

type Preview = HostResult<'pack:exportPreview'>;

const listSigning = () => hostClient.call('keys:listSigning', {}).catch(() => null);

/** The signing keys the app keeps (keys:listSigning), loaded when the dialog opens and again on `reload`. */
function useSigningKeys(): { listed: HostResult<'keys:listSigning'> | null; reload: () => Promise<HostResult<'keys:listSigning'> | null> } {
  const [listed, setListed] = useState<HostResult<'keys:listSigning'> | null>(null);
  useEffect(() => {
    void listSigning().then(setListed);
  }, []);
  const reload = async () => {
    const answer = await listSigning();
    setListed(answer);
    return answer;
  };
  return { listed, reload };
}

/**
 * Exports flows of the workspace as a template pack. The sanitisation report (or why export
 * refuses) is shown and refreshed as the user chooses flows and names the pack; Save runs
 * export again and writes the pack into the workspace, never over an existing file.
 */
export function ExportPackDialog({ paths, onClose }: { paths: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const entries = useWorkspace((state) => state.snapshot?.entries);
  const flows = useMemo(() => (entries ?? []).flatMap((entry) => (entry.kind === 'flow' ? [entry] : [])), [entries]);
  const [chosen, setChosen] = useState<string[]>(paths);
  const firstName = flows.find((entry) => entry.path === paths[0])?.summary.name ?? '';
  const [name, setName] = useState(paths.length === 1 ? firstName : '');
  const [description, setDescription] = useState('');
  const [author, setAuthor] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  // With the arguments it answers, so Save waits until the report shown is the current one.
  const [previewed, setPreviewed] = useState<{ for: unknown; result: Preview } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nativeDialogs = useUi((state) => state.host?.nativeDialogs ?? false);
  const [signingKey, setSigningKey] = useState<string | undefined>(undefined);
  const { listed: signing, reload: reloadSigning } = useSigningKeys();
  /** '' signs nothing, 'file' signs with a picked key file, anything else is a kept key's fingerprint. */
  const [signWith, setSignWith] = useState('');
  const [keepKey, setKeepKey] = useState(false);
  /** Personal data the author keeps on purpose (chosen with "Keep" in the report); export runs again with it. */
  const [keep, setKeep] = useState<string[]>([]);
  /** Where the pack went, once written: the dialog then says so instead of closing. */
  const [saved, setSaved] = useState<SavedPack | null>(null);

  const args = useMemo(() => ({ paths: chosen, name: name.trim(), description, author: author.trim(), keep }), [chosen, name, description, author, keep]);

  useEffect(() => {
    if (args.paths.length === 0 || args.name === '') return;
    let current = true;
    const timer = setTimeout(() => {
      hostClient.call('pack:exportPreview', args).then(
        (result) => {
          if (!current) return;
          setPreviewed({ for: args, result });
          setProblem(null);
        },
        (error: unknown) => {
          if (current) setProblem(messageOf(error));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [args]);

  const preview = args.paths.length > 0 && args.name !== '' ? (previewed?.result ?? null) : null;
  const fresh = previewed?.for === args;
  const target = fileName ?? preview?.fileName ?? '';
  const refused = preview ? hasRefusingErrors(preview.diagnostics) : false;
  /** How the pack is signed; a picked key the user asked to keep is handed to the app's key store first. */
  const signingArgs = async (): Promise<{ signingKey?: string; signingKeyId?: string }> => {
    if (signWith === '') return {};
    if (signWith !== 'file') return { signingKeyId: signWith };
    if (signingKey === undefined) return {};
    if (!keepKey) return { signingKey };
    const kept = await hostClient.call('keys:rememberSigning', { text: signingKey, allowUnprotected: !(signing?.keychain.protects ?? false) });
    return { signingKeyId: kept.fingerprint };
  };
  const save = async () => {
    if (!fresh || refused) return; // Enter in a field: the report must be current and allow writing
    if (chosen.length === 0) return setProblem(t('pack.chooseFlows'));
    if (args.name === '') return setProblem(t('pack.nameRequired'));
    if (!nativeDialogs && (!target.endsWith(PACK_FILE_SUFFIX) || !isWorkspacePath(target))) return setProblem(t('pack.fileNameInvalid'));
    setBusy(true);
    try {
      const signed = { ...args, ...(await signingArgs()) };
      // The desktop app's native Save dialog asks where, anywhere on the computer (a pack is made to be shared).
      const result = nativeDialogs
        ? await hostClient.call('pack:exportSaveAs', signed).then((answer) => (answer.cancelled ? answer : { ...answer, workspacePath: null }))
        : await hostClient.call('pack:exportWrite', { ...signed, target }).then((written) => ({ ...written, cancelled: false as const, savedTo: written.fullPath, workspacePath: written.written }));
      if (result.cancelled) return;
      // Refused after all (a file changed since the preview): show why; nothing was written.
      if (result.savedTo === null) return setPreviewed({ for: args, result: { ...result, fileName: target } });
      setSaved({ fullPath: result.savedTo, workspacePath: result.workspacePath });
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  /** After the Keys dialog: a kept key chosen here may have been forgotten there. */
  const afterKeys = async () => {
    const kept = await reloadSigning();
    if (signWith !== '' && signWith !== 'file' && !kept?.keys.some((key) => key.fingerprint === signWith)) setSignWith('');
  };

  const toggle = (path: string, on: boolean) => setChosen((list) => (on ? [...list, path] : list.filter((p) => p !== path)));

  if (saved) {
    // The same dialog, now saying where the pack went; closing it returns focus where export was opened.
    return (
      <FormDialog title={t('pack.exportTitle')} confirmLabel={t('common.close')} onConfirm={onClose} onCancel={onClose} showCancel={false} size="wide">
        <ExportSavedView saved={saved} />
      </FormDialog>
    );
  }

  return (
    <FormDialog
      title={t('pack.exportTitle')}
      confirmLabel={nativeDialogs ? t('pack.saveAs') : t('pack.save')}
      onConfirm={save}
      onCancel={onClose}
      problem={problem}
      busy={busy || !fresh || refused}
      size="wide"
    >
      <p className="muted">{t('pack.exportIntro')}</p>
      <div className="pack-columns">
        <fieldset className="pack-flow-picker">
          <legend>{t('pack.flows')}</legend>
          {flows.map((entry) => (
            <label key={entry.path} className="pack-check" title={entry.path}>
              <input type="checkbox" checked={chosen.includes(entry.path)} onChange={(event) => toggle(entry.path, event.target.checked)} />
              <span>{entry.summary.name}</span>
              <span className="muted pack-path">{entry.path}</span>
            </label>
          ))}
        </fieldset>
        <div className="form">
          <label className="field">
            <span>{t('pack.packName')}</span>
            <input value={name} autoFocus maxLength={200} onChange={(event) => setName(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('pack.packDescription')}</span>
            <input value={description} maxLength={10_000} onChange={(event) => setDescription(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('pack.author')}</span>
            <input value={author} maxLength={200} onChange={(event) => setAuthor(event.target.value)} />
          </label>
          {/* The desktop app asks where with its native Save dialog instead. */}
          {!nativeDialogs && (
            <label className="field">
              <span>{t('pack.fileName')}</span>
              <input value={target} onChange={(event) => setFileName(event.target.value)} />
            </label>
          )}
          <label className="field">
            <span>{t('pack.signWithChoice')}</span>
            <select value={signWith} onChange={(event) => setSignWith(event.target.value)}>
              <option value="">{t('pack.dontSign')}</option>
              {signing?.keys.map((key) => (
                <option key={key.fingerprint} value={key.fingerprint}>
                  {t('pack.keptKey', { author: key.author, fingerprint: key.fingerprint })}
                </option>
              ))}
              <option value="file">{t('pack.keyFile')}</option>
            </select>
          </label>
          <div className="pack-keys-link">
            <ManageKeysButton onClosed={() => void afterKeys()} />
          </div>
          {signWith === 'file' && (
            <>
              <label className="field">
                <span>{t('pack.signWith')}</span>
                <input
                  type="file"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    if (!file) return setSigningKey(undefined);
                    readPickedFile(file).then(setSigningKey, (error: unknown) => setProblem(messageOf(error)));
                  }}
                />
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={keepKey} onChange={(event) => setKeepKey(event.target.checked)} />
                <span>{signing?.keychain.protects ? t('pack.keepKey') : t('pack.keepKeyUnencrypted', { reason: signing?.keychain.reason ?? '' })}</span>
              </label>
            </>
          )}
        </div>
      </div>
      {keep.length > 0 && (
        <div className="pack-kept-values">
          <span>{t('pack.keptValues')}</span>
          {keep.map((value) => (
            <button key={value} type="button" className="chip" title={t('pack.unkeep', { value })} onClick={() => setKeep((list) => list.filter((kept) => kept !== value))}>
              {value} ×
            </button>
          ))}
        </div>
      )}
      {preview ? (
        <ExportReportView outcome={preview} onKeep={(value) => setKeep((list) => (list.includes(value) ? list : [...list, value]))} />
      ) : (
        chosen.length > 0 && <p className="muted">{args.name === '' ? t('pack.nameFirst') : t('pack.checking')}</p>
      )}
    </FormDialog>
  );
}
