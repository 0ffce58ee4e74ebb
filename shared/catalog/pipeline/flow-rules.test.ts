import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../format/diagnostic';
import type { FlowEdge, FlowNode } from '../../format/flow-schema';
import { createFlow } from '../create-flow';
import { validate } from '../../validation/validator';

/** A pipeline flow triggered by cards entering "Onboarding", followed by one automation. */
function flowWith(type: string, config: Record<string, unknown>, column = 'Onboarding') {
  const flow = createFlow({ profile: 'pipeline', name: 'Rules', id: 'f1d6a8a4-5b0e-4c55-9a0c-1f3f0c7e2b11' });
  const nodes: FlowNode[] = [
    { id: 'trigger', type: 'cardEnteredColumn', name: 'Enters', position: { x: 0, y: 0 }, config: { column } },
    { id: 'step', type, name: 'Step', position: { x: 280, y: 0 }, config },
  ];
  const edges: FlowEdge[] = [{ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'step' }];
  return { ...flow, nodes, edges };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${JSON.stringify(d.path)}`);
const move = (destination: Record<string, unknown>) => ({ active: true, destination });

describe('pipeline flows in the validator', () => {
  it('report a "card enters column" trigger without a column as incomplete', () => {
    const diagnostics = validate(flowWith('moveCard', move({ mode: 'column', column: 'Done' }), ' '));
    expect(codes(diagnostics)).toEqual(['CONFIG_REQUIRED ["nodes",0,"config","column"]']);
  });

  it('report moving the card into the column that triggers the flow as a loop', () => {
    const diagnostics = validate(flowWith('moveCard', move({ mode: 'column', column: 'Onboarding' })));
    expect(codes(diagnostics)).toEqual(['LOOP_SELF_TRIGGER ["nodes",1]']);
  });

  it('accept moving the card on to another column', () => {
    expect(validate(flowWith('moveCard', move({ mode: 'column', column: 'Delivery' })))).toEqual([]);
  });

  it('accept moving the card to a column of the same name in another flow', () => {
    const destination = { mode: 'flow', flow: { $ref: 'flow', id: 'flow_2', name: 'Delivery' }, column: 'Onboarding' };
    expect(validate(flowWith('moveCard', move(destination)))).toEqual([]);
  });

  it('report a task for a specific user who is not chosen yet', () => {
    const config = { active: true, title: 'Call', description: '', dueInDays: 1, assignee: { mode: 'user', user: { $ref: 'user' } } };
    expect(codes(validate(flowWith('createTask', config)))).toEqual(['REF_PLACEHOLDER ["nodes",1,"config","assignee","user"]']);
  });

  it('report an email automation with no recipients', () => {
    const config = { active: true, sender: { $ref: 'user', id: 'usr_1', name: 'Ana' }, recipients: [], subject: 'Hi', message: 'Hello', attachments: [] };
    expect(codes(validate(flowWith('sendEmail', config)))).toEqual(['CONFIG_REQUIRED ["nodes",1,"config","recipients"]']);
  });

  it('accept an email automation as export leaves it: inactive, no sender, no attachments', () => {
    const config = { active: false, recipients: ['cardContacts'], subject: 'Hi', message: 'Hello' };
    expect(validate(flowWith('sendEmail', config))).toEqual([]);
  });
});
