import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixturePack } from '../../test/fixtures/import/import-fixtures';
import type { Flow } from '../format/flow-schema';
import { copyJson } from '../json/copy-json';
import type { Pack } from '../pack/pack-schema';
import { createFlow } from '../catalog/create-flow';
import { DEPLOY_PLAN_DIAGNOSTIC_CODES } from './import-plan';
import type { ImportPlan } from './import-plan';
import { deployPack as buildDeployPack } from '../pack/deploy-pack';
import { planImport } from './plan-import';

const deployPack = (flows: Flow[]): Pack => buildDeployPack(flows, { name: 'Push', generator: 'flowpack-test' }).pack!;

/** The tenant's current onboarding flow: its e-mail active with sender Marina Costa, an attachment, its post with an author. */
const held = (): Flow => copyJson(fixturePack('pipeline-onboarding').flows[0]) as unknown as Flow;
const config = (flow: Flow, nodeId: string) => flow.nodes.find((node) => node.id === nodeId)!.config;

/** A pack of the one flow `edit` changed, as a push of the workspace file sends it. */
function pushed(edit: (flow: Flow) => void): Pack {
  const pack = fixturePack('pipeline-onboarding');
  edit(pack.flows[0] as unknown as Flow);
  return pack;
}

/** A deploy of `pack` over a tenant that has the onboarding flow as `current` holds it. */
function deploy(pack: Pack, current: Flow | null = held()): ImportPlan {
  const tenantFlows = new Map(current ? [[current.id, current]] : []);
  return planImport(pack, fixtureCatalog('pipeline-existing'), {}, { deploy: { tenantFlows } });
}

const outcomeAt = (plan: ImportPlan, nodeId: string, field: string) =>
  plan.flows[0]!.references.find((ref) => ref.nodeId === nodeId && ref.path.slice(3).join('.') === field)?.outcome;

