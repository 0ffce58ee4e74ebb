import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import type { TenantFetch } from '../../shared/tenant-api/http/fetch-port';
import { makeTempFolder } from '../services/temp-workspace.testing';
import { createWorkspaceHandlers } from '../services/workspace-handlers';
import type { WorkspaceService } from '../services/workspace-handlers';
import { createFlow } from '../../shared/catalog/create-flow';
import { serializeFlow } from '../../shared/format/flow-file';
import { withHostCallLog } from './host-call-log';
import { openSupportLog } from './open-support-log';
import type { SupportLog } from './support-log';
import { redactLogText } from './support-log';
import { withTenantRequestLog } from './tenant-request-log';

// What must never reach the file: a tenant token as the server issues them, a step's text, a query's secret.
const TOKEN = 'fpt_Zk3mQ9xV2bL7nR4tW8yA1cE5gJ0hK6pS3uD9fX2vB7q';
const FLOW_TEXT = 'Your card ending 4242 was charged by Acme Widgets';
const QUERY_SECRET = 'state=do-not-log-me';

let base: string;
let removeBase: () => Promise<void>;
let logsDir: string;
let workspace: WorkspaceService;
let log: SupportLog;
let handlers: HostHandlers;
let requests: { url: string; headers: Record<string, string>; body: string | undefined }[];

/** A tenant that echoes everything it was sent, token included, in a refusal: the worst case for a log. */
const echoingTenant: TenantFetch = async (url, init) => {
  requests.push({ url, headers: init.headers, body: init.body });
  const body = JSON.stringify({ error: { code: 'unauthorized', message: `token ${init.headers.authorization ?? ''} refused for ${url} with ${init.body ?? ''}` } });
  return { status: 401, headers: { get: (name) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) }, text: async () => body };
};

async function logText(): Promise<string> {
  await log.flushed();
  const names = await readdir(logsDir);
  return (await Promise.all(names.map((name) => readFile(join(logsDir, name), 'utf8')))).join('');
}

beforeEach(async () => {
  ({ folder: base, remove: removeBase } = await makeTempFolder('flowpack-support-log-'));
  const root = join(base, 'workspace');
  await mkdir(root);
  logsDir = join(base, 'logs');
  requests = [];
  log = openSupportLog({ dir: logsDir, host: 'browser-host', start: { version: '9.9.9' } });
  workspace = createWorkspaceHandlers({
    root,
    appDataDir: join(base, 'app-data'),
    builtinTemplates: () => [],
    emit: () => {},
    watch: false,
    tenantFetch: withTenantRequestLog(echoingTenant, log),
  });
  handlers = withHostCallLog(workspace.handlers as HostHandlers, log);
});

afterEach(async () => {
  workspace.close();
  await log.flushed();
  await removeBase();
});

