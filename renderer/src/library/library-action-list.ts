import type { ActionName } from '../../../shared/host/actions';
import type { ActionImplementation } from '../actions/action';
import { exportPack } from './actions/export-pack';
import { openWorkspace } from './actions/open-workspace';

/** The actions on the workspace and its selection. */
export const LIBRARY_ACTIONS = {
  openWorkspace,
  exportPack,
} satisfies Partial<Record<ActionName, ActionImplementation>>;
