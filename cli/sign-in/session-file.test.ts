import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeSession, readSession, writeSession } from './session-file';

describe('the sessions file', () => {
  let folder: string;
  let path: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'flowpack-sessions-'));
    path = join(folder, 'flowpack', 'sessions.json');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps both sessions when commands renew two tenants\' sessions at the same time', async () => {
    await writeSession('https://a.example', { refreshToken: 'a-0' }, path);
    await writeSession('https://b.example', { refreshToken: 'b-0' }, path);
    // Each renewal reads the file, waits on the network, then writes: neither may write over the other's.
    const renew = (tenant: string, token: string) =>
      changeSession(
        tenant,
        async (current) => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          return { next: { ...current!, refreshToken: token }, result: undefined };
        },
        path,
      );
    await Promise.all([renew('https://a.example', 'a-1'), renew('https://b.example', 'b-1')]);
    expect(readSession('https://a.example', path)?.refreshToken).toBe('a-1');
    expect(readSession('https://b.example', path)?.refreshToken).toBe('b-1');
  });

  it('gives a change the session as the file holds it when the change starts, not as it was before it waited', async () => {
    await writeSession('https://a.example', { refreshToken: 'first' }, path);
    const seen: string[] = [];
    const rotate = (next: string) =>
      changeSession(
        'https://a.example',
        async (current) => {
          seen.push(current!.refreshToken);
          await new Promise((resolve) => setTimeout(resolve, 50));
          return { next: { refreshToken: next }, result: undefined };
        },
        path,
      );
    await Promise.all([rotate('second'), rotate('third')]);
    // Either may take the lock first; the other must see what the first wrote, and write last.
    const [firstSeen, secondSeen] = seen;
    expect(firstSeen).toBe('first');
    expect(['second', 'third']).toContain(secondSeen);
    const lastWritten = secondSeen === 'second' ? 'third' : 'second';
    expect(readSession('https://a.example', path)?.refreshToken).toBe(lastWritten);
  });

  it.skipIf(process.platform === 'win32')('is readable by the user only and leaves no temporary file beside it', async () => {
    await writeSession('https://a.example/', { refreshToken: 'secret' }, path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(folder, 'flowpack'))).toEqual(['sessions.json']);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 1, sessions: { 'https://a.example': { refreshToken: 'secret' } } });
    await writeSession('https://a.example', undefined, path);
    expect(readdirSync(join(folder, 'flowpack'))).toEqual([]);
  });
});
