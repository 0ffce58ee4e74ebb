/**
 * The preview never lies, as a property over generated packs and tenants: the
 * dry-run is the truth, the apply does exactly what it said. For each generated scenario (a
 * fresh tenant whose catalog holds entities of the pack's ids, UUIDs and names or not, in other
 * cases, accents and Unicode forms; the pack's flows on it already in each status its profile
 * has; a deploy or a shared pack; copy, skip and stop-first decisions) the suite runs the
 * dry-run, then the apply, and holds that:
 * - a dry-run writes nothing;
 * - a plan with errors is refused by the apply (422), and the tenant is unchanged;
 * - otherwise the apply reports for every flow and every reference exactly what the dry-run
 *   said (action, target id, outcome and target), and creates exactly the entities it planned;
 * - what is stored agrees: a reference planned linked or reused points at the planned entity, a
 *   created one at the entity created under exactly the planned name, a kept one (and a kept
 *   secret) holds the tenant's own value, an unresolved one keeps its UUID (and name, never an id)
 *   while the tenant has no entity with it, listed to configure, a placeholder names nothing; the catalog gained exactly
 *   the created entities; each flow is at the revision and in the status the report states.
 * Seeded, so a failure names a reproducible counterexample.
 */
import { randomUUID } from 'node:crypto';
import { eq, and } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { walkRefs } from '../../shared/format/entity-ref';
import type { RefKind, RefLike } from '../../shared/format/entity-ref';
import type { Flow } from '../../shared/format/flow-schema';
import { isRecord, valueAt } from '../../shared/format/json-paths';
import type { Profile } from '../../shared/format/profiles';
import type { CatalogEntity, CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import { entityNameKey } from '../../shared/import/entity-name';
import type { ImportDecisions } from '../../shared/import/import-decisions';
import { deployPack } from '../../shared/pack/deploy-pack';
import { exportPack } from '../../shared/pack/export/export-pack';
import type { Pack } from '../../shared/pack/pack-schema';
import { flowContentHash } from '../../shared/format/content-hash';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import type { ImportReport, ImportEntity } from '../../shared/tenant-api/imports';
import { insertEntities } from '../store/catalog-store';
import type { EntityInput } from '../store/catalog-store';
import { insertFlow } from '../store/flow-store';
import { flows as flowRows } from '../store/schema';
import { apiClient } from './api-client';
import { SECRET_HEADER, TENANT_SECRET, baseSet, scenarioArbitrary, spell } from './import-preview-scenarios';
import type { BaseSet, Scenario } from './import-preview-scenarios';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { enrolWaitingRuns } from './run-fixtures';
import { makeTenant } from './tenant-fixtures';

type Call = ReturnType<typeof apiClient>;

/** Runs per profile: each is a fresh tenant and two imports, so the suite stays quick on a busy machine. */
const RUNS = 15;
/** Fixed seeds: a failure prints its counterexample and reproduces with the same seed. */
const SEEDS: Readonly<Record<Profile, number>> = { conversations: 1201, journeys: 1202, 'contact-center': 1203, pipeline: 1204 };

/** What a tenant holds: its flows with revision and status, its catalog, the writes in its audit log (a dry-run's own entry is none). */
async function tenantState(call: Call, token: string) {
  const flows = (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token })).body.flows.map((f) => `${f.id}@${f.revision}:${f.status}`).sort();
  const catalog = (await call<CatalogSnapshot>('GET', '/v1/catalog', { token })).body;
  const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token })).body.entries.filter((e) => e.action !== 'import.dry-run').map((e) => e.id);
  return { flows, entities: catalog.entities, audit };
}

