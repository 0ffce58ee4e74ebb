import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveStaticFile } from './static-files';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'flowpack-static-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(base, 'secret.txt'), 'outside');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('only files inside the renderer folder are served', () => {
  it('finds the page and its bundles', async () => {
    expect(await resolveStaticFile(root, '/')).toMatch(/index\.html$/);
    expect(await resolveStaticFile(root, '/assets/app.js')).toMatch(/app\.js$/);
  });

  it('refuses paths that climb out, however they are encoded', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/assets%2f..%2f..%2fsecret.txt']) {
      expect(await resolveStaticFile(root, path), path).toBeUndefined();
    }
  });

  it('refuses a symbolic link that points outside, folders, NUL bytes and broken encodings', async () => {
    expect(await resolveStaticFile(root, '/assets/link.txt')).toBeUndefined();
    expect(await resolveStaticFile(root, '/assets')).toBeUndefined();
    expect(await resolveStaticFile(root, '/index.html%00.js')).toBeUndefined();
    expect(await resolveStaticFile(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('files are sent with their real type', () => {
  it('names scripts, pages, styles and source maps correctly, and unknown kinds as bytes', () => {
    expect(mimeTypeFor('index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('style.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('index.js.map')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('notes.xyz')).toBe('application/octet-stream');
  });
});
