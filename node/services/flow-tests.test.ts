import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchHostCall } from '../../shared/host/dispatch';
import type { HostHandlers } from '../../shared/host/contract';
import { readFlowTestFile } from '../../shared/runtime/flow-test-file';
import { flowTestCaseSchema } from '../../shared/runtime/flow-test-schema';
import type { FlowTestCaseInput } from '../../shared/runtime/flow-test-schema';
import { createFlowTestHandlers } from './flow-tests';
import { TEST_FLOW_ID, expectHostError, makeTempFolder } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

const test = (name: string, extra: Partial<FlowTestCaseInput> = {}) =>
  flowTestCaseSchema.parse({ name, inputs: [{ reply: 'business' }], expect: { path: [{ node: 'trigger', port: 'next' }, { node: 'ask' }], outcome: 'waiting' }, ...extra });

describe('flow tests beside a flow in the workspace', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let handlers: ReturnType<typeof createFlowTestHandlers>;

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
    await mkdir(join(workspace, 'sales'));
    handlers = createFlowTestHandlers(new WorkspaceRoot(workspace));
  });
  afterEach(() => remove());

  it('creates <stem>.flowtest.json beside the flow with the saved test, readable by the format reader', async () => {
    const saved = await handlers['flowTests:save']({ flowPath: 'sales/welcome.flow.json', flowId: TEST_FLOW_ID, test: test('answers business') });
    expect(saved).toEqual({ path: 'sales/welcome.flowtest.json', tests: 1 });
    const read = readFlowTestFile(await readFile(join(workspace, 'sales/welcome.flowtest.json')));
    expect(read.ok && read.file.flow).toBe(TEST_FLOW_ID);
    expect(read.ok && read.file.tests.map((t) => t.name)).toEqual(['answers business']);
    const again = await handlers['flowTests:read']({ flowPath: 'sales/welcome.flow.json' });
    expect(again.file?.tests[0]?.inputs).toEqual([{ reply: 'business' }]);
  });

  it('keeps the other tests of the file and replaces the one of the same name', async () => {
    const args = { flowPath: 'welcome.flow.json', flowId: TEST_FLOW_ID };
    await handlers['flowTests:save']({ ...args, test: test('first') });
    await handlers['flowTests:save']({ ...args, test: test('second') });
    const saved = await handlers['flowTests:save']({ ...args, test: test('first', { inputs: [{ wait: 60 }] }) });
    expect(saved.tests).toBe(2);
    const { file } = await handlers['flowTests:read']({ flowPath: 'welcome.flow.json' });
    expect(file?.tests.map((t) => [t.name, t.inputs])).toEqual([
      ['second', [{ reply: 'business' }]],
      ['first', [{ wait: 60 }]],
    ]);
  });

  it('reads a flow without tests as none', async () => {
    expect(await handlers['flowTests:read']({ flowPath: 'welcome.flow.json' })).toEqual({ path: 'welcome.flowtest.json', file: null, problem: null });
  });

  it('never writes over a test file it cannot read, and says where the problem is', async () => {
    await writeFile(join(workspace, 'welcome.flowtest.json'), '{\n  "format": "flowpack.flowtest",\n  oops\n}');
    const read = await handlers['flowTests:read']({ flowPath: 'welcome.flow.json' });
    expect(read.problem?.line).toBe(3);
    const error = await expectHostError(handlers['flowTests:save']({ flowPath: 'welcome.flow.json', flowId: TEST_FLOW_ID, test: test('x') }), 'INVALID_ARGS');
    expect(error.message).toMatch(/line 3/);
    expect(await readFile(join(workspace, 'welcome.flowtest.json'), 'utf8')).toContain('oops');
  });

  it("refuses to add a test to another flow's test file", async () => {
    await handlers['flowTests:save']({ flowPath: 'welcome.flow.json', flowId: TEST_FLOW_ID, test: test('x') });
    await expectHostError(handlers['flowTests:save']({ flowPath: 'welcome.flow.json', flowId: '0b6c4f2e-8a43-4a8e-b0a4-5d7f3e2a1c90', test: test('y') }), 'INVALID_ARGS');
  });

  it('never writes outside the workspace: a path with .. is refused by the contract, a linked folder by the root', async () => {
    const handlersOfContract = handlers as unknown as HostHandlers;
    const refused = await dispatchHostCall(handlersOfContract, 'flowTests:save', { flowPath: '../evil.flow.json', flowId: TEST_FLOW_ID, test: test('x') });
    expect(refused.ok).toBe(false);
    const notAFlow = await dispatchHostCall(handlersOfContract, 'flowTests:read', { flowPath: 'notes.txt' });
    expect(notAFlow.ok).toBe(false);
    const outside = await makeTempFolder('flowpack-outside-');
    try {
      await symlink(outside.folder, join(workspace, 'linked'));
      await expectHostError(handlers['flowTests:save']({ flowPath: 'linked/welcome.flow.json', flowId: TEST_FLOW_ID, test: test('x') }), 'OUTSIDE_WORKSPACE');
    } finally {
      await outside.remove();
    }
  });
});
