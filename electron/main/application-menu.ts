import { Menu } from 'electron';
import type { BrowserWindow } from 'electron';
import type { AppCommand, HostEvent } from '../../shared/host/contract';
import { buildMenuTemplate } from './app-menu-template';
import { FOCUS_PROBE_SOURCE, isTextEditingCommand, routeMenuCommand } from './menu-command-routes';

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
  const runCommand = async (command: AppCommand): Promise<void> => {
    const window = options.getWindow();
    if (window === null || window.isDestroyed()) return;
    // Only the editing commands need to know whether a text field has the focus.
    const focusedText =
      isTextEditingCommand(command) &&
      (await window.webContents.executeJavaScript(FOCUS_PROBE_SOURCE, true).then(
        (answer: unknown) => answer === true,
        () => false,
      ));
    const route = routeMenuCommand(command, focusedText);
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
