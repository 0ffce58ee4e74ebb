import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixturePack } from '../../test/fixtures/import/import-fixtures';
import type { JsonPath } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';
import { catalogSnapshotSchema } from './catalog-snapshot';
import type { CatalogSnapshot } from './catalog-snapshot';
import type { ImportPlan, ReferencePlan } from './import-plan';
import { planImport } from './plan-import';

const ONBOARDING = '54371eb3-5096-4e45-8c6f-bd1f4c471873';
const TAG_PATH: JsonPath = ['nodes', 1, 'config', 'tags', 0];
const METRIC_PATH: JsonPath = ['entities', 'metric'];

function referenceAt(plan: ImportPlan, path: JsonPath, flowIndex = 0): ReferencePlan {
  const found = plan.flows[flowIndex]!.references.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
  if (!found) throw new Error(`no reference at ${path.join('.')}`);
  return found;
}

/** The onboarding pack with its tag step adding one tag by name only (as a pack carries a tag). */
function packAddingTag(name: string) {
  const pack = fixturePack('pipeline-onboarding');
  (pack.flows[0] as Flow).nodes[1]!.config.tags = [{ $ref: 'tag', name }];
  return pack;
}

/** The pipeline fixture tenant holding only these tags. */
function tenantWithTags(...names: string[]): CatalogSnapshot {
  const catalog = fixtureCatalog('pipeline');
  catalog.entities.tag = names.map((name, index) => ({ id: `tag-${index + 1}`, name }));
  return catalog;
}

// pipeline-export.pt.txt: "Se a organização que está importando o fluxo já possui uma tag com o nome
// exatamente igual à que está na configuração da automação importada, ela será utilizada, e não será criada uma nova."
describe('planImport reuses a tag only when one has exactly the same name ("o nome exatamente igual")', () => {
  it('plans a new tag "VIP" beside the tenant\'s "vip": case counts', () => {
    const plan = planImport(packAddingTag('VIP'), tenantWithTags('vip'));
    expect(referenceAt(plan, TAG_PATH)).toMatchObject({ outcome: 'created', target: { name: 'VIP' }, message: 'Creates tag "VIP".' });
    expect(plan.summary.creates).toContainEqual({ kind: 'tag', name: 'VIP' });
    expect(plan.flows[0]!.document!.nodes[1]!.config.tags).toEqual([{ $ref: 'tag', name: 'VIP' }]);
  });

  it('reuses the tenant\'s "vip" for a pack\'s "vip"', () => {
    const plan = planImport(packAddingTag('vip'), tenantWithTags('VIP', 'vip'));
    expect(referenceAt(plan, TAG_PATH)).toMatchObject({ outcome: 'reused', target: { id: 'tag-2', name: 'vip' } });
    expect(plan.summary.creates.filter((created) => created.kind === 'tag')).toEqual([]);
  });

  it('plans a new tag when only the accents differ, and when only the spacing differs', () => {
    expect(referenceAt(planImport(packAddingTag('Sao Paulo'), tenantWithTags('São Paulo')), TAG_PATH).outcome).toBe('created');
    expect(referenceAt(planImport(packAddingTag('São  Paulo'), tenantWithTags('São Paulo')), TAG_PATH).outcome).toBe('created');
  });

  it('reuses a tag whose name is the same text in the other Unicode form (an accent typed as a combining mark)', () => {
    const composed = 'Caf\u00e9';
    const decomposed = 'Cafe\u0301';
    const plan = planImport(packAddingTag(decomposed), tenantWithTags(composed));
    expect(referenceAt(plan, TAG_PATH)).toMatchObject({ outcome: 'reused', target: { id: 'tag-1', name: composed } });
  });

  it('creates one tag for two spellings of one name in the same pack', () => {
    const pack = fixturePack('pipeline-onboarding');
    (pack.flows[0] as Flow).nodes[1]!.config.tags = [
      { $ref: 'tag', name: 'Caf\u00e9' },
      { $ref: 'tag', name: 'Cafe\u0301' },
      { $ref: 'tag', name: 'CAF\u00c9' },
    ];
    const plan = planImport(pack, tenantWithTags());
    expect(plan.summary.creates.filter((created) => created.kind === 'tag').map((created) => created.name)).toEqual(['CAF\u00c9', 'Caf\u00e9']);
  });
});

describe('planImport matches every kind whose policy is by name exactly as written', () => {
  it('creates a pipeline custom field "budget" beside the tenant\'s "Budget"', () => {
    const pack = fixturePack('pipeline-onboarding');
    (pack.flows[0] as Flow).nodes[2]!.config.customField = { $ref: 'customField', name: 'budget' };
    const found = referenceAt(planImport(pack, fixtureCatalog('pipeline')), ['nodes', 2, 'config', 'customField']);
    expect(found).toMatchObject({ outcome: 'created', target: { name: 'budget' } });
  });

  it('does not match a journeys segment or custom field whose name differs only in case, and removes it', () => {
    const pack = fixturePack('journeys-cart');
    const flow = pack.flows[0] as Flow;
    flow.nodes[2]!.config.condition = { kind: 'segment', segment: { $ref: 'segment', name: 'purchased in the last 7 days' } };
    flow.nodes[5]!.config.customField = { $ref: 'customField', name: 'city' };
    const plan = planImport(pack, fixtureCatalog('journeys'));
    expect(referenceAt(plan, ['nodes', 2, 'config', 'condition', 'segment']).outcome).toBe('removed');
    expect(referenceAt(plan, ['nodes', 5, 'config', 'customField']).outcome).toBe('removed');
    flow.nodes[5]!.config.customField = { $ref: 'customField', name: 'City' };
    expect(referenceAt(planImport(pack, fixtureCatalog('journeys')), ['nodes', 5, 'config', 'customField'])).toMatchObject({ outcome: 'reused', target: { id: 'cf-city' } });
  });
});

