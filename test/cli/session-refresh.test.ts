import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { serializeFlow } from '../../shared/format/flow-file';
import { holderProcess, killed } from '../../node/services/file-lock.testing';
import { makePerson, makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { loginWithDevice } from './device-sign-in';
import { makeTempFolder, runCli } from './run-cli';
import { startSlowProxy } from './slow-proxy';
import type { SlowProxy } from './slow-proxy';

interface SessionsFile {
  version: 1;
  sessions: Record<string, { refreshToken: string; accessToken?: string; accessTokenExpiresAt?: number }>;
}

let proxy: SlowProxy;
let server: TestServer;
let config: ReturnType<typeof makeTempFolder>;
let workspace: ReturnType<typeof makeTempFolder>;
/** The CLI's environment: its own config folder, no token, so only the signed-in session can reach the tenant. */
const env = () => ({ XDG_CONFIG_HOME: config.path, FLOWPACK_TOKEN: '' });
const sessionFile = () => join(config.path, 'flowpack', 'sessions.json');
const readSessions = () => JSON.parse(readFileSync(sessionFile(), 'utf8')) as SessionsFile;

// The tenant is reached through a proxy (its public address, so the provider's issuer) that can
// make the provider's token endpoint slow: the two commands' renewals then overlap every time.
beforeAll(async () => {
  proxy = await startSlowProxy();
  server = await startTestServer('pglite', { signIn: { publicUrl: proxy.url } });
  proxy.target = server.url;
  config = makeTempFolder();
  workspace = makeTempFolder();
  const tenant = await makeTenant(server.database.db, 'Two commands tenant');
  const person = await makePerson(server.database.db, tenant.tenant.id, 'editor', 'Sam Script');
  const login = await loginWithDevice(proxy.url, person.user.email, env());
  expect(login.stderr).toBe('');
  expect(login.code).toBe(0);
  writeFileSync(join(workspace.path, 'flowpack.workspace.json'), '{}\n');
});
afterAll(async () => {
  await server?.close();
  await proxy?.close();
  config?.remove();
  workspace?.remove();
});

describe('a signed-in session shared by commands running at once', () => {
  it('two commands started together that both find the access token expired renew it once: both succeed and the session keeps working', async () => {
    // given a session whose access token has expired, and a provider slow to renew it
    const before = readSessions();
    before.sessions[proxy.url]!.accessTokenExpiresAt = 0;
    writeFileSync(sessionFile(), JSON.stringify(before));
    const refreshToken = before.sessions[proxy.url]!.refreshToken;
    proxy.slowDown((method, path) => method === 'POST' && path.startsWith('/oidc/token'), 1_500);
    const files = ['first', 'second'].map((name) => {
      const file = join(workspace.path, `${name}.flow.json`);
      writeFileSync(file, serializeFlow(createFlow({ profile: 'conversations', name: `Pushed by the ${name} command` })));
      return file;
    });

    // when a script pushes two flows with two commands at once
    const runs = await Promise.all(files.map((file) => runCli(['push', file, '--tenant', proxy.url, '--yes'], { env: env() })));

    // then both succeed, one renewal was made (the other command used its token), and a third command still gets in
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    expect(proxy.held).toHaveLength(1);
    const after = readSessions().sessions[proxy.url]!;
    expect(after.refreshToken).not.toBe(refreshToken);
    expect(after.accessTokenExpiresAt).toBeGreaterThan(Date.now());
    const third = await runCli(['status', '--tenant', proxy.url, workspace.path], { env: env() });
    expect(third.stderr).toBe('');
    expect(third.code).toBe(0);
  });

  it('a command that waits too long for another to renew the session stops with a message saying so, and the session is left as it was', async () => {
    // given a session to renew, and another command holding the sessions file (alive, so never taken over)
    const before = readSessions();
    before.sessions[proxy.url]!.accessTokenExpiresAt = 0;
    writeFileSync(sessionFile(), JSON.stringify(before));
    const holder = await holderProcess(sessionFile(), 10_000);
    let run;
    try {
      // when a command needs the session renewed
      run = await runCli(['status', '--tenant', proxy.url, workspace.path], { env: env() });
    } finally {
      await killed(holder);
    }
    // then it gives up after its bounded wait, saying why, and changed nothing
    expect(run.stderr).toBe(`flowpack: the sign-in sessions file ${sessionFile()} was kept locked by another flowpack command for over 20 s; try again when it has finished\n`);
    expect(run.code).toBe(2);
    expect(readSessions()).toEqual(before);
  });
});
