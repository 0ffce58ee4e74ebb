import { describe, expect, it } from 'vitest';
import type { FlowInput } from '../../format/flow-schema';
import { validate } from '../../validation/validator';

const FLOW_ID = '9a4c6a1e-0f0e-4c57-8f0b-2f1d8a6b7c31';
const vip = { $ref: 'tag', id: 'tag_1001', name: 'VIP' };
const lead = { $ref: 'tag', id: 'tag_1002', name: 'Lead' };

/** A workflow of one trigger followed by one step, connected through the trigger's next port. */
function workflow(trigger: { type: string; config: Record<string, unknown> }, step: { type: string; config: Record<string, unknown> }): FlowInput {
  return {
    format: 'flowpack.flow',
    version: 1,
    id: FLOW_ID,
    name: 'Test workflow',
    profile: 'conversations',
    kind: 'standard',
    nodes: [
      { id: 'trigger', type: trigger.type, name: 'Trigger', position: { x: 0, y: 0 }, config: trigger.config },
      { id: 'step', type: step.type, name: 'Step', position: { x: 280, y: 0 }, config: step.config },
    ],
    edges: [{ id: 'trigger.next', source: 'trigger', sourcePort: 'next', target: 'step' }],
  };
}

const codes = (flow: FlowInput) => validate(flow).map((d) => d.code);

describe('conversations workflow rules', () => {
  it('blocks a workflow that adds the very tag its trigger waits for', () => {
    const flow = workflow({ type: 'contactTagUpdated', config: { action: 'added', tag: vip } }, { type: 'updateTags', config: { action: 'add', tags: [vip] } });
    expect(codes(flow)).toContain('LOOP_SELF_TRIGGER');
  });

  it('allows adding a different tag, or removing the tag an "added" trigger waits for', () => {
    const trigger = { type: 'contactTagUpdated', config: { action: 'added', tag: vip } };
    expect(codes(workflow(trigger, { type: 'updateTags', config: { action: 'add', tags: [lead] } }))).toEqual([]);
    expect(codes(workflow(trigger, { type: 'updateTags', config: { action: 'remove', tags: [vip] } }))).toEqual([]);
  });

  it('blocks a workflow that updates the contact field its trigger watches', () => {
    const field = { $ref: 'customField', id: 'plan', name: 'Plan' };
    const flow = workflow({ type: 'contactFieldUpdated', config: { field } }, { type: 'updateContactField', config: { field, value: 'Pro' } });
    expect(codes(flow)).toContain('LOOP_SELF_TRIGGER');
  });

  it('blocks reopening a conversation from a workflow that starts when one opens, whatever its channel filter', () => {
    const channels = [{ $ref: 'channel', id: '218734', name: 'WhatsApp Support' }];
    const flow = workflow({ type: 'conversationOpened', config: { channels } }, { type: 'openConversation', config: {} });
    expect(codes(flow)).toContain('LOOP_SELF_TRIGGER');
  });

  it('blocks closing a conversation from a workflow that starts when one closes', () => {
    const flow = workflow({ type: 'conversationClosed', config: { categories: [] } }, { type: 'closeConversation', config: { category: '', note: '' } });
    expect(codes(flow)).toContain('LOOP_SELF_TRIGGER');
  });

  it('blocks a workflow that triggers itself', () => {
    const self = { $ref: 'flow', id: FLOW_ID, name: 'Test workflow' };
    expect(codes(workflow({ type: 'manual', config: {} }, { type: 'triggerWorkflow', config: { flow: self } }))).toContain('LOOP_SELF_TRIGGER');
  });

  it('reports a question whose timeout and failure paths lead nowhere', () => {
    const question = { question: 'Your email?', answerType: 'email', options: [], invalidAnswerMessage: '', variable: '', timeout: 3600 };
    const ports = validate(workflow({ type: 'manual', config: {} }, { type: 'askQuestion', config: question }))
      .filter((d) => d.code === 'PORT_UNCONNECTED')
      .map((d) => d.params?.portId);
    expect(ports).toEqual(['failure', 'timeout']);
  });

  it('reports an incomplete step: an empty message, or a branch with no conditions', () => {
    expect(codes(workflow({ type: 'manual', config: {} }, { type: 'sendMessage', config: { text: ' ' } }))).toEqual(['CONFIG_REQUIRED']);
    const branch = validate(workflow({ type: 'manual', config: {} }, { type: 'branch', config: { conditions: [] } }));
    expect(branch.filter((d) => d.severity === 'error').map((d) => [d.code, d.path])).toEqual([
      ['CONFIG_REQUIRED', ['nodes', 1, 'config', 'conditions']],
    ]);
  });

  it('reports a field required only in some configurations as required: the user when assigning to one user', () => {
    const assign = { mode: 'user', rule: 'roundRobin', onlyOnline: true, timeout: 3600 };
    const flow = workflow({ type: 'manual', config: {} }, { type: 'assignTo', config: assign });
    const found = validate(flow).filter((d) => d.severity === 'error');
    expect(found.map((d) => [d.code, d.path, d.message])).toEqual([['CONFIG_REQUIRED', ['nodes', 1, 'config', 'user'], '"User" is required.']]);
  });

  it('follows a jump to an earlier step and reports a jump to a step that does not exist', () => {
    const flow = workflow({ type: 'manual', config: {} }, { type: 'jumpTo', config: { target: 'step' } });
    expect(codes(flow)).toEqual([]);
    const broken = workflow({ type: 'manual', config: {} }, { type: 'jumpTo', config: { target: 'gone' } });
    expect(codes(broken)).toEqual(['CONFIG_INVALID']);
  });
});
