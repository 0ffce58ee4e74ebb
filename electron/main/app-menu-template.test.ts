import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { ACTIONS, acceleratorOf, parseKey } from '../../shared/host/actions';
import type { ActionName } from '../../shared/host/actions';
import { buildMenuTemplate } from './app-menu-template';
import type { MenuContext } from './app-menu-template';

/** Every item of a template, submenus included, depth first. */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? allItems(entry.submenu) : [])]);
}

function menu(overrides: Partial<MenuContext> = {}) {
  const ran: ActionName[] = [];
  const template = buildMenuTemplate({ platform: 'linux', locale: 'en-US', isDevelopment: false, runCommand: (command) => ran.push(command), ...overrides });
  return { template, items: allItems(template), ran };
}

describe('the application menu', () => {
  it('offers every action placed in a menu once, with the registry\'s key, and a click sends exactly that action', () => {
    for (const [platform, keys] of [['linux', 'other'], ['darwin', 'mac']] as const) {
      const { items, ran } = menu({ platform });
      const placed = ACTIONS.filter((action) => 'menu' in action);
      for (const action of placed) {
        const matches = items.filter((item) => item.id === action.name);
        expect(matches, action.name).toHaveLength(1);
        const key = (action.keys[keys] as readonly string[])[0];
        expect(matches[0]?.accelerator, action.name).toBe(key === undefined ? undefined : acceleratorOf(key));
        (matches[0]?.click as () => void)();
      }
      expect(ran).toEqual(placed.map((action) => action.name));
    }
  });

  it('shows a key without Cmd/Ctrl but does not register it, so typing that character in a field never runs the action', () => {
    const fit = menu().items.find((item) => item.id === 'fitView')!;
    expect(fit.accelerator).toBe('Shift+1');
    expect(fit.registerAccelerator).toBe(false);
    for (const item of menu().items.filter((entry) => entry.accelerator !== undefined)) {
      const action = ACTIONS.find((candidate) => candidate.name === item.id)!;
      expect(item.registerAccelerator, item.id).toBe(parseKey(action.keys.other[0]).mod);
    }
  });

  it('gives no two commands the same accelerator', () => {
    const accelerators = menu()
      .items.map((item) => item.accelerator)
      .filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has no developer tools or reload in a packaged build, and has them in development', () => {
    const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);
    expect(roles(menu({ isDevelopment: false }).items)).not.toContain('toggleDevTools');
    expect(roles(menu({ isDevelopment: false }).items)).not.toContain('reload');
    expect(roles(menu({ isDevelopment: true }).items)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('follows each platform: the app menu with about and quit on macOS, quit under File elsewhere', () => {
    const mac = menu({ platform: 'darwin' }).template;
    expect(mac[0]?.role).toBe('appMenu');
    expect(allItems([mac[0]!]).map((item) => item.role)).toEqual(expect.arrayContaining(['about', 'quit']));

    const windows = menu({ platform: 'win32' }).template;
    const file = windows.find((entry) => entry.label === 'File')!;
    expect(allItems([file]).map((item) => item.role)).toContain('quit');
    expect(allItems(windows).map((item) => item.role)).toContain('about');
  });

  it('has a Help menu with the documentation, the keyboard shortcuts and the logs folder, and about where the platform puts it', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template } = menu({ platform });
      const help = template.find((entry) => entry.label === 'Help')!;
      expect(help, platform).toBeDefined();
      const ids = allItems([help]).map((item) => item.id ?? item.role ?? item.type);
      expect(ids, platform).toEqual(platform === 'darwin' ? ['help', 'openDocumentation', 'showShortcuts', 'separator', 'openLogsFolder'] : [undefined, 'openDocumentation', 'showShortcuts', 'separator', 'openLogsFolder', 'separator', 'about']);
    }
    expect(menu({ locale: 'es' }).template.find((entry) => entry.label === 'Ayuda')).toBeDefined();
    // The shortcut list's keys are the registry's, shown in the menu as elsewhere.
    expect(menu().items.find((item) => item.id === 'showShortcuts')?.accelerator).toBe('CmdOrCtrl+/');
  });

  it('speaks the system language among those the app speaks', () => {
    const labels = (locale: string) => menu({ locale }).items.find((item) => item.id === 'save')?.label;
    expect(labels('pt-BR')).toBe('Salvar');
    expect(labels('pt-PT')).toBe('Salvar');
    expect(labels('es-419')).toBe('Guardar');
    expect(labels('de-DE')).toBe('Save');
    expect(menu({ locale: 'es-ES' }).template.map((entry) => entry.label)).toContain('Archivo');
  });
});
