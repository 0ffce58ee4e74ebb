import type { ActionName } from '../../../shared/host/actions';
import type { ActionImplementation } from './action';
import { close } from './close';
import { deleteAction } from './delete';
import { duplicate } from './duplicate';
import { importPack } from './import-pack';
import { newFlow } from './new-flow';
import { openDocumentation, openLogsFolder } from './open-support-folder';
import { openFile } from './open-file';
import { redo } from './redo';
import { saveAs } from './save-as';
import { save } from './save';
import { selectAll } from './select-all';
import { showShortcuts } from './show-shortcuts';
import { toggleProblems } from './toggle-problems';
import { undo } from './undo';

/** The actions on documents and the shell's dialogs, which need no feature. */
export const CORE_ACTIONS = {
  newFlow,
  openFile,
  save,
  saveAs,
  importPack,
  close,
  undo,
  redo,
  selectAll,
  duplicate,
  delete: deleteAction,
  toggleProblems,
  showShortcuts,
  openDocumentation,
  openLogsFolder,
} satisfies Partial<Record<ActionName, ActionImplementation>>;
