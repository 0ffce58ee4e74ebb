import type { KeychainUnavailableReason } from '../../shared/host/keychain-status';

/**
 * Seals secrets (tenant tokens) before they are written to disk. In the desktop app it is
 * Electron's safeStorage (the OS keychain); where there is no keychain — the browser host, a
 * Linux desktop without a keyring — secrets can only be stored as they are, and the user is
 * asked first.
 */
export interface SecretBox {
  /** Whether sealed secrets are encrypted with a key the OS keeps. */
  readonly protects: boolean;
  /** Why they are not, as a code the UI words in the user's language. */
  readonly unprotectedReason?: KeychainUnavailableReason;
  seal(secret: string): string;
  /** Throws when the secret was sealed on another computer or by another user. */
  open(sealed: string): string;
}

/** No encryption: what the browser host has (it runs without the OS keychain). */
export const plainSecretBox: SecretBox = {
  protects: false,
  unprotectedReason: 'browserHost',
  seal: (secret) => secret,
  open: (sealed) => sealed,
};

/** The reason in English, for host error messages and logs (the UI words the code itself). */
const REASON_IN_ENGLISH: Readonly<Record<KeychainUnavailableReason, string>> = {
  browserHost: 'the browser host has no access to the system keychain',
  noKeyring: 'no keyring (secret service) is running on this desktop',
  noKeychain: 'the system keychain is not available',
};

export function unprotectedReasonInEnglish(box: SecretBox): string {
  return REASON_IN_ENGLISH[box.unprotectedReason ?? 'noKeychain'];
}
