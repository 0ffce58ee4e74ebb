import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from '../../shared/host/contract';
import type { AppCommand } from '../../shared/host/contract';
import { buildMenuTemplate } from './app-menu-template';
import type { MenuContext } from './app-menu-template';

/** Every item of a template, submenus included, depth first. */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? allItems(entry.submenu) : [])]);
}

function menu(overrides: Partial<MenuContext> = {}) {
  const ran: AppCommand[] = [];
  const template = buildMenuTemplate({ platform: 'linux', locale: 'en-US', isDevelopment: false, runCommand: (command) => ran.push(command), ...overrides });
  return { template, items: allItems(template), ran };
}

describe('the application menu', () => {
  it('offers every app command once, with an accelerator, and a click sends exactly that command', () => {
    const { items, ran } = menu();
    for (const command of APP_COMMANDS) {
      const matches = items.filter((item) => item.id === command);
      expect(matches, command).toHaveLength(1);
      expect(matches[0]?.accelerator, command).toMatch(/^CmdOrCtrl\+/);
      (matches[0]?.click as () => void)();
    }
    expect(ran).toEqual([...APP_COMMANDS]);
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

  it('speaks the system language among those the app speaks', () => {
    const labels = (locale: string) => menu({ locale }).items.find((item) => item.id === 'save')?.label;
    expect(labels('pt-BR')).toBe('Salvar');
    expect(labels('pt-PT')).toBe('Salvar');
    expect(labels('es-419')).toBe('Guardar');
    expect(labels('de-DE')).toBe('Save');
    expect(menu({ locale: 'es-ES' }).template.map((entry) => entry.label)).toContain('Archivo');
  });
});
