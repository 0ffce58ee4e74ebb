import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_MAX_DEPTH } from '../../shared/json/parse-json';
import type { ApiErrorBody } from '../../shared/tenant-api/errors';
import type { FlowDetail, FlowSummary } from '../../shared/tenant-api/flows';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import { createTenantClient } from '../../shared/tenant-api/tenant-client';
import { apiClient } from './api-client';
import { packOfFlows } from './import-fixtures';
import { startTestServer } from './test-server';
import type { TestServer, TestStore } from './test-server';
import { makeTenant, validFlow } from './tenant-fixtures';

/** `levels` arrays and objects inside each other, as a careless or hostile client may send them. */
export function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level++) value = level % 2 === 0 ? { inner: value } : [value];
  return value;
}

/** A valid flow whose document is `depth` levels deep: the document is one level, `extensions` a second. */
export function flowOfDepth(name: string, depth: number) {
  return { ...validFlow(name), extensions: { deep: nested(depth - 2) } };
}

/**
 * The body of a flow create whose document is `depth` levels deep, as text: JSON.stringify
 * itself recurses, so a deep enough value cannot even be sent from a test as an object.
 */
function deepCreateBody(name: string, depth: number): string {
  const inner = depth - 2;
  const text = JSON.stringify({ document: { ...validFlow(name), extensions: { deep: 'DEEP' } } });
  return text.replace('"DEEP"', '['.repeat(inner) + ']'.repeat(inner));
}

/** Log lines the server writes, kept to read back. */
function logSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, stream };
}

