import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, EffectInput, StepResult } from '../../behaviour';
import { isPlaceholder } from '../../../format/entity-ref';
import { entityName } from '../call-run';
import { agentAnswered } from './queue.run';
import type { queueWithFlow } from './queue-with-flow';

/**
 * Queues the call like a queue and starts the reusable in-queue flow for the caller while they
 * wait (recorded as `workflowTriggered` with the flow's name). The platforms do not document how
 * the in-queue flow runs beside the wait; we do not step through it in the caller's run, because
 * it plays alongside the wait (it does not return to this step) and an agent answering cuts it
 * short. The in-queue flow's own steps are covered by its own tests.
 */
export const queueWithFlowRun = stepBehaviour<ConfigOf<typeof queueWithFlow>>({
  enter: (run) => {
    const effects: EffectInput[] = [{ kind: 'callQueued', detail: { queue: entityName(run.config.queue), maxWaitSeconds: run.config.timeoutSeconds } }];
    if (!isPlaceholder(run.config.waitingFlow)) effects.push({ kind: 'workflowTriggered', detail: { flow: entityName(run.config.waitingFlow) } });
    return { wait: 'agent', deadline: run.now + run.config.timeoutSeconds * 1000, effects };
  },
  resume: (run, input): StepResult => agentAnswered(entityName(run.config.queue), input.kind === 'agent' ? input.name : undefined),
});
