import { describe, expect, it } from 'vitest';
import { actionsEn } from '../locales/en/actions';
import { actionsEs } from '../locales/es/actions';
import { actionsPtBR } from '../locales/pt-BR/actions';
import { HOST_EVENTS } from './host-events';
import { ACTIONS, actionForKey, keyLabel, keyMatches, keysOf } from './actions';
import type { KeyPress } from './actions';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('the action registry', () => {
  it('names each action once', () => {
    const names = ACTIONS.map((action) => action.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('binds no key to two actions on one platform, in the desktop app or a browser', () => {
    for (const platform of ['mac', 'other', 'mac-browser', 'other-browser'] as const) {
      const keys = ACTIONS.flatMap((action) => keysOf(action, platform));
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });

  it('gives every action with a key one that a browser lets a page have: browsers keep New window, Close tab and New tab', () => {
    const keptByBrowsers = ['Mod+N', 'Mod+W', 'Mod+T', 'Mod+Shift+N', 'Mod+Shift+T'];
    for (const platform of ['mac-browser', 'other-browser'] as const) {
      for (const action of ACTIONS) {
        const keys = keysOf(action, platform);
        expect(keys.filter((key) => keptByBrowsers.includes(key)), `${platform} ${action.name}`).toEqual([]);
      }
    }
    expect(actionForKey(ACTIONS, press('n', { ctrlKey: true, altKey: true, code: 'KeyN' }), 'other-browser')?.name).toBe('newFlow');
    expect(actionForKey(ACTIONS, press('n', { ctrlKey: true, code: 'KeyN' }), 'other')?.name).toBe('newFlow');
    expect(keyLabel(keysOf(ACTIONS.find((action) => action.name === 'close')!, 'mac-browser')[0]!, 'mac-browser')).toBe('⌥⌘W');
  });

  it('gives every action its label in every language', () => {
    for (const [language, strings] of Object.entries({ en: actionsEn, es: actionsEs, 'pt-BR': actionsPtBR })) {
      for (const action of ACTIONS) {
        const name = action.label.slice('actions.'.length) as keyof typeof strings.actions;
        expect(strings.actions[name], `${language} ${action.name}`).toMatch(/\S/);
      }
    }
  });

  it('is what the desktop menus may send: app:command accepts every action and nothing else', () => {
    for (const action of ACTIONS) expect(HOST_EVENTS['app:command'].safeParse({ command: action.name }).success).toBe(true);
    expect(HOST_EVENTS['app:command'].safeParse({ command: 'formatDisk' }).success).toBe(false);
  });
});

describe('matching keys', () => {
  it('finds each action by every key it lists', () => {
    expect(actionForKey(ACTIONS, press('e', { ctrlKey: true }), 'other')?.name).toBe('exportPack');
    expect(actionForKey(ACTIONS, press('M', { ctrlKey: true, shiftKey: true }), 'other')?.name).toBe('toggleProblems');
    expect(actionForKey(ACTIONS, press('m', { ctrlKey: true }), 'other')).toBeUndefined();
    expect(actionForKey(ACTIONS, press('y', { ctrlKey: true }), 'other')?.name).toBe('redo');
    expect(actionForKey(ACTIONS, press('y', { metaKey: true }), 'mac')).toBeUndefined();
  });

  it('finds Shift+1 by its physical key whatever the layout types, and not 1 alone', () => {
    expect(keyMatches('Shift+1', press('!', { shiftKey: true, code: 'Digit1' }))).toBe(true);
    expect(keyMatches('Shift+1', press('1', { code: 'Digit1' }))).toBe(false);
  });

  it('takes symbols typed with or without Shift, as the layout needs', () => {
    expect(keyMatches('?', press('?', { shiftKey: true }))).toBe(true);
    expect(keyMatches('Mod+/', press('/', { ctrlKey: true }))).toBe(true);
  });

  it('writes keys as each platform does', () => {
    expect(keyLabel('Mod+Shift+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(keyLabel('Mod+Shift+Z', 'mac')).toBe('⇧⌘Z');
    expect(keyLabel('Shift+1', 'other')).toBe('Shift+1');
  });
});
