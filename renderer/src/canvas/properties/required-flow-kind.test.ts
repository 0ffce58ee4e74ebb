import { describe, expect, it } from 'vitest';
import { findStepType } from '../../../../shared/catalog/registry';
import { requiredFlowKind } from './required-flow-kind';

const step = (profile: Parameters<typeof findStepType>[0], type: string) => findStepType(profile, type)!;

describe('the flows a reference field offers', () => {
  // contact-center-import.en.txt: "you can't import a reusable flow into a customer flow" — the two kinds are not interchangeable.
  it('are the reusable flows where a contact-center step calls or queues with one, even while the field is a placeholder', () => {
    const call = step('contact-center', 'callReusableFlow');
    expect(requiredFlowKind(call, call.defaultConfig, 'flow')).toBe('reusable');
    const queue = step('contact-center', 'queueWithFlow');
    expect(requiredFlowKind(queue, queue.defaultConfig, 'waitingFlow')).toBe('reusable');
    expect(requiredFlowKind(queue, queue.defaultConfig, 'queue')).toBeUndefined();
  });

  it('are any flow where the step asks for no kind', () => {
    const trigger = step('conversations', 'triggerWorkflow');
    expect(requiredFlowKind(trigger, trigger.defaultConfig, 'flow')).toBeUndefined();
  });
});
