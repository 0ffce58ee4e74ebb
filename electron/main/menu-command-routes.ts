import type { AppCommand } from '../../shared/host/contract';

/** The Edit commands that also mean something inside a text field, by the webContents method doing it natively. */
export const TEXT_EDITING_COMMANDS = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  selectAll: 'selectAll',
} as const satisfies Partial<Record<AppCommand, string>>;

export type NativeEditingMethod = (typeof TEXT_EDITING_COMMANDS)[keyof typeof TEXT_EDITING_COMMANDS];

/** The part of a DOM element the focus probe reads. */
interface FocusedElementLike {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
  readOnly?: boolean;
  disabled?: boolean;
}

/**
 * Whether the focused element of a page takes typed text. It runs in the page (see
 * {@link FOCUS_PROBE_SOURCE}), so it uses nothing from this module's scope: the lists are inline.
 */
export function focusIsInEditableText(doc: { activeElement: FocusedElementLike | null }): boolean {
  const element = doc.activeElement;
  if (element === null) return false;
  if (element.isContentEditable === true) return true;
  if (element.disabled === true || element.readOnly === true) return false;
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return ['text', 'search', 'url', 'tel', 'email', 'password', 'number', ''].includes((element.type ?? '').toLowerCase());
}

/** The probe as a script for `webContents.executeJavaScript`; it evaluates to a boolean. */
export const FOCUS_PROBE_SOURCE = `(${focusIsInEditableText.toString()})(document)`;

/**
 * What a menu command does: edit the focused text natively, ask for files with the native
 * open dialog, or go to the renderer as `app:command`.
 */
export type MenuCommandRoute = { kind: 'native'; method: NativeEditingMethod } | { kind: 'openFileDialog' } | { kind: 'renderer'; command: AppCommand };

/** Whether a command's route depends on the focus (then the page is asked before routing). */
export function isTextEditingCommand(command: AppCommand): boolean {
  return Object.prototype.hasOwnProperty.call(TEXT_EDITING_COMMANDS, command);
}

/**
 * Routes a menu command. Undo, Copy, Paste and the rest act on the text field when one has
 * the focus (on macOS a text field copies and pastes only through the Edit menu, so without
 * this Cmd+C in a field would copy flow steps); everywhere else they are the editor's
 * commands. Open File is the native file dialog: the renderer lists only the workspace, and
 * answers the chosen file's `app:openFile` like any other.
 */
export function routeMenuCommand(command: AppCommand, editableTextFocused: boolean): MenuCommandRoute {
  if (command === 'openFile') return { kind: 'openFileDialog' };
  const method = (TEXT_EDITING_COMMANDS as Partial<Record<AppCommand, NativeEditingMethod>>)[command];
  if (method !== undefined && editableTextFocused) return { kind: 'native', method };
  return { kind: 'renderer', command };
}
