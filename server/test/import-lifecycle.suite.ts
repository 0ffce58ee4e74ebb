import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import { exportPack } from '../../shared/pack/export/export-pack';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin-templates';
import { insertEntities } from '../store/catalog-store';
import { enrolWaitingRuns } from './run-fixtures';
import { apiClient } from './api-client';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant, validFlow } from './tenant-fixtures';

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
  let conversations: { admin: string; tenantId: string };
  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
    const made = await makeTenant(server.database.db, 'Journey imports', 'journeys');
    admin = made.admin;
    // The segment the journey's conditions test, as the tenant it runs on holds it: a re-import links it, so the conditions stay as they are.
    await insertEntities(server.database.db, made.tenant.id, [{ kind: 'segment', id: 'seg_31877', name: 'Purchased in the last 7 days' }]);
    const chat = await makeTenant(server.database.db, 'Workflow imports', 'conversations');
    conversations = { admin: chat.admin, tenantId: chat.tenant.id };
  });
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
  const importing = <T = ImportReport>(mode: 'dry-run' | 'apply', document: Flow, decisions?: unknown, token = admin) =>
    call<T>('POST', '/v1/imports', {
      token,
      // The journey's sender is the shop's own address, kept on purpose (addresses are removed by default).
      body: { mode, pack: exportPack([document], { name: 'Journey v2', generator: 'flowpack-test', keep: ['hello@store.example'] }).pack, ...(decisions ? { decisions } : {}) },
      headers: { 'idempotency-key': randomUUID() },
    });
  const current = async (id: string, token = admin) => (await call<FlowDetail>('GET', `/v1/flows/${id}`, { token })).body;

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
    expect(res.body.flows[0]).toMatchObject({ action: 'update', revision: 2, status: 'active' });
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

  // journeys-workflows.en.txt: "it will only be possible to edit some of the configurations of certain nodes".
  it('refuses an import that changes a field a running step does not allow, or rewires the journey, naming step, field and connection', async () => {
    const flow = await started(['start']);
    const before = await current(flow.id);
    const sender = { ...flow, nodes: flow.nodes.map((node) => (node.id === 'reminder-email' ? { ...node, config: { ...node.config, senderName: 'Someone else', subject: 'Corrected' } } : node)) };
    const dry = await importing('dry-run', sender);
    const locked = dry.body.flows[0]!.diagnostics.filter((d) => d.code === 'IMPORT_RUNNING_EDIT_LOCKED');
    expect(locked).toEqual([expect.objectContaining({ severity: 'error', nodeId: 'reminder-email', params: expect.objectContaining({ field: 'senderName', editable: 'subject, preheader, body' }) })]);

    const rewired = { ...flow, edges: flow.edges.map((edge) => (edge.id === 'check-1.no' ? { ...edge, target: 'end' } : edge)) };
    const refused = await importing<ApiErrorBody>('apply', rewired);
    expect(refused.status).toBe(422);
    const structure = refused.body.error.diagnostics!.find((d) => d.code === 'IMPORT_STRUCTURE_LOCKED')!;
    expect(structure.params).toMatchObject({ added: expect.stringContaining('connection'), removed: expect.stringContaining('(reminder-email)') });
    expect(await current(flow.id)).toEqual(before);
  });

  describe('a published conversations workflow', () => {
    // conversations-workflows.es.txt: "Un flujo de trabajo solo se puede editar cuando está detenido" and "Cuando se
    // detiene un flujo de trabajo, todos los contactos inscritos se expulsarán inmediatamente."
    async function published(): Promise<Flow> {
      const flow = validFlow(`Welcome ${randomUUID().slice(0, 6)}`, 'conversations');
      expect((await call('POST', '/v1/flows', { token: conversations.admin, body: { document: flow } })).status).toBe(201);
      expect((await call('POST', `/v1/flows/${flow.id}/actions/publish`, { token: conversations.admin, headers: { 'if-match': '"1"' } })).status).toBe(200);
      await enrolWaitingRuns(server.database.db, conversations.tenantId, flow.id, 7);
      return flow;
    }
    const edited = (flow: Flow): Flow => ({ ...flow, description: 'Edited in the workspace' });

    it('is a plan error an apply refuses, saying how many contacts stopping would eject; the workflow keeps running', async () => {
      const flow = await published();
      const dry = await importing('dry-run', edited(flow), undefined, conversations.admin);
      expect(dry.body.flows[0]!.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'IMPORT_PUBLISHED_LOCKED', params: { name: flow.name, contacts: 7 } }));
      expect(dry.body.summary.errors).toBeGreaterThan(0);
      const applied = await importing<ApiErrorBody>('apply', edited(flow), undefined, conversations.admin);
      expect(applied.status).toBe(422);
      expect(await current(flow.id, conversations.admin)).toMatchObject({ status: 'published', revision: 1, description: flow.description });
    });

    it('is stopped, then updated, when the admin chooses so: contacts ejected and audited, left stopped until published', async () => {
      const flow = await published();
      const decisions = { flows: { [flow.id]: { action: 'update', stopFirst: true } } };
      const dry = await importing('dry-run', edited(flow), decisions, conversations.admin);
      expect(dry.body.summary.errors).toBe(0);
      expect(dry.body.flows[0]!.status).toBe('stopped');
      expect(dry.body.warnings).toContainEqual(expect.objectContaining({ code: 'IMPORT_STOPS_FLOW', flowId: flow.id, message: expect.stringContaining('7 enrolled contacts') }));

      const applied = await importing('apply', edited(flow), decisions, conversations.admin);
      expect(applied.status).toBe(201);
      expect(await current(flow.id, conversations.admin)).toMatchObject({ status: 'stopped', revision: 2, description: 'Edited in the workspace', actions: ['publish'] });
      const audit = await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=20', { token: conversations.admin });
      expect(audit.body.entries.find((e) => e.action === 'flow.stop' && e.targetId === flow.id)).toMatchObject({ detail: { from: 'published', to: 'stopped', ejectedContacts: 7 } });

      // Stopped, it takes the next import without a decision and stays stopped.
      expect((await importing('apply', { ...edited(flow), description: 'Again' }, undefined, conversations.admin)).status).toBe(201);
      expect(await current(flow.id, conversations.admin)).toMatchObject({ status: 'stopped', revision: 3 });
    });
  });
}
