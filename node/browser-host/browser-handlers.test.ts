import { describe, expect, it } from 'vitest';
import { HostError } from '../../shared/host/host-error';
import { createBrowserOwnHandlers, preferredLocale } from './browser-handlers';

describe('the browser host tells the renderer what it is', () => {
  it('reports itself as the browser host without native dialogs, with the version it was given', async () => {
    const handlers = createBrowserOwnHandlers('1.2.3', 'es-ES,es;q=0.9');
    expect(await handlers['app:info']({})).toEqual({ version: '1.2.3', host: 'browser', locale: 'es-ES', nativeDialogs: false });
  });

  it('says choosing a folder, opening links and showing a file in its folder are not supported, so the renderer hides or replaces them', async () => {
    const handlers = createBrowserOwnHandlers('1.2.3', undefined);
    await expect(handlers['workspace:choose']({})).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    await expect(handlers['shell:openExternal']({ url: 'https://example.com/' })).rejects.toBeInstanceOf(HostError);
    await expect(handlers['shell:showInFolder']({ path: '/tmp/support.flowpack' })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
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
