import type { SafeStorage } from 'electron';
import { describe, expect, it } from 'vitest';
import { safeStorageBox } from './safe-storage-box';

/** safeStorage as Electron's documentation describes it, with a reversible stand-in for the OS cipher. */
function fakeSafeStorage(available: boolean, backend: ReturnType<SafeStorage['getSelectedStorageBackend']>): SafeStorage {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(`sealed:${text}`),
    decryptString: (data: Buffer) => data.toString().replace(/^sealed:/, ''),
    setUsePlainTextEncryption: () => undefined,
  } as unknown as SafeStorage;
}

describe('safeStorageBox', () => {
  it('seals with the OS keychain where there is one, and opens what it sealed', () => {
    const box = safeStorageBox(fakeSafeStorage(true, 'gnome_libsecret'), 'linux');
    expect(box.protects).toBe(true);
    const sealed = box.seal('fpt_secret');
    expect(sealed).not.toContain('fpt_secret');
    expect(box.open(sealed)).toBe('fpt_secret');
  });

  it('counts Linux’s basic_text fallback as unprotected and says why', () => {
    const box = safeStorageBox(fakeSafeStorage(true, 'basic_text'), 'linux');
    expect(box.protects).toBe(false);
    expect(box.unprotectedReason).toBe('noKeyring');
  });

  it('is unprotected when encryption is not available at all', () => {
    const box = safeStorageBox(fakeSafeStorage(false, 'unknown'), 'win32');
    expect(box.protects).toBe(false);
    expect(box.seal('x')).toBe('x');
  });
});
