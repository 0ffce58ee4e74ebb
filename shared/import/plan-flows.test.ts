import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixturePack } from '../../test/fixtures/import/import-fixtures';
import type { Flow } from '../format/flow-schema';
import type { ImportPlan } from './import-plan';
import { planImport } from './plan-import';

const ONBOARDING = '54371eb3-5096-4e45-8c6f-bd1f4c471873';
const IVR = '93b26006-84fc-4320-a93a-f56f1dea8135';
const AFTER_HOURS = 'd3beab20-cc1e-409c-84a4-335a96a65f33';
const HOLD = 'c80ebc45-163c-4014-8204-0206522e6a4f';

const codesOf = (plan: ImportPlan) => [...plan.diagnostics, ...plan.flows.flatMap((flow) => flow.diagnostics)].map((d) => d.code);

describe('planImport: what happens to each flow', () => {
  it('creates a flow the tenant does not have, as a draft', () => {
    const [flow] = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline')).flows;
    expect(flow).toMatchObject({ action: 'create', targetId: ONBOARDING, status: 'draft' });
  });

  it('updates a flow with the same id, warning that its definition and unpublished changes are lost, and it arrives as a draft', () => {
    const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline-existing'));
    expect(plan.flows[0]).toMatchObject({ action: 'update', status: 'draft', replaces: { id: ONBOARDING, status: 'active' } });
    const warning = plan.flows[0]!.diagnostics.find((d) => d.code === 'IMPORT_REPLACES_FLOW');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning!.message).toContain('unpublished changes will be lost');
  });

  it('copies a flow under a new id by decision, without replacing or warning', () => {
    const decisions = { flows: { [ONBOARDING]: { action: 'copy' as const } } };
    const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline-existing'), decisions);
    expect(plan.flows[0]!.action).toBe('copy');
    expect(plan.flows[0]!.targetId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(plan.flows[0]!.document!.id).toBe(plan.flows[0]!.targetId);
    // Beside its original in the tenant's list, the copy is told apart by name.
    expect(plan.flows[0]!.document!.name).toBe(`${plan.flows[0]!.name} (copy)`);
    expect(codesOf(plan)).not.toContain('IMPORT_REPLACES_FLOW');
  });

  it('uses the id a copy decision gives', () => {
    const newId = '0e4a1c52-7d3b-4f8e-9a61-2b5c8d7e9f10';
    const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline-existing'), { flows: { [ONBOARDING]: { action: 'copy', newId } } });
    expect(plan.flows[0]!.targetId).toBe(newId);
  });

  describe('a flow imported earlier as a copy, which the workspace is now synchronised with', () => {
    const COPY = '0e4a1c52-7d3b-4f8e-9a61-2b5c8d7e9f10';
    /** The tenant with the original and the copy an earlier import made of it. */
    const withCopy = (copyName: string) => {
      const catalog = fixtureCatalog('pipeline-existing');
      catalog.flows.push({ id: COPY, kind: 'standard', name: copyName, status: 'draft' });
      return catalog;
    };

    it('updates the copy the decision names, not the original with the flow’s id', () => {
      const plan = planImport(fixturePack('pipeline-onboarding'), withCopy('Client onboarding (copy)'), { flows: { [ONBOARDING]: { action: 'update', targetId: COPY } } });
      expect(plan.flows[0]).toMatchObject({ flowId: ONBOARDING, action: 'update', targetId: COPY, replaces: { id: COPY, name: 'Client onboarding (copy)' } });
      expect(plan.flows[0]!.document!.id).toBe(COPY);
      expect(plan.summary.errors).toBe(0);
    });

    it('keeps the copy told apart by name from another tenant flow with the file’s name, and otherwise takes the file’s name', () => {
      const original = fixtureCatalog('pipeline-existing');
      original.flows[0]!.name = 'Client onboarding';
      original.flows.push({ id: COPY, kind: 'standard', name: 'Client onboarding (copy)', status: 'draft' });
      const decisions = { flows: { [ONBOARDING]: { action: 'update' as const, targetId: COPY } } };
      expect(planImport(fixturePack('pipeline-onboarding'), original, decisions).flows[0]!.document!.name).toBe('Client onboarding (copy)');
      expect(planImport(fixturePack('pipeline-onboarding'), withCopy('Anything'), decisions).flows[0]!.document!.name).toBe('Client onboarding');
    });

    it('refuses to update a copy the tenant no longer has', () => {
      const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline-existing'), { flows: { [ONBOARDING]: { action: 'update', targetId: COPY } } });
      expect(codesOf(plan)).toContain('IMPORT_DECISION_INVALID');
      expect(plan.summary.errors).toBeGreaterThan(0);
    });
  });

  it('skips a flow by decision: nothing of it is imported or counted', () => {
    const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline-existing'), { flows: { [ONBOARDING]: { action: 'skip' } } });
    expect(plan.flows[0]).toMatchObject({ action: 'skip', references: [] });
    expect(plan.flows[0]!.document).toBeUndefined();
    expect(plan.summary).toMatchObject({ errors: 0, warnings: 0, creates: [] });
  });

  it('refuses to update a flow the tenant does not have, keeping the natural action', () => {
    const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline'), { flows: { [ONBOARDING]: { action: 'update' } } });
    expect(plan.flows[0]!.action).toBe('create');
    expect(codesOf(plan)).toContain('IMPORT_DECISION_INVALID');
  });

  it('a reusable flow never replaces a customer flow: FLOW_KIND_MISMATCH, resolved by copying', () => {
    const plan = planImport(fixturePack('contact-center-sales'), fixtureCatalog('contact-center-kinds'));
    expect(plan.flows.find((flow) => flow.flowId === AFTER_HOURS)!.diagnostics).toContainEqual(expect.objectContaining({ code: 'FLOW_KIND_MISMATCH', severity: 'error' }));
    const copied = planImport(fixturePack('contact-center-sales'), fixtureCatalog('contact-center-kinds'), { flows: { [AFTER_HOURS]: { action: 'copy' } } });
    expect(codesOf(copied)).not.toContain('FLOW_KIND_MISMATCH');
  });

  it('a customer flow never replaces a reusable flow either', () => {
    const catalog = fixtureCatalog('contact-center');
    catalog.flows.push({ id: IVR, name: 'Sales IVR', kind: 'reusable' });
    const plan = planImport(fixturePack('contact-center-sales'), catalog);
    expect(plan.flows.find((flow) => flow.flowId === IVR)!.diagnostics.map((d) => d.code)).toContain('FLOW_KIND_MISMATCH');
  });

  it('refuses a pack whose profile differs from the tenant’s, importing nothing', () => {
    const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('conversations'));
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ code: 'IMPORT_PROFILE_MISMATCH', severity: 'error' }));
    expect(plan.flows.every((flow) => flow.action === 'skip')).toBe(true);
  });

  it('refuses a flow with a step the platform cannot import (a script notation)', () => {
    const plan = planImport(fixturePack('contact-center-script'), fixtureCatalog('contact-center'));
    expect(plan.flows[0]!.diagnostics).toContainEqual(expect.objectContaining({ code: 'IMPORT_BLOCKED', nodeId: 'script' }));
  });

  it('a flow repeated in a pack is planned once', () => {
    const plan = planImport(fixturePack('pipeline-duplicate'), fixtureCatalog('pipeline'));
    expect(plan.flows.map((flow) => flow.action)).toEqual(['create', 'skip']);
    expect(plan.flows[1]!.diagnostics.map((d) => d.code)).toEqual(['ID_DUPLICATE']);
  });
});

