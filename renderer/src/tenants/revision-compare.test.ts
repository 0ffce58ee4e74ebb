import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Flow } from '../../../shared/format/flow-schema';
import { revisionCanvasDiff } from './revision-compare';

const before = createFlow({ profile: 'conversations', name: 'Welcome' });
const trigger = before.nodes[0]!;

describe('the canvas compare of two revisions', () => {
  it('marks the steps the newer revision added or changed, not one only moved, and keeps the removed ones for the banner', () => {
    const wait = { id: 'wait-1', type: 'wait', name: 'Wait a day', position: { x: 0, y: 160 }, config: { duration: 86400 } };
    const withWait: Flow = { ...before, nodes: [...before.nodes, wait] };
    const after: Flow = { ...withWait, nodes: [{ ...wait, name: 'Wait two days' }, { ...wait, id: 'wait-2', position: { x: 0, y: 320 } }] };
    const compared = revisionCanvasDiff(withWait, after);
    expect(compared.marks).toEqual({ 'wait-1': 'changed', 'wait-2': 'added' });
    expect(JSON.stringify(compared.removed)).toContain(trigger.name);
    const moved: Flow = { ...withWait, nodes: withWait.nodes.map((node) => ({ ...node, position: { x: node.position.x + 40, y: node.position.y } })) };
    expect(revisionCanvasDiff(withWait, moved).marks).toEqual({});
  });
});
