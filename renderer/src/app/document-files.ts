import type { Diagnostic } from '../../../shared/format/diagnostic';
import { isDirty, serializeDocument } from '../documents/open-document';
import { useDocuments } from '../documents/documents-store';
import { hostClient } from '../host/host-client';
import { isHostError } from '../host/host-call-error';
import { translate } from '../i18n/i18n';
import { currentLocale } from '../i18n/locale';
import { errorText } from '../host/host-error-text';
import { useUi } from './ui-store';

/**
 * A file's content as read from disk, or null when it no longer exists; with what the host
 * found loading it, when it did (see `loadDocument`).
 */
export type DiskContent = { text: string; revision: string; diagnostics?: Diagnostic[] | null } | null;

/** Reads a file, or null when it is gone. Other failures propagate. */
export async function readDisk(path: string): Promise<DiskContent> {
  try {
    const { text, revision, diagnostics } = await hostClient.call('flow:read', { path });
    return { text, revision, diagnostics };
  } catch (error) {
    if (isHostError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

/** Opens a flow file in a tab, or switches to its tab when it is already open. */
export async function openFlowFile(path: string): Promise<void> {
  const store = useDocuments.getState();
  if (store.docs[path]) {
    store.activate(path);
    return;
  }
  try {
    const { text, revision, diagnostics } = await hostClient.call('flow:read', { path });
    useDocuments.getState().openDocument({ path, text, revision, diagnostics });
  } catch (error) {
    useUi.getState().notify(translate('notice.openFailed', { path, message: messageOf(error) }), 'error');
  }
}

// Saves in flight by document id: a second Ctrl+S while the first is writing waits for it.
const saving = new Map<string, Promise<boolean>>();

/** True while a save of this document is being written (its own change events are then expected). */
export function isSaving(docId: string): boolean {
  return saving.has(docId);
}

/**
 * Saves a document. Validation errors never block saving (they block export and upload).
 * The write names the revision the editor last read, so a file changed on disk since is
 * never overwritten silently: the host answers CONFLICT and the conflict dialog asks.
 * `overwrite` is the answer "Keep mine": write over the given disk revision (null: the file
 * is gone and is created again).
 */
export function saveDocument(docId: string, overwrite?: { baseRevision: string | null }): Promise<boolean> {
  const pending = saving.get(docId);
  const run = (pending ?? Promise.resolve(true)).then(() => writeDocument(docId, overwrite));
  const tracked = run.finally(() => {
    if (saving.get(docId) === tracked) saving.delete(docId);
  });
  saving.set(docId, tracked);
  return tracked;
}

async function writeDocument(docId: string, overwrite?: { baseRevision: string | null }): Promise<boolean> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc) return false;
  const ui = useUi.getState();
  if (doc.readOnlyReason !== null) {
    ui.notify(translate('notice.readOnly'), 'error');
    return false;
  }
  const text = serializeDocument(doc);
  const baseRevision = overwrite ? overwrite.baseRevision : doc.revision;
  try {
    const { revision } = await hostClient.call('flow:write', { path: doc.path, text, baseRevision });
    useDocuments.getState().markSaved(docId, { revision, text });
    ui.setExternalChange(docId, null);
    // Said in the status line (announced politely), not only by the tab's dot disappearing.
    ui.notify(translate('notice.saved', { path: doc.path }), 'info');
    // Whatever the journal holds for this file (this run's, or a previous run's that was
    // restored) is older than what was just written; it must not be offered again.
    void hostClient.call('recovery:discard', { path: doc.path }).catch(() => {});
    return true;
  } catch (error) {
    // EXISTS: a flow never saved whose name was taken meanwhile; the same question applies.
    if (isHostError(error, 'CONFLICT') || isHostError(error, 'EXISTS')) {
      ui.openDialog({ kind: 'conflict', docId });
    } else {
      ui.notify(translate('notice.saveFailed', { message: messageOf(error) }), 'error');
    }
    return false;
  }
}

/** "Reload from disk": the tab takes the file's content (one undo step back to the edits). */
export async function reloadFromDisk(docId: string, known?: DiskContent): Promise<void> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc) return;
  const disk = known === undefined ? await readDisk(doc.path) : known;
  if (disk === null) {
    useUi.getState().notify(translate('notice.fileGone', { path: doc.path }), 'error');
    return;
  }
  useDocuments.getState().reloadDocument(docId, disk);
  useUi.getState().setExternalChange(docId, null);
}

/** "Keep mine": writes the editor's content over whatever is on disk now. */
export async function keepMine(docId: string, known?: DiskContent): Promise<boolean> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc) return false;
  const disk = known === undefined ? await readDisk(doc.path) : known;
  return saveDocument(docId, { baseRevision: disk?.revision ?? null });
}

/**
 * Called when the host reports that an open file changed on disk. A clean tab reloads
 * silently; a dirty one gets a banner asking. Our own saves (and writes that happen to
 * produce what the editor already holds) change nothing.
 */
export async function checkExternalChange(docId: string): Promise<void> {
  const before = useDocuments.getState().docs[docId];
  if (!before || before.revision === null || isSaving(docId)) return;
  let disk: DiskContent;
  try {
    disk = await readDisk(before.path);
  } catch {
    return; // Unreadable for now; the next change event tries again.
  }
  const doc = useDocuments.getState().docs[docId];
  if (!doc || isSaving(docId)) return;
  const ui = useUi.getState();
  if (disk === null) {
    ui.setExternalChange(docId, { deleted: true });
    return;
  }
  if (disk.revision === doc.revision) {
    ui.setExternalChange(docId, null);
    return;
  }
  if (disk.text === serializeDocument(doc)) {
    // The disk caught up with the editor (another window saved the same content).
    useDocuments.getState().markSaved(docId, disk);
    ui.setExternalChange(docId, null);
    return;
  }
  if (!isDirty(doc) || doc.readOnlyReason !== null) {
    useDocuments.getState().reloadDocument(docId, disk);
    ui.setExternalChange(docId, null);
    return;
  }
  ui.setExternalChange(docId, { deleted: false, text: disk.text, revision: disk.revision });
}

/** Closes a tab, asking first (Save / Don't save / Cancel) when it has unsaved changes. */
export function requestClose(docId: string): void {
  const doc = useDocuments.getState().docs[docId];
  if (!doc) return;
  if (isDirty(doc)) {
    useUi.getState().openDialog({ kind: 'closeTab', docId });
    return;
  }
  closeNow(docId);
}

/** Closes a tab without asking; its journal entry and banner go with it. */
export function closeNow(docId: string): void {
  const doc = useDocuments.getState().docs[docId];
  useDocuments.getState().closeDocument(docId);
  useUi.getState().setExternalChange(docId, null);
  if (doc) void hostClient.call('recovery:discard', { path: doc.path }).catch(() => {});
}

/** What went wrong, for a notice: a host error in the UI's language (host-error-text.ts). */
export function messageOf(error: unknown): string {
  return errorText(error, translate, currentLocale());
}
