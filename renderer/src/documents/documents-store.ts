import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import type { Flow } from '../../../shared/format/flow-schema';
import { createValidator } from '../../../shared/validation/validator';
import type { Validator } from '../../../shared/validation/validator';
import { emptyHistory, recordEdit, sealHistory, takeRedo, takeUndo } from './edit-history';
import type { EditHistory } from './edit-history';
import type { FlowDraft } from './flow-edits';
import { loadDocument } from './load-document';
import { documentRecord, pruneSelection, sameSelection } from './document-record';
import { EMPTY_SELECTION, serializeDocument } from './open-document';
import type { DocumentSelection, OpenDocument } from './open-document';

enablePatches();

/** Options of one edit. */
export interface EditOptions {
  /** Edits with the same key less than a second apart, in one gesture, are one undo step. */
  coalesceKey?: string;
  /** The selection after the edit (for example the pasted elements). */
  select?: DocumentSelection;
}

/** The open documents and the actions on them. Each document has its own history and validator. */
export interface DocumentsState {
  docs: Record<string, OpenDocument>;
  /** Document ids in tab order. */
  order: string[];
  activeId: string | null;

  /**
   * Opens a file's text (or activates it when already open) and returns the document id.
   * `diagnostics`, when the host has loaded the same text, spare validating it again.
   */
  openDocument(file: { path: string; text: string; revision: string; diagnostics?: Diagnostic[] | null }): string;
  /** Opens a flow that has never been saved (dirty until saved). */
  newDocument(args: { path: string; flow: Flow }): string;
  /**
   * Opens a flow that is not a workspace file (a tenant's revision) to look at, never to save:
   * read-only for `reason`, with no disk revision, so no save, reload or recovery ever writes it
   * anywhere. Activates it when already open.
   */
  openReadOnly(args: { path: string; flow: Flow; reason: string; tabName: string }): string;
  closeDocument(id: string): void;
  activate(id: string): void;
  /** Records a successful save of `text`; the document is clean if nothing changed since. */
  markSaved(id: string, saved: { revision: string; text: string }): void;
  /** Replaces the content with the file's new text; the change is one undo step. */
  reloadDocument(id: string, file: { text: string; revision: string; diagnostics?: Diagnostic[] | null }): void;
  /** Follows a move of the file; the document's id becomes `newPath`, which is returned. */
  renameDocument(id: string, newPath: string): string;
  /**
   * Sets (or, undefined, removes) a check of the document against the tenant it is synced with,
   * whose findings join the validator's after every edit: the flow's problems include what that
   * tenant lacks, as the tenant itself would refuse to publish it.
   */
  setTenantCheck(id: string, check: TenantCheck | undefined): void;
  /** Selects a node or edge and asks the canvas to bring it into view. */
  focusTarget(id: string, target: { nodeId?: string; edgeId?: string }): void;

  /**
   * Applies a named edit to a document's flow as one undo step (or as part of the previous
   * one, see {@link EditOptions.coalesceKey}). Returns false when nothing changed or the
   * document is read-only.
   */
  edit(id: string, name: string, recipe: (draft: FlowDraft, before: Flow) => void, options?: EditOptions): boolean;
  /** Ends the current gesture: the next edit is a new undo step. */
  sealHistory(id: string): void;
  undo(id: string): void;
  redo(id: string): void;
  setSelection(id: string, selection: DocumentSelection): void;
}

/** Findings about a flow that only a tenant's catalog can give (see setTenantCheck). */
export type TenantCheck = (flow: Flow) => Diagnostic[];

// Histories, validators and tenant checks are not view data: keeping them outside the reactive
// state spares every subscriber a notification when only they change.
const histories = new Map<string, EditHistory>();
const validators = new Map<string, Validator>();
const tenantChecks = new Map<string, { check: TenantCheck; found: Diagnostic[] }>();
let focusSeq = 0;

function validatorFor(id: string): Validator {
  let validator = validators.get(id);
  if (!validator) {
    validator = createValidator();
    validators.set(id, validator);
  }
  return validator;
}

/** Clocks are injectable so tests can step over the coalescing window. */
export const clock = { now: (): number => Date.now() };

