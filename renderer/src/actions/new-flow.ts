import { useUi } from '../ui/ui-store';
import type { ActionImplementation } from './action';

/** New flow: the dialog that creates one, blank or from a template. */
export const newFlow: ActionImplementation = {
  perform: () => useUi.getState().openDialog({ kind: 'newFlow' }),
};
