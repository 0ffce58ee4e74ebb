import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { triggerWorkflow } from './trigger-workflow';

/**
 * Enrols the contact in another workflow and goes on at once: the other workflow runs beside
 * this one (shared/runtime/workflows.ts starts it from the `workflowTriggered` effect).
 */
export const triggerWorkflowRun = stepBehaviour<ConfigOf<typeof triggerWorkflow>>({
  enter: (run) => {
    const { id, name } = run.config.flow;
    return { next: 'next', effects: [{ kind: 'workflowTriggered', detail: { ...(id === undefined ? {} : { flowId: id }), flow: name ?? id ?? '' } }] };
  },
});
