import { describe, expect, it } from 'vitest';
import { flowTestFileSchema } from '../../runtime/flow-test-schema';
import type { FlowTestFile } from '../../runtime/flow-test-schema';
import { flowOf } from '../../runtime/test-support/flow-of';
import { loadPack } from '../load-pack';
import { exportPack } from './export-pack';
import { serializePack } from './serialize-pack';

const flow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['hello', 'sendMessage', { text: 'Hello!' }],
  ],
  [['opened', 'next', 'hello']],
  'standard',
  '3b0f6e8a-5c1d-4f2e-9a7b-1c2d3e4f5a6b',
);

const testsOf = (file: FlowTestFile) => (flowId: string) => (flowId === file.flow ? file : undefined);

const tests = flowTestFileSchema.parse({
  format: 'flowpack.flowtest',
  version: 1,
  flow: flow.id,
  tests: [
    {
      name: 'greets the contact',
      subject: { id: 'c-1', name: 'Ana', fields: { email: 'ana.souza@example.com', plan: 'gold' } },
      expect: { path: [{ node: 'opened', port: 'next' }, { node: 'hello', port: 'next' }], outcome: 'completed' },
    },
  ],
});

const options = { name: 'Greeting', generator: 'flowpack-studio/test', now: new Date('2026-01-15T09:00:00Z') };

describe('packs carry their flows\' tests', () => {
  it('puts the test file of an exported flow into the pack, where the pack reader reads it back', () => {
    const { pack } = exportPack([flow], { ...options, testsOf: testsOf(tests) });
    expect(pack?.tests?.map((file) => file.flow)).toEqual([flow.id]);
    const reread = loadPack(JSON.parse(serializePack(pack!)));
    expect(reread.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(reread.pack?.tests?.[0]?.tests.map((test) => test.name)).toEqual(['greets the contact']);
  });

  it('writes no tests field for flows without tests, so the pack is what packs were before tests travelled', () => {
    const without = exportPack([flow], options).pack!;
    const withNone = exportPack([flow], { ...options, testsOf: () => undefined }).pack!;
    expect('tests' in without).toBe(false);
    expect(serializePack(withNone)).toBe(serializePack(without));
  });

  it('removes personal data from a test\'s contact as from a flow, and reports it', () => {
    const { pack, report } = exportPack([flow], { ...options, testsOf: testsOf(tests) });
    const packed = pack!.tests![0]!.tests[0]!;
    expect(packed.subject.fields).toEqual({ email: '', plan: 'gold' });
    expect(report.items).toContainEqual(expect.objectContaining({ flowId: flow.id, path: ['tests', 0, 'subject', 'fields', 'email'], action: 'removed' }));
    expect(pack!.manifest.sanitisation).toContainEqual(expect.objectContaining({ path: ['tests', 0, 'subject', 'fields', 'email'] }));
    // The author's own test file is untouched.
    expect(tests.tests[0]!.subject.fields.email).toBe('ana.souza@example.com');
  });
});
