import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { EXPORT_FIXTURES, exportFlows, readFlow } from '../../test/fixtures/export/load-fixtures';
import { fixtureCatalog, fixturePack } from '../../test/fixtures/import/import-fixtures';
import type { JsonPath } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';
import type { ImportPlan, ReferencePlan } from './import-plan';
import { planImport } from './plan-import';

const IVR = '93b26006-84fc-4320-a93a-f56f1dea8135';
const AFTER_HOURS = 'd3beab20-cc1e-409c-84a4-335a96a65f33';
const UNANSWERED_REASONS = '7b88b4b3-9686-4c4a-b0de-e6da23375074';

/** The outcome of the reference at `path` in the flow named `flowName`. */
function reference(plan: ImportPlan, flowName: string, path: JsonPath): ReferencePlan {
  const flow = plan.flows.find((candidate) => candidate.name === flowName)!;
  const found = flow.references.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
  if (!found) throw new Error(`no reference at ${path.join('.')} in ${flowName}`);
  return found;
}

function documentOf(plan: ImportPlan, flowName: string): Flow {
  return plan.flows.find((candidate) => candidate.name === flowName)!.document!;
}

describe('planImport, pipeline tenants', () => {
  const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline'));
  const doc = documentOf(plan, 'Client onboarding');

  it('reuses a tag with exactly the same name, pointing the step at the tenant tag', () => {
    expect(reference(plan, 'Client onboarding', ['nodes', 1, 'config', 'tags', 0])).toMatchObject({ outcome: 'reused', target: { id: 'tag-501' } });
    expect(doc.nodes[1]!.config.tags).toEqual([{ $ref: 'tag', id: 'tag-501', name: 'New client' }]);
  });

  it('creates a tag whose name differs even only in case', () => {
    const pack = fixturePack('pipeline-onboarding');
    (pack.flows[0] as Flow).nodes[1]!.config.tags = [{ $ref: 'tag', name: 'new client' }];
    const found = reference(planImport(pack, fixtureCatalog('pipeline')), 'Client onboarding', ['nodes', 1, 'config', 'tags', 0]);
    expect(found).toMatchObject({ outcome: 'created', target: { name: 'new client' } });
  });

  it('creates a custom field an automation sets, with the type the flow declares', () => {
    expect(reference(plan, 'Client onboarding', ['nodes', 2, 'config', 'customField'])).toMatchObject({
      outcome: 'created',
      target: { name: 'Onboarding status', type: 'select' },
    });
    expect(plan.summary.creates).toContainEqual({ kind: 'customField', name: 'Onboarding status', type: 'select' });
  });

  it('creates the flow metric as a custom field linked to the flow', () => {
    expect(reference(plan, 'Client onboarding', ['entities', 'metric'])).toMatchObject({ outcome: 'created', kind: 'customField' });
    expect(plan.summary.creates).toContainEqual({ kind: 'customField', name: 'Days to go live', type: 'number', forFlow: doc.id });
  });

  it('email automations arrive inactive, without sender or attachments, keeping message, subject and recipients', () => {
    const email = doc.nodes.find((node) => node.type === 'sendEmail')!;
    expect(email.config.active).toBe(false);
    expect(email.config).not.toHaveProperty('sender');
    expect(email.config).not.toHaveProperty('attachments');
    expect(email.config).toMatchObject({ subject: expect.any(String), message: expect.any(String), recipients: expect.any(Array) });
    expect(reference(plan, 'Client onboarding', ['nodes', 3, 'config', 'sender']).outcome).toBe('removed');
  });

  it('task automations arrive active', () => {
    expect(doc.nodes.find((node) => node.type === 'createTask')!.config.active).toBe(true);
  });

  it('a client-feed post loses its author with a warning', () => {
    expect(reference(plan, 'Client onboarding', ['nodes', 5, 'config', 'author'])).toMatchObject({ outcome: 'removed', kind: 'user' });
    // The author field is required, so it stays as an empty reference for the admin to fill.
    expect(doc.nodes[5]!.config.author).toEqual({ $ref: 'user' });
    const removed = plan.flows[0]!.diagnostics.find((d) => d.code === 'REF_REMOVED' && d.nodeId === 'client-feed-post');
    expect(removed).toMatchObject({ severity: 'warning', params: { field: 'Author', 'field@pt-BR': 'Autor', 'field@es': 'Autor' } });
    expect(removed!.message).toMatch(/^"Author": the user/);
  });
});

