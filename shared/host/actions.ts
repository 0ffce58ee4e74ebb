/**
 * The app's actions as plain data: every command a menu, a button or a key runs, with its keys
 * per platform and its place in the desktop app's native menus. The Electron main process
 * builds its menus from this; the renderer attaches what each action does
 * (renderer/src/actions/). One table, so a menu, a button's hint and a key can never disagree.
 *
 * Keys are written `Mod+Shift+Z`: `Mod` is Cmd on macOS and Ctrl elsewhere. The first key of an
 * action is the one menus and hints show; any others are alternatives that also run it.
 */

/** Where a key of the action is listened for in the page. */
export type ActionScope =
  /** Anywhere in the window (every such key holds Mod, so none fires while someone types). */
  | 'window'
  /** Only while focus is on the canvas, outside text fields (plain keys such as Delete or Shift+1). */
  | 'canvas'
  /** Nowhere by key: the browser's clipboard events carry the text (cut, copy, paste). */
  | 'clipboard';

/** Which native menu an action sits in, and in which group (a separator between groups). */
export interface MenuPlace {
  menu: 'file' | 'edit' | 'view' | 'help';
  group: number;
}

export interface ActionDefinition {
  name: string;
  /** The key of its label among the UI's strings (shared/locales/<tag>/actions.ts). */
  label: `actions.${string}`;
  keys: { mac: readonly string[]; other: readonly string[] };
  /**
   * The keys in the browser host where a browser keeps the desktop's for itself (Ctrl+N opens a
   * window, Ctrl+W closes the tab, and no page can take them): there these run the action instead.
   */
  browserKeys?: { mac: readonly string[]; other: readonly string[] };
  scope: ActionScope;
  /** Absent for actions only the page offers (Delete, Duplicate). */
  menu?: MenuPlace;
}

const same = (...keys: string[]) => ({ mac: keys, other: keys });

/** Every action, in the order of the menus and of the shortcut list. */
export const ACTIONS = [
  { name: 'newFlow', label: 'actions.newFlow', keys: same('Mod+N'), browserKeys: same('Mod+Alt+N'), scope: 'window', menu: { menu: 'file', group: 0 } },
  { name: 'openWorkspace', label: 'actions.openWorkspace', keys: same('Mod+Shift+O'), scope: 'window', menu: { menu: 'file', group: 0 } },
  { name: 'openFile', label: 'actions.openFile', keys: same('Mod+O'), scope: 'window', menu: { menu: 'file', group: 0 } },
  { name: 'save', label: 'actions.save', keys: same('Mod+S'), scope: 'window', menu: { menu: 'file', group: 1 } },
  { name: 'saveAs', label: 'actions.saveAs', keys: same('Mod+Shift+S'), scope: 'window', menu: { menu: 'file', group: 1 } },
  { name: 'importPack', label: 'actions.importPack', keys: same('Mod+I'), scope: 'window', menu: { menu: 'file', group: 2 } },
  { name: 'exportPack', label: 'actions.exportPack', keys: same('Mod+E'), scope: 'window', menu: { menu: 'file', group: 2 } },
  { name: 'close', label: 'actions.close', keys: same('Mod+W'), browserKeys: same('Mod+Alt+W'), scope: 'window', menu: { menu: 'file', group: 3 } },
  { name: 'undo', label: 'actions.undo', keys: same('Mod+Z'), scope: 'window', menu: { menu: 'edit', group: 0 } },
  // Ctrl+Y is Redo on Windows and Linux; on macOS Cmd+Y is not (it opens the history in browsers).
  { name: 'redo', label: 'actions.redo', keys: { mac: ['Mod+Shift+Z'], other: ['Mod+Shift+Z', 'Mod+Y'] }, scope: 'window', menu: { menu: 'edit', group: 0 } },
  { name: 'cut', label: 'actions.cut', keys: same('Mod+X'), scope: 'clipboard', menu: { menu: 'edit', group: 1 } },
  { name: 'copy', label: 'actions.copy', keys: same('Mod+C'), scope: 'clipboard', menu: { menu: 'edit', group: 1 } },
  { name: 'paste', label: 'actions.paste', keys: same('Mod+V'), scope: 'clipboard', menu: { menu: 'edit', group: 1 } },
  { name: 'selectAll', label: 'actions.selectAll', keys: same('Mod+A'), scope: 'canvas', menu: { menu: 'edit', group: 1 } },
  { name: 'duplicate', label: 'actions.duplicate', keys: same('Mod+D'), scope: 'canvas' },
  { name: 'delete', label: 'actions.delete', keys: same('Delete', 'Backspace'), scope: 'canvas' },
  { name: 'zoomIn', label: 'actions.zoomIn', keys: same('=', '+'), scope: 'canvas', menu: { menu: 'view', group: 0 } },
  { name: 'zoomOut', label: 'actions.zoomOut', keys: same('-', '_'), scope: 'canvas', menu: { menu: 'view', group: 0 } },
  { name: 'zoomReset', label: 'actions.zoomReset', keys: same('0'), scope: 'canvas', menu: { menu: 'view', group: 0 } },
  // Shift+1 as in design tools; it is the canvas's key, and the menu shows the same one.
  { name: 'fitView', label: 'actions.fitView', keys: same('Shift+1'), scope: 'canvas', menu: { menu: 'view', group: 0 } },
  { name: 'autoLayout', label: 'actions.autoLayout', keys: same('Mod+Shift+L'), scope: 'window', menu: { menu: 'view', group: 1 } },
  { name: 'toggleProblems', label: 'actions.toggleProblems', keys: same('Mod+Shift+M'), scope: 'window', menu: { menu: 'view', group: 1 } },
  // X for "execute": R would be the browsers' reload, and no Alt, which is AltGr in some layouts (typing).
  { name: 'simulate', label: 'actions.simulate', keys: same('Mod+Shift+X'), scope: 'window', menu: { menu: 'view', group: 1 } },
  // Y: free in browsers (Shift+V pastes plain text), and no Alt, which is AltGr in some layouts.
  { name: 'toggleLiveView', label: 'actions.toggleLiveView', keys: same('Mod+Shift+Y'), scope: 'window', menu: { menu: 'view', group: 1 } },
  // Help: no key of their own. F1 is the browsers' help, and these are found in the Help menu.
  { name: 'openDocumentation', label: 'actions.openDocumentation', keys: same(), scope: 'window', menu: { menu: 'help', group: 0 } },
  { name: 'showShortcuts', label: 'actions.showShortcuts', keys: same('Mod+/', '?'), scope: 'window', menu: { menu: 'help', group: 0 } },
  { name: 'openLogsFolder', label: 'actions.openLogsFolder', keys: same(), scope: 'window', menu: { menu: 'help', group: 1 } },
] as const satisfies readonly ActionDefinition[];

