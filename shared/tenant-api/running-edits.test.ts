import { describe, expect, it } from 'vitest';
import type { Flow } from '../format/flow-schema';
import { BUILTIN_TEMPLATES } from '../templates/builtin-templates';
import { acceptedWhileRunning, runningEditChanges } from './running-edits';

// journeys-workflows.en.txt: "If a workflow is already started, it will only be possible to edit some of the
// configurations of certain nodes, and it won't be possible to add or remove nodes."
const journey = (): Flow => JSON.parse(BUILTIN_TEMPLATES.find((t) => t.profile === 'journeys' && t.text.includes('reminder-email'))!.text) as Flow;
const withConfig = (flow: Flow, id: string, change: Record<string, unknown>): Flow => ({
  ...flow,
  nodes: flow.nodes.map((node) => (node.id === id ? { ...node, config: { ...node.config, ...change } } : node)),
});

describe('what a started journey accepts', () => {
  it('accepts the fields its step types declare editable while running, and new names and positions', () => {
    const before = journey();
    let after = withConfig(before, 'reminder-email', { subject: 'New subject', body: '<p>New body</p>' });
    after = withConfig(after, 'wait-1d', { duration: 3 * 86_400 });
    after = { ...after, nodes: after.nodes.map((node) => ({ ...node, name: `${node.name} v2`, position: { x: node.position.x + 10, y: node.position.y } })) };
    expect(acceptedWhileRunning(runningEditChanges(before, after))).toBe(true);
  });

  it('refuses other fields, naming the step, the field and what the step allows', () => {
    const before = journey();
    const changes = runningEditChanges(before, withConfig(withConfig(before, 'reminder-email', { senderName: 'Someone else' }), 'trigger', { afterMinutes: 5 }));
    expect(changes.lockedFields.map(({ node, field, editable }) => [node.id, field, editable])).toEqual([
      ['trigger', 'afterMinutes', []],
      ['reminder-email', 'senderName', ['subject', 'preheader', 'body']],
    ]);
  });

  it('refuses a changed condition: contacts already went down one branch', () => {
    const before = journey();
    const check = before.nodes.find((node) => node.id === 'check-1')!;
    const after = withConfig(before, 'check-1', { condition: { ...(check.config.condition as object), kind: 'segment', segment: { $ref: 'segment', id: 'other' } } });
    expect(runningEditChanges(before, after).lockedFields.map((edit) => edit.field)).toEqual(['condition']);
  });

  it('refuses rewiring: a connection moved to another step is one removed and one added', () => {
    const before = journey();
    const after = { ...before, edges: before.edges.map((edge) => (edge.id === 'check-1.no' ? { ...edge, target: 'end' } : edge)) };
    const changes = runningEditChanges(before, after);
    expect(changes.removedConnections.map((edge) => edge.target)).toEqual(['reminder-email']);
    expect(changes.addedConnections.map((edge) => edge.target)).toEqual(['end']);
    expect(changes.addedSteps).toEqual([]);
    expect(acceptedWhileRunning(changes)).toBe(false);
  });

  it('takes a renamed edge id for the same connection', () => {
    const before = journey();
    const after = { ...before, edges: before.edges.map((edge) => ({ ...edge, id: `${edge.id}-renamed` })) };
    expect(acceptedWhileRunning(runningEditChanges(before, after))).toBe(true);
  });
});