/**
 * The open-documents store.
 *
 * @example
 * const id = useDocuments.getState().openDocument({ path, text, revision });
 * const name = useDocuments((state) => state.docs[id]?.flow.name);
 */
export const useDocuments = create<DocumentsState>()(
  immer((set, get) => {
    /** Puts a new flow into a document: validates it and updates history flags. */
    function commit(id: string, flow: Flow, history: EditHistory, selection?: DocumentSelection): void {
      histories.set(id, history);
      const tenant = tenantChecks.get(id);
      if (tenant) tenant.found = tenant.check(flow);
      const diagnostics = tenant ? [...validatorFor(id).validate(flow), ...tenant.found] : validatorFor(id).validate(flow);
      set((state) => {
        const doc = state.docs[id];
        if (!doc) return;
        doc.flow = flow;
        doc.diagnostics = diagnostics;
        doc.selection = pruneSelection(flow, selection ?? (doc.selection as DocumentSelection));
        doc.canUndo = history.undo.length > 0;
        doc.canRedo = history.redo.length > 0;
      });
    }

    /** Adds a document as the last tab and activates it. */
    function add(doc: OpenDocument): void {
      histories.set(doc.id, emptyHistory());
      set((state) => {
        state.docs[doc.id] = doc;
        state.order.push(doc.id);
        state.activeId = doc.id;
      });
    }

    return {
      docs: {},
      order: [],
      activeId: null,

      openDocument({ path, text, revision, diagnostics }) {
        const id = path;
        if (get().docs[id]) {
          get().activate(id);
          return id;
        }
        const loaded = loadDocument(text, path, diagnostics);
        // Loading (here or in the host) has just validated the flow; the document's own validator fills its
        // caches on the first edit rather than validating everything twice on open (or stalling the page
        // later, when idle).
        add(documentRecord({ id, path, flow: loaded.flow, revision, cleanFlow: loaded.flow, readOnlyReason: loaded.readOnlyReason, diagnostics: loaded.diagnostics }));
        return id;
      },

      newDocument({ path, flow }) {
        const id = path;
        if (get().docs[id]) get().closeDocument(id);
        add(documentRecord({ id, path, flow, revision: null, cleanFlow: null, readOnlyReason: null, diagnostics: validatorFor(id).validate(flow) }));
        return id;
      },

      openReadOnly({ path, flow, reason, tabName }) {
        const id = path;
        if (get().docs[id]) {
          get().activate(id);
          return id;
        }
        add({ ...documentRecord({ id, path, flow, revision: null, cleanFlow: flow, readOnlyReason: reason, diagnostics: validatorFor(id).validate(flow) }), tabName });
        return id;
      },

      closeDocument(id) {
        histories.delete(id);
        validators.delete(id);
        tenantChecks.delete(id);
        set((state) => {
          const index = state.order.indexOf(id);
          if (index === -1) return;
          delete state.docs[id];
          state.order.splice(index, 1);
          if (state.activeId === id) state.activeId = state.order[Math.min(index, state.order.length - 1)] ?? null;
        });
      },

      activate(id) {
        if (!get().docs[id] || get().activeId === id) return;
        set((state) => {
          state.activeId = id;
        });
      },

      markSaved(id, { revision, text }) {
        const doc = get().docs[id];
        if (!doc) return;
        const history = histories.get(id);
        if (history) histories.set(id, sealHistory(history));
        // Usually what was written is the current content; otherwise (edits during the save) read it back.
        const cleanFlow = serializeDocument(doc) === text ? doc.flow : loadDocument(text, doc.path).flow;
        set((state) => {
          const target = state.docs[id]!;
          target.revision = revision;
          target.cleanFlow = cleanFlow;
        });
      },

      reloadDocument(id, { text, revision, diagnostics }) {
        const doc = get().docs[id];
        if (!doc) return;
        const loaded = loadDocument(text, doc.path, diagnostics);
        const [flow, patches, inverse] = produceWithPatches(doc.flow, () => loaded.flow);
        const history = sealHistory(recordEdit(histories.get(id) ?? emptyHistory(), { name: 'reload', patches, inverse }, clock.now()));
        set((state) => {
          const target = state.docs[id];
          if (!target) return;
          target.revision = revision;
          target.cleanFlow = loaded.flow;
          target.readOnlyReason = loaded.readOnlyReason;
        });
        if (loaded.readOnlyReason === null) {
          commit(id, flow, history);
        } else {
          histories.set(id, emptyHistory());
          set((state) => {
            const target = state.docs[id];
            if (!target) return;
            target.flow = loaded.flow;
            target.diagnostics = loaded.diagnostics;
            target.selection = EMPTY_SELECTION;
            target.canUndo = false;
            target.canRedo = false;
          });
        }
      },

      setTenantCheck(id, check) {
        const doc = get().docs[id];
        const before = tenantChecks.get(id)?.found ?? [];
        if (!doc || (check === undefined && !tenantChecks.has(id))) return;
        if (check === undefined) tenantChecks.delete(id);
        const found = check && doc.readOnlyReason === null ? check(doc.flow) : [];
        if (check) tenantChecks.set(id, { check, found });
        // Compared with the stored findings themselves, outside the draft, where they are not proxies.
        const diagnostics = [...doc.diagnostics.filter((d) => !before.includes(d)), ...found];
        set((state) => {
          const target = state.docs[id];
          if (target) target.diagnostics = diagnostics;
        });
      },

      renameDocument(id, newPath) {
        const doc = get().docs[id];
        if (!doc || id === newPath) return id;
        if (get().docs[newPath]) get().closeDocument(newPath);
        for (const map of [histories, validators, tenantChecks] as Map<string, unknown>[]) {
          const value = map.get(id);
          map.delete(id);
          if (value !== undefined) map.set(newPath, value);
        }
        set((state) => {
          const moved = state.docs[id]!;
          delete state.docs[id];
          moved.id = newPath;
          moved.path = newPath;
          state.docs[newPath] = moved;
          state.order = state.order.map((entry) => (entry === id ? newPath : entry));
          if (state.activeId === id) state.activeId = newPath;
        });
        return newPath;
      },

      focusTarget(id, { nodeId, edgeId }) {
        const doc = get().docs[id];
        if (!doc) return;
        const seq = ++focusSeq;
        set((state) => {
          const target = state.docs[id]!;
          target.selection = { nodes: nodeId ? [nodeId] : [], edges: !nodeId && edgeId ? [edgeId] : [] };
          target.focusRequest = { ...(nodeId ? { nodeId } : {}), ...(edgeId ? { edgeId } : {}), seq };
          state.activeId = id;
        });
      },

      edit(id, name, recipe, options = {}) {
        const doc = get().docs[id];
        if (!doc || doc.readOnlyReason !== null) return false;
        const before = doc.flow;
        const [flow, patches, inverse] = produceWithPatches(before, (draft) => {
          recipe(draft, before);
        });
        if (patches.length === 0) {
          if (options.select) get().setSelection(id, options.select);
          return false;
        }
        const history = recordEdit(histories.get(id) ?? emptyHistory(), { name, patches, inverse, coalesceKey: options.coalesceKey }, clock.now());
        commit(id, flow, history, options.select);
        return true;
      },

      sealHistory(id) {
        const history = histories.get(id);
        if (history) histories.set(id, sealHistory(history));
      },

      undo(id) {
        const doc = get().docs[id];
        const step = doc && doc.readOnlyReason === null ? takeUndo(histories.get(id) ?? emptyHistory()) : undefined;
        if (!doc || !step) return;
        commit(id, applyPatches(doc.flow, step.entry.inverse), step.history);
      },

      redo(id) {
        const doc = get().docs[id];
        const step = doc && doc.readOnlyReason === null ? takeRedo(histories.get(id) ?? emptyHistory()) : undefined;
        if (!doc || !step) return;
        commit(id, applyPatches(doc.flow, step.entry.patches), step.history);
      },

      setSelection(id, selection) {
        const doc = get().docs[id];
        if (!doc || sameSelection(doc.selection, selection)) return;
        set((state) => {
          state.docs[id]!.selection = selection;
        });
      },
    };
  }),
);