describe('planImport, journeys tenants', () => {
  const plan = planImport(fixturePack('journeys-cart'), fixtureCatalog('journeys'));

  it('matches a segment by exact name, never creating one', () => {
    expect(reference(plan, 'Abandoned cart recovery', ['nodes', 2, 'config', 'condition', 'segment'])).toMatchObject({
      outcome: 'reused',
      target: { id: 'seg-900' },
    });
  });

  it('removes a custom field the tenant does not have, with a warning, instead of creating it', () => {
    const found = reference(plan, 'Abandoned cart recovery', ['nodes', 5, 'config', 'customField']);
    expect(found.outcome).toBe('removed');
    expect(plan.summary.creates).toEqual([]);
    expect(plan.flows[0]!.diagnostics).toContainEqual(expect.objectContaining({ code: 'REF_REMOVED', nodeId: found.nodeId }));
  });

  it('removes a segment the tenant does not have, with a warning', () => {
    const catalog = fixtureCatalog('journeys');
    catalog.entities.segment = catalog.entities.segment.filter((segment) => segment.id !== 'seg-900');
    const found = reference(planImport(fixturePack('journeys-cart'), catalog), 'Abandoned cart recovery', ['nodes', 2, 'config', 'condition', 'segment']);
    expect(found).toMatchObject({ outcome: 'removed', kind: 'segment' });
    expect(found.message).toContain('never created on import');
  });

  it('leaves a required field it removed as an empty reference to choose, so the step keeps its shape', () => {
    expect(documentOf(plan, 'Abandoned cart recovery').nodes[5]!.config.customField).toEqual({ $ref: 'customField' });
  });

  // journeys-workflows.en.txt: once imported, "the workflow will be created as a draft" to "fix any errors or alerts".
  it('imports a journey whose product filter export removed, its empty condition listed as to configure', () => {
    const exported = exportFlows([readFlow(join(EXPORT_FIXTURES, 'journeys-rules.flow.json'))]).pack!;
    const planned = planImport(exported, fixtureCatalog('journeys'));
    expect(planned.summary.errors).toBe(0);
    const flow = planned.flows[0]!;
    expect(flow).toMatchObject({ action: 'create', status: 'draft' });
    expect(flow.diagnostics).toContainEqual(expect.objectContaining({ code: 'CONFIG_REQUIRED', severity: 'error', nodeId: 'bought-boots' }));
    expect(planned.summary.toConfigure).toBe(flow.diagnostics.filter((d) => d.severity === 'error').length);
  });
});

describe('planImport, conversations tenants', () => {
  const plan = planImport(fixturePack('conversations-support'), fixtureCatalog('conversations'));

  it('links a channel, team or custom field with the same id', () => {
    expect(reference(plan, 'Out-of-hours message', ['nodes', 0, 'config', 'channels', 0]).outcome).toBe('linked');
    expect(reference(plan, 'Out-of-hours message', ['nodes', 2, 'config', 'team']).outcome).toBe('linked');
    expect(reference(plan, 'Sales auto-assignment', ['nodes', 1, 'config', 'saveTo']).outcome).toBe('linked');
  });

  it('removes a channel or team the workspace does not have, with a warning, and drops it from the list', () => {
    expect(reference(plan, 'Out-of-hours message', ['nodes', 0, 'config', 'channels', 1])).toMatchObject({ outcome: 'removed', sourceName: 'Website Chat' });
    expect(reference(plan, 'Sales auto-assignment', ['nodes', 3, 'config', 'team']).outcome).toBe('removed');
    expect(documentOf(plan, 'Out-of-hours message').nodes[0]!.config.channels).toEqual([{ $ref: 'channel', id: '218734', name: 'WhatsApp Support' }]);
  });

  it('removes a user the workspace does not have and links one it has', () => {
    const pack = fixturePack('conversations-support');
    const flow = pack.flows[0] as Flow;
    flow.nodes[2]!.config = { mode: 'user', user: { $ref: 'user', id: 'u-77', name: 'Former agent' }, timeout: 604800 };
    const catalog = fixtureCatalog('conversations');
    expect(reference(planImport(pack, catalog), 'Out-of-hours message', ['nodes', 2, 'config', 'user']).outcome).toBe('removed');
    catalog.entities.user.push({ id: 'u-77', name: 'Agent' });
    expect(reference(planImport(pack, catalog), 'Out-of-hours message', ['nodes', 2, 'config', 'user']).outcome).toBe('linked');
  });

  it('creates a tag only when no tag has exactly its name', () => {
    expect(reference(plan, 'Out-of-hours message', ['nodes', 6, 'config', 'tags', 0]).outcome).toBe('reused');
    expect(reference(plan, 'Sales auto-assignment', ['nodes', 9, 'config', 'tags', 0]).outcome).toBe('created');
  });
});

