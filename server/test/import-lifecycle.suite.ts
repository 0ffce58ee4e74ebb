import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import { exportPack } from '../../shared/pack/export/export-pack';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin-templates';
import { apiClient } from './api-client';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant } from './tenant-fixtures';

/** A built-in journeys template with real steps after its trigger, under an id of its own. */
function journey(): Flow {
  const template = BUILTIN_TEMPLATES.find((t) => t.profile === 'journeys' && (JSON.parse(t.text) as Flow).nodes.length >= 3);
  if (!template) throw new Error('no journeys template with steps');
  return { ...(JSON.parse(template.text) as Flow), id: randomUUID() };
}

/** The journey without one of its last steps (a step nothing continues from) and the connections into it. */
function withoutLastStep(flow: Flow): Flow {
  const leaf = [...flow.nodes].reverse().find((node) => !flow.edges.some((edge) => edge.source === node.id))!;
  return { ...flow, nodes: flow.nodes.filter((node) => node !== leaf), edges: flow.edges.filter((edge) => edge.target !== leaf.id) };
}

/** The journey with its steps renamed: a change of settings, not of structure. */
const renamedSteps = (flow: Flow): Flow => ({ ...flow, nodes: flow.nodes.map((node) => ({ ...node, name: `${node.name} (v2)` })) });

/** Imports into journeys meet the lifecycle rules that saves obey, over real HTTP, run once per store. */
export function describeImportLifecycle(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
    ({ admin } = await makeTenant(server.database.db, 'Journey imports', 'journeys'));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  async function started(actions: ('start' | 'finalize')[]): Promise<Flow> {
    const flow = journey();
    expect((await call('POST', '/v1/flows', { token: admin, body: { document: flow } })).status).toBe(201);
    for (const action of actions) {
      const res = await call('POST', `/v1/flows/${flow.id}/actions/${action}`, { token: admin, headers: { 'if-match': '"1"' } });
      expect(res.status).toBe(200);
    }
    return flow;
  }
  const importing = <T = ImportReport>(mode: 'dry-run' | 'apply', document: Flow, decisions?: unknown) =>
    call<T>('POST', '/v1/imports', {
      token: admin,
      body: { mode, pack: exportPack([document], { name: 'Journey v2', generator: 'flowpack-test' }).pack, ...(decisions ? { decisions } : {}) },
      headers: { 'idempotency-key': randomUUID() },
    });
  const current = async (id: string) => (await call<FlowDetail>('GET', `/v1/flows/${id}`, { token: admin })).body;

  it('refuses an import that removes a step of an active journey, naming it, and leaves the journey as it was', async () => {
    const flow = await started(['start']);
    const before = await current(flow.id);
    const changed = withoutLastStep(flow);
    const removed = flow.nodes.find((node) => !changed.nodes.includes(node))!;

    const dry = await importing('dry-run', changed);
    const [planned] = dry.body.flows;
    expect(planned!.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'IMPORT_STRUCTURE_LOCKED', params: expect.objectContaining({ status: 'active' }) }));
    expect(planned!.diagnostics.find((d) => d.code === 'IMPORT_STRUCTURE_LOCKED')!.message).toContain(`(${removed.id})`);
    expect(dry.body.summary.errors).toBeGreaterThan(0);

    const applied = await importing<ApiErrorBody>('apply', changed);
    expect(applied.status).toBe(422);
    expect(applied.body.error.diagnostics?.map((d) => d.code)).toContain('IMPORT_STRUCTURE_LOCKED');
    expect(await current(flow.id)).toEqual(before);
  });

  it('imports a change of settings into an active journey, which keeps running instead of going back to draft', async () => {
    const flow = await started(['start']);
    const res = await importing('apply', renamedSteps(flow));
    expect(res.status).toBe(201);
    expect(res.body.flows[0]).toMatchObject({ action: 'update', revision: 2 });
    const after = await current(flow.id);
    expect(after).toMatchObject({ status: 'active', revision: 2 });
    expect(after.document.nodes.every((node) => node.name.endsWith('(v2)'))).toBe(true);
  });

  it('keeps a finalized journey finalized: its structure refused, its settings taken; a copy is the way to change its steps', async () => {
    const flow = await started(['start', 'finalize']);
    const removing = await importing<ApiErrorBody>('apply', withoutLastStep(flow));
    expect(removing.status).toBe(422);
    expect(removing.body.error.diagnostics).toContainEqual(expect.objectContaining({ code: 'IMPORT_STRUCTURE_LOCKED', params: expect.objectContaining({ status: 'finalized' }) }));

    expect((await importing('apply', renamedSteps(flow))).status).toBe(201);
    expect(await current(flow.id)).toMatchObject({ status: 'finalized', revision: 2 });

    const copy = await importing('apply', withoutLastStep(flow), { flows: { [flow.id]: { action: 'copy' } } });
    expect(copy.status).toBe(201);
    const [copied] = copy.body.flows;
    expect(copied).toMatchObject({ action: 'copy', revision: 1 });
    expect(await current(copied!.targetId)).toMatchObject({ status: 'draft' });
  });
}
