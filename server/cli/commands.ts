import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isProfile, PROFILES } from '../../shared/format/profiles';
import { parseJson } from '../../shared/json/parse-json';
import { parseKeyFile } from '../../shared/pack/signature/keys';
import { parseScopeList, TOKEN_SCOPES } from '../../shared/tenant-api/scopes';
import { checkTokenLabel } from '../../shared/tenant-api/token-label';
import { createApp, REDACTED_LOG_PATHS } from '../api/app';
import { hooksFromEnvironment } from '../api/server-hooks';
import { DEADLINE_EXPIRY_VARIABLE, DEADLINE_POLLING_VARIABLE } from '../runs/job-engine';
import { seedDemo } from '../seed/seed-demo';
import { createTenant, createToken, getTenant, revokeToken } from '../store/tenant-store';
import { forgetTenantKey, tenantTrustedKeys, trustTenantKey } from '../store/trusted-keys-store';
import { openCommandStore } from './store-options';
import { UsageError } from './usage-error';
import { findUserByEmail } from '../store/user-store';
import { checkEmail } from '../../shared/tenant-api/people';
import { registerCiClient } from '../oidc/ci-clients';

export { UsageError };

export const DATA = { data: { type: 'string' } } as const;

/** Runs `body` against the command's store and always closes it, so PGlite flushes to disk. */
export async function withStore<T>(data: string | undefined, body: (db: Awaited<ReturnType<typeof openCommandStore>>['database']) => Promise<T>): Promise<T> {
  const { database } = await openCommandStore(data);
  try {
    return await body(database);
  } finally {
    await database.close();
  }
}

export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${option} is required.`);
  return value.trim();
}

export async function createTenantCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...DATA, name: { type: 'string' }, profile: { type: 'string' } } });
  const name = required(values.name, '--name');
  const profile = required(values.profile, '--profile');
  if (!isProfile(profile)) throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}; got "${profile}".`);
  const { tenant, token } = await withStore(values.data, ({ db }) => createTenant(db, { name, profile, now: new Date() }));
  process.stdout.write(
    `Tenant ${tenant.id} (${tenant.name}, ${tenant.profile})\n` +
      `Admin token ${token.id} "${token.label}" with every scope. It is shown this once; store it now:\n${token.token}\n`,
  );
}

export async function createTokenCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...DATA, tenant: { type: 'string' }, scopes: { type: 'string' }, expires: { type: 'string' }, label: { type: 'string' }, user: { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const label = optionalLabel(values.label);
  const email = values.user === undefined ? undefined : checkedEmail(values.user, '--user');
  // A person's token acts within their role whatever it carries, so its scopes may be left out: then it may do all the role allows.
  const scopeList = email !== undefined && values.scopes === undefined ? TOKEN_SCOPES.join(',') : required(values.scopes, '--scopes');
  const parsed = parseScopeList(scopeList);
  if (!parsed.ok) throw new UsageError(`Unknown scope ${parsed.unknown.join(', ')}; scopes are ${TOKEN_SCOPES.join(', ')}.`);
  if (parsed.scopes.length === 0) throw new UsageError('--scopes names no scope.');
  let expiresAt: Date | null = null;
  if (values.expires !== undefined) {
    const days = Number(values.expires);
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError(`--expires takes whole days from 1 to 3650; got "${values.expires}".`);
    expiresAt = new Date(Date.now() + days * 86_400_000);
  }
  const { token, user } = await withStore(values.data, async ({ db }) => {
    if (!(await getTenant(db, tenantId))) throw new UsageError(`No tenant ${tenantId}.`);
    const user = email === undefined ? undefined : await findUserByEmail(db, tenantId, email);
    if (email !== undefined && !user) throw new UsageError(`Tenant ${tenantId} has no person with the address ${email} (create-user adds one).`);
    if (user?.deactivatedAt) throw new UsageError(`${user.email} is deactivated: their tokens are refused.`);
    return { user, token: await createToken(db, { tenantId, scopes: parsed.scopes, expiresAt, label, userId: user?.id ?? null, now: new Date() }) };
  });
  const expiry = token.expiresAt ? `expires ${token.expiresAt.toISOString()}` : 'never expires';
  const owner = user ? ` for ${user.name} <${user.email}>, acting within their role (${user.role})` : '';
  process.stdout.write(`Token ${token.id} "${token.label}"${owner} (${token.scopes.join(', ')}; ${expiry}). It is shown this once; store it now:\n${token.token}\n`);
}

