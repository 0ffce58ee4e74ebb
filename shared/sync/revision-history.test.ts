import { describe, expect, it } from 'vitest';
import { createFlow } from '../catalog/create-flow';
import type { Flow } from '../format/flow-schema';
import { summariseRevisions } from './revision-history';

const first = createFlow({ profile: 'conversations', name: 'Welcome' });
const trigger = first.nodes[0]!;
const second: Flow = {
  ...first,
  nodes: [...first.nodes, { id: 'wait-1', type: 'wait', name: 'Wait a day', position: { x: 0, y: 160 }, config: { duration: 86400 } }],
  edges: [{ id: 'to-wait', source: trigger.id, sourcePort: 'next', target: 'wait-1' }],
};
const third: Flow = { ...second, description: 'Now documented', nodes: second.nodes.filter((node) => node.id !== 'wait-1'), edges: [] };
const documents = new Map([
  [1, first],
  [2, second],
  [3, third],
]);
const entry = (revision: number) => ({ revision, name: 'Welcome', createdAt: `2026-12-0${revision}T10:00:00.000Z`, createdBy: null, createdByLabel: null });

describe('a flow’s revisions with what each changed against the one before', () => {
  it('lists newest first, counting steps and connections added and removed and flow fields changed; the oldest kept has nothing to compare', async () => {
    // given: the tenant's list in its own order (newest first)
    const list = [entry(3), entry(2), entry(1)];
    // when
    const summaries = await summariseRevisions(list, async (revision) => documents.get(revision)!);
    // then
    expect(summaries.map((summary) => summary.revision)).toEqual([3, 2, 1]);
    expect(summaries[0]!.changes).toEqual({ flowFields: 1, stepsAdded: 0, stepsRemoved: 1, stepsChanged: 0, connectionsAdded: 0, connectionsRemoved: 1 });
    expect(summaries[1]!.changes).toEqual({ flowFields: 0, stepsAdded: 1, stepsRemoved: 0, stepsChanged: 0, connectionsAdded: 1, connectionsRemoved: 0 });
    expect(summaries[2]!.changes).toBeNull();
  });

  it('compares with the revision before even when the list comes oldest first, and keeps who saved each', async () => {
    const list = [entry(1), { ...entry(2), createdBy: 'token-1', createdByLabel: 'CI deploy' }];
    const summaries = await summariseRevisions(list, async (revision) => documents.get(revision)!);
    expect(summaries.map((summary) => [summary.revision, summary.createdByLabel, summary.changes?.stepsAdded ?? null])).toEqual([
      [2, 'CI deploy', 1],
      [1, null, null],
    ]);
  });
});
