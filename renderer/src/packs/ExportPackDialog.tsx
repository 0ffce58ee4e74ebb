import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keychainReasonText } from '../i18n/host-codes';
import { useStore } from 'zustand';
import { messageOf } from '../ui/message-of';
import { FormDialog } from '../ui/FormDialog';
import { useUi } from '../ui/ui-store';
import { useWorkspace } from '../library/workspace-store';
import { canSave, createExportPackStore, shownPreview, targetFile } from './export-pack-store';
import { ExportReportView } from './ExportReportView';
import { ExportSavedView } from './ExportSavedView';
import { ManageKeysButton } from './ManageKeysButton';
import { packActions } from './pack-actions';
import { readPickedFile } from './picked-file';

/** How long the form waits after the last change before asking export again. */
const PREVIEW_DELAY_MS = 250;

/**
 * Exports flows of the workspace as a template pack. The sanitisation report (or why export
 * refuses) is shown and refreshed as the user chooses flows and names the pack; Save runs
 * export again and writes the pack into the workspace, never over an existing file.
 * The form and its workflow are a store of named actions (export-pack-store.ts).
 */
export function ExportPackDialog({ paths, onClose }: { paths: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const entries = useWorkspace((state) => state.snapshot?.entries);
  const flows = useMemo(() => (entries ?? []).flatMap((entry) => (entry.kind === 'flow' ? [entry] : [])), [entries]);
  const [store] = useState(() => {
    const firstName = flows.find((entry) => entry.path === paths[0])?.summary.name ?? '';
    return createExportPackStore(packActions, { paths, name: paths.length === 1 ? firstName : '' });
  });
  const state = useStore(store);
  const { chosen, name, description, author, keep, args, problem, busy, signing, signWith, keepKey, saved } = state;
  const nativeDialogs = useUi((ui) => ui.host?.nativeDialogs ?? false);

  useEffect(() => {
    void store.getState().loadSigningKeys();
  }, [store]);
  // The report follows the form, asked again a moment after the last change.
  useEffect(() => {
    const timer = setTimeout(() => void store.getState().preview(), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, args]);

  const preview = shownPreview(state);
  const target = targetFile(state);
  const actions = store.getState();

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
      onConfirm={() => actions.save(nativeDialogs)}
      onCancel={onClose}
      problem={problem}
      busy={busy || !canSave(state)}
      size="wide"
    >
      <p className="muted">{t('pack.exportIntro')}</p>
      <div className="pack-columns">
        <fieldset className="pack-flow-picker">
          <legend>{t('pack.flows')}</legend>
          {flows.map((entry) => (
            <label key={entry.path} className="pack-check" title={entry.path}>
              <input type="checkbox" checked={chosen.includes(entry.path)} onChange={(event) => actions.toggleFlow(entry.path, event.target.checked)} />
              <span>{entry.summary.name}</span>
              <span className="muted pack-path">{entry.path}</span>
            </label>
          ))}
        </fieldset>
        <div className="form">
          <label className="field">
            <span>{t('pack.packName')}</span>
            <input value={name} autoFocus maxLength={200} onChange={(event) => actions.setName(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('pack.packDescription')}</span>
            <input value={description} maxLength={10_000} onChange={(event) => actions.setDescription(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('pack.author')}</span>
            <input value={author} maxLength={200} onChange={(event) => actions.setAuthor(event.target.value)} />
          </label>
          {/* The desktop app asks where with its native Save dialog instead. */}
          {!nativeDialogs && (
            <label className="field">
              <span>{t('pack.fileName')}</span>
              <input value={target} onChange={(event) => actions.setFileName(event.target.value)} />
            </label>
          )}
          <label className="field">
            <span>{t('pack.signWithChoice')}</span>
            <select value={signWith} onChange={(event) => actions.signWithChoice(event.target.value)}>
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
            <ManageKeysButton onClosed={() => void actions.afterKeys()} />
          </div>
          {signWith === 'file' && (
            <>
              <label className="field">
                <span>{t('pack.signWith')}</span>
                <input
                  type="file"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    if (!file) return actions.pickKeyFile(undefined);
                    readPickedFile(file).then(actions.pickKeyFile, (error: unknown) => actions.fail(messageOf(error)));
                  }}
                />
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={keepKey} onChange={(event) => actions.setKeepKey(event.target.checked)} />
                <span>{signing?.keychain.protects ? t('pack.keepKey') : t('pack.keepKeyUnencrypted', { reason: keychainReasonText(signing?.keychain, t) })}</span>
              </label>
            </>
          )}
        </div>
      </div>
      {keep.length > 0 && (
        <div className="pack-kept-values">
          <span>{t('pack.keptValues')}</span>
          {keep.map((value) => (
            <button key={value} type="button" className="chip" title={t('pack.unkeep', { value })} onClick={() => actions.unkeepValue(value)}>
              {value} ×
            </button>
          ))}
        </div>
      )}
      {preview ? (
        <ExportReportView outcome={preview} onKeep={actions.keepValue} />
      ) : (
        chosen.length > 0 && <p className="muted">{args.name === '' ? t('pack.nameFirst') : t('pack.checking')}</p>
      )}
    </FormDialog>
  );
}
