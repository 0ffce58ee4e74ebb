import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Flow } from '../../../shared/format/flow-schema';
import { compactFlow } from './compact-flow';

function fileFlow(): Flow {
  const base = createFlow({ profile: 'conversations', name: 'Compact', id: '7b0f3c9e-5a61-4a43-9f0e-2d2f4b1c8a10', now: new Date('2025-01-01T00:00:00Z') });
  const message = (id: string) => ({ id, type: 'sendMessage', name: id, position: { x: 300, y: 0 }, config: { text: 'The same long message in every step' } });
  return { ...base, nodes: [...base.nodes, message('a'), message('b')], edges: [{ id: 'e1', source: 'a', sourcePort: 'next', target: 'b' }] };
}

describe('the flow an open document keeps', () => {
  it("keeps the file's own parsed steps and connections where the schema's copies equal them", () => {
    const raw = JSON.parse(JSON.stringify(fileFlow()));
    const parsed = JSON.parse(JSON.stringify(fileFlow())) as Flow;
    const kept = compactFlow(parsed, raw);
    expect(kept.nodes[1]).toBe(raw.nodes[1]);
    expect(kept.edges[0]).toBe(raw.edges[0]);
    expect(kept).toEqual(parsed);
  });

  it("keeps the schema's version of a step it changed, such as a filled-in default", () => {
    const raw = JSON.parse(JSON.stringify(fileFlow()));
    delete raw.nodes[2].config.text;
    const parsed = fileFlow();
    const kept = compactFlow(parsed, raw);
    expect(kept.nodes[2]).toBe(parsed.nodes[2]);
    expect(kept.nodes[1]).toBe(raw.nodes[1]);
    expect(kept.nodes[2]!.config).toEqual({ text: 'The same long message in every step' });
  });
});
