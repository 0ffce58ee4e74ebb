import { useUi } from '../ui/ui-store';
import type { ActionImplementation } from './action';

/** Keyboard shortcuts: the list of every action and its keys, generated from the registry. */
export const showShortcuts: ActionImplementation = {
  perform: () => useUi.getState().openDialog({ kind: 'shortcuts' }),
};
