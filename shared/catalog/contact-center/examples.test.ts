import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeFlow } from '../../format/flow-file';
import { flowSchema } from '../../format/flow-schema';
import type { Flow } from '../../format/flow-schema';
import { summariseFlows, validateFlowSet } from '../../validation/validate-set';
import { validate } from '../../validation/validator';

const folder = new URL('../../../examples/contact-center/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.flow.json'));
const texts = new Map(files.map((name) => [name, readFileSync(new URL(name, folder), 'utf8')]));
const flows = new Map(files.map((name) => [name, flowSchema.parse(JSON.parse(texts.get(name)!))]));
const flow = (name: string): Flow => flows.get(name)!;

describe('contact-center examples', () => {
  it('include the sales IVR and the reusable flows it uses', () => {
    expect(files.sort()).toEqual(['after-hours.flow.json', 'sales-hold-message.flow.json', 'sales-ivr.flow.json']);
    expect(flow('sales-ivr.flow.json').kind).toBe('customer');
    expect(flow('after-hours.flow.json').kind).toBe('reusable');
    expect(flow('sales-hold-message.flow.json').kind).toBe('reusable');
  });

  it.each(files)('%s is saved in canonical form, so re-saving it changes nothing', (name) => {
    expect(serializeFlow(flow(name))).toBe(texts.get(name));
  });

  it.each(files)('%s validates with no errors or warnings next to the other examples', (name) => {
    const context = { flows: summariseFlows([...flows.values()]) };
    expect(validate(JSON.parse(texts.get(name)!), context)).toEqual([]);
  });

  it('raise no loop or flow-kind problems as a set', () => {
    expect(validateFlowSet([...flows.values()]).flat()).toEqual([]);
  });

  it('the sales IVR calls the After-hours flow by its id when the sales team is closed', () => {
    const ivr = flow('sales-ivr.flow.json');
    const closedEdge = ivr.edges.find((edge) => edge.source === 'sales-hours' && edge.sourcePort === 'closed')!;
    const closedStep = ivr.nodes.find((node) => node.id === closedEdge.target)!;
    expect(closedStep.type).toBe('callReusableFlow');
    expect(closedStep.config.flow).toEqual({ $ref: 'flow', id: flow('after-hours.flow.json').id, name: 'After-hours' });
  });

  it('the sales IVR would be refused if After-hours were a customer flow', () => {
    const customerAfterHours = { ...flow('after-hours.flow.json'), kind: 'customer' as const };
    const context = { flows: summariseFlows([flow('sales-ivr.flow.json'), customerAfterHours, flow('sales-hold-message.flow.json')]) };
    const problems = validate(flow('sales-ivr.flow.json'), context);
    expect(problems.map((d) => [d.code, d.nodeId])).toEqual([['FLOW_KIND_MISMATCH', 'after-hours']]);
  });
});
