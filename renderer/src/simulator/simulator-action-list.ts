import type { ActionName } from '../../../shared/host/actions';
import type { ActionImplementation } from '../actions/action';
import { withDocument } from '../actions/action';
import { useSimulatorVisibility } from './simulator-visibility';

/** Shows or hides the Simulate panel of the active flow (the panel and the runtime load when first shown). */
const simulate: ActionImplementation = {
  perform: () => useSimulatorVisibility.getState().toggle(),
  enabled: withDocument,
};

/** The simulator's actions. */
export const SIMULATOR_ACTIONS = { simulate } satisfies Partial<Record<ActionName, ActionImplementation>>;
