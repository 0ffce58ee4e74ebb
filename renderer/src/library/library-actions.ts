import { parseFlowText } from '../documents/load-document';
import { copyName } from '../../../shared/format/copy-name';
import { serializeFlow } from '../../../shared/format/flow-file';
import type { Flow } from '../../../shared/format/flow-schema';
import { copyOfFlow } from '../../../shared/format/copy-flow';
import { readDisk, saveDocument } from '../documents/document-files';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';
import { updateFlowDetails } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { isDirty } from '../documents/open-document';
import { hostClient } from '../host/host-client';
import { isHostError } from '../host/host-call-error';
import { copyWordsOfUi, translate } from '../i18n/i18n';
import { uniqueFlowPath } from './flow-paths';
import { reconcileSelection } from './library-selection';
import { isInside, joinPath, parentPath } from './library-tree';
import { useLibraryView } from './library-view-store';
import { planMove } from './move-plan';
import { describeRefusals } from './move-refusals';
import type { MoveRefusal } from './move-plan';
import { useWorkspace } from './workspace-store';

/** Every path the workspace listing knows, so new names never collide with them. */
function takenPaths(): Set<string> {
  return new Set(useWorkspace.getState().snapshot?.entries.map((entry) => entry.path) ?? []);
}

/** Runs a library operation, reporting a failure in the status line instead of throwing. */
async function attempt<T>(operation: () => Promise<T>): Promise<T | undefined> {
  try {
    return await operation();
  } catch (error) {
    useUi.getState().notify(translate('notice.libraryFailed', { message: messageOf(error) }), 'error');
    return undefined;
  } finally {
    void useWorkspace.getState().load();
  }
}

/**
 * Writes a new flow file into `folder` under a name derived from the flow's name, never over
 * an existing file (baseRevision null), then opens it in a tab (unless `open` is false).
 * Returns its path.
 */
export function createFlowFile(folder: string, flow: Flow, open = true): Promise<string | undefined> {
  return attempt(async () => {
    const taken = takenPaths();
    const text = serializeFlow(flow);
    for (let tries = 0; tries < 20; tries++) {
      const path = uniqueFlowPath(folder, flow.name, taken);
      try {
        const { revision } = await hostClient.call('flow:write', { path, text, baseRevision: null });
        if (open) useDocuments.getState().openDocument({ path, text, revision });
        return path;
      } catch (error) {
        // Someone created that name since the listing: take the next one.
        if (!isHostError(error, 'EXISTS')) throw error;
        taken.add(path);
      }
    }
    throw new Error(translate('library.noFreeName'));
  });
}

/** Duplicates flow files next to themselves ("Name (copy)"); a single copy opens in a tab. */
export async function duplicateFlows(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const disk = await attempt(() => readDisk(path));
    if (!disk) continue;
    const flow = await attempt(async () => parseFlowText(disk.text));
    if (flow) await createFlowFile(parentPath(path), copyOfFlow(flow, copyName(flow.name, new Set(), copyWordsOfUi())), paths.length === 1);
  }
}

/** Creates a sub-folder. */
export function createFolder(parent: string, name: string): Promise<unknown> {
  return attempt(() => hostClient.call('workspace:createFolder', { path: joinPath(parent, name.trim()) }));
}

/** The workspace's paths as the library last listed them, for planning a move. */
export function workspacePaths(): ReadonlySet<string> {
  return takenPaths();
}

/**
 * Moves files and folders into a folder (a drop, or the Move to dialog); open tabs follow
 * their files. Nothing is overwritten: the items {@link planMove} refuses stay where they
 * are, and the status line says why.
 */
export async function moveIntoFolder(paths: readonly string[], folder: string): Promise<MoveRefusal[]> {
  const plan = planMove(paths, folder, takenPaths());
  for (const { from, to } of plan.moves) await moveItem(from, to);
  if (plan.refusals.length > 0) useUi.getState().notify(describeRefusals(plan.refusals, folder), 'error');
  return plan.refusals;
}

/** Moves or renames one file or folder; open tabs inside it follow. */
export function moveItem(from: string, to: string): Promise<unknown> {
  return attempt(async () => {
    await hostClient.call('workspace:move', { from, to });
    // The selection follows the items it holds, so a moved selection can be acted on again.
    const moved = (path: string) => (isInside(path, from) ? to + path.slice(from.length) : path);
    const view = useLibraryView.getState();
    view.setSelection(reconcileSelection(view.selection, () => true, moved));
    const store = useDocuments.getState();
    for (const doc of Object.values(store.docs)) {
      if (isInside(doc.path, from)) store.renameDocument(doc.id, to + doc.path.slice(from.length));
    }
  });
}

/** Moves files and folders to the workspace trash (.flowpack/trash); clean tabs of them close. */
export function trashItems(paths: readonly string[]): Promise<unknown> {
  return attempt(async () => {
    await hostClient.call('workspace:trash', { paths: [...paths] });
    const store = useDocuments.getState();
    for (const doc of Object.values(store.docs)) {
      // A tab with unsaved work stays open: its banner then says the file is gone, and Save recreates it.
      if (paths.some((path) => isInside(doc.path, path)) && !isDirty(doc)) store.closeDocument(doc.id);
    }
  });
}

/**
 * Renames a flow (its display name, which the library shows). A closed flow is rewritten on
 * disk at the revision read. An open one is renamed in its tab, as an undoable edit, and
 * saved at once when it had no other unsaved changes (a rename in the library is a change
 * on disk); otherwise it waits for the next save with the rest.
 */
export function renameFlow(path: string, name: string): Promise<unknown> {
  return attempt(async () => {
    const open = useDocuments.getState().docs[path];
    if (open) {
      const wasClean = !isDirty(open);
      updateFlowDetails(path, { name });
      useDocuments.getState().sealHistory(path);
      if (wasClean) await saveDocument(path);
      return;
    }
    const disk = await readDisk(path);
    if (!disk) throw new Error(translate('notice.fileGone', { path }));
    const flow = parseFlowText(disk.text);
    await hostClient.call('flow:write', { path, text: serializeFlow({ ...flow, name }), baseRevision: disk.revision });
  });
}

/** Saves the whole priority order (flow ids, highest first) in the workspace file. */
export function savePriority(ids: readonly string[]): Promise<unknown> {
  return attempt(() => hostClient.call('workspace:setPriority', { ids: [...ids] }));
}
