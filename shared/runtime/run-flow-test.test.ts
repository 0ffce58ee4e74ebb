import { describe, expect, it } from 'vitest';
import { flowTestCaseSchema } from './flow-test-schema';
import type { FlowTestCaseInput } from './flow-test-schema';
import { runFlowTest } from './run-flow-test';
import { flowOf } from './test-support/flow-of';

const flow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['ask', 'askQuestion', { question: 'Order number?', answerType: 'number', options: [], invalidAnswerMessage: '', variable: 'order', timeout: 3600 }],
    ['thanks', 'sendMessage', { text: 'Order {{order}} noted.' }],
    ['late', 'sendMessage', { text: 'We will write again.' }],
  ],
  [
    ['opened', 'next', 'ask'],
    ['ask', 'answered', 'thanks'],
    ['ask', 'timeout', 'late'],
  ],
);

const test = (input: Omit<FlowTestCaseInput, 'name'>) => runFlowTest(flow, flowTestCaseSchema.parse({ name: 'a test', ...input }));

describe('running a flow test', () => {
  it('passes when the run takes the expected path with the expected effects and outcome', () => {
    const result = test({
      inputs: [{ reply: '42' }],
      expect: {
        path: [{ node: 'opened', port: 'next' }, { node: 'ask', port: 'answered' }, { node: 'thanks', port: 'next' }],
        effects: [{ kind: 'questionAsked', node: 'ask' }, { kind: 'messageSent', node: 'thanks', detail: { text: 'Order 42 noted.' } }],
        outcome: 'completed',
      },
    });
    expect(result.mismatches).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('lets virtual time pass so a timeout branch is tested without waiting', () => {
    const result = test({ inputs: [{ wait: 3600 }], expect: { path: [{ node: 'opened', port: 'next' }, { node: 'ask', port: 'timeout' }, { node: 'late', port: 'next' }], outcome: 'completed' } });
    expect(result.passed).toBe(true);
  });

  it('fails, saying what differed, when the run goes elsewhere', () => {
    const result = test({
      inputs: [{ wait: 3600 }],
      expect: { path: [{ node: 'opened', port: 'next' }, { node: 'ask', port: 'answered' }, { node: 'thanks', port: 'next' }], effects: [{ kind: 'questionAsked', node: 'ask' }], outcome: 'waiting' },
    });
    expect(result.passed).toBe(false);
    expect(result.mismatches.map((mismatch) => mismatch.code)).toEqual(['PATH', 'EFFECTS', 'OUTCOME']);
    expect(result.mismatches[0]!.message).toContain('ask:timeout');
  });

  it('fails with the input it could not give when the run is not waiting for it', () => {
    const result = test({ inputs: [{ digits: '1' }], expect: { path: [], outcome: 'completed' } });
    expect(result.mismatches).toEqual([expect.objectContaining({ code: 'INPUT_REFUSED', message: expect.stringContaining('input 1') })]);
  });
});
