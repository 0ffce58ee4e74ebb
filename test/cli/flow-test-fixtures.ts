// A small workflow and its tests, written as files, for the `flowpack test` tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { serializeFlowTestFile } from '../../shared/runtime/flow-test-file';
import { flowTestFileSchema } from '../../shared/runtime/flow-test-schema';
import type { FlowTestCaseInput } from '../../shared/runtime/flow-test-schema';
import { flowOf } from '../../shared/runtime/test-support/flow-of';

export const ORDER_FLOW_ID = '3b0f6e8a-5c1d-4f2e-9a7b-1c2d3e4f5a6b';

/** Opened → ask for the order number → thanks when answered, a note when the hour passes. */
export function orderFlow(id = ORDER_FLOW_ID): Flow {
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
    'standard',
    id,
  );
  return { ...flow, name: 'Order follow-up', nodes: flow.nodes.map((node) => ({ ...node, name: `Step ${node.id}` })) };
}

/** The customer answers: the path the platform takes for an answer. */
export const ANSWERED: FlowTestCaseInput = {
  name: 'the customer gives an order number',
  inputs: [{ reply: '42' }],
  expect: {
    path: [{ node: 'opened', port: 'next' }, { node: 'ask', port: 'answered' }, { node: 'thanks', port: 'next' }],
    effects: [{ kind: 'questionAsked', node: 'ask' }, { kind: 'messageSent', node: 'thanks', detail: { text: 'Order 42 noted.' } }],
    outcome: 'completed',
  },
};

/** The same inputs, expecting the timeout branch: a test that fails. */
export const WRONG_BRANCH: FlowTestCaseInput = {
  name: 'expects the wrong branch',
  inputs: [{ reply: '42' }],
  expect: { path: [{ node: 'opened', port: 'next' }, { node: 'ask', port: 'timeout' }, { node: 'late', port: 'next' }], outcome: 'completed' },
};

export function testFileText(flowId: string, tests: readonly FlowTestCaseInput[]): string {
  return serializeFlowTestFile(flowTestFileSchema.parse({ format: 'flowpack.flowtest', version: 1, flow: flowId, tests }));
}

/** Writes `<stem>.flow.json` and, when given tests, `<stem>.flowtest.json` under `folder`; returns both paths. */
export function writeFlowWithTests(folder: string, stem: string, flow: Flow, tests?: readonly FlowTestCaseInput[]): { flowPath: string; testPath: string } {
  const flowPath = join(folder, `${stem}.flow.json`);
  const testPath = join(folder, `${stem}.flowtest.json`);
  mkdirSync(dirname(flowPath), { recursive: true });
  writeFileSync(flowPath, serializeFlow(flow));
  if (tests) writeFileSync(testPath, testFileText(flow.id, tests));
  return { flowPath, testPath };
}
