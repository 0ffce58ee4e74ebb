import { createStore } from 'zustand/vanilla';
import { createFlow } from '../../../shared/catalog/create-flow';
import { copyName } from '../../../shared/format/copy-name';
import type { Flow } from '../../../shared/format/flow-schema';
import { kindsForProfile } from '../../../shared/format/profiles';
import type { FlowKind, Profile } from '../../../shared/format/profiles';
import type { Template } from '../../../shared/templates/template';
import { copyWordsOfUi, translate } from '../i18n/i18n';
import { messageOf } from '../ui/message-of';
import { templateShown } from '../i18n/catalog-text';
import { copyOfFlow } from '../../../shared/format/copy-flow';
import type { Locale } from '../../../shared/locales/locales';
import { parseFlowText } from '../documents/load-document';

/** How a new flow starts: empty, from a template, or as a copy of the selected flow. */
export type NewFlowMode = 'blank' | 'template' | 'duplicate';

/** The flow "Duplicate" copies, when there is one: its path, its name, and how to read it as the editor shows it. */
export interface DuplicateSource {
  path: string;
  name: string;
  read: () => Promise<Flow>;
}

/** What the dialog's workflow needs from the rest of the app; tests give fakes. */
export interface NewFlowDeps {
  /** Built-in templates come in the language asked for; the user's own as they saved them. */
  listTemplates: (locale: Locale) => Promise<{ templates: Template[] }>;
  /** Writes the flow as a new file in `folder` and opens it; its path, or undefined when that failed (already reported). */
  createFlowFile: (folder: string, flow: Flow) => Promise<string | undefined>;
}

/** The New flow dialog's form and workflow. */
export interface NewFlowState {
  mode: NewFlowMode;
  profile: Profile;
  kind: FlowKind;
  name: string;
  /** Once the user typed a name, choosing a template or a mode no longer replaces it. */
  nameTouched: boolean;
  folder: string;
  /** The templates once listed; null while they load. */
  templates: Template[] | null;
  templatesError: string | null;
  template: Template | null;
  busy: boolean;
  problem: string | null;

  /** Lists the templates in the UI's language; a template already chosen becomes its version in that language. */
  loadTemplates(locale: Locale): Promise<void>;
  chooseMode(mode: NewFlowMode, source: DuplicateSource | null): void;
  /** A profile brings its first flow kind. */
  chooseProfile(profile: Profile): void;
  chooseKind(kind: FlowKind): void;
  chooseTemplate(template: Template): void;
  typeName(name: string): void;
  chooseFolder(folder: string): void;
  /** Builds the flow the form describes and writes it; true once it is created (the dialog then closes). */
  create(source: DuplicateSource | null): Promise<boolean>;
}

/** A store for one New flow dialog, opened with the workspace's default profile and a folder. */
export function createNewFlowStore(deps: NewFlowDeps, opened: { profile: Profile; folder: string }) {
  return createStore<NewFlowState>()((set, get) => {
    const suggestName = (suggestion: string) => {
      if (!get().nameTouched) set({ name: suggestion });
    };
    const buildFlow = async (name: string, source: DuplicateSource | null): Promise<Flow> => {
      const { mode, profile, kind, template } = get();
      if (mode === 'blank') return createFlow({ profile, kind, name });
      if (mode === 'template') {
        if (!template) throw new Error(translate('newFlow.chooseTemplate'));
        return copyOfFlow(parseFlowText(template.text), name);
      }
      if (!source) throw new Error(translate('newFlow.nothingSelected'));
      return copyOfFlow(await source.read(), name);
    };
    return {
      mode: 'blank',
      profile: opened.profile,
      kind: kindsForProfile(opened.profile)[0]!,
      name: '',
      nameTouched: false,
      folder: opened.folder,
      templates: null,
      templatesError: null,
      template: null,
      busy: false,
      problem: null,

      loadTemplates: (locale) =>
        deps.listTemplates(locale).then(
          (result) => {
            const chosen = get().template;
            const templates = result.templates.map(templateShown);
            set({ templates, template: chosen ? (templates.find((template) => template.id === chosen.id) ?? chosen) : chosen });
          },
          (error: unknown) => set({ templatesError: messageOf(error) }),
        ),
      chooseMode: (mode, source) => {
        set({ mode });
        if (mode === 'duplicate' && source) suggestName(copyName(source.name, new Set(), copyWordsOfUi()));
        const { template } = get();
        if (mode === 'template' && template) suggestName(template.name);
        if (mode === 'blank') suggestName('');
      },
      chooseProfile: (profile) => set({ profile, kind: kindsForProfile(profile)[0]! }),
      chooseKind: (kind) => set({ kind }),
      chooseTemplate: (template) => {
        set({ template });
        suggestName(template.name);
      },
      typeName: (name) => set({ name, nameTouched: true }),
      chooseFolder: (folder) => set({ folder }),
      create: async (source) => {
        const name = get().name.trim();
        if (name === '') {
          set({ problem: translate('newFlow.nameRequired') });
          return false;
        }
        set({ busy: true, problem: null });
        try {
          const path = await deps.createFlowFile(get().folder, await buildFlow(name, source));
          return path !== undefined;
        } catch (error) {
          set({ problem: messageOf(error) });
          return false;
        } finally {
          set({ busy: false });
        }
      },
    };
  });
}
