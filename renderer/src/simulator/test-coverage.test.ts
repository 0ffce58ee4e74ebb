import { afterEach, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../../shared/format/flow-file';
import { emptyFlowTestFile, withTest } from '../../../shared/runtime/flow-test-file';
import { flowTestCaseSchema } from '../../../shared/runtime/flow-test-schema';
import { flowOf } from '../../../shared/runtime/test-support/flow-of';
import { useDocuments } from '../documents/documents-store';
import { useRunMarks } from '../documents/run-marks';
import { fakeHostClient } from '../host/fake-host-client';
import { hideTestCoverage, showTestCoverage } from './test-coverage';

/** Opened -> ask: answered -> thanks; the timeout is connected to a goodbye no test reaches. */
const flow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['ask', 'askQuestion', { question: 'Which plan?', answerType: 'text', options: [], invalidAnswerMessage: '', variable: '', timeout: 3600 }],
    ['thanks', 'sendMessage', { text: 'Thanks!' }],
    ['bye', 'sendMessage', { text: 'Bye!' }],
  ],
  [
    ['opened', 'next', 'ask'],
    ['ask', 'answered', 'thanks'],
    ['ask', 'timeout', 'bye'],
  ],
);
const answered = flowTestCaseSchema.parse({
  name: 'answers',
  inputs: [{ reply: 'Pro' }],
  expect: { path: [{ node: 'opened', port: 'next' }, { node: 'ask', port: 'answered' }, { node: 'thanks', port: 'next' }], outcome: 'completed' },
});
const tests = withTest(emptyFlowTestFile(flow.id), answered);

function open(): string {
  return useDocuments.getState().openDocument({ path: 'sales/plans.flow.json', text: serializeFlow(flow), revision: 'r1' });
}

/** A flow made in the editor and never saved: it has no file for tests to sit beside. */
function openNew(): string {
  return useDocuments.getState().newDocument({ path: 'sales/new.flow.json', flow });
}

afterEach(() => {
  for (const id of Object.keys(useDocuments.getState().docs)) {
    hideTestCoverage(id);
    useDocuments.getState().closeDocument(id);
  }
});

describe('showing what no saved test covers', () => {
  it('dims the steps no test reaches and the connections from outputs no test leaves by, with the figures', async () => {
    const docId = open();
    const host = fakeHostClient({ 'flowTests:read': { path: 'sales/plans.flowtest.json', file: tests, problem: null } });
    const outcome = await showTestCoverage(docId, host.client);
    expect(outcome).toEqual({ kind: 'shown', tests: 1, failing: 0, steps: { reached: 3, total: 4 }, ports: { taken: 3, total: 6 } });
    const marks = useRunMarks.getState().byDoc[docId]!;
    expect(marks.steps).toEqual({ bye: 'uncovered' });
    expect(marks.untested).toEqual(['ask.timeout']);
    hideTestCoverage(docId);
    expect(useRunMarks.getState().byDoc[docId]).toBeUndefined();
  });

  it('counts a test that no longer passes', async () => {
    const docId = open();
    const failing = withTest(tests, flowTestCaseSchema.parse({ ...answered, name: 'expects a timeout', expect: { path: [{ node: 'opened', port: 'next' }], outcome: 'waiting' } }));
    const host = fakeHostClient({ 'flowTests:read': { path: 'sales/plans.flowtest.json', file: failing, problem: null } });
    const outcome = await showTestCoverage(docId, host.client);
    expect(outcome).toMatchObject({ kind: 'shown', tests: 2, failing: 1 });
  });

  it('says so when the flow has no tests, was never saved, or its test file cannot be read', async () => {
    const none = fakeHostClient({ 'flowTests:read': { path: 'sales/plans.flowtest.json', file: null, problem: null } });
    expect(await showTestCoverage(open(), none.client)).toEqual({ kind: 'noTests' });
    expect(await showTestCoverage(openNew(), none.client)).toEqual({ kind: 'unsaved' });
    const broken = fakeHostClient({ 'flowTests:read': { path: 'sales/plans.flowtest.json', file: null, problem: { message: 'Unexpected end of JSON', line: 3, column: 1 } } });
    expect(await showTestCoverage(open(), broken.client)).toEqual({ kind: 'unreadable', message: 'sales/plans.flowtest.json:3:1: Unexpected end of JSON' });
  });
});
