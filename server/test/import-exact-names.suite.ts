import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import type { CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import type { Pack } from '../../shared/pack/pack-schema';
import { apiClient } from './api-client';
import { ONBOARDING_FLOW_ID, onboardingPack } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant } from './tenant-fixtures';

type Call = ReturnType<typeof apiClient>;

const TAG_PATH = JSON.stringify(['nodes', 1, 'config', 'tags', 0]);
const METRIC_PATH = JSON.stringify(['entities', 'metric']);

/** The onboarding pack with its tag step adding one tag, by name only as a pack carries tags. */
function packAddingTag(name: string): Pack {
  const pack = onboardingPack();
  (pack.flows[0] as Flow).nodes[1]!.config.tags = [{ $ref: 'tag', name }];
  return pack;
}

/** The onboarding pack plus a second flow of its own id with the same metric, "Days to go live". */
function packOfTwoFlowsWithOneMetricName(): { pack: Pack; secondId: string } {
  const pack = onboardingPack();
  const secondId = randomUUID();
  pack.flows.push({ ...structuredClone(pack.flows[0] as Flow), id: secondId, name: 'Client onboarding, enterprise' });
  return { pack, secondId };
}

/** Each reference's outcome as a report states it, for comparing a dry-run with its apply. */
function outcomes(report: ImportReport): string[] {
  return report.flows.flatMap((flow) =>
    flow.references.map((ref) => `${flow.targetId} ${JSON.stringify(ref.path)} ${ref.outcome} ${ref.kind} "${ref.target?.name ?? ''}" ${ref.target?.id ?? ''}`),
  );
}

/**
 * Import previews against the live tenant say what the apply then does for names: entities are
 * reused only by exactly the same name, and a flow metric is one custom field linked to its flow.
 */