describe('the support log: what the app did, never tokens, flow content or query strings', () => {
  it('writes a start line, each host call by name with its error code, and each tenant request by route and status', async () => {
    // given a flow with text of its own, saved, then saved again over a newer file (refused)
    const flow = createFlow({ profile: 'conversations', name: FLOW_TEXT });
    const flowFile = serializeFlow({ ...flow, description: FLOW_TEXT });
    expect((await dispatchHostCall(handlers, 'flow:write', { path: 'billing.flow.json', text: flowFile, baseRevision: null })).ok).toBe(true);
    const refused = await dispatchHostCall(handlers, 'flow:write', { path: 'billing.flow.json', text: flowFile, baseRevision: null });
    expect(refused.ok).toBe(false);

    // and a tenant added with a token, then asked who it is: it refuses, echoing the token
    const added = await dispatchHostCall(handlers, 'tenants:add', { name: 'Acme', url: 'http://127.0.0.1:9', token: TOKEN, allowUnprotected: true });
    expect(added.ok).toBe(true);
    const id = (added as { ok: true; result: { connection: { id: string } } }).result.connection.id;
    const tested = await dispatchHostCall(handlers, 'tenants:test', { id });
    expect(tested).toMatchObject({ ok: false, error: { code: 'REMOTE' } });
    expect(requests[0]?.headers.authorization).toContain(TOKEN);

    // then the log says what happened
    const lines = (await logText()).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ event: 'start', host: 'browser-host', version: '9.9.9', platform: process.platform });
    expect(lines).toContainEqual(expect.objectContaining({ event: 'host-call', name: 'flow:write', outcome: 'ok' }));
    expect(lines).toContainEqual(expect.objectContaining({ event: 'host-call', name: 'flow:write', outcome: 'failed', code: (refused as { error: { code: string } }).error.code }));
    expect(lines).toContainEqual(expect.objectContaining({ event: 'tenant-request', method: 'GET', route: '/v1/tenant', status: 401 }));
    expect(lines).toContainEqual(expect.objectContaining({ event: 'host-call', name: 'tenants:test', outcome: 'failed', code: 'REMOTE' }));

    // and nothing of the token or the flow
    const text = await logText();
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.slice(4, 20));
    expect(text).not.toContain('Acme Widgets');
    expect(text).not.toContain('4242');
  });

  it('keeps an unexpected failure\'s class and place but not its message, which may quote a flow or a token', async () => {
    const failing = withHostCallLog({ ...(workspace.handlers as HostHandlers), 'flow:read': async () => {
      throw new TypeError(`cannot read ${FLOW_TEXT} with ${TOKEN}`);
    } }, log);
    const response = await dispatchHostCall(failing, 'flow:read', { path: 'billing.flow.json' });
    expect(response).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });

    const line = (await logText()).trimEnd().split('\n').map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.name === 'flow:read');
    expect(line).toMatchObject({ outcome: 'failed', code: 'INTERNAL', error: 'TypeError' });
    expect(line?.at).toMatch(/support-log-redaction\.test\.ts/);
    const text = await logText();
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('Acme Widgets');
  });

  it('writes a tenant request\'s route template, never its address\'s host, ids, query, headers or body', async () => {
    const fetch = withTenantRequestLog(echoingTenant, log);
    const flowId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
    await fetch(`https://acme.example/tenant-a/v1/flows/${flowId}/revisions?${QUERY_SECRET}`, {
      method: 'GET',
      headers: { authorization: `Bearer ${TOKEN}` },
      signal: new AbortController().signal,
      redirect: 'manual',
    });
    await fetch(`https://acme.example/v1/flows/${flowId}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ document: { name: FLOW_TEXT } }),
      signal: new AbortController().signal,
      redirect: 'manual',
    });
    const refused: TenantFetch = async () => {
      throw Object.assign(new TypeError(`fetch failed for ${TOKEN}`), { cause: { code: 'ECONNREFUSED', message: TOKEN } });
    };
    await expect(withTenantRequestLog(refused, log)(`https://acme.example/oauth/token?${QUERY_SECRET}`, { method: 'POST', headers: {}, body: `code=${TOKEN}`, signal: new AbortController().signal, redirect: 'manual' })).rejects.toThrow();

    const text = await logText();
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ method: 'GET', route: '/v1/flows/{id}/revisions', status: 401 }));
    expect(lines).toContainEqual(expect.objectContaining({ method: 'PUT', route: '/v1/flows/{id}', status: 401 }));
    expect(lines).toContainEqual(expect.objectContaining({ method: 'POST', route: 'other', status: null, failure: 'ECONNREFUSED' }));
    for (const secret of [TOKEN, QUERY_SECRET, 'do-not-log-me', 'Acme Widgets', flowId, 'acme.example', 'tenant-a']) expect(text, secret).not.toContain(secret);
  });

  it('replaces anything token-shaped in a text before it is written, as a second guard', () => {
    expect(redactLogText(`Authorization: Bearer ${TOKEN}`)).not.toContain(TOKEN.slice(4, 20));
    expect(redactLogText(`a ${TOKEN} b`)).toBe('a [redacted] b');
    expect(redactLogText('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')).not.toMatch(/eyJ|dozjg/);
    expect(redactLogText('createWorkspaceOperationHandlers (node/services/workspace-operations.ts:12:3)')).toBe('createWorkspaceOperationHandlers (node/services/workspace-operations.ts:12:3)');
    expect(redactLogText('one\nline')).toBe('one line');
    expect(redactLogText('x'.repeat(2000)).length).toBeLessThan(600);
  });
});
