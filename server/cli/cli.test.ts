import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANG_GUARD_MS } from '../../test/hang-guard';
import { generateKeyPair, publicKeyFile } from '../../shared/pack/signature/keys';
import { authorizationUrl, formAction, pkcePair, signInWithBrowser, TestBrowser } from '../test/sign-in-browser';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../bin/flowpack-tenant.js', import.meta.url));

/** Runs the real command (a child process) on the test's data directory. */
async function flowpackTenant(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args, '--data', dataDir], { env, timeout: HANG_GUARD_MS });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The same, with `input` on its standard input (a password, as a script pipes one). */
async function flowpackTenantWithInput(dataDir: string, input: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = execFile(process.execPath, [BIN, ...args, '--data', dataDir], { env: { ...process.env, DATABASE_URL: '' }, timeout: HANG_GUARD_MS });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin!.end(input);
  const code = await new Promise<number>((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)));
  return { code, stdout, stderr };
}

/** Every file under `dir`, for a look at what the store wrote. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Runs `flowpack-tenant serve` on a free port, gives `body` its address, then stops it with
 * SIGTERM (as a service manager would) and returns what body answered and what it logged.
 */
async function withServe<T>(dataDir: string, body: (url: string) => Promise<T>): Promise<{ answer: T; log: string; exitCode: number | null }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir], { env: { ...process.env, DATABASE_URL: '' } });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
        if (match) resolve(match[1]!);
      });
      void exited.then(() => reject(new Error(`serve exited early:\n${log}`)));
    });
    const answer = await body(url);
    child.kill('SIGTERM');
    return { answer, log, exitCode: await exited };
  } finally {
    child.kill('SIGKILL');
  }
}

/** Runs serve and answers the status of GET /v1/flows for each token. */
async function statusesFromServe(dataDir: string, ...tokens: string[]): Promise<{ statuses: number[]; log: string; exitCode: number | null }> {
  const { answer, log, exitCode } = await withServe(dataDir, (url) =>
    Promise.all(tokens.map(async (token) => (await fetch(`${url}/v1/flows`, { headers: { authorization: `Bearer ${token}` } })).status)),
  );
  return { statuses: answer, log, exitCode };
}

