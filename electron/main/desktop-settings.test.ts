import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DESKTOP_SETTINGS_FILE, desktopUserDataDir, electronAppDataDir, readDesktopSettings, updateDesktopSettings } from './desktop-settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowpack-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('remembering the last workspace', () => {
  it('reads back the workspace it stored', async () => {
    await updateDesktopSettings(dir, { lastWorkspace: '/home/ana/flows' });
    expect(await readDesktopSettings(dir)).toEqual({ lastWorkspace: '/home/ana/flows' });
  });

  it('starts with no settings when the file is missing or damaged', async () => {
    expect(await readDesktopSettings(dir)).toEqual({});
    await writeFile(join(dir, DESKTOP_SETTINGS_FILE), '{ not json');
    expect(await readDesktopSettings(dir)).toEqual({});
    await writeFile(join(dir, DESKTOP_SETTINGS_FILE), '{"lastWorkspace": 42}');
    expect(await readDesktopSettings(dir)).toEqual({});
  });

  it('keeps settings it does not know when it changes one', async () => {
    await writeFile(join(dir, DESKTOP_SETTINGS_FILE), '{"windowBounds": {"width": 800}}');
    await updateDesktopSettings(dir, { lastWorkspace: '/w' });
    expect(JSON.parse(await readFile(join(dir, DESKTOP_SETTINGS_FILE), 'utf8'))).toEqual({ windowBounds: { width: 800 }, lastWorkspace: '/w' });
  });
});

describe('where the settings live without Electron', () => {
  it('matches Electron\'s app data folder on each platform', () => {
    expect(electronAppDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config');
    expect(electronAppDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg');
    expect(electronAppDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe('/home/ana/.config');
    expect(electronAppDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support');
    expect(electronAppDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming');
    expect(desktopUserDataDir('/home/ana/.config')).toBe(join('/home/ana/.config', 'Flowpack Studio'));
  });
});
