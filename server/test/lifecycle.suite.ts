import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import type { Profile } from '../../shared/format/profiles';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowActionResult } from '../../shared/tenant-api/flow-actions';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import type { FlowAction } from '../../shared/tenant-api/lifecycle';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin-templates';
import { insertFlow } from '../store/flow-store';
import { enrolWaitingRuns } from './run-fixtures';
import { apiClient } from './api-client';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant, makeToken, validFlow } from './tenant-fixtures';

const LOOP_FIXTURES = join(import.meta.dirname, '../../test/fixtures/diagnostics/LOOP_CROSS_FLOW');
const DAY_MS = 24 * 60 * 60 * 1000;

/** A built-in journeys template: a journey with real steps after its trigger. */
function journeyWithSteps(): Flow {
  const template = BUILTIN_TEMPLATES.find((t) => t.profile === 'journeys' && (JSON.parse(t.text) as Flow).nodes.length >= 3);
  if (!template) throw new Error('no journeys template with steps');
  return JSON.parse(template.text) as Flow;
}

/**
 * The lifecycle actions over real HTTP, run once per store, with the server's clock under the
 * test's control (the three-month pause).
 */
export function describeLifecycle(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  let clock = new Date('2026-01-10T09:00:00Z');
  const tenants = {} as Record<Profile, { admin: string; adminId: string; tenantId: string }>;

  beforeAll(async () => {
    server = await startTestServer(store, { now: () => clock });
    call = apiClient(server);
    for (const profile of ['conversations', 'journeys', 'pipeline', 'contact-center'] as const) {
      const made = await makeTenant(server.database.db, `Lifecycle ${profile}`, profile);
      tenants[profile] = { admin: made.admin, adminId: made.adminId, tenantId: made.tenant.id };
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  async function create(profile: Profile, document: Flow = validFlow(`${profile} ${Math.random().toString(36).slice(2, 8)}`, profile)) {
    const res = await call<FlowDetail>('POST', '/v1/flows', { token: tenants[profile].admin, body: { document } });
    expect(res.status).toBe(201);
    return res.body;
  }
  const act = <T = FlowActionResult>(profile: Profile, id: string, action: FlowAction, revision = 1, token = tenants[profile].admin) =>
    call<T>('POST', `/v1/flows/${id}/actions/${action}`, { token, headers: { 'if-match': `"${revision}"` } });
  const summary = async (profile: Profile, id: string) =>
    (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: tenants[profile].admin })).body.flows.find((f) => f.id === id)!;

  it('conversations: draft -> published -> stopped -> published, stamping who published and when', async () => {
    const flow = await create('conversations');
    expect(flow.actions).toEqual(['publish']);
    const publisher = await makeToken(server.database.db, tenants.conversations.tenantId, ['flows:publish', 'flows:read'], null, 'Release bot');
    const published = await act('conversations', flow.id, 'publish', 1, publisher.token);
    expect(published.status).toBe(200);
    expect(published.headers.get('etag')).toBe('"1"');
    expect(published.body).toMatchObject({ from: 'draft', flow: { status: 'published', actions: ['stop'], publishedBy: publisher.id, publishedByLabel: 'Release bot', publishedAt: clock.toISOString() } });
    expect((await act('conversations', flow.id, 'stop')).body.flow.status).toBe('stopped');
    expect((await summary('conversations', flow.id)).actions).toEqual(['publish']);
    expect((await act('conversations', flow.id, 'publish')).body.flow.status).toBe('published');
  });

  it('conversations: stopping ejects the enrolled contacts and records how many', async () => {
    const flow = await create('conversations');
    await act('conversations', flow.id, 'publish');
    await enrolWaitingRuns(server.database.db, tenants.conversations.tenantId, flow.id, 42);
    const stopped = await act('conversations', flow.id, 'stop');
    expect(stopped.body.ejectedContacts).toBe(42);
    const audit = await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=20', { token: tenants.conversations.admin });
    const entry = audit.body.entries.find((e) => e.action === 'flow.stop' && e.targetId === flow.id);
    expect(entry).toMatchObject({ tokenId: tenants.conversations.adminId, detail: { from: 'published', to: 'stopped', ejectedContacts: 42 } });
    // Nobody is enrolled any more: stopping again after a republish ejects none.
    await act('conversations', flow.id, 'publish');
    expect((await act('conversations', flow.id, 'stop')).body.ejectedContacts).toBe(0);
  });

  it.each(['pipeline', 'contact-center'] as const)('%s: draft -> published, and nothing after', async (profile) => {
    const flow = await create(profile);
    expect((await act(profile, flow.id, 'publish')).body.flow).toMatchObject({ status: 'published', actions: [] });
    const again = await act<ApiErrorBody>(profile, flow.id, 'stop');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('allows no lifecycle action');
  });

  it('refuses an action the profile does not have, naming the ones it allows', async () => {
    const flow = await create('conversations');
    const res = await act<ApiErrorBody>('conversations', flow.id, 'start');
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('A draft conversations flow cannot start; it allows: publish.');
  });

  it('journeys: draft -> active -> paused -> active -> finalized, and a finalized journey never restarts', async () => {
    const flow = await create('journeys');
    expect(flow.actions).toEqual(['start']);
    expect((await act('journeys', flow.id, 'start')).body.flow).toMatchObject({ status: 'active', actions: ['pause', 'finalize'] });
    expect((await act('journeys', flow.id, 'pause')).body.flow).toMatchObject({ status: 'paused', actions: ['resume', 'finalize'] });
    expect((await act('journeys', flow.id, 'resume')).body.flow.status).toBe('active');
    expect((await act('journeys', flow.id, 'finalize')).body.flow).toMatchObject({ status: 'finalized', actions: ['duplicate'] });
    for (const action of ['start', 'resume'] as const) expect((await act('journeys', flow.id, action)).status).toBe(409);
  });

  // journeys-workflows.en.txt: "The start option only appears in workflows that are properly configured and are in draft."
  it('journeys: a draft with errors is not offered start in the list or its detail, and start refuses it; once fixed it is offered and starts', async () => {
    // A draft the tenant holds with an error (an e-mail without a subject), as an import of a journey to finish leaves one.
    const broken = { ...journeyWithSteps(), id: randomUUID() };
    broken.nodes = broken.nodes.map((node) => (node.id === 'reminder-email' ? { ...node, config: { ...node.config, subject: '' } } : node));
    const ctx = { tenantId: tenants.journeys.tenantId, tokenId: null, clientAddress: null, now: clock };
    await server.database.db.transaction((tx) => insertFlow(tx, ctx, broken, ''));

    expect((await summary('journeys', broken.id)).actions).toEqual([]);
    expect((await call<FlowDetail>('GET', `/v1/flows/${broken.id}`, { token: tenants.journeys.admin })).body.actions).toEqual([]);
    const refused = await act<ApiErrorBody>('journeys', broken.id, 'start');
    expect(refused.status).toBe(422);
    expect(refused.body.error.diagnostics?.map((d) => d.code)).toContain('CONFIG_REQUIRED');

    const fixed = { ...broken, nodes: journeyWithSteps().nodes };
    expect((await call('PUT', `/v1/flows/${broken.id}`, { token: tenants.journeys.admin, body: { document: fixed }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect((await summary('journeys', broken.id)).actions).toEqual(['start']);
    expect((await act('journeys', broken.id, 'start', 2)).body.flow.status).toBe('active');
  });

  it('journeys: paused over three months reads as finalized at once and is recorded when next acted on', async () => {
    const flow = await create('journeys');
    await act('journeys', flow.id, 'start');
    await act('journeys', flow.id, 'pause');
    const pausedAt = clock;
    try {
      clock = new Date(pausedAt.getTime() + 89 * DAY_MS);
      expect((await summary('journeys', flow.id)).status).toBe('paused');
      clock = new Date('2026-04-10T09:00:00Z'); // three calendar months to the minute
      const read = await call<FlowDetail>('GET', `/v1/flows/${flow.id}`, { token: tenants.journeys.admin });
      expect(read.body).toMatchObject({ status: 'finalized', actions: ['duplicate'] });
      const filtered = async (status: string) =>
        (await call<{ flows: FlowSummary[] }>('GET', `/v1/flows?status=${status}`, { token: tenants.journeys.admin })).body.flows.map((f) => f.id);
      expect(await filtered('finalized')).toContain(flow.id);
      expect(await filtered('paused')).not.toContain(flow.id);

      const resume = await act<ApiErrorBody>('journeys', flow.id, 'resume');
      expect(resume.status).toBe(409);
      expect(resume.body.error.message).toContain('finalized');
      const audit = await call<{ entries: AuditEntry[] }>('GET', '/v1/audit?limit=20', { token: tenants.journeys.admin });
      const entry = audit.body.entries.find((e) => e.action === 'flow.finalize' && e.targetId === flow.id);
      expect(entry).toMatchObject({ tokenId: null, detail: { automatic: true, finalizedAt: '2026-04-10T09:00:00.000Z' } });
    } finally {
      clock = pausedAt;
    }
  });

  it('journeys: a finalized journey is duplicated as a new draft that can start', async () => {
    const flow = await create('journeys');
    await act('journeys', flow.id, 'start');
    await act('journeys', flow.id, 'finalize');
    const copy = await call<FlowDetail>('POST', `/v1/flows/${flow.id}/duplicate`, { token: tenants.journeys.admin });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ status: 'draft', revision: 1, name: `${flow.name} (copy)`, actions: ['start'] });
    expect(copy.body.id).not.toBe(flow.id);
    expect(copy.body.document.nodes).toEqual(flow.document.nodes);
    expect((await act('journeys', copy.body.id, 'start')).body.flow.status).toBe('active');
  });

  it('journeys: a started journey takes config edits but refuses added or removed steps, naming them', async () => {
    const flow = await create('journeys', journeyWithSteps());
    await act('journeys', flow.id, 'start');
    const put = (document: Flow, revision: number) =>
      call<FlowDetail & ApiErrorBody>('PUT', `/v1/flows/${flow.id}`, { token: tenants.journeys.admin, body: { document }, headers: { 'if-match': `"${revision}"` } });

    const renamed = { ...flow.document, nodes: flow.document.nodes.map((node, i) => (i === 1 ? { ...node, name: 'Renamed step' } : node)) };
    const edited = await put(renamed, 1);
    expect(edited.status).toBe(200);
    expect(edited.body.status).toBe('active');

    const last = renamed.nodes[renamed.nodes.length - 1]!;
    const removed = { ...renamed, nodes: renamed.nodes.filter((n) => n !== last), edges: renamed.edges.filter((e) => e.source !== last.id && e.target !== last.id) };
    const refusedRemove = await put(removed, 2);
    expect(refusedRemove.status).toBe(409);
    expect(refusedRemove.body.error.message).toContain(`removed "${last.name || last.type}" (${last.id})`);

    const added = { ...renamed, nodes: [...renamed.nodes, { ...last, id: 'added-step', name: 'Added step', position: { x: 900, y: 900 } }] };
    const refusedAdd = await put(added, 2);
    expect(refusedAdd.status).toBe(409);
    expect(refusedAdd.body.error.message).toContain('added "Added step" (added-step)');
    expect((await call<FlowDetail>('GET', `/v1/flows/${flow.id}`, { token: tenants.journeys.admin })).body.revision).toBe(2);
  });

  // journeys-workflows.en.txt: "it will only be possible to edit some of the configurations of certain nodes, and it
  // won't be possible to add or remove nodes."
  it('journeys: a started journey takes only the fields its steps declare editable while running, and no rewiring, naming step and field', async () => {
    const flow = await create('journeys', { ...journeyWithSteps(), id: randomUUID() });
    await act('journeys', flow.id, 'start');
    await act('journeys', flow.id, 'pause');
    const put = (document: Flow, revision: number) =>
      call<FlowDetail & ApiErrorBody>('PUT', `/v1/flows/${flow.id}`, { token: tenants.journeys.admin, body: { document }, headers: { 'if-match': `"${revision}"` } });
    const configOf = (document: Flow, id: string, change: Record<string, unknown>): Flow => ({
      ...document,
      nodes: document.nodes.map((node) => (node.id === id ? { ...node, config: { ...node.config, ...change } } : node)),
    });

    const corrected = configOf(configOf(flow.document, 'reminder-email', { subject: 'Still thinking about it?' }), 'wait-1d', { duration: 2 * 86_400 });
    const saved = await put(corrected, 1);
    expect(saved.status).toBe(200);
    expect(saved.body.status).toBe('paused');

    const sender = await put(configOf(corrected, 'reminder-email', { senderName: 'Someone else' }), 2);
    expect(sender.status).toBe(409);
    expect(sender.body.error.message).toContain('"senderName" of step');
    expect(sender.body.error.message).toContain('(reminder-email)');

    const rewired = { ...corrected, edges: corrected.edges.map((edge) => (edge.id === 'check-1.no' ? { ...edge, target: 'end' } : edge)) };
    const refusedRewire = await put(rewired, 2);
    expect(refusedRewire.status).toBe(409);
    expect(refusedRewire.body.error.message).toMatch(/removed connection .*\(check-1\) → .*\(reminder-email\)/);
    expect(refusedRewire.body.error.message).toMatch(/added connection .*\(check-1\) → .*\(end\)/);
    expect((await call<FlowDetail>('GET', `/v1/flows/${flow.id}`, { token: tenants.journeys.admin })).body.revision).toBe(2);
  });

  // conversations-workflows.es.txt: "Para editar un flujo de trabajo publicado, debe detener el flujo de trabajo."
  it('conversations: a published workflow refuses a save with 409 until stopped; once stopped it saves and stays stopped', async () => {
    const flow = await create('conversations');
    await act('conversations', flow.id, 'publish');
    const put = (revision: number) =>
      call<FlowDetail & ApiErrorBody>('PUT', `/v1/flows/${flow.id}`, { token: tenants.conversations.admin, body: { document: { ...flow.document, description: 'Edited' } }, headers: { 'if-match': `"${revision}"` } });
    const refused = await put(1);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('is published: stop it before changing it');
    expect(await summary('conversations', flow.id)).toMatchObject({ status: 'published', revision: 1 });

    await act('conversations', flow.id, 'stop');
    const saved = await put(1);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'stopped', revision: 2, actions: ['publish'] });
  });

  it('refuses to publish a flow that forms a loop with the tenant\'s other flows, with the loop as a diagnostic', async () => {
    const [first, second] = readdirSync(LOOP_FIXTURES).map((file) => JSON.parse(readFileSync(join(LOOP_FIXTURES, file), 'utf8')) as Flow);
    const a = await create('conversations', first);
    const b = await create('conversations', second);
    const refused = await act<ApiErrorBody>('conversations', a.id, 'publish');
    expect(refused.status).toBe(422);
    expect(refused.body.error.diagnostics?.map((d) => d.code)).toContain('LOOP_CROSS_FLOW');
    expect((await summary('conversations', a.id)).status).toBe('draft');
    // Break the loop by removing the other flow: now it publishes.
    expect((await call('DELETE', `/v1/flows/${b.id}`, { token: tenants.conversations.admin, headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect((await act('conversations', a.id, 'publish')).status).toBe(200);
  });

  it('acts only on the revision the caller saw: a stale or missing If-Match is refused and nothing changes', async () => {
    const flow = await create('conversations');
    const edited = await call('PUT', `/v1/flows/${flow.id}`, { token: tenants.conversations.admin, body: { document: { ...flow.document, name: 'Edited' } }, headers: { 'if-match': '"1"' } });
    expect(edited.status).toBe(200);
    const stale = await act<ApiErrorBody>('conversations', flow.id, 'publish', 1);
    expect(stale.status).toBe(412);
    const missing = await call('POST', `/v1/flows/${flow.id}/actions/publish`, { token: tenants.conversations.admin });
    expect(missing.status).toBe(428);
    expect((await summary('conversations', flow.id)).status).toBe('draft');
  });

  it('needs the flows:publish scope for actions and flows:write to duplicate', async () => {
    const flow = await create('conversations');
    const writer = await makeToken(server.database.db, tenants.conversations.tenantId, ['flows:read', 'flows:write']);
    expect((await act('conversations', flow.id, 'publish', 1, writer.token)).status).toBe(403);
    expect((await call('POST', `/v1/flows/${flow.id}/duplicate`, { token: writer.token })).status).toBe(201);
  });

  it('answers an unknown action with 400', async () => {
    const flow = await create('conversations');
    const res = await call<ApiErrorBody>('POST', `/v1/flows/${flow.id}/actions/launch`, { token: tenants.conversations.admin, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('path.action');
  });
}