export type ActionName = (typeof ACTIONS)[number]['name'];

/** The names of all actions, for the `app:command` event's schema. */
export const ACTION_NAMES = ACTIONS.map((action) => action.name) as [ActionName, ...ActionName[]];

/** An action by name. */
export function actionNamed(name: ActionName): ActionDefinition {
  return ACTIONS.find((action) => action.name === name)!;
}

/** Whose keys apply: macOS's (Cmd) or everyone else's (Ctrl), in the desktop app or in a browser. */
export type KeyPlatform = 'mac' | 'other' | 'mac-browser' | 'other-browser';

/** The keys of an action on a platform; the first is the one menus and hints show. */
export function keysOf(action: ActionDefinition, platform: KeyPlatform): readonly string[] {
  const os = platform.startsWith('mac') ? 'mac' : 'other';
  if (platform.endsWith('-browser') && action.browserKeys) return action.browserKeys[os];
  return action.keys[os];
}

/** A key written out: its modifiers and the key itself (`1`, `z`, `Delete`, `+`). */
export interface ParsedKey {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** Reads `Mod+Shift+Z` into its parts; the last `+`-separated part is the key (`Mod++` is Mod and `+`). */
export function parseKey(spec: string): ParsedKey {
  const parts = spec === '+' ? ['+'] : spec.endsWith('++') ? [...spec.slice(0, -2).split('+'), '+'] : spec.split('+');
  const key = parts.at(-1)!;
  const modifiers = new Set(parts.slice(0, -1));
  return { mod: modifiers.has('Mod'), shift: modifiers.has('Shift'), alt: modifiers.has('Alt'), key };
}

/** The part of a keyboard event a key is matched against. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press is the key. Letters and digits are also matched by their physical key
 * (`code`), so Shift+1 is found whatever the layout types for it; Shift must then be as
 * written. Symbols (`+`, `?`, `/`) are typed with or without Shift depending on the layout, so
 * Shift is not looked at for them.
 */
export function keyMatches(spec: string, press: KeyPress): boolean {
  const parsed = parseKey(spec);
  if (parsed.mod !== (press.ctrlKey || press.metaKey) || parsed.alt !== press.altKey) return false;
  const isLetterOrDigit = /^[a-z0-9]$/i.test(parsed.key);
  const isNamed = parsed.key.length > 1;
  if ((isLetterOrDigit || isNamed) && parsed.shift !== press.shiftKey) return false;
  const pressed = press.key.toLowerCase();
  if (pressed === parsed.key.toLowerCase()) return true;
  if (!isLetterOrDigit) return false;
  const physical = /^[0-9]$/.test(parsed.key) ? `Digit${parsed.key}` : `Key${parsed.key.toUpperCase()}`;
  return press.code === physical;
}

/** The action a key press runs among some actions on one platform, if any. */
export function actionForKey<A extends ActionDefinition>(actions: readonly A[], press: KeyPress, platform: KeyPlatform): A | undefined {
  return actions.find((action) => keysOf(action, platform).some((spec) => keyMatches(spec, press)));
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };

/** A key as people read it: `⇧⌘Z` on macOS, `Ctrl+Shift+Z` elsewhere. */
export function keyLabel(spec: string, platform: KeyPlatform): string {
  const parsed = parseKey(spec);
  const key = parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key;
  if (platform.startsWith('mac')) {
    // macOS writes modifiers in the order Option, Shift, Command, without separators.
    return `${parsed.alt ? MAC_SYMBOLS.Alt : ''}${parsed.shift ? MAC_SYMBOLS.Shift : ''}${parsed.mod ? MAC_SYMBOLS.Mod : ''}${key}`;
  }
  return [parsed.mod ? 'Ctrl' : '', parsed.shift ? 'Shift' : '', parsed.alt ? 'Alt' : '', key].filter(Boolean).join('+');
}

/** A key as an Electron accelerator (`CmdOrCtrl+Shift+Z`, `Shift+1`, `Plus`). */
export function acceleratorOf(spec: string): string {
  const parsed = parseKey(spec);
  const key = parsed.key === '+' ? 'Plus' : parsed.key.length === 1 ? parsed.key.toUpperCase() : parsed.key;
  return [parsed.mod ? 'CmdOrCtrl' : '', parsed.shift ? 'Shift' : '', parsed.alt ? 'Alt' : '', key].filter(Boolean).join('+');
}

/**
 * Marks a part of the page whose text fields edit the document (the properties drawer, the
 * flow's name): there Undo and Redo are the document's, by key and by menu alike, so one
 * history holds what was typed. Elsewhere (a dialog's field) a text field undoes its own typing.
 */
export const APP_UNDO_ATTRIBUTE = 'data-app-undo';
