import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { serializeFlow } from '../../shared/format/flow-file';
import type { FlowSummary } from '../../shared/tenant-api/flows';
import { STUDIO_CLIENT_ID } from '../../shared/tenant-api/sign-in';
import { postForm } from '../../server/test/sign-in-browser';
import { makePerson, makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { loginWithDevice } from './device-sign-in';
import { makeTempFolder, runCli } from './run-cli';

let server: TestServer;
let config: ReturnType<typeof makeTempFolder>;
let person: Awaited<ReturnType<typeof makePerson>>;
let tenantAdmin: string;
/** The CLI's environment: its own config folder, no token, so only the signed-in session can reach the tenant. */
const env = () => ({ XDG_CONFIG_HOME: config.path, FLOWPACK_TOKEN: '' });
const sessionFile = () => join(config.path, 'flowpack', 'sessions.json');

beforeAll(async () => {
  server = await startTestServer('pglite');
  config = makeTempFolder();
  const tenant = await makeTenant(server.database.db, 'CLI sign-in tenant');
  tenantAdmin = tenant.admin;
  person = await makePerson(server.database.db, tenant.tenant.id, 'editor', 'Cleo Terminal');
});
afterAll(async () => {
  await server?.close();
  config?.remove();
});

describe('flowpack login and logout: a session kept for the terminal', () => {
  it('login prints the address and code, waits for the person to allow access on the device page, and keeps the session readable by the user only', async () => {
    const run = await loginWithDevice(server.url, person.user.email, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`open ${server.url}/oidc/device and enter the code`);
    expect(run.stdout).toContain(`Signed in to CLI sign-in tenant as Cleo Terminal <${person.user.email}> (editor)`);
    expect(run.page).toContain('is signed in');
    const file = sessionFile();
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { sessions: Record<string, { refreshToken: string }> };
    expect(Object.keys(kept.sessions)).toEqual([server.url]);
  });

  it('tenant commands use the signed-in session when no token is given: push, then list', async () => {
    const folder = makeTempFolder();
    try {
      const flow = createFlow({ profile: 'conversations', name: 'Pushed while signed in' });
      writeFileSync(join(folder.path, 'flowpack.workspace.json'), '{}\n');
      writeFileSync(join(folder.path, 'signed-in.flow.json'), serializeFlow(flow));
      const push = await runCli(['push', join(folder.path, 'signed-in.flow.json'), '--tenant', server.url, '--yes'], { env: env() });
      expect(push.stderr).toBe('');
      expect(push.code).toBe(0);
      const listed = (await (await fetch(`${server.url}/v1/flows`, { headers: { authorization: `Bearer ${tenantAdmin}` } })).json()) as { flows: FlowSummary[] };
      const pushed = listed.flows.find((summary) => summary.id === flow.id);
      expect(pushed?.createdByUser?.id).toBe(person.user.id);
      const status = await runCli(['revisions', flow.id, '--tenant', server.url], { env: env() });
      expect(status.code).toBe(0);
      expect(status.stdout).toContain('Cleo Terminal');
    } finally {
      folder.remove();
    }
  });

  it('logout revokes the session at the tenant and deletes the file: the old refresh token no longer works', async () => {
    const kept = JSON.parse(readFileSync(sessionFile(), 'utf8')) as { sessions: Record<string, { refreshToken: string }> };
    const refreshToken = kept.sessions[server.url]!.refreshToken;
    const run = await runCli(['logout', '--tenant', server.url], { env: env() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Signed out of CLI sign-in tenant');
    expect(existsSync(sessionFile())).toBe(false);
    const refreshed = await postForm(server.url, '/token', { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: STUDIO_CLIENT_ID });
    expect(refreshed.status).toBe(400);
    const after = await runCli(['revisions', '00000000-0000-4000-8000-000000000000', '--tenant', server.url], { env: env() });
    expect(after.code).toBe(2);
    expect(after.stderr).toContain('flowpack login --tenant <url>');
  });
});
