import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ALL_CATALOGS } from '../../../shared/catalog/registry';
import { kindsForProfile } from '../../../shared/format/profiles';
import type { FlowKind, Profile } from '../../../shared/format/profiles';
import { FormDialog } from '../ui/FormDialog';
import { readDisk } from '../documents/document-files';
import { useDocuments } from '../documents/documents-store';
import { translate } from '../i18n/i18n';
import { useLocale } from '../i18n/locale';
import { parseFlowText } from '../documents/load-document';
import { createFlowFile } from './library-actions';
import { FolderSelect } from './FolderSelect';
import { parentPath } from './library-tree';
import { useLibraryView } from './library-view-store';
import { createNewFlowStore } from './new-flow-store';
import type { DuplicateSource, NewFlowMode as Mode } from './new-flow-store';
import { templateActions } from './template-actions';
import { TemplateGallery } from './TemplateGallery';
import { useWorkspace } from './workspace-store';
import { labelIn } from '../i18n/catalog-text';

/**
 * New flow: blank (profile, kind), from a template, or a copy of the selected flow; written to disk, then opened.
 * The form and its workflow are a store of named actions (new-flow-store.ts).
 */
export function NewFlowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const source = useDuplicateSource();
  const [store] = useState(() =>
    createNewFlowStore(
      { listTemplates: templateActions.listTemplates, createFlowFile: (folder, flow) => createFlowFile(folder, flow) },
      { profile: useWorkspace.getState().snapshot?.settings.defaultProfile ?? 'conversations', folder: source ? parentPath(source.path) : '' },
    ),
  );
  const { mode, profile, kind, name, folder, templates, templatesError, template, busy, problem } = useStore(store);
  const actions = store.getState();

  // Built-in templates come in the UI's language, so a flow made from one has its names and messages in it.
  useEffect(() => {
    void store.getState().loadTemplates(locale);
  }, [store, locale]);

  const create = async () => {
    if (await actions.create(source)) onClose();
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
            <input type="radio" name="mode" checked={mode === m} disabled={m === 'duplicate' && !source} onChange={() => actions.chooseMode(m, source)} />
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
              onChange={(event) => actions.chooseProfile(event.target.value as Profile)}
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
            <select value={kind} disabled={kindsForProfile(profile).length < 2} onChange={(event) => actions.chooseKind(event.target.value as FlowKind)}>
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
          onSelect={actions.chooseTemplate}
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
            onChange={(event) => actions.typeName(event.target.value)}
          />
        </label>
        <FolderSelect label={t('newFlow.folder')} value={folder} onChange={actions.chooseFolder} />
      </div>
    </FormDialog>
  );
}

/** The flow "Duplicate" copies: the library's first selected flow, else the active tab. */
function useDuplicateSource(): DuplicateSource | null {
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
