import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from './app-protocol-handler';

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'flowpack-app-protocol-'));
  const renderer = join(base, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Flowpack Studio</title>');
  await writeFile(join(renderer, 'assets', 'index.js'), 'export {};');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
  await symlink(join(base, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
  handle = createAppRequestHandler(renderer);
});

afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app://flowpack serves the renderer', () => {
  it('answers the start page with the Content-Security-Policy header', async () => {
    const response = await get('app://flowpack/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain('<title>Flowpack Studio</title>');
  });

  it('serves the root as the start page and scripts with a JavaScript type (module scripts need it)', async () => {
    expect(await (await get('app://flowpack/')).text()).toContain('Flowpack Studio');
    const script = await get('app://flowpack/assets/index.js?cache=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://flowpack/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('app://flowpack serves nothing else', () => {
  it('refuses paths that climb out of the renderer folder, however they are spelled', async () => {
    for (const url of [
      'app://flowpack/../secret.txt',
      'app://flowpack/%2e%2e/secret.txt',
      'app://flowpack/..%2fsecret.txt',
      'app://flowpack/assets/..%2f..%2fsecret.txt',
      'app://flowpack/..%5csecret.txt',
      'app://flowpack/assets/link.txt',
      'app://flowpack/index.html%00.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the renderer');
    }
  });

  it('does not answer another host on the scheme or a write method', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    const post = await get('app://flowpack/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says not found for a missing file, with the security headers still set', async () => {
    const response = await get('app://flowpack/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });
});
