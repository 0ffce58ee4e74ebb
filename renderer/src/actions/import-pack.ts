import { useUi } from '../ui/ui-store';
import type { ActionImplementation } from './action';

/** Import pack: the dialog that previews a pack and adds its flows to the workspace. */
export const importPack: ActionImplementation = {
  perform: () => useUi.getState().openDialog({ kind: 'importPack' }),
};
