import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlaceholder, walkRefs } from '../../format/entity-ref';
import type { EntityRef } from '../../format/entity-ref';
import { serializeFlow } from '../../format/flow-file';
import { flowSchema } from '../../format/flow-schema';
import { validate } from '../../validation/validator';
import { journeysCatalog } from './profile';

const file = new URL('../../../examples/journeys/abandoned-cart.flow.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const flow = flowSchema.parse(JSON.parse(text));

describe('the abandoned cart example', () => {
  it('validates with no errors or warnings', () => {
    expect(validate(JSON.parse(text))).toEqual([]);
  });

  it('is saved in canonical form, so re-saving it changes nothing', () => {
    expect(serializeFlow(flow)).toBe(text);
  });

  it('starts when a cart is abandoned and waits before checking for a purchase', () => {
    const [trigger, firstStep, secondStep] = flow.nodes;
    expect([trigger?.type, firstStep?.type, secondStep?.type]).toEqual(['cartAbandoned', 'wait', 'condition']);
  });

  it('connects both branches of every condition', () => {
    for (const node of flow.nodes.filter((candidate) => candidate.type === 'condition')) {
      const ports = flow.edges.filter((edge) => edge.source === node.id).map((edge) => edge.sourcePort);
      expect(ports.sort(), node.id).toEqual(['no', 'yes']);
    }
  });

  it('can be exported: it holds no step that blocks export', () => {
    const blocking = new Set(journeysCatalog.types.filter((step) => step.exportRules?.block).map((step) => step.type));
    expect(flow.nodes.filter((node) => blocking.has(node.type))).toEqual([]);
  });

  it('fills every reference and declares the segments and custom fields it needs', () => {
    const segmentIds = flow.entities.segments.map((segment) => segment.id);
    const fieldKeys = flow.entities.customFields.map((customField) => customField.key);
    walkRefs(flow.nodes, (raw, path) => {
      const ref = raw as unknown as EntityRef;
      expect(isPlaceholder(ref), path.join('.')).toBe(false);
      if (ref.$ref === 'segment') expect(segmentIds).toContain(ref.id);
      if (ref.$ref === 'customField') expect(fieldKeys).toContain(ref.id);
    });
  });
});