describe('planImport, contact-center tenants', () => {
  const plan = planImport(fixturePack('contact-center-sales'), fixtureCatalog('contact-center'));

  it('links an entity whose UUID exists, taking the tenant id and name', () => {
    expect(reference(plan, 'Sales IVR', ['nodes', 1, 'config', 'schedule'])).toMatchObject({
      outcome: 'linked',
      target: { id: 'sch-1', uuid: '72b6ebb2-4d34-49da-b120-54d67d1cce1a', name: 'Sales hours' },
    });
  });

  // contact-center-import.en.txt: an imported flow "does not provide you with the actual entity (such as a media prompt) but
  // does include the universal unique identifier (UUID) for it"; "If a UUID doesn't exist on the importing tenant, create
  // the entity and update the flow as needed."
  it('keeps the UUID and name of an entity the tenant lacks, unresolved and to configure, which does not refuse the import', () => {
    const found = reference(plan, 'Sales IVR', ['nodes', 6, 'config', 'reasonList']);
    expect(found).toMatchObject({ outcome: 'unresolved', sourceName: 'Unanswered call reasons', target: { uuid: UNANSWERED_REASONS, name: 'Unanswered call reasons' } });
    expect(found.message).toContain(`Keeps the UUID ${UNANSWERED_REASONS}, to configure`);
    expect(documentOf(plan, 'Sales IVR').nodes[6]!.config.reasonList).toEqual({ $ref: 'reasonList', uuid: UNANSWERED_REASONS, name: 'Unanswered call reasons' });
    const findings = plan.flows.find((flow) => flow.name === 'Sales IVR')!.diagnostics.filter((d) => d.code === 'REF_UNRESOLVED');
    expect(findings).toMatchObject([{ severity: 'error', nodeId: 'classify-unanswered', path: ['nodes', 6, 'config', 'reasonList'], params: { kind: 'reasonList', uuid: UNANSWERED_REASONS } }]);
    expect(findings[0]!.message).toContain(`the tenant has no reason list "Unanswered call reasons" with UUID ${UNANSWERED_REASONS}`);
    expect(plan.summary).toMatchObject({ errors: 0, toConfigure: 1, references: { unresolved: 1, placeholder: 0 } });
  });

  it('drops the source tenant’s own id from a reference it keeps by UUID: that id means nothing elsewhere', () => {
    const pack = fixturePack('contact-center-sales');
    const ivr = pack.flows.find((flow) => flow.id === IVR) as Flow;
    ivr.nodes[6]!.config.reasonList = { $ref: 'reasonList', id: 'rl-of-the-trainer', uuid: UNANSWERED_REASONS, name: 'Unanswered call reasons' };
    const kept = documentOf(planImport(pack, fixtureCatalog('contact-center')), 'Sales IVR').nodes[6]!.config.reasonList;
    expect(kept).toEqual({ $ref: 'reasonList', uuid: UNANSWERED_REASONS, name: 'Unanswered call reasons' });
  });

  // contact-center-import.en.txt: "If a UUID exists on the importing tenant, as may be the case with child tenants inheriting
  // objects, then the entity is added to the flow."
  it('links the same reference once the tenant has an entity with its UUID, under the tenant’s id and name', () => {
    const catalog = fixtureCatalog('contact-center');
    catalog.entities.reasonList.push({ id: 'rl-inherited', uuid: UNANSWERED_REASONS.toUpperCase(), name: 'Unanswered (from the parent tenant)' });
    const linked = planImport(fixturePack('contact-center-sales'), catalog);
    expect(reference(linked, 'Sales IVR', ['nodes', 6, 'config', 'reasonList'])).toMatchObject({ outcome: 'linked', target: { id: 'rl-inherited' } });
    expect(linked.summary).toMatchObject({ errors: 0, toConfigure: 0 });
  });

  it('a reference without a UUID that the tenant cannot link stays a placeholder to configure', () => {
    const pack = fixturePack('contact-center-sales');
    (pack.flows.find((flow) => flow.id === IVR) as Flow).nodes[6]!.config.reasonList = { $ref: 'reasonList', id: 'rl-of-the-trainer', name: 'Unanswered call reasons' };
    const planned = planImport(pack, fixtureCatalog('contact-center'));
    expect(reference(planned, 'Sales IVR', ['nodes', 6, 'config', 'reasonList']).outcome).toBe('placeholder');
    expect(documentOf(planned, 'Sales IVR').nodes[6]!.config.reasonList).toEqual({ $ref: 'reasonList' });
    expect(planned.flows.find((flow) => flow.name === 'Sales IVR')!.diagnostics.map((d) => d.code)).toContain('REF_PLACEHOLDER');
  });

  it('an unresolved reference mapped by decision to a tenant entity is linked and nothing is left to configure', () => {
    const decided = planImport(fixturePack('contact-center-sales'), fixtureCatalog('contact-center'), {
      references: [{ flowId: IVR, path: ['nodes', 6, 'config', 'reasonList'], entityId: 'rl-2' }],
    });
    expect(reference(decided, 'Sales IVR', ['nodes', 6, 'config', 'reasonList'])).toMatchObject({ outcome: 'linked', target: { id: 'rl-2' } });
    expect(decided.summary).toMatchObject({ errors: 0, toConfigure: 0 });
  });

  it('links a call to a reusable flow of the same pack, and to the copy when that flow is copied', () => {
    expect(reference(plan, 'Sales IVR', ['nodes', 8, 'config', 'flow'])).toMatchObject({ outcome: 'linked', target: { id: AFTER_HOURS, inPack: true } });
    const copied = planImport(fixturePack('contact-center-sales'), fixtureCatalog('contact-center'), { flows: { [AFTER_HOURS]: { action: 'copy' } } });
    const copyId = copied.flows.find((flow) => flow.flowId === AFTER_HOURS)!.targetId;
    expect(copyId).not.toBe(AFTER_HOURS);
    expect(documentOf(copied, 'Sales IVR').nodes[8]!.config.flow).toMatchObject({ id: copyId });
  });

  it('a call to a flow neither in the pack nor in the tenant is a placeholder', () => {
    const pack = fixturePack('contact-center-sales');
    pack.flows = pack.flows.filter((flow) => flow.id !== AFTER_HOURS);
    expect(reference(planImport(pack, fixtureCatalog('contact-center')), 'Sales IVR', ['nodes', 8, 'config', 'flow']).outcome).toBe('placeholder');
  });
});

