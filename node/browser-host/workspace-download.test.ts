import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadPathOf } from '../../shared/host/transport';
import { TEST_FLOW_PATH, call, send, startTestHost } from './test-host.testing';
import type { TestHost } from './test-host.testing';

let test: TestHost;

beforeAll(async () => {
  test = await startTestHost();
});

afterAll(() => test.stop());

const download = (path: string, headers: Record<string, string> = {}) => send(test.port, { path, headers: { Cookie: test.cookie, ...headers } });

describe('a pack export wrote is downloaded from the browser host, which has no "Show in folder"', () => {
  it('answers the pack file as an attachment named after it, byte for byte', async () => {
    const written = JSON.parse((await call(test, 'pack:exportWrite', { paths: [TEST_FLOW_PATH], name: 'Welcome', target: 'shared/Ação 1.flowpack' })).body) as {
      ok: boolean;
      result: { written: string; fullPath: string };
    };
    expect(written).toMatchObject({ ok: true, result: { written: 'shared/Ação 1.flowpack', fullPath: join(test.workspace, 'shared', 'Ação 1.flowpack') } });

    const answer = await download(downloadPathOf('shared/Ação 1.flowpack'));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/octet-stream');
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="A__o 1.flowpack"; filename*=UTF-8''A%C3%A7%C3%A3o%201.flowpack`);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toBe(await readFile(written.result.fullPath, 'utf8'));
  });

  it('serves nothing but pack files of the workspace: no flow, no path outside, no state folder, no link that leads out', async () => {
    await mkdir(join(test.workspace, '.flowpack'), { recursive: true });
    await writeFile(join(test.workspace, '.flowpack', 'hidden.flowpack'), '{}');
    await writeFile(join(test.workspace, '..', 'outside.flowpack'), '{}');
    await symlink(join(test.workspace, '..', 'outside.flowpack'), join(test.workspace, 'link.flowpack'));
    for (const path of [
      downloadPathOf(TEST_FLOW_PATH),
      '/api/download/..%2Foutside.flowpack',
      '/api/download/%2E%2E/outside.flowpack',
      downloadPathOf('.flowpack/hidden.flowpack'),
      downloadPathOf('link.flowpack'),
      downloadPathOf('missing.flowpack'),
      '/api/download/%E0%A4%A.flowpack',
    ]) {
      const answer = await download(path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toBe('{}');
    }
  });

  it('requires the session, as every call does', async () => {
    await writeFile(join(test.workspace, 'open.flowpack'), '{}');
    const answer = await send(test.port, { path: downloadPathOf('open.flowpack') });
    expect(answer.status).toBe(401);
    expect((await download(downloadPathOf('open.flowpack'))).status).toBe(200);
  });
});
