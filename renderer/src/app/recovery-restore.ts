import { readFlow } from '../../../shared/validation/load-flow';
import type { HostResult } from '../../../shared/host/contract';
import { useDocuments } from '../documents/documents-store';
import { isDirty } from '../documents/open-document';
import { hostClient } from '../host/host-client';
import { translate } from '../i18n/i18n';
import { readDisk } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';

/** One journalled set of unsaved edits, as `recovery:list` returns it. */
export type RecoveryEntry = HostResult<'recovery:list'>['entries'][number];

/**
 * Reopens journalled edits as a dirty tab: the file's current disk content is what "saved"
 * means, the recovered text is what the editor holds, so Save writes the recovered work
 * over exactly the revision the user saw (and a later change on disk still conflicts).
 * Returns false when nothing could be restored.
 */
export async function restoreRecovered(entry: RecoveryEntry): Promise<boolean> {
  const store = useDocuments.getState();
  try {
    const disk = await readDisk(entry.path);
    if (disk !== null && disk.text === entry.text) {
      // Saved after all (the journal lagged behind the save): nothing to restore.
      await discardRecovered(entry);
      if (!store.docs[entry.path]) store.openDocument({ path: entry.path, ...disk });
      return true;
    }
    if (store.docs[entry.path]) store.closeDocument(entry.path);
    if (disk === null) {
      // The file is gone: the recovered flow becomes a new, unsaved document at the same place.
      const flow = readFlow(JSON.parse(entry.text) as unknown);
      if (!flow) throw new Error(translate('recovery.unreadable'));
      useDocuments.getState().newDocument({ path: entry.path, flow });
      return true;
    }
    const id = useDocuments.getState().openDocument({ path: entry.path, text: entry.text, revision: disk.revision });
    // What is on disk is the saved state; the editor holds the recovered edits, so the tab is dirty.
    useDocuments.getState().markSaved(id, disk);
    const restored = useDocuments.getState().docs[id];
    // The same content in another layout (the journal is plain JSON): nothing was lost after all.
    if (restored && !isDirty(restored)) await discardRecovered(entry);
    return true;
  } catch (error) {
    useUi.getState().notify(translate('recovery.restoreFailed', { path: entry.path, message: messageOf(error) }), 'error');
    return false;
  }
}

/** Drops journalled edits the user does not want back. */
export async function discardRecovered(entry: RecoveryEntry): Promise<void> {
  await hostClient.call('recovery:discard', { path: entry.path }).catch(() => {});
}
