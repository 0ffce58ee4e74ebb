/**
 * Seals secrets (tenant tokens) before they are written to disk. In the desktop app it is
 * Electron's safeStorage (the OS keychain); where there is no keychain — the browser host, a
 * Linux desktop without a keyring — secrets can only be stored as they are, and the user is
 * asked first.
 */
export interface SecretBox {
  /** Whether sealed secrets are encrypted with a key the OS keeps. */
  readonly protects: boolean;
  /** Why they are not, in words for the question put to the user. */
  readonly unprotectedReason?: string;
  seal(secret: string): string;
  /** Throws when the secret was sealed on another computer or by another user. */
  open(sealed: string): string;
}

/** No encryption: what the browser host has (it runs without the OS keychain). */
export const plainSecretBox: SecretBox = {
  protects: false,
  unprotectedReason: 'the browser host has no access to the system keychain',
  seal: (secret) => secret,
  open: (sealed) => sealed,
};
