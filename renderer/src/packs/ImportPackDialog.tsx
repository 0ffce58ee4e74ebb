import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollisionChoice, PackImportResult, PackOpenResult } from '../../../shared/host/pack-calls';
import { openFlowFile } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { ModalDialog } from '../ui/ModalDialog';
import { useUi } from '../ui/ui-store';
import { packActions } from './pack-actions';
import { formatDateTime } from '../i18n/format';
import { copyWordsOfUi } from '../i18n/i18n';
import { useLocale } from '../i18n/locale';
import { profileName } from '../i18n/profile-name';
import { FolderSelect } from '../library/FolderSelect';
import { useWorkspace } from '../library/workspace-store';
import { ImportFlowRows } from './ImportFlowRows';
import { ManageKeysButton } from './ManageKeysButton';
import type { FlowChoice } from './ImportFlowRows';
import { PreviewLauncher } from './PreviewLauncher';
import { readPickedFile } from './picked-file';
import { SignatureStatus } from './SignatureStatus';
import { WorkspacePackList } from './WorkspacePackList';

interface PickedPack {
  fileName: string;
  text: string;
  /** The workspace file it was read from, when chosen from the workspace's packs. */
  path?: string;
}

/**
 * Imports a pack file into a folder of the workspace: the manifest, the signature status,
 * and per flow what happens (a flow whose id the workspace already holds needs replace, keep
 * both or skip). A tampered pack imports only after an explicit override. The pack can also
 * be previewed against a tenant catalog snapshot (nothing written).
 */
export function ImportPackDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [picked, setPicked] = useState<PickedPack | null>(null);
  const [opened, setOpened] = useState<PackOpenResult | null>(null);
  const [choices, setChoices] = useState<Record<string, FlowChoice>>({});
  const [folder, setFolder] = useState('');
  const [override, setOverride] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PackImportResult | null>(null);

  const open = async (pack: PickedPack) => {
    setProblem(null);
    setBusy(true);
    try {
      const answer = await packActions.openPack({ fileName: pack.fileName, text: pack.text });
      setPicked(pack);
      setOpened(answer);
      // Nothing is overwritten unless the user says so: a flow already here defaults to keep both.
      setChoices((previous) => Object.fromEntries(answer.flows.map((flow) => [flow.id, previous[flow.id] ?? (flow.collision ? 'keepBoth' : 'import')])));
    } catch (error) {
      setOpened(null);
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  /** A pack of the workspace: read as a picked file is, so import and its preview work the same way. */
  const choose = async (path: string) => {
    try {
      const read = await packActions.readPackFile(path);
      await open({ fileName: path.slice(path.lastIndexOf('/') + 1), text: read.text, path });
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      await open({ fileName: file.name, text: await readPickedFile(file) });
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  const tampered = opened?.signature.status === 'tampered';
  // The user's policy "require a signature from a trusted key" has no override here: it is turned off in Manage keys.
  const policyRefuses = opened !== null && opened.requireTrusted && opened.signature.status !== 'valid';
  const canImport = opened !== null && picked !== null && opened.refusal === null && !policyRefuses && (!tampered || override) && !busy && result === null;

  const runImport = async () => {
    if (!canImport) return;
    setBusy(true);
    setProblem(null);
    try {
      const sent: Record<string, CollisionChoice> = {};
      for (const [id, choice] of Object.entries(choices)) if (choice !== 'import') sent[id] = choice;
      const answer = await packActions.importPack({ source: { fileName: picked.fileName, text: picked.text }, folder, choices: sent, allowTampered: tampered && override, copyWords: copyWordsOfUi() });
      setResult(answer);
      const count = answer.flows.filter((flow) => flow.outcome !== 'skipped').length;
      useUi.getState().notify(t('pack.imported', { count }));
      void useWorkspace.getState().load();
      // Each imported flow opens for review, its problems listed, as the platforms open an imported workflow.
      for (const flow of answer.flows) if (flow.path !== undefined) await openFlowFile(flow.path);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('pack.importTitle')}
      size="wide"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {result ? t('common.close') : t('common.cancel')}
          </button>
          {!result && (
            <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void runImport()}>
              {t('pack.import')}
            </button>
          )}
        </>
      }
    >
      <div
        className="form"
        // A pack file dropped anywhere on the dialog opens like one picked with the file input.
        onDragOver={(event) => {
          if (result === null && event.dataTransfer.types.includes('Files')) event.preventDefault();
        }}
        onDrop={(event) => {
          if (result !== null) return;
          event.preventDefault();
          void pick(event.dataTransfer.files[0]);
        }}
      >
        <WorkspacePackList chosen={picked?.path ?? null} disabled={result !== null || busy} onChoose={(path) => void choose(path)} />
        <label className="field">
          <span>{t('pack.packFile')}</span>
          <input type="file" accept=".flowpack,application/json" disabled={result !== null} onChange={(event) => void pick(event.target.files?.[0])} />
        </label>
        {busy && !opened && <p className="muted">{t('pack.opening')}</p>}
        {!opened && (
          // Keys can be looked after before any pack is chosen (a damaged trust list, a key to forget);
          // once a pack is open the button sits with its signature instead.
          <div className="pack-keys-link">
            <ManageKeysButton onClosed={() => {}} />
          </div>
        )}
        {opened && (
          <>
            <section className="pack-manifest" aria-label={t('pack.manifest')}>
              <h3 className="pack-subtitle">
                {opened.manifest.name}
                {opened.manifest.author && <span className="muted"> {t('pack.byAuthor', { author: opened.manifest.author })}</span>}
              </h3>
              {opened.manifest.description && <p>{opened.manifest.description}</p>}
              <p className="muted">
                {t('pack.manifestLine', { profile: profileName(opened.manifest.profile, locale), created: formatDateTime(opened.manifest.createdAt, locale), generator: opened.manifest.generator })}
              </p>
              <p className="muted">{t('pack.sanitisedCount', { count: opened.manifest.sanitised })}</p>
            </section>
            <SignatureStatus
              signature={opened.signature}
              requireTrusted={opened.requireTrusted}
              override={override}
              onOverride={setOverride}
              onTrusted={() => picked && void open(picked)}
              // A key trusted or forgotten in the Keys dialog changes what this pack's signature says.
              extraActions={<ManageKeysButton onClosed={() => picked && result === null && void open(picked)} />}
            />
            {opened.trustedKeysProblem && (
              <p className="error-text" role="alert">
                {t('pack.signature.trustedKeysUnreadable', { problem: opened.trustedKeysProblem })}
              </p>
            )}
            {opened.refusal && (
              <p className="error-text" role="alert">
                {t('pack.cannotImport', { reason: opened.refusal })}
              </p>
            )}
            <ImportFlowRows flows={opened.flows} choices={choices} result={result} onChoose={(id, choice) => setChoices((all) => ({ ...all, [id]: choice }))} />
            <FolderSelect label={t('pack.destination')} value={folder} disabled={result !== null} onChange={setFolder} />
            {picked && <PreviewLauncher packText={picked.text} />}
          </>
        )}
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}
