import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, StepResult } from '../../behaviour';
import { entityName } from '../call-run';
import type { queue } from './queue';

/**
 * Queues the call and waits for an agent until the longest wait. An agent answering takes the
 * call out of the flow (the type's only port is `timeout`); nobody answering in time goes on
 * by `timeout`.
 */
export const queueRun = stepBehaviour<ConfigOf<typeof queue>>({
  enter: (run) => ({
    wait: 'agent',
    deadline: run.now + run.config.timeoutSeconds * 1000,
    effects: [{ kind: 'callQueued', detail: { queue: entityName(run.config.queue), maxWaitSeconds: run.config.timeoutSeconds } }],
  }),
  resume: (run, input): StepResult => agentAnswered(entityName(run.config.queue), input.kind === 'agent' ? input.name : undefined),
});

/** An agent took the call (the flow is over), or nobody did in time (`timeout`). */
export function agentAnswered(queueName: string, agent: string | undefined): StepResult {
  if (agent === undefined) return { next: 'timeout' };
  return { end: 'handedOver', effects: [{ kind: 'callTransferred', detail: { queue: queueName, agent } }] };
}
