import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../format/flow-schema';
import { loadFlow } from '../validation/load-flow';
import { changesBehaviour, diffFlows, isEmptyDiff } from './flow-diff';

/** The "Out-of-hours message" example, loaded fresh so each test can edit its own copy. */
function example(): Flow {
  const text = readFileSync(new URL('../../examples/conversations/out-of-hours-message.flow.json', import.meta.url), 'utf8');
  return loadFlow(JSON.parse(text)).flow!;
}

describe('diffFlows: what a person reviews before overwriting a flow', () => {
  it('finds nothing between two copies of the same flow, whatever their meta says', () => {
    const after = example();
    after.meta = { ...after.meta, updatedAt: '2030-01-01T00:00:00Z', generator: 'another tool' };
    const result = diffFlows(example(), after);
    expect(isEmptyDiff(result)).toBe(true);
    expect(changesBehaviour(result)).toBe(false);
  });

  it('names a changed config field of a step with its path, before and after', () => {
    const after = example();
    const busy = after.nodes.find((node) => node.id === 'team-busy')!;
    busy.config = { ...busy.config, text: 'Back soon!' };
    const { steps } = diffFlows(example(), after);
    expect(steps.added).toEqual([]);
    expect(steps.removed).toEqual([]);
    expect(steps.changed).toHaveLength(1);
    expect(steps.changed[0]).toMatchObject({ id: 'team-busy', name: 'Team is busy', type: 'sendMessage', moved: false });
    expect(steps.changed[0]!.fields).toEqual([
      { path: ['config', 'text'], change: 'changed', before: expect.stringMatching(/^Thanks for your patience/), after: 'Back soon!' },
    ]);
  });

  it('reports nested config values added or removed, and a renamed step', () => {
    const after = example();
    const assign = after.nodes.find((node) => node.id === 'assign-support')!;
    assign.name = 'Assign to Sales';
    const { team: _team, ...withoutTeam } = assign.config as Record<string, unknown>;
    assign.config = { ...withoutTeam, note: { text: 'new' } };
    const change = diffFlows(example(), after).steps.changed[0]!;
    expect(change.name).toBe('Assign to Sales');
    expect(change.fields).toContainEqual({ path: ['name'], change: 'changed', before: 'Assign to Customer Support', after: 'Assign to Sales' });
    expect(change.fields).toContainEqual(expect.objectContaining({ path: ['config', 'team'], change: 'removed' }));
    expect(change.fields).toContainEqual({ path: ['config', 'note'], change: 'added', after: { text: 'new' } });
  });

  it('tells a step that only moved on the canvas from one that behaves differently', () => {
    const after = example();
    after.nodes[2]!.position = { x: after.nodes[2]!.position.x + 120, y: 0 };
    const result = diffFlows(example(), after);
    expect(result.steps.changed).toEqual([expect.objectContaining({ id: after.nodes[2]!.id, fields: [], moved: true })]);
    expect(changesBehaviour(result)).toBe(false);
    expect(isEmptyDiff(result)).toBe(false);
  });

  it('lists steps added and removed, and the connections that came and went with them', () => {
    const before = example();
    const after = example();
    after.nodes = after.nodes.filter((node) => node.id !== 'close');
    after.edges = after.edges.filter((edge) => edge.target !== 'close');
    after.nodes.push({ id: 'wait-1', type: 'wait', name: 'Wait a day', position: { x: 0, y: 0 }, config: { duration: { days: 1 } } });
    after.edges.push({ id: 'x', source: 'tag-after-hours', sourcePort: 'next', target: 'wait-1' });
    const { steps, connections } = diffFlows(before, after);
    expect(steps.added).toEqual([{ id: 'wait-1', type: 'wait', name: 'Wait a day' }]);
    expect(steps.removed).toEqual([{ id: 'close', type: 'closeConversation', name: 'Close conversation' }]);
    expect(connections.added).toEqual([{ source: 'tag-after-hours', sourcePort: 'next', target: 'wait-1' }]);
    expect(connections.removed).toEqual([{ source: 'tag-after-hours', sourcePort: 'next', target: 'close' }]);
  });

  it('matches connections by what they connect, not by their ids', () => {
    const after = example();
    after.edges = after.edges.map((edge, index) => ({ ...edge, id: `renumbered-${index}` }));
    expect(diffFlows(example(), after).connections).toEqual({ added: [], removed: [] });
  });

  it('reports the flow’s own fields: name, description and entity declarations', () => {
    const after = example();
    after.name = 'After hours';
    after.entities = { ...after.entities, tags: [...after.entities.tags, { name: 'VIP' }] };
    const { flow } = diffFlows(example(), after);
    expect(flow).toContainEqual({ path: ['name'], change: 'changed', before: 'Out-of-hours message', after: 'After hours' });
    expect(flow).toContainEqual(expect.objectContaining({ path: ['entities', 'tags', after.entities.tags.length - 1], change: 'added', after: { name: 'VIP' } }));
  });
});