describe('flowpack-tenant command', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'flowpack-tenant-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('create-tenant prints a working admin token, create-token a scoped one, serve answers them, revoke-token makes it 401', async () => {
    const created = await flowpackTenant(dataDir, 'create-tenant', '--name', 'Sandbox', '--profile', 'pipeline');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Admin token tok_\S+ "first admin token" with every scope/);
    const tenantId = /Tenant (\S+)/.exec(created.stdout)?.[1];
    const admin = /^(fpt_\S+)$/m.exec(created.stdout)?.[1];
    expect(tenantId).toBeDefined();
    expect(admin).toBeDefined();

    const issued = await flowpackTenant(dataDir, 'create-token', '--tenant', tenantId!, '--scopes', 'flows:read', '--expires', '30', '--label', ' CI deploy ');
    expect(issued.stdout).toMatch(/expires \d{4}-/);
    expect(issued.stdout).toMatch(/^Token tok_\S+ "CI deploy" \(flows:read;/);
    // Without --label, a script still gets a token, named after its id.
    const unlabelled = await flowpackTenant(dataDir, 'create-token', '--tenant', tenantId!, '--scopes', 'flows:read');
    expect(unlabelled.stdout).toMatch(/^Token tok_([0-9a-f]{8})\S* "token \1" /);
    const tokenId = /Token (tok_\S+)/.exec(issued.stdout)?.[1];
    const token = /^(fpt_\S+)$/m.exec(issued.stdout)?.[1];
    const before = await statusesFromServe(dataDir, admin!, token!);
    expect(before.statuses).toEqual([200, 200]);
    expect(before.exitCode).toBe(0);
    expect(before.log).toContain('"url":"/v1/flows"');
    expect(before.log).not.toContain(admin!);
    expect(before.log).not.toContain(token!);

    expect((await flowpackTenant(dataDir, 'revoke-token', tokenId!)).code).toBe(0);
    expect((await statusesFromServe(dataDir, token!, admin!)).statuses).toEqual([401, 200]);
  });

  it('is the package bin `flowpack-tenant`: an executable Node script', async () => {
    const manifest = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { bin: Record<string, string> };
    expect(fileURLToPath(new URL(`../../${manifest.bin['flowpack-tenant']}`, import.meta.url))).toBe(BIN);
    expect((await readFile(BIN, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
    expect((await stat(BIN)).mode & 0o111).toBe(0o111);
  });

  it('refuses an unknown scope, profile or an unreadable label by name, with exit status 2', async () => {
    const scope = await flowpackTenant(dataDir, 'create-token', '--tenant', 'x', '--scopes', 'flows:read,flows:admin');
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('flows:admin');
    const profile = await flowpackTenant(dataDir, 'create-tenant', '--name', 'X', '--profile', 'crm');
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('conversations, pipeline');
    const long = await flowpackTenant(dataDir, 'create-token', '--tenant', 'x', '--scopes', 'flows:read', '--label', 'x'.repeat(81));
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--label is 81 characters long; at most 80 are allowed');
    const twoLines = await flowpackTenant(dataDir, 'create-token', '--tenant', 'x', '--scopes', 'flows:read', '--label', 'CI\ndeploy');
    expect(twoLines.code).toBe(2);
    expect(twoLines.stderr).toContain('--label holds an unprintable character (U+000A');
  });

  it('trust-key prints the key\'s fingerprint to compare, list-keys shows it, forget-key removes it; a bad key file is refused by name', async () => {
    const created = await flowpackTenant(dataDir, 'create-tenant', '--name', 'Signed only', '--profile', 'pipeline');
    const tenantId = /Tenant (\S+)/.exec(created.stdout)![1]!;
    const pair = generateKeyPair('Ana Trainer');
    const pub = join(dataDir, 'ana.key.pub');
    await writeFile(pub, JSON.stringify(publicKeyFile(pair)));

    const trusted = await flowpackTenant(dataDir, 'trust-key', '--tenant', tenantId, pub);
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).toContain(`Trusted: Ana Trainer, key ${pair.fingerprint}\nCompare this fingerprint with the one its author gave you.`);
    expect((await flowpackTenant(dataDir, 'list-keys', '--tenant', tenantId)).stdout).toMatch(new RegExp(`^${pair.fingerprint}  Ana Trainer \\(since `));

    const bogus = join(dataDir, 'bogus.pub');
    await writeFile(bogus, '{"format":"something else"}');
    const refused = await flowpackTenant(dataDir, 'trust-key', '--tenant', tenantId, bogus);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bogus}: not a flowpack key file`);

    const forgotten = await flowpackTenant(dataDir, 'forget-key', '--tenant', tenantId, pair.fingerprint);
    expect(forgotten.stdout).toContain('No key is left: this tenant imports packs without asking for a signature.');
    expect((await flowpackTenant(dataDir, 'list-keys', '--tenant', tenantId)).stdout).toMatch(/^No trusted keys/);
  });

  it('create-user takes the password from standard input or a file, never the command line, and stores only its hash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flowpack-tenant-people-'));
    try {
      const created = await flowpackTenant(dir, 'create-tenant', '--name', 'People', '--profile', 'pipeline');
      const tenantId = /Tenant (\S+)/.exec(created.stdout)![1]!;
      const password = 'Tr0ub4dor & horse staple';
      const owner = await flowpackTenantWithInput(dir, `${password}\n`, 'create-user', '--tenant', tenantId, '--email', ' Olga@Example.com ', '--name', 'Olga Owner', '--role', 'owner');
      expect(owner.stderr).toBe('');
      expect(owner.code).toBe(0);
      expect(owner.stdout).toMatch(/^Person usr_\S+: Olga Owner <olga@example\.com>, owner\./);
      const file = join(dir, 'eli.password');
      await writeFile(file, 'another long password\n');
      const editor = await flowpackTenant(dir, 'create-user', '--tenant', tenantId, '--email', 'eli@example.com', '--name', 'Eli Editor', '--role', 'editor', '--password-file', file);
      expect(editor.code).toBe(0);

      // Bad input is refused by name, with exit status 2, and adds nobody.
      const short = await flowpackTenantWithInput(dir, 'short\n', 'create-user', '--tenant', tenantId, '--email', 'sam@example.com', '--name', 'Sam', '--role', 'viewer');
      expect(short).toMatchObject({ code: 2, stderr: expect.stringContaining('The password is 5 characters long; use at least 12.') });
      const twice = await flowpackTenantWithInput(dir, `${password}\n`, 'create-user', '--tenant', tenantId, '--email', 'OLGA@example.com', '--name', 'Olga Again', '--role', 'viewer');
      expect(twice).toMatchObject({ code: 2, stderr: expect.stringContaining('already has a person with the address olga@example.com') });
      const role = await flowpackTenant(dir, 'set-role', '--tenant', tenantId, '--email', 'eli@example.com', '--role', 'boss');
      expect(role).toMatchObject({ code: 2, stderr: expect.stringContaining('--role must be one of owner, admin, editor, viewer; got "boss".') });

      // Only an owner or an admin grants client-feed publishing.
      const byEditor = await flowpackTenant(dir, 'grant-feed', '--tenant', tenantId, '--email', 'eli@example.com', '--by', 'eli@example.com');
      expect(byEditor).toMatchObject({ code: 2, stderr: expect.stringContaining('only an owner or an admin authorises publishing to the client feed') });
      expect((await flowpackTenant(dir, 'grant-feed', '--tenant', tenantId, '--email', 'eli@example.com', '--by', 'olga@example.com')).stdout).toBe(
        'eli@example.com may publish to the client feed now (by olga@example.com).\n',
      );
      expect((await flowpackTenant(dir, 'list-users', '--tenant', tenantId)).stdout).toBe(
        'eli@example.com  Eli Editor  (editor, may publish to the client feed)\nolga@example.com  Olga Owner  (owner)\n',
      );

      // A person's token works until the person is deactivated, then at once no more.
      const issued = await flowpackTenant(dir, 'create-token', '--tenant', tenantId, '--user', 'Eli@example.com', '--label', 'Eli laptop');
      expect(issued.stdout).toMatch(/^Token tok_\S+ "Eli laptop" for Eli Editor <eli@example\.com>, acting within their role \(editor\)/);
      const token = /^(fpt_\S+)$/m.exec(issued.stdout)![1]!;
      expect((await statusesFromServe(dir, token)).statuses).toEqual([200]);
      expect((await flowpackTenant(dir, 'deactivate-user', '--tenant', tenantId, '--email', 'eli@example.com')).code).toBe(0);
      expect((await statusesFromServe(dir, token)).statuses).toEqual([401]);
      // Reactivated, they may work again with a new token; the one they held stays revoked.
      expect((await flowpackTenant(dir, 'reactivate-user', '--tenant', tenantId, '--email', 'eli@example.com')).stdout).toBe(
        'eli@example.com is active again as editor: they may sign in; the tokens they held before stay revoked (create-token makes new ones).\n',
      );
      const renewed = /^(fpt_\S+)$/m.exec((await flowpackTenant(dir, 'create-token', '--tenant', tenantId, '--user', 'eli@example.com')).stdout)![1]!;
      expect((await statusesFromServe(dir, token, renewed)).statuses).toEqual([401, 200]);
      const unknown = await flowpackTenant(dir, 'create-token', '--tenant', tenantId, '--user', 'nobody@example.com');
      expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('has no person with the address nobody@example.com') });

      // Neither password is anywhere in the store's files: only their hashes are.
      for (const path of await filesUnder(join(dir, 'postgres'))) {
        const bytes = await readFile(path);
        expect(bytes.includes(password), path).toBe(false);
        expect(bytes.includes('another long password'), path).toBe(false);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it('invite-user prints a one-time link at which the person chooses a password and then signs in; list-users shows the invitation until then', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flowpack-tenant-invite-'));
    try {
      const tenantId = /Tenant (\S+)/.exec((await flowpackTenant(dir, 'create-tenant', '--name', 'Invited', '--profile', 'pipeline')).stdout)![1]!;
      const noUrl = await flowpackTenant(dir, 'invite-user', '--tenant', tenantId, '--email', 'ivy@example.com', '--name', 'Ivy', '--role', 'editor');
      expect(noUrl).toMatchObject({ code: 2, stderr: expect.stringContaining('--url') });
      const invited = await flowpackTenant(dir, 'invite-user', '--tenant', tenantId, '--email', 'ivy@example.com', '--name', 'Ivy', '--role', 'editor', '--url', 'https://tenant.example.com/');
      expect(invited.code).toBe(0);
      const link = /^(https:\/\/tenant\.example\.com\/invitation\/\S+)$/m.exec(invited.stdout)![1]!;
      const until = /invited until (\S+)\./.exec(invited.stdout)![1]!;
      expect(new Date(until).getTime() - Date.now()).toBeGreaterThan(7 * 24 * 60 * 60_000 - 60_000);
      expect((await flowpackTenant(dir, 'list-users', '--tenant', tenantId)).stdout).toBe(`ivy@example.com  Ivy  (editor, invited (until ${until}))\n`);

      const password = 'Ivy chose this one';
      const { answer } = await withServe(dir, async (url) => {
        const path = new URL(link).pathname;
        const browser = new TestBrowser(url);
        const form = await browser.get(path);
        const action = formAction(await form.text());
        const set = await browser.post(action, { password, confirm: password });
        const back = await signInWithBrowser(new TestBrowser(url), authorizationUrl(url, { challenge: pkcePair().challenge, challengeMethod: 'S256' }), { email: 'ivy@example.com', password });
        const again = await browser.get(path);
        return { form: form.status, set: set.status, code: back.searchParams.get('code'), again: again.status, againHtml: await again.text() };
      });
      expect(answer).toMatchObject({ form: 200, set: 200, code: expect.any(String), again: 410 });
      expect(answer.againHtml).toContain('It has already been used');
      expect((await flowpackTenant(dir, 'list-users', '--tenant', tenantId)).stdout).toBe('ivy@example.com  Ivy  (editor)\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
