// Type-only: this module builds plain data and stays loadable without the Electron binary.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/host/contract';
import { nativeLabels } from './native-labels';

/**
 * The accelerator of each command. Every one holds CmdOrCtrl, so none can fire while someone
 * types text. The page sees a key first: the renderer's own shortcuts (which the browser host
 * needs anyway) take it with preventDefault, and Electron runs a menu accelerator only for a
 * key the page left unhandled, so one key press never runs a command twice.
 */
export const COMMAND_ACCELERATORS: Readonly<Record<AppCommand, string>> = {
  newFlow: 'CmdOrCtrl+N',
  openWorkspace: 'CmdOrCtrl+Shift+O',
  openFile: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  close: 'CmdOrCtrl+W',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  cut: 'CmdOrCtrl+X',
  copy: 'CmdOrCtrl+C',
  paste: 'CmdOrCtrl+V',
  selectAll: 'CmdOrCtrl+A',
  zoomIn: 'CmdOrCtrl+=',
  zoomOut: 'CmdOrCtrl+-',
  fitView: 'CmdOrCtrl+Shift+F',
  autoLayout: 'CmdOrCtrl+Shift+L',
  toggleProblems: 'CmdOrCtrl+Shift+M',
  exportPack: 'CmdOrCtrl+E',
  importPack: 'CmdOrCtrl+I',
};

/** What the menu needs to know of where it runs. */
export interface MenuContext {
  platform: NodeJS.Platform;
  /** The system locale (`app.getLocale()`), for the labels. */
  locale: string;
  /** Development builds add reload and the developer tools; packaged builds never do. */
  isDevelopment: boolean;
  /** Runs a command when its item is clicked or its accelerator pressed. */
  runCommand: (command: AppCommand) => void;
}

/**
 * The application menu as Electron's template: File, Edit and View hold the app's commands,
 * each of which only calls `runCommand`; quitting, hiding, the about panel, window handling
 * and (in development) the developer tools use Electron's platform roles.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const labels = nativeLabels(context.locale);
  const isMac = context.platform === 'darwin';
  const item = (command: AppCommand): MenuItemConstructorOptions => ({
    id: command,
    label: labels.commands[command],
    accelerator: COMMAND_ACCELERATORS[command],
    click: () => context.runCommand(command),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      role: 'appMenu',
      submenu: [
        { role: 'about' },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: labels.file,
    submenu: [
      item('newFlow'),
      item('openWorkspace'),
      item('openFile'),
      separator,
      item('save'),
      item('saveAs'),
      separator,
      item('importPack'),
      item('exportPack'),
      separator,
      item('close'),
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  });
  template.push({
    label: labels.edit,
    submenu: [item('undo'), item('redo'), separator, item('cut'), item('copy'), item('paste'), item('selectAll')],
  });
  template.push({
    label: labels.view,
    submenu: [
      item('zoomIn'),
      item('zoomOut'),
      item('fitView'),
      separator,
      item('autoLayout'),
      item('toggleProblems'),
      ...(context.isDevelopment ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      separator,
      { role: 'togglefullscreen' },
    ],
  });
  template.push(isMac ? { role: 'windowMenu', label: labels.window } : { label: labels.window, submenu: [{ role: 'minimize' }] });
  if (!isMac) template.push({ label: labels.help, submenu: [{ role: 'about' }] });
  return template;
}
