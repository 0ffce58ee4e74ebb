import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretBox } from './secret-box';
import { plainSecretBox } from './secret-box';
import { createTenantConnections, TENANTS_FILE } from './tenant-connections';
import { expectHostError, makeTempFolder, testKeychain } from './temp-workspace.testing';

const TOKEN = 'fpt_0123456789abcdef0123456789abcdef';

const keychainBox = testKeychain;

let folder: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ folder, remove } = await makeTempFolder()));
afterEach(() => remove());

const connections = (box: SecretBox = keychainBox) =>
  createTenantConnections({ appDataDir: folder, box, clock: () => new Date('2026-11-21T12:00:00Z'), newId: randomUUID });

describe('tenant connections', () => {
  it('keeps a connection with its token sealed, lists it without the token, and gives the token back to the host only', async () => {
    const added = await connections().add({ name: ' Sandbox ', url: 'http://127.0.0.1:8787/', token: ` ${TOKEN}\n` });
    expect(added).toMatchObject({ name: 'Sandbox', url: 'http://127.0.0.1:8787', protected: true });
    expect(JSON.stringify(await connections().list())).not.toContain(TOKEN);

    const onDisk = await readFile(join(folder, TENANTS_FILE), 'utf8');
    expect(onDisk).not.toContain(TOKEN);
    if (process.platform !== 'win32') expect((await stat(join(folder, TENANTS_FILE))).mode & 0o777).toBe(0o600);

    expect(await connections().credentials(added.id)).toEqual({ connection: added, token: TOKEN });
  });

  it('asks before storing a token unencrypted where there is no keychain, and marks it so', async () => {
    const error = await expectHostError(connections(plainSecretBox).add({ name: 'Sandbox', url: 'http://localhost:8787', token: TOKEN }), 'NOT_SUPPORTED');
    expect(error.message).toMatch(/stored unencrypted.*keychain/);
    expect(await connections(plainSecretBox).list()).toEqual([]);

    const added = await connections(plainSecretBox).add({ name: 'Sandbox', url: 'http://localhost:8787', token: TOKEN, allowUnprotected: true });
    expect(added.protected).toBe(false);
    expect((await connections(plainSecretBox).credentials(added.id)).token).toBe(TOKEN);
  });

  it('refuses an address that would send the token unencrypted over a network, before storing anything', async () => {
    const error = await expectHostError(connections().add({ name: 'Prod', url: 'http://flows.example.com', token: TOKEN }), 'INVALID_ARGS');
    expect(error.message).toMatch(/https/);
    await expectHostError(connections().add({ name: 'Prod', url: 'not an address', token: TOKEN }), 'INVALID_ARGS');
    expect(await connections().list()).toEqual([]);
  });

  it('refuses a token with spaces or of a silly length, without repeating it', async () => {
    const error = await expectHostError(connections().add({ name: 'A', url: 'https://a.example', token: 'two words here' }), 'INVALID_ARGS');
    expect(error.message).not.toContain('two words');
    await expectHostError(connections().add({ name: 'A', url: 'https://a.example', token: 'short' }), 'INVALID_ARGS');
  });

  it('renames and removes connections; names stay unique', async () => {
    const first = await connections().add({ name: 'Sandbox', url: 'https://a.example', token: TOKEN });
    const second = await connections().add({ name: 'Production', url: 'https://b.example', token: TOKEN });
    await expectHostError(connections().add({ name: 'sandbox', url: 'https://c.example', token: TOKEN }), 'EXISTS');
    await expectHostError(connections().rename(second.id, 'SANDBOX'), 'EXISTS');

    expect((await connections().rename(first.id, 'Training')).name).toBe('Training');
    await connections().remove(second.id);
    expect((await connections().list()).map((connection) => connection.name)).toEqual(['Training']);
    await expectHostError(connections().remove(second.id), 'NOT_FOUND');
    await expectHostError(connections().credentials(second.id), 'NOT_FOUND');
  });

  it('says plainly when a sealed token cannot be opened any more (another computer, keychain gone)', async () => {
    const added = await connections().add({ name: 'Sandbox', url: 'https://a.example', token: TOKEN });
    const error = await expectHostError(connections(plainSecretBox).credentials(added.id), 'IO');
    expect(error.message).toMatch(/cannot be decrypted.*add it again/);
    const broken: SecretBox = { ...keychainBox, open: () => { throw new Error('bad key'); } };
    await expectHostError(connections(broken).credentials(added.id), 'IO');
  });

  it('keeps a connection made to sign in with (no token): the keychain agreement still applies to the session it will hold', async () => {
    await expectHostError(connections(plainSecretBox).add({ name: 'Plain', url: 'https://a.example', token: '' }), 'NOT_SUPPORTED');
    const added = await connections().add({ name: 'Sign-in only', url: 'https://a.example', token: '  ' });
    expect(added).toMatchObject({ hasToken: false, protected: true, signedInAs: null });
    expect((await connections().credentials(added.id)).token).toBeUndefined();
    await connections().keepSession(added.id, { refreshToken: 'refresh-token-value', name: 'Rosa', email: null });
    expect(await readFile(join(folder, TENANTS_FILE), 'utf8')).not.toContain('refresh-token-value');
    expect((await connections().session(added.id))?.refreshToken).toBe('refresh-token-value');
  });

  it('reads a connections file written before connections could go without a token', async () => {
    const sealed = keychainBox.seal(TOKEN);
    const id = randomUUID();
    const file = { format: 'flowpack.tenants', version: 1, connections: [{ id, name: 'Old', url: 'https://a.example', token: { protected: true, data: sealed }, addedAt: '2026-11-01T00:00:00.000Z' }] };
    await writeFile(join(folder, TENANTS_FILE), JSON.stringify(file));
    expect(await connections().list()).toEqual([expect.objectContaining({ id, protected: true, hasToken: true })]);
    expect((await connections().credentials(id)).token).toBe(TOKEN);
  });

  it('never replaces a damaged connections file with an empty one', async () => {
    await writeFile(join(folder, TENANTS_FILE), '{ "format": "flowpack.tenants", "connections": [ oops');
    const error = await expectHostError(connections().add({ name: 'A', url: 'https://a.example', token: TOKEN }), 'IO');
    expect(error.message).toMatch(/damaged/);
    expect(await readFile(join(folder, TENANTS_FILE), 'utf8')).toContain('oops');
  });
});
