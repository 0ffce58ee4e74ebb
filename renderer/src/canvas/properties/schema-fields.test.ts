import { describe, expect, it } from 'vitest';
import { findStepType } from '../../../../shared/catalog/registry';
import { defaultValue, holdsReference, newListItem, objectFields, switchBranch } from './schema-fields';
import type { FieldSpec } from './schema-fields';

const step = (profile: Parameters<typeof findStepType>[0], type: string) => findStepType(profile, type)!;
const byKey = (fields: FieldSpec[], key: string) => fields.find((spec) => spec.key === key)!;

describe('forms generated from a step config schema', () => {
  it('gives every field of a question its label and widget, in declaration order', () => {
    const fields = objectFields(step('conversations', 'askQuestion').config);
    expect(fields.map((spec) => [spec.key, spec.kind])).toEqual([
      ['question', 'scalar'],
      ['answerType', 'scalar'],
      ['options', 'stringList'],
      ['invalidAnswerMessage', 'scalar'],
      ['variable', 'scalar'],
      ['saveTo', 'ref'],
      ['timeout', 'scalar'],
    ]);
    expect(byKey(fields, 'question').meta.label['pt-BR']).toBe('Pergunta');
    expect(byKey(fields, 'timeout')).toMatchObject({ widget: 'duration', valueType: 'number' });
    expect(byKey(fields, 'saveTo')).toMatchObject({ refKind: 'customField', optional: true });
    const answerType = byKey(fields, 'answerType');
    expect(answerType.kind === 'scalar' && answerType.choices?.find((c) => c.value === 'multipleChoice')?.label.es).toBe('Opción múltiple');
  });

  it('edits branch conditions as a list of objects, hiding their ids and giving new ones fresh ids', () => {
    const conditions = byKey(objectFields(step('conversations', 'branch').config), 'conditions');
    expect(conditions.kind).toBe('objectList');
    if (conditions.kind !== 'objectList') return;
    expect(conditions.itemFields.map((spec) => spec.key)).toEqual(['name', 'field', 'operator', 'value']);
    const item = newListItem(conditions.item, [{ id: 'condition1' }], 'condition');
    expect(item).toEqual({ id: 'condition2', name: '', field: '', operator: 'equals', value: '' });
  });

  it('offers the branches of a discriminated union and keeps shared fields when switching', () => {
    const destination = byKey(objectFields(step('pipeline', 'moveCard').config), 'destination');
    expect(destination.kind).toBe('union');
    if (destination.kind !== 'union') return;
    expect(destination.branches.map((branch) => [branch.value, branch.fields.map((spec) => spec.key)])).toEqual([
      ['column', ['column']],
      ['flow', ['flow', 'column']],
    ]);
    expect(switchBranch(destination.branches[1]!, 'mode', { mode: 'column', column: 'Won' })).toEqual({ mode: 'flow', flow: { $ref: 'flow' }, column: 'Won' });
  });

  it('recognises reference lists, key-value lists and plain value unions', () => {
    expect(byKey(objectFields(step('conversations', 'updateTags').config), 'tags')).toMatchObject({ kind: 'refList', refKind: 'tag' });
    expect(byKey(objectFields(step('conversations', 'httpRequest').config), 'headers')).toMatchObject({ kind: 'objectList', meta: { widget: 'keyValue' } });
    expect(byKey(objectFields(step('pipeline', 'sendEmail').config), 'recipients')).toMatchObject({ kind: 'stringList' });
    expect(byKey(objectFields(step('journeys', 'sendEmail').config), 'senderEmail')).toMatchObject({ kind: 'scalar', widget: 'email' });
  });

  it('starts new values where the schema allows them (numbers at their minimum)', () => {
    expect(defaultValue(step('conversations', 'wait').config)).toEqual({ duration: 60 });
  });

  it('knows which steps reference tenant entities, however deep, so only their drawers read a tenant’s catalog', () => {
    expect(objectFields(step('contact-center', 'playPrompt').config).some(holdsReference)).toBe(true);
    expect(objectFields(step('conversations', 'updateTags').config).some(holdsReference)).toBe(true);
    expect(objectFields(step('conversations', 'wait').config).some(holdsReference)).toBe(false);
  });
});
