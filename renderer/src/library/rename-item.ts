import { useUi } from '../ui/ui-store';
import { translate } from '../i18n/i18n';
import { folderNameProblem } from './flow-paths';
import { moveItem, renameFlow } from './library-actions';
import { joinPath, parentPath } from './library-tree';
import type { LibraryItem } from './library-tree';

/** Renames a library item: a folder on disk (its tabs follow), a flow by its display name. */
export async function renameItem(item: LibraryItem, name: string): Promise<void> {
  if (item.kind === 'flow') {
    await renameFlow(item.path, name);
    return;
  }
  const problem = folderNameProblem(name);
  if (problem) {
    useUi.getState().notify(translate(problem === 'empty' ? 'library.folderNameEmpty' : 'library.folderNameInvalid'), 'error');
    return;
  }
  await moveItem(item.path, joinPath(parentPath(item.path), name.trim()));
}