describe('planImport: order', () => {
  it('puts reusable flows before the flow that uses them, otherwise keeping pack order', () => {
    const plan = planImport(fixturePack('contact-center-sales'), fixtureCatalog('contact-center'));
    expect(fixturePack('contact-center-sales').flows.map((flow) => flow.id)).toEqual([IVR, AFTER_HOURS, HOLD]);
    expect(plan.flows.map((flow) => flow.flowId)).toEqual([AFTER_HOURS, HOLD, IVR]);
  });

  it('reports flows that use each other as a cycle naming them', () => {
    const plan = planImport(fixturePack('contact-center-cycle'), fixtureCatalog('contact-center'));
    const cycles = plan.flows.flatMap((flow) => flow.diagnostics).filter((d) => d.code === 'IMPORT_ORDER_CYCLE');
    expect(cycles).toHaveLength(2);
    expect(cycles[0]!.message).toContain('"After-hours" → "Sales hold message" → "After-hours"');
  });
});

describe('planImport: tenant limits', () => {
  it('counts the workflows a conversations workspace already has: 99 plus 2 is over 100', () => {
    const plan = planImport(fixturePack('conversations-support'), fixtureCatalog('conversations-full'));
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ code: 'LIMIT_FLOWS', params: expect.objectContaining({ count: 101, max: 100 }) }));
    const oneSkipped = planImport(fixturePack('conversations-support'), fixtureCatalog('conversations-full'), {
      flows: { '1d7c0031-c062-437c-b9a7-fa11657b3df8': { action: 'skip' } },
    });
    expect(codesOf(oneSkipped)).not.toContain('LIMIT_FLOWS');
  });

  it('applies the profile limits of 100 steps per file when the tenant states none', () => {
    const pack = fixturePack('conversations-support');
    const flow = pack.flows[0] as Flow;
    const template = flow.nodes.find((node) => node.type === 'sendMessage')!;
    for (let i = 0; i < 100; i++) flow.nodes.push({ ...template, id: `extra-${i}`, position: { x: i, y: 900 } });
    const plan = planImport(pack, fixtureCatalog('conversations'));
    expect(plan.flows[0]!.diagnostics).toContainEqual(expect.objectContaining({ code: 'LIMIT_STEPS', params: expect.objectContaining({ max: 100 }) }));
  });

  it('applies the profile limit of 400 KB per file', () => {
    const pack = fixturePack('conversations-support');
    (pack.flows[0] as Flow).description = 'x'.repeat(9_000);
    (pack.flows[0] as Flow).extensions = { notes: 'y'.repeat(400 * 1024) };
    const plan = planImport(pack, fixtureCatalog('conversations'));
    expect(plan.flows[0]!.diagnostics).toContainEqual(expect.objectContaining({ code: 'LIMIT_SIZE', params: expect.objectContaining({ max: 400 }) }));
  });

  it('applies a tenant’s own smaller limits', () => {
    const plan = planImport(fixturePack('conversations-support'), fixtureCatalog('conversations-small'));
    expect(codesOf(plan)).toEqual(expect.arrayContaining(['LIMIT_STEPS', 'LIMIT_SIZE']));
  });
});

describe('planImport is pure and deterministic', () => {
  it('gives deep-equal plans for the same inputs, copies included, and changes neither input', () => {
    const pack = fixturePack('contact-center-sales');
    const catalog = fixtureCatalog('contact-center');
    const decisions = { flows: { [AFTER_HOURS]: { action: 'copy' as const } } };
    const before = JSON.stringify([pack, catalog]);
    const first = planImport(pack, catalog, decisions);
    expect(planImport(pack, catalog, decisions)).toEqual(first);
    expect(JSON.stringify([pack, catalog])).toBe(before);
  });

  it('derives different copy ids in different tenants', () => {
    const decisions = { flows: { [ONBOARDING]: { action: 'copy' as const } } };
    const here = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline-existing'), decisions);
    const elsewhere = fixtureCatalog('pipeline-existing');
    elsewhere.tenant.id = 'other-tenant';
    expect(planImport(fixturePack('pipeline-onboarding'), elsewhere, decisions).flows[0]!.targetId).not.toBe(here.flows[0]!.targetId);
  });
});
