import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { FakeClock } from '../../../test/tenant-api/fake-clock';
import { connectionRefused, scriptedFetch } from '../../../test/tenant-api/fake-fetch';
import { BASE_URL, TOKEN, fakeTenant, rejection } from '../../../test/tenant-api/harness';
import { isTenantApiError } from './tenant-error';
import { createTenantHttp } from './tenant-http';

const flowSummary = z.object({ id: z.string(), name: z.string() });

describe('tenant requests', () => {
  it('sends the bearer token, JSON and the write guards to the tenant address only', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 201, body: { id: 'f1', name: 'Welcome' }, headers: { etag: '"1"' } }]);

    const response = await clock.settle(
      http.request({
        method: 'POST',
        path: '/v1/flows',
        query: { dryRun: true, tag: ['a b', 'c'], skipped: undefined },
        body: { name: 'Welcome' },
        idempotencyKey: 'key-1',
        headers: { Authorization: 'Bearer someone-else', 'X-Request-Source': 'desktop' },
        responseSchema: flowSummary,
      }),
    );

    expect(response).toEqual({ status: 201, data: { id: 'f1', name: 'Welcome' }, etag: '"1"' });
    expectTypeOf(response.data).toEqualTypeOf<{ id: string; name: string }>();
    const [call] = calls;
    expect(call!.url).toBe(`${BASE_URL}/v1/flows?dryRun=true&tag=a%20b&tag=c`);
    expect(call!.init).toMatchObject({ method: 'POST', body: '{"name":"Welcome"}', redirect: 'manual' });
    expect(call!.init.headers).toEqual({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/json',
      'content-type': 'application/json',
      'idempotency-key': 'key-1',
      'x-request-source': 'desktop',
    });
  });

  it('keeps a base URL path prefix and exposes the ETag for the next If-Match', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 200, body: { id: 'f1', name: 'A' }, headers: { ETag: '"7"' } }], {
      baseUrl: 'https://gateway.example.com/tenants/acme/',
    });
    const { etag } = await clock.settle(http.request({ method: 'GET', path: '/v1/flows/f1', responseSchema: flowSummary }));
    expect(calls[0]!.url).toBe('https://gateway.example.com/tenants/acme/v1/flows/f1');
    expect(calls[0]!.init.headers).not.toHaveProperty('content-type');
    expect(etag).toBe('"7"');
  });

  it('sends If-Match on a conditional write', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 204 }]);
    const response = await clock.settle(http.request({ method: 'DELETE', path: '/v1/flows/f1', ifMatch: '"7"' }));
    expect(response).toEqual({ status: 204, data: undefined, etag: undefined });
    expectTypeOf(response.data).toEqualTypeOf<undefined>();
    expect(calls[0]!.init.headers['if-match']).toBe('"7"');
  });

  it('refuses an answer that does not match the schema, saying where', async () => {
    const { http, clock } = fakeTenant([{ status: 200, body: { id: 'f1', name: 42 } }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows/f1', responseSchema: flowSummary }));
    expect(error.detail).toMatchObject({ kind: 'bad-response', status: 200, issues: [expect.stringMatching(/^name: /)] });
    expect(error.message).toMatch(/GET \/v1\/flows\/f1 with data this version of Flowpack Studio does not understand/);
  });

  it('refuses an answer that is not JSON (a captive portal, a proxy page)', async () => {
    const { http, clock } = fakeTenant([{ status: 200, body: '<html>Sign in to the Wi-Fi</html>' }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/tenant', responseSchema: flowSummary }));
    expect(error.detail.kind).toBe('bad-response');
    expect(error.message).toMatch(/the body is not JSON/);
  });

  it('does not follow a redirect, which would carry the token elsewhere', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 302, headers: { location: 'https://elsewhere.example.com/v1/tenant' } }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/tenant' }));
    expect(error.detail).toMatchObject({ kind: 'bad-response', status: 302 });
    expect(error.message).toMatch(/redirect .*token only goes to the address you entered/);
    expect(calls).toHaveLength(1);
  });

  it('refuses a path outside the tenant address, or a malformed header, before sending anything', async () => {
    const { http, calls } = fakeTenant([]);
    await expect(http.request({ method: 'GET', path: 'https://elsewhere.example.com/v1' })).rejects.toThrow(/starts with "\/"/);
    await expect(http.request({ method: 'GET', path: '/v1/flows?status=draft' })).rejects.toThrow(/no query/);
    await expect(http.request({ method: 'GET', path: '/v1/flows/../../admin' })).rejects.toThrow(/dot segments/);
    await expect(http.request({ method: 'GET', path: '/v1', headers: { 'X-Trace': 'a\r\nX-Evil: 1' } })).rejects.toThrow(/X-Trace header value/);
    await expect(http.request({ method: 'GET', path: '/v1', headers: { 'Bad Name': 'x' } })).rejects.toThrow(/not a valid header name/);
    expect(calls).toEqual([]);
  });
});

