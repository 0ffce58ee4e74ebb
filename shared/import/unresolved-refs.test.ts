import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixturePack } from '../../test/fixtures/import/import-fixtures';
import type { Flow } from '../format/flow-schema';
import { indexTenant } from './tenant-index';
import { unresolvedReferences } from './unresolved-refs';

const IVR = '93b26006-84fc-4320-a93a-f56f1dea8135';
const UNANSWERED_REASONS = '7b88b4b3-9686-4c4a-b0de-e6da23375074';
const ivr = (): Flow => fixturePack('contact-center-sales').flows.find((flow) => flow.id === IVR) as unknown as Flow;

describe('unresolvedReferences: what a tenant checks at publish', () => {
  // contact-center-import.en.txt: "If a UUID exists on the importing tenant, as may be the case with child tenants
  // inheriting objects, then the entity is added to the flow."
  it('reports each contact-center entity named by a UUID the tenant lacks, on its step, and nothing once the tenant has it', () => {
    const catalog = fixtureCatalog('contact-center');
    expect(unresolvedReferences(ivr(), indexTenant(catalog))).toMatchObject([
      { severity: 'error', code: 'REF_UNRESOLVED', flowId: IVR, nodeId: 'classify-unanswered', params: { field: 'Reason list', kind: 'reasonList', uuid: UNANSWERED_REASONS } },
    ]);
    // The tenant writes the UUID in capitals: UUIDs compare without regard to case.
    catalog.entities.reasonList.push({ id: 'rl-inherited', uuid: UNANSWERED_REASONS.toUpperCase(), name: 'Unanswered (parent tenant)' });
    expect(unresolvedReferences(ivr(), indexTenant(catalog))).toEqual([]);
  });

  it('checks only references linked by UUID: a called flow, or a kind another profile removes or matches by name, is planned by its own rules', () => {
    const flow = ivr();
    flow.nodes[8]!.config.flow = { $ref: 'flow', uuid: '11111111-2222-4333-8444-555555555555', name: 'Elsewhere' };
    flow.extensions = { crm: { owner: { $ref: 'user', uuid: '66666666-7777-4888-9999-000000000000', name: 'Someone' } } };
    const catalog = fixtureCatalog('contact-center');
    catalog.entities.reasonList.push({ id: 'rl-9', uuid: UNANSWERED_REASONS, name: 'Unanswered call reasons' });
    expect(unresolvedReferences(flow, indexTenant(catalog))).toEqual([]);
  });
});
