import { createStore } from 'zustand/vanilla';
import { hasRefusingErrors } from '../../../shared/format/diagnostic-class';
import type { HostArgs, HostResult } from '../../../shared/host/contract';
import { isWorkspacePath, PACK_FILE_SUFFIX } from '../../../shared/host/workspace-paths';
import { translate } from '../i18n/i18n';
import { messageOf } from '../ui/message-of';
import type { SavedPack } from './ExportSavedView';
import type { PackActions } from './pack-actions';

type Preview = HostResult<'pack:exportPreview'>;
type SigningKeys = HostResult<'keys:listSigning'>;
/** What export is asked with; a new object whenever the form changes, so a preview names the form it answers. */
export type ExportArgs = HostArgs<'pack:exportPreview'> & { paths: string[]; name: string; keep: string[] };

/** The Export pack dialog's form and workflow: choose flows, name the pack, read the report, sign, save. */
export interface ExportPackState {
  chosen: string[];
  name: string;
  description: string;
  author: string;
  /** The file name typed over the one export suggests (browser host only); null keeps the suggestion. */
  fileName: string | null;
  /** Personal data the author keeps on purpose (chosen with "Keep" in the report); export runs again with it. */
  keep: string[];
  args: ExportArgs;
  /** The last report, with the arguments it answers, so Save waits until the report shown is the current one. */
  previewed: { for: ExportArgs; result: Preview } | null;
  problem: string | null;
  busy: boolean;
  /** The signing keys the app keeps, once listed (null also when they could not be). */
  signing: SigningKeys | null;
  /** '' signs nothing, 'file' signs with a picked key file, anything else is a kept key's fingerprint. */
  signWith: string;
  /** The text of a picked key file. */
  signingKey: string | undefined;
  keepKey: boolean;
  /** Where the pack went, once written: the dialog then says so instead of closing. */
  saved: SavedPack | null;

  toggleFlow(path: string, on: boolean): void;
  setName(name: string): void;
  setDescription(description: string): void;
  setAuthor(author: string): void;
  setFileName(fileName: string): void;
  keepValue(value: string): void;
  unkeepValue(value: string): void;
  signWithChoice(signWith: string): void;
  pickKeyFile(text: string | undefined): void;
  setKeepKey(keepKey: boolean): void;
  fail(problem: string): void;
  loadSigningKeys(): Promise<SigningKeys | null>;
  /** Asks export for the report of the form as it is; an answer for a form changed meanwhile is dropped. */
  preview(): Promise<void>;
  /** Writes the pack (native Save dialog in the desktop app, a workspace file elsewhere). */
  save(nativeDialogs: boolean): Promise<void>;
  /** After the Keys dialog: a kept key chosen here may have been forgotten there. */
  afterKeys(): Promise<void>;
}

/** The report shown: the last preview while the form can be exported, else none. */
export function shownPreview(state: ExportPackState): Preview | null {
  return state.args.paths.length > 0 && state.args.name !== '' ? (state.previewed?.result ?? null) : null;
}

/** The file the pack is written to without native dialogs: the name typed, else the one export suggests. */
export function targetFile(state: ExportPackState): string {
  return state.fileName ?? shownPreview(state)?.fileName ?? '';
}

/** Save waits for a report of the current form, and export must not refuse. */
export function canSave(state: ExportPackState): boolean {
  const preview = shownPreview(state);
  return state.previewed?.for === state.args && !(preview ? hasRefusingErrors(preview.diagnostics) : false);
}

function argsOf(state: Pick<ExportPackState, 'chosen' | 'name' | 'description' | 'author' | 'keep'>): ExportArgs {
  return { paths: state.chosen, name: state.name.trim(), description: state.description, author: state.author.trim(), keep: state.keep };
}

