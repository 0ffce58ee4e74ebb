import { describe, expect, it } from 'vitest';
import { createFlow } from '../catalog/create-flow';
import { flowSchema } from '../format/flow-schema';
import { loadFlow, readFlow } from './load-flow';

/** A flow as a person might write it by hand: only the required fields, no defaults. */
function minimalDocument(): Record<string, unknown> {
  const { format, version, id, name, profile, kind, nodes, edges } = createFlow({ profile: 'conversations', name: 'Hand-written' });
  return JSON.parse(JSON.stringify({ format, version, id, name, profile, kind, nodes, edges })) as Record<string, unknown>;
}

describe('loading a flow document', () => {
  it('fills in the defaults of the fields a file leaves out, exactly as the schema does', () => {
    const document = minimalDocument();
    const { flow } = loadFlow(structuredClone(document));
    const parsed = flowSchema.parse(document);
    expect(flow).toEqual(parsed);
    expect(Object.keys(flow!)).toEqual(Object.keys(parsed));
    expect(flow).toMatchObject({ description: '', entities: { tags: [], customFields: [], segments: [] }, meta: {}, extensions: {} });
  });

  it('does not take a step with a field the format does not know as a flow', () => {
    const document = minimalDocument();
    (document.nodes as Record<string, unknown>[])[0]!.colour = 'red';
    const loaded = loadFlow(document);
    expect(loaded.flow).toBeUndefined();
    expect(loaded.diagnostics.some((d) => d.severity === 'error' && d.code === 'FORMAT_INVALID')).toBe(true);
  });

  it('does not take a document with a malformed top-level field as a flow, however ordinary its steps', () => {
    const document = { ...minimalDocument(), name: '' };
    expect(loadFlow(document).flow).toBeUndefined();
  });

  it('reads the same flow without validating it, and refuses the same documents', () => {
    const broken = { ...minimalDocument(), edges: [{ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'nowhere' }] };
    expect(loadFlow(structuredClone(broken)).diagnostics.some((d) => d.code === 'EDGE_DANGLING')).toBe(true);
    expect(readFlow(structuredClone(broken))).toEqual(loadFlow(structuredClone(broken)).flow);
    const clean = minimalDocument();
    expect(readFlow(structuredClone(clean))).toEqual(loadFlow(structuredClone(clean)).flow);
    for (const refused of [{ ...minimalDocument(), name: '' }, { ...minimalDocument(), version: 0 }, { ...minimalDocument(), version: 99 }, 'text']) {
      expect(loadFlow(refused).flow).toBeUndefined();
      expect(readFlow(refused)).toBeUndefined();
    }
  });
});