/**
 * `create-ci-client --tenant <id> --scopes <list> --label <text>`: a client for a pipeline's
 * client-credentials grant, acting as a machine token of its own (revoke-token ends it).
 */
export async function createCiClientCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...DATA, tenant: { type: 'string' }, scopes: { type: 'string' }, label: { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const label = optionalLabel(required(values.label, '--label'))!;
  const parsed = parseScopeList(required(values.scopes, '--scopes'));
  if (!parsed.ok) throw new UsageError(`Unknown scope ${parsed.unknown.join(', ')}; scopes are ${TOKEN_SCOPES.join(', ')}.`);
  if (parsed.scopes.length === 0) throw new UsageError('--scopes names no scope.');
  const client = await withStore(values.data, async ({ db }) => {
    if (!(await getTenant(db, tenantId))) throw new UsageError(`No tenant ${tenantId}.`);
    return registerCiClient(db, { tenantId, label, scopes: parsed.scopes, now: new Date() });
  });
  process.stdout.write(
    `CI client "${label}" (${parsed.scopes.join(', ')}), acting as token ${client.tokenId}; revoke-token ${client.tokenId} ends it.\n` +
      `Client id: ${client.clientId}\nClient secret (shown this once; store it in the pipeline's secrets now):\n${client.clientSecret}\n`,
  );
}

/** An e-mail option, trimmed, lower-cased and checked. */
export function checkedEmail(value: string, option: string): string {
  const checked = checkEmail(value);
  if (!checked.ok) throw new UsageError(`${option} ${checked.problem}.`);
  return checked.value;
}

/** `--label`, trimmed and checked; left out, the store labels the token "token <short id>". */
function optionalLabel(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const checked = checkTokenLabel(value);
  if (!checked.ok) throw new UsageError(`--label ${checked.problem}.`);
  return checked.label;
}

export async function revokeTokenCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: DATA, allowPositionals: true });
  const id = required(positionals[0], 'The token id');
  const revoked = await withStore(values.data, ({ db }) => revokeToken(db, id, new Date()));
  if (!revoked) throw new UsageError(`No active token ${id}.`);
  process.stdout.write(`Token ${id} revoked.\n`);
}

export async function seedDemoCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...DATA, tenant: { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const result = await withStore(values.data, async ({ db }) => {
    const tenant = await getTenant(db, tenantId);
    if (!tenant) throw new UsageError(`No tenant ${tenantId}.`);
    return seedDemo(db, tenant, new Date());
  });
  process.stdout.write(`Seeded ${result.entities} catalog entities and ${result.flows} flows.\n`);
}

/** A number of seconds from the environment, at least `min`; undefined when the variable is not set. */
function secondsFromEnvironment(name: string, min: number): number | undefined {
  const value = process.env[name]?.trim();
  if (value === undefined || value === '') return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < min || seconds > 86_400) throw new UsageError(`${name} must be a number of seconds from ${min} to 86400; got "${value}".`);
  return seconds;
}

export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...DATA, port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' }, 'public-url': { type: 'string' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a port number; got "${values.port}".`);
  const publicUrl = checkedPublicUrl(values['public-url']);
  const { database, where } = await openCommandStore(values.data);
  const hooks = hooksFromEnvironment(process.env, (line) => process.stderr.write(line));
  const deadlinePollingSeconds = secondsFromEnvironment(DEADLINE_POLLING_VARIABLE, 0.5);
  const deadlineExpirySeconds = secondsFromEnvironment(DEADLINE_EXPIRY_VARIABLE, 1);
  const app = await createApp({
    db: database.db,
    onTenantChange: database.onTenantChange,
    jobSql: database.jobSql,
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: REDACTED_LOG_PATHS },
    hooks,
    deadlinePollingSeconds,
    deadlineExpirySeconds,
    signIn: { publicUrl },
  });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const address = await app.listen({ port, host: values.host });
  app.log.info({ store: where }, `flowpack-tenant listening on ${address}`);
}

