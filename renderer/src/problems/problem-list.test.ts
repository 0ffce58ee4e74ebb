import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import { faultyTargets, sortBySeverity } from './problem-list';

const d = (severity: Diagnostic['severity'], code: Diagnostic['code'], target: Partial<Diagnostic> = {}): Diagnostic => ({ severity, code, message: code, ...target });
const nodes = [
  { id: 'trigger', name: 'When a message arrives' },
  { id: 'ask', name: 'Ask for the order' },
  { id: 'send', name: 'Send the answer' },
] as const;
const flow = { nodes: nodes.map((node) => ({ ...node, type: 't', position: { x: 0, y: 0 }, config: {} })) };

describe('error indicator list', () => {
  it('lists each faulty step once with its counts, steps with errors first', () => {
    const targets = faultyTargets(flow, [
      d('warning', 'PORT_UNCONNECTED', { nodeId: 'ask' }),
      d('error', 'CONFIG_REQUIRED', { nodeId: 'send' }),
      d('error', 'CONFIG_INVALID', { nodeId: 'send' }),
      d('warning', 'NODE_UNREACHABLE', { nodeId: 'send' }),
    ]);
    expect(targets.map((t) => [t.name, t.errors, t.warnings, t.first.code])).toEqual([
      ['Send the answer', 2, 1, 'CONFIG_REQUIRED'],
      ['Ask for the order', 0, 1, 'PORT_UNCONNECTED'],
    ]);
  });

  it('puts connections and whole-flow problems after the steps and skips notes', () => {
    const targets = faultyTargets(flow, [
      d('error', 'TRIGGER_MISSING'),
      d('error', 'EDGE_DANGLING', { edgeId: 'e1' }),
      d('error', 'CONFIG_REQUIRED', { nodeId: 'trigger' }),
      d('info', 'REF_PLACEHOLDER', { nodeId: 'ask' }),
    ]);
    expect(targets.map((t) => t.key)).toEqual(['node:trigger', 'edge:e1', 'flow']);
  });

  it('shows errors before warnings in the Problems panel', () => {
    const sorted = sortBySeverity([d('warning', 'NODE_UNREACHABLE'), d('info', 'REF_PLACEHOLDER'), d('error', 'TRIGGER_MISSING')]);
    expect(sorted.map((x) => x.severity)).toEqual(['error', 'warning', 'info']);
  });
});
