import { describe, expect, it } from 'vitest';
import { callReusableFlow } from './call-reusable-flow';
import { queue } from './queue';
import { queueWithFlow } from './queue-with-flow';

const afterHours = { $ref: 'flow' as const, id: 'd3beab20-cc1e-409c-84a4-335a96a65f33', name: 'After-hours' };
const salesQueue = { $ref: 'queue' as const, uuid: '0c0b2fab-2285-4e46-917d-4f915bbe7894', name: 'Sales' };

describe('steps that use another flow', () => {
  it('call reusable flow needs its flow to be reusable, at the flow field', () => {
    expect(callReusableFlow.requiresFlowKind!({ flow: afterHours })).toEqual([
      { ref: afterHours, kind: 'reusable', path: ['config', 'flow'] },
    ]);
  });

  it('queue with flow needs its waiting flow to be reusable, at the waiting flow field', () => {
    const config = { queue: salesQueue, waitingFlow: afterHours, timeoutSeconds: 600 };
    expect(queueWithFlow.requiresFlowKind!(config)).toEqual([{ ref: afterHours, kind: 'reusable', path: ['config', 'waitingFlow'] }]);
  });

  it('asks nothing of a flow not chosen yet', () => {
    expect(callReusableFlow.requiresFlowKind!(callReusableFlow.defaultConfig)).toEqual([]);
    expect(callReusableFlow.emits!(callReusableFlow.defaultConfig)).toEqual([]);
    expect(queueWithFlow.requiresFlowKind!(queueWithFlow.defaultConfig)).toEqual([]);
  });

  it('signals the flow it runs, so reusable flows calling each other are found as a loop', () => {
    expect(callReusableFlow.emits!({ flow: afterHours })).toEqual([{ event: 'flow.triggered', ref: afterHours }]);
  });

  it('leaves the flow once an agent answers: queues continue only on timeout', () => {
    expect(queue.ports(queue.defaultConfig).map((port) => [port.id, port.role])).toEqual([['timeout', 'fallback']]);
    expect(queueWithFlow.ports(queueWithFlow.defaultConfig).map((port) => [port.id, port.role])).toEqual([['timeout', 'fallback']]);
  });
});
