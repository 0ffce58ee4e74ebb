import { describe, expect, it } from 'vitest';
import { summariseFlowFile } from './flow-summary';

/** A conversations flow of `count` steps that all say the same thing, then one step of its own. */
function repetitiveFlow(count: number): Uint8Array {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `reply-${index}`,
    type: 'sendMessage',
    name: 'Reply',
    position: { x: index * 300, y: 0 },
    config: { message: 'Thanks for your message, we will answer within one business day.' },
  }));
  nodes.push({ id: 'last', type: 'sendMessage', name: 'Escalate to the night shift', position: { x: 0, y: 300 }, config: { message: 'Call the duty manager' } });
  const flow = { format: 'flowpack.flow', version: 1, id: '0d6f7a52-3c1e-4b8e-9a55-2f1d7c9e4b10', name: 'Support replies', profile: 'conversations', nodes, edges: [] };
  return new TextEncoder().encode(JSON.stringify(flow));
}

describe('the text the library searches through', () => {
  it('finds a large flow by the text of its last step, however often the steps before it repeat theirs', () => {
    const flow = summariseFlowFile('support.flow.json', repetitiveFlow(3_000));

    expect(flow.searchText).toContain('Escalate to the night shift');
    expect(flow.searchText).toContain('Call the duty manager');
  });

  it('keeps each distinct text once, so a flow of thousands of steps adds little to what the host keeps for searching', () => {
    const flow = summariseFlowFile('support.flow.json', repetitiveFlow(3_000));

    expect(flow.searchText.split('\n')).toEqual([
      'Support replies',
      'Reply',
      'Thanks for your message, we will answer within one business day.',
      'Escalate to the night shift',
      'Call the duty manager',
    ]);
  });
});