/**
 * The address people and clients reach the server at (behind a proxy, not the one it listens
 * on): the sign-in provider's issuer, which every token and discovery document names.
 */
export function checkedPublicUrl(value: string | undefined, option = '--public-url'): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option} must be an address such as https://tenant.example.com; got "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${option} must be an https:// address; got "${value}".`);
  if (url.search || url.hash || url.pathname !== '/') throw new UsageError(`${option} is the server's root address, without a path, query or fragment; got "${value}".`);
  return url.origin;
}

/**
 * `trust-key --tenant <id> <file.pub>`: from then on the tenant imports a shared pack only
 * when one of its trusted keys signed it. The fingerprint is printed, for the admin to compare
 * with the one the key's author gave them.
 */
export async function trustKeyCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { ...DATA, tenant: { type: 'string' } }, allowPositionals: true });
  const tenantId = required(values.tenant, '--tenant');
  const key = await readPublicKey(required(positionals[0], 'The public key file'));
  const result = await withStore(values.data, async ({ db }) => {
    if (!(await getTenant(db, tenantId))) throw new UsageError(`No tenant ${tenantId}.`);
    return trustTenantKey(db, tenantId, key, new Date());
  });
  process.stdout.write(
    `${result.added ? 'Trusted' : 'Already trusted'}: ${key.author}, key ${result.fingerprint}\n` +
      'Compare this fingerprint with the one its author gave you. From now on this tenant imports a shared pack only when a key it trusts signed it.\n',
  );
}

/** `forget-key --tenant <id> <fingerprint>`: the tenant no longer trusts that key (with none left, it asks for no signature). */
export async function forgetKeyCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { ...DATA, tenant: { type: 'string' } }, allowPositionals: true });
  const tenantId = required(values.tenant, '--tenant');
  const print = required(positionals[0], 'The key fingerprint');
  const { forgotten, left } = await withStore(values.data, async ({ db }) => {
    if (!(await getTenant(db, tenantId))) throw new UsageError(`No tenant ${tenantId}.`);
    const forgotten = await forgetTenantKey(db, tenantId, print, new Date());
    return { forgotten, left: (await tenantTrustedKeys(db, tenantId)).length };
  });
  if (!forgotten) throw new UsageError(`Tenant ${tenantId} does not trust a key ${print} (list-keys shows those it does).`);
  process.stdout.write(`Key ${print} is no longer trusted.${left === 0 ? ' No key is left: this tenant imports packs without asking for a signature.' : ''}\n`);
}

/** `list-keys --tenant <id>`: the keys the tenant trusts, with their fingerprints. */
export async function listKeysCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { ...DATA, tenant: { type: 'string' } } });
  const tenantId = required(values.tenant, '--tenant');
  const keys = await withStore(values.data, async ({ db }) => {
    if (!(await getTenant(db, tenantId))) throw new UsageError(`No tenant ${tenantId}.`);
    return tenantTrustedKeys(db, tenantId);
  });
  if (keys.length === 0) {
    process.stdout.write('No trusted keys: this tenant imports packs without asking for a signature.\n');
    return;
  }
  for (const key of keys) process.stdout.write(`${key.fingerprint}  ${key.author} (since ${key.addedAt})\n`);
}

/** A public key file (or a private one, of which only the public part is taken), or a usage error naming the file. */
async function readPublicKey(path: string): Promise<{ author: string; publicKey: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UsageError(`${path}: not a key file: ${parsed.message}.`);
  const key = parseKeyFile(parsed.value);
  if (!key.ok) throw new UsageError(`${path}: ${key.message}.`);
  return { author: key.key.author, publicKey: key.key.publicKey };
}
