import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { apiClient } from './api-client';
import { packOfFlows } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant } from './tenant-fixtures';

/**
 * `expectedRevisions` on POST /v1/imports: an If-Match per flow, so an import never replaces a
 * change made on the tenant after its client last read the flow (nothing is ever
 * overwritten unasked: on the tenant `If-Match`, from the editor and from the CLI alike).
 */
export function describeImportExpectations(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = <T = ImportReport>(token: string, body: Record<string, unknown>) =>
    call<T>('POST', '/v1/imports', { token, body, headers: { 'idempotency-key': randomUUID() } });
  const revisions = async (token: string) => (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token })).body.flows.map((flow) => `${flow.id}@${flow.revision}`);

  /** A pack of one workflow, and the workflow's id. */
  const pack = packOfFlows(1);
  const FLOW_ID = String(pack.flows[0]!.id);

  /** A tenant holding the pack's workflow at revision 1, which a colleague then saves as revision 2. */
  async function tenantWithColleagueEdit(name: string) {
    const { admin } = await makeTenant(server.database.db, name);
    expect((await post(admin, { mode: 'apply', pack })).status).toBe(201);
    const { body: flow } = await call<FlowDetail>('GET', `/v1/flows/${FLOW_ID}`, { token: admin });
    const edited = { ...flow.document, description: 'Edited by a colleague' };
    const saved = await call<FlowDetail>('PUT', `/v1/flows/${FLOW_ID}`, { token: admin, body: { document: edited }, headers: { 'if-match': '"1"' } });
    expect(saved.body.revision).toBe(2);
    return admin;
  }

  it('refuses an import over a flow saved since the revision the client expects with 412 naming the flow, in a dry-run and an apply, importing nothing', async () => {
    const admin = await tenantWithColleagueEdit('Expecting tenant');
    const before = await revisions(admin);
    for (const mode of ['dry-run', 'apply']) {
      const refused = await post<ApiErrorBody>(admin, { mode, pack, expectedRevisions: { [FLOW_ID]: 1 } });
      expect(refused.status).toBe(412);
      expect(refused.body.error.code).toBe('precondition_failed');
      expect(refused.body.error.message).toContain(`"Workflow 1" (${FLOW_ID}) is at revision 2, not 1`);
    }
    expect(await revisions(admin)).toEqual(before);
    const { body: flow } = await call<FlowDetail>('GET', `/v1/flows/${FLOW_ID}`, { token: admin });
    expect(flow.document.description).toBe('Edited by a colleague');
  });

  it('applies when the flow is at the expected revision', async () => {
    const admin = await tenantWithColleagueEdit('Current tenant');
    const applied = await post(admin, { mode: 'apply', pack, expectedRevisions: { [FLOW_ID]: 2 } });
    expect(applied.status).toBe(201);
    expect(applied.body.flows[0]).toMatchObject({ action: 'update', revision: 3 });
  });

  it('refuses to create again a flow deleted since the client read it', async () => {
    const admin = await tenantWithColleagueEdit('Deleting tenant');
    expect((await call('DELETE', `/v1/flows/${FLOW_ID}`, { token: admin, headers: { 'if-match': '"2"' } })).status).toBe(200);
    const refused = await post<ApiErrorBody>(admin, { mode: 'apply', pack, expectedRevisions: { [FLOW_ID]: 2 } });
    expect(refused.status).toBe(412);
    expect(refused.body.error.message).toMatch(/"Workflow 1" \(.*\) was deleted from this tenant since revision 2/);
    expect(await revisions(admin)).toEqual([]);
  });

  it('checks only the flows the import writes over: a copy beside a changed flow goes ahead', async () => {
    const admin = await tenantWithColleagueEdit('Copying tenant');
    const decisions = { flows: { [FLOW_ID]: { action: 'copy' } } };
    const copied = await post(admin, { mode: 'apply', pack, decisions, expectedRevisions: { [FLOW_ID]: 1 } });
    expect(copied.status).toBe(201);
    expect(copied.body.flows[0]).toMatchObject({ action: 'copy', revision: 1 });
    expect(await revisions(admin)).toContain(`${FLOW_ID}@2`);
  });
}