describe('planImport of a deploy (workspace flows pushed as they are)', () => {
  it('keeps the sender the file leaves as a placeholder, says so, and leaves the e-mail active', () => {
    const plan = deploy(pushed((flow) => (config(flow, 'welcome-email').sender = { $ref: 'user' })));
    const document = plan.flows[0]!.document!;
    expect(plan.flows[0]!.action).toBe('update');
    expect(outcomeAt(plan, 'welcome-email', 'sender')).toBe('kept');
    expect(config(document, 'welcome-email')).toMatchObject({ active: true, sender: { $ref: 'user', id: 'usr_20931', name: 'Marina Costa' } });
    expect(plan.summary.references.kept).toBeGreaterThanOrEqual(1);
    expect(plan.flows[0]!.diagnostics.map((d) => d.code)).not.toContain('REF_PLACEHOLDER');
  });

  it('keeps what the tenant holds where the file names an entity the tenant does not have (the author, the attachment)', () => {
    const plan = deploy(pushed(() => undefined));
    expect(outcomeAt(plan, 'client-feed-post', 'author')).toBe('kept');
    expect(outcomeAt(plan, 'welcome-email', 'attachments.0')).toBe('kept');
    expect(plan.summary.references.removed).toBe(0);
    expect(plan.summary.errors).toBe(0);
  });

  it('finds each step by its id, not its position, when the file reorders them', () => {
    const plan = deploy(pushed((flow) => {
      flow.nodes.reverse();
      delete config(flow, 'welcome-email').sender;
    }));
    expect(config(plan.flows[0]!.document!, 'welcome-email').sender).toMatchObject({ id: 'usr_20931' });
  });

  it('leaves an attachment the file removed from its list removed: that is an edit, not an empty value', () => {
    const plan = deploy(pushed((flow) => (config(flow, 'welcome-email').attachments = [])));
    expect(config(plan.flows[0]!.document!, 'welcome-email').attachments).toEqual([]);
  });

  it('links a sender the file names and the tenant has, rather than keeping the tenant’s', () => {
    const catalog = fixtureCatalog('pipeline-existing');
    catalog.entities.user = [{ id: 'usr_7', name: 'Rui Alves' }];
    const pack = pushed((flow) => (config(flow, 'welcome-email').sender = { $ref: 'user', id: 'usr_7', name: 'Rui Alves' }));
    const plan = planImport(pack, catalog, {}, { deploy: { tenantFlows: new Map([[held().id, held()]]) } });
    expect(outcomeAt(plan, 'welcome-email', 'sender')).toBe('linked');
    expect(config(plan.flows[0]!.document!, 'welcome-email').sender).toMatchObject({ id: 'usr_7' });
  });

  it('without the tenant’s document, or for a new flow, leaves a user the tenant lacks as a placeholder to configure, never removed', () => {
    const plan = deploy(pushed(() => undefined), null);
    expect(outcomeAt(plan, 'welcome-email', 'sender')).toBe('placeholder');
    expect(config(plan.flows[0]!.document!, 'welcome-email').active).toBe(true);
    expect(plan.summary.references.removed).toBe(0);
  });

  it('a shared pack over the same flow still arrives "inativas e sem um usuário selecionado (autor ou remetente do e-mail)" (pipeline-export.pt.txt)', () => {
    const plan = planImport(fixturePack('pipeline-onboarding'), fixtureCatalog('pipeline-existing'));
    const email = config(plan.flows[0]!.document!, 'welcome-email');
    expect(email.active).toBe(false);
    expect(email.sender).toBeUndefined();
    expect(plan.summary.references.kept).toBe(0);
  });

  it('keeps a secret header value the file leaves empty, found by the header’s name, and says so', () => {
    const withHeaders = (headers: { name: string; value: string }[]): Flow => {
      const flow = createFlow({ profile: 'conversations', name: 'Lookup' });
      flow.id = '7d0c8a9e-5f7b-4c1e-9d2a-3b4c5d6e7f80';
      flow.nodes.push({ id: 'lookup', type: 'httpRequest', name: 'Look up', position: { x: 0, y: 200 }, config: { method: 'GET', url: 'https://api.example.com/x', headers, body: '', responseVariable: '' } });
      return flow;
    };
    const tenant = withHeaders([{ name: 'X-Trace', value: 'on' }, { name: 'Authorization', value: 'Bearer t0k3n' }]);
    const file = withHeaders([{ name: 'Authorization', value: '' }, { name: 'Accept', value: '' }]);
    const catalog = fixtureCatalog('conversations');
    catalog.flows.push({ id: tenant.id, name: tenant.name, kind: 'standard' });
    const pack = deployPack([file]);
    const plan = planImport(pack, catalog, {}, { deploy: { tenantFlows: new Map([[tenant.id, tenant]]) } });
    expect(config(plan.flows[0]!.document!, 'lookup').headers).toEqual([{ name: 'Authorization', value: 'Bearer t0k3n' }, { name: 'Accept', value: '' }]);
    expect(plan.flows[0]!.diagnostics.filter((d) => d.code === 'IMPORT_KEPT_SECRET')).toMatchObject([{ severity: 'info', nodeId: 'lookup', path: ['nodes', 1, 'config', 'headers', 0, 'value'] }]);
    expect(DEPLOY_PLAN_DIAGNOSTIC_CODES).toEqual(['IMPORT_KEPT_SECRET']);
  });

  it('removes a channel the workspace lacks as the conversations platform does on any import: "los valores de un paso de flujo de trabajo se eliminarán si no coinciden" (conversations-workflows.es.txt)', () => {
    const flow = JSON.parse(readFileSync(new URL('../../examples/conversations/sales-auto-assignment.flow.json', import.meta.url), 'utf8')) as Flow;
    const catalog = fixtureCatalog('conversations');
    catalog.entities.channel = [];
    const plan = planImport(deployPack([flow]), catalog, {}, { deploy: {} });
    const channels = plan.flows[0]!.references.filter((ref) => ref.kind === 'channel');
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.every((ref) => ref.outcome === 'removed')).toBe(true);
  });

  describe('contact-center, where entities are referenced by UUID', () => {
    const IVR = '93b26006-84fc-4320-a93a-f56f1dea8135';
    const TRAINER_REASONS = { $ref: 'reasonList', uuid: '7b88b4b3-9686-4c4a-b0de-e6da23375074', name: 'Unanswered call reasons' };
    const ivrOf = (pack: Pack) => pack.flows.find((flow) => flow.id === IVR) as unknown as Flow;
    /** A deploy of the sales pack's flows over a tenant whose Sales IVR holds `reasonList` in the step the file also has. */
    function deployOverIvr(fileReasons: unknown, tenantReasons: unknown): ImportPlan {
      const pack = fixturePack('contact-center-sales');
      ivrOf(pack).nodes[6]!.config.reasonList = fileReasons;
      const current = copyJson(ivrOf(fixturePack('contact-center-sales')));
      current.nodes[6]!.config.reasonList = tenantReasons;
      const catalog = fixtureCatalog('contact-center');
      catalog.flows.push({ id: IVR, name: 'Sales IVR', kind: 'customer', status: 'draft' });
      return planImport(deployPack(pack.flows as unknown as Flow[]), catalog, {}, { deploy: { tenantFlows: new Map([[IVR, current]]) } });
    }
    const ivrPlan = (plan: ImportPlan) => plan.flows.find((flow) => flow.flowId === IVR)!;

    it('keeps the tenant’s linked entity where the file names a UUID the tenant lacks', () => {
      const plan = deployOverIvr(TRAINER_REASONS, { $ref: 'reasonList', id: 'rl-2', uuid: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'Missed calls' });
      expect(ivrPlan(plan).references.find((ref) => ref.nodeId === 'classify-unanswered' && ref.kind === 'reasonList')!.outcome).toBe('kept');
      expect(ivrPlan(plan).document!.nodes[6]!.config.reasonList).toMatchObject({ id: 'rl-2' });
      expect(plan.summary.toConfigure).toBe(0);
    });

    it('keeps a UUID the tenant’s flow holds and still lacks, and lists it to configure, as publish will refuse it', () => {
      const plan = deployOverIvr({ $ref: 'reasonList' }, TRAINER_REASONS);
      expect(ivrPlan(plan).references.find((ref) => ref.nodeId === 'classify-unanswered' && ref.kind === 'reasonList')!.outcome).toBe('kept');
      expect(ivrPlan(plan).document!.nodes[6]!.config.reasonList).toEqual(TRAINER_REASONS);
      expect(ivrPlan(plan).diagnostics.filter((d) => d.code === 'REF_UNRESOLVED')).toMatchObject([{ severity: 'error', nodeId: 'classify-unanswered' }]);
      expect(plan.summary).toMatchObject({ errors: 0, toConfigure: 1 });
    });
  });
});
