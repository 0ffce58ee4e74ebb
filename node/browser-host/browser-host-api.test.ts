import { writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_FLOW_ID, TEST_FLOW_PATH, call, send, startTestHost } from './test-host.testing';
import type { TestHost } from './test-host.testing';

let test: TestHost;

beforeAll(async () => {
  test = await startTestHost();
});

afterAll(() => test.stop());

/** Opens the event stream as the renderer's EventSource does and collects what arrives. */
function openEvents(target: TestHost): Promise<{ response: IncomingMessage; received: () => string; close: () => void }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port: target.port, path: '/api/events', headers: { Cookie: target.cookie, Accept: 'text/event-stream' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        resolve({ response, received: () => text, close: () => outgoing.destroy() });
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the renderer reaches the workspace through calls', () => {
  it('lists the workspace’s flow with workspace:get', async () => {
    const answer = await call(test, 'workspace:get');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    const response = JSON.parse(answer.body) as { ok: boolean; result: { entries: { kind: string; path: string; summary?: { id: string } }[] } };
    expect(response.ok).toBe(true);
    const flow = response.result.entries.find((entry) => entry.path === TEST_FLOW_PATH);
    expect(flow).toMatchObject({ kind: 'flow', summary: { id: TEST_FLOW_ID, name: 'Welcome' } });
  });

  it('reads a flow file with flow:read', async () => {
    const response = JSON.parse((await call(test, 'flow:read', { path: TEST_FLOW_PATH })).body) as { ok: boolean; result: { text: string } };
    expect(response.ok).toBe(true);
    expect(response.result.text).toContain(TEST_FLOW_ID);
  });

  it('answers an unknown call with ok:false UNKNOWN_CALL, and bad arguments with INVALID_ARGS', async () => {
    const unknown = await call(test, 'files:deleteEverything');
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    const outside = await call(test, 'flow:read', { path: '../outside.flow.json' });
    expect(JSON.parse(outside.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  });

  it('describes itself as the browser host in the browser’s language', async () => {
    const answer = await call(test, 'app:info', {}, { 'Accept-Language': 'pt-BR,pt;q=0.9' });
    expect(JSON.parse(answer.body)).toEqual({ ok: true, result: { version: '9.9.9', host: 'browser', locale: 'pt-BR', nativeDialogs: false } });
    expect(JSON.parse((await call(test, 'workspace:choose')).body)).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
  });
});

describe('the renderer hears about changes as server-sent events', () => {
  it('delivers workspace:changed after a flow file is written by another program', async () => {
    const events = await openEvents(test);
    try {
      expect(events.response.statusCode).toBe(200);
      expect(events.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      await expect.poll(() => events.received()).toContain(': connected');
      await writeFile(join(test.workspace, 'sales', 'external.flow.json'), '{}\n');
      await expect.poll(() => events.received()).toMatch(/event: workspace:changed\ndata: .*external\.flow\.json/);
      const data = /event: workspace:changed\ndata: (.*)\n\n/.exec(events.received())![1]!;
      expect(JSON.parse(data)).toMatchObject({ paths: expect.arrayContaining([expect.stringMatching(/external\.flow\.json$/)]) });
    } finally {
      events.close();
    }
  });
});

describe('a host whose renderer is not built', () => {
  it('shows a page saying to run npm run build:renderer', async () => {
    const unbuilt = await startTestHost({ withRenderer: false });
    try {
      const page = await send(unbuilt.port, { path: '/', headers: { Cookie: unbuilt.cookie } });
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('npm run build:renderer');
    } finally {
      await unbuilt.stop();
    }
  });
});

describe('closing the host', () => {
  it('ends open event streams and stops listening', async () => {
    const closing = await startTestHost();
    const events = await openEvents(closing);
    const ended = new Promise<void>((resolve) => events.response.on('close', () => resolve()));
    await closing.stop();
    await ended;
    await expect(send(closing.port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
