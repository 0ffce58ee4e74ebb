import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_CATALOGS } from '../../../shared/catalog/registry';
import { copyName } from '../../../shared/format/copy-name';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Template } from '../../../shared/templates/template';
import type { Flow } from '../../../shared/format/flow-schema';
import { kindsForProfile } from '../../../shared/format/profiles';
import type { FlowKind, Profile } from '../../../shared/format/profiles';
import { FormDialog } from '../app/FormDialog';
import { messageOf, readDisk } from '../app/document-files';
import { useDocuments } from '../documents/documents-store';
import { hostClient } from '../host/host-client';
import { copyWordsOfUi, translate } from '../i18n/i18n';
import { useLocale } from '../i18n/locale';
import { copyOfFlow, createFlowFile, parseFlowText } from './library-actions';
import { FolderSelect } from './FolderSelect';
import { parentPath } from './library-tree';
import { useLibraryView } from './library-view-store';
import { TemplateGallery } from './TemplateGallery';
import { useWorkspace } from './workspace-store';
import { labelIn } from '../i18n/catalog-text';

type Mode = 'blank' | 'template' | 'duplicate';

/** New flow: blank (profile, kind), from a template, or a copy of the selected flow; written to disk, then opened. */
export function NewFlowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const snapshot = useWorkspace((state) => state.snapshot);
  const source = useDuplicateSource();
  const [mode, setMode] = useState<Mode>('blank');
  const [profile, setProfile] = useState<Profile>(snapshot?.settings.defaultProfile ?? 'conversations');
  const [kind, setKind] = useState<FlowKind>(kindsForProfile(profile)[0]!);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [folder, setFolder] = useState(source ? parentPath(source.path) : '');
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [templatesError, setTemplatesError] = useState<string | null>(null);
  const [template, setTemplate] = useState<Template | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    hostClient
      .call('templates:list', {})
      .then((result) => setTemplates(result.templates))
      .catch((error: unknown) => setTemplatesError(messageOf(error)));
  }, []);

  const suggestName = (suggestion: string) => {
    if (!nameTouched) setName(suggestion);
  };
  const chooseMode = (next: Mode) => {
    setMode(next);
    if (next === 'duplicate' && source) suggestName(copyName(source.name, new Set(), copyWordsOfUi()));
    if (next === 'template' && template) suggestName(template.name);
    if (next === 'blank') suggestName('');
  };

  const create = async () => {
    const finalName = name.trim();
    if (finalName === '') return setProblem(t('newFlow.nameRequired'));
    setBusy(true);
    setProblem(null);
    try {
      let flow: Flow;
      if (mode === 'blank') flow = createFlow({ profile, kind, name: finalName });
      else if (mode === 'template') {
        if (!template) throw new Error(t('newFlow.chooseTemplate'));
        flow = copyOfFlow(parseFlowText(template.text), finalName);
      } else {
        if (!source) throw new Error(t('newFlow.nothingSelected'));
        flow = copyOfFlow(await source.read(), finalName);
      }
      const path = await createFlowFile(folder, flow);
      if (path !== undefined) onClose();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const modes: Mode[] = ['blank', 'template', 'duplicate'];
  return (
    <FormDialog
      title={t('newFlow.title')}
      confirmLabel={t('newFlow.create')}
      onConfirm={create}
      onCancel={onClose}
      problem={problem}
      busy={busy}
      size={mode === 'template' ? 'wide' : 'normal'}
    >
      <div className="segmented" role="radiogroup" aria-label={t('newFlow.startFrom')}>
        {modes.map((m) => (
          <label key={m} className={`segment${mode === m ? ' is-selected' : ''}`}>
            <input type="radio" name="mode" checked={mode === m} disabled={m === 'duplicate' && !source} onChange={() => chooseMode(m)} />
            {t(`newFlow.mode.${m}`)}
          </label>
        ))}
      </div>
      {mode === 'blank' && (
        <div className="form-row">
          <label className="field">
            <span>{t('newFlow.profile')}</span>
            <select
              value={profile}
              onChange={(event) => {
                const next = event.target.value as Profile;
                setProfile(next);
                setKind(kindsForProfile(next)[0]!);
              }}
            >
              {ALL_CATALOGS.map((catalog) => (
                <option key={catalog.profile} value={catalog.profile}>
                  {labelIn(catalog.labels, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('newFlow.kind')}</span>
            <select value={kind} disabled={kindsForProfile(profile).length < 2} onChange={(event) => setKind(event.target.value as FlowKind)}>
              {kindsForProfile(profile).map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {mode === 'template' && (
        <TemplateGallery
          templates={templates}
          error={templatesError}
          selectedId={template?.id ?? null}
          onSelect={(chosen) => {
            setTemplate(chosen);
            suggestName(chosen.name);
          }}
        />
      )}
      {mode === 'duplicate' && source && <p className="muted">{t('newFlow.duplicateOf', { name: source.name })}</p>}
      <div className="form-row">
        <label className="field field-grow">
          <span>{t('newFlow.name')}</span>
          <input
            value={name}
            autoFocus
            required
            maxLength={200}
            onChange={(event) => {
              setName(event.target.value);
              setNameTouched(true);
            }}
          />
        </label>
        <FolderSelect label={t('newFlow.folder')} value={folder} onChange={setFolder} />
      </div>
    </FormDialog>
  );
}

/** The flow "Duplicate" copies: the library's first selected flow, else the active tab. */
function useDuplicateSource(): { path: string; name: string; read: () => Promise<Flow> } | null {
  const selection = useLibraryView((state) => state.selection.paths);
  const snapshot = useWorkspace((state) => state.snapshot);
  const activeId = useDocuments((state) => state.activeId);
  const docs = useDocuments((state) => state.docs);
  const flows = new Map(snapshot?.entries.flatMap((entry) => (entry.kind === 'flow' ? [[entry.path, entry.summary.name] as const] : [])) ?? []);
  const path = selection.find((p) => flows.has(p)) ?? activeId ?? null;
  if (path === null) return null;
  const open = docs[path];
  const name = open?.flow.name ?? flows.get(path);
  if (name === undefined) return null;
  return {
    path,
    name,
    // An open flow is copied as the editor shows it, unsaved edits included.
    read: async () => {
      const current = useDocuments.getState().docs[path];
      if (current) return current.flow;
      const disk = await readDisk(path);
      if (!disk) throw new Error(translate('notice.fileGone', { path }));
      return parseFlowText(disk.text);
    },
  };
}
