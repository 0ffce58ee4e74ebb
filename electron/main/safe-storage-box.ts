import type { SafeStorage } from 'electron';
import type { SecretBox } from '../../node/services/secret-box';

/**
 * Tenant tokens sealed with Electron's safeStorage: the macOS Keychain, Windows DPAPI, or the
 * Linux secret service. On Linux without a keyring safeStorage falls back to a fixed key
 * ('basic_text'), which protects nothing: that counts as unprotected, so the user is asked.
 */
export function safeStorageBox(safeStorage: SafeStorage, platform: NodeJS.Platform): SecretBox {
  const available = safeStorage.isEncryptionAvailable();
  const backend = platform === 'linux' && available ? safeStorage.getSelectedStorageBackend() : undefined;
  const protects = available && backend !== 'basic_text' && backend !== 'unknown';
  return {
    protects,
    unprotectedReason: protects ? undefined : platform === 'linux' ? 'noKeyring' : 'noKeychain',
    seal: (secret) => (protects ? safeStorage.encryptString(secret).toString('base64') : secret),
    open: (sealed) => (protects ? safeStorage.decryptString(Buffer.from(sealed, 'base64')) : sealed),
  };
}
