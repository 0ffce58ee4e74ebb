import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Flow, FlowNode } from '../../../shared/format/flow-schema';
import { stepsWithMovedPorts } from './moved-ports';

const condition = (id: string, name: string) => ({ id, name, field: 'contact.tags', operator: 'contains', value: id });

function withBranch(conditions: unknown[]): Flow {
  const base = createFlow({ profile: 'conversations', name: 'Ports' });
  const branch: FlowNode = { id: 'route', type: 'branch', name: 'Route', position: { x: 300, y: 0 }, config: { conditions } };
  return { ...base, nodes: [...base.nodes, branch] };
}

function editBranch(flow: Flow, conditions: unknown[]): Flow {
  return { ...flow, nodes: flow.nodes.map((node) => (node.id === 'route' ? { ...node, config: { conditions } } : node)) };
}

describe('steps whose handles moved', () => {
  const before = withBranch([condition('vip', 'VIP'), condition('new', 'New')]);

  it('are those whose ports were added, removed or reordered', () => {
    expect(stepsWithMovedPorts(before, editBranch(before, [condition('vip', 'VIP'), condition('new', 'New'), condition('late', 'Late')]))).toEqual(['route']);
    expect(stepsWithMovedPorts(before, editBranch(before, [condition('vip', 'VIP')]))).toEqual(['route']);
    expect(stepsWithMovedPorts(before, editBranch(before, [condition('new', 'New'), condition('vip', 'VIP')]))).toEqual(['route']);
  });

  it('leave out a step edited without moving its ports, and every step not edited', () => {
    // A renamed branch keeps its port id: the handle stays where it is.
    expect(stepsWithMovedPorts(before, editBranch(before, [condition('vip', 'Very important'), condition('new', 'New')]))).toEqual([]);
    expect(stepsWithMovedPorts(before, { ...before, name: 'Renamed flow' })).toEqual([]);
    const moved = { ...before, nodes: before.nodes.map((node) => ({ ...node, position: { x: node.position.x + 20, y: 0 } })) };
    expect(stepsWithMovedPorts(before, moved)).toEqual([]);
  });

  it('find a step by its id when the steps before it were deleted', () => {
    const withoutTrigger = editBranch({ ...before, nodes: before.nodes.slice(1) }, [condition('vip', 'VIP')]);
    expect(stepsWithMovedPorts(before, withoutTrigger)).toEqual(['route']);
  });
});
