import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permission-policy';

describe('web permissions', () => {
  it('lets the app page use the clipboard, for copying steps as JSON text', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://flowpack/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-read', 'app://flowpack')).toBe(true);
  });

  it('denies every other permission, even to the app page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid', 'serial', 'fullscreen', 'unknown']) {
      expect(isPermissionGranted(permission, 'app://flowpack/index.html'), permission).toBe(false);
    }
  });

  it('denies the clipboard to anything that is not the app page', () => {
    expect(isPermissionGranted('clipboard-read', 'https://example.com')).toBe(false);
    expect(isPermissionGranted('clipboard-read', 'file:///tmp/x.html')).toBe(false);
    expect(isPermissionGranted('clipboard-read', undefined)).toBe(false);
  });
});
