import { translate } from '../i18n/i18n';
import { baseName } from './library-tree';
import type { MoveRefusal } from './move-plan';
import { useWorkspace } from './workspace-store';

/** An item as the library shows it: a flow by its name, a folder by its own. */
function shownName(path: string): string {
  const entry = useWorkspace.getState().snapshot?.entries.find((candidate) => candidate.path === path);
  return entry?.kind === 'flow' ? entry.summary.name : baseName(path);
}

/** A folder as the move's messages name it. */
export function folderLabel(folder: string): string {
  return folder === '' ? translate('newFlow.rootFolder') : folder;
}

/** One sentence per item a move into `folder` leaves in place, saying why. */
export function describeRefusals(refusals: readonly MoveRefusal[], folder: string): string {
  return refusals
    .map(({ path, reason }) =>
      reason === 'intoItself'
        ? translate('libraryActions.refusedIntoItself', { name: shownName(path) })
        : translate('libraryActions.refusedNameTaken', { name: shownName(path), folder: folderLabel(folder), file: baseName(path) }),
    )
    .join(' ');
}

/** The title of the move dialog: the item's name, or how many items move. */
export function moveTitle(paths: readonly string[]): string {
  return translate('libraryActions.moveTitle', { count: paths.length, name: shownName(paths[0] ?? '') });
}