/** The pack's version of a base flow, as the scenario spells and edits it. */
function packFlow(base: BaseSet, scenario: Scenario, index: number): Flow {
  const choice = scenario.flows[index]!;
  const flow = structuredClone(base.flows[index]!);
  flow.description = `${flow.description} (pushed)`;
  const refs: RefLike[] = [];
  walkRefs(flow, (ref) => {
    const position = base.entities.findIndex((entity) => entity.kind === ref.$ref && entity.id === ref.id && entity.uuid === ref.uuid && entity.name === ref.name);
    if (position < 0) return;
    const entity = base.entities[position]!;
    const spelled = scenario.entities[position]!;
    ref.name = spell(entity.name, spelled.spelling);
    if (!spelled.keepId) delete ref.id;
    if (!spelled.keepUuid) delete ref.uuid;
    refs.push(ref);
  });
  const otherForm = choice.otherFormRef === null ? undefined : refs[choice.otherFormRef];
  if (typeof otherForm?.name === 'string') otherForm.name = otherForm.name === otherForm.name.normalize('NFC') ? otherForm.name.normalize('NFD') : otherForm.name.normalize('NFC');
  const blank = choice.blankRef === null ? undefined : refs[choice.blankRef];
  if (blank) for (const key of ['id', 'uuid', 'name']) delete blank[key];
  if (choice.removeLeaf) {
    const leaf = [...flow.nodes].reverse().find((node, position) => position < flow.nodes.length - 1 && !flow.edges.some((edge) => edge.source === node.id));
    if (leaf) {
      flow.nodes = flow.nodes.filter((node) => node !== leaf);
      flow.edges = flow.edges.filter((edge) => edge.target !== leaf.id);
    }
  }
  for (const node of flow.nodes) {
    if (node.type === 'httpRequest') node.config.headers = [...(node.config.headers as unknown[]), { name: SECRET_HEADER, value: choice.blankSecret ? '' : 'Bearer file-token' }];
  }
  return flow;
}

/** The tenant's own copy of a base flow: its references named as written ({@link spell} `same`), its secret header's value set. */
function tenantFlow(base: Flow): Flow {
  const flow = structuredClone(base);
  walkRefs(flow, (ref) => {
    if (ref.$ref !== 'flow' && typeof ref.name === 'string') ref.name = spell(ref.name, 'same');
  });
  for (const node of flow.nodes) {
    if (node.type === 'httpRequest') node.config.headers = [...(node.config.headers as unknown[]), { name: SECRET_HEADER, value: TENANT_SECRET }];
  }
  return flow;
}

const entityRow = (entity: CatalogEntity | ImportEntity) =>
  JSON.stringify([entity.id, entity.name, entity.uuid ?? null, entity.type ?? null, entity.forFlow ?? null]);

/** Each flow of a report without its revision and stored content hash (a dry-run has neither): what the dry-run said of it. */
const withoutRevisions = (report: ImportReport) => report.flows.map(({ revision: _revision, contentHash: _hash, ...flow }) => flow);

