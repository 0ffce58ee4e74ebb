import { useUi } from '../ui/ui-store';
import type { ActionImplementation } from './action';

/** Shows or hides the Problems panel. */
export const toggleProblems: ActionImplementation = {
  perform: () => useUi.getState().toggleProblems(),
};
