import { createHash, randomBytes } from 'node:crypto';

/** Tokens read `fpt_` + 256 random bits in base64url: the prefix lets secret scanners and people recognise one. */
const TOKEN_PREFIX = 'fpt_';

/** Whether a bearer value is one of the server's own tokens (else it may be one the sign-in provider issued). */
export function isTenantToken(secret: string): boolean {
  return secret.startsWith(TOKEN_PREFIX);
}

/** A new token and the SHA-256 hash that is all the server keeps of it. */
export function generateToken(): { token: string; hash: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/**
 * The stored form of a token. A plain SHA-256 (no salt or slow hash) is right here: the token
 * is 256 random bits, so it cannot be guessed from its hash, and lookups stay one index probe.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The bearer token of an Authorization header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** A public identifier for a token (audit entries, revocation), unrelated to its secret. */
export function newTokenId(): string {
  return 'tok_' + randomBytes(12).toString('hex');
}
