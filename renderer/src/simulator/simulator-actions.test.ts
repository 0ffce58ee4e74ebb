import { afterEach, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../../shared/format/flow-file';
import { flowTestCaseSchema } from '../../../shared/runtime/flow-test-schema';
import { flowOf } from '../../../shared/runtime/test-support/flow-of';
import { useDocuments } from '../documents/documents-store';
import { fakeHostClient } from '../host/fake-host-client';
import { HostCallError } from '../host/host-call-error';
import { saveSimulationAsTest, savedTestNames } from './simulator-actions';
import { useSimulations } from './simulation-store';

const flow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['ask', 'askQuestion', { question: 'Which plan?', answerType: 'text', options: [], invalidAnswerMessage: '', variable: '', timeout: 3600 }],
  ],
  [['opened', 'next', 'ask']],
);

function openSimulated(): string {
  const docId = useDocuments.getState().openDocument({ path: 'sales/plans.flow.json', text: serializeFlow(flow), revision: 'r1' });
  const opened = useDocuments.getState().docs[docId]!.flow;
  useSimulations.getState().ensure(docId, opened);
  useSimulations.getState().run(docId, opened);
  useSimulations.getState().give(docId, opened, { wait: 3600 });
  return docId;
}

afterEach(() => {
  for (const id of Object.keys(useDocuments.getState().docs)) {
    useSimulations.getState().forget(id);
    useDocuments.getState().closeDocument(id);
  }
});

describe('saving a simulation as a test', () => {
  it('sends the flow’s path and id and the test: its start, its inputs and, as expected, what the run did', async () => {
    const docId = openSimulated();
    const host = fakeHostClient({ 'flowTests:save': { path: 'sales/plans.flowtest.json', tests: 1 } });
    const outcome = await saveSimulationAsTest(docId, '  no answer in an hour ', host.client);
    expect(outcome).toEqual({ kind: 'saved', path: 'sales/plans.flowtest.json', name: 'no answer in an hour', dirty: false });
    const args = host.calls[0]!.args as { flowPath: string; flowId: string; test: unknown };
    expect(args.flowPath).toBe('sales/plans.flow.json');
    expect(args.flowId).toBe(flow.id);
    const test = flowTestCaseSchema.parse(args.test);
    expect(test).toMatchObject({ name: 'no answer in an hour', trigger: 'opened', inputs: [{ wait: 3600 }], expect: { outcome: 'completed', effects: [{ kind: 'questionAsked', node: 'ask' }] } });
    expect(test.expect.path).toEqual([{ node: 'opened', port: 'next' }, { node: 'ask', port: 'timeout' }]);
  });

  it('reports the host’s refusal and writes nothing else', async () => {
    const docId = openSimulated();
    const host = fakeHostClient({
      'flowTests:save': () => {
        throw new HostCallError('INVALID_ARGS', '"sales/plans.flowtest.json" cannot be read (line 3, column 1)', 'flowTests:save');
      },
    });
    const outcome = await saveSimulationAsTest(docId, 'x', host.client);
    expect(outcome.kind).toBe('failed');
    expect(host.calls).toHaveLength(1);
  });

  it('asks for a flow that was run first, and asks nothing of the host before', async () => {
    const docId = useDocuments.getState().openDocument({ path: 'other.flow.json', text: serializeFlow(flow), revision: 'r1' });
    const host = fakeHostClient({});
    expect(await saveSimulationAsTest(docId, 'x', host.client)).toEqual({ kind: 'noRun' });
    expect(host.calls).toEqual([]);
  });

  it('reads the names the flow’s tests already have, and none from a test file it cannot read', async () => {
    const docId = openSimulated();
    const file = { format: 'flowpack.flowtest', version: 1, flow: flow.id, tests: [{ name: 'Simulation 1' }] };
    expect(await savedTestNames(docId, fakeHostClient({ 'flowTests:read': { path: 'sales/plans.flowtest.json', file, problem: null } }).client)).toEqual(['Simulation 1']);
    const unreadable = fakeHostClient({ 'flowTests:read': { path: 'sales/plans.flowtest.json', file: null, problem: { message: 'bad JSON', line: 1 } } });
    expect(await savedTestNames(docId, unreadable.client)).toEqual([]);
    expect(unreadable.calls[0]!.args).toEqual({ flowPath: 'sales/plans.flow.json' });
  });
});