/** The preview-is-the-truth property over real HTTP, run once per store. */
export function describeImportPreview(store: TestStore): void {
  let server: TestServer;
  let call: Call;
  let tenants = 0;
  /** The outcomes the applied references of the current profile's runs had, so a run that never meets one is noticed. */
  const seen = new Set<string>();

  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (token: string, body: Record<string, unknown>) => call<ImportReport>('POST', '/v1/imports', { token, body, headers: { 'idempotency-key': randomUUID() } });

  /** A fresh tenant holding the scenario's catalog and flows; returns its token and the documents it holds. */
  async function tenantOf(base: BaseSet, scenario: Scenario) {
    const db = server.database.db;
    const { tenant, admin, adminId } = await makeTenant(db, `Preview ${base.profile} ${++tenants}`, base.profile);
    const rows: EntityInput[] = [];
    base.entities.forEach((entity, position) => {
      const choice = scenario.entities[position]!;
      const type = entity.kind === 'customField' ? ('text' as const) : undefined;
      if (choice.tenantSame !== null) rows.push({ kind: entity.kind, id: entity.id ?? `same_${position}`, uuid: entity.uuid, name: spell(entity.name, choice.tenantSame), type });
      if (choice.tenantOther !== null) {
        const uuid = entity.uuid === undefined ? undefined : `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`;
        rows.push({ kind: entity.kind, id: `other_${position}`, uuid, name: spell(entity.name, choice.tenantOther), type });
      }
    });
    base.flows.forEach((flow, position) => {
      const metric = flow.entities.metric;
      if (metric && scenario.metricField !== null) rows.push({ kind: 'customField', id: `metric_${position}`, name: spell(metric.name, scenario.metricField), type: 'number', forFlow: flow.id });
    });
    await insertEntities(db, tenant.id, rows);
    const held = new Map<string, Flow>();
    const now = new Date();
    for (const [position, flow] of base.flows.entries()) {
      const on = scenario.flows[position]!.tenant;
      if (!on) continue;
      const document = tenantFlow(flow);
      await insertFlow(db, { tenantId: tenant.id, tokenId: adminId, clientAddress: null, now }, document, '');
      const where = and(eq(flowRows.tenantId, tenant.id), eq(flowRows.id, flow.id));
      await db.update(flowRows).set({ status: on.status, pausedAt: on.status === 'paused' ? now : null }).where(where);
      await enrolWaitingRuns(db, tenant.id, flow.id, on.contacts);
      held.set(flow.id, document);
    }
    return { admin, held };
  }

  function packOf(base: BaseSet, scenario: Scenario): Pack {
    const workspace = base.flows.map((_, index) => packFlow(base, scenario, index));
    const flows = workspace.filter((_, index) => scenario.flows[index]!.inPack);
    const options = { name: `Generated ${base.profile} pack`, generator: 'flowpack-test' };
    // A shared pack takes along the reusable flows its flows call, from the workspace (as `flowpack export` does).
    const { pack, diagnostics } = scenario.purpose === 'deploy' ? deployPack(flows, options) : exportPack(flows, { ...options, workspaceFlows: workspace });
    if (!pack) throw new Error(`the generated pack did not export: ${diagnostics.map((d) => d.message).join('; ')}`);
    return pack;
  }

  function decisionsOf(base: BaseSet, scenario: Scenario): ImportDecisions {
    const flows: NonNullable<ImportDecisions['flows']> = {};
    base.flows.forEach((flow, index) => {
      const choice = scenario.flows[index]!;
      if (choice.inPack && choice.decision) flows[flow.id] = choice.decision;
    });
    return { flows };
  }

  async function holds(base: BaseSet, scenario: Scenario): Promise<void> {
    const { admin, held } = await tenantOf(base, scenario);
    const body = { pack: packOf(base, scenario), decisions: decisionsOf(base, scenario), ...(scenario.purpose === 'deploy' ? { purpose: 'deploy' } : {}) };
    const before = await tenantState(call, admin);

    const dry = await post(admin, { ...body, mode: 'dry-run' });
    expect(dry.status).toBe(201);
    expect(await tenantState(call, admin)).toEqual(before);

    const applied = await post(admin, { ...body, mode: 'apply' });
    if (dry.body.summary.errors > 0) {
      // The plan refused: so does the apply, and nothing changes.
      expect(applied.status).toBe(422);
      expect(await tenantState(call, admin)).toEqual(before);
      return;
    }
    expect(applied.status).toBe(201);
    expect(withoutRevisions(applied.body)).toEqual(withoutRevisions(dry.body));
    expect(applied.body.summary).toEqual(dry.body.summary);
    expect(applied.body.warnings).toEqual(dry.body.warnings);
    const plannedCreates = dry.body.created.map(({ kind, name, type, forFlow }) => ({ kind, name, type, forFlow }));
    expect(applied.body.created.map(({ kind, name, type, forFlow }) => ({ kind, name, type, forFlow }))).toEqual(plannedCreates);

    // The catalog gained exactly the created entities, under exactly the planned names.
    const after = await tenantState(call, admin);
    for (const kind of Object.keys(after.entities) as RefKind[]) {
      const expected = [...(before.entities[kind] ?? []), ...applied.body.created.filter((entity) => entity.kind === kind)].map(entityRow).sort();
      expect(after.entities[kind]!.map(entityRow).sort(), `${kind} entities after the apply`).toEqual(expected);
    }

    for (const flow of applied.body.flows) {
      const detail = await call<FlowDetail>('GET', `/v1/flows/${flow.targetId}`, { token: admin });
      if (flow.action === 'skip') {
        expect([flow.revision, flow.status]).toEqual([undefined, undefined]);
        continue;
      }
      expect(detail.status).toBe(200);
      const stored = detail.body;
      // The status the report said (the dry-run's, as the flows compared equal): a draft, or what the lifecycle rules keep.
      expect({ revision: stored.revision, status: stored.status }).toEqual({ revision: flow.action === 'update' ? 2 : 1, status: flow.status });
      if (flow.action !== 'update') expect(flow.status).toBe('draft');
      expect(flow.revision).toBe(stored.revision);
      // The report says what the tenant stored, so a client can tell a later save of that same document from a change.
      expect(flow.contentHash).toBe(flowContentHash(stored.document));
      storedAsPlanned(flow, stored.document, held.get(flow.targetId), applied.body.created, after.entities);
    }
  }

  /** Each reference of a flow as stored after the apply is what its plan said. */
  function storedAsPlanned(flow: ImportReport['flows'][number], document: Flow, tenantDocument: Flow | undefined, created: ImportEntity[], catalog: CatalogSnapshot['entities']): void {
    // A removed list element shifts the ones after it: those are checked by the report comparison only.
    const shifted = new Set(flow.references.filter((ref) => ref.outcome === 'removed' && typeof ref.path.at(-1) === 'number').map((ref) => JSON.stringify(ref.path.slice(0, -1))));
    for (const ref of flow.references) {
      seen.add(ref.outcome);
      const where = `${flow.name}: ${ref.outcome} ${ref.kind} at ${ref.path.join('.')}`;
      if (JSON.stringify(ref.path) === JSON.stringify(['entities', 'metric'])) {
        const field = catalog.customField.find((entity) => entity.forFlow === flow.targetId && entity.name === ref.target?.name);
        expect(field, where).toBeDefined();
        if (ref.outcome === 'reused') expect(field!.id, where).toBe(ref.target!.id);
        else expect(created.map((entity) => entity.id), where).toContain(field!.id);
        continue;
      }
      if (shifted.has(JSON.stringify(ref.path.slice(0, -1)))) continue;
      const value = valueAt(document, ref.path);
      const named = isRecord(value) && ['id', 'uuid', 'name'].some((key) => typeof value[key] === 'string' && value[key] !== '');
      switch (ref.outcome) {
        case 'linked':
        case 'reused':
          expect(value, where).toMatchObject({ $ref: ref.kind, name: ref.target!.name, ...(ref.target!.id === undefined ? {} : { id: ref.target!.id }), ...(ref.target!.uuid === undefined ? {} : { uuid: ref.target!.uuid }) });
          break;
        case 'created': {
          // One entity for both Unicode forms of a name (entityNameKey): the reference carries its own spelling and that entity's id.
          const entity = created.find((candidate) => candidate.kind === ref.kind && entityNameKey(candidate.name) === entityNameKey(ref.target!.name) && candidate.forFlow === undefined);
          expect(entity, where).toBeDefined();
          expect(value, where).toMatchObject({ $ref: ref.kind, id: entity!.id, name: ref.target!.name });
          break;
        }
        case 'kept': {
          const node = tenantDocument?.nodes.find((candidate) => candidate.id === ref.nodeId);
          expect(node, where).toBeDefined();
          expect(value, where).toEqual(valueAt(node!.config, ref.path.slice(3)));
          break;
        }
        case 'unresolved': {
          // contact-center-import.en.txt: an import "does include the universal unique identifier (UUID)" of each entity.
          const uuid = ref.target!.uuid!;
          expect(value, where).toEqual({ $ref: ref.kind, uuid, ...(ref.target!.name === '' ? {} : { name: ref.target!.name }) });
          expect(catalog[ref.kind].some((entity) => entity.uuid?.toLowerCase() === uuid.toLowerCase()), where).toBe(false);
          expect(flow.diagnostics.some((d) => d.code === 'REF_UNRESOLVED' && JSON.stringify(d.path) === JSON.stringify(ref.path)), where).toBe(true);
          break;
        }
        case 'placeholder':
          expect(named, where).toBe(false);
          break;
        case 'removed':
          expect(named, where).toBe(false);
          break;
      }
    }
    // A secret the plan keeps from the tenant is the tenant's value in the stored flow.
    for (const kept of flow.diagnostics.filter((d) => d.code === 'IMPORT_KEPT_SECRET')) {
      expect(valueAt(document, kept.path!), `${flow.name}: kept secret at ${kept.path!.join('.')}`).toBe(TENANT_SECRET);
    }
  }

  for (const profile of ['conversations', 'journeys', 'contact-center', 'pipeline'] as const) {
    const base = baseSet(profile);
    it(`${profile}: the apply does what the dry-run said, for every flow and every reference (${RUNS} generated tenants)`, async () => {
      seen.clear();
      await fc.assert(
        fc.asyncProperty(scenarioArbitrary(base), (scenario) => holds(base, scenario)),
        { numRuns: RUNS, seed: SEEDS[profile], endOnFailure: true },
      );
      // The generated tenants lack some of the UUIDs the pack names, so the kept-by-UUID outcome is checked, not only allowed.
      if (profile === 'contact-center') expect([...seen]).toContain('unresolved');
    });
  }
}
