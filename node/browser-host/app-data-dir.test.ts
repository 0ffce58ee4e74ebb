import { describe, expect, it } from 'vitest';
import { defaultAppDataDir } from './app-data-dir';

describe('the app data folder is where each OS keeps application data', () => {
  it('uses XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(defaultAppDataDir('linux', { XDG_DATA_HOME: '/data' }, '/home/ana')).toBe('/data/flowpack-studio');
    expect(defaultAppDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.local/share/flowpack-studio');
    // The XDG spec: a relative value is invalid and ignored.
    expect(defaultAppDataDir('linux', { XDG_DATA_HOME: 'data' }, '/home/ana')).toBe('/home/ana/.local/share/flowpack-studio');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultAppDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Flowpack Studio');
    expect(defaultAppDataDir('win32', { APPDATA: '/roaming' }, '/users/ana')).toMatch(/roaming.Flowpack Studio$/);
  });
});
