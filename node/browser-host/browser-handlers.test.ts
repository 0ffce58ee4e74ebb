import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../shared/host/host-error';
import { makeTempFolder } from '../services/temp-workspace.testing';
import { createBrowserOwnHandlers, preferredLocale } from './browser-handlers';

const NO_FOLDERS = { logsDir: '/nowhere/logs', documentationDir: '/nowhere/docs' };

describe('the browser host tells the renderer what it is', () => {
  it('reports itself as the browser host without native dialogs, with the version it was given', async () => {
    const handlers = createBrowserOwnHandlers('1.2.3', 'es-ES,es;q=0.9', NO_FOLDERS);
    expect(await handlers['app:info']({})).toEqual({ version: '1.2.3', host: 'browser', locale: 'es-ES', nativeDialogs: false });
  });

  it('says choosing a folder, opening links and showing a file in its folder are not supported, so the renderer hides or replaces them', async () => {
    const handlers = createBrowserOwnHandlers('1.2.3', undefined, NO_FOLDERS);
    await expect(handlers['workspace:choose']({})).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    await expect(handlers['shell:openExternal']({ url: 'https://example.com/' })).rejects.toBeInstanceOf(HostError);
    await expect(handlers['shell:showInFolder']({ path: '/tmp/support.flowpack' })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });

  it('answers the Help menu\'s folders by their path, for the page to show, since a browser cannot open a folder', async () => {
    const { folder, remove } = await makeTempFolder('flowpack-help-folders-');
    try {
      const folders = { logsDir: join(folder, 'app-data', 'logs'), documentationDir: join(folder, 'docs') };
      const handlers = createBrowserOwnHandlers('1.2.3', undefined, folders);
      // The logs folder exists once asked for, even before a line was written, so the path shown is there.
      expect(await handlers['support:openFolder']({ folder: 'logs' })).toEqual({ opened: false, path: folders.logsDir });
      expect(await readdir(folders.logsDir)).toEqual([]);
      // A documentation folder missing from the installation is said to be missing, not shown as a path that is not there.
      await expect(handlers['support:openFolder']({ folder: 'documentation' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await remove();
    }
  });
});

describe('the locale comes from the browser’s Accept-Language', () => {
  it('picks the most preferred language, by quality', () => {
    expect(preferredLocale('en;q=0.5,pt-BR;q=0.9,es;q=0.7')).toBe('pt-BR');
    expect(preferredLocale('pt-BR,pt;q=0.9,en;q=0.8')).toBe('pt-BR');
  });

  it('falls back to English when the header is missing, a wildcard or nonsense', () => {
    expect(preferredLocale(undefined)).toBe('en');
    expect(preferredLocale('*')).toBe('en');
    expect(preferredLocale('<script>;q=1, ;;')).toBe('en');
    expect(preferredLocale('fr;q=0')).toBe('en');
  });
});
