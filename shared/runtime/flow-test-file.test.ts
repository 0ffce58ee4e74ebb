import { describe, expect, it } from 'vitest';
import { emptyFlowTestFile, readFlowTestFile, serializeFlowTestFile, withTest } from './flow-test-file';
import { flowTestCaseSchema } from './flow-test-schema';

const FLOW_ID = '9a4c6a1e-0f0e-4c57-8f0b-2f1d8a6b7c31';
const test = flowTestCaseSchema.parse({ name: 'answers', inputs: [{ reply: '42' }], expect: { path: [{ node: 'opened', port: 'next' }], outcome: 'completed' } });

describe('flow test files', () => {
  it('round-trip through their canonical text', () => {
    const file = withTest(emptyFlowTestFile(FLOW_ID), test);
    const text = serializeFlowTestFile(file);
    expect(text.startsWith('{\n  "format": "flowpack.flowtest",\n  "version": 1,\n  "flow"')).toBe(true);
    const read = readFlowTestFile(text);
    expect(read).toEqual({ ok: true, file });
  });

  it('replace a test of the same name rather than keeping two', () => {
    const file = withTest(withTest(emptyFlowTestFile(FLOW_ID), test), { ...test, inputs: [] });
    expect(file.tests).toHaveLength(1);
    expect(file.tests[0]!.inputs).toEqual([]);
  });

  it('refuse a file that breaks the format, saying where', () => {
    const read = readFlowTestFile('{\n  "format": "flowpack.flowtest",\n  "version": 2,\n  "flow": "x",\n  "tests": []\n}');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.message).toMatch(/^version: /);
    expect(read.problem.line).toBe(3);
  });

  it('refuse text that is not JSON', () => {
    expect(readFlowTestFile('{"format": ').ok).toBe(false);
  });
});
