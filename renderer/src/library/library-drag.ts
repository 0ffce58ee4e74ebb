import type { DragEvent as ReactDragEvent } from 'react';
import type { WorkspaceEntry } from '../../../shared/host/contract';
import { moveIntoFolder, savePriority } from './library-actions';
import { parentPath, priorityOrder, reorderPriority } from './library-tree';

// The paths being dragged. DataTransfer contents cannot be read during dragover, and drags
// only ever start inside this tree, so a module variable is the simplest carrier.
let dragged: readonly string[] = [];

export const LIBRARY_DRAG_TYPE = 'application/x-flowpack-paths';

/** Starts dragging library items. */
export function startLibraryDrag(event: DragEvent | ReactDragEvent, paths: readonly string[]): void {
  dragged = paths;
  event.dataTransfer?.setData(LIBRARY_DRAG_TYPE, JSON.stringify(paths));
  event.dataTransfer?.setData('text/plain', paths.join('\n'));
  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
}

/** The paths of the drag in progress (empty when the drag did not start in the library). */
export function draggedPaths(): readonly string[] {
  return dragged;
}

export function endLibraryDrag(): void {
  dragged = [];
}

/** Dropping items on a folder moves them into it. */
export async function dropOnFolder(folder: string): Promise<void> {
  const paths = dragged;
  endLibraryDrag();
  await moveIntoFolder(paths, folder);
}

/**
 * Dropping flows on a flow puts them in its place in the priority order (saved in the
 * workspace file); flows from another folder move into that folder first.
 */
export async function dropOnFlow(targetPath: string, entries: readonly WorkspaceEntry[], priority: readonly string[]): Promise<void> {
  const paths = dragged.filter((path) => path !== targetPath);
  endLibraryDrag();
  const idOf = new Map(entries.flatMap((entry) => (entry.kind === 'flow' ? [[entry.path, entry.summary.id] as const] : [])));
  const targetId = idOf.get(targetPath);
  const folder = parentPath(targetPath);
  const elsewhere = paths.filter((path) => parentPath(path) !== folder);
  if (elsewhere.length > 0) await moveIntoFolder(elsewhere, folder);
  let order = priorityOrder(entries, priority);
  for (const path of paths) {
    const id = idOf.get(path);
    if (id !== undefined && targetId !== undefined) order = reorderPriority(order, id, targetId);
  }
  if (paths.some((path) => idOf.has(path))) await savePriority(order);
}
