import type { ActionName } from '../../../shared/host/actions';
import type { ActionImplementation } from '../actions/action';
import { CORE_ACTIONS } from '../actions/core-actions';
import { registerActions } from '../actions/registry';
import { CANVAS_ACTIONS } from '../canvas/canvas-actions';
import { LIBRARY_ACTIONS } from '../library/library-action-list';
import { toggleLiveView } from '../live-view/toggle-live-view';
import { SIMULATOR_ACTIONS } from '../simulator/simulator-action-list';

/**
 * Every action of the registry (shared/host/actions.ts) with what it does, gathered from the
 * features that own them: an action without an implementation fails to compile here.
 */
export const ALL_ACTIONS: Readonly<Record<ActionName, ActionImplementation>> = { ...CORE_ACTIONS, ...CANVAS_ACTIONS, ...LIBRARY_ACTIONS, ...SIMULATOR_ACTIONS, toggleLiveView };

registerActions(ALL_ACTIONS);