describe('typed errors, one kind per thing to do differently', () => {
  const diagnostic = { severity: 'error', code: 'TRIGGER_MISSING', message: 'The flow has no trigger.', nodeId: 'n1' };

  it.each([
    [401, {}, {}, { kind: 'auth' }, /did not accept the token: it is missing, wrong, expired or revoked/],
    [403, { code: 'SCOPE_MISSING', message: 'requires scope flows:write' }, {}, { kind: 'permission' }, /requires scope flows:write/],
    [404, {}, {}, { kind: 'not-found' }, /Not found on the tenant/],
    [409, {}, {}, { kind: 'conflict', currentEtag: undefined }, /conflicts with the current state/],
    [412, {}, { etag: '"9"' }, { kind: 'conflict', status: 412, currentEtag: '"9"' }, /changed on the tenant .* nothing was overwritten/],
    [422, { error: { code: 'INVALID_FLOW', message: 'The flow is invalid.', diagnostics: [diagnostic, { code: 'FROM_THE_FUTURE' }] } }, {},
      { kind: 'validation', diagnostics: [diagnostic] }, /refused the data as invalid \(1 problem: The flow has no trigger\)\./],
    [429, {}, { 'retry-after': '120' }, { kind: 'rate-limit', retryAfterSeconds: 120 }, /too many requests .* try again in 2 min/],
    [413, { statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' }, {}, { kind: 'rejected', status: 413 }, /Request body is too large/],
    [500, {}, {}, { kind: 'server', status: 500 }, /failed to answer \(HTTP 500\)/],
  ])('HTTP %i', async (status, body, headers, detail, message) => {
    const { http, clock, calls } = fakeTenant([{ status, body, headers }], { retries: 0 });
    const error = await rejection(clock, http.request({ method: 'PUT', path: '/v1/flows/f1', ifMatch: '"8"', body: {} }));
    expect(error.detail).toMatchObject(detail);
    expect(error.message).toMatch(message);
    expect(error.request).toEqual({ method: 'PUT', path: '/v1/flows/f1' });
    expect(calls).toHaveLength(1);
  });

  it('keeps the server error code for callers that branch on it', async () => {
    const { http, clock } = fakeTenant([{ status: 403, body: { code: 'SCOPE_MISSING', message: 'requires scope flows:write' } }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
    expect(error.serverCode).toBe('SCOPE_MISSING');
    expect(isTenantApiError(error, 'permission')).toBe(true);
    expect(isTenantApiError(error, 'auth')).toBe(false);
  });

  it('names the network failure the user can act on', async () => {
    const { http, clock } = fakeTenant([{ throws: connectionRefused() }], { retries: 0 });
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/tenant' }));
    expect(error.detail).toEqual({ kind: 'network', reason: 'refused' });
    expect(error.message).toBe(`Could not reach the tenant at ${BASE_URL}: the connection was refused (is the tenant server running?).`);
  });

  it.each([
    // Electron's net.fetch names Chromium's errors in the message.
    [new Error('net::ERR_NAME_NOT_RESOLVED'), 'dns', /the host name was not found/],
    [new TypeError('fetch failed', { cause: Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }) }), 'tls',
      /its TLS certificate is not trusted/],
    [new Error('Redirect was cancelled'), 'redirect', /redirects to another address, which is not followed/],
    [new Error('socket hang up'), 'other', /: socket hang up\.$/],
  ])('reads why fetch threw: %s', async (thrown, reason, message) => {
    const { http, clock } = fakeTenant([{ throws: thrown }], { retries: 0 });
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/tenant' }));
    expect(error.detail).toEqual({ kind: 'network', reason });
    expect(error.message).toMatch(message);
  });
});

describe('the token never appears in an error message', () => {
  it('even when the server echoes it back', async () => {
    const { http, clock } = fakeTenant([{ status: 401, body: { message: `token ${TOKEN} is revoked` } }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/tenant' }));
    expect(error.message).toContain('token [token] is revoked');
  });

  it('even when a diagnostic or a network error quotes it', async () => {
    const quoted = { severity: 'error', code: 'CONFIG_INVALID', message: `bad value ${TOKEN}` };
    const first = fakeTenant([{ status: 422, body: { diagnostics: [quoted] } }]);
    expect((await rejection(first.clock, first.http.request({ method: 'GET', path: '/v1/x' }))).message).toContain('bad value [token]');

    const second = fakeTenant([{ throws: new Error(`invalid header value "Bearer ${TOKEN}"`) }], { retries: 0 });
    expect((await rejection(second.clock, second.http.request({ method: 'GET', path: '/v1/x' }))).message).toContain('Bearer [token]');
  });

  it('and a token that cannot be a header value is refused before fetch could quote it', () => {
    const { fetch } = scriptedFetch(new FakeClock(), []);
    for (const token of ['', '   ', `${TOKEN}\r\nX-Evil: 1`, 'two words']) {
      let message = '';
      try {
        createTenantHttp({ baseUrl: BASE_URL, token, fetch });
      } catch (error) {
        expect(isTenantApiError(error, 'invalid-token')).toBe(true);
        message = (error as Error).message;
      }
      expect(message).toMatch(/paste it again/);
      expect(message).not.toContain(TOKEN);
    }
  });

  it('accepts a token with the line break a file or a terminal adds', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 204 }], { token: `${TOKEN}\n` });
    await clock.settle(http.request({ method: 'GET', path: '/v1/tenant' }));
    expect(calls[0]!.init.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
