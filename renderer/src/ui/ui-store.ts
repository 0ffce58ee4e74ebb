import { create } from 'zustand';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import type { Flow } from '../../../shared/format/flow-schema';
import type { HostResult } from '../../../shared/host/contract';
import type { SupportFolder } from '../../../shared/host/support-calls';

/** The one modal dialog shown at a time, with what it is about. */
export type AppDialog =
  | { kind: 'newFlow' }
  | { kind: 'closeTab'; docId: string }
  | { kind: 'conflict'; docId: string }
  | { kind: 'compare'; docId: string; diskText: string; diskRevision: string }
  | { kind: 'recovery'; entries: HostResult<'recovery:list'>['entries'] }
  | { kind: 'saveAs'; docId: string }
  | { kind: 'saveTemplate'; path: string }
  | { kind: 'confirmTrash'; paths: string[] }
  | { kind: 'newFolder'; parent: string }
  | { kind: 'moveTo'; paths: string[] }
  | { kind: 'exportPack'; paths: string[] }
  | { kind: 'importPack' }
  /** `syncWith`: a connection's id, to open straight on its Sync view. */
  | { kind: 'tenants'; syncWith?: string }
  | { kind: 'push'; paths: string[] }
  /** The keyboard shortcut list. */
  | { kind: 'shortcuts' }
  /** A Help menu folder the host could not open itself (the browser host): its path, to open by hand. */
  | { kind: 'supportFolder'; folder: SupportFolder; path: string };

/**
 * A file changed on disk while its tab had unsaved edits: the banner asks what to do.
 * `deleted` when the file is gone.
 */
export type ExternalChange = { deleted: false; text: string; revision: string } | { deleted: true };

/** State of the application shell that is not a document: panels, dialogs, banners, notices. */
export interface UiState {
  /** What app:info said about the host; null until it answered. */
  host: { kind: 'electron' | 'browser'; nativeDialogs: boolean; version: string } | null;
  problemsOpen: boolean;
  /** Dialogs waiting to be answered; the first is shown. A second one waits rather than replacing it. */
  dialogs: (AppDialog & { seq: number })[];
  /** By document id. */
  externalChanges: Record<string, ExternalChange>;
  /**
   * Problems only the whole workspace shows (cross-flow loops, flow kinds, duplicate ids),
   * from the last Validate, by document id. They hold for `flow`, the content validated:
   * after an edit they are stale and hidden until the next Validate.
   */
  workspaceProblems: Record<string, { flow: Flow; diagnostics: Diagnostic[] }>;
  /** A short message for the status line (after a failed save, an unavailable command...). */
  notice: { text: string; tone: 'info' | 'error'; seq: number } | null;
  setHost(host: UiState['host']): void;
  setProblemsOpen(open: boolean): void;
  toggleProblems(): void;
  openDialog(dialog: AppDialog): void;
  /** Closes the dialog shown (the first waiting). */
  closeDialog(): void;
  setExternalChange(docId: string, change: ExternalChange | null): void;
  setWorkspaceProblems(docId: string, problems: { flow: Flow; diagnostics: Diagnostic[] }): void;
  notify(text: string, tone?: 'info' | 'error'): void;
  clearNotice(): void;
}

let dialogSeq = 0;

export const useUi = create<UiState>()((set) => ({
  host: null,
  problemsOpen: true,
  dialogs: [],
  externalChanges: {},
  workspaceProblems: {},
  notice: null,
  setHost: (host) => set({ host }),
  setProblemsOpen: (open) => set({ problemsOpen: open }),
  toggleProblems: () => set((state) => ({ problemsOpen: !state.problemsOpen })),
  openDialog: (dialog) => set((state) => ({ dialogs: [...state.dialogs, { ...dialog, seq: ++dialogSeq }] })),
  closeDialog: () => set((state) => ({ dialogs: state.dialogs.slice(1) })),
  setExternalChange: (docId, change) =>
    set((state) => {
      const externalChanges = { ...state.externalChanges };
      if (change === null) delete externalChanges[docId];
      else externalChanges[docId] = change;
      return { externalChanges };
    }),
  setWorkspaceProblems: (docId, problems) => set((state) => ({ workspaceProblems: { ...state.workspaceProblems, [docId]: problems } })),
  notify: (text, tone = 'info') => set((state) => ({ notice: { text, tone, seq: (state.notice?.seq ?? 0) + 1 } })),
  clearNotice: () => set({ notice: null }),
}));