export function describeImportExactNames(store: TestStore): void {
  let server: TestServer;
  let call: Call;

  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (token: string, mode: 'dry-run' | 'apply', pack: Pack) =>
    call<ImportReport>('POST', '/v1/imports', { token, body: { mode, pack }, headers: { 'idempotency-key': randomUUID() } });
  const catalogOf = async (token: string) => (await call<CatalogSnapshot>('GET', '/v1/catalog', { token })).body;
  /** Dry-run, then apply the same pack: the apply must do what the dry-run said. */
  const dryRunThenApply = async (token: string, pack: Pack) => {
    const dry = await post(token, 'dry-run', pack);
    const applied = await post(token, 'apply', pack);
    expect([dry.status, applied.status]).toEqual([201, 201]);
    expect(outcomes(applied.body)).toEqual(outcomes(dry.body));
    // The type too: a duration metric is planned and created as a number field.
    const planned = ({ kind, name, type, forFlow }: ImportReport['created'][number]) => ({ kind, name, type, forFlow });
    expect(applied.body.created.map(planned)).toEqual(dry.body.created.map(planned));
    return { dry: dry.body, applied: applied.body };
  };
  const tagStep = (report: ImportReport) => report.flows[0]!.references.find((ref) => JSON.stringify(ref.path) === TAG_PATH)!;

  // pipeline-export.pt.txt: "Se a organização que está importando o fluxo já possui uma tag com o nome
  // exatamente igual [...] ela será utilizada, e não será criada uma nova."
  it('a pack\'s "VIP" beside the tenant\'s "vip": planned as created, and the apply creates "VIP", leaving "vip" as it was', async () => {
    const { admin } = await makeTenant(server.database.db, 'Tag case tenant', 'pipeline');
    const vip = (await call<{ id: string; name: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'vip' } })).body;

    const { dry, applied } = await dryRunThenApply(admin, packAddingTag('VIP'));

    expect(tagStep(dry)).toMatchObject({ outcome: 'created', target: { name: 'VIP' } });
    const created = applied.created.find((entity) => entity.kind === 'tag')!;
    expect(created).toMatchObject({ name: 'VIP', id: expect.any(String) });
    expect(created.id).not.toBe(vip.id);
    const tags = (await catalogOf(admin)).entities.tag;
    expect(tags).toContainEqual({ id: vip.id, name: 'vip' });
    expect(tags).toContainEqual({ id: created.id, name: 'VIP' });
    const flow = (await call<FlowDetail>('GET', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: admin })).body;
    expect(flow.document.nodes[1]!.config.tags).toEqual([{ $ref: 'tag', id: created.id, name: 'VIP' }]);
  });

  it('a pack\'s "vip" beside the tenant\'s "VIP" and "vip": planned as reused, and the apply links "vip", creating no tag', async () => {
    const { admin } = await makeTenant(server.database.db, 'Tag reuse tenant', 'pipeline');
    await call('POST', '/v1/catalog/tags', { token: admin, body: { name: 'VIP' } });
    const vip = (await call<{ id: string }>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'vip' } })).body;

    const { dry, applied } = await dryRunThenApply(admin, packAddingTag('vip'));

    expect(tagStep(dry)).toMatchObject({ outcome: 'reused', target: { id: vip.id, name: 'vip' } });
    expect(applied.created.filter((entity) => entity.kind === 'tag')).toEqual([]);
    expect((await catalogOf(admin)).entities.tag).toHaveLength(2);
    const flow = (await call<FlowDetail>('GET', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token: admin })).body;
    expect(flow.document.nodes[1]!.config.tags).toEqual([{ $ref: 'tag', id: vip.id, name: 'vip' }]);
  });

  // pipeline-export.pt.txt: "o campo da métrica é criado como campo personalizado na organização que está
  // importando o fluxo, e será vinculado ao fluxo recém-importado."
  it('a re-push of a flow with a metric reuses the field linked to it, says so, and creates no field', async () => {
    const { admin } = await makeTenant(server.database.db, 'Metric re-push tenant', 'pipeline');
    const first = await dryRunThenApply(admin, onboardingPack());
    const field = first.applied.created.find((entity) => entity.name === 'Days to go live')!;
    expect(field).toMatchObject({ kind: 'customField', forFlow: ONBOARDING_FLOW_ID, id: expect.any(String) });
    const fieldsBefore = (await catalogOf(admin)).entities.customField;
    expect(fieldsBefore).toContainEqual({ id: field.id, name: 'Days to go live', type: 'number', forFlow: ONBOARDING_FLOW_ID });

    const again = await dryRunThenApply(admin, onboardingPack());

    expect(again.dry.flows[0]).toMatchObject({ action: 'update' });
    const metric = again.dry.flows[0]!.references.find((ref) => JSON.stringify(ref.path) === METRIC_PATH)!;
    expect(metric).toMatchObject({ outcome: 'reused', target: { id: field.id, name: 'Days to go live' } });
    expect(metric.message).not.toMatch(/^Creates/);
    expect(again.dry.created).toEqual([]);
    expect(again.applied.created).toEqual([]);
    expect((await catalogOf(admin)).entities.customField).toEqual(fieldsBefore);
  });

  it('two flows with one metric name get two fields, each linked to its own flow', async () => {
    const { admin } = await makeTenant(server.database.db, 'Two metrics tenant', 'pipeline');
    const { pack, secondId } = packOfTwoFlowsWithOneMetricName();

    const { dry, applied } = await dryRunThenApply(admin, pack);

    const planned = dry.created.filter((entity) => entity.name === 'Days to go live');
    expect(planned.map((entity) => entity.forFlow).sort()).toEqual([ONBOARDING_FLOW_ID, secondId].sort());
    const made = applied.created.filter((entity) => entity.name === 'Days to go live');
    expect(new Set(made.map((entity) => entity.id)).size).toBe(2);
    const fields = (await catalogOf(admin)).entities.customField.filter((entity) => entity.name === 'Days to go live');
    expect(fields.map((entity) => entity.forFlow).sort()).toEqual([ONBOARDING_FLOW_ID, secondId].sort());
    for (const entity of made) expect(fields).toContainEqual(expect.objectContaining({ id: entity.id, forFlow: entity.forFlow }));

    // Pushed again, each flow reuses its own field.
    const again = await dryRunThenApply(admin, pack);
    const reused = again.dry.flows.map((flow) => [flow.targetId, flow.references.find((ref) => JSON.stringify(ref.path) === METRIC_PATH)!.target?.id]);
    expect(Object.fromEntries(reused)).toEqual(Object.fromEntries(made.map((entity) => [entity.forFlow, entity.id])));
    expect(again.applied.created).toEqual([]);
  });
}
