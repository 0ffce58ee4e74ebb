import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Flow } from '../../shared/format/flow-schema';
import { deployPack } from '../../shared/pack/deploy-pack';
import { flowContentHash } from '../../shared/format/content-hash';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { apiClient } from './api-client';
import { ONBOARDING_FLOW_ID, onboardingPack } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant } from './tenant-fixtures';

type Call = ReturnType<typeof apiClient>;

/** The onboarding flow as a tenant holds it after an admin set it up: its e-mail active with a sender, its client-feed post with an author. */
function onboardingFlow(): Flow {
  return structuredClone(onboardingPack().flows[0]) as unknown as Flow;
}

const nodeConfig = (flow: Flow, id: string) => flow.nodes.find((node) => node.id === id)!.config;

/** Pushes of workspace flows (`purpose: "deploy"`) over real HTTP, run once per store. */
export function describeDeploys(store: TestStore): void {
  let server: TestServer;
  let call: Call;

  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (token: string, body: Record<string, unknown>) =>
    call<ImportReport>('POST', '/v1/imports', { token, body, headers: { 'idempotency-key': randomUUID() } });
  const tenantFlow = async (token: string) => (await call<FlowDetail>('GET', `/v1/flows/${ONBOARDING_FLOW_ID}`, { token })).body;

  /** A tenant holding the onboarding flow (revision 1), and the flow as a workspace file would hold it. */
  async function tenantWithOnboarding(name: string) {
    const { admin } = await makeTenant(server.database.db, name, 'pipeline');
    const created = await call('POST', '/v1/flows', { token: admin, body: { document: onboardingFlow() } });
    expect(created.status).toBe(201);
    return admin;
  }

  /** The deploy body of `flows`: as the CLI and the editor send workspace flows. */
  const deployBody = (mode: 'dry-run' | 'apply', flows: Flow[]) => {
    const { pack } = deployPack(flows, { name: 'Push', generator: 'flowpack-test' });
    return { mode, purpose: 'deploy', pack: pack! };
  };

  it('keeps the sender a deployed file leaves empty, and the tenant’s author and active e-mail; the next deploy is not refused', async () => {
    const admin = await tenantWithOnboarding('Deploy tenant');
    const held = (await tenantFlow(admin)).document;
    // given: the admin's file, with an edited description and the e-mail's sender left as a placeholder
    const file = onboardingFlow();
    file.description = 'Onboarding, reviewed by the sales team';
    nodeConfig(file, 'welcome-email').sender = { $ref: 'user' };

    // when: the tenant plans the deploy
    const dry = await post(admin, deployBody('dry-run', [file]));
    expect(dry.status).toBe(201);
    const [planned] = dry.body.flows;
    expect(planned).toMatchObject({ action: 'update', targetId: ONBOARDING_FLOW_ID });
    const sender = planned!.references.find((ref) => ref.nodeId === 'welcome-email' && ref.path.at(-1) === 'sender');
    expect(sender).toMatchObject({ kind: 'user', outcome: 'kept', target: { id: 'usr_20931', name: 'Marina Costa' } });
    expect(sender!.message).toMatch(/^Kept from the tenant/);
    expect(dry.body.summary.references.kept).toBeGreaterThanOrEqual(1);
    expect(dry.body.summary.errors).toBe(0);
    expect(dry.body.warnings.map((warning) => warning.code)).not.toContain('REF_REMOVED');

    // then: the apply does what the dry-run said
    const applied = await post(admin, deployBody('apply', [file]));
    expect(applied.status).toBe(201);
    expect(applied.body.flows.map(({ revision: _revision, contentHash: _hash, ...flow }) => flow)).toEqual(dry.body.flows);
    expect(applied.body.flows[0]!.revision).toBe(2);
    const after = await tenantFlow(admin);
    expect(after.revision).toBe(2);
    // The report says what the tenant stored, which is not the file: the sender and the author were kept.
    expect(applied.body.flows[0]!.contentHash).toBe(flowContentHash(after.document));
    expect(applied.body.flows[0]!.contentHash).not.toBe(flowContentHash(file));
    expect(dry.body.flows[0]).not.toHaveProperty('contentHash');
    expect(after.document.description).toBe('Onboarding, reviewed by the sales team');
    expect(nodeConfig(after.document, 'welcome-email')).toMatchObject({ active: true, sender: nodeConfig(held, 'welcome-email').sender });
    expect(nodeConfig(after.document, 'welcome-email').attachments).toEqual(nodeConfig(held, 'welcome-email').attachments);
    expect(nodeConfig(after.document, 'client-feed-post')).toMatchObject({ active: true, author: nodeConfig(held, 'client-feed-post').author });

    // and: deploying the same file again is not refused, and still keeps them
    const again = await post(admin, deployBody('apply', [file]));
    expect(again.status).toBe(201);
    expect(again.body.summary.errors).toBe(0);
    const second = await tenantFlow(admin);
    expect(second.revision).toBe(3);
    expect(nodeConfig(second.document, 'welcome-email')).toMatchObject({ active: true, sender: nodeConfig(held, 'welcome-email').sender });
  });

  it('puts back a sender the deployed file lacks altogether', async () => {
    const admin = await tenantWithOnboarding('Absent sender tenant');
    const file = onboardingFlow();
    delete nodeConfig(file, 'welcome-email').sender;
    const applied = await post(admin, deployBody('apply', [file]));
    expect(applied.status).toBe(201);
    const kept = applied.body.flows[0]!.references.filter((ref) => ref.outcome === 'kept').map((ref) => ref.path.join('.'));
    expect(kept).toContain('nodes.3.config.sender');
    expect(nodeConfig((await tenantFlow(admin)).document, 'welcome-email').sender).toEqual({ $ref: 'user', id: 'usr_20931', name: 'Marina Costa' });
  });

  it('reports the content hash of each document it stored, created ones with the ids of the entities it created filled in', async () => {
    const { admin } = await makeTenant(server.database.db, 'Stored hash tenant', 'pipeline');
    const file = onboardingFlow();
    const applied = await post(admin, deployBody('apply', [file]));
    expect(applied.status).toBe(201);
    const [written] = applied.body.flows;
    expect(written).toMatchObject({ action: 'create', revision: 1 });
    const stored = await tenantFlow(admin);
    expect(written!.contentHash).toBe(flowContentHash(stored.document));
    expect(written!.contentHash).not.toBe(flowContentHash(file));
  });

  it('links what a deploy names and the tenant has, and leaves what it lacks to configure, dropping nothing', async () => {
    const { admin } = await makeTenant(server.database.db, 'Fresh deploy tenant', 'pipeline');
    const dry = await post(admin, deployBody('dry-run', [onboardingFlow()]));
    expect(dry.status).toBe(201);
    const outcomes = Object.fromEntries(dry.body.flows[0]!.references.map((ref) => [ref.path.slice(1).join('.'), ref.outcome]));
    // A new flow has nothing to keep: a user the tenant lacks is a placeholder to choose, not removed.
    expect(outcomes).toMatchObject({ '3.config.sender': 'placeholder', '5.config.author': 'placeholder', '1.config.tags.0': 'created' });
    expect(dry.body.summary.references.removed).toBe(0);
  });

  it('a shared pack over the same flow still follows the arrival rules: "serão instaladas inativas e sem um usuário selecionado (autor ou remetente do e-mail)" (pipeline-export.pt.txt)', async () => {
    const admin = await tenantWithOnboarding('Share over deploy tenant');
    const applied = await post(admin, { mode: 'apply', pack: onboardingPack() });
    expect(applied.status).toBe(201);
    expect(applied.body.summary.references.kept).toBe(0);
    const email = nodeConfig((await tenantFlow(admin)).document, 'welcome-email');
    expect(email.active).toBe(false);
    expect(email.sender).toBeUndefined();
  });
}
