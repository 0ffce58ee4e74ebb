import { Menu } from 'electron';
import type { BrowserWindow } from 'electron';
import type { ActionName } from '../../shared/host/actions';
import type { HostEvent } from '../../shared/host/contract';
import { buildMenuTemplate } from './app-menu-template';
import { FOCUS_PROBE_SOURCE, isTextEditingCommand, routeMenuCommand, textFocusOf } from './menu-command-routes';
import type { TextFocus } from './menu-command-routes';

export interface ApplicationMenuOptions {
  locale: string;
  isDevelopment: boolean;
  getWindow: () => BrowserWindow | null;
  sendCommand: (payload: HostEvent<'app:command'>) => void;
  /** Open File: the native dialog, then the chosen files open in the editor. */
  openFileDialog: () => Promise<void>;
}

/** Installs the native menus; their commands reach the renderer as `app:command` events. */
export function installApplicationMenu(options: ApplicationMenuOptions): void {
  const runCommand = async (command: ActionName): Promise<void> => {
    const window = options.getWindow();
    if (window === null || window.isDestroyed()) return;
    // Only the editing commands need to know whether a text field has the focus.
    const focus: TextFocus = isTextEditingCommand(command)
      ? await window.webContents.executeJavaScript(FOCUS_PROBE_SOURCE, true).then(textFocusOf, () => 'none' as const)
      : 'none';
    const route = routeMenuCommand(command, focus);
    if (route.kind === 'native') window.webContents[route.method]();
    else if (route.kind === 'openFileDialog') await options.openFileDialog();
    else options.sendCommand({ command: route.command });
  };
  const template = buildMenuTemplate({
    platform: process.platform,
    locale: options.locale,
    isDevelopment: options.isDevelopment,
    runCommand: (command) => void runCommand(command).catch((error: unknown) => console.error(`Flowpack Studio: the ${command} menu command failed:`, error)),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
