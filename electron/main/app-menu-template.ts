// Type-only: this module builds plain data and stays loadable without the Electron binary.
import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, acceleratorOf, parseKey } from '../../shared/host/actions';
import type { ActionName, MenuPlace } from '../../shared/host/actions';
import { actionLabel, nativeLabels } from './native-labels';

/**
 * The accelerator of an action's menu item on a platform: its first key, as the registry
 * (shared/host/actions.ts) has it. The page sees a key first: the renderer's own shortcuts
 * (which the browser host needs anyway) take it with preventDefault, and Electron runs a menu
 * accelerator only for a key the page left unhandled, so one key press never runs an action
 * twice. A key without Cmd/Ctrl (Shift+1, Delete) is shown but not registered: registered, it
 * would fire while someone types that character in a text field; the canvas handles it.
 */
export function menuAccelerator(name: ActionName, platform: NodeJS.Platform): { accelerator: string; registerAccelerator: boolean } | undefined {
  const action = ACTIONS.find((candidate) => candidate.name === name)!;
  const key = (action.keys[platform === 'darwin' ? 'mac' : 'other'] as readonly string[])[0];
  if (key === undefined) return undefined;
  return { accelerator: acceleratorOf(key), registerAccelerator: parseKey(key).mod };
}

/** The registry's actions of one native menu, in order, a separator between their groups. */
function menuActions(menu: MenuPlace['menu']): (ActionName | 'separator')[] {
  const entries: (ActionName | 'separator')[] = [];
  let group: number | undefined;
  for (const action of ACTIONS) {
    if (!('menu' in action) || action.menu.menu !== menu) continue;
    if (group !== undefined && action.menu.group !== group) entries.push('separator');
    group = action.menu.group;
    entries.push(action.name);
  }
  return entries;
}

/** What the menu needs to know of where it runs. */
export interface MenuContext {
  platform: NodeJS.Platform;
  /** The system locale (`app.getLocale()`), for the labels. */
  locale: string;
  /** Development builds add reload and the developer tools; packaged builds never do. */
  isDevelopment: boolean;
  /** Runs a command when its item is clicked or its accelerator pressed. */
  runCommand: (command: ActionName) => void;
}

/**
 * The application menu as Electron's template: File, Edit, View and Help hold the registry's actions
 * placed in them, each of which only calls `runCommand`; quitting, hiding, the about panel, window handling
 * and (in development) the developer tools use Electron's platform roles.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const labels = nativeLabels(context.locale);
  const isMac = context.platform === 'darwin';
  const item = (command: ActionName): MenuItemConstructorOptions => {
    const action = ACTIONS.find((candidate) => candidate.name === command)!;
    return { id: command, label: actionLabel(labels, action.label), ...menuAccelerator(command, context.platform), click: () => context.runCommand(command) };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const itemsOf = (menu: MenuPlace['menu']) => menuActions(menu).map((entry) => (entry === 'separator' ? separator : item(entry)));

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
      ...itemsOf('file'),
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  });
  template.push({
    label: labels.edit,
    submenu: itemsOf('edit'),
  });
  template.push({
    label: labels.view,
    submenu: [
      ...itemsOf('view'),
      ...(context.isDevelopment ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      separator,
      { role: 'togglefullscreen' },
    ],
  });
  template.push(isMac ? { role: 'windowMenu', label: labels.window } : { label: labels.window, submenu: [{ role: 'minimize' }] });
  // On macOS the about item is in the app menu, and the help role adds the system's search of the menus.
  template.push({
    ...(isMac ? { role: 'help' as const } : {}),
    label: labels.help,
    submenu: [...itemsOf('help'), ...(isMac ? [] : [separator, { role: 'about' } as const])],
  });
  return template;
}
