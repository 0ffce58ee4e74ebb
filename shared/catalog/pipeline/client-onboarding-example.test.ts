import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlaceholder, walkRefs } from '../../format/entity-ref';
import type { EntityRef } from '../../format/entity-ref';
import { serializeFlow } from '../../format/flow-file';
import { flowSchema } from '../../format/flow-schema';
import { validate } from '../../validation/validator';

const file = new URL('../../../examples/pipeline/client-onboarding.flow.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const flow = flowSchema.parse(JSON.parse(text));

function refsOf(kind: string): EntityRef[] {
  const refs: EntityRef[] = [];
  walkRefs(flow.nodes, (ref) => {
    if (ref.$ref === kind) refs.push(ref as unknown as EntityRef);
  });
  return refs;
}

describe('the client onboarding example', () => {
  it('validates with no errors or warnings', () => {
    expect(validate(JSON.parse(text))).toEqual([]);
  });

  it('is saved in canonical form, so re-saving it changes nothing', () => {
    expect(serializeFlow(flow)).toBe(text);
  });

  it('runs when a card enters the Onboarding column', () => {
    expect(flow.nodes.filter((node) => node.type === 'cardEnteredColumn').map((node) => node.config)).toEqual([
      { column: 'Onboarding' },
    ]);
  });

  it('welcomes the client by email, tasks the card leader and posts to the client feed', () => {
    const types = flow.nodes.map((node) => node.type);
    expect(types).toEqual(expect.arrayContaining(['sendEmail', 'createTask', 'publishToClientFeed']));
    const task = flow.nodes.find((node) => node.type === 'createTask');
    expect(task?.config.assignee).toEqual({ mode: 'cardLeader' });
  });

  it('keeps its metric as a flow entity, not as a node', () => {
    expect(flow.entities.metric).toEqual({ name: 'Days to go live', type: 'duration', unit: 'days' });
  });

  it('fills every reference and declares the tags and custom fields it uses', () => {
    walkRefs(flow.nodes, (ref, path) => expect(isPlaceholder(ref as unknown as EntityRef), path.join('.')).toBe(false));
    const tagNames = flow.entities.tags.map((tag) => tag.name);
    for (const tag of refsOf('tag')) expect(tagNames).toContain(tag.name);
    const fieldKeys = flow.entities.customFields.map((customField) => customField.key);
    for (const customField of refsOf('customField')) expect(fieldKeys).toContain(customField.id);
  });
});