// pipeline-export.pt.txt: "o campo da métrica é criado como campo personalizado na organização que está
// importando o fluxo, e será vinculado ao fluxo recém-importado."
describe('planImport gives a flow metric one custom field linked to its own flow', () => {
  /** The pipeline tenant with custom fields added (`forFlow`: the flow a field is linked to). */
  function tenantWithFields(...fields: { id: string; name: string; forFlow?: string }[]): CatalogSnapshot {
    const catalog = fixtureCatalog('pipeline');
    catalog.entities.customField.push(...fields.map((field) => ({ ...field, type: 'number' as const })));
    return catalog;
  }

  it('creates the field on a first import, linked to the flow', () => {
    const plan = planImport(fixturePack('pipeline-onboarding'), tenantWithFields());
    expect(referenceAt(plan, METRIC_PATH)).toMatchObject({ outcome: 'created', message: 'Creates the metric field "Days to go live", linked to this flow.' });
    expect(plan.summary.creates).toContainEqual({ kind: 'customField', name: 'Days to go live', type: 'number', forFlow: ONBOARDING });
  });

  it('reuses the field linked to the flow when the same flow is imported again, and creates none', () => {
    const catalog = tenantWithFields({ id: 'days_to_go_live', name: 'Days to go live', forFlow: ONBOARDING });
    catalog.flows.push({ id: ONBOARDING, name: 'Client onboarding', kind: 'standard', status: 'draft' });
    const plan = planImport(fixturePack('pipeline-onboarding'), catalog);
    expect(plan.flows[0]!.action).toBe('update');
    expect(referenceAt(plan, METRIC_PATH)).toMatchObject({
      outcome: 'reused',
      target: { id: 'days_to_go_live', name: 'Days to go live' },
      message: 'Uses this flow\'s metric field "Days to go live" of the tenant.',
    });
    expect(plan.summary.creates.filter((created) => created.forFlow !== undefined)).toEqual([]);
  });

  it('creates a field of its own when another flow\'s metric field, or an ordinary field, has the same name', () => {
    const plan = planImport(
      fixturePack('pipeline-onboarding'),
      tenantWithFields({ id: 'days_to_go_live', name: 'Days to go live', forFlow: 'another-flow' }, { id: 'days_2', name: 'Days to go live' }),
    );
    expect(referenceAt(plan, METRIC_PATH).outcome).toBe('created');
    expect(plan.summary.creates).toContainEqual(expect.objectContaining({ name: 'Days to go live', forFlow: ONBOARDING }));
  });

  it('creates a new field for a copy of the flow: the copy is another flow', () => {
    const catalog = tenantWithFields({ id: 'days_to_go_live', name: 'Days to go live', forFlow: ONBOARDING });
    catalog.flows.push({ id: ONBOARDING, name: 'Client onboarding', kind: 'standard' });
    const plan = planImport(fixturePack('pipeline-onboarding'), catalog, { flows: { [ONBOARDING]: { action: 'copy' } } });
    expect(referenceAt(plan, METRIC_PATH).outcome).toBe('created');
    expect(plan.summary.creates).toContainEqual(expect.objectContaining({ name: 'Days to go live', forFlow: plan.flows[0]!.targetId }));
  });

  it('never reuses a flow\'s metric field for a step that names a custom field', () => {
    const pack = fixturePack('pipeline-onboarding');
    (pack.flows[0] as Flow).nodes[2]!.config.customField = { $ref: 'customField', name: 'Score' };
    const found = referenceAt(planImport(pack, tenantWithFields({ id: 'score', name: 'Score', forFlow: 'another-flow' })), ['nodes', 2, 'config', 'customField']);
    expect(found.outcome).toBe('created');
  });

  it('reads a snapshot whose custom fields say nothing of flows (an older tenant) and one that does', () => {
    const base = { format: 'flowpack.catalog', version: 1, tenant: { id: 't', name: 'T', profile: 'pipeline' } };
    const older = catalogSnapshotSchema.parse({ ...base, entities: { customField: [{ id: 'a', name: 'A', type: 'text' }] } });
    expect(older.entities.customField[0]!.forFlow).toBeUndefined();
    const linked = catalogSnapshotSchema.parse({ ...base, entities: { customField: [{ id: 'a', name: 'A', type: 'number', forFlow: ONBOARDING }] } });
    expect(linked.entities.customField[0]!.forFlow).toBe(ONBOARDING);
  });
});
