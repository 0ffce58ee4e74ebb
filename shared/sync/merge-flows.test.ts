import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../format/flow-schema';
import { flowSchema } from '../format/flow-schema';
import { loadFlow } from '../validation/load-flow';
import { mergeFlows } from './merge-flows';

function example(): Flow {
  const text = readFileSync(new URL('../../examples/conversations/out-of-hours-message.flow.json', import.meta.url), 'utf8');
  return loadFlow(JSON.parse(text)).flow!;
}
const step = (flow: Flow, id: string): FlowNode => flow.nodes.find((node) => node.id === id)!;

/** One step edited here, another there, and one field edited on both sides. */
function editedOnBothSides() {
  const [base, mine, theirs] = [example(), example(), example()];
  step(mine, 'team-busy').config.text = 'Back soon!';
  step(theirs, 'close').config.note = 'Closed by a colleague.';
  step(mine, 'assign-support').config.timeout = 300;
  step(mine, 'assign-support').name = 'Assign to Sales';
  step(theirs, 'assign-support').config.timeout = 600;
  return { base, mine, theirs };
}

describe('mergeFlows: a merge resolved change by change', () => {
  it('keeps each side’s own edits and asks for the field both sides changed', () => {
    const result = mergeFlows(editedOnBothSides(), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.undecided).toEqual({ flow: [], steps: [], fields: [{ stepId: 'assign-support', key: 'config.timeout' }] });
  });

  it('writes a valid flow with my edit, the colleague’s edit and the chosen value of the shared field', () => {
    const result = mergeFlows(editedOnBothSides(), { fields: { 'assign-support': { 'config.timeout': 'theirs' } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(flowSchema.safeParse(result.flow).success).toBe(true);
    expect(step(result.flow, 'team-busy').config.text).toBe('Back soon!');
    expect(step(result.flow, 'close').config.note).toBe('Closed by a colleague.');
    expect(step(result.flow, 'assign-support')).toMatchObject({ name: 'Assign to Sales', config: { timeout: 600 } });
    expect(result.flow.edges).toEqual(example().edges);
  });

  it('takes a step choice as the default of its fields changed on both sides', () => {
    const result = mergeFlows(editedOnBothSides(), { steps: { 'assign-support': 'mine' } });
    expect(result.ok && step(result.flow, 'assign-support').config.timeout).toBe(300);
  });

  it('undoes my change to a step when I choose the tenant’s version of it', () => {
    const result = mergeFlows(editedOnBothSides(), { steps: { 'team-busy': 'theirs' }, fields: { 'assign-support': { 'config.timeout': 'mine' } } });
    expect(result.ok && step(result.flow, 'team-busy').config.text).toBe(example().nodes.find((node) => node.id === 'team-busy')!.config.text);
  });

  it('asks about a step removed there and edited here, and drops its connections when it goes', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(mine, 'team-busy').config.text = 'Edited here';
    theirs.nodes = theirs.nodes.filter((node) => node.id !== 'team-busy');
    theirs.edges = theirs.edges.filter((edge) => edge.target !== 'team-busy');
    const asked = mergeFlows({ base, mine, theirs }, {});
    expect(!asked.ok && asked.undecided.steps).toEqual(['team-busy']);
    const kept = mergeFlows({ base, mine, theirs }, { steps: { 'team-busy': 'mine' } });
    expect(kept.ok && step(kept.flow, 'team-busy').config.text).toBe('Edited here');
    expect(kept.ok && kept.flow.edges.some((edge) => edge.target === 'team-busy')).toBe(true);
    const removed = mergeFlows({ base, mine, theirs }, { steps: { 'team-busy': 'theirs' } });
    expect(removed.ok && removed.flow.nodes.some((node) => node.id === 'team-busy')).toBe(false);
    expect(removed.ok && removed.flow.edges.some((edge) => edge.target === 'team-busy')).toBe(false);
  });

  it('brings in a step and connection the tenant added, after mine, with an id of its own', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    theirs.nodes.push({ id: 'thanks', type: 'sendMessage', name: 'Thanks', position: { x: 5, y: 5 }, config: { text: 'Thanks' } });
    theirs.edges.push({ id: 'trigger.next', source: 'agent-intro', sourcePort: 'next', target: 'thanks' });
    const result = mergeFlows({ base, mine, theirs }, {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.flow.nodes.at(-1)!.id).toBe('thanks');
    const added = result.flow.edges.find((edge) => edge.target === 'thanks')!;
    expect(added.id).not.toBe('trigger.next');
    expect(new Set(result.flow.edges.map((edge) => edge.id)).size).toBe(result.flow.edges.length);
  });

  it('never writes into the file a value a push keeps from the tenant, unless the tenant’s version is chosen', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    delete step(mine, 'assign-support').config.team;
    step(mine, 'assign-support').config.timeout = 300;
    const result = mergeFlows({ base, mine, theirs }, {});
    expect(result.ok && step(result.flow, 'assign-support').config).not.toHaveProperty('team');
  });

  it('keeps the position a side moved a step to', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(theirs, 'close').position = { x: 999, y: 999 };
    const result = mergeFlows({ base, mine, theirs }, {});
    expect(result.ok && step(result.flow, 'close').position).toEqual({ x: 999, y: 999 });
  });

  it('without a base, asks about every difference', () => {
    const [mine, theirs] = [example(), example()];
    step(mine, 'team-busy').config.text = 'Back soon!';
    theirs.description = 'Edited somewhere';
    const result = mergeFlows({ mine, theirs }, {});
    expect(!result.ok && result.undecided).toEqual({ flow: ['description'], steps: [], fields: [{ stepId: 'team-busy', key: 'config.text' }] });
  });
});
