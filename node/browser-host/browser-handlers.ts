import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { acceptedLanguageTags } from '../../shared/locales/accept-language';
import { createSupportFolderHandlers } from '../services/support-folders';
import type { SupportFolderOptions } from '../services/support-folders';

/** The calls whose answer depends on the host being a browser rather than the desktop app. */
export type BrowserOwnCalls = 'app:info' | 'workspace:choose' | 'shell:openExternal' | 'shell:showInFolder' | 'support:openFolder';

/**
 * The browser host's own handlers. There are no native dialogs (a web page cannot hand a folder
 * path to the host), and the renderer opens links itself with a normal anchor, so those calls
 * say NOT_SUPPORTED. The locale is the browser's, from the request's Accept-Language. The Help
 * menu's folders are answered by their path, which the page shows: it has no file manager to open.
 */
export function createBrowserOwnHandlers(
  version: string,
  acceptLanguage: string | undefined,
  folders: Omit<SupportFolderOptions, 'openFolder'>,
): Pick<HostHandlers, BrowserOwnCalls> {
  return {
    ...createSupportFolderHandlers(folders),
    'app:info': async () => ({ version, host: 'browser', locale: preferredLocale(acceptLanguage), nativeDialogs: false }),
    'workspace:choose': async () => {
      throw new HostError('NOT_SUPPORTED', 'The browser host cannot choose a folder: restart it with --workspace <folder>.');
    },
    'shell:openExternal': async () => {
      throw new HostError('NOT_SUPPORTED', 'The browser host does not open links: the page opens them itself.');
    },
    'shell:showInFolder': async () => {
      throw new HostError('NOT_SUPPORTED', 'The browser host has no file manager to show: the page offers a download instead.');
    },
  };
}

/**
 * The most preferred language tag of an Accept-Language header (`pt-BR,pt;q=0.9,en;q=0.8` ->
 * `pt-BR`), or `en` when there is none. The renderer picks the nearest language it speaks.
 */
export function preferredLocale(acceptLanguage: string | undefined): string {
  return acceptedLanguageTags(acceptLanguage)[0] ?? 'en';
}
