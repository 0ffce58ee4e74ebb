import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlaceholder, walkRefs } from '../format/entity-ref';
import type { EntityRef } from '../format/entity-ref';
import { serializeFlow } from '../format/flow-file';
import { flowSchema } from '../format/flow-schema';
import type { Flow } from '../format/flow-schema';
import { loadFlow } from '../validation/load-flow';
import { summariseFlows, validateFlowSet } from '../validation/validate-set';
import { BUILTIN_TEMPLATES } from './builtin-templates';

const folder = new URL('./builtin/', import.meta.url);
const flows: Flow[] = BUILTIN_TEMPLATES.map((template) => flowSchema.parse(JSON.parse(template.text)));
const flowOf = (name: string): Flow => flows.find((flow) => flow.name === name)!;
const byName = BUILTIN_TEMPLATES.map((template) => [template.name, template] as const);

function refsIn(flow: Flow): EntityRef[] {
  const refs: EntityRef[] = [];
  walkRefs(flow.nodes, (ref) => refs.push(ref as unknown as EntityRef));
  return refs;
}

describe('built-in templates', () => {
  it('offer every template the platforms document, each under its profile', () => {
    expect(BUILTIN_TEMPLATES.map((template) => [template.profile, template.name])).toEqual([
      ['conversations', 'Close conversation and turn the bot back on'],
      ['conversations', 'Assign to an agent'],
      ['conversations', 'Auto-assignment for sales teams'],
      ['conversations', 'Auto-assignment for support teams'],
      ['conversations', 'Auto-assignment for high-priority support'],
      ['conversations', 'Assigned-agent message'],
      ['conversations', 'Out-of-hours message'],
      ['conversations', 'Agents at capacity message'],
      ['conversations', 'Agent routing'],
      ['conversations', 'Customer satisfaction survey sent to an HTTP endpoint'],
      ['pipeline', 'Client onboarding'],
      ['journeys', 'Abandoned cart'],
      ['journeys', 'Welcome series'],
      ['contact-center', 'Sales IVR'],
      ['contact-center', 'After-hours'],
    ]);
  });

  it.each(byName)('"%s" loads with no errors or warnings, with the other templates as context', (_name, template) => {
    const loaded = loadFlow(JSON.parse(template.text), { flows: summariseFlows(flows) });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.flow).toBeDefined();
  });

  it.each(byName)('"%s" is stored in canonical form, so saving it unchanged rewrites the same bytes', (_name, template) => {
    const file = readFileSync(new URL(`${template.id}.flow.json`, folder), 'utf8');
    expect(template.text).toBe(file);
    expect(serializeFlow(flowSchema.parse(JSON.parse(file)))).toBe(file);
  });

  it.each(byName)('"%s" describes itself as its document does and says it is built in', (_name, template) => {
    const flow = flowSchema.parse(JSON.parse(template.text));
    expect(template).toMatchObject({ name: flow.name, description: flow.description, profile: flow.profile, kind: flow.kind, source: 'builtin' });
    expect(template.id).toMatch(new RegExp(`^${flow.profile}/[a-z0-9-]+$`));
    expect(flow.description.length).toBeGreaterThan(0);
  });

  it('list every file under builtin/, each under its path as id, so none is left out of the gallery', () => {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.flow.json'))
      .map((path) => path.replaceAll('\\', '/').replace(/\.flow\.json$/, ''));
    expect(BUILTIN_TEMPLATES.map((template) => template.id).sort()).toEqual(files.sort());
  });

  it('have unique template ids and unique flow ids', () => {
    expect(new Set(BUILTIN_TEMPLATES.map((template) => template.id)).size).toBe(BUILTIN_TEMPLATES.length);
    expect(new Set(flows.map((flow) => flow.id)).size).toBe(flows.length);
  });

  it('trigger no loops across flows when used together, and call only flows of the right kind', () => {
    expect(validateFlowSet(flows)).toEqual(flows.map(() => []));
  });

  it('make the Sales IVR call the After-hours template, a reusable flow, by its flow id', () => {
    const ivr = flowOf('Sales IVR');
    const afterHours = flowOf('After-hours');
    expect([ivr.kind, afterHours.kind]).toEqual(['customer', 'reusable']);
    const calls = ivr.nodes.filter((node) => node.type === 'callReusableFlow').map((node) => node.config.flow);
    expect(calls).toEqual([{ $ref: 'flow', id: afterHours.id, name: afterHours.name }]);
  });

  it.each(byName)('"%s" fills every reference and declares the tags, custom fields and segments it uses', (name) => {
    const flow = flowOf(name);
    const refs = refsIn(flow);
    for (const ref of refs) expect(isPlaceholder(ref), JSON.stringify(ref)).toBe(false);
    const declared = {
      tag: flow.entities.tags.map((tag) => tag.name),
      customField: flow.entities.customFields.map((customField) => customField.key),
      segment: flow.entities.segments.map((segment) => segment.id),
    };
    for (const ref of refs) {
      if (ref.$ref === 'tag') expect(declared.tag).toContain(ref.name);
      if (ref.$ref === 'customField') expect(declared.customField).toContain(ref.id);
      if (ref.$ref === 'segment') expect(declared.segment).toContain(ref.id);
    }
  });
});