describe('planImport finds references anywhere', () => {
  it('a reference in extension data follows the profile default for its kind', () => {
    const pack = fixturePack('conversations-support');
    (pack.flows[0] as Flow).extensions = { crm: { owner: { $ref: 'team', id: 'gone', name: 'Old team' } } };
    const plan = planImport(pack, fixtureCatalog('conversations'));
    expect(reference(plan, 'Out-of-hours message', ['extensions', 'crm', 'owner']).outcome).toBe('removed');
    expect(documentOf(plan, 'Out-of-hours message').extensions).toEqual({ crm: {} });
  });
});

describe('planImport: a removal that changes what a step does is never silent', () => {
  // conversations-workflows.es.txt: "si un paso de flujo de trabajo contiene datos como canales, ID de
  // usuario o equipos que no están en el espacio de trabajo, estos valores se eliminarán".
  const OUT_OF_HOURS = 'Out-of-hours message';
  const TRIGGER_CHANNEL: JsonPath = ['nodes', 0, 'config', 'channels', 0];

  /** The support pack with its first flow's trigger limited to one channel, under an id the tenant does not know. */
  function packWithForeignChannel() {
    const pack = fixturePack('conversations-support');
    (pack.flows[0] as Flow).nodes[0]!.config.channels = [{ $ref: 'channel', id: '999001', name: 'WhatsApp Support' }];
    return pack;
  }

  it('says a trigger whose only channel is removed now fires on any channel, in every language', () => {
    const plan = planImport(packWithForeignChannel(), fixtureCatalog('conversations'));
    const flow = plan.flows.find((candidate) => candidate.name === OUT_OF_HOURS)!;
    const changed = flow.diagnostics.find((d) => d.code === 'REF_REMOVED_CHANGES_STEP');
    expect(changed).toMatchObject({ severity: 'warning', nodeId: flow.document!.nodes[0]!.id });
    expect(changed!.params).toMatchObject({ before: 'WhatsApp Support', after: 'Any channel', 'after@pt-BR': 'Qualquer canal', 'after@es': 'Cualquier canal' });
    expect(changed!.message).toContain('"WhatsApp Support" becomes "Any channel"');
  });

  it('proposes the tenant channel of exactly the same name when the id is unknown, without applying it', () => {
    const plan = planImport(packWithForeignChannel(), fixtureCatalog('conversations'));
    const found = reference(plan, OUT_OF_HOURS, TRIGGER_CHANNEL);
    expect(found).toMatchObject({ outcome: 'removed', suggestion: { id: '218734', name: 'WhatsApp Support' } });
    expect(found.message).toContain('No channel with this id; "WhatsApp Support" exists: map to it?');
    expect(documentOf(plan, OUT_OF_HOURS).nodes[0]!.config.channels).toEqual([]);
  });

  it('once the admin maps it to the proposed channel, the trigger keeps its filter and nothing is reported as changed', () => {
    const flowId = (fixturePack('conversations-support').flows[0] as Flow).id;
    const plan = planImport(packWithForeignChannel(), fixtureCatalog('conversations'), { references: [{ flowId, path: TRIGGER_CHANNEL, entityId: '218734' }] });
    expect(reference(plan, OUT_OF_HOURS, TRIGGER_CHANNEL)).toMatchObject({ outcome: 'linked', target: { id: '218734' } });
    expect(documentOf(plan, OUT_OF_HOURS).nodes[0]!.config.channels).toEqual([{ $ref: 'channel', id: '218734', name: 'WhatsApp Support' }]);
    const flow = plan.flows.find((candidate) => candidate.name === OUT_OF_HOURS)!;
    expect(flow.diagnostics.filter((d) => d.code === 'REF_REMOVED_CHANGES_STEP')).toEqual([]);
  });

  it('proposes nothing when no entity has exactly the name: case counts', () => {
    const pack = packWithForeignChannel();
    (pack.flows[0] as Flow).nodes[0]!.config.channels = [{ $ref: 'channel', id: '999001', name: 'whatsapp support' }];
    const found = reference(planImport(pack, fixtureCatalog('conversations')), OUT_OF_HOURS, TRIGGER_CHANNEL);
    expect(found.outcome).toBe('removed');
    expect(found).not.toHaveProperty('suggestion');
  });

  it('a contact-center reference whose UUID is unknown proposes the entity of the same name', () => {
    const catalog = fixtureCatalog('contact-center');
    catalog.entities.reasonList.push({ id: 'rl-9', uuid: '0b0c3a55-8d1e-4b8e-9a52-6b1f0e6a0c11', name: 'Unanswered call reasons' });
    const found = reference(planImport(fixturePack('contact-center-sales'), catalog), 'Sales IVR', ['nodes', 6, 'config', 'reasonList']);
    expect(found).toMatchObject({ outcome: 'unresolved', suggestion: { id: 'rl-9', name: 'Unanswered call reasons' } });
    expect(found.message).toContain('No reason list with this UUID; "Unanswered call reasons" exists: map to it?');
  });
});