/** The tenant server given input no flow, tag or search needs, run once per store (PGlite, PostgreSQL). */
export function describeBadInput(store: TestStore): void {
  let server: TestServer;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  const log = logSink();

  beforeAll(async () => {
    server = await startTestServer(store, { logger: { level: 'info', stream: log.stream } });
    call = apiClient(server);
    ({ admin } = await makeTenant(server.database.db, 'Careless tenant'));
  });
  afterAll(async () => {
    await server?.close();
  });

  const flowCount = async () => (await call<{ flows: FlowSummary[] }>('GET', '/v1/flows', { token: admin })).body.flows.length;

  it(`refuses a flow nested deeper than its clients read (${DEFAULT_MAX_DEPTH} levels) on every write path with 400 and a message, storing nothing`, async () => {
    const before = await flowCount();
    for (const depth of [600, 5_000, 100_000]) {
      const created = await call<ApiErrorBody>('POST', '/v1/flows', { token: admin, body: deepCreateBody(`Deep ${depth}`, depth) });
      expect(created.status).toBe(400);
      expect(created.body.error.message).toMatch(/too deeply nested: more than 512 levels/);
    }
    const stored = await call<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document: validFlow('Shallow') } });
    const replaced = await call<ApiErrorBody>('PUT', `/v1/flows/${stored.body.id}`, {
      token: admin,
      body: { document: { ...flowOfDepth('Shallow', 600), id: stored.body.id } },
      headers: { 'if-match': `"${stored.body.revision}"` },
    });
    expect(replaced.status).toBe(400);
    const pack = packOfFlows(1);
    const deepPack = { ...pack, flows: [{ ...pack.flows[0]!, extensions: { deep: nested(600) } }] };
    for (const mode of ['dry-run', 'apply']) {
      const imported = await call<ApiErrorBody>('POST', '/v1/imports', { token: admin, body: { mode, pack: deepPack }, headers: { 'idempotency-key': randomUUID() } });
      expect(imported.status).toBe(400);
      expect(imported.body.error.message).toMatch(/too deeply nested/);
    }
    expect(await flowCount()).toBe(before + 1);
    expect((await call<FlowDetail>('GET', `/v1/flows/${stored.body.id}`, { token: admin })).body.revision).toBe(1);
  });

  it('stores a flow exactly as deep as a client reads back, and the shared client pulls it; one level more is refused', async () => {
    const client = createTenantClient(createTenantHttp({ baseUrl: server.url, token: admin, fetch: globalThis.fetch }));
    const deepest = flowOfDepth('Deepest readable', DEFAULT_MAX_DEPTH - 1);
    const created = await call<FlowDetail>('POST', '/v1/flows', { token: admin, body: { document: deepest } });
    expect(created.status).toBe(201);
    const pulled = await client.call('getFlow', { params: { id: deepest.id } });
    expect(pulled.data.document.extensions).toEqual(deepest.extensions);
    const tooDeep = await call<ApiErrorBody>('POST', '/v1/flows', { token: admin, body: { document: flowOfDepth('One too deep', DEFAULT_MAX_DEPTH) } });
    expect(tooDeep.status).toBe(400);
  });

  it('refuses to copy a flow stored too deep before this limit existed (422), rather than storing another one', async () => {
    const flow = validFlow('Stored by an older server');
    await call('POST', '/v1/flows', { token: admin, body: { document: flow } });
    await server.database.db.execute(sql`UPDATE flows SET document = ${JSON.stringify(flowOfDepth(flow.name, 600))}::jsonb WHERE id = ${flow.id}`);
    const copy = await call<ApiErrorBody>('POST', `/v1/flows/${flow.id}/duplicate`, { token: admin });
    expect(copy.status).toBe(422);
    expect(copy.body.error.message).toMatch(/nested more than 511 levels deep/);
  });

  it('refuses a NUL character in a search, a folder filter, a tag, a custom field or a flow with 400 naming where, and logs no query', async () => {
    const before = await flowCount();
    const refusals = [
      await call<ApiErrorBody>('GET', '/v1/flows?text=%00', { token: admin }),
      await call<ApiErrorBody>('GET', '/v1/flows?folder=a%00b', { token: admin }),
      await call<ApiErrorBody>('POST', '/v1/catalog/tags', { token: admin, body: { name: 'VIP\u0000' } }),
      await call<ApiErrorBody>('POST', '/v1/catalog/custom-fields', { token: admin, body: { name: 'Plan\u0000', type: 'text' } }),
      await call<ApiErrorBody>('POST', '/v1/flows', { token: admin, body: { document: { ...validFlow('Nul'), description: 'a\u0000b' } } }),
      await call<ApiErrorBody>('POST', '/v1/flows', { token: admin, body: { document: { ...validFlow('Nul key'), extensions: { 'acme\u0000': 1 } } } }),
    ];
    expect(refusals.map((res) => res.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(refusals.map((res) => res.body.error.message.match(/^Invalid request (\S+):/)?.[1])).toEqual([
      'query.text',
      'query.folder',
      'body.name',
      'body.name',
      'body.document.description',
      'body.document.extensions.acme\u0000',
    ]);
    expect(refusals[0]!.body.error.message).toContain('NUL character (U+0000)');
    // A backslash followed by "u0000" is text, not a NUL character.
    expect((await call('POST', '/v1/catalog/tags', { token: admin, body: { name: 'C:\\u0000' } })).status).toBe(201);
    expect(await flowCount()).toBe(before);
    expect(log.lines.join('')).not.toMatch(/request failed|select|insert/i);
  });

  it('answers a URL Fastify cannot decode in the API\'s error shape', async () => {
    const res = await call<ApiErrorBody>('GET', '/v1/flows/%ZZ', { token: admin });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
  });

  it('logs a failed query by its SQLSTATE, never its SQL text or the values it was given', async () => {
    const logged = logSink();
    const isolated = await startTestServer(store, { logger: { level: 'info', stream: logged.stream } });
    try {
      const { admin: token } = await makeTenant(isolated.database.db, 'Broken store');
      // A store that fails every tag insert, as a database fault would.
      await isolated.database.db.execute(sql`ALTER TABLE entities RENAME TO entities_gone`);
      const res = await apiClient(isolated)<ApiErrorBody>('POST', '/v1/catalog/tags', { token, body: { name: 'Customer secret name' } });
      expect(res.status).toBe(500);
      const failure = logged.lines.map((line) => JSON.parse(line) as { msg: string; error?: Record<string, unknown> }).find((line) => line.msg === 'request failed');
      expect(failure?.error).toMatchObject({ type: 'DatabaseError', code: '42P01' });
      const text = logged.lines.join('');
      expect(text).not.toContain('Customer secret name');
      expect(text).not.toMatch(/insert into|select |Failed query|params:/i);
    } finally {
      await isolated.close();
    }
  });
}
