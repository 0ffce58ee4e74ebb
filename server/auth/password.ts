import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

/**
 * scrypt's cost: N = 2^15 with r = 8 needs 32 MiB per hash (128 * N * r bytes), the memory that
 * makes a guessing rig expensive; OWASP's password storage guidance lists these parameters. They are
 * stored with each hash, so raising them later leaves existing hashes verifiable.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Node refuses scrypt above 32 MiB unless told; leave room above what the parameters need. */
const maxmem = (options: { N: number; r: number }) => 256 * options.N * options.r;

/** Shortest and longest password accepted: long enough to resist guessing, short enough that hashing one is no way to tire the server. */
export const PASSWORD_MIN_CHARS = 12;
export const PASSWORD_MAX_CHARS = 1024;

const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, options: ScryptOptions & { N: number; r: number }, bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, bytes, { ...options, maxmem: maxmem(options) }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Whether a new password is too short or too long, with its length: counted in code points, as labels are. */
export function passwordLengthProblem(password: string): { problem: 'short' | 'long'; length: number } | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_CHARS) return { problem: 'short', length };
  if (length > PASSWORD_MAX_CHARS) return { problem: 'long', length };
  return undefined;
}

/** What is wrong with a password as a new one, in English for the command line, or undefined when it will do. */
export function passwordProblem(password: string): string | undefined {
  const found = passwordLengthProblem(password);
  if (!found) return undefined;
  return found.problem === 'short' ? `is ${found.length} characters long; use at least ${PASSWORD_MIN_CHARS}` : `is ${found.length} characters long; at most ${PASSWORD_MAX_CHARS} are allowed`;
}

/** The stored form: `scrypt$N$r$p$salt$key`, salt and key in base64url, a fresh random salt per hash. */
export async function hashPassword(password: string, cost: { N: number; r: number; p: number } = COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return [PREFIX, cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` is the one `stored` was made from; the keys are compared in constant time. A malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [prefix, n, r, p, salt, key, ...rest] = stored.split('$');
  if (prefix !== PREFIX || rest.length > 0 || salt === undefined || key === undefined) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((value) => Number.isSafeInteger(value) && value > 0)) return false;
  if ([...password].length > PASSWORD_MAX_CHARS) return false;
  const expected = Buffer.from(key, 'base64url');
  if (expected.length === 0) return false;
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost, expected.length);
  return timingSafeEqual(actual, expected);
}
