import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixturePack } from '../../test/fixtures/import/import-fixtures';
import type { Flow } from '../format/flow-schema';
import { decisionsWithBindings, emptyBindingsFile, recordBindings } from './bindings-file';
import { planImport } from './plan-import';

const IVR = '93b26006-84fc-4320-a93a-f56f1dea8135';
const REASONS = ['nodes', 6, 'config', 'reasonList'];

const reasonListOf = (plan: ReturnType<typeof planImport>) =>
  plan.flows.find((flow) => flow.flowId === IVR)!.references.find((ref) => JSON.stringify(ref.path) === JSON.stringify(REASONS));

describe('bindings: what the admin chose for a tenant, kept for the next push', () => {
  it('a choice made by path is saved by step and field, and the next plan applies it though the step moved in the flow', () => {
    const catalog = fixtureCatalog('contact-center');
    const decisions = { references: [{ flowId: IVR, path: REASONS, entityId: 'rl-2' }] };
    const first = planImport(fixturePack('contact-center-sales'), catalog, decisions);
    const saved = recordBindings(emptyBindingsFile(), catalog.tenant.id, first.flows, decisions);
    expect(saved.tenants[catalog.tenant.id]!.references).toEqual([
      { flowId: IVR, nodeId: 'classify-unanswered', field: 'reasonList', source: expect.any(String), entityId: 'rl-2' },
    ]);

    // The author moves the step to the end of the list: its position changes, its id does not.
    const pack = fixturePack('contact-center-sales');
    const flow = pack.flows.find((candidate) => (candidate as Flow).id === IVR) as Flow;
    flow.nodes.push(flow.nodes.splice(6, 1)[0]!);
    const next = planImport(pack, catalog, decisionsWithBindings(saved, catalog.tenant.id, [IVR]));
    const moved = next.flows.find((candidate) => candidate.flowId === IVR)!.references.find((ref) => ref.nodeId === 'classify-unanswered' && ref.kind === 'reasonList');
    expect(moved).toMatchObject({ outcome: 'linked', target: { id: 'rl-2' } });
    expect(next.summary.errors).toBe(0);
  });

  it('a saved choice that no longer applies is shown as a warning, and the plan goes on with its own rules', () => {
    const catalog = fixtureCatalog('contact-center');
    const stale = { flowId: IVR, nodeId: 'a-step-deleted-since', field: 'queue', entityId: 'q-1' };
    const deletedEntity = { flowId: IVR, nodeId: 'classify-unanswered', field: 'reasonList', source: reasonListOf(planImport(fixturePack('contact-center-sales'), catalog))!.binding!.source!, entityId: 'rl-gone' };
    const plan = planImport(fixturePack('contact-center-sales'), catalog, { references: [stale, deletedEntity] });
    const found = plan.flows.find((flow) => flow.flowId === IVR)!.diagnostics.filter((d) => d.code === 'IMPORT_DECISION_INVALID');
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(found.map((d) => d.message).join(' ')).toContain('no longer applies');
    expect(reasonListOf(plan)!.outcome).toBe('unresolved');
  });

  it('decisions given now win over saved ones, and saved choices of flows not pushed now are left out', () => {
    const file = {
      ...emptyBindingsFile(),
      tenants: {
        t1: {
          flows: { [IVR]: { action: 'copy' as const }, other: { action: 'skip' as const } },
          references: [
            { flowId: IVR, nodeId: 'n', field: 'queue', entityId: 'saved' },
            { flowId: 'other', nodeId: 'n', field: 'queue', entityId: 'elsewhere' },
          ],
        },
      },
    };
    const merged = decisionsWithBindings(file, 't1', [IVR], { flows: { [IVR]: { action: 'skip' } }, references: [{ flowId: IVR, nodeId: 'n', field: 'queue', entityId: 'now' }] });
    expect(merged.flows).toEqual({ [IVR]: { action: 'skip' } });
    expect(merged.references!.map((ref) => ref.entityId)).toEqual(['now', 'saved']);
    expect(decisionsWithBindings(file, 'another tenant', [IVR])).toEqual({ flows: {}, references: [] });
  });

  it('saving keeps other flows’ choices, replaces the pushed flows’ ones, and keeps only copy and skip of flow actions', () => {
    const catalog = fixtureCatalog('contact-center');
    const plan = planImport(fixturePack('contact-center-sales'), catalog);
    const before = { ...emptyBindingsFile(), tenants: { [catalog.tenant.id]: { flows: { kept: { action: 'skip' as const } }, references: [{ flowId: IVR, nodeId: 'old', field: 'queue', entityId: 'q-old' }] } } };
    const after = recordBindings(before, catalog.tenant.id, plan.flows, { flows: { [IVR]: { action: 'create' } } });
    expect(after.tenants[catalog.tenant.id]).toEqual({ flows: { kept: { action: 'skip' } }, references: [] });
  });
});