/** A store for one Export pack dialog, opened on `paths` with `name` suggested. */
export function createExportPackStore(actions: PackActions, opened: { paths: string[]; name: string }) {
  return createStore<ExportPackState>()((set, get) => {
    /** Changes the form; export's arguments follow. */
    const change = (patch: Partial<Pick<ExportPackState, 'chosen' | 'name' | 'description' | 'author' | 'keep'>>) =>
      set((state) => {
        const next = { ...state, ...patch };
        return { ...patch, args: argsOf(next) };
      });
    /** How the pack is signed; a picked key the user asked to keep is handed to the app's key store first. */
    const signingArgs = async (): Promise<{ signingKey?: string; signingKeyId?: string }> => {
      const { signWith, signingKey, keepKey, signing } = get();
      if (signWith === '') return {};
      if (signWith !== 'file') return { signingKeyId: signWith };
      if (signingKey === undefined) return {};
      if (!keepKey) return { signingKey };
      const kept = await actions.rememberSigningKey({ text: signingKey, allowUnprotected: !(signing?.keychain.protects ?? false) });
      return { signingKeyId: kept.fingerprint };
    };
    const initial = { chosen: opened.paths, name: opened.name, description: '', author: '', keep: [] as string[] };
    return {
      ...initial,
      fileName: null,
      args: argsOf(initial),
      previewed: null,
      problem: null,
      busy: false,
      signing: null,
      signWith: '',
      signingKey: undefined,
      keepKey: false,
      saved: null,

      toggleFlow: (path, on) => change({ chosen: on ? [...get().chosen, path] : get().chosen.filter((p) => p !== path) }),
      setName: (name) => change({ name }),
      setDescription: (description) => change({ description }),
      setAuthor: (author) => change({ author }),
      setFileName: (fileName) => set({ fileName }),
      keepValue: (value) => {
        if (!get().keep.includes(value)) change({ keep: [...get().keep, value] });
      },
      unkeepValue: (value) => change({ keep: get().keep.filter((kept) => kept !== value) }),
      signWithChoice: (signWith) => set({ signWith }),
      pickKeyFile: (signingKey) => set({ signingKey }),
      setKeepKey: (keepKey) => set({ keepKey }),
      fail: (problem) => set({ problem }),
      loadSigningKeys: async () => {
        const signing = await actions.listSigningKeys().catch(() => null);
        set({ signing });
        return signing;
      },
      preview: async () => {
        const asked = get().args;
        if (asked.paths.length === 0 || asked.name === '') return;
        try {
          const result = await actions.exportPreview(asked);
          if (get().args === asked) set({ previewed: { for: asked, result }, problem: null });
        } catch (error) {
          if (get().args === asked) set({ problem: messageOf(error) });
        }
      },
      save: async (nativeDialogs) => {
        const state = get();
        if (!canSave(state)) return; // Enter in a field: the report must be current and allow writing
        const { args } = state;
        if (state.chosen.length === 0) return set({ problem: translate('pack.chooseFlows') });
        if (args.name === '') return set({ problem: translate('pack.nameRequired') });
        const target = targetFile(state);
        if (!nativeDialogs && (!target.endsWith(PACK_FILE_SUFFIX) || !isWorkspacePath(target))) return set({ problem: translate('pack.fileNameInvalid') });
        set({ busy: true });
        try {
          const signed = { ...args, ...(await signingArgs()) };
          const result = await actions.writePack(signed, nativeDialogs ? { nativeDialogs } : { nativeDialogs, target });
          if (result.cancelled) return;
          // Refused after all (a file changed since the preview): show why; nothing was written.
          if (result.savedTo === null) return set({ previewed: { for: args, result: { ...result, fileName: target } } });
          set({ saved: { fullPath: result.savedTo, workspacePath: result.workspacePath } });
        } catch (error) {
          set({ problem: messageOf(error) });
        } finally {
          set({ busy: false });
        }
      },
      afterKeys: async () => {
        const kept = await get().loadSigningKeys();
        const { signWith } = get();
        if (signWith !== '' && signWith !== 'file' && !kept?.keys.some((key) => key.fingerprint === signWith)) set({ signWith: '' });
      },
    };
  });
}

export type ExportPackStore = ReturnType<typeof createExportPackStore>;
