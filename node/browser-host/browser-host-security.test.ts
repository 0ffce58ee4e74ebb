import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CALL_BODY_BYTES } from './api-calls';
import { call, send, startTestHost } from './test-host.testing';
import type { TestHost } from './test-host.testing';

let test: TestHost;

beforeAll(async () => {
  test = await startTestHost();
});

afterAll(() => test.stop());

/** Streams a call body of `size` bytes without a Content-Length; resolves with the status, or the error if the host hung up first. */
function sendChunkedCall(target: TestHost, size: number): Promise<number | string> {
  return new Promise((resolve) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: '/api/call/app%3Ainfo',
        headers: { Host: `127.0.0.1:${target.port}`, 'Content-Type': 'application/json', Cookie: target.cookie },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on('error', (error) => resolve(error.message));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < size) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', pump);
      }
      outgoing.end();
    };
    pump();
  });
}

describe('only someone holding the printed address gets in', () => {
  it('prints an address on 127.0.0.1 that carries a long random secret', () => {
    expect(test.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?secret=[A-Za-z0-9_-]{43}$/);
    expect(test.host.origin).toBe(`http://127.0.0.1:${test.port}`);
  });

  it('refuses the page, its files, calls and events without the session cookie', async () => {
    expect((await send(test.port, { path: '/' })).status).toBe(401);
    expect((await send(test.port, { path: '/assets/index-abc.js' })).status).toBe(401);
    expect((await send(test.port, { path: '/api/events' })).status).toBe(401);
    const unauthenticated = await send(test.port, {
      method: 'POST',
      path: '/api/call/workspace%3Aget',
      headers: { 'Content-Type': 'application/json', Origin: test.host.origin },
      body: '{}',
    });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.body).not.toContain('welcome');
  });

  it('refuses a wrong secret, and a wrong cookie, without handing out a session', async () => {
    const wrong = await send(test.port, { path: '/?secret=guessed' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const forged = await send(test.port, { path: '/', headers: { Cookie: `${test.cookie.split('=')[0]}=guessed` } });
    expect(forged.status).toBe(401);
  });

  it('exchanges the secret for an HttpOnly, SameSite=Strict session cookie and sends the browser to /', async () => {
    const secretPath = new URL(test.host.url).pathname + new URL(test.host.url).search;
    const exchange = await send(test.port, { path: secretPath });
    expect(exchange.status).toBe(303);
    expect(exchange.headers.location).toBe('/');
    const cookie = exchange.headers['set-cookie']?.[0] ?? '';
    const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // A session cookie: it ends with the browser session.
    expect(cookie.toLowerCase()).not.toMatch(/max-age|expires/);
    expect(cookie.startsWith(`${test.cookie}`)).toBe(true);

    const page = await send(test.port, { path: '/', headers: { Cookie: test.cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Flowpack Studio</title>');
  });

  it('listens on 127.0.0.1 only, not on other addresses of the machine', async () => {
    const reached = (address: string) =>
      new Promise<boolean>((resolve) => {
        // No timeout: a loopback address either answers or refuses at once, and a timer would count a slow answer as none.
        const socket = connect({ host: address, port: test.port });
        socket.on('connect', () => (socket.destroy(), resolve(true)));
        socket.on('error', () => resolve(false));
      });
    expect(await reached('127.0.0.1')).toBe(true);
    expect(await reached('::1')).toBe(false);
    // All of 127/8 is loopback on Linux; a socket bound to every address would answer on 127.0.0.2 too.
    if (process.platform === 'linux') expect(await reached('127.0.0.2')).toBe(false);
  });
});

describe('other sites cannot use the session', () => {
  it('refuses a Host header other than 127.0.0.1:<port> or localhost:<port> (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${test.port}`, `127.0.0.1:${test.port + 1}`, `127.0.0.1.evil.example:${test.port}`]) {
      const answer = await send(test.port, { path: '/', host, headers: { Cookie: test.cookie } });
      expect(answer.status, host).toBe(421);
    }
    expect((await send(test.port, { path: '/', host: `localhost:${test.port}`, headers: { Cookie: test.cookie } })).status).toBe(200);
  });

  it('refuses a call from a page of another origin, even with the cookie (CSRF)', async () => {
    for (const origin of ['https://evil.example', 'null', `http://localhost:${test.port + 1}`, `https://127.0.0.1:${test.port}`]) {
      const answer = await call(test, 'workspace:get', {}, { Origin: origin });
      expect(answer.status, origin).toBe(403);
      expect(answer.body).not.toContain('welcome');
    }
    expect((await call(test, 'app:info', {}, { Origin: test.host.origin })).status).toBe(200);
  });

  it('accepts calls only as POST with a JSON body of limited size', async () => {
    const asGet = await send(test.port, { path: '/api/call/app%3Ainfo', headers: { Cookie: test.cookie } });
    expect(asGet.status).toBe(405);
    // text/plain is what a cross-site HTML form or "simple" fetch could send.
    expect((await call(test, 'app:info', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const notJson = await send(test.port, {
      method: 'POST',
      path: '/api/call/app%3Ainfo',
      headers: { 'Content-Type': 'application/json', Cookie: test.cookie },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    const declaredTooLarge = await call(test, 'app:info', {}, { 'Content-Length': String(MAX_CALL_BODY_BYTES + 1) });
    expect(declaredTooLarge.status).toBe(413);
    // A chunked body declares no length: the limit holds while reading it.
    expect(await sendChunkedCall(test, MAX_CALL_BODY_BYTES + 1024 * 1024)).toBe(413);
  });
});

describe('only the renderer’s own files are served', () => {
  it('refuses paths that climb out of the renderer folder, however they are encoded', async () => {
    const attempts = [
      '/..%2f..%2fetc/passwd',
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%5c..%5cetc%5cpasswd',
      '/assets/%252e%252e%252fetc%252fpasswd',
    ];
    for (const path of attempts) {
      const answer = await send(test.port, { path, headers: { Cookie: test.cookie } });
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
      expect(answer.body, path).not.toContain('root:');
    }
  });

  it('sends the page uncached with the CSP and nosniff, and bundles with their script type', async () => {
    const page = await send(test.port, { path: '/', headers: { Cookie: test.cookie } });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const bundle = await send(test.port, { path: '/assets/index-abc.js', headers: { Cookie: test.cookie } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bundle.body).toBe('export {};');
  });
});
