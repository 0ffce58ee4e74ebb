import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { deployPack } from '../../shared/pack/deploy-pack';
import type { Pack } from '../../shared/pack/pack-schema';
import { generateKeyPair, privateKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import type { AuditEntry } from '../../shared/tenant-api/audit';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowSummary } from '../../shared/tenant-api/flows';
import type { ImportReport } from '../../shared/tenant-api/imports';
import { forgetTenantKey, trustTenantKey } from '../store/trusted-keys-store';
import { apiClient } from './api-client';
import { onboardingPack } from './import-fixtures';
import { makeTenant } from './tenant-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';

type Call = ReturnType<typeof apiClient>;

const TRAINER = generateKeyPair('Ana Trainer', new Uint8Array(32).fill(3));
const MALLORY = generateKeyPair('Mallory', new Uint8Array(32).fill(4));

/** The onboarding pack as its trainer exports it: "Ana Trainer" as the author. */
const byTrainer = (): Pack => ({ ...onboardingPack(), manifest: { ...onboardingPack().manifest, author: 'Ana Trainer' } });
const asSent = (pack: object) => JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;

/** A tenant's signature policy (its list of trusted keys) over real HTTP, run once per store. */
export function describeImportSignatures(store: TestStore): void {
  let server: TestServer;
  let call: Call;
  beforeAll(async () => {
    server = await startTestServer(store);
    call = apiClient(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = <T = ImportReport>(token: string, body: Record<string, unknown>) =>
    call<T>('POST', '/v1/imports', { token, body, headers: { 'idempotency-key': randomUUID() } });

  /** A pipeline tenant that trusts the trainer's key. */
  async function trustingTenant(name: string) {
    const made = await makeTenant(server.database.db, name, 'pipeline');
    await trustTenantKey(server.database.db, made.tenant.id, TRAINER, new Date());
    return made;
  }
  const flowCount = async (token: string) => (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token })).body.flows.length;

  it('imports a pack signed by a trusted key, and reports it valid with its author', async () => {
    const { admin } = await trustingTenant('Trusting tenant');
    const res = await post(admin, { mode: 'apply', pack: asSent(signPack(byTrainer(), privateKeyFile(TRAINER))) });
    expect(res.status).toBe(201);
    expect(res.body.pack.signature).toEqual({ status: 'valid', author: 'Ana Trainer', fingerprint: TRAINER.fingerprint });
  });

  it('refuses with 422 a pack whose signature was removed, saying it is not signed and whom it claims to be from; nothing imported', async () => {
    const { admin } = await trustingTenant('Stripped tenant');
    const { signature: _removed, ...stripped } = signPack(byTrainer(), privateKeyFile(TRAINER));
    for (const mode of ['dry-run', 'apply']) {
      const res = await post<ApiErrorBody>(admin, { mode, pack: asSent(stripped) });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toBe(
        'This tenant imports only packs signed by a key it trusts: the pack is not signed (it never was, or its signature was removed); ' +
          `the pack claims to be from "Ana Trainer", whose trusted key is ${TRAINER.fingerprint}, but it is not signed. Nothing was imported.`,
      );
    }
    expect(await flowCount(admin)).toBe(0);
  });

  it('refuses with 422 a pack re-signed with another key claiming the same author, naming that key', async () => {
    const { admin } = await trustingTenant('Forged tenant');
    const forged = signPack(byTrainer(), privateKeyFile({ ...MALLORY, author: 'Ana Trainer' }));
    const res = await post<ApiErrorBody>(admin, { mode: 'apply', pack: asSent(forged) });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain(`the pack is signed by a key that is not trusted (key ${MALLORY.fingerprint})`);
    expect(res.body.error.message).toContain(`whose trusted key is ${TRAINER.fingerprint}, but it is signed by another key (${MALLORY.fingerprint})`);
    expect(await flowCount(admin)).toBe(0);
  });

  it('refuses a tampered pack even with allowTampered, and records no import in the audit log', async () => {
    const { admin } = await trustingTenant('Tampered policy tenant');
    const signed = signPack(byTrainer(), privateKeyFile(TRAINER));
    const changed = { ...signed, manifest: { ...signed.manifest, name: 'Changed after signing' } };
    const res = await post<ApiErrorBody>(admin, { mode: 'apply', pack: asSent(changed), allowTampered: true });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^This tenant imports only packs signed by a key it trusts: the pack was changed after it was signed/);
    const audit = (await call<{ entries: AuditEntry[] }>('GET', '/v1/audit', { token: admin })).body.entries;
    expect(audit.map((entry) => entry.action)).not.toContain('import.apply');
    expect(audit.map((entry) => entry.action)).toContain('key.trust');
  });

  it('asks for no signature once its last key is forgotten, and never of a deploy of its own flows', async () => {
    const { admin, tenant } = await trustingTenant('Deploying tenant');
    const { pack: deploy } = deployPack([createFlow({ profile: 'pipeline', name: 'Intake' })], { name: 'Push', generator: 'flowpack-test' });
    expect((await post(admin, { mode: 'dry-run', purpose: 'deploy', pack: asSent(deploy!) })).status).toBe(201);
    expect((await post(admin, { mode: 'dry-run', pack: asSent(onboardingPack()) })).status).toBe(422);
    await forgetTenantKey(server.database.db, tenant.id, TRAINER.fingerprint, new Date());
    const unsigned = await post(admin, { mode: 'dry-run', pack: asSent(onboardingPack()) });
    expect(unsigned.status).toBe(201);
    expect(unsigned.body.pack.signature).toEqual({ status: 'unsigned' });
  });
}
